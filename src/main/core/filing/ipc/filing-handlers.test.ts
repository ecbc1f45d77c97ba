import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeInvention, pngBytes, sha256, signedInAccount } from '../../../../../test/filing-data'
import { caller, manualClock, startTestPlatform, type TestPlatform } from '../../../../../test/platform-fixture'
import { platformClient } from '../../../../../test/platform-client'
import { switchableProxy } from '../../../../../test/switchable-proxy'
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/filing/attachment-type'
import { checkApplicationNumber } from '../../../../shared/filing/application-number'
import { addDays, officeDate } from '../../../../shared/filing/office-date'
import {
  channelNames,
  ipcChannel,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName
} from '../../../../shared/ipc-contract'
import { err, ok, type Result } from '../../../../shared/result'
import { createEventBus } from '../../event-bus'
import { createDispatcher, type Handlers } from '../../ipc/dispatcher'
import { silentLogger } from '../../logger'
import { openAccountDatabase } from '../../store/account-database'
import { filingMigrationList } from '../account-migrations'
import { openFilingWorkspace, type FilingWorkspace } from '../filing-workspace'
import { filingHandlers } from './filing-handlers'

const page = 'http://127.0.0.1:9/index.html'
const clock = manualClock(new Date())
const today = officeDate(clock.now())

let platform: TestPlatform
let proxy: Awaited<ReturnType<typeof switchableProxy>>
let call: ReturnType<typeof caller>

beforeAll(async () => {
  platform = await startTestPlatform()
  proxy = await switchableProxy(platform.url)
  call = caller(platform)
})
afterAll(async () => {
  await proxy.down()
  await platform.close()
})

type Account = { id: string; token: string; workspace: FilingWorkspace; signedIn: boolean }

/**
 * A core with the filing channels only, over several open accounts at once (as the account
 * registry will have them), each with its own file and sync engine, talking to the platform
 * through a proxy the test switches off and on. Rounds run when a call asks for one.
 */
