import { Alert, Badge, Button, Empty, List, Segmented, Select, Space, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { noticeKinds, type Notice, type NoticeKind } from '../../../shared/filing/filing-api'
import { formatDate } from '../i18n/format-date'
import { formatDay } from './format-day'
import { byUrgency, daysLeft, urgencyOf, type Urgency } from './notice-deadlines'

const urgencyColours: Record<Urgency, string> = { overdue: 'red', urgent: 'volcano', soon: 'gold', later: 'blue', none: 'default' }

/** The words for a deadline: "3 days left", "due today", "2 days overdue". */
export function DeadlineTag({ dueDate, today }: { dueDate: string; today: string }) {
  const { t } = useTranslation()
  const d = daysLeft(dueDate, today)
  return (
    <Tag color={urgencyColours[urgencyOf({ dueDate }, today)]} data-testid="deadline">
      {d < 0 ? t('filing.notices.overdue', { count: -d }) : d === 0 ? t('filing.notices.dueToday') : t('filing.notices.daysLeft', { count: d })}
    </Tag>
  )
}

type Props = {
  notices: readonly Notice[]
  today: string
  gated?: boolean
  onMarkRead: (id: string) => void
  onCompleteProfile?: () => void
  /** A notice opened from elsewhere (the agenda): marked and scrolled into view. */
  focusId?: string | null
}

/** The account's notices, most urgent first, with filters; a deadline shows its days left. */
export function NoticesInbox({ notices, today, gated, onMarkRead, onCompleteProfile, focusId }: Props) {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useState<'all' | 'unread' | 'deadline'>('all')
  const [kind, setKind] = useState<NoticeKind | 'all'>('all')
  const shown = useMemo(
    () =>
      byUrgency(
        notices.filter(
          (n) => (kind === 'all' || n.kind === kind) && (filter === 'all' || (filter === 'unread' ? !n.read : !!n.dueDate))
        )
      ),
    [notices, filter, kind]
  )
  const unread = notices.filter((n) => !n.read).length
  if (gated) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('filing.notices.gated')}
        action={
          <Button size="small" onClick={onCompleteProfile}>
            {t('filing.checklist.complete')}
          </Button>
        }
      />
    )
  }
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          options={[
            { value: 'all', label: t('filing.notices.all') },
            { value: 'unread', label: `${t('filing.notices.unreadOnly')} (${unread})` },
            { value: 'deadline', label: t('filing.notices.withDeadline') }
          ]}
        />
        <Select
          aria-label={t('filing.notices.allKinds')}
          style={{ width: 160 }}
          value={kind}
          onChange={setKind}
          options={[{ value: 'all', label: t('filing.notices.allKinds') }, ...noticeKinds.map((k) => ({ value: k, label: t(`filing.notices.kinds.${k}`) }))]}
        />
      </Space>
      {shown.length === 0 ? (
        <Empty description={t('filing.notices.empty')} />
      ) : (
        <List
          dataSource={shown}
          renderItem={(n) => (
            <List.Item
              data-testid="notice"
              data-focused={n.id === focusId || undefined}
              ref={n.id === focusId ? (node: HTMLDivElement | null) => node?.scrollIntoView({ block: 'center' }) : undefined}
              style={n.id === focusId ? { background: '#e6f4ff', marginInline: -12, paddingInline: 12, borderRadius: 6 } : undefined}
              actions={n.read ? [] : [<Button key="read" size="small" onClick={() => onMarkRead(n.id)}>{t('filing.notices.markRead')}</Button>]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {!n.read && <Badge status="processing" />}
                    <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                    <Tag>{t(`filing.notices.kinds.${n.kind}`)}</Tag>
                    {n.applicationNumber && <Typography.Text code>{n.applicationNumber}</Typography.Text>}
                    {n.dueDate && <DeadlineTag dueDate={n.dueDate} today={today} />}
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{n.body}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('filing.notices.issued', { date: formatDate(n.issuedAt, i18n.language) })}
                      {n.dueDate && ` · ${t('filing.notices.due', { date: formatDay(n.dueDate, i18n.language) })}`}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
