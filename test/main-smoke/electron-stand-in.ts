import { EventEmitter } from 'node:events'

/**
 * A recording stand-in for the `electron` module, for loading the built main bundle under Node.
 * Every function call is recorded in order; anything the bundle reaches that is not modelled
 * below answers with another recorder, so a new API call shows up in the record instead of
 * throwing. It proves what the bundle asks of Electron, not that Electron would accept it.
 */
export type Call = { api: string; args: unknown[] }

export function createElectronStandIn(options: { packaged: boolean; userData: string; appPath: string }) {
  const calls: Call[] = []
  const record = (api: string, args: unknown[]) => calls.push({ api, args })
  let ready!: () => void
  const whenReady = new Promise<void>((resolve) => (ready = resolve))

  /** A recorder: call it, read from it, construct it; everything is recorded under `path`. */
  const recorder = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, key) => (key === 'then' ? undefined : typeof key === 'symbol' ? undefined : recorder(`${path}.${key}`)),
      apply: (_t, _this, args) => {
        record(path, args)
        return recorder(`${path}()`)
      },
      construct: (_t, args) => {
        record(`new ${path}`, args)
        return recorder(`${path}#instance`) as object
      }
    })

  /** Methods that must answer something real; the rest of the object records. */
  const modelled = <T extends object>(path: string, methods: T): T =>
    new Proxy(methods, {
      get(target, key) {
        if (typeof key === 'symbol') return undefined
        if (key in target) {
          const value = (target as Record<string, unknown>)[key]
          if (typeof value !== 'function') return value
          return (...args: unknown[]) => {
            record(`${path}.${key}`, args)
            return (value as (...a: unknown[]) => unknown).apply(target, args)
          }
        }
        return recorder(`${path}.${key}`)
      }
    })

  const appEvents = new EventEmitter()
  const paths: Record<string, string> = { userData: options.userData, logs: `${options.userData}/logs`, temp: '/tmp' }
  const app = modelled('app', {
    isPackaged: options.packaged,
    requestSingleInstanceLock: () => true,
    setPath: (name: string, value: string) => void (paths[name] = value),
    getPath: (name: string) => paths[name] ?? options.userData,
    getAppPath: () => options.appPath,
    getVersion: () => '1.4.0',
    getLocale: () => 'zh-CN',
    whenReady: () => whenReady,
    on: (event: string, listener: (...a: unknown[]) => void) => void appEvents.on(event, listener),
    quit: () => {},
    exit: () => {},
    setBadgeCount: () => true,
    setAsDefaultProtocolClient: () => true,
    setAppUserModelId: () => {}
  })

  const handlers = new Map<string, (...a: unknown[]) => unknown>()
  const ipcMain = modelled('ipcMain', {
    handle: (channel: string, handler: (...a: unknown[]) => unknown) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
    on: () => {}
  })

  type Contents = EventEmitter & { send: (...a: unknown[]) => void; setWindowOpenHandler: (...a: unknown[]) => void; mainFrame: object }
  const windows: { options: Record<string, unknown>; contents: Contents; loaded: unknown[] }[] = []
  class BrowserWindow extends EventEmitter {
    webContents: Contents
    constructor(windowOptions: Record<string, unknown>) {
      super()
      record('new BrowserWindow', [windowOptions])
      const contents: Contents = Object.assign(new EventEmitter(), {
        send: (...args: unknown[]) => record('webContents.send', args),
        setWindowOpenHandler: (...args: unknown[]) => record('webContents.setWindowOpenHandler', args),
        mainFrame: {}
      })
      this.webContents = contents
      const entry = { options: windowOptions, contents, loaded: [] as unknown[] }
      windows.push(entry)
      appEvents.emit('web-contents-created', {}, contents)
      this.loadFile = (file: string) => (entry.loaded.push({ file }), Promise.resolve())
      this.loadURL = (url: string) => (entry.loaded.push({ url }), Promise.resolve())
    }
    loadFile: (file: string) => Promise<void>
    loadURL: (url: string) => Promise<void>
    static getAllWindows = () => []
    isDestroyed = () => false
    isMinimized = () => false
    isMaximized = () => false
    getNormalBounds = () => ({ x: 10, y: 10, width: 1180, height: 780 })
    show = () => {}
    focus = () => {}
    restore = () => {}
    maximize = () => {}
  }

  const session = {
    defaultSession: modelled('session.defaultSession', {
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {}
    })
  }
  const Menu = modelled('Menu', {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: () => {}
  })
  const screen = modelled('screen', {
    getAllDisplays: () => [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
  })
  const Notification = Object.assign(recorder('Notification') as object, { isSupported: () => true })

  const electron: Record<string, unknown> = {
    app,
    ipcMain,
    BrowserWindow,
    session,
    Menu,
    screen,
    Notification,
    dialog: recorder('dialog'),
    shell: recorder('shell'),
    clipboard: recorder('clipboard'),
    protocol: recorder('protocol'),
    net: recorder('net'),
    nativeImage: recorder('nativeImage')
  }
  return { electron, calls, handlers, windows, ready: () => ready(), appEvents }
}
