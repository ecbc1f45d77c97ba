import { FilePdfOutlined, StopOutlined } from '../components/icons'
import { Button, Descriptions, Empty, List, Modal, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubmissionView } from '../../../shared/filing/filing-channels'
import { errorText } from '../i18n/error-text'
import { formatDay } from './format-day'
import { officeDate } from '../../../shared/filing/office-date'

export type SubmissionRow = SubmissionView

const colours = { queued: 'gold', filed: 'green', needs_attention: 'red' } as const

type Props = {
  rows: readonly SubmissionRow[]
  onCancel: (id: string) => void
  onExportReceipt: (id: string) => void
}

/** Queued submissions with a cancel while they wait; filed ones with number, date and receipt. */
export function SubmissionsList({ rows, onCancel, onExportReceipt }: Props) {
  const { t, i18n } = useTranslation()
  const [receipt, setReceipt] = useState<SubmissionRow | null>(null)
  if (rows.length === 0) return <Empty description={t('filing.submissions.empty')} />
  return (
    <>
      <List
        dataSource={rows}
        renderItem={(s) => (
          <List.Item
            data-testid="submission"
            data-state={s.state}
            actions={
              s.state === 'queued'
                ? [
                    <Button key="cancel" size="small" icon={<StopOutlined />} onClick={() => onCancel(s.id)}>
                      {t('filing.submissions.cancel')}
                    </Button>
                  ]
                : s.state === 'filed'
                  ? [
                      <Button key="view" size="small" onClick={() => setReceipt(s)}>
                        {t('filing.submissions.viewReceipt')}
                      </Button>,
                      <Button key="pdf" size="small" icon={<FilePdfOutlined />} onClick={() => onExportReceipt(s.id)}>
                        {t('filing.submissions.exportPdf')}
                      </Button>
                    ]
                  : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Typography.Text strong>{s.title || t('filing.list.untitled')}</Typography.Text>
                  <Tag color={colours[s.state]}>{t(`filing.submissions.${s.state}`)}</Tag>
                  {s.applicationNumber && (
                    <Typography.Text code data-testid="application-number">
                      {s.applicationNumber}
                    </Typography.Text>
                  )}
                </Space>
              }
              description={
                s.state === 'filed' && s.filedAt
                  ? t('filing.submissions.filedOn', { date: formatDay(officeDate(new Date(s.filedAt)), i18n.language) })
                  : s.state === 'queued'
                    ? t('filing.submissions.queuedHint')
                    : s.error
                      ? errorText(t, s.error)
                      : t('filing.submissions.attempts', { count: s.attempts })
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={!!receipt}
        title={t('filing.submissions.receipt')}
        onCancel={() => setReceipt(null)}
        footer={[
          <Button key="pdf" type="primary" icon={<FilePdfOutlined />} onClick={() => receipt && onExportReceipt(receipt.id)}>
            {t('filing.submissions.exportPdf')}
          </Button>
        ]}
      >
        {receipt && (
          <Descriptions column={1} bordered size="small" data-testid="receipt">
            <Descriptions.Item label={t('filing.submissions.applicationNumber')}>{receipt.applicationNumber}</Descriptions.Item>
            <Descriptions.Item label={t('filing.submissions.filedAt')}>{receipt.filedAt && formatDay(officeDate(new Date(receipt.filedAt)), i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('filing.editor.title')}>{receipt.title || t('filing.list.untitled')}</Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </>
  )
}
