import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { root, runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { shootBothLanguages } from './support/screenshots'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const ada = { login: `ada${stamp}`, password: 'Ada-Pass-2026', name: '周八' }
const legacy = { login: `old${stamp}`, password: 'Old-Pass-2026', name: '吴九' }
const screenshots = join(root, 'e2e', 'screenshots')

let work: string
let platform: Started
let platformPort: number
let host: Started

const platformData = () => join(work, 'platform')

test.beforeAll(async () => {
  work = tempDir('workspace')
  mkdirSync(screenshots, { recursive: true })
  platform = await startPlatform(platformData(), join(work, 'platform.log'))
  platformPort = Number(new URL(platform.url).port)
  await runAdmin(['create-account', '--data', platformData(), '--login', ada.login, '--password', ada.password, '--name', ada.name, '--type', 'person'])
  const csv = join(work, 'legacy.csv')
  writeFileSync(csv, `login_name,type,display_name,password,password_hash,phone,email\n${legacy.login},person,${legacy.name},${legacy.password},,,\n`)
  await runAdmin(['import-legacy', '--data', platformData(), '--csv', csv])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'), ['--retry-max-ms', '1000'])
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

async function signIn(page: Page, who: { login: string; password: string }) {
  await page.goto(host.url)
  // A remembered sign-in comes back by itself.
  const form = page.getByLabel('账号', { exact: true })
  await expect(form.or(page.getByTestId('nav-notices'))).toBeVisible()
  if (!(await form.isVisible())) return
  await form.fill(who.login)
  await page.getByLabel('密码', { exact: true }).fill(who.password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page.getByTestId('nav-notices')).toBeVisible()
}

/**
 * The screen in Chinese and in English, back in Chinese afterwards. A passing message from the
 * step before (written in the language it appeared in) is let go first.
 */
async function shoot(page: Page, name: string) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  await shootBothLanguages(page, `workspace-${name}`)
}

/** A dialog in both languages: opened after each switch, since it covers the language switch. */
async function shootDialog(page: Page, name: string, open: () => Promise<void>) {
  for (const [label, language] of [['English', 'en-US'], ['中文', 'zh-CN']] as const) {
    await page.getByText(label, { exact: true }).click()
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' })
    await open()
    await page.evaluate('new Promise((done) => setTimeout(done, 400))')
    await page.screenshot({ path: join(screenshots, `workspace-${name}.${language}.png`), fullPage: true })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }
}

async function newDraft(page: Page, type = '发明') {
  await page.getByTestId('nav-notices').waitFor()
  await page.evaluate("location.hash = '#/drafts'")
  await page.getByTestId('new-draft').hover()
  await page.getByRole('menuitem', { name: type, exact: true }).click()
  await expect(page.locator('#field-title')).toBeVisible()
}

test('a draft written offline is queued, then filed when the platform is back, with its number and receipt notice', async ({ page }) => {
  await signIn(page, ada)
  // The home page is the account summary: no tab of the workspace is marked as the one shown.
  await expect(page.locator('.ant-menu-item-selected')).toHaveCount(0)
  // A new user's drafts list says what to do, not "nothing matches".
  await page.evaluate("location.hash = '#/drafts'")
  await expect(page.getByTestId('drafts-none')).toContainText('还没有草稿')
  await expect(page.getByTestId('new-draft-empty')).toBeVisible()
  await expect(page.locator('.ant-menu-item-selected')).toHaveText('申请草稿')
  await shoot(page, 'drafts-empty')
  await page.getByRole('searchbox').fill('不存在的名称')
  await expect(page.getByText('没有符合条件的草稿')).toBeVisible()
  await page.getByRole('button', { name: '清除筛选' }).click()
  await expect(page.getByRole('searchbox')).toHaveValue('')
  await expect(page.getByTestId('drafts-none')).toBeVisible()
  await platform.stop()

  await newDraft(page)
  await expect(page.getByTestId('submit')).toBeDisabled()
  // A new draft: the checklist counts what is missing, but no field is red before the user has been in it.
  await expect(page.getByTestId('checklist')).toContainText('6 个错误')
  await expect(page.locator('.ant-form-item-has-error')).toHaveCount(0)
  await shoot(page, 'editor-new')
  await page.locator('#field-title').fill('一种折叠椅')
  // A screen reader reads the button as its words, without the icon's English name ("plus").
  await page.getByRole('button', { name: '添加申请人', exact: true }).click()
  await page.locator('#field-applicants-0-name').fill('周八')
  // A refused number is told exactly what is wrong with it, as at registration.
  const idNumber = page.locator('#field-applicants-0-idNumber')
  await idNumber.fill('11010519491231002')
  await expect(page.getByText('号码格式与所选证件类型不符')).toBeVisible()
  await idNumber.fill('110105194912310021')
  await expect(page.getByText('校验位不正确，请核对号码是否有误')).toBeVisible()
  await idNumber.fill('11010519491231002X')
  await expect(page.getByLabel('号码校验通过')).toBeVisible()
  await page.getByRole('button', { name: '添加发明人' }).click()
  await page.locator('#field-inventors-0-name').fill('周八')
  // Countries are named, not coded: the applicant's is China, and a priority's is found by typing its name.
  await expect(page.locator('.ant-select-content[title="中国（CN）"]')).toBeVisible()
  await page.getByRole('button', { name: '添加优先权' }).click()
  await page.locator('#field-priorities-0-country').fill('德')
  await page.keyboard.press('Enter')
  await expect(page.locator('.ant-select-content[title="德国（DE）"]')).toBeVisible()
  await page.locator('#field-priorities-0-date').fill(new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10))
  await page.locator('#field-priorities-0-number').fill('DE102026000123.4')
  await shoot(page, 'editor-request')
  // Switching the language in the pause before autosave keeps what was just typed on screen.
  await page.locator('#field-title').fill('一种折叠椅(改)')
  await page.getByText('English', { exact: true }).click()
  await page.evaluate('new Promise((done) => setTimeout(done, 250))')
  // Read once, not waited for: a save later puts it back, but not before the user saw it gone.
  expect(await page.locator('#field-title').inputValue()).toBe('一种折叠椅(改)')
  await page.getByText('中文', { exact: true }).click()
  await page.locator('#field-title').fill('一种折叠椅')
  // The checklist links each finding to its field: the claims one opens the claims tab.
  await page.getByTestId('checklist').getByText('发明和实用新型至少需要一项权利要求').click()
  await page.getByRole('button', { name: '添加权利要求' }).click()
  await page.locator('#field-claims-0').fill('一种折叠椅,包括椅面和支架。')
  await page.getByRole('button', { name: '添加权利要求' }).click()
  await page.locator('#field-claims-1').fill('根据权利要求3所述的折叠椅。')
  await expect(page.getByText('只能引用在前的权利要求').first()).toBeVisible()
  await page.locator('#field-claims-1').fill('根据权利要求1所述的折叠椅,支架为铝合金。')
  await page.getByRole('tab', { name: /说明书$|^说明书\s/ }).first().click()
  await page.locator('#field-description').fill('本发明涉及家具,特别是一种折叠椅。')
  await page.getByRole('tab', { name: /说明书摘要/ }).click()
  await page.locator('#field-abstract').fill('一种便于收纳的折叠椅。')
  await expect(page.getByTestId('checklist-clear')).toBeVisible()
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  await expect(page.getByText('当前离线：申请会排队，联网后自动提交。')).toBeVisible()
  await shoot(page, 'editor')

  // Submit asks first, with what goes out and when; Escape leaves the draft as it was, Enter files it.
  await page.getByTestId('submit').click()
  await expect(page.getByTestId('submit-summary')).toContainText('一种折叠椅')
  await expect(page.getByTestId('submit-summary')).toContainText('2 项')
  await expect(page.getByTestId('submit-summary')).toContainText('周八')
  await expect(page.getByTestId('submit-summary')).toContainText('0 个')
  await expect(page.getByTestId('submit-summary')).toContainText('当前离线：申请会排队，联网后自动提交。')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.locator('#field-abstract')).toBeVisible()
  await shootDialog(page, 'submit-confirm', () => page.getByTestId('submit').click())
  await page.getByTestId('submit').click()
  await expect(page.getByTestId('submit-summary')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('submission').first()).toHaveAttribute('data-state', 'queued')
  await shoot(page, 'submissions-queued')

  platform = await startPlatform(platformData(), join(work, 'platform.log'), {}, platformPort)
  await expect(page.getByTestId('submission').first()).toHaveAttribute('data-state', 'filed', { timeout: 30_000 })
  await expect(page.getByTestId('application-number').first()).toHaveText(/^\d{4}1\d{7}\.[\dX]$/)
  await shoot(page, 'submissions-filed')
  await shootDialog(page, 'receipt', () => page.getByRole('button', { name: /查看回执|View receipt/ }).click())
  await page.getByRole('button', { name: '查看回执' }).click()
  await expect(page.getByTestId('receipt')).toContainText('一种折叠椅')
  const number = (await page.getByTestId('receipt').textContent())!.match(/\d{12}\.[\dX]/)![0]
  const saved = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: '导出 PDF' }).click()
  const pdf = readFileSync((await (await saved).path())!)
  expect((await PDFDocument.load(pdf)).getTitle()).toBe(`Filing receipt ${number}`)
  await page.keyboard.press('Escape')

  await page.getByTestId('nav-notices').click()
  await expect(page.getByTestId('notice').first()).toContainText('受理回执', { timeout: 30_000 })
  await shoot(page, 'notices')
  await page.evaluate("location.hash = '#/drafts'")
  const filedRow = page.getByTestId('draft-row').first()
  await expect(filedRow).toContainText('已提交')
  // A filed application cannot be deleted: the button is there, greyed, and says why.
  await expect(filedRow.getByRole('button', { name: '删除', exact: true })).toHaveCount(0)
  await filedRow.getByTestId('delete-refused').hover()
  await expect(page.getByRole('tooltip')).toHaveText('已提交的申请不能删除')
  // Asked anyway, the core refuses with a code the page words in the user's language.
  const refused = await page.evaluate(async () => {
    type Api = {
      listDrafts(input: { state: string }): Promise<{ ok: true; value: { items: { id: string }[] } }>
      deleteDraft(input: { id: string }): Promise<{ ok: boolean; error?: { code: string } }>
    }
    const api = (globalThis as unknown as { api: Api }).api
    const filed = await api.listDrafts({ state: 'filed' })
    return api.deleteDraft({ id: filed.value.items[0]!.id })
  })
  expect(refused).toMatchObject({ ok: false, error: { code: 'DRAFT_SUBMITTED' } })
  await shoot(page, 'drafts')
})

