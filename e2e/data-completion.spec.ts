import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { residentId } from '../test/identity-data'
import { latestCode } from './support/outbox'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'

const loginName = `lg${Date.now().toString(36)}`
const password = 'Strong-Old-9x'
const phone = '13698765432'
let platform: Started
let host: Started

test.beforeAll(async () => {
  const work = tempDir('completion')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'), { PLATFORM_DEV_OUTBOX: '1' })
  const csv = join(work, 'legacy.csv')
  writeFileSync(csv, `login_name,type,display_name,password,password_hash,phone,email\n${loginName},person,钱七,${password},,,\n`)
  await runAdmin(['import-legacy', '--data', data, '--csv', csv])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})


test('a legacy account is told why business is closed, completes its data once, and the notice is gone', async ({ page }) => {
  await page.goto(host.url)
  await page.getByLabel('账号').fill(loginName)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByText('请完善身份信息')).toBeVisible()
  await expect(page.getByText('不能提交文件、接收通知或缴费').first()).toBeVisible()
  await page.getByRole('button', { name: '完善信息' }).click()

  await expect(page.getByRole('heading', { name: '完善身份信息' })).toBeVisible()
  await expect(page.getByLabel('姓名')).toHaveValue('钱七')
  await page.getByLabel('证件号码').fill('110105194912310021')
  await page.getByLabel('手机号').fill(phone)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await expect(page.getByText('验证码已发送至 136****5432。')).toBeVisible()
  await page.getByLabel('验证码').fill(await latestCode(platform.url, phone))
  await page.getByLabel('电子邮箱').fill('qian@example.com')
  await page.getByRole('button', { name: '提交并核验' }).click()
  // Refused here, by the check character, before anything reaches the platform.
  await expect(page.getByText('校验位不正确')).toBeVisible()

  await page.getByLabel('证件号码').fill(residentId())
  await page.getByRole('button', { name: '提交并核验' }).click()
  await expect(page.getByRole('heading', { name: '钱七，您好' })).toBeVisible()
  await expect(page.getByText('身份信息已完善')).toBeVisible()
  await expect(page.getByText('请完善身份信息')).toHaveCount(0)
  await expect(page.getByText('136****5432')).toBeVisible()
})
