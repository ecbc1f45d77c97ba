import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { phone, residentId, uscc } from '../test/identity-data'
import { findSecrets } from './support/leaks'
import { latestCode } from './support/outbox'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { leaveInChinese } from './support/language'
import { shootBothLanguages } from './support/screenshots'
import { selectOption } from './support/select-option'

const password = 'Quiet-Harbour-27'
const phoneInUse = phone()
/** The resident ID the first registration uses; registering it again must lead elsewhere. */
const registeredId = residentId()
let work: string
let platform: Started
let host: Started

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  work = tempDir('register')
  const data = join(work, 'platform')
  platform = await startPlatform(data, join(work, 'platform.log'), { PLATFORM_DEV_OUTBOX: '1' })
  await runAdmin(['create-account', '--data', data, '--login', `ph${Date.now().toString(36)}`, '--password', 'Other-Holder-2026', '--phone', phoneInUse])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

const shot = (page: Page, name: string) => page.screenshot({ path: join(__dirname, 'screenshots', `${name}.png`), fullPage: true })

async function openRegistration(page: Page) {
  await page.goto(host.url)
  // The previous test's new account is still signed in on this computer.
  const signOut = page.getByRole('button', { name: '退出登录' })
  await expect(page.getByRole('heading', { name: '登录' }).or(signOut)).toBeVisible()
  if (await signOut.isVisible()) await signOut.click()
  await page.getByRole('link', { name: '注册新账号' }).click()
  await expect(page.getByRole('heading', { name: '注册账号' })).toBeVisible()
}

/** Phone (with its code from the outbox), email and password: the part every account type shares. */
async function fillContactsAndPassword(page: Page, to: string, phoneLabel = '手机号', emailLabel = '电子邮箱') {
  await page.getByLabel(phoneLabel, { exact: true }).fill(to)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await expect(page.getByText(`验证码已发送至 ${to.slice(0, 3)}****${to.slice(-4)}。`)).toBeVisible()
  await expect(page.getByRole('button', { name: /秒后可重新发送/ })).toBeDisabled()
  await page.getByLabel('验证码', { exact: true }).fill(await latestCode(platform.url, to))
  await page.getByLabel(emailLabel, { exact: true }).fill(`${to}@example.com`)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByLabel('确认密码').fill(password)
}

test.afterEach(({ page }) => leaveInChinese(page))

test('a person registers with a resident ID checked as typed, sees the rules before typing, and is signed in', async ({ page }) => {
  await openRegistration(page)
  await expect(page.getByRole('radio', { name: '自然人' })).toBeFocused()
  await shootBothLanguages(page, 'register')
  // The rules are on screen before a password is typed.
  await expect(page.getByText('密码须满足：', { exact: true })).toBeVisible()
  await expect(page.getByText('8–20 个字符')).toBeVisible()
  // A new account has no past passwords to differ from.
  await expect(page.getByText(/最近 \d+ 次使用过的密码/)).toHaveCount(0)

  await page.getByLabel('姓名').fill('周八')
  // Checked as typed: a wrong check character is named before anything is sent.
  const wrongCheck = registeredId.slice(0, 17) + (registeredId[17] === '0' ? '1' : '0')
  await page.getByLabel('证件号码').fill(wrongCheck)
  await expect(page.getByText('校验位不正确，请核对号码是否有误')).toBeVisible()
  await page.getByLabel('证件号码').fill(registeredId)
  await expect(page.getByText('校验位不正确，请核对号码是否有误')).toHaveCount(0)

  const to = phone()
  await page.getByLabel('手机号', { exact: true }).fill(to)
  // The phone number is context the password must not contain, ticked as typed.
  await page.getByLabel('密码', { exact: true }).fill(`Aa-${to}`)
  await expect(page.locator('[data-met]', { hasText: '不包含用户名、手机号或证件号码' })).toHaveAttribute('data-met', 'false')
  await fillContactsAndPassword(page, to)
  await expect(page.locator('[data-met="true"]')).toHaveCount(4)
  await page.getByRole('button', { name: '注册' }).click()

  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible()
  await expect(page.getByRole('group', { name: '用户名' })).toContainText(/pd\d{10}/)
  await expect(page.getByRole('group', { name: '注册码' })).toHaveCount(0)
  await shootBothLanguages(page, 'register-done-person')
  await page.getByRole('button', { name: '进入工作台' }).click()
  await expect(page.getByRole('heading', { name: '周八，您好' })).toBeVisible()
})

test('a person with none of the documents gets a registration code to keep, with a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin })
  await openRegistration(page)
  await page.getByLabel('姓名').fill('吴九')
  await selectOption(page, '证件类型', '以上都没有')
  await expect(page.getByText('注册后系统将分配注册码')).toBeVisible()
  await expect(page.getByLabel('证件号码')).toHaveCount(0)
  await fillContactsAndPassword(page, phone())
  await page.keyboard.press('Enter')

  const code = page.getByRole('group', { name: '注册码' })
  await expect(code).toContainText(/R\d{11}/)
  await expect(code).toContainText('请记下并妥善保存此注册码')
  const assigned = /R\d{11}/.exec((await code.textContent()) ?? '')![0]
  await code.getByRole('button', { name: '复制注册码' }).click()
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(assigned)
  await shot(page, 'register-done-none.zh-CN')

  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('group', { name: 'Registration code' })).toContainText('Keep this code')
  await shot(page, 'register-done-none.en-US')
  await page.getByRole('button', { name: 'Go to the workspace' }).click()
  await expect(page.getByRole('heading', { name: 'Hello, 吴九' })).toBeVisible()
})

