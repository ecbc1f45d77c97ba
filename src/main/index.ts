import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { createAppCore, type AppCore } from './core/app-core'
import { readSettingsAt } from './core/desktop/settings-store'
import { createFileLogger } from './core/logger'
import { openClientDatabase } from './core/store/database'
import { collectLinks, electronDesktopHost, registerLinkScheme, wireDesktop } from './desktop-integration'
import { registerIpc } from './ipc'
import { sqliteNativeBinding } from './native-binding'
import { denyPermissionsByDefault, lockDownAllContents } from './security'
import { createMainWindow, trustedRendererOrigins } from './window'

// The environment steers a development checkout only: in a packaged app anyone who can set a
// variable could otherwise point it at their own platform or data folder.
const devEnv = app.isPackaged ? {} : process.env

/** The office's platform, for a packaged app whose settings name no other. */
const DEFAULT_PLATFORM_URL = 'https://platform.patentdesk.example/'

// Lets tests and side-by-side profiles keep their data apart (and their single-instance locks).
if (devEnv.PATENTDESK_USER_DATA) app.setPath('userData', devEnv.PATENTDESK_USER_DATA)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  let core: AppCore | null = null
  let stopPlatform: (() => Promise<void>) | null = null
  let desktop: ReturnType<typeof wireDesktop> | null = null

  // Before ready: the link that launched the app arrives early on macOS.
  const links = collectLinks(() => desktop?.focus())
  registerLinkScheme()
  lockDownAllContents()
  if (process.platform === 'win32') app.setAppUserModelId('cn.patentdesk.client')

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
    const databaseFile = join(userData, 'patentdesk.sqlite')
    const settings = readSettingsAt(() => openClientDatabase(databaseFile, binding.path))
    let platformUrl = devEnv.PATENTDESK_PLATFORM_URL ?? settings.platformUrl ?? (app.isPackaged ? DEFAULT_PLATFORM_URL : null)
    if (!platformUrl) {
      // Loaded only here, so a packaged app never loads the local platform.
      const { startEmbeddedPlatform } = await import('./embedded-platform')
      const platform = await startEmbeddedPlatform(userData)
      platformUrl = platform.url
      stopPlatform = platform.close
    }
    const running = createAppCore({
      dataDir: userData,
      platformUrl,
      localPlatform: stopPlatform !== null,
      log,
      trustedOrigins: trustedRendererOrigins,
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
    mainWindow = createMainWindow(running.desktop.windowState)
    mainWindow.on('closed', () => (mainWindow = null))
    desktop = wireDesktop(running, { userData, window: () => mainWindow, log })
    links.deliverTo((raw) => running.desktop.links.receive(raw))
  })

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow(core.desktop.windowState)
      mainWindow.on('closed', () => (mainWindow = null))
    }
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
