import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { root, runAdmin, startPlatform, tempDir, type Started } from '../support/processes'

/**
 * The desktop shell in a real Electron: application menu, single instance with a link handed
 * over, and an OS notification. Where no Electron binary exists these skip; the same decisions
 * are unit-tested in src/main/core/desktop and the wiring is checked by test/main-bundle.test.ts.
 */
const electronDist = join(root, 'node_modules', 'electron', 'dist')
const electronBinaryPresent = existsSync(electronDist)
const nativeBindingPresent = existsSync(join(root, 'build', 'electron-native', 'better_sqlite3.node'))
const skipReason = !electronBinaryPresent
  ? 'no Electron binary on this machine (node_modules/electron/dist is missing); menu, links and notifications are unit-tested in src/main/core/desktop'
  : !nativeBindingPresent
    ? 'no Electron-ABI better-sqlite3 (build/electron-native/better_sqlite3.node); run "npm run rebuild:electron-sqlite" first'
    : null
test.skip(skipReason !== null, skipReason ?? '')

test.describe.configure({ mode: 'serial' })

const password = 'Zq7!mPatent2026'
const loginName = `dk${Date.now().toString(36)}`
let work: string
let platform: Started
let app: ElectronApplication | null = null

const executable = () =>
  process.platform === 'darwin'
    ? join(electronDist, 'Electron.app', 'Contents', 'MacOS', 'Electron')
    : join(electronDist, process.platform === 'win32' ? 'electron.exe' : 'electron')

const env = () => ({ ...process.env, PATENTDESK_PLATFORM_URL: platform.url, PATENTDESK_USER_DATA: join(work, 'user-data') })
const launch = () => electron.launch({ args: [join(root, 'out', 'main', 'index.js')], env: env() })

test.beforeAll(async () => {
  work = tempDir('electron-desktop')
  platform = await startPlatform(join(work, 'platform'), join(work, 'platform.log'))
  await runAdmin(['create-account', '--data', join(work, 'platform'), '--login', loginName, '--password', password, '--name', '王五'])
})

test.afterEach(async () => {
  await app?.close()
  app = null
})

test.afterAll(async () => {
  await platform?.stop()
})

test('the application menu speaks the user’s language and opens About', async () => {
  app = await launch()
  const window = await app.firstWindow()
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? [])
  expect(labels).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '窗口', '帮助']))
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('about')?.click())
  await expect(window.getByRole('dialog', { name: '关于 PatentDesk' })).toBeVisible()
  await window.keyboard.press('Escape')

  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('settings')?.click())
  await window.locator('form').getByText('English', { exact: true }).click()
  await window.getByRole('button', { name: '保存' }).click()
  await expect
    .poll(() => app!.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []))
    .toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']))
})

test('a second launch focuses the first window and hands over its link', async () => {
  app = await launch()
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { name: /Sign in|登录/ })).toBeVisible()
  const second = spawn(executable(), [join(root, 'out', 'main', 'index.js'), `patentdesk://draft/not-open-here/${randomUUID()}`], {
    env: env(),
    stdio: 'ignore'
  })
  const exitCode = await new Promise<number | null>((resolve) => second.once('exit', resolve))
  expect(exitCode).toBe(0)
  await expect(window.getByText(/not signed in on this computer|未在本机登录的账号/)).toBeVisible()
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})

test('a new notice shows an OS notification', async () => {
  app = await launch()
  const window = await app.firstWindow()
  await window.getByLabel(/Account|账号/).fill(loginName)
  await window.getByLabel(/^(Password|密码)$/).fill(password)
  await window.getByRole('button', { name: /^(Sign in|登录)$/ }).click()
  await expect(window.getByRole('heading', { name: /王五/ })).toBeVisible()
  await app.evaluate(({ Notification }) => {
    const shown: { title: string; body: string }[] = []
    Object.assign(globalThis, { shownNotifications: shown })
    Notification.prototype.show = function (this: { title: string; body: string }) {
      shown.push({ title: this.title, body: this.body })
    }
  })
  await runAdmin(['issue-notice', '--data', join(work, 'platform'), '--login', loginName, '--kind', 'correction', '--title', '补正通知书', '--body', '请在两个月内补正。'])
  // The account's sync pulls notices on "Sync now" (and on its own schedule).
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('syncNow')?.click())
  await expect
    .poll(() => app!.evaluate(() => (globalThis as unknown as { shownNotifications: { title: string; body: string }[] }).shownNotifications))
    .toEqual([expect.objectContaining({ body: '补正通知书' })])
})
