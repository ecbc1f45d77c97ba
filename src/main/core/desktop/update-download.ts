import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { err, ok, type Result } from '../../../shared/result'
import type { Feed, FeedFile } from './update-feed'

export type Progress = { transferred: number; total: number }

/** The sha512 of a file in base64, the form feeds carry. */
export async function sha512OfFile(path: string): Promise<string> {
  const hash = createHash('sha512')
  await pipeline(createReadStream(path), hash)
  return hash.digest('base64')
}

const mismatch = () =>
  err('UPDATE_CHECKSUM_MISMATCH', 'The downloaded update does not match the update feed, so it was refused')

/**
 * Checks a file another downloader fetched (electron-updater's) against the feed entry of the
 * same name; a file the feed does not list, or whose sha512 differs, is deleted and refused.
 */
export async function verifyAgainstFeed(feed: Feed, path: string): Promise<Result<FeedFile>> {
  const name = basename(path)
  const entry = feed.files.find((f) => basename(decodeURIComponent(new URL(f.href).pathname)) === name)
  const digest = entry ? await sha512OfFile(path).catch(() => null) : null
  if (!entry || digest !== entry.sha512) {
    await rm(path, { force: true })
    return mismatch()
  }
  return ok(entry)
}

/** An installer is never bigger than this, whatever a feed says. */
const MAX_BYTES = 1024 * 1024 * 1024

/**
 * Downloads one feed file into `dir`, hashing as it writes. The file gets its final name only
 * when its sha512 matches the feed; anything else leaves nothing behind.
 */
export async function downloadVerified(options: {
  file: FeedFile
  dir: string
  onProgress?: (progress: Progress) => void
  fetch?: typeof fetch
  timeoutMs?: number
}): Promise<Result<{ path: string }>> {
  const { file } = options
  await mkdir(options.dir, { recursive: true })
  const target = join(options.dir, basename(decodeURIComponent(new URL(file.href).pathname)))
  const partial = `${target}.partial`
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(file.href, {
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30 * 60_000)
    })
  } catch {
    return err('NETWORK', 'The update server cannot be reached')
  }
  if (!response.ok || !response.body) return err('UPDATE_FAILED', `The update download failed (${response.status})`)
  const total = file.size ?? Number(response.headers.get('content-length') ?? 0)
  const limit = Math.min(file.size ?? MAX_BYTES, MAX_BYTES)
  const hash = createHash('sha512')
  let transferred = 0
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      transferred += chunk.length
      if (transferred > limit) return callback(new Error('larger than the feed says'))
      hash.update(chunk)
      options.onProgress?.({ transferred, total })
      callback(null, chunk)
    }
  })
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), meter, createWriteStream(partial))
  } catch {
    await rm(partial, { force: true })
    return transferred > limit ? mismatch() : err('UPDATE_FAILED', 'The update download was interrupted')
  }
  if (hash.digest('base64') !== file.sha512 || (file.size !== undefined && transferred !== file.size)) {
    await rm(partial, { force: true })
    return mismatch()
  }
  await rename(partial, target)
  return ok({ path: target })
}
