import { Badge, Button, Empty, List, Segmented, Select, Space, Tag, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { noticeKinds, type Notice, type NoticeKind } from '../../../shared/filing/filing-api'
import { formatDate } from '../i18n/format-date'
import { formatDay } from './format-day'
import { byUrgency, daysLeft, urgencyOf, type Urgency } from './notice-deadlines'
import { kindWorthShowing } from './notice-kind'
import { CompleteProfileAlert } from './CompleteProfileAlert'

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

/** The notice's kind, unless its title already begins with that name. */
export function KindTag({ kind, title }: { kind: NoticeKind; title: string }) {
  const { t } = useTranslation()
  const name = t(`filing.notices.kinds.${kind}`)
  return kindWorthShowing(title, name) ? <Tag data-testid="notice-kind">{name}</Tag> : null
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
  const list = useRef<HTMLDivElement>(null)
  const scrolledTo = useRef<string | null>(null)
  const focusShown = !!focusId && shown.some((n) => n.id === focusId)
  useEffect(() => {
    // Once per notice opened from elsewhere, as soon as its row is there. Later renders (marking
    // one read, a filter, new notices) leave the page where the user scrolled it.
    if (!focusId || !focusShown || scrolledTo.current === focusId) return
    scrolledTo.current = focusId
    list.current?.querySelector(`[data-notice-id="${CSS.escape(focusId)}"]`)?.scrollIntoView({ block: 'center' })
  }, [focusId, focusShown])
  if (gated) {
    return (
      <CompleteProfileAlert title={t('filing.notices.gated')} onCompleteProfile={onCompleteProfile} />
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
            { value: 'unread', label: t('filing.notices.unreadOnlyCount', { count: unread }) },
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
        <div ref={list}>
          <List
            dataSource={shown}
            renderItem={(n) => (
              <List.Item
                data-testid="notice"
                data-focused={n.id === focusId || undefined}
                data-notice-id={n.id}
                style={n.id === focusId ? { background: '#e6f4ff', marginInline: -12, paddingInline: 12, borderRadius: 6 } : undefined}
                actions={n.read ? [] : [<Button key="read" size="small" onClick={() => onMarkRead(n.id)}>{t('filing.notices.markRead')}</Button>]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {!n.read && <Badge status="processing" />}
                      <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                      <KindTag kind={n.kind} title={n.title} />
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
        </div>
      )}
    </div>
  )
}