test('a Word file fills the claims, description and abstract', async ({ page }) => {
  const h = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(text)] })
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] })
  const docx = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            h('权利要求书'),
            p('1. 一种水杯,包括杯体和杯盖。'),
            p('2、根据权利要求1所述的水杯,杯盖带密封圈。'),
            h('说明书'),
            p('本发明涉及一种水杯。'),
            h('说明书摘要'),
            p('一种密封良好的水杯。')
          ]
        }
      ]
    })
  )
  const file = join(work, 'cup.docx')
  writeFileSync(file, docx)

  await signIn(page, ada)
  await newDraft(page)
  const openImport = async () => {
    await page.getByTestId('import-word').click()
    await page.getByTestId('import-input').setInputFiles(file)
    await expect(page.getByTestId('import-summary')).toContainText(/2 项权利要求|2 claims/)
  }
  await shootDialog(page, 'import-word', openImport)
  await openImport()
  await page.getByTestId('import-apply').click()
  await page.getByRole('tab', { name: /权利要求书/ }).click()
  await expect(page.locator('#field-claims-0')).toHaveValue('一种水杯,包括杯体和杯盖。')
  await expect(page.locator('#field-claims-1')).toHaveValue('根据权利要求1所述的水杯,杯盖带密封圈。')
})

test('attachments are added with the button alone; a restored version asks first and can be undone', async ({ page }) => {
  const png = join(work, 'figure.png')
  writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'))
  await signIn(page, ada)
  await newDraft(page)
  await page.locator('#field-title').fill('第一稿')
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  await page.locator('#field-title').fill('第二稿')
  await expect(page.getByTestId('save-state')).toHaveText('已保存')

  await page.getByRole('tab', { name: /附件/ }).click()
  await expect(page.getByRole('button', { name: '添加附件' })).toBeVisible()
  // The browser's own file picker ("Choose File / No file chosen") never shows beside the button.
  await expect(page.getByTestId('attachment-input')).toBeHidden()
  await page.getByTestId('attachment-input').setInputFiles(png)
  await expect(page.getByText('figure.png')).toBeVisible()
  await shoot(page, 'attachments')

  const history = () => page.getByRole('button', { name: /历史版本|Versions/ }).click()
  await shootDialog(page, 'versions', history)
  await history()
  const first = page.getByTestId('version').filter({ hasText: '第一稿' }).first()
  await expect(page.getByTestId('version').filter({ hasText: '附件 1 个' }).first()).toBeVisible()
  await first.getByRole('button', { name: '恢复' }).click()
  await expect(page.getByText('当前内容仍保留在历史版本中，可以再恢复回来。')).toBeVisible()
  await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复' }).click()
  await expect(page.locator('#field-title')).toHaveValue('第一稿')
  await page.getByTestId('undo-restore').click()
  await expect(page.locator('#field-title')).toHaveValue('第二稿')
  await page.getByRole('tab', { name: /附件/ }).click()
  await expect(page.getByText('figure.png')).toBeVisible()
})

