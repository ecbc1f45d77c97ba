import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { signIn as signInAs } from './support/sign-in'

test.describe.configure({ mode: 'serial' })

const loginName = `fc${Date.now().toString(36)}`
const newPassword = 'Own-Choice-2026'
let work: string
let platform: Started
let host: Started
let temporary: string

test.beforeAll(async () => {
  work = tempDir('forced')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'))
  await runAdmin(['create-account', '--data', data, '--login', loginName, '--password', 'First-Pass-2026', '--name', '王五'])
  temporary = /: (\S+)\n/.exec(await runAdmin(['reset-password', '--data', data, '--login', loginName]))![1]!
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

const signIn = (page: Page, password: string) => signInAs(page, loginName, password)

test('a temporary password leads to one password change, shown rules first, and it is never asked again', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, temporary)
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible()
  await expect(page.getByText('临时密码')).toBeVisible()
  // The rules are on screen before anything is typed.
  await expect(page.getByText('8–20 个字符')).toBeVisible()
  await expect(page.getByText('不是常见密码')).toBeVisible()

  await page.getByLabel('当前密码').fill(temporary)
  await page.getByLabel('新密码', { exact: true }).fill('password')
  await page.getByLabel('确认新密码').fill('password')
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByText('新密码不符合上面的规则')).toBeVisible()

  await page.getByLabel('新密码', { exact: true }).fill(newPassword)
  await page.getByLabel('确认新密码').fill(newPassword)
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByRole('heading', { name: '王五，您好' })).toBeVisible()

  await page.getByRole('button', { name: '退出登录' }).click()
  await signIn(page, newPassword)
  await expect(page.getByRole('heading', { name: '王五，您好' })).toBeVisible()

  await host.stop()
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: '王五，您好' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '修改密码' })).toHaveCount(0)
})
