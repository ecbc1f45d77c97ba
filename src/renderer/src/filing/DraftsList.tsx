import { CopyOutlined, DeleteOutlined, PlusOutlined } from '../components/icons'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Button, Dropdown, Empty, Input, Select, Space, Tag, theme, Tooltip, Typography } from 'antd'
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { applicationTypes, type ApplicationType } from '../../../shared/filing/draft-content'
import { draftStates, emptyQuery, isFiltered, undeletableReason, type DraftQuery, type DraftRow, type DraftState } from './draft-filter'

const ROW_HEIGHT = 56
// Plain CSS ellipsis: antd's measuring ellipsis costs a hidden copy and a resize observer per
// row, which a list that redraws its rows at every scroll step cannot afford.
const oneLine = { display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' } as const
const stateColours: Record<DraftState, string> = { draft: 'default', queued: 'gold', filed: 'green', conflict: 'red', needs_attention: 'volcano' }

export type DraftsListProps = {
  /** The rows loaded so far, in the query's order; `total` rows match. */
  rows: readonly DraftRow[]
  total: number
  /** Asked for when the user scrolls near the end of the loaded rows. */
  onLoadMore: () => void
  query: DraftQuery
  onQuery: (query: DraftQuery) => void
  onOpen: (id: string) => void
  onNew: (type: ApplicationType) => void
  onDuplicate: (id: string) => void
  onDelete: (id: string) => void
  /** Height of the scrolling area; the list draws only the rows that fit in it. */
  height?: number
  /** The first answer is still on its way: the list's frame is drawn, not "no drafts". */
  loading?: boolean
}

/**
 * Every draft of the account in one scrolling list that draws only what is on screen, so
 * 10,000 drafts scroll as smoothly as ten. Arrow keys move between rows, Enter opens one.
 */
export function DraftsList({ rows, total, onLoadMore, query, onQuery, onOpen, onNew, onDuplicate, onDelete, height = 560, loading = false }: DraftsListProps) {
  const { t, i18n } = useTranslation()
  const { token } = theme.useToken()
  const shown = rows
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualizer's functions change identity as it measures; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 800, height }
  })
  const items = virtual.getVirtualItems()
  const lastShown = items.length ? items[items.length - 1]!.index : 0
  useEffect(() => {
    if (lastShown >= rows.length - 20 && rows.length < total) onLoadMore()
  }, [lastShown, rows.length, total, onLoadMore])
  const dates = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language])

  function onRowKey(e: KeyboardEvent<HTMLDivElement>, index: number) {
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0
    if (move) {
      e.preventDefault()
      const next = Math.min(total - 1, Math.max(0, index + move))
      virtual.scrollToIndex(next)
      requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus())
    } else if (e.key === 'Enter' && shown[index]) onOpen(shown[index].id)
    else if (e.key === 'Delete' && shown[index] && !undeletableReason(shown[index].state)) onDelete(shown[index].id)
  }

  const newMenu = {
    items: applicationTypes.map((ty) => ({ key: ty, label: t(`filing.types.${ty}`) })),
    onClick: ({ key }: { key: string }) => onNew(key as ApplicationType)
  }

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('filing.list.search')}
          placeholder={t('filing.list.searchHint')}
          style={{ width: 340 }}
          value={query.search}
          onChange={(e) => onQuery({ ...query, search: e.target.value })}
        />
        <Select
          aria-label={t('filing.list.allTypes')}
          style={{ width: 140 }}
          value={query.type}
          onChange={(type) => onQuery({ ...query, type })}
          options={[
            { value: 'all', label: t('filing.list.allTypes') },
            ...applicationTypes.map((ty) => ({ value: ty, label: t(`filing.types.${ty}`) }))
          ]}
        />
        <Select
          aria-label={t('filing.list.allStates')}
          style={{ width: 130 }}
          value={query.state}
          onChange={(state) => onQuery({ ...query, state })}
          options={[{ value: 'all', label: t('filing.list.allStates') }, ...draftStates.map((s) => ({ value: s, label: t(`filing.states.${s}`) }))]}
        />
        <Select
          aria-label={t('filing.list.newest')}
          style={{ width: 170 }}
          value={query.order}
          onChange={(order) => onQuery({ ...query, order })}
          options={[
            { value: 'desc', label: t('filing.list.newest') },
            { value: 'asc', label: t('filing.list.oldest') }
          ]}
        />
        <Dropdown menu={newMenu}>
          <Button type="primary" icon={<PlusOutlined />} data-testid="new-draft">
            {t('filing.list.newDraft')}
          </Button>
        </Dropdown>
        <Typography.Text type="secondary">{t('filing.list.count', { count: total })}</Typography.Text>
      </Space>
      {/* While loading, the scrolling frame stands ready (measured, observed) for the rows to come. */}
      {total === 0 && !loading ? (
        isFiltered(query) ? (
          <Empty description={t('filing.list.empty')}>
            <Button onClick={() => onQuery({ ...emptyQuery, order: query.order })}>{t('filing.list.clearFilters')}</Button>
          </Empty>
        ) : (
          // A new user's first view: what to do, not "nothing matches".
          <Empty
            data-testid="drafts-none"
            description={
              <>
                <Typography.Text strong>{t('filing.list.none')}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('filing.list.noneHint')}</Typography.Text>
              </>
            }
          >
            <Dropdown menu={newMenu}>
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-draft-empty">
                {t('filing.list.newFirst')}
              </Button>
            </Dropdown>
          </Empty>
        )
      ) : (
        <div
          ref={scroller}
          role="list"
          aria-label={t('filing.list.title')}
          data-testid="drafts-list"
          style={{ height, overflow: 'auto', border: '1px solid rgba(0,0,0,0.08)', borderRadius: 8, background: '#fff' }}
        >
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = shown[item.index]
              if (!row) return <div key={`loading-${item.index}`} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }} />
              return (
                <div
                  key={row.id}
                  role="listitem"
                  tabIndex={0}
                  data-index={item.index}
                  data-testid="draft-row"
                  onClick={() => onOpen(row.id)}
                  onKeyDown={(e) => onRowKey(e, item.index)}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                    display: 'flex',
                    alignItems: 'center',
                    gap: 12,
                    padding: '0 16px',
                    borderBottom: '1px solid rgba(0,0,0,0.05)',
                    cursor: 'pointer'
                  }}
                >
                  {/* Wide enough for the longest type in either language ("Utility model"), so titles line up. */}
                  <Tag style={{ width: 104, flex: 'none', marginInlineEnd: 0, textAlign: 'center', ...oneLine }}>{t(`filing.types.${row.type}`)}</Tag>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <span title={row.title} style={{ ...oneLine, fontWeight: token.fontWeightStrong, color: token.colorText }}>
                      {row.title || t('filing.list.untitled')}
                    </span>
                    <span style={{ ...oneLine, fontSize: 12, color: token.colorTextSecondary }}>{row.applicationNumber ?? ' '}</span>
                  </div>
                  <Tag color={stateColours[row.state]}>{t(`filing.states.${row.state}`)}</Tag>
                  <span style={{ width: 150, fontSize: 12, textAlign: 'right', color: token.colorTextSecondary }}>{dates.format(new Date(row.updatedAt))}</span>
                  <Space size={0} onClick={(e) => e.stopPropagation()}>
                    <Button type="text" size="small" icon={<CopyOutlined />} aria-label={t('filing.list.duplicate')} title={t('filing.list.duplicate')} onClick={() => onDuplicate(row.id)} />
                    <DeleteButton reason={undeletableReason(row.state)} onDelete={() => onDelete(row.id)} />
                  </Space>
                </div>
              )
            })}
          </div>
        </div>
      )}
    </div>
  )
}

/** Delete, or, for a submitted application, the same place greyed out with the reason on hover. */
function DeleteButton({ reason, onDelete }: { reason: ReturnType<typeof undeletableReason>; onDelete: () => void }) {
  const { t } = useTranslation()
  if (!reason) {
    return <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('filing.list.delete')} title={t('filing.list.delete')} onClick={onDelete} />
  }
  const why = t(`filing.list.${reason}`)
  return (
    <Tooltip title={why}>
      {/* A disabled button gets no pointer events; the wrapper carries the tooltip. */}
      <span data-testid="delete-refused">
        <Button type="text" size="small" disabled icon={<DeleteOutlined />} aria-label={t('filing.list.deleteRefused', { why })} />
      </span>
    </Tooltip>
  )
}
