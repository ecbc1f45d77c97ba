import { describe, expect, it } from 'vitest'
import { err, ok } from '../../../shared/result'
import { undoDeletion, type Deleted, type ShownNow } from './undo-deletion'

/** A drafts screen whose account and search change while the undo message is up. */
function screen(accountId: string, search: string) {
  const state = { accountId, search }
  const reloads: string[] = []
  const restores: Deleted[] = []
  return {
    state,
    reloads,
    restores,
    restore: async (input: Deleted) => (restores.push(input), ok({})),
    shownNow: (): ShownNow => ({ accountId: state.accountId, reload: () => reloads.push(`${state.accountId}:${state.search}`) })
  }
}

describe('undo of a deleted draft', () => {
  it('reloads the list with the search typed since the deletion, not the one of that moment', async () => {
    const s = screen('acc-1', '')
    s.state.search = 'lamp'
    expect(await undoDeletion({ accountId: 'acc-1', id: 'd1' }, s.restore, s.shownNow)).toBeNull()
    expect(s.reloads).toEqual(['acc-1:lamp'])
  })

  it('restores in the account it was deleted from and leaves the list of the account switched to alone', async () => {
    const s = screen('acc-1', '')
    s.state.accountId = 'acc-2'
    await undoDeletion({ accountId: 'acc-1', id: 'd1' }, s.restore, s.shownNow)
    expect(s.restores).toEqual([{ accountId: 'acc-1', id: 'd1' }])
    expect(s.reloads).toEqual([])
  })

  it('hands back the refusal for the user to read, the list reloaded all the same', async () => {
    const s = screen('acc-1', '')
    const refused = await undoDeletion({ accountId: 'acc-1', id: 'd1' }, async () => err('NOT_FOUND', 'No deleted draft to bring back'), s.shownNow)
    expect(refused?.code).toBe('NOT_FOUND')
    expect(s.reloads).toEqual(['acc-1:'])
  })
})
