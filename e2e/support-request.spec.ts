import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { leaveInChinese } from './support/language'

const loginName = `sr${Date.now().toString(36)}`
const password = 'Help-Desk-2026x'
let platform: Started
let host: Started

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  const work = tempDir('support')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'))
  await runAdmin(['create-account', '--data', data, '--login', loginName, '--password', password, '--name', '冯十一'])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

const shot = (page: Page, name: string) => page.screenshot({ path: join(__dirname, 'screenshots', `${name}.png`), fullPage: true })
const rows = (page: Page) => page.getByRole('region', { name: '本机提交的申请' }).locator('tbody tr.ant-table-row')

async function fillRecover(page: Page) {
  await page.getByLabel('姓名').fill('卫十二')
  await page.getByLabel('证件号码').fill('11010519491231002X')
  await page.getByLabel('回复联系方式').fill('wei12@example.com')
  await page.getByLabel(/您记得的账号信息/).fill('2019 年注册,当时的手机号已停用')
}

test.afterEach(({ page }) => leaveInChinese(page))

test('a request from the sign-in page is sent once, a repeat is answered kindly, and it is listed with its date', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('link', { name: '无法登录？提交人工申请' }).click()
  await expect(page.getByRole('heading', { name: '人工申请' })).toBeVisible()
  await expect(page.getByRole('radio', { name: '变更历史账号的绑定信息' })).toBeFocused()
  await expect(page.getByText('尚未从本机提交过申请')).toBeVisible()

  await page.getByText('找回历史账号', { exact: true }).click()
  await expect(page.getByText('平台审核后会回复到您留下的联系方式。')).toBeVisible()
  await page.getByRole('button', { name: '提交申请' }).click()
  // Every missing field at once, in words.
  await expect(page.getByText('必填', { exact: true })).toHaveCount(4)
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByText('Required', { exact: true })).toHaveCount(4)
  await page.getByText('中文', { exact: true }).click()
  await expect(page.getByText('必填', { exact: true })).toHaveCount(4)
  await page.getByLabel('回复联系方式').fill('not a contact')
  await expect(page.getByText('请填写中国大陆手机号或电子邮箱')).toBeVisible()
  await fillRecover(page)
  await shot(page, 'support.zh-CN')
  await page.getByRole('button', { name: '提交申请' }).click()

  await expect(page.getByRole('status')).toContainText('申请已提交，编号')
  // What happens next is said once, in the answer, not again in the note under the kinds.
  await expect(page.getByText('平台审核后会回复到您留下的联系方式。')).toHaveCount(1)
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('找回历史账号')
  await expect(rows(page).first()).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/)

  // The same request again: the platform already has it, and the user is told what happens next.
  await fillRecover(page)
  await page.getByRole('button', { name: '提交申请' }).click()
  await expect(page.getByRole('status')).toContainText('这个申请平台已经收到了')
  await expect(page.getByRole('status')).toContainText('无需再次提交')
  // Chinese sentences follow each other without a space.
  await expect(page.getByRole('status')).toContainText('垃圾信息。平台审核后会回复到您留下的联系方式。')
  await expect(page.getByText('平台审核后会回复到您留下的联系方式。')).toHaveCount(1)
  await expect(rows(page)).toHaveCount(1)
  await shot(page, 'support-duplicate.zh-CN')

  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('status')).toContainText('The platform already has this request')
  await expect(page.getByRole('status')).toContainText('treated as spam. The platform replies')
  const englishRows = page.getByRole('region', { name: 'Requests sent from this computer' }).locator('tbody tr.ant-table-row')
  await expect(englishRows.first()).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/)
  await expect(englishRows.first()).toContainText('Recover an old account')
  await shot(page, 'support-duplicate.en-US')
})

test('“submit a manual request” on the forgot-password page opens the form with its kind chosen', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('link', { name: '忘记密码？' }).click()
  await page.getByRole('link', { name: '提交人工申请' }).click()
  await expect(page.getByRole('heading', { name: '人工申请' })).toBeVisible()
  await expect(page.getByRole('radio', { name: '变更历史账号的绑定信息' })).toBeChecked()
  await expect(page.getByLabel('新手机号')).toBeVisible()

  // Where the form is reached from, in both languages.
  await page.goto(host.url)
  await expect(page.getByRole('link', { name: '无法登录？提交人工申请' })).toBeVisible()
  await shot(page, 'sign-in.zh-CN')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('link', { name: 'Cannot sign in? Submit a manual request' })).toBeVisible()
  await shot(page, 'sign-in.en-US')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page.getByRole('link', { name: 'Submit a manual request' })).toBeVisible()
  await shot(page, 'forgot-password.en-US')
})

test('a signed-in user reaches the form from the menu, with the account filled in, and sees the earlier request', async ({ page }) => {
  await page.goto(host.url)
  await page.getByLabel('账号').fill(loginName)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '冯十一，您好' })).toBeVisible()
  await page.getByRole('button', { name: /冯十一/ }).click()
  await page.getByRole('menuitem', { name: '人工申请' }).click()
  await expect(page.getByRole('heading', { name: '人工申请' })).toBeVisible()
  await expect(rows(page)).toHaveCount(1)

  await page.getByText('其他问题', { exact: true }).click()
  await expect(page.getByRole('textbox', { name: /^账号/ })).toHaveValue(loginName)
  await page.getByLabel('回复联系方式').fill('13700003333')
  await page.getByLabel('您的问题').fill('发明专利的费减备案在哪里办理?')
  await page.getByRole('button', { name: '提交申请' }).click()
  await expect(page.getByRole('status')).toContainText('申请已提交')
  await expect(rows(page)).toHaveCount(2)
  await expect(rows(page).first()).toContainText('其他问题')
  await page.getByText('English', { exact: true }).click()
  await page.getByText('Change the contacts of an old account').click()
  await shot(page, 'support.en-US')
  await page.getByRole('link', { name: 'Back to the workspace' }).click()
  await expect(page.getByRole('heading', { name: 'Hello, 冯十一' })).toBeVisible()
})
