import electronUpdater from 'electron-updater'
import { err, ok } from '../shared/result'
import type { UpdateChannel } from '../shared/settings'
import type { Logger } from './core/logger'
import { verifyAgainstFeed } from './core/desktop/update-download'
import { isNewer, readFeed, type Feed, type FeedPlatform } from './core/desktop/update-feed'
import type { UpdateEngine } from './core/desktop/update-service'

/**
 * electron-updater behind the core's UpdateEngine. The core reads the feed and decides (newer,
 * same, garbage); electron-updater downloads and installs; the core checks the downloaded file
 * against the feed's sha512 once more and refuses it on a mismatch.
 */
export function electronUpdateEngine(options: {
  feedUrl: () => string
  channel: () => UpdateChannel
  currentVersion: string
  platform: FeedPlatform
  log: Logger
}): UpdateEngine {
  const { autoUpdater } = electronUpdater
  autoUpdater.autoDownload = false
  // Installing happens only through "restart to update", after the drafts are saved.
  autoUpdater.autoInstallOnAppQuit = false
  autoUpdater.logger = {
    info: (m?: unknown) => options.log.info({ updater: String(m) }),
    warn: (m?: unknown) => options.log.warn({ updater: String(m) }),
    error: (m?: unknown) => options.log.error({ updater: String(m) })
  }
  let offered: Feed | null = null

  return {
    async check() {
      const feed = await readFeed({ feedUrl: options.feedUrl(), channel: options.channel(), platform: options.platform })
      if (!feed.ok) return feed
      offered = isNewer(feed.value, options.currentVersion) ? feed.value : null
      if (!offered) return ok(null)
      autoUpdater.setFeedURL({ provider: 'generic', url: options.feedUrl(), channel: options.channel() })
      // Setting a channel turns downgrades on; a user on "beta" going back to "latest" waits for a newer release.
      autoUpdater.allowDowngrade = false
      const found = await autoUpdater.checkForUpdates()
      if (!found?.isUpdateAvailable || found.updateInfo.version !== offered.version) {
        return err('UPDATE_FEED_INVALID', 'The update feed changed while it was read')
      }
      return ok({ version: offered.version })
    },
    async download(onProgress) {
      if (!offered) return err('UPDATE_NOT_READY', 'No update was found to download')
      const feed = offered
      const progress = (p: { transferred: number; total: number }) => onProgress({ transferred: p.transferred, total: p.total })
      autoUpdater.on('download-progress', progress)
      try {
        const files = await autoUpdater.downloadUpdate()
        if (files.length === 0) return err('UPDATE_FAILED', 'The update download produced no file')
        const verified = await verifyAgainstFeed(feed, files[0])
        return verified.ok ? ok({ version: feed.version }) : verified
      } catch (cause) {
        const mismatch = (cause as { code?: string }).code === 'ERR_CHECKSUM_MISMATCH'
        return mismatch
          ? err('UPDATE_CHECKSUM_MISMATCH', 'The downloaded update does not match the update feed, so it was refused')
          : err('UPDATE_FAILED', cause instanceof Error ? cause.message.slice(0, 300) : 'The update download failed')
      } finally {
        autoUpdater.removeListener('download-progress', progress)
      }
    },
    install() {
      autoUpdater.quitAndInstall(false, true)
    }
  }
}
