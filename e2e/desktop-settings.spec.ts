import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { root, runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'

test.describe.configure({ mode: 'serial' })

const shots = join(root, 'e2e', 'screenshots')
let work: string
let platform: Started
let host: Started

test.beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  work = tempDir('settings')
  platform = await startPlatform(join(work, 'platform'), join(work, 'platform.log'))
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

/** Lets the dialog's opening animation finish, so the picture shows what a person sees. */
const settle = (page: Page) => page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running')
  )

const openSettings = async (page: Page, name: string) => {
  await page.getByRole('link', { name }).click()
}

test('settings: a platform address in clear over the network is refused, and nothing is saved', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('link', { name: '忘记密码？' }).click()
  await openSettings(page, '设置')
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible()
  await expect(page.getByText(`当前使用：${new URL(platform.url).href}`)).toBeVisible()
  await expect(page.getByText('此环境不支持自动更新。')).toBeVisible()
  await page.mouse.move(0, 600)
  await page.screenshot({ path: join(shots, 'settings.zh-CN.png'), fullPage: true })

  await page.getByLabel('平台地址').fill('http://platform.example/')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('除本机地址外必须使用 HTTPS', { exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('平台地址')).toHaveValue('')

  await page.getByLabel('平台地址').fill('https://platform.example/')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('新的平台地址将在下次启动 PatentDesk 时生效。')).toBeVisible()
  // Settings is no dead end: "back" returns to where the user came from.
  await page.getByRole('button', { name: '返回', exact: true }).click()
  await expect(page.getByRole('heading', { name: '找回密码' })).toBeVisible()
})

test('settings: the language is stored with the settings and applied at once, without a restart', async ({ page }) => {
  await page.goto(host.url)
  await openSettings(page, '设置')
  await page.locator('form').getByText('English', { exact: true }).click()
  await page.getByRole('switch').click()
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expect(page.getByText('Settings saved.')).toBeVisible()

  // From the client's database, not the page's own storage.
  await page.evaluate('localStorage.clear()')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('switch')).not.toBeChecked()
  await expect(page.getByText('Updates are not available here.')).toBeVisible()
  await page.screenshot({ path: join(shots, 'settings.en-US.png'), fullPage: true })
})

test('About shows the versions and diagnostic info without personal data, in both languages', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'About' }).click()
  const dialog = page.getByRole('dialog', { name: 'About PatentDesk' })
  await expect(dialog.getByText('Version 0.1.0')).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Diagnostic info (no personal data)' })).toHaveValue(
    new RegExp(`Platform: ${new URL(platform.url).origin.replace(/[.]/g, '\\.')}\\nUpdate channel: latest\\nAccounts on this computer: 0`)
  )
  await settle(page)
  await page.screenshot({ path: join(shots, 'about.en-US.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.getByText('中文', { exact: true }).click()
  await page.getByRole('button', { name: '关于' }).click()
  const zh = page.getByRole('dialog', { name: '关于 PatentDesk' })
  await expect(zh.getByText('版本 0.1.0')).toBeVisible()
  await expect(zh.getByRole('button', { name: '复制诊断信息' })).toBeVisible()
  await settle(page)
  await page.screenshot({ path: join(shots, 'about.zh-CN.png') })
})

test('in the browser host a new notice is shown in the page, once notifications are on again', async ({ page }) => {
  const login = `nt${Date.now().toString(36)}`
  const password = 'Zq7!mPatent2026'
  await runAdmin(['create-account', '--data', join(work, 'platform'), '--login', login, '--password', password, '--name', '赵六'])
  await page.goto(host.url)
  await page.getByText('中文', { exact: true }).click()
  await page.getByLabel('账号').fill(login)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('heading', { name: '赵六，您好' })).toBeVisible()

  await runAdmin(['issue-notice', '--data', join(work, 'platform'), '--login', login, '--kind', 'correction', '--title', '补正通知书', '--body', '请在两个月内补正。'])
  // What the menu's "Sync now" asks for; the browser host has no menu.
  await page.evaluate(async () => {
    type Api = {
      currentSession(): Promise<{ ok: boolean; value: { account: { id: string } } }>
      saveSettings(input: { notifications: boolean }): Promise<unknown>
      syncNow(input: { accountId: string }): Promise<unknown>
    }
    const api = (globalThis as unknown as { api: Api }).api
    // An earlier test turned them off, and the app kept that.
    await api.saveSettings({ notifications: true })
    const session = await api.currentSession()
    await api.syncNow({ accountId: session.value.account.id })
  })
  const shown = page.locator('.ant-notification-notice').filter({ hasText: '补正通知书' })
  await expect(shown).toContainText('新通知')
  await settle(page)
  await page.screenshot({ path: join(shots, 'notice-notification.zh-CN.png') })
  // Announced as news (a polite status), not as an alert.
  await expect(page.getByRole('status').filter({ hasText: '补正通知书' })).toHaveCount(1)

  // More news: never more than three over the list, and all gone by themselves after a few seconds.
  for (const title of ['缴费通知书', '受理通知书', '授权通知书']) {
    await runAdmin(['issue-notice', '--data', join(work, 'platform'), '--login', login, '--kind', 'other', '--title', title, '--body', '。'])
  }
  await page.evaluate(async () => {
    type Api = { currentSession(): Promise<{ value: { account: { id: string } } }>; syncNow(input: { accountId: string }): Promise<unknown> }
    const api = (globalThis as unknown as { api: Api }).api
    await api.syncNow({ accountId: (await api.currentSession()).value.account.id })
  })
  const all = page.locator('.ant-notification-notice')
  await expect(all.filter({ hasText: '授权通知书' })).toHaveCount(1)
  // The oldest one leaves with an animation, so for a moment it is still there.
  await expect.poll(() => all.count()).toBeLessThanOrEqual(3)
  await page.mouse.move(0, 0)
  await expect(all).toHaveCount(0, { timeout: 12_000 })
})

test('a screen whose code cannot be loaded says so and offers a reload, instead of a blank window', async ({ page }) => {
  await page.route(/\/assets\/SettingsPage-[^/]*\.js$/, (route) => route.abort())
  await page.goto(host.url)
  await openSettings(page, '设置')
  await expect(page.getByText('这个页面没能打开')).toBeVisible()
  await page.screenshot({ path: join(shots, 'screen-error.zh-CN.png') })
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByText('This screen could not be opened')).toBeVisible()
  await page.screenshot({ path: join(shots, 'screen-error.en-US.png') })
  await page.getByText('中文', { exact: true }).click()

  await page.unroute(/\/assets\/SettingsPage-[^/]*\.js$/)
  await page.getByRole('button', { name: '重新加载' }).click()
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible()
})
