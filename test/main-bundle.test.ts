import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { channelNames, ipcChannel } from '../src/shared/ipc-contract'

/**
 * The built main bundle started under Node with a recording stand-in for `electron`
 * (test/main-smoke). It cannot prove Electron accepts these calls; it catches a bundle that
 * throws at import, a channel left unregistered, a wrong preload path, missing guards, and a
 * packaged app that listens to development variables.
 */
const root = resolve(__dirname, '..')
const bundle = join(root, 'out', 'main', 'index.js')

type Run = {
  calls: { api: string; args: unknown[] }[]
  channels: string[]
  windows: { options: { webPreferences: Record<string, unknown> }; loaded: { file?: string; url?: string }[] }[]
  platformInfo: { ok: boolean; value?: { origin: string; local: boolean } }
  menuBuilds: { before: number; afterCalls: number; afterLanguage: number; lastLabels: string[] }
  navigationPrevented: boolean
  permissionGranted: boolean | null
  appEvents: string[]
  contentsEvents: string[]
  modules: string[]
  errors: string[]
}

async function start(scenario: 'dev' | 'packaged', env: Record<string, string>): Promise<Run> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npm run build" first (npm test does)`)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(root, 'test', 'main-smoke', 'run-main.ts'), scenario],
    { cwd: root, env: { ...process.env, ...env }, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }
  )
  return JSON.parse(stdout) as Run
}

const devVariables = () => ({
  PATENTDESK_USER_DATA: mkdtempSync(join(tmpdir(), 'patentdesk-env-data-')),
  // Nothing listens there: the app must not care at start.
  PATENTDESK_PLATFORM_URL: 'http://127.0.0.1:9/',
  ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173'
})

/** Calls that may come before the lock: choosing the data folder decides which lock it is. */
const beforeLock = new Set(['app.setPath', 'app.getPath'])

describe('main bundle start-up (Electron stand-in)', () => {
  it('wires a packaged app: lock first, every channel, a locked-down window, guards, menu; no development variables', async () => {
    const env = devVariables()
    const run = await start('packaged', env)
    expect(run.errors).toEqual([])

    const lock = run.calls.findIndex((c) => c.api === 'app.requestSingleInstanceLock')
    expect(lock).toBeGreaterThanOrEqual(0)
    expect(run.calls.slice(0, lock).filter((c) => !beforeLock.has(c.api))).toEqual([])

    expect([...run.channels].sort()).toEqual(channelNames.map(ipcChannel).sort())

    expect(run.windows).toHaveLength(1)
    const prefs = run.windows[0].options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    const preload = String(prefs.preload)
    expect(existsSync(preload)).toBe(true)
    expect(relative(join(root, 'out'), preload).startsWith('..')).toBe(false)

    expect(run.calls.some((c) => c.api === 'session.defaultSession.setPermissionRequestHandler')).toBe(true)
    expect(run.calls.some((c) => c.api === 'session.defaultSession.setPermissionCheckHandler')).toBe(true)
    expect(run.permissionGranted).toBe(false)
    expect(run.navigationPrevented).toBe(true)
    expect(run.contentsEvents).toContain('will-attach-webview')
    expect(run.calls.some((c) => c.api === 'webContents.setWindowOpenHandler')).toBe(true)
    expect(run.appEvents).toEqual(expect.arrayContaining(['second-instance', 'open-url', 'web-contents-created']))

    const menu = run.calls.find((c) => c.api === 'Menu.buildFromTemplate')?.args[0] as { label?: string }[]
    expect(menu.map((m) => m.label)).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '窗口', '帮助']))
    expect(run.menuBuilds.before).toBe(1)
    // Rebuilt only when what it shows changes: not for ordinary calls, at once for a new language.
    expect(run.menuBuilds.afterCalls).toBe(1)
    expect(run.menuBuilds.afterLanguage).toBe(2)
    expect(run.menuBuilds.lastLabels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']))

    // None of the development variables steered it.
    expect(run.calls.some((c) => c.api === 'app.setPath')).toBe(false)
    expect(run.windows[0].loaded).toEqual([{ url: 'app://patentdesk/index.html' }])
    expect(run.platformInfo).toEqual({ ok: true, value: { origin: 'https://platform.patentdesk.example', local: false } })
    expect(run.modules.some((m) => m.includes('embedded-platform'))).toBe(false)
  })

  it('lets the same variables steer a development checkout', async () => {
    const env = devVariables()
    const run = await start('dev', env)
    expect(run.errors).toEqual([])
    expect(run.calls.find((c) => c.api === 'app.setPath')?.args).toEqual(['userData', env.PATENTDESK_USER_DATA])
    expect(run.windows[0].loaded).toEqual([{ url: env.ELECTRON_RENDERER_URL }])
    const menu = run.calls.find((c) => c.api === 'Menu.buildFromTemplate')?.args[0] as { submenu?: { role?: string }[] }[]
    expect(JSON.stringify(menu)).toContain('toggleDevTools')
  })
})
