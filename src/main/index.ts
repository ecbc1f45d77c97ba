import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { createAppCore, type AppCore } from './core/app-core'
import { readSettingsAt } from './core/desktop/settings-store'
import { createFileLogger } from './core/logger'
import { DEFAULT_PLATFORM_URL, defaultAppSettings, startupConfig, type StartupConfig } from './core/shell/startup-config'
import { openClientDatabase } from './core/store/database'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { collectLinks, electronDesktopHost, registerLinkScheme, wireDesktop } from './desktop-integration'
import { registerIpc } from './ipc'
import { sqliteNativeBinding } from './native-binding'
import { denyPermissionsByDefault, lockDownAllContents } from './security'
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
  let desktop: ReturnType<typeof wireDesktop> | null = null

  // Before ready: the link that launched the app arrives early on macOS.
  const links = collectLinks(() => desktop?.focus())
  registerLinkScheme()
  registerAppScheme()
  lockDownAllContents()
  if (process.platform === 'win32') app.setAppUserModelId('cn.patentdesk.client')

  const openWindow = (running: AppCore) => {
    mainWindow = createMainWindow(config.rendererUrl, running.desktop.windowState)
    mainWindow.on('closed', () => (mainWindow = null))
  }

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
    // The platform address is a setting (the settings page); the environment still wins in a checkout.
    const databaseFile = join(userData, 'patentdesk.sqlite')
    const settings = readSettingsAt(() => openClientDatabase(databaseFile, binding.path))
    const chosen = startupConfig({
      isPackaged: app.isPackaged,
      env: process.env,
      settings: { platformUrl: settings.platformUrl ?? DEFAULT_PLATFORM_URL }
    })
    let platform = chosen.ok ? chosen.value.platform : config.platform
    if (platform.kind === 'embedded' && settings.platformUrl) platform = { kind: 'remote', url: settings.platformUrl }
    let platformUrl: string
    if (platform.kind === 'embedded') {
      // Loaded only here: a packaged app never gets this far (startupConfig), so never loads the platform.
      const { startEmbeddedPlatform } = await import('./embedded-platform')
      const embedded = await startEmbeddedPlatform(userData)
      platformUrl = embedded.url
      stopPlatform = embedded.close
    } else {
      platformUrl = platform.url
    }
    const running = createAppCore({
      dataDir: userData,
      platformUrl,
      localPlatform: platform.kind === 'embedded',
      log,
      trustedOrigins: () => config.trustedOrigins,
      sqliteNativeBinding: binding.path,
      desktop: electronDesktopHost(log)
    })
    core = running
    // Accounts change through calls (sign-in, sign-out): the menu is checked after each, rebuilt only on change.
    registerIpc(
      {
        ...running,
        dispatch: async (...args: Parameters<AppCore['dispatch']>) => {
          const result = await running.dispatch(...args)
          desktop?.refreshMenu()
          return result
        }
      },
      () => BrowserWindow.getAllWindows()
    )
    openWindow(running)
    desktop = wireDesktop(running, { userData, window: () => mainWindow, log })
    links.deliverTo((raw) => running.desktop.links.receive(raw))
  })

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow(core)
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let closing = false
  app.on('will-quit', (event) => {
    if (closing) return
    closing = true
    event.preventDefault()
    desktop?.stop()
    void Promise.allSettled([core?.close(), stopPlatform?.()]).finally(() => app.exit(0))
  })
}
