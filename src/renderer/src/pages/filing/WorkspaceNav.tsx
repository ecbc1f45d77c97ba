import { Badge, App as AntApp, Menu } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { api } from '../../api'
import { SyncBadge, type SyncView } from '../../filing/SyncBadge'
import { useSession } from '../../stores/session-store'

/** The workspace's navigation with the unread count, and the current account's sync state. */
export function WorkspaceNav() {
  const { t } = useTranslation()
  const { notification } = AntApp.useApp()
  const navigate = useNavigate()
  const path = useLocation().pathname
  const account = useSession((s) => s.account)
  const accountId = account?.id
  const [sync, setSync] = useState<SyncView>({ state: 'synced' })
  const [unread, setUnread] = useState(0)
  const gated = account?.status === 'needs_completion'

  const refresh = useCallback(async () => {
    if (!accountId) return
    const status = await api().syncStatus({ accountId })
    if (status.ok) {
      const s = status.value
      setSync(s.state === 'conflict' ? { state: 'conflict', count: s.conflicts } : s.state === 'syncing' ? { state: 'syncing', done: 0, total: 0 } : { state: s.state })
    }
    const counts = await api().unreadCounts({})
    if (counts.ok) setUnread(counts.value.accounts.find((a) => a.accountId === accountId)?.unread ?? 0)
  }, [accountId])

  useEffect(() => {
    // Loaded after the first paint; the events below keep it current.
    const first = setTimeout(() => void refresh(), 0)
    const offProgress = api().on('syncProgress', (e) => {
      if (e.accountId !== accountId) return
      if (e.state === 'syncing') setSync({ state: 'syncing', done: e.done, total: e.total })
      else void refresh()
    })
    const offNotices = api().on('noticesArrived', (e) => {
      if (e.accountId === accountId) setUnread(e.unread)
      // The announcement itself is the contract's `notify` event (DesktopBridge): an OS
      // notification in the app, an in-page message in the browser host, off when the user says so.
    })
    return () => {
      clearTimeout(first)
      offProgress()
      offNotices()
    }
  }, [accountId, refresh, notification, t])

  const section = path.startsWith('/submissions') ? '/submissions' : path.startsWith('/notices') ? '/notices' : path.startsWith('/agenda') ? '/agenda' : '/drafts'
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 24px', borderBottom: '1px solid rgba(0,0,0,0.06)', background: '#fff' }}>
      <Menu
        mode="horizontal"
        selectedKeys={[section]}
        style={{ flex: 1, borderBottom: 'none', minWidth: 0 }}
        onClick={({ key }) => navigate(key)}
        items={[
          { key: '/drafts', label: t('filing.nav.drafts') },
          { key: '/submissions', label: t('filing.nav.submissions') },
          {
            key: '/notices',
            label: (
              <Badge count={gated ? 0 : unread} size="small" offset={[8, -2]}>
                <span data-testid="nav-notices">{t('filing.nav.notices')}</span>
              </Badge>
            )
          },
          { key: '/agenda', label: t('filing.nav.agenda') }
        ]}
      />
      <SyncBadge
        sync={sync}
        onSyncNow={() => void api().syncNow({ accountId }).then(() => refresh())}
        onOpenConflicts={() => navigate('/drafts')}
      />
    </div>
  )
}
