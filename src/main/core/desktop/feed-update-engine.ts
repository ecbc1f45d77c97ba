import type { UpdateChannel } from '../../../shared/settings'
import { err, ok } from '../../../shared/result'
import { downloadVerified } from './update-download'
import { installerFile, isNewer, readFeed, type Feed, type FeedPlatform } from './update-feed'
import type { UpdateEngine } from './update-service'

export type FeedEngineOptions = {
  /** Read at each check, so a changed setting applies at once. */
  feedUrl: () => string
  channel: () => UpdateChannel
  currentVersion: string
  platform: FeedPlatform
  downloadDir: string
  /** Runs the verified installer. */
  install: (path: string) => void
  fetch?: typeof fetch
}

/** An update engine over plain HTTP: reads the generic feed, downloads the installer, refuses a bad sha512. */
export function createFeedUpdateEngine(options: FeedEngineOptions): UpdateEngine {
  let offered: Feed | null = null
  let downloaded: string | null = null
  return {
    async check() {
      const feed = await readFeed({
        feedUrl: options.feedUrl(),
        channel: options.channel(),
        platform: options.platform,
        fetch: options.fetch
      })
      if (!feed.ok) return feed
      offered = isNewer(feed.value, options.currentVersion) ? feed.value : null
      return ok(offered ? { version: offered.version } : null)
    },
    async download(onProgress) {
      if (!offered) return err('UPDATE_NOT_READY', 'No update was found to download')
      const file = installerFile(offered, options.platform)
      if (!file) return err('UPDATE_FEED_INVALID', 'The update feed has no installer for this system')
      const result = await downloadVerified({ file, dir: options.downloadDir, onProgress, fetch: options.fetch })
      if (!result.ok) return result
      downloaded = result.value.path
      return ok({ version: offered.version })
    },
    install() {
      if (downloaded) options.install(downloaded)
    }
  }
}
