import { useEffect } from 'react'
import { create } from 'zustand'
import { api } from '../api'

type UnreadState = {
  /** Unread notices of each open account, by account id. */
  counts: Record<string, number>
  refresh(): Promise<void>
  /** One account's count as the core just answered it (a notice marked read, notices arrived). */
  set(accountId: string, unread: number): void
}

/** How many times each account's count was told since the app started. */
const told = new Map<string, number>()
/** The last refresh asked: an earlier one answering after it is out of date. */
let lastAsked = 0

/**
 * One count per account, shared by the account switcher and the workspace's navigation.
 * A refresh answers as of when it was asked: an account's count told meanwhile (a notice just
 * marked read) is newer and is kept, and so is the answer to a refresh asked later.
 */
export const useUnread = create<UnreadState>((set) => ({
  counts: {},
  async refresh() {
    const mine = ++lastAsked
    const asked = new Map(told)
    const answer = await api().unreadCounts({})
    if (!answer.ok || mine !== lastAsked) return
    set((s) => ({
      counts: Object.fromEntries(
        answer.value.accounts.map((a) => [a.accountId, told.get(a.accountId) === asked.get(a.accountId) ? a.unread : (s.counts[a.accountId] ?? a.unread)])
      )
    }))
  },
  set: (accountId, unread) => {
    told.set(accountId, (told.get(accountId) ?? 0) + 1)
    set((s) => ({ counts: { ...s.counts, [accountId]: unread } }))
  }
}))

/**
 * Keeps the counts current while signed in: read again whenever the open accounts (or their
 * states) change, and told by every pull that brings notices.
 */
export function useUnreadFeed(accountsKey: string): void {
  useEffect(() => {
    if (!accountsKey) return
    void useUnread.getState().refresh()
    return api().on('noticesArrived', (e) => useUnread.getState().set(e.accountId, e.unread))
  }, [accountsKey])
}