async function desk(count = 1, extra: Parameters<typeof signedInAccount>[1] = {}) {
  const bus = createEventBus()
  const events: { event: EventName; payload: unknown }[] = []
  bus.subscribe((event, payload) => events.push({ event, payload }))
  const client = platformClient({ baseUrl: proxy.url, timeoutMs: 3_000 })
  const accounts: Account[] = []
  for (let i = 0; i < count; i++) {
    const { id, token } = await signedInAccount(platform, extra)
    const dir = mkdtempSync(join(tmpdir(), 'patentdesk-filing-ipc-'))
    const account = { id, token, signedIn: true } as Account
    account.workspace = openFilingWorkspace(
      {
        accountId: id,
        db: openAccountDatabase(id, { dataDir: dir, origin: platform.url, extraMigrations: [filingMigrationList] }),
        dataDir: join(dir, id),
        withAccess: (run) => (account.signedIn ? run(token) : Promise.resolve(err('NOT_SIGNED_IN', 'signed out'))),
        online: () => account.signedIn,
        signedIn: () => account.signedIn
      },
      { client, emit: bus.emit, now: clock.now }
    )
    accounts.push(account)
  }
  let current: string | null = accounts[0]?.id ?? null
  const filing = filingHandlers(
    {
      resolve(accountId) {
        const id = accountId ?? current
        if (!id) return err('NOT_SIGNED_IN', 'No account is signed in')
        const found = accounts.find((a) => a.id === id)
        return found ? ok(found.workspace) : err('ACCOUNT_NOT_OPEN', 'That account is not open')
      },
      all: () => accounts.map((a) => a.workspace)
    },
    { now: clock.now }
  )
  const others = Object.fromEntries(channelNames.map((name) => [name, async () => err('INTERNAL', 'not part of this test')]))
  const dispatch = createDispatcher({ ...others, ...filing } as Handlers, { trustedOrigins: () => [page], log: silentLogger() })
  const rpc = <K extends ChannelName>(name: K, input?: ChannelInput<K>) =>
    dispatch(ipcChannel(name), input ?? {}, { url: page, isMainFrame: true }) as Promise<Result<ChannelOutput<K>>>
  /** The value of a call that must succeed. */
  const value = async <K extends ChannelName>(name: K, input?: ChannelInput<K>): Promise<ChannelOutput<K>> => {
    const result = await rpc(name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`)
    return result.value
  }
  return { rpc, value, events, accounts, switchTo: (id: string | null) => void (current = id) }
}

const notices = async (token: string) =>
  (await call('GET', '/api/v1/notices', undefined, { token })).body.notices as { id: string; kind: string; read: boolean }[]

describe('a draft from creation to filing, through the IPC channels', () => {
  it('is created, updated, listed and checked offline, queued on Submit, then filed once with a number when the platform is back', async () => {
    const { value, rpc, events, accounts } = await desk()
    const [a] = accounts
    await proxy.down()
    try {
      const created = await value('createDraft', { type: 'invention' })
      expect(created).toMatchObject({ type: 'invention', state: 'draft', version: 1, synced: false, content: { title: '', claims: [] } })
      const blank = await value('draftChecklist', { id: created.id })
      expect(blank.passes).toBe(false)
      expect(blank.errors.map((e) => e.path)).toContain('title')

      expect(await value('updateDraft', { id: created.id, content: completeInvention() as Record<string, unknown> })).toMatchObject({ version: 2 })
      const patched = await value('updateDraft', { id: created.id, patch: { title: '一种折叠式太阳能充电宝' }, baseVersion: 2 })
      expect(patched).toMatchObject({ version: 3, title: '一种折叠式太阳能充电宝' })
      expect(await value('getDraft', { id: created.id })).toMatchObject({ content: { title: '一种折叠式太阳能充电宝', applicants: [{ name: '张三' }] } })

      expect(await value('listDrafts', { search: '张三 充电' })).toMatchObject({ total: 1, items: [{ id: created.id }] })
      expect((await value('listDrafts', { type: 'design' })).total).toBe(0)
      expect((await value('listDrafts', { state: 'draft' })).total).toBe(1)

      const checked = await value('draftChecklist', { id: created.id })
      expect(checked).toMatchObject({ passes: true, errors: [], onSubmit: 'file_now' })

      const submitted = await value('submitDraft', { draftId: created.id })
      expect(submitted).toMatchObject({ outcome: 'queued', reason: 'offline', submission: { state: 'queued', draftId: created.id, title: '一种折叠式太阳能充电宝' } })
      expect(await value('syncStatus')).toMatchObject({ state: 'offline', error: { code: 'NETWORK' }, queuedSubmissions: 1, pendingChanges: 3 })
      expect((await value('listDrafts', { state: 'queued' })).items.map((d) => d.id)).toEqual([created.id])
      expect(await value('draftChecklist', { id: created.id })).toMatchObject({ onSubmit: 'queue_until_online' })
      expect(await rpc('updateDraft', { id: created.id, patch: { title: 'too late' } })).toMatchObject({ ok: false, error: { code: 'DRAFT_SUBMITTED' } })
    } finally {
      await proxy.up()
    }

    const id = (await value('listDrafts')).items[0]!.id
    expect(await value('syncNow')).toMatchObject({ state: 'synced', queuedSubmissions: 0, pendingChanges: 0, error: null })
    const filed = await value('getDraft', { id })
    expect(filed).toMatchObject({ state: 'filed', synced: true })
    expect(checkApplicationNumber(filed.applicationNumber!).valid).toBe(true)
    const [submission] = (await value('listSubmissions', { state: 'filed' })).items
    expect(submission).toMatchObject({ draftId: id, state: 'filed', applicationNumber: filed.applicationNumber, error: null })
    expect(submission!.filedAt).toBeTruthy()
    expect(await value('getNotice', { id: submission!.receiptNoticeId! })).toMatchObject({ kind: 'receipt', applicationNumber: filed.applicationNumber })

    // Once: another round sends nothing more, and the platform issued a single receipt.
    await value('syncNow')
    expect((await notices(a!.token)).filter((n) => n.kind === 'receipt')).toHaveLength(1)
    expect(events).toContainEqual({ event: 'draftChanged', payload: { accountId: a!.id, ids: [id], reason: 'submission' } })
    expect(events).toContainEqual({ event: 'syncProgress', payload: { accountId: a!.id, state: 'syncing', phase: 'submit', done: 1, total: 1 } })
    expect(events).toContainEqual({ event: 'syncProgress', payload: { accountId: a!.id, state: 'offline', phase: null, done: 0, total: 0 } })
  })

  it('files before answering when the platform can be reached', async () => {
    const { value } = await desk()
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    const answer = await value('submitDraft', { draftId: id })
    expect(answer).toMatchObject({ outcome: 'filed', reason: null, submission: { state: 'filed' } })
    expect(checkApplicationNumber(answer.submission.applicationNumber!).valid).toBe(true)
  })

  it('answers "queued, signed out" for an account that is not signed in, and keeps the submission', async () => {
    const { value, accounts } = await desk()
    accounts[0]!.signedIn = false
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    expect(await value('submitDraft', { draftId: id })).toMatchObject({ outcome: 'queued', reason: 'signed_out' })
    expect(await value('syncStatus')).toMatchObject({ state: 'offline', signedIn: false, queuedSubmissions: 1 })
  })

  it('withdraws a queued submission never sent, and refuses once it has gone out', async () => {
    const { value, rpc, accounts } = await desk()
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    await value('syncNow')

    // Signed out: stored, never sent.
    accounts[0]!.signedIn = false
    const queued = (await value('submitDraft', { draftId: id })).submission
    expect(await value('cancelSubmission', { id: queued.id })).toMatchObject({ cancelled: true, draft: { id, state: 'draft' } })
    expect((await value('listSubmissions')).total).toBe(0)
    expect((await value('updateDraft', { id, patch: { abstract: '修改后的摘要。' } })).state).toBe('draft')
    accounts[0]!.signedIn = true
    await value('syncNow')

    // The platform gone while the request was out: it may have been filed.
    await proxy.down()
    let sent: string
    try {
      sent = (await value('submitDraft', { draftId: id })).submission.id
      expect((await value('listSubmissions')).items).toMatchObject([{ id: sent, state: 'queued', attempts: 1 }])
      expect(await rpc('cancelSubmission', { id: sent })).toMatchObject({ ok: false, error: { code: 'SUBMISSION_SENT' } })
    } finally {
      await proxy.up()
    }
    await value('syncNow')
    expect((await value('listSubmissions')).items).toMatchObject([{ id: sent, state: 'filed' }])
  })

  it('shows a submission the platform refuses as needing attention, with the reason, and lets it be withdrawn', async () => {
    const { value } = await desk(1, { status: 'needs_completion' })
    const { id } = await value('createDraft', { type: 'invention' })
    await value('updateDraft', { id, content: completeInvention() as Record<string, unknown> })
    const refused = await value('submitDraft', { draftId: id })
    expect(refused).toMatchObject({ outcome: 'needs_attention', submission: { state: 'needs_attention', error: { code: 'PROFILE_INCOMPLETE' } } })
    expect((await value('listDrafts', { state: 'needs_attention' })).items).toMatchObject([{ id, state: 'needs_attention' }])
    expect((await value('listSubmissions', { state: 'needs_attention' })).total).toBe(1)
    expect(await value('cancelSubmission', { id: refused.submission.id })).toMatchObject({ draft: { id, state: 'draft' } })
  })
})

describe('drafts', () => {
  it('are duplicated, deleted, and restored from their kept versions', async () => {
    const { value, rpc } = await desk()
    const { id } = await value('createDraft', { type: 'utility_model', title: 'v1' })
    for (const title of ['v2', 'v3']) await value('updateDraft', { id, patch: { title } })
    expect((await value('draftVersions', { id })).versions.map((v) => [v.version, v.title])).toEqual([
      [3, 'v3'],
      [2, 'v2'],
      [1, 'v1']
    ])
    expect(await value('restoreDraftVersion', { id, version: 1 })).toMatchObject({ version: 4, title: 'v1' })

    const copy = await value('duplicateDraft', { id })
    expect(copy.id).not.toBe(id)
    expect(copy).toMatchObject({ type: 'utility_model', title: 'v1', version: 1 })
    expect(await value('deleteDraft', { id })).toEqual({ deleted: true })
    expect(await rpc('getDraft', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await value('listDrafts')).items.map((d) => d.id)).toEqual([copy.id])
  })

  it('come back whole when a deletion is undone, until thirty days after the platform knows of it, their files with them', async () => {
    const { value, rpc, accounts } = await desk()
    const { id } = await value('createDraft', { type: 'invention', title: 'v1' })
    await value('updateDraft', { id, patch: { title: 'v2' } })
    await value('deleteDraft', { id })
    expect(await value('restoreDraft', { id })).toMatchObject({ id, title: 'v2', version: 4, content: { title: 'v2' } })
    expect((await value('listDrafts')).items.map((d) => d.id)).toEqual([id])
    expect((await value('draftVersions', { id })).versions.map((v) => v.title)).toEqual(['v2', 'v1'])
    expect(await rpc('restoreDraft', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const { attachment } = await value('addAttachment', { draftId: id, name: 'fig1.png', kind: 'drawing', data: pngBytes('restored drawing').toString('base64') })
    await value('syncNow')
    await value('deleteDraft', { id })
    await value('syncNow')
    expect(await value('syncStatus')).toMatchObject({ pendingChanges: 0 })
    const { account } = accounts[0]!.workspace
    const reopened = (daysLater: number) =>
      openFilingWorkspace(account, { client: platformClient({ baseUrl: proxy.url }), emit: () => {}, now: () => new Date(clock.now().getTime() + daysLater * 86_400_000) })
    const kept = reopened(29)
    expect(kept.attachments.get(attachment.sha256)).toBeDefined()
    expect(kept.drafts.undelete(id).ok).toBe(true)
    await value('deleteDraft', { id })
    await value('syncNow')
    const later = reopened(31)
    expect(later.drafts.undelete(id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // The drawing went with it, from the database and from the disk.
    expect(later.attachments.get(attachment.sha256)).toBeUndefined()
    await expect.poll(() => existsSync(later.attachments.pathOf(attachment.sha256))).toBe(false)
  })

  it('refuses to save over a version the editor did not load', async () => {
    const { value, rpc } = await desk()
    const { id } = await value('createDraft', { type: 'design' })
    await value('updateDraft', { id, patch: { title: 'from the sync' } })
    const stale = await rpc('updateDraft', { id, patch: { title: 'from an old editor' }, baseVersion: 1 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { version: 2 } } })
    expect((await value('getDraft', { id })).title).toBe('from the sync')
  })

  it('lists 10,000 drafts a page at a time, searched and filtered, in milliseconds', { timeout: 120_000 }, async () => {
    const { value, accounts } = await desk()
    const { drafts, account } = accounts[0]!.workspace
    account.db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const created = drafts.create({ content: { type: i % 3 ? 'invention' : 'design', title: `草稿 ${i}`, applicants: [{ name: `申请人${i % 100}`, kind: 'person' }] } })
        if (!created.ok) throw new Error(created.error.message)
      }
    })()
    // How fast is measured by `npm run bench`; here, that the pages are right at 10,000.
    const list = (input: ChannelInput<'listDrafts'>) => value('listDrafts', input)
    const first = await list({})
    const searched = await list({ search: '申请人42' })
    const filtered = await list({ type: 'design', state: 'draft', offset: 3000 })
    expect(first).toMatchObject({ total: 10_000 })
    expect(first.items).toHaveLength(50)
    expect(searched.total).toBe(100)
    expect(filtered.total).toBe(3334)
    expect(filtered.items).toHaveLength(50)
  })
})

describe('conflicts', () => {
  it('show the platform’s version beside the local text, and keeping the local text makes it the draft again', async () => {
    const { value, events, accounts } = await desk()
    const a = accounts[0]!
    const { id } = await value('createDraft', { type: 'invention', title: '原稿' })
    await value('syncNow')
    await call('PUT', `/api/v1/drafts/${id}`, { baseRevision: 1, content: { type: 'invention', title: '另一台电脑的修改' } }, { token: a.token })
    await value('updateDraft', { id, patch: { title: '本机的修改' } })
    expect(await value('syncNow')).toMatchObject({ state: 'conflict', conflicts: 1 })

    const pair = await value('draftConflict', { id })
    expect([pair.server?.title, pair.local.title]).toEqual(['另一台电脑的修改', '本机的修改'])
    expect(pair.local.conflictOf).toBe(id)
    expect((await value('listDrafts', { state: 'conflict' })).total).toBe(2)
    expect(events).toContainEqual({ event: 'draftChanged', payload: { accountId: a.id, ids: [id, pair.local.id], reason: 'conflict' } })

    expect(await value('resolveDraftConflict', { id: pair.local.id, keep: 'local' })).toMatchObject({ kept: [{ id, title: '本机的修改', state: 'draft' }] })
    expect((await value('listDrafts')).items.map((d) => d.id)).toEqual([id])
    expect(await value('syncNow')).toMatchObject({ state: 'synced', conflicts: 0 })
  })

  it('keeps both as separate drafts, or the platform’s alone', async () => {
    const { value, rpc, accounts } = await desk()
    const a = accounts[0]!
    const conflicted = async (title: string) => {
      const { id } = await value('createDraft', { type: 'invention', title })
      await value('syncNow')
      await call('PUT', `/api/v1/drafts/${id}`, { baseRevision: 1, content: { type: 'invention', title: `${title}: platform` } }, { token: a.token })
      await value('updateDraft', { id, patch: { title: `${title}: local` } })
      await value('syncNow')
      return id
    }
    const both = await conflicted('both')
    expect((await value('resolveDraftConflict', { id: both, keep: 'both' })).kept.map((d) => [d.title, d.state])).toEqual([
      ['both: platform', 'draft'],
      ['both: local', 'draft']
    ])
    const server = await conflicted('server')
    expect((await value('resolveDraftConflict', { id: server, keep: 'server' })).kept.map((d) => d.title)).toEqual(['server: platform'])
    expect((await value('listDrafts')).items.map((d) => d.title).sort()).toEqual(['both: local', 'both: platform', 'server: platform'])
    expect(await rpc('draftConflict', { id: server })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('attachments', () => {
  it('are added from base64 or bytes to a draft, listed with their state, and previewed', async () => {
    const { value, rpc } = await desk()
    const { id } = await value('createDraft', { type: 'design' })
    const png = pngBytes('a figure')
    const added = await value('addAttachment', { draftId: id, name: 'fig1.png', kind: 'drawing', data: png.toString('base64') })
    expect(added).toMatchObject({ created: true, attachment: { sha256: sha256(png), size: png.length, mime: 'image/png' }, draft: { version: 2 } })
    const again = await value('addAttachment', { draftId: id, name: 'fig1.png', kind: 'drawing', data: new Uint8Array(png) })
    expect(again).toMatchObject({ created: false, draft: { version: 2 } })

    expect(await value('listAttachments', { draftId: id })).toEqual({
      items: [{ sha256: sha256(png), size: png.length, mime: 'image/png', name: 'fig1.png', kind: 'drawing', held: true, uploaded: false }]
    })
    const preview = await value('attachmentPreview', { sha256: sha256(png) })
    expect(Buffer.from(preview.data, 'base64').equals(png)).toBe(true)

    const pdf = Buffer.from('%PDF-1.7 a description')
    await value('addAttachment', { name: 'doc.pdf', kind: 'other', data: pdf.toString('base64') })
    expect(await rpc('attachmentPreview', { sha256: sha256(pdf) })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_TYPE' } })
  })

  it('are refused as the platform would refuse them: wrong type, too large', async () => {
    const { value, rpc } = await desk()
    const { id } = await value('createDraft', { type: 'design' })
    const program = Buffer.from('MZ\x90\x00 not a drawing')
    expect(await rpc('addAttachment', { draftId: id, name: 'fig.png', kind: 'drawing', data: program.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_TYPE' }
    })
    const huge = new Uint8Array(ATTACHMENT_MAX_BYTES + 1)
    huge.set(pngBytes(''))
    expect(await rpc('addAttachment', { draftId: id, name: 'big.png', kind: 'drawing', data: huge })).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect((await value('getDraft', { id })).content.attachments).toEqual([])
  })
})

describe('notices', () => {
  it('arrive with an event, are counted unread per account, sorted by urgency with days left, and marked read on the platform', async () => {
    const { value, events, accounts } = await desk(2)
    const [a, b] = accounts as [Account, Account]
    const issue = (account: Account, title: string, dueDate?: string) =>
      platform.filing.addNotice({
        id: randomUUID(),
        accountId: account.id,
        kind: dueDate ? 'correction' : 'other',
        title,
        body: '…',
        issuedAt: clock.now().toISOString(),
        ...(dueDate ? { dueDate } : {})
      })
    await issue(a, '补正通知书(两个月)', addDays(today, 60))
    await issue(a, '补正通知书(十天)', addDays(today, 10))
    await issue(a, '通知')
    await issue(b, '乙的补正通知书', addDays(today, 5))
    await value('syncNow', { accountId: a.id })
    await value('syncNow', { accountId: b.id })

    expect(events).toContainEqual({ event: 'noticesArrived', payload: expect.objectContaining({ accountId: a.id, count: 3, unread: 3 }) })
    expect(await value('unreadCounts')).toEqual({ accounts: [{ accountId: a.id, unread: 3 }, { accountId: b.id, unread: 1 }] })

    const urgent = await value('listNotices', { sort: 'urgency' })
    expect(urgent.items.map((n) => [n.title, n.daysLeft])).toEqual([
      ['补正通知书(十天)', 10],
      ['补正通知书(两个月)', 60],
      ['通知', null]
    ])
    expect((await value('listNotices', { withDueDate: true, kind: 'correction' })).total).toBe(2)

    const first = urgent.items[0]!
    expect(await value('markNoticeRead', { id: first.id })).toEqual({ read: true, unread: 2 })
    expect(await value('listNotices', { unreadOnly: true })).toMatchObject({ total: 2, unread: 2 })
    await value('syncNow')
    expect((await notices(a.token)).find((n) => n.id === first.id)?.read).toBe(true)

    const agenda = await value('deadlineAgenda', { days: 30 })
    expect(agenda.today).toBe(today)
    expect(agenda.items.map((i) => [i.accountId, i.title, i.daysLeft])).toEqual([
      [b.id, '乙的补正通知书', 5],
      [a.id, '补正通知书(十天)', 10]
    ])
  })
})

describe('accounts', () => {
  it('keep their drafts apart: one account’s draft is not found under another, an account not open is refused', async () => {
    const { value, rpc, accounts, switchTo } = await desk(2)
    const [a, b] = accounts as [Account, Account]
    const { id } = await value('createDraft', { type: 'invention', title: '甲的草稿' })
    expect(await value('getDraft', { accountId: a.id, id })).toMatchObject({ title: '甲的草稿' })
    expect(await rpc('getDraft', { accountId: b.id, id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await rpc('deleteDraft', { accountId: b.id, id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await value('listDrafts', { accountId: b.id })).total).toBe(0)
    switchTo(b.id)
    expect(await rpc('getDraft', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await rpc('getDraft', { accountId: randomUUID(), id })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_OPEN' } })
    switchTo(null)
    expect(await rpc('listDrafts')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
  })
})

describe('bad input', () => {
  it('is refused with VALIDATION naming each field, whether the contract or the draft schema finds it', async () => {
    const { rpc, value } = await desk()
    const { id } = await value('createDraft', { type: 'invention' })
    const cases: [ChannelName, unknown, Record<string, string>][] = [
      ['createDraft', { type: 'patent' }, { type: 'invalid_choice' }],
      ['createDraft', { type: 'design', colour: 'red' }, { colour: 'unknown_field' }],
      ['getDraft', { accountId: '', id }, { accountId: 'required' }],
      ['updateDraft', { id }, { content: 'required' }],
      ['updateDraft', { id, content: {}, patch: {} }, { patch: 'must_be_empty' }],
      ['updateDraft', { id, content: { type: 'invention', title: 5 } }, { title: 'invalid_format' }],
      ['updateDraft', { id, patch: { applicants: [{ kind: 'robot' }] } }, { 'applicants.0.kind': 'invalid_choice' }],
      ['listDrafts', { limit: 0, state: 'lost' }, { limit: 'too_short', state: 'invalid_choice' }],
      ['addAttachment', { name: 'x.png', kind: 'drawing', data: 'not base64!' }, { data: 'invalid_format' }],
      ['attachmentPreview', { sha256: 'abc' }, { sha256: 'invalid_format' }],
      ['resolveDraftConflict', { id, keep: 'mine' }, { keep: 'invalid_choice' }]
    ]
    for (const [name, input, fields] of cases) {
      const result = await rpc(name, input as never)
      expect({ name, result }).toMatchObject({ name, result: { ok: false, error: { code: 'VALIDATION', fields } } })
    }
    expect((await value('getDraft', { id })).version).toBe(1)
  })
})
