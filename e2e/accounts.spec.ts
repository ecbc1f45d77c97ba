import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test, type Page } from '@playwright/test'
import { keychainEntries } from './support/keychain'
import { findSecrets, offlineVerifiers, rendererStorage } from './support/leaks'
import { latestCode } from './support/outbox'
import { root, runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const people = {
  firm: { login: `firm${stamp}`, name: '华夏专利事务所', password: 'Firm-Pass-2026', type: 'agency' },
  client: { login: `li${stamp}`, name: '李四', password: 'Client-Pass-2026', type: 'person' },
  third: { login: `wang${stamp}`, name: '王五', password: 'Third-Pass-2026', type: 'person' }
} as const
/** The host retries a lost platform at least every 1.5 s, so its return is seen within seconds. */
const hostArgs = ['--retry-max-ms', '1500']
const screenshots = join(root, 'e2e', 'screenshots')
/** Codes "sent" by text message are read from the platform's development outbox, as the phone would show them. */
const outbox = { PLATFORM_DEV_OUTBOX: '1' }

let work: string
let platform: Started
let platformPort: number
let host: Started
let service: string
const seenRefreshTokens: string[] = []
const storages: string[] = []

const clientDir = () => join(work, 'client')
const restartHost = async (dir = clientDir(), env: NodeJS.ProcessEnv = {}) => {
  await host?.stop()
  host = await startHost(platform.url, dir, join(work, 'host.log'), hostArgs, env)
}

test.beforeAll(async () => {
  work = tempDir('accounts')
  mkdirSync(screenshots, { recursive: true })
  platform = await startPlatform(join(work, 'platform'), join(work, 'platform.log'), outbox)
  platformPort = Number(new URL(platform.url).port)
  for (const p of Object.values(people)) {
    await runAdmin(['create-account', '--data', join(work, 'platform'), '--login', p.login, '--password', p.password,
      '--name', p.name, '--type', p.type])
  }
  host = await startHost(platform.url, clientDir(), join(work, 'host.log'), hostArgs)
  service = `PatentDesk ${new URL(platform.url).origin}`
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

test.afterEach(async ({ page }) => {
  if (page.url().startsWith('http')) storages.push(await rendererStorage(page).catch(() => ''))
  for (const entry of keychainEntries(service)) if (!seenRefreshTokens.includes(entry.secret)) seenRefreshTokens.push(entry.secret)
})

async function signIn(page: Page, who: { login: string; password: string }, options: { remember?: boolean; password?: string } = {}) {
  await page.getByLabel('账号', { exact: true }).fill(who.login)
  await page.getByLabel('密码', { exact: true }).fill(options.password ?? who.password)
  if (options.remember === false) await page.getByLabel(/记住登录/).uncheck()
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

const welcome = (page: Page, who: { name: string }) => page.getByRole('heading', { name: `${who.name}，您好` })
const switcher = (page: Page) => page.getByRole('button', { name: /切换账号|Switch account/ })

/** The notice that says an account works offline (the sync badge is a status too). */
const offlineNotice = (page: Page) => page.getByRole('status').and(page.locator('.ant-alert'))

/** The account switcher's menu (the workspace's navigation bar is a menu too). */
const accountMenu = (page: Page) =>
  page.getByRole('menu').filter({ has: page.getByRole('menuitem', { name: /添加账号|Add account/ }) })

async function openMenu(page: Page) {
  await switcher(page).click()
  await expect(accountMenu(page)).toBeVisible()
}

async function addAccount(page: Page) {
  await openMenu(page)
  await page.getByRole('menuitem', { name: '添加账号' }).click()
  await expect(page.getByRole('heading', { name: '添加账号' })).toBeVisible()
}

/** Screenshots in Chinese and in English, switching the language back afterwards. */
async function shoot(page: Page, name: string, before?: () => Promise<void>) {
  await before?.()
  await page.screenshot({ path: join(screenshots, `accounts-${name}.zh-CN.png`), fullPage: true })
  await page.keyboard.press('Escape')
  await page.getByText('English', { exact: true }).click()
  await before?.()
  await page.screenshot({ path: join(screenshots, `accounts-${name}.en-US.png`), fullPage: true })
  await page.keyboard.press('Escape')
  await page.getByText('中文', { exact: true }).click()
}

/** The account ids this computer knows, by login name, read from the shared file. */
function knownIds(): Record<string, string> {
  const db = new Database(join(clientDir(), 'patentdesk.sqlite'), { readonly: true, fileMustExist: true })
  const rows = db.prepare('SELECT id, login_name FROM accounts').all() as { id: string; login_name: string }[]
  db.close()
  return Object.fromEntries(rows.map((r) => [r.login_name, r.id]))
}

function accountFile(accountId: string): string | undefined {
  const base = join(clientDir(), 'accounts')
  if (!existsSync(base)) return undefined
  for (const origin of readdirSync(base)) {
    const file = join(base, origin, `${accountId}.sqlite`)
    if (existsSync(file)) return file
  }
  return undefined
}

function settingsIn(file: string): Record<string, string> {
  const db = new Database(file)
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
  db.close()
  return Object.fromEntries(rows.map((r) => [r.key, r.value]))
}

test('two accounts signed in side by side, each seeing only its own data', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, people.firm)
  await expect(welcome(page, people.firm)).toBeVisible()

  await addAccount(page)
  await shoot(page, 'add-account')
  await signIn(page, people.client)
  await expect(welcome(page, people.client)).toBeVisible()

  await openMenu(page)
  const menu = accountMenu(page)
  await expect(menu.getByText(people.firm.name)).toBeVisible()
  await expect(menu.getByText('代理机构')).toBeVisible()
  await expect(menu.getByText('已登录')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await shoot(page, 'switcher', () => openMenu(page))
  await openMenu(page)
  await page.getByRole('menuitem', { name: '账号中心' }).click()

  await expect(page.getByRole('heading', { name: '账号中心' })).toBeVisible()
  await expect(page.getByText(people.client.login)).toBeVisible()
  await page.getByLabel('案卷号前缀').fill('LI-2026-')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存')).toBeVisible()
  await shoot(page, 'centre')

  // The other account, switched to by keyboard, sees nothing of it.
  await page.keyboard.press('Control+1')
  await expect(page.getByText(people.firm.login)).toBeVisible()
  await expect(page.getByLabel('案卷号前缀')).toHaveValue('')
  await page.keyboard.press('Control+2')
  await expect(page.getByText(people.client.login)).toBeVisible()
  await expect(page.getByLabel('案卷号前缀')).toHaveValue('LI-2026-')

  // On disk: one file per account; the setting is in the client's file only.
  const ids = knownIds()
  const firmFile = accountFile(ids[people.firm.login]!)
  const liFile = accountFile(ids[people.client.login]!)
  expect(firmFile).toBeDefined()
  expect(liFile).toBeDefined()
  expect(firmFile).not.toBe(liFile)
  expect(settingsIn(liFile!)).toEqual({ docketPrefix: 'LI-2026-' })
  expect(settingsIn(firmFile!)).toEqual({})
  expect(keychainEntries(service)).toHaveLength(2)
})

test('switching by keyboard is instant and signs nobody out', async ({ page }) => {
  await page.goto(host.url)
  await expect(welcome(page, people.client)).toBeVisible()
  await page.keyboard.press('Control+1')
  await expect(welcome(page, people.firm)).toBeVisible()
  await page.keyboard.press('Control+2')
  await expect(welcome(page, people.client)).toBeVisible()
  await openMenu(page)
  await expect(accountMenu(page).getByText('已登录')).toHaveCount(2)
})

test('a restart of the host reopens both accounts, the current one current', async ({ page }) => {
  await restartHost()
  await page.goto(host.url)
  await expect(welcome(page, people.client)).toBeVisible()
  await openMenu(page)
  await expect(accountMenu(page).getByText('已登录')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+1')
  await expect(welcome(page, people.firm)).toBeVisible()
})

test('an account signed in without "remember me" leaves the others open when it signs out', async ({ page }) => {
  await page.goto(host.url)
  await addAccount(page)
  await signIn(page, people.third, { remember: false })
  await expect(welcome(page, people.third)).toBeVisible()
  expect(keychainEntries(service)).toHaveLength(2)
  await page.getByRole('button', { name: '退出登录' }).click()
  // Back to another open account, still signed in.
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
  await openMenu(page)
  await expect(accountMenu(page).getByText(people.third.name)).toHaveCount(0)
  await expect(accountMenu(page).getByText('已登录')).toHaveCount(2)
})

test('with the platform stopped, remembered accounts open offline; a known one opens with its password; all come back online', async ({ page }) => {
  await host.stop()
  await platform.stop()
  const started = Date.now()
  host = await startHost(platform.url, clientDir(), join(work, 'host.log'), hostArgs)
  const listening = Date.now()
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
  await expect(offlineNotice(page)).toContainText('离线')
  const usable = Date.now()
  console.log(
    `Offline start: host process start to a usable window ${usable - started} ms ` +
      `(process start to listening ${listening - started} ms, page load to usable offline window ${usable - listening} ms)`
  )
  // The window must not wait for network timeouts: an unreachable platform is offline at once.
  expect(usable - listening).toBeLessThan(5_000)
  await shoot(page, 'offline-home')

  // Known here, not remembered: the password opens it against the local verifier; a wrong one does not.
  await addAccount(page)
  await signIn(page, people.third, { password: 'Not-The-Password-1' })
  await expect(page.getByRole('alert')).toContainText('密码与此账号上次在本机使用的密码不一致')
  await signIn(page, people.third)
  await expect(welcome(page, people.third)).toBeVisible()
  await expect(offlineNotice(page)).toContainText('离线')
  await openMenu(page)
  await expect(accountMenu(page).getByText('离线')).toHaveCount(3)
  await page.keyboard.press('Escape')

  // The platform comes back at the same address: no reload, no new sign-in.
  platform = await startPlatform(join(work, 'platform'), join(work, 'platform.log'), outbox, platformPort)
  await expect(page.getByText(/已重新连上平台/).first()).toBeVisible({ timeout: 30_000 })
  await expect(offlineNotice(page)).toHaveCount(0, { timeout: 30_000 })
  await openMenu(page)
  await expect(accountMenu(page).getByText('已登录')).toHaveCount(3, { timeout: 30_000 })
})

test('removing an account from this computer says what is lost, then deletes its file and keychain entry', async ({ page }) => {
  await page.goto(host.url)
  const ids = knownIds()
  const liId = ids[people.client.login]!
  const liFile = accountFile(liId)!
  await openMenu(page)
  await page.getByRole('menuitem', { name: new RegExp(people.client.name) }).click()
  await expect(welcome(page, people.client)).toBeVisible()
  await page.getByRole('button', { name: '账号中心' }).click()
  await page.getByRole('button', { name: '从本机移除此账号' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('钥匙串')
  await expect(dialog).toContainText('未提交的草稿')
  await shoot(page, 'remove-confirm', async () => {
    if (!(await dialog.isVisible())) await page.getByRole('button', { name: /从本机移除此账号|Remove this account/ }).click()
  })
  await page.getByRole('button', { name: '从本机移除此账号' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '移除' }).click()
  // The switcher is what stays to see: the account is gone from it (the toast is passing).
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await openMenu(page)
  await expect(accountMenu(page).getByText(people.client.name)).toHaveCount(0)
  expect(existsSync(liFile)).toBe(false)
  expect(keychainEntries(service).map((e) => e.account)).not.toContain(liId)
  expect(knownIds()[people.client.login]).toBeUndefined()
})

test('a session ended on the platform sends that account to its sign-in page with the reason, the others stay', async ({ page }) => {
  await runAdmin(['reset-password', '--data', join(work, 'platform'), '--login', people.firm.login])
  await restartHost()
  await page.goto(host.url)
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { name: '会话已结束，请重新登录' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('登录已过期')
  await expect(page.getByLabel('账号', { exact: true })).toHaveValue(people.firm.login)
  // A sign-out, which keeps the account's data here: not worded as the account centre's removal.
  await expect(page.getByRole('button', { name: '退出此账号' })).toBeVisible()
  await shoot(page, 'session-ended')
  await page.keyboard.press('Control+2')
  await expect(welcome(page, people.third)).toBeVisible()
})

test('the account centre changes the mobile with the password and a code to the new number, then signs out everywhere', async ({ page }) => {
  const newPhone = '13912345678'
  await page.goto(host.url)
  await expect(welcome(page, people.third)).toBeVisible()
  await openMenu(page)
  await page.getByRole('menuitem', { name: '账号中心' }).click()
  await page.getByLabel('新手机号').fill(newPhone)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await expect(page.getByText(/验证码已发送至/)).toBeVisible()
  await page.getByLabel('验证码').fill(await latestCode(platform.url, newPhone))
  await page.getByLabel('当前密码').fill(people.third.password)
  await page.getByRole('button', { name: '确认更换' }).click()
  await expect(page.getByText('联系方式已更换')).toBeVisible()
  await expect(page.getByText('139****5678')).toBeVisible()

  const thirdId = knownIds()[people.third.login]!
  await page.getByRole('button', { name: '在所有设备上退出' }).click()
  await page.getByRole('tooltip').getByRole('button', { name: '在所有设备上退出' }).click()
  await expect(page.getByText('已在所有设备上退出')).toBeVisible()
  expect(keychainEntries(service).map((e) => e.account)).not.toContain(thirdId)
  await openMenu(page)
  await expect(accountMenu(page).getByText(people.third.name)).toHaveCount(0)
})

test('with no Secret Service, sign-in still works, is not remembered, and the user is told why', async ({ page }) => {
  const noKeychain = join(work, 'client-no-keychain')
  const entriesBefore = keychainEntries(service).length
  await host.stop()
  host = await startHost(platform.url, noKeychain, join(work, 'host.log'), hostArgs, {
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus'
  })
  await page.goto(host.url)
  await signIn(page, people.client)
  await expect(welcome(page, people.client)).toBeVisible()
  await expect(page.getByText('本次登录不会被记住')).toBeVisible()
  await expect(page.getByText(/Secret Service/)).toBeVisible()
  await shoot(page, 'no-keychain')
  expect(keychainEntries(service)).toHaveLength(entriesBefore)

  await host.stop()
  host = await startHost(platform.url, noKeychain, join(work, 'host.log'), hostArgs, {
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus'
  })
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
})

test('no password, token or verifier is found in the renderer’s storage, the logs, or any file but the verifier’s own', async () => {
  await host.stop()
  const passwords = Object.values(people).map((p) => p.password)
  const dirs = [clientDir(), join(work, 'client-no-keychain')]
  expect(offlineVerifiers(dirs).length).toBeGreaterThanOrEqual(2)
  const hits = findSecrets([...dirs, host.logFile, platform.logFile], [...passwords, ...seenRefreshTokens])
  expect(hits).toEqual([])
  for (const storage of storages) {
    for (const secret of [...passwords, ...seenRefreshTokens]) expect(storage).not.toContain(secret)
    expect(storage).not.toMatch(/\$argon2id\$|eyJ[\w-]{8,}\.eyJ/)
  }
})
