import { RightOutlined } from '../../components/icons'
import { App as AntApp, Empty, List, Space, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ChannelOutput } from '../../../../shared/ipc-contract'
import { api } from '../../api'
import { DeadlineTag, KindTag } from '../../filing/NoticesInbox'
import { formatDay } from '../../filing/format-day'
import { errorText } from '../../i18n/error-text'
import { useSession } from '../../stores/session-store'

type AgendaItem = ChannelOutput<'deadlineAgenda'>['items'][number]

/**
 * Deadlines of every signed-in account, nearest first: an agency's morning view. Each row names
 * its account; opening one switches to that account and shows the notice in its inbox.
 */
export function AgendaPage() {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const accounts = useSession((s) => s.accounts)
  const currentId = useSession((s) => s.account?.id)
  const switchTo = useSession((s) => s.switchTo)
  const [agenda, setAgenda] = useState<ChannelOutput<'deadlineAgenda'> | null>(null)

  const load = useCallback(async () => {
    const answer = await api().deadlineAgenda({})
    if (answer.ok) setAgenda(answer.value)
  }, [])
  const accountsKey = accounts.map((a) => a.id).join(',')
  useEffect(() => {
    // Loaded after the first paint, and again when the open accounts change; a new notice may
    // bring a deadline, in any account.
    const first = setTimeout(() => void load(), 0)
    const off = api().on('noticesArrived', () => void load())
    return () => {
      clearTimeout(first)
      off()
    }
  }, [load, accountsKey])

  const nameOf = (id: string) => accounts.find((a) => a.id === id)?.displayName ?? id
  async function open(item: AgendaItem) {
    if (item.accountId !== currentId) {
      const error = await switchTo(item.accountId)
      if (error) return void message.error(errorText(t, error))
    }
    navigate(`/notices?notice=${encodeURIComponent(item.noticeId)}`)
  }

  return (
    <div style={{ maxWidth: 1000, margin: '16px auto', padding: '0 24px' }}>
      <Typography.Title level={3}>{t('filing.agenda.title')}</Typography.Title>
      {agenda && agenda.items.length === 0 ? (
        <Empty description={t('filing.agenda.empty')} />
      ) : (
        <List
          loading={!agenda}
          dataSource={agenda?.items ?? []}
          renderItem={(item) => (
            // The row is a list item holding one button, named by what it shows: the deadline,
            // the account and the notice.
            <List.Item data-testid="agenda-item" data-account={item.accountId} style={{ padding: 0 }}>
              <div
                role="button"
                tabIndex={0}
                style={{ cursor: 'pointer', padding: '12px 8px', width: '100%', display: 'flex', alignItems: 'center', gap: 8 }}
                onClick={() => void open(item)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return
                  e.preventDefault()
                  void open(item)
                }}
              >
                {/* Days left and date in columns of their own, so the rows line up. */}
                <span style={{ flex: 'none', width: 112 }}>
                  <DeadlineTag dueDate={item.dueDate} today={agenda!.today} />
                </span>
                <Typography.Text strong style={{ flex: 'none', width: 150 }}>
                  {formatDay(item.dueDate, i18n.language)}
                </Typography.Text>
                <Space wrap size={[8, 4]} style={{ flex: 1 }}>
                  <Tag color="purple" data-testid="agenda-account">
                    {nameOf(item.accountId)}
                  </Tag>
                  <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
                  <KindTag kind={item.kind} title={item.title} />
                  {item.applicationNumber && <Typography.Text code>{item.applicationNumber}</Typography.Text>}
                </Space>
                <RightOutlined style={{ color: 'rgba(0,0,0,0.6)' }} />
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
