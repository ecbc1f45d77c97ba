import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { uscc } from '../test/identity-data'
import { latestCode } from './support/outbox'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { shootBothLanguages } from './support/screenshots'
import { signIn } from './support/sign-in'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const password = 'Help-Me-In-2026'
const forgetful = `fg${stamp}`
const forgetfulPhone = '13566660188'
const other = `ot${stamp}`
const unlucky = `lk${stamp}`
const agencyUscc = uscc()
let platform: Started
let host: Started

test.beforeAll(async () => {
  const work = tempDir('help')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'), { PLATFORM_DEV_OUTBOX: '1' })
  await runAdmin(['create-account', '--data', data, '--login', forgetful, '--password', password, '--name', '郑九', '--phone', forgetfulPhone])
  await runAdmin(['create-account', '--data', data, '--login', other, '--password', password, '--name', '冯十'])
  await runAdmin(['create-account', '--data', data, '--login', unlucky, '--password', password, '--name', '陈十一'])
  // An agency registers the way the platform's API has it: a code to its phone, then its agency code and USCC.
  const agencyPhone = '13566660199'
  const post = (path: string, body: unknown) =>
    fetch(`${platform.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  await post('/api/v1/verification-codes', { purpose: 'register', channel: 'sms', to: agencyPhone })
  const registered = await post('/api/v1/accounts', {
    type: 'agency', password, phone: agencyPhone, email: 'desk@agency.example', code: await latestCode(platform.url, agencyPhone),
    profile: { name: '卫知识产权代理所', agencyCode: '11058', uscc: agencyUscc }
  })
  expect(registered.status).toBe(201)
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

test('errors already on screen change language with the page', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByText('请输入账号')).toBeVisible()
  await expect(page.getByText('请输入密码')).toBeVisible()
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByText('Enter your Account')).toBeVisible()
  await expect(page.getByText('Enter your Password')).toBeVisible()
  await expect(page.getByText('请输入账号')).toHaveCount(0)
})

test('"remember me" and "forgot password" each keep to one line, side by side, in both languages', async ({ page }) => {
  await page.goto(host.url)
  for (const [language, remember, forgot] of [['English', 'Remember me', 'Forgot password?'], ['中文', '记住登录', '忘记密码？']]) {
    await page.getByText(language!, { exact: true }).click()
    const box = (await page.getByText(remember!, { exact: true }).boundingBox())!
    const link = (await page.getByRole('link', { name: forgot }).boundingBox())!
    const lineHeight = await page.getByRole('link', { name: forgot }).evaluate((e) => parseFloat(e.ownerDocument.defaultView!.getComputedStyle(e).lineHeight))
    expect(box.height).toBeLessThan(lineHeight * 1.5)
    expect(link.height).toBeLessThan(lineHeight * 1.5)
    expect(Math.abs(box.y - link.y)).toBeLessThan(lineHeight / 2)
  }
  await shootBothLanguages(page, 'sign-in')
})

test('a wrong password warns of the lockout and shows the way out; a lock says the minutes left', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, unlucky, 'Not-The-Password-1')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('账号或密码错误')
  await expect(alert).toContainText('连续 5 次密码错误，账号将被锁定 15 分钟')
  await expect(alert.getByRole('link', { name: /忘记密码/ })).toBeVisible()
  await shootBothLanguages(page, 'sign-in-wrong-password')
  const passwordField = page.getByLabel('密码', { exact: true })
  for (let i = 0; i < 3; i++) {
    await passwordField.fill('Not-The-Password-1')
    await passwordField.press('Enter')
    await expect(passwordField).toHaveValue('')
  }
  await passwordField.fill('Not-The-Password-1')
  await passwordField.press('Enter')
  await expect(alert).toContainText('请 15 分钟后再试')
  await expect(alert.getByRole('link', { name: /忘记密码/ })).toBeVisible()
})

test('an agency signs in with its USCC, or its agency code', async ({ page }) => {
  await page.goto(host.url)
  for (const account of [agencyUscc, '11058']) {
    await signIn(page, account, password)
    await expect(page.getByRole('heading', { name: '卫知识产权代理所，您好' })).toBeVisible()
    await expect(page.getByText('代理机构', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: '退出登录' }).click()
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
  }
})

test('after a reset the sign-in page offers the account just reset, not the last one used', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, other, password)
  await expect(page.getByRole('heading', { name: '冯十，您好' })).toBeVisible()
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByLabel('账号')).toHaveValue(other)

  await page.getByRole('link', { name: '忘记密码？' }).click()
  // The way out when the phone is gone leads to the support form, the kind chosen.
  await expect(page.getByRole('link', { name: '提交人工申请' })).toHaveAttribute('href', '#/support?kind=rebind')
  await page.getByLabel('账号').fill(forgetful)
  // Enter sends the code.
  await page.getByLabel('账号').press('Enter')
  await expect(page.getByText('验证码已发送至 135****0188')).toBeVisible()
  await shootBothLanguages(page, 'forgot-password')
  await page.getByLabel('验证码').fill(await latestCode(platform.url, forgetfulPhone))
  await page.getByLabel('新密码', { exact: true }).fill('Brand-New-Key-26')
  await page.getByLabel('确认新密码').fill('Brand-New-Key-26')
  await page.getByLabel('确认新密码').press('Enter')

  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
  await expect(page.getByLabel('账号')).toHaveValue(forgetful)
  await expect(page.getByText(`已为 ${forgetful} 设置新密码`)).toBeVisible()
  await expect(page.getByLabel('密码', { exact: true })).toBeFocused()
  await page.getByLabel('密码', { exact: true }).fill('Brand-New-Key-26')
  await page.getByLabel('密码', { exact: true }).press('Enter')
  await expect(page.getByRole('heading', { name: '郑九，您好' })).toBeVisible()
})
