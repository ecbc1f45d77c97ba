import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { latestCode } from './support/outbox'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { shootBothLanguages } from './support/screenshots'
import { selectOption } from './support/select-option'

test.describe.configure({ mode: 'serial' })
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const stamp = Date.now().toString(36)
const password = 'Strong-Old-9x'
const accounts = { person: `lp${stamp}`, none: `ln${stamp}`, entity: `le${stamp}`, agency: `la${stamp}` }
let platform: Started
let host: Started

test.beforeAll(async () => {
  const work = tempDir('completion-help')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'), { PLATFORM_DEV_OUTBOX: '1' })
  const csv = join(work, 'legacy.csv')
  writeFileSync(
    csv,
    [
      'login_name,type,display_name,password,password_hash,phone,email',
      `${accounts.person},person,褚十二,${password},,13600001111,chu@example.com`,
      `${accounts.none},person,卫十三,${password},,,`,
      `${accounts.entity},entity,蒋氏研究所,${password},,,`,
      `${accounts.agency},agency,沈氏代理所,${password},,,`
    ].join('\n')
  )
  await runAdmin(['import-legacy', '--data', data, '--csv', csv])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

async function openCompletion(page: Page, account: string) {
  await page.goto(host.url)
  await page.getByLabel('账号').fill(account)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('button', { name: '完善信息' }).click()
  await expect(page.getByRole('heading', { name: '完善身份信息' })).toBeVisible()
}

test('every error shows at once, in the language of the moment; the page has a way back and out', async ({ page }) => {
  await openCompletion(page, accounts.person)
  await expect(page.getByLabel('姓名')).toBeFocused()
  // Only the masked contacts are known: the page says what is on file instead of filling in a masked value.
  await expect(page.getByText('账号当前登记的是 136****1111')).toBeVisible()
  await expect(page.getByText('账号当前登记的是 c***@example.com')).toBeVisible()
  await expect(page.getByLabel('手机号')).toHaveValue('')

  await page.getByLabel('姓名').fill('')
  await page.getByLabel('证件号码').fill('110105194912310021')
  await page.getByLabel('手机号').fill('123')
  await page.getByLabel('电子邮箱').fill('x')
  await page.getByRole('button', { name: '提交并核验' }).click()
  // Required and format errors together, in one round.
  await expect(page.getByText('必填', { exact: true })).toHaveCount(2)
  await expect(page.getByText('校验位不正确')).toBeVisible()
  await expect(page.getByText('不是有效的中国大陆手机号')).toBeVisible()
  await expect(page.getByText('不是有效的电子邮箱')).toBeVisible()

  await page.getByText('English', { exact: true }).click()
  await expect(page.getByText('Required', { exact: true })).toHaveCount(2)
  await expect(page.getByText('The check character does not match')).toBeVisible()
  await expect(page.getByText('Not a mainland mobile number')).toBeVisible()
  await expect(page.getByText('Not an email address')).toBeVisible()
  await expect(page.getByText('校验位不正确')).toHaveCount(0)
  await shootBothLanguages(page, 'complete-profile-errors')

  // A code and its countdown belong to the number they were sent to.
  await page.getByLabel('手机号').fill('13600002222')
  await page.getByRole('button', { name: '获取验证码' }).click()
  await expect(page.getByText('验证码已发送至 136****2222。')).toBeVisible()
  await expect(page.getByRole('button', { name: /秒后可重新发送/ })).toBeDisabled()
  await page.getByLabel('手机号').fill('13600003333')
  await expect(page.getByText('验证码已发送至 136****2222。')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '获取验证码' })).toBeEnabled()

  await page.getByRole('button', { name: '返回' }).click()
  await expect(page.getByRole('heading', { name: '褚十二，您好' })).toBeVisible()
  await page.getByRole('button', { name: '完善信息' }).click()
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
})

test('"none of the above" gets the registration code shown, copyable, with the mailing instructions', async ({ page }) => {
  await openCompletion(page, accounts.none)
  await selectOption(page, '证件类型', '以上都没有')
  await expect(page.getByText('提交时系统将分配注册码')).toBeVisible()
  await page.getByLabel('手机号').fill('13600004444')
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByLabel('验证码').fill(await latestCode(platform.url, '13600004444'))
  await page.getByLabel('电子邮箱').fill('wei@example.com')
  await page.getByLabel('电子邮箱').press('Enter')

  await expect(page.getByText('您的注册码')).toBeVisible()
  // Proof of identity is still owed: the screen says what is left, not that all is done.
  await expect(page.getByText('已登记，请寄送身份证明材料')).toBeVisible()
  await expect(page.getByText('身份信息已完善')).toHaveCount(0)
  const code = (await page.getByTestId('assigned-code').textContent()) ?? ''
  expect(code).toMatch(/^R\d{11}$/)
  await expect(page.getByText('请妥善保存此代码。')).toBeVisible()
  await expect(page.getByText('请将身份证明材料的复印件邮寄至平台，并在材料和信封上注明此注册码')).toBeVisible()
  await page.getByRole('button', { name: '复制' }).click()
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(code)
  await shootBothLanguages(page, 'complete-profile-registration-code')
  await page.getByRole('button', { name: '进入工作台' }).click()
  await expect(page.getByRole('heading', { name: '卫十三，您好' })).toBeVisible()
  await expect(page.getByText('请完善身份信息')).toHaveCount(0)
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
})

test('an entity is asked for its legal representative’s contacts, an agency is told its code has 5 digits', async ({ page }) => {
  await openCompletion(page, accounts.entity)
  await expect(page.getByLabel('法定代表人手机号')).toBeVisible()
  await expect(page.getByLabel('法定代表人电子邮箱')).toBeVisible()
  await shootBothLanguages(page, 'complete-profile-entity')
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()

  await openCompletion(page, accounts.agency)
  await expect(page.getByText('5 位数字，前两位为省份代码')).toBeVisible()
  await expect(page.getByLabel('代理机构联系手机号')).toBeVisible()
  await page.getByLabel('代理机构代码').fill('99001')
  await page.getByRole('button', { name: '提交并核验' }).click()
  await expect(page.getByText('地区代码无效')).toBeVisible()
  await shootBothLanguages(page, 'complete-profile-agency')
})
