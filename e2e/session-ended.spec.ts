import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { keychainEntries } from './support/keychain'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { shootBothLanguages } from './support/screenshots'
import { signIn } from './support/sign-in'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const password = 'Kept-Apart-2026'
const phone = '13755550123'
let data: string
let platform: Started
let host: Started
let service: string

test.beforeAll(async () => {
  const work = tempDir('ended')
  data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'))
  for (const [login, name, tel] of [[`focus${stamp}`, '周一', phone], [`reload${stamp}`, '吴二', '']] as const) {
    await runAdmin(['create-account', '--data', data, '--login', login, '--password', password, '--name', name, ...(tel ? ['--phone', tel] : [])])
  }
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
  service = `PatentDesk ${new URL(platform.url).origin}`
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

const resetByAdmin = async (login: string) => /: (\S+)\n/.exec(await runAdmin(['reset-password', '--data', data, '--login', login]))![1]!

test('an admin reset is noticed when the window is focused again, and the sign-in page says why', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, `focus${stamp}`, password)
  await expect(page.getByRole('heading', { name: '周一，您好' })).toBeVisible()
  await shootBothLanguages(page, 'home')
  expect(keychainEntries(service)).toHaveLength(1)

  await resetByAdmin(`focus${stamp}`)
  // The user comes back to the window: the app asks the platform and learns the session is over.
  await expect(async () => {
    await page.evaluate("window.dispatchEvent(new Event('focus'))")
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 1000 })
  }).toPass()
  await expect(page.getByRole('alert')).toContainText('您的登录已被平台结束')
  expect(keychainEntries(service)).toEqual([])
})

test('a session ended on the platform is not shown as signed in after a reload', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, `reload${stamp}`, password)
  await expect(page.getByRole('heading', { name: '吴二，您好' })).toBeVisible()
  await resetByAdmin(`reload${stamp}`)
  await page.reload()
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('您的登录已被平台结束')
})

test('a new password holding the full phone number, which the app only sees masked, has exactly that rule marked red', async ({ page }) => {
  const temporary = await resetByAdmin(`focus${stamp}`)
  await page.goto(host.url)
  await signIn(page, `focus${stamp}`, temporary)
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible()
  await shootBothLanguages(page, 'change-password')

  const withPhone = `Xy-${phone}`
  await page.getByLabel('当前密码').fill(temporary)
  await page.getByLabel('新密码', { exact: true }).fill(withPhone)
  await page.getByLabel('确认新密码').fill(withPhone)
  const rules = page.locator('li[data-met]')
  // Here every rule the app can check is met...
  await expect(rules.filter({ hasText: '不包含用户名、手机号或证件号码' })).toHaveAttribute('data-met', 'true')
  await page.getByRole('button', { name: '确认修改' }).click()

  // ...but the platform knows the whole number, and the page shows which rule it broke.
  await expect(page.getByRole('alert').filter({ hasText: '平台拒绝了新密码' })).toBeVisible()
  await expect(rules.filter({ hasText: '不包含用户名、手机号或证件号码' })).toHaveAttribute('data-refused', 'true')
  await expect(rules.filter({ hasText: '平台发现其中包含您的用户名、完整手机号或证件号码' })).toBeVisible()
  await expect(page.locator('[data-refused="true"]')).toHaveCount(1)
  await shootBothLanguages(page, 'change-password-refused')

  // A changed password is judged afresh.
  await page.getByLabel('新密码', { exact: true }).fill('Fresh-Choice-2026')
  await expect(page.locator('[data-refused="true"]')).toHaveCount(0)
})