test('an entity without a USCC gets a user code, with the legal representative’s contacts', async ({ page }) => {
  await openRegistration(page)
  await page.getByText('法人', { exact: true }).click()
  await page.getByLabel('单位名称').fill('无码科技有限公司')
  await page.getByText(/无统一社会信用代码/).click()
  await expect(page.getByText('注册后系统将分配用户代码')).toBeVisible()
  await fillContactsAndPassword(page, phone(), '法定代表人手机号', '法定代表人电子邮箱')
  await page.getByRole('button', { name: '注册' }).click()

  const code = page.getByRole('group', { name: '用户代码' })
  await expect(code).toContainText(/U\d{17}/)
  await expect(code).toContainText('作为贵单位的证件号码使用')
  await expect(code.getByRole('button', { name: '复制用户代码' })).toBeVisible()
  await shootBothLanguages(page, 'register-done-entity')
})

test('an agency registers with its 5-digit agency code and USCC, both checked as typed', async ({ page }) => {
  await openRegistration(page)
  await page.getByText('代理机构', { exact: true }).click()
  await page.getByLabel('代理机构名称').fill('北京某某专利代理事务所')
  const agencyCode = page.getByLabel('代理机构代码（5 位数字）')
  await agencyCode.fill('1100')
  await expect(page.getByText('格式不正确')).toBeVisible()
  await agencyCode.fill('99001')
  await expect(page.getByText('前两位不是省级行政区代码')).toBeVisible()
  await agencyCode.fill(`11${String(Date.now() % 1000).padStart(3, '0')}`)
  await expect(page.getByText('前两位不是省级行政区代码')).toHaveCount(0)
  const code = uscc()
  await page.getByLabel('统一社会信用代码').fill(code.slice(0, 17) + (code[17] === '0' ? '1' : '0'))
  await expect(page.getByText('校验位不正确，请核对号码是否有误')).toBeVisible()
  await page.getByLabel('统一社会信用代码').fill(code.toLowerCase())
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(code)
  await fillContactsAndPassword(page, phone(), '代理机构手机号', '代理机构电子邮箱')
  await shot(page, 'register-agency.zh-CN')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible()
  await shot(page, 'register-agency.en-US')
  await page.getByRole('button', { name: 'Create account' }).click()

  await expect(page.getByRole('heading', { name: 'Account created' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Login name' })).toContainText(/pd\d{10}/)
  await shootBothLanguages(page, 'register-done-agency')
  await page.getByRole('button', { name: '进入工作台' }).click()
  await expect(page.getByRole('heading', { name: '北京某某专利代理事务所，您好' })).toBeVisible()
})

test('an ID number already registered leads to sign-in, data completion or password reset', async ({ page }) => {
  await openRegistration(page)
  await page.getByLabel('姓名').fill('周八')
  await page.getByLabel('证件号码').fill(registeredId)
  await fillContactsAndPassword(page, phone())
  await page.getByRole('button', { name: '注册' }).click()

  const guidance = page.getByRole('alert')
  await expect(guidance).toContainText('该证件号码已经注册')
  await expect(guidance).toContainText('请用原账号和密码登录，按提示完善身份信息')
  await expect(guidance.getByRole('button', { name: '去登录' })).toBeVisible()
  await expect(guidance.getByRole('button', { name: '提交人工申请' })).toBeVisible()
  await expect(page.getByText('已经注册', { exact: true })).toBeVisible()
  await shot(page, 'register-already.zh-CN')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('This ID number is already registered')
  // The field's error follows the language too.
  await expect(page.getByText('Already registered', { exact: true })).toBeVisible()
  await shot(page, 'register-already.en-US')
  await page.getByText('中文', { exact: true }).click()
  await guidance.getByRole('button', { name: '找回密码' }).click()
  await expect(page.getByRole('heading', { name: '找回密码' })).toBeVisible()
})

test('a mobile number already in use asks for another number, then registration goes through', async ({ page }) => {
  await openRegistration(page)
  await page.getByLabel('姓名').fill('郑十')
  await page.getByLabel('证件号码').fill(residentId())
  await fillContactsAndPassword(page, phoneInUse)
  await page.getByRole('button', { name: '注册' }).click()

  const phoneField = page.getByLabel('手机号', { exact: true })
  await expect(page.getByText('该手机号已被其他账号使用，请更换号码。').first()).toBeVisible()
  await expect(phoneField).toBeFocused()
  await expect(page.getByLabel('验证码', { exact: true })).toHaveValue('')

  const other = phone()
  await phoneField.fill(other)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByLabel('验证码', { exact: true }).fill(await latestCode(platform.url, other))
  await page.getByRole('button', { name: '注册' }).click()
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible()
})

test('no new password or token is written to the client data, or any log', () => {
  expect(findSecrets([join(work, 'client'), host.logFile, platform.logFile], [password])).toEqual([])
})
