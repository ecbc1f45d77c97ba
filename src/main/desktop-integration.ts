import { release } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, clipboard, shell } from 'electron'
import type { AppCommand } from '../shared/app-commands'
import { rendererCommandSchema } from '../shared/app-commands'
import { eventChannel, type EventPayload } from '../shared/ipc-contract'
import type { AppCore } from './core/app-core'
import type { DesktopHost } from './core/desktop/desktop-core'
import { APP_SCHEME, formatAppLink, linkInArgv } from './core/desktop/app-link'
import type { Logger } from './core/logger'
import { createMenuUpdater } from './menu'
import { setUnreadBadge, showNativeNotification } from './notifications'
import { electronUpdateEngine } from './updater'

/** What the Electron app tells the core about itself: versions, the updater (packaged builds only), the badge. */
export function electronDesktopHost(log: Logger): DesktopHost {
  return {
    info: {
      version: app.getVersion(),
      versions: { electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, node: process.versions.node },
      os: process.platform,
      osRelease: release(),
      arch: process.arch,
      locale: app.getLocale(),
      packaged: app.isPackaged,
      nativeNotifications: true
    },
    updateEngine: (feed) =>
      app.isPackaged
        ? electronUpdateEngine({
            feedUrl: feed.url,
            channel: feed.channel,
            currentVersion: app.getVersion(),
            platform: { os: process.platform, arch: process.arch },
            log
          })
        : null,
    badge: setUnreadBadge
  }
}

/**
 * Links reach the app three ways: `open-url` (macOS, registered before ready so the one that
 * launched the app is not missed), a second launch's argv (Windows, Linux) and this launch's
 * argv. Until the core exists they wait here.
 */
export function collectLinks(focus: () => void) {
  const early: string[] = []
  let deliver: ((raw: string) => void) | null = null
  const receive = (raw: string) => (deliver ? deliver(raw) : early.push(raw))

  app.on('open-url', (event, url) => {
    event.preventDefault()
    receive(url)
    focus()
  })
  app.on('second-instance', (_event, argv) => {
    focus()
    const link = linkInArgv(argv)
    if (link) receive(link)
  })
  const first = linkInArgv(process.argv)
  if (first) early.push(first)

  return {
    /** From now on links go to the core; held ones first. */
    deliverTo(target: (raw: string) => void): void {
      deliver = target
      for (const raw of early.splice(0)) target(raw)
    }
  }
}

/**
 * Registers patentdesk:// with the OS where the installer does not: Windows keeps it per user.
 * macOS (Info.plist) and Linux (the .desktop file's MimeType) get it from the builder's `protocols`.
 */
export function registerLinkScheme(): void {
  if (app.isPackaged && process.platform === 'win32') app.setAsDefaultProtocolClient(APP_SCHEME)
}

/** Menu, notifications, badge and the update check at start, around a running core. */
export function wireDesktop(core: AppCore, options: { userData: string; window: () => BrowserWindow | null; log: Logger }) {
  const send = <E extends 'menuCommand' | 'toast'>(event: E, payload: EventPayload<E>) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(eventChannel(event), payload)
  }
  const focus = () => {
    const w = options.window()
    if (!w) return
    if (w.isMinimized()) w.restore()
    w.show()
    w.focus()
  }

  function run(command: AppCommand, accountId?: string): void {
    const forRenderer = rendererCommandSchema.safeParse(command)
    if (forRenderer.success) {
      focus()
      send('menuCommand', { command: forRenderer.data, ...(accountId ? { accountId } : {}) })
      return
    }
    if (command === 'checkForUpdates') {
      const state = core.desktop.updates.state()
      if (state.type === 'disabled') send('toast', { key: 'updatesDisabled' })
      else
        void core.desktop.updates.check(true).then((s) => {
          if (s.type === 'idle' && s.upToDate) send('toast', { key: 'upToDate' })
        })
    } else if (command === 'openLogsFolder') {
      void shell.openPath(join(options.userData, 'logs'))
    } else if (command === 'copyDiagnostics') {
      clipboard.writeText(core.desktop.diagnostics())
      send('toast', { key: 'diagnosticsCopied' })
    }
  }

  const updateMenu = createMenuUpdater(run)
  const refreshMenu = () => updateMenu({ ...core.menuState(), os: process.platform, development: !app.isPackaged })
  refreshMenu()

  const unsubscribe = core.subscribe((event, payload) => {
    if (event === 'settingsChanged' || event === 'sessionExpired' || event === 'accountsChanged') refreshMenu()
    if (event === 'notify') {
      const n = payload as EventPayload<'notify'>
      showNativeNotification(n, () => {
        focus()
        if (n.link) core.desktop.links.receive(formatAppLink(n.link))
      })
    }
  })

  // The first check waits for the window: its answer is shown there.
  const firstCheck = setTimeout(() => void core.desktop.updates.check(false), 10_000)

  return {
    refreshMenu,
    focus,
    stop(): void {
      clearTimeout(firstCheck)
      unsubscribe()
    }
  }
}
