import { app, BrowserWindow, dialog } from 'electron'
import { createAppCore, type AppCore } from './core/app-core'
import { createFileLogger } from './core/logger'
import { startEmbeddedPlatform } from './embedded-platform'
import { registerIpc } from './ipc'
import { sqliteNativeBinding } from './native-binding'
import { denyPermissionsByDefault, lockDownAllContents } from './security'
import { checkForUpdates } from './updater'
import { createMainWindow, trustedRendererOrigins } from './window'

// Lets tests and side-by-side profiles keep their data apart.
if (process.env.PATENTDESK_USER_DATA) app.setPath('userData', process.env.PATENTDESK_USER_DATA)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  let core: AppCore | null = null
  let stopPlatform: (() => Promise<void>) | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  lockDownAllContents()

  app.whenReady().then(async () => {
    denyPermissionsByDefault()
    const userData = app.getPath('userData')
    const log = createFileLogger(userData)
    const binding = sqliteNativeBinding()
    if ('missing' in binding) {
      dialog.showErrorBox(
        'PatentDesk cannot open its database',
        `The SQLite library for this Electron version is missing:\n${binding.missing}\n\nRun "npm run rebuild:electron-sqlite" once in the project folder.`
      )
      app.exit(1)
      return
    }
    let platformUrl = process.env.PATENTDESK_PLATFORM_URL
    if (!platformUrl) {
      const platform = await startEmbeddedPlatform(userData)
      platformUrl = platform.url
      stopPlatform = platform.close
    }
    core = createAppCore({
      dataDir: userData,
      platformUrl,
      localPlatform: stopPlatform !== null,
      log,
      trustedOrigins: trustedRendererOrigins,
      sqliteNativeBinding: binding.path
    })
    registerIpc(core, () => BrowserWindow.getAllWindows())
    mainWindow = createMainWindow()
    mainWindow.on('closed', () => (mainWindow = null))
    checkForUpdates(log)
  })

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let closing = false
  app.on('will-quit', (event) => {
    if (closing) return
    closing = true
    event.preventDefault()
    void Promise.allSettled([core?.close(), stopPlatform?.()]).finally(() => app.exit(0))
  })
}
