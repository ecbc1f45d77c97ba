import { Empty, List, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../../shared/ipc-contract'
import { api } from '../../api'
import { DeadlineTag } from '../../filing/NoticesInbox'
import { formatDay } from '../../filing/format-day'
import { useSession } from '../../stores/session-store'

/** Deadlines of every signed-in account, nearest first: an agency's morning view. */
export function AgendaPage() {
  const { t, i18n } = useTranslation()
  const accounts = useSession((s) => s.accounts)
  const [agenda, setAgenda] = useState<ChannelOutput<'deadlineAgenda'> | null>(null)
  useEffect(() => {
    void api()
      .deadlineAgenda({})
      .then((answer) => answer.ok && setAgenda(answer.value))
  }, [accounts])
  const nameOf = (id: string) => accounts.find((a) => a.id === id)?.displayName ?? id
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
            <List.Item data-testid="agenda-item">
              <Space wrap>
                <DeadlineTag dueDate={item.dueDate} today={agenda!.today} />
                <Typography.Text strong>{formatDay(item.dueDate, i18n.language)}</Typography.Text>
                <Tag color="purple">{nameOf(item.accountId)}</Tag>
                <Typography.Text>{item.title}</Typography.Text>
                {item.applicationNumber && <Typography.Text code>{item.applicationNumber}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
