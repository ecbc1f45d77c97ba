import { app, BrowserWindow, dialog } from 'electron'
import { createAppCore, type AppCore } from './core/app-core'
import { createFileLogger } from './core/logger'
import { defaultAppSettings, startupConfig, type StartupConfig } from './core/shell/startup-config'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { registerIpc } from './ipc'
import { sqliteNativeBinding } from './native-binding'
import { denyPermissionsByDefault, lockDownAllContents } from './security'
import { checkForUpdates } from './updater'
import { createMainWindow } from './window'

// The environment steers a development checkout only; a packaged app takes its settings.
const config = startupConfig({ isPackaged: app.isPackaged, env: process.env, settings: defaultAppSettings })

if (!config.ok) {
  dialog.showErrorBox('PatentDesk cannot start', config.error.message)
  app.exit(1)
} else {
  // Lets tests and side-by-side profiles keep their data apart (and their single-instance locks).
  if (config.value.userDataDir !== null) app.setPath('userData', config.value.userDataDir)
  if (!app.requestSingleInstanceLock()) app.quit()
  else start(config.value)
}

function start(config: StartupConfig): void {
  let mainWindow: BrowserWindow | null = null
  let core: AppCore | null = null
  let stopPlatform: (() => Promise<void>) | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  registerAppScheme()
  lockDownAllContents()

  app.whenReady().then(async () => {
    denyPermissionsByDefault()
    serveRenderer()
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
    let platformUrl: string
    if (config.platform.kind === 'embedded') {
      // Loaded only here: a packaged app never gets this far (startupConfig), so never loads the platform.
      const { startEmbeddedPlatform } = await import('./embedded-platform')
      const platform = await startEmbeddedPlatform(userData)
      platformUrl = platform.url
      stopPlatform = platform.close
    } else {
      platformUrl = config.platform.url
    }
    core = createAppCore({
      dataDir: userData,
      platformUrl,
      localPlatform: config.platform.kind === 'embedded',
      log,
      trustedOrigins: () => config.trustedOrigins,
      sqliteNativeBinding: binding.path
    })
    registerIpc(core, () => BrowserWindow.getAllWindows())
    mainWindow = createMainWindow(config.rendererUrl)
    mainWindow.on('closed', () => (mainWindow = null))
    checkForUpdates(log)
  })

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(config.rendererUrl)
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
