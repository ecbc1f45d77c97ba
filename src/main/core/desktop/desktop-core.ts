import { release } from 'node:os'
import { ok, type Result } from '../../../shared/result'
import type { AppInfo, AppNotification, EventPayload } from '../../../shared/ipc-contract'
import type { EventBus } from '../event-bus'
import type { Handlers } from '../ipc/dispatcher'
import type { Logger } from '../logger'
import type { ClientDatabase } from '../store/database'
import { updateFeedUrl as feedUrlFor, type Settings } from '../../../shared/settings'
import { diagnosticText } from './diagnostics'
import { createLinkInbox } from './link-inbox'
import { createNotifier } from './notifier'
import { createRestartQuery } from './restart-query'
import { createSettingsStore } from './settings-store'
import { createUpdateService, type UpdateEngine } from './update-service'
import type { SavedWindowState } from './window-state'

/** What the host (the Electron app or the browser test host) tells the core about itself. */
export type DesktopHost = {
  info: Omit<AppInfo, 'name'> & { packaged: boolean; osRelease: string; arch: string; locale: string }
  /** Builds the updater; null where the host cannot install (development, the browser host). */
  updateEngine?: (feed: { url: () => string; channel: () => Settings['updateChannel'] }) => UpdateEngine | null
  /** The unread total for the dock / taskbar badge. */
  badge?: (total: number) => void
  restartTimeoutMs?: number
}

type DesktopHandlers = Pick<
  Handlers,
  | 'appInfo'
  | 'diagnostics'
  | 'settings'
  | 'saveSettings'
  | 'updateStatus'
  | 'checkForUpdates'
  | 'restartToUpdate'
  | 'restartReady'
  | 'takePendingLinks'
>

/**
 * Settings, updates, links, notifications and support data: the desktop half of the core.
 * The Electron wiring calls into it (menu commands, links from the OS) and listens to its events.
 */
export function createDesktopCore(options: {
  db: ClientDatabase
  bus: EventBus
  platformUrl: string
  host: DesktopHost
  /** Accounts signed in now: links may open only theirs. */
  openAccountIds: () => string[]
  /** Accounts this computer knows, for diagnostics (a count, never who). */
  knownAccountCount: () => number
  log: Logger
}) {
  const { bus, host } = options
  const store = createSettingsStore(options.db)
  let settings = store.read()

  const restartQuery = createRestartQuery({
    ask: (requestId) => bus.emit('prepareRestart', { requestId }),
    timeoutMs: host.restartTimeoutMs
  })
  const engine =
    host.updateEngine?.({ url: () => feedUrlFor(settings, options.platformUrl), channel: () => settings.updateChannel }) ?? null
  const updates = createUpdateService({
    engine,
    // A host that can update but chose not to is a development build; one that cannot is the browser host.
    disabledReason: host.updateEngine ? 'development' : 'unsupported',
    onState: (state) => bus.emit('updateState', state),
    draftsSaved: () => restartQuery.ask(),
    log: options.log
  })
  const links = createLinkInbox({
    knownAccountIds: options.openAccountIds,
    openLink: (action) => bus.emit('openLink', action),
    message: (error) => bus.emit('appMessage', error)
  })
  const notifier = createNotifier({
    settings: () => settings,
    notify: (notification: AppNotification) => bus.emit('notify', notification),
    badge: (total) => host.badge?.(total)
  })

  const windowStateQ = {
    get: options.db.prepare<[], { value: string }>("SELECT value FROM app_state WHERE key = 'window_state'"),
    put: options.db.prepare(
      "INSERT INTO app_state (key, value) VALUES ('window_state', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
  }
  const windowState = {
    /** The saved placement as stored; `restoreWindowPlacement` checks it against today's displays. */
    load(): unknown {
      const row = windowStateQ.get.get()
      try {
        return row ? JSON.parse(row.value) : null
      } catch {
        return null
      }
    },
    save(state: SavedWindowState): void {
      windowStateQ.put.run(JSON.stringify(state))
    }
  }

  // New notices pulled by an account's sync become notifications and the badge count, and so
  // does a filing it finished; an account that is no longer open takes its count off the badge.
  bus.subscribe((event, payload) => {
    if (event === 'noticesArrived') {
      const arrived = payload as EventPayload<'noticesArrived'>
      notifier.newNotices(arrived.accountId, arrived.notices)
      notifier.unread(arrived.accountId, arrived.unread)
    } else if (event === 'submissionFiled') {
      const { accountId, ...filing } = payload as EventPayload<'submissionFiled'>
      notifier.filed(accountId, filing)
    } else if (event === 'accountsChanged') {
      notifier.keepOnly((payload as EventPayload<'accountsChanged'>).accounts.map((a) => a.id))
    }
  })

  const settingsAnswer = () => ({
    settings,
    platformInUse: options.platformUrl,
    restartNeeded: settings.platformUrl !== null && settings.platformUrl !== new URL(options.platformUrl).href
  })

  const diagnostics = () =>
    diagnosticText({
      appVersion: host.info.version,
      versions: host.info.versions,
      os: host.info.os,
      osRelease: host.info.osRelease,
      arch: host.info.arch,
      locale: host.info.locale,
      packaged: host.info.packaged,
      platformUrl: options.platformUrl,
      updateChannel: settings.updateChannel,
      accountCount: options.knownAccountCount()
    })

  const handlers: DesktopHandlers = {
    appInfo: async () =>
      ok({
        name: 'PatentDesk',
        version: host.info.version,
        versions: host.info.versions,
        os: host.info.os,
        nativeNotifications: host.info.nativeNotifications
      }),
    diagnostics: async () => ok({ text: diagnostics() }),
    settings: async () => ok(settingsAnswer()),
    saveSettings: async (changes) => {
      const before = settings
      settings = store.write(changes)
      options.log.info({ changed: Object.keys(changes) }, 'settings saved')
      bus.emit('settingsChanged', settings)
      // A new channel or feed is read at the next check; an idle updater checks at once.
      if (before.updateChannel !== settings.updateChannel || before.updateFeedUrl !== settings.updateFeedUrl) {
        if (updates.state().type === 'idle') void updates.check(false)
      }
      return ok(settingsAnswer())
    },
    updateStatus: async () => ok(updates.state()),
    checkForUpdates: async () => ok(await updates.check(true)),
    restartToUpdate: (): Promise<Result<{ restarting: true }>> => updates.restart(),
    restartReady: async ({ requestId, saved }) => ok({ accepted: restartQuery.answer(requestId, saved) }),
    takePendingLinks: async () => ok(links.take())
  }

  return {
    handlers,
    updates,
    links,
    notifier,
    settings: (): Settings => settings,
    windowState,
    diagnostics
  }
}
export type DesktopCore = ReturnType<typeof createDesktopCore>

/** A host without Electron (the browser test host, tests): no updater, notices shown in the page. */
export function nodeDesktopHost(version: string): DesktopHost {
  return {
    info: {
      version,
      versions: { electron: null, chrome: null, node: process.versions.node },
      os: process.platform,
      osRelease: release(),
      arch: process.arch,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
      packaged: false,
      nativeNotifications: false
    }
  }
}
