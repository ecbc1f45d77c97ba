import { Badge, Menu } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { api } from '../../api'
import { SyncBadge, type SyncView } from '../../filing/SyncBadge'
import { useSession } from '../../stores/session-store'
import { useUnread } from '../../stores/unread-store'
import { sectionOf } from './nav-section'

/** The workspace's navigation with the unread count, and the current account's sync state. */
export function WorkspaceNav() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const path = useLocation().pathname
  const account = useSession((s) => s.account)
  const accountId = account?.id
  // Unknown until the core has answered for this account: never "synced" by default.
  const [told, setTold] = useState<{ accountId: string; view: SyncView } | null>(null)
  const sync = told && told.accountId === accountId ? told.view : null
  const unread = useUnread((s) => (accountId ? (s.counts[accountId] ?? 0) : 0))
  const gated = account?.status === 'needs_completion'

  const refresh = useCallback(async () => {
    if (!accountId) return
    const status = await api().syncStatus({ accountId })
    if (status.ok) {
      const s = status.value
      const view: SyncView =
        s.state === 'conflict' ? { state: 'conflict', count: s.conflicts } : s.state === 'syncing' ? { state: 'syncing', done: 0, total: 0 } : { state: s.state }
      setTold({ accountId, view })
    }
  }, [accountId])

  useEffect(() => {
    // Loaded after the first paint; the events below keep it current.
    const first = setTimeout(() => void refresh(), 0)
    const offProgress = api().on('syncProgress', (e) => {
      if (e.accountId !== accountId) return
      if (e.state === 'syncing') setTold({ accountId, view: { state: 'syncing', done: e.done, total: e.total } })
      else void refresh()
    })
    // The unread count is the shared store's (kept by the account switcher); the announcement of
    // new notices is the contract's `notify` event (DesktopBridge).
    return () => {
      clearTimeout(first)
      offProgress()
    }
  }, [accountId, refresh])

  const section = sectionOf(path)
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 24px', borderBottom: '1px solid rgba(0,0,0,0.06)', background: '#fff' }}>
      <Menu
        mode="horizontal"
        selectedKeys={section ? [section] : []}
        style={{ flex: 1, borderBottom: 'none', minWidth: 0 }}
        onClick={({ key }) => navigate(key)}
        items={[
          { key: '/drafts', label: t('filing.nav.drafts') },
          { key: '/submissions', label: t('filing.nav.submissions') },
          {
            key: '/notices',
            label: (
              <Badge count={gated ? 0 : unread} size="small" offset={[10, -4]} title={t('filing.notices.unread', { count: unread })} data-testid="nav-unread">
                <span data-testid="nav-notices">{t('filing.nav.notices')}</span>
              </Badge>
            )
          },
          { key: '/agenda', label: t('filing.nav.agenda') }
        ]}
      />
      {sync && (
        <SyncBadge
          sync={sync}
          onSyncNow={() => void api().syncNow({ accountId }).then(() => refresh())}
          onOpenConflicts={() => navigate('/drafts')}
        />
      )}
    </div>
  )
}
