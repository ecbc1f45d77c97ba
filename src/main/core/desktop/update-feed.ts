import { load } from 'js-yaml'
import { z } from 'zod'
import type { UpdateChannel } from '../../../shared/settings'
import { err, ok, type Result } from '../../../shared/result'
import { compareVersions, parseVersion } from './version'

export type FeedPlatform = { os: NodeJS.Platform; arch: string }

/**
 * The feed file electron-updater's generic provider reads for this platform and channel:
 * `latest.yml` (Windows), `latest-mac.yml`, `latest-linux.yml`, `latest-linux-arm64.yml`.
 */
export function feedFileName(channel: UpdateChannel, platform: FeedPlatform): string {
  if (platform.os === 'darwin') return `${channel}-mac.yml`
  if (platform.os === 'linux') return platform.arch === 'arm64' ? `${channel}-linux-arm64.yml` : `${channel}-linux.yml`
  return `${channel}.yml`
}

/** 64 bytes in base64, as electron-builder writes `sha512`. */
const sha512Schema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'not a base64 sha512')

const feedFileSchema = z.object({
  url: z.string().min(1).max(1024),
  sha512: sha512Schema,
  size: z.number().int().positive().optional()
})

const feedSchema = z.object({
  version: z.string().refine((v) => parseVersion(v) !== null, 'not a version'),
  files: z.array(feedFileSchema).min(1).max(32),
  releaseDate: z.string().optional()
})

export type FeedFile = z.infer<typeof feedFileSchema> & { href: string }
export type Feed = { version: string; files: FeedFile[]; releaseDate?: string }

/** Anything bigger is not a feed file. */
const MAX_FEED_BYTES = 256 * 1024

const invalid = (why: string) => err('UPDATE_FEED_INVALID', `The update feed is not usable: ${why}`)

/**
 * Parses a feed file's text. Every file it lists is resolved against the feed's folder and
 * must stay on the feed's origin: a feed cannot send the app to download from elsewhere.
 */
export function parseFeed(text: string, feedUrl: string): Result<Feed> {
  let data: unknown
  try {
    data = load(text)
  } catch {
    return invalid('not YAML')
  }
  const parsed = feedSchema.safeParse(data)
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', '))
  const base = new URL(feedUrl)
  const files: FeedFile[] = []
  for (const file of parsed.data.files) {
    let href: URL
    try {
      href = new URL(file.url, base)
    } catch {
      return invalid('a file address does not parse')
    }
    if (href.origin !== base.origin) return invalid('a file is on another server')
    files.push({ ...file, href: href.href })
  }
  return ok({ version: parsed.data.version, files, releaseDate: parsed.data.releaseDate })
}

export type FeedReadOptions = {
  /** The feed folder, e.g. https://platform.example/updates/ */
  feedUrl: string
  channel: UpdateChannel
  platform: FeedPlatform
  fetch?: typeof fetch
  timeoutMs?: number
}

/** Reads and checks the feed for this platform; a feed that is down or answers garbage is an error value. */
export async function readFeed(options: FeedReadOptions): Promise<Result<Feed>> {
  const folder = options.feedUrl.endsWith('/') ? options.feedUrl : `${options.feedUrl}/`
  const url = new URL(feedFileName(options.channel, options.platform), folder)
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { accept: 'application/x-yaml, text/yaml, text/plain, */*', 'cache-control': 'no-cache' },
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000)
    })
  } catch (cause) {
    const timedOut = cause instanceof Error && cause.name === 'TimeoutError'
    return timedOut ? err('TIMEOUT', 'The update server took too long to answer') : err('NETWORK', 'The update server cannot be reached')
  }
  if (response.status === 404) return invalid('no feed for this platform and channel')
  if (!response.ok) return err('NETWORK', `The update server answered ${response.status}`)
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > MAX_FEED_BYTES) return invalid('too large')
  const text = await response.text().catch(() => null)
  if (text === null) return err('NETWORK', 'The update server closed the connection')
  if (text.length > MAX_FEED_BYTES) return invalid('too large')
  return parseFeed(text, url.href)
}

/** Only a strictly newer version is offered: the same or an older one never is. */
export const isNewer = (feed: Feed, currentVersion: string): boolean => compareVersions(feed.version, currentVersion) > 0

const installerExtensions: Partial<Record<NodeJS.Platform, string[]>> = {
  win32: ['.exe'],
  // Squirrel.Mac installs from the zip; the dmg is for first installs.
  darwin: ['.zip'],
  linux: ['.AppImage']
}

/** The file this platform installs from: the first of its kind in the feed. */
export function installerFile(feed: Feed, platform: FeedPlatform): FeedFile | null {
  const extensions = installerExtensions[platform.os] ?? []
  return feed.files.find((f) => extensions.some((ext) => new URL(f.href).pathname.endsWith(ext))) ?? null
}
