import { App as AntApp, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { Notice } from '../../../../shared/filing/filing-api'
import { officeDate } from '../../../../shared/filing/office-date'
import { api } from '../../api'
import { NoticesInbox } from '../../filing/NoticesInbox'
import { errorText } from '../../i18n/error-text'
import { useSession } from '../../stores/session-store'
import { useUnread } from '../../stores/unread-store'

export function NoticesPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const account = useSession((s) => s.account)
  const accountId = account?.id
  const [notices, setNotices] = useState<Notice[]>([])
  // `?notice=ID`: the notice the agenda opened.
  const focusId = useSearchParams()[0].get('notice')
  const setUnread = useUnread((s) => s.set)

  const load = useCallback(async () => {
    const answer = await api().listNotices({ accountId, sort: 'urgency', limit: 500 })
    if (answer.ok) setNotices(answer.value.items)
    else void message.error(errorText(t, answer.error))
  }, [accountId, message, t])

  useEffect(() => {
    // Loaded after the first paint; the events below keep it current.
    const first = setTimeout(() => void load(), 0)
    const off = api().on('noticesArrived', (e) => e.accountId === accountId && void load())
    return () => {
      clearTimeout(first)
      off()
    }
  }, [load, accountId])

  async function onMarkRead(id: string) {
    const answer = await api().markNoticeRead({ accountId, id })
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    if (accountId) setUnread(accountId, answer.value.unread)
    setNotices((list) => list.map((n) => (n.id === id ? { ...n, read: true } : n)))
  }

  return (
    <div style={{ maxWidth: 1000, margin: '16px auto', padding: '0 24px' }}>
      <Typography.Title level={3}>{t('filing.notices.title')}</Typography.Title>
      <NoticesInbox
        notices={notices}
        today={officeDate(new Date())}
        gated={account?.status === 'needs_completion'}
        onMarkRead={(id) => void onMarkRead(id)}
        onCompleteProfile={() => navigate('/complete-profile')}
        focusId={focusId}
      />
    </div>
  )
}
