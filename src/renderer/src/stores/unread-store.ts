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

/** One count per account, shared by the account switcher and the workspace's navigation. */
export const useUnread = create<UnreadState>((set) => ({
  counts: {},
  async refresh() {
    const answer = await api().unreadCounts({})
    if (answer.ok) set({ counts: Object.fromEntries(answer.value.accounts.map((a) => [a.accountId, a.unread])) })
  },
  set: (accountId, unread) => set((s) => ({ counts: { ...s.counts, [accountId]: unread } }))
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
