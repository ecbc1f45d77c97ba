/**
 * Loads out/main/index.js under Node with the recording stand-in for `electron`, lets it start,
 * and prints what it did as JSON. Run by main-bundle.test.ts in a child process per scenario,
 * so each load starts from a clean module cache and environment.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createElectronStandIn } from './electron-stand-in'

const root = resolve(__dirname, '..', '..')
const packaged = process.argv[2] === 'packaged'
const work = mkdtempSync(join(tmpdir(), 'patentdesk-main-smoke-'))
const userData = join(work, 'user-data')

// Under Node the better-sqlite3 of node_modules is the right binary: put it where the app looks.
const nodeBinding = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
const appPath = join(work, 'app')
mkdirSync(join(appPath, 'build', 'electron-native'), { recursive: true })
copyFileSync(nodeBinding, join(appPath, 'build', 'electron-native', 'better_sqlite3.node'))
const resources = join(work, 'resources')
mkdirSync(join(resources, 'native'), { recursive: true })
copyFileSync(nodeBinding, join(resources, 'native', 'better_sqlite3.node'))
Object.defineProperty(process, 'resourcesPath', { value: resources })

const standIn = createElectronStandIn({ packaged, userData, appPath })

// Never the real electron package: its require() would look for (or download) a binary.
const STAND_IN_ID = join(work, 'electron-stand-in.js')
const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string }
const resolveFilename = loader._resolveFilename
loader._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? STAND_IN_ID : resolveFilename.call(this, request, ...rest)
}
const standInModule = new Module(STAND_IN_ID)
standInModule.filename = STAND_IN_ID
standInModule.loaded = true
standInModule.exports = standIn.electron
const require = createRequire(__filename)
require.cache[STAND_IN_ID] = standInModule

const bundle = join(root, 'out', 'main', 'index.js')
const errors: string[] = []
process.on('uncaughtException', (e) => errors.push(String(e?.stack ?? e)))
process.on('unhandledRejection', (e) => errors.push(String((e as Error)?.stack ?? e)))

async function main() {
  try {
    require(bundle)
  } catch (e) {
    errors.push(String((e as Error)?.stack ?? e))
  }
  standIn.ready()
  for (let i = 0; i < 200 && standIn.windows.length === 0 && !standIn.calls.some((c) => c.api === 'app.exit'); i++) {
    await new Promise((r) => setTimeout(r, 25))
  }
  await new Promise((r) => setTimeout(r, 100))

  // Ask the registered handler what platform the app talks to, as the window would.
  const window = standIn.windows[0]
  const frame = window?.contents.mainFrame
  const loaded = (window?.loaded[0] ?? {}) as { file?: string; url?: string }
  const pageUrl = loaded.file ? pathToFileURL(loaded.file).href : (loaded.url ?? '')
  const event = { senderFrame: frame && Object.assign(frame, { url: pageUrl }), sender: window?.contents }
  const platformInfo = await standIn.handlers.get('patentdesk:platformInfo')?.(event, {})

  // Calls that change nothing the menu shows must not rebuild it; a language change must.
  const menusBefore = standIn.calls.filter((c) => c.api === 'Menu.setApplicationMenu').length
  await standIn.handlers.get('patentdesk:knownAccounts')?.(event, {})
  await standIn.handlers.get('patentdesk:appInfo')?.(event, {})
  const menusAfterCalls = standIn.calls.filter((c) => c.api === 'Menu.setApplicationMenu').length
  await standIn.handlers.get('patentdesk:saveSettings')?.(event, { language: 'en-US' })
  const menusAfterLanguage = standIn.calls.filter((c) => c.api === 'Menu.setApplicationMenu').length
  const lastMenu = standIn.calls.filter((c) => c.api === 'Menu.buildFromTemplate').at(-1)?.args[0] as { label?: string }[] | undefined

  // The navigation guards, as a hostile page would meet them.
  const contents = window?.contents
  let navigationPrevented = false
  contents?.emit('will-navigate', { preventDefault: () => (navigationPrevented = true) }, 'https://evil.example/')
  const permissionHandler = standIn.calls.find((c) => c.api === 'session.defaultSession.setPermissionRequestHandler')?.args[0] as
    | ((c: unknown, p: string, cb: (granted: boolean) => void) => void)
    | undefined
  let permissionGranted: boolean | null = null
  permissionHandler?.({}, 'geolocation', (granted) => (permissionGranted = granted))

  const serialisable = standIn.calls.map((c) => ({
    api: c.api,
    args: c.args.map((a) => (typeof a === 'function' ? '[function]' : a))
  }))
  process.stdout.write(
    `${JSON.stringify({
      calls: JSON.parse(JSON.stringify(serialisable, (_k, v) => (typeof v === 'function' ? '[function]' : v))),
      channels: [...standIn.handlers.keys()],
      windows: standIn.windows.map((w) => ({ options: w.options, loaded: w.loaded })),
      platformInfo,
      menuBuilds: { before: menusBefore, afterCalls: menusAfterCalls, afterLanguage: menusAfterLanguage, lastLabels: lastMenu?.map((m) => m.label) ?? [] },
      navigationPrevented,
      permissionGranted,
      appEvents: standIn.appEvents.eventNames(),
      contentsEvents: contents?.eventNames() ?? [],
      modules: Object.keys(require.cache).map((k) => k.replace(root, '<root>')),
      userData,
      errors
    })}\n`
  )
  process.exit(0)
}
void main()
