import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { draftContentSchema } from '../../src/shared/filing/draft-content'
import type { NewAccount } from './platform-store'
import { secretSetting } from './secret-setting'
import { openSqliteStores, type PlatformStores } from './sqlite-stores'

const open: PlatformStores[] = []
afterEach(async () => {
  for (const s of open.splice(0)) await s.store.close()
})

function stores() {
  const opened = openSqliteStores(join(mkdtempSync(join(tmpdir(), 'patentdesk-connection-')), 'platform.sqlite'))
  open.push(opened)
  return opened
}

const newAccount = (loginName: string): NewAccount => ({
  id: randomUUID(),
  loginName,
  type: 'person',
  displayName: loginName,
  passwordHash: 'x',
  phone: null,
  email: null
})

/** A promise the test settles by hand, to hold a transaction open across an await. */
function gate() {
  let open!: () => void
  const closed = new Promise<void>((resolve) => (open = resolve))
  return { closed, open }
}
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('the SQLite stores’ shared connection', () => {
  it('makes a read outside a transaction wait for it, so it never sees rows that are not committed', async () => {
    const { store } = stores()
    const held = gate()
    const account = newAccount('pending')
    const writing = store.transaction(async (tx) => {
      await tx.createAccount(account, new Date())
      await held.closed
    })
    await settle()
    let seen: unknown = 'not yet'
    const reading = store.findAccountById(account.id).then((found) => (seen = found?.loginName))
    await settle()
    expect(seen).toBe('not yet')
    held.open()
    await Promise.all([writing, reading])
    expect(seen).toBe('pending')
  })

  it('keeps identity and filing writes made meanwhile out of a transaction that rolls back', async () => {
    const { store, filing } = stores()
    const owner = await store.createAccount(newAccount('owner'), new Date())
    const held = gate()
    const doomed = newAccount('doomed')
    const failing = store.transaction(async (tx) => {
      await tx.createAccount(doomed, new Date())
      await held.closed
      throw new Error('refused half-way')
    })
    await settle()
    const bystander = newAccount('bystander')
    const draftId = randomUUID()
    const meanwhile = Promise.all([
      store.createAccount(bystander, new Date()),
      filing.putDraft({ accountId: owner.id, id: draftId, baseRevision: 0, content: draftContentSchema.parse({ type: 'invention' }), at: 'now' })
    ])
    held.open()
    await expect(failing).rejects.toThrow(/half-way/)
    await meanwhile
    expect(await store.findAccountById(doomed.id)).toBeUndefined()
    expect((await store.findAccountById(bystander.id))?.loginName).toBe('bystander')
    expect((await filing.findDraft(draftId))?.revision).toBe(1)
  })

  it('runs transactions one after the other, so read-then-write transactions lose no update', async () => {
    const { store } = stores()
    await store.setSetting('counter', '0')
    const increment = () =>
      store.transaction(async (tx) => {
        const value = Number(await tx.getSetting('counter'))
        await settle()
        await tx.setSetting('counter', String(value + 1))
      })
    await Promise.all(Array.from({ length: 10 }, increment))
    expect(await store.getSetting('counter')).toBe('10')
  })

  it('refuses a call on the store itself from inside a transaction instead of waiting for itself forever', async () => {
    const { store, filing } = stores()
    const outcome = store.transaction(async () => store.getSetting('anything'))
    await expect(outcome).rejects.toThrow(/Inside a transaction/)
    await expect(store.transaction(async () => filing.noticesSince('nobody', 0, 1))).rejects.toThrow(/Inside a transaction/)
    // The connection is free again afterwards.
    expect(await store.getSetting('anything')).toBeUndefined()
  })

  it('refuses a transaction’s store once the transaction has ended', async () => {
    const { store } = stores()
    const leaked = await store.transaction(async (tx) => tx)
    await expect(leaked.getSetting('anything')).rejects.toThrow(/ended/)
  })

  it('makes a secret setting once, however many first uses race for it', async () => {
    const { store } = stores()
    const values = await Promise.all(Array.from({ length: 5 }, () => secretSetting(store, 'racing_key')))
    expect(new Set(values).size).toBe(1)
    expect(await store.getSetting('racing_key')).toBe(values[0])
  })
})
