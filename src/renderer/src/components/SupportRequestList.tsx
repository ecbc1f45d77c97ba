import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SentSupportRequest } from '../../../shared/ipc-contract'

/** The requests sent from this computer, newest first, dated in the user's language. */
export function SupportRequestList({ requests }: { requests: SentSupportRequest[] | null }) {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section aria-label={t('support.list.title')} style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('support.list.title')}</Typography.Title>
      <Table<SentSupportRequest>
        size="small"
        rowKey="requestId"
        loading={requests === null}
        dataSource={requests ?? []}
        pagination={false}
        locale={{ emptyText: t('support.list.empty') }}
        columns={[
          { title: t('support.list.sentAt'), dataIndex: 'sentAt', width: 190, render: (v: string) => date.format(new Date(v)) },
          { title: t('support.list.kind'), dataIndex: 'kind', render: (v: string) => t(`support.kinds.${v}`, { defaultValue: v }) },
          {
            title: t('support.list.id'),
            dataIndex: 'requestId',
            render: (v: string) => (
              <Typography.Text copyable={{ text: v }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {v.slice(0, 8)}
              </Typography.Text>
            )
          }
        ]}
      />
    </section>
  )
}
