import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { latestCode } from './support/outbox'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'

const loginName = `fp${Date.now().toString(36)}`
const phone = '13912345678'
let platform: Started
let host: Started

test.beforeAll(async () => {
  const work = tempDir('forgot')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'), { PLATFORM_DEV_OUTBOX: '1' })
  await runAdmin(['create-account', '--data', data, '--login', loginName, '--password', 'Qz8-Lost-Keys-7', '--name', '赵六', '--phone', phone])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})


test('a forgotten password is reset with a code sent to the bound phone, then used to sign in', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('link', { name: '忘记密码？' }).click()
  await expect(page.getByRole('heading', { name: '找回密码' })).toBeVisible()
  await page.getByLabel('账号').fill(loginName)
  // The page, not the platform's answer, knows whose contact it is: from the account type picked.
  await page.getByRole('radio', { name: '自然人' }).check()
  await page.getByRole('button', { name: '发送验证码' }).click()
  await expect(page.getByText('验证码已发送至 139****5678（本人）')).toBeVisible()
  await expect(page.getByRole('button', { name: /秒后可重新发送/ })).toBeDisabled()

  const code = await latestCode(platform.url, phone)
  await page.getByLabel('验证码').fill(code === '000000' ? '111111' : '000000')
  await page.getByLabel('新密码', { exact: true }).fill('Fresh-Start-2026')
  await page.getByLabel('确认新密码').fill('Fresh-Start-2026')
  await page.getByRole('button', { name: '重置密码' }).click()
  await expect(page.getByRole('alert')).toContainText('验证码错误')

  await page.getByLabel('验证码').fill(code)
  await page.getByRole('button', { name: '重置密码' }).click()
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
  await expect(page.getByText('密码已重置，请用新密码登录。')).toBeVisible()

  await page.getByLabel('账号').fill(loginName)
  await page.getByLabel('密码', { exact: true }).fill('Fresh-Start-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('heading', { name: '赵六，您好' })).toBeVisible()
})
