import { app } from 'electron'
import electronUpdater from 'electron-updater'
import type { Logger } from './core/logger'

/** Checks for a signed update in packaged builds only; a failed check is logged, never shown as a crash. */
export function checkForUpdates(log: Logger): void {
  if (!app.isPackaged) return
  const { autoUpdater } = electronUpdater
  autoUpdater.autoDownload = true
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => {
    log.warn({ message: error instanceof Error ? error.message : String(error) }, 'update check failed')
  })
}
