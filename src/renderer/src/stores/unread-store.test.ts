import { afterEach, describe, expect, it } from 'vitest'
import { useUnread } from './unread-store'

type Counts = { ok: true; value: { accounts: { accountId: string; unread: number }[] } }

/** A core whose unreadCounts answers only when the test says so. */
function slowCore() {
  const pending: ((answer: Counts) => void)[] = []
  ;(globalThis as { window?: unknown }).window = {
    api: { unreadCounts: () => new Promise<Counts>((resolve) => pending.push(resolve)) }
  }
  // Answers the refresh at `index` among those still waiting (the oldest by default).
  return (accounts: Record<string, number>, index = 0) =>
    pending.splice(index, 1)[0]!({ ok: true, value: { accounts: Object.entries(accounts).map(([accountId, unread]) => ({ accountId, unread })) } })
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window
  useUnread.setState({ counts: {} })
})

describe('unread counts', () => {
  it('keep a count lowered by "mark read" while a refresh asked earlier was on its way', async () => {
    const answer = slowCore()
    const refreshed = useUnread.getState().refresh()
    useUnread.getState().set('ada', 2) // a notice read: 3 → 2
    answer({ ada: 3, bo: 5 }) // counted before the notice was read
    await refreshed
    expect(useUnread.getState().counts).toEqual({ ada: 2, bo: 5 })
  })

  it('take a refresh asked after the last change as it is', async () => {
    const answer = slowCore()
    useUnread.getState().set('ada', 2)
    const refreshed = useUnread.getState().refresh()
    answer({ ada: 4 }) // a notice arrived since
    await refreshed
    expect(useUnread.getState().counts).toEqual({ ada: 4 })
  })

  it('keep the answer of the last refresh asked when an earlier one answers after it', async () => {
    const answer = slowCore()
    const first = useUnread.getState().refresh() // before an account was added
    const second = useUnread.getState().refresh()
    answer({ ada: 1, bo: 4 }, 1) // the second answers first: it knows the new account
    answer({ ada: 1 }) // then the first, out of date
    await Promise.all([first, second])
    expect(useUnread.getState().counts).toEqual({ ada: 1, bo: 4 })
  })

  it('forget accounts the refresh no longer lists (signed out)', async () => {
    const answer = slowCore()
    useUnread.setState({ counts: { ada: 1, gone: 7 } })
    const refreshed = useUnread.getState().refresh()
    answer({ ada: 1 })
    await refreshed
    expect(useUnread.getState().counts).toEqual({ ada: 1 })
  })
})