test('a deleted draft comes back itself on undo: the same id, its text kept', async ({ page }) => {
  await signIn(page, ada)
  await newDraft(page, '外观设计')
  await expect(page.locator('label[for="field-title"]')).toHaveText('使用外观设计的产品名称')
  await page.locator('#field-title').fill('撤销删除的外观')
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  const draftId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!)

  await page.evaluate("location.hash = '#/drafts'")
  const row = page.getByTestId('draft-row').filter({ hasText: '撤销删除的外观' })
  await row.getByRole('button', { name: '删除', exact: true }).click()
  await expect(row).toHaveCount(0)
  await page.getByRole('button', { name: '撤销', exact: true }).click()
  await row.click()
  await expect(page.locator('#field-title')).toHaveValue('撤销删除的外观')
  expect(decodeURIComponent(new URL(page.url()).hash.split('/')[2]!)).toBe(draftId)
})

test('a draft changed on a second device meanwhile opens side by side and both versions can be kept', async ({ page, request }) => {
  await signIn(page, ada)
  await newDraft(page)
  await page.locator('#field-title').fill('台灯')
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  const draftId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!)

  // The second device: the same account, straight against the platform.
  const session = await (await request.post(new URL('/api/v1/sessions', platform.url).href, { data: { account: ada.login, password: ada.password } })).json()
  const auth = { Authorization: `Bearer ${session.accessToken}` }
  let revision = 0
  await expect(async () => {
    const feed = await (await request.get(new URL('/api/v1/drafts', platform.url).href, { headers: auth })).json()
    // The sync has carried the title to the platform.
    const change = feed.changes.find((c: { id: string }) => c.id === draftId)
    expect(change?.content?.title).toBe('台灯')
    revision = change.revision
  }).toPass({ timeout: 20_000 })
  const put = await request.put(new URL(`/api/v1/drafts/${draftId}`, platform.url).href, {
    headers: auth,
    data: { baseRevision: revision, content: { type: 'invention', title: '台灯(另一台电脑)' } }
  })
  expect(put.status()).toBe(200)

  await page.locator('#field-title').fill('台灯(本机)')
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'conflict', { timeout: 30_000 })
  await page.getByTestId('sync-state').getByRole('button').click()
  await page.getByTestId('draft-row').filter({ hasText: '冲突' }).first().click()
  await page.getByRole('button', { name: '版本冲突' }).click()
  await expect(page.getByTestId('conflict-view')).toContainText('台灯(另一台电脑)')
  await expect(page.getByTestId('conflict-view')).toContainText('台灯(本机)')
  await shoot(page, 'conflict')
  await page.getByRole('button', { name: '两个都保留' }).click()
  await expect(page.getByText('冲突已解决')).toBeVisible()
})

test('a legacy account keeps drafts but cannot submit or read notices, and is shown why and where to complete', async ({ page }) => {
  // A computer of its own: the other tests' account stays signed in on theirs.
  const own = await startHost(platform.url, join(work, 'legacy-client'), join(work, 'host-legacy.log'))
  await page.goto(own.url)
  await page.getByLabel('账号', { exact: true }).fill(legacy.login)
  await page.getByLabel('密码', { exact: true }).fill(legacy.password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page.getByTestId('nav-notices')).toBeVisible()
  await newDraft(page)
  await expect(page.getByText('账号尚未完善身份信息，不能提交。')).toBeVisible()
  await expect(page.getByTestId('submit')).toHaveCount(0)
  await shoot(page, 'gated-editor')
  await page.getByTestId('nav-notices').click()
  await expect(page.getByText('账号完善身份信息之前不能接收通知书。')).toBeVisible()
  await shoot(page, 'gated-notices')
  await page.getByRole('button', { name: '完善身份信息' }).click()
  await expect(page.getByRole('heading', { name: '完善身份信息' })).toBeVisible()
  await own.stop()
})
