import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addDays, officeDate } from '../src/shared/filing/office-date'
import { root, runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { shootBothLanguages } from './support/screenshots'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const firm = { login: `agency${stamp}`, password: 'Firm-Pass-2026', name: '华夏专利事务所', type: 'agency' }
const client = { login: `zhao${stamp}`, password: 'Client-Pass-2026', name: '赵六', type: 'person' }
// Days as the office counts them (Beijing time), as the agenda does.
const today = officeDate(new Date())
/** Each account's notices with a deadline; the agenda interleaves them, nearest first. */
const deadlines = [
  { who: client, kind: 'fee', title: '缴费通知书(年费)', days: 2 },
  { who: firm, kind: 'correction', title: '补正通知书(权利要求书)', days: 5 },
  { who: client, kind: 'correction', title: '补正通知书(说明书附图)', days: 20 },
  { who: firm, kind: 'other', title: '审查意见通知书', days: 40 }
] as const

let work: string
let platform: Started
let platformPort: number
let host: Started
const platformData = () => join(work, 'platform')

test.beforeAll(async () => {
  work = tempDir('agenda')
  mkdirSync(join(root, 'e2e', 'screenshots'), { recursive: true })
  platform = await startPlatform(platformData(), join(work, 'platform.log'))
  platformPort = Number(new URL(platform.url).port)
  for (const p of [firm, client]) {
    await runAdmin(['create-account', '--data', platformData(), '--login', p.login, '--password', p.password, '--name', p.name, '--type', p.type])
  }
  for (const d of deadlines) {
    await runAdmin(['issue-notice', '--data', platformData(), '--login', d.who.login, '--kind', d.kind, '--title', d.title,
      '--body', `请在期限内答复:${d.title}`, '--due', addDays(today, d.days)])
  }
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'), ['--retry-max-ms', '1000'])
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

async function signIn(page: Page, who: { login: string; password: string }) {
  await page.getByLabel('账号', { exact: true }).fill(who.login)
  await page.getByLabel('密码', { exact: true }).fill(who.password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

const switcher = (page: Page) => page.getByRole('button', { name: /切换账号|Switch account/ })
const syncState = (page: Page) => page.getByTestId('sync-state')

test('an agent signed in to two accounts sees both agendas in one list, nearest deadline first, and opens a row in its account', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, firm)
  await expect(page.getByRole('heading', { name: `${firm.name}，您好` })).toBeVisible()
  await switcher(page).click()
  await page.getByRole('menuitem', { name: '添加账号' }).click()
  await signIn(page, client)
  await expect(page.getByRole('heading', { name: `${client.name}，您好` })).toBeVisible()

  // The unread notices of both accounts, on the switcher; each account's own in its menu row.
  await expect(page.getByTestId('switcher-unread-total').getByTitle('所有已打开账号共 4 条未读', { exact: true })).toBeVisible({ timeout: 30_000 })
  await switcher(page).click()
  for (const who of [firm, client]) {
    await expect(page.locator(`[data-account="${who.login}"]`).getByTestId('switcher-unread').getByTitle('2 条未读', { exact: true })).toBeVisible()
  }
  await page.keyboard.press('Escape')

  await page.evaluate("location.hash = '#/agenda'")
  const rows = page.getByTestId('agenda-item')
  await expect(rows).toHaveCount(deadlines.length)
  for (const [i, d] of deadlines.entries()) {
    await expect(rows.nth(i)).toContainText(d.title)
    await expect(rows.nth(i).getByTestId('agenda-account')).toHaveText(d.who.name)
    await expect(rows.nth(i).getByTestId('deadline')).toHaveText(`剩余 ${d.days} 天`)
  }
  // The current account's unread notices, on the navigation.
  await expect(page.getByTestId('nav-unread').getByTitle('2 条未读', { exact: true })).toBeVisible()
  // The in-page announcements of the new notices pass by themselves; the agenda is pictured without them.
  await expect(page.locator('.ant-notification-notice')).toHaveCount(0, { timeout: 15_000 })
  await shootBothLanguages(page, 'workspace-agenda')
  for (const [label, language] of [['English', 'en-US'], ['中文', 'zh-CN']] as const) {
    await page.getByText(label, { exact: true }).click()
    await switcher(page).click()
    await expect(page.locator(`[data-account="${firm.login}"]`)).toBeVisible()
    await page.screenshot({ path: join(root, 'e2e', 'screenshots', `workspace-switcher-unread.${language}.png`), fullPage: true })
    await page.keyboard.press('Escape')
  }
  await expect(rows.nth(1).getByTestId('deadline')).toHaveText('剩余 5 天')

  // The firm's deadline, opened while the client is current: the firm's inbox, that notice shown.
  await rows.nth(1).click()
  await expect(switcher(page)).toHaveAccessibleName(new RegExp(firm.name))
  const focused = page.locator('[data-testid="notice"][data-focused]')
  await expect(focused).toContainText(deadlines[1].title)
  await expect(focused.getByTestId('deadline')).toHaveText('剩余 5 天')
  await shootBothLanguages(page, 'workspace-notice-opened')

  // The notice is brought into view once; after that the page stays where the user scrolls it,
  // whatever the list does (a filter here). A short window, so that there is something to scroll.
  const size = page.viewportSize()!
  await page.setViewportSize({ width: size.width, height: 300 })
  expect(await page.evaluate('document.documentElement.scrollHeight - innerHeight')).toBeGreaterThan(60)
  await page.evaluate('scrollTo(0, 0)')
  await page.getByText('未读（2）').click()
  await expect(page.getByTestId('notice')).toHaveCount(2)
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
  expect(await page.evaluate('scrollY')).toBe(0)
  await page.getByText('全部', { exact: true }).click()
  await page.setViewportSize(size)

  await focused.getByRole('button', { name: '标为已读' }).click()
  await expect(focused.getByRole('button', { name: '标为已读' })).toHaveCount(0)
  await expect(page.getByTestId('nav-unread').getByTitle('1 条未读', { exact: true })).toBeVisible()
  await expect(page.getByTestId('switcher-unread-total').getByTitle('所有已打开账号共 3 条未读', { exact: true })).toBeVisible()
  await switcher(page).click()
  await expect(page.locator(`[data-account="${firm.login}"]`).getByTestId('switcher-unread').getByTitle('1 条未读', { exact: true })).toBeVisible()
  await expect(page.locator(`[data-account="${client.login}"]`).getByTestId('switcher-unread').getByTitle('2 条未读', { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
})

test('the sync state reads offline once the platform cannot be reached, and synced again when it is back', async ({ page }) => {
  await page.goto(host.url)
  await page.evaluate("location.hash = '#/notices'")
  await expect(syncState(page)).toHaveAttribute('data-state', 'synced', { timeout: 30_000 })
  await expect(syncState(page)).toHaveText('已同步')

  await platform.stop()
  // The user comes back to the window: the app asks the platform, and finds it gone (checks
  // closer together than 2 s share one answer, hence the retries).
  await expect(async () => {
    await page.evaluate("window.dispatchEvent(new Event('focus'))")
    await expect(syncState(page)).toHaveAttribute('data-state', 'offline', { timeout: 2_500 })
  }).toPass({ timeout: 15_000 })
  await expect(syncState(page)).toHaveText('离线')

  platform = await startPlatform(platformData(), join(work, 'platform.log'), {}, platformPort)
  // The host retries at least every second; the badge follows the session back.
  await expect(syncState(page)).toHaveAttribute('data-state', 'synced', { timeout: 30_000 })
  await expect(syncState(page)).toHaveText('已同步')
})
