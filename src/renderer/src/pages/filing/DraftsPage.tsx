import { App as AntApp, Button, Typography } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ApplicationType } from '../../../../shared/filing/draft-content'
import type { Api } from '../../../../shared/ipc-api'
import { api } from '../../api'
import { createEarlyRequest } from '../../filing/early-request'
import { emptyQuery, listInputOf, type DraftQuery, type DraftRow } from '../../filing/draft-filter'
import { DraftsList } from '../../filing/DraftsList'
import { undoDeletion } from '../../filing/undo-deletion'
import { errorText } from '../../i18n/error-text'
import { useSession } from '../../stores/session-store'

const PAGE = 200
const firstPage = createEarlyRequest<Awaited<ReturnType<Api['listDrafts']>>>()

/** The account's drafts: the first page at once, the next ones as the list scrolls. */
export function DraftsPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const accountId = useSession((s) => s.account?.id)
  const [query, setQuery] = useState<DraftQuery>(emptyQuery)
  const [rows, setRows] = useState<DraftRow[]>([])
  const [total, setTotal] = useState(0)
  const [loaded, setLoaded] = useState(false)
  const loading = useRef(false)
  const generation = useRef(0)
  // The first page is asked for while the screen is first drawn (an initial state runs on mount
  // only), not after: its answer travels while React renders, and the rows follow at once.
  useState(() => accountId && firstPage.start(accountId, () => api().listDrafts({ accountId, ...listInputOf(emptyQuery, 0, PAGE) })))

  const load = useCallback(
    async (offset: number, q: DraftQuery) => {
      if (!accountId) return
      const mine = offset === 0 ? ++generation.current : generation.current
      loading.current = true
      const early = offset === 0 && q === emptyQuery ? firstPage.take(accountId) : undefined
      const answer = await (early ?? api().listDrafts({ accountId, ...listInputOf(q, offset, PAGE) }))
      loading.current = false
      if (mine !== generation.current) return
      if (!answer.ok) return void message.error(errorText(t, answer.error))
      setTotal(answer.value.total)
      setLoaded(true)
      setRows((before) => [...(offset === 0 ? [] : before.slice(0, offset)), ...answer.value.items])
    },
    [accountId, message, t]
  )

  // What the screen shows now, for the undo message, which is clicked seconds after it was made.
  const now = useRef({ accountId, query, load, t })
  useEffect(() => {
    now.current = { accountId, query, load, t }
  }, [accountId, query, load, t])

  useEffect(() => {
    const timer = setTimeout(() => void load(0, query), query.search ? 150 : 0)
    return () => clearTimeout(timer)
  }, [load, query])

  useEffect(() => {
    if (!accountId) return
    return api().on('draftChanged', (e) => {
      if (e.accountId === accountId) void load(0, query)
    })
  }, [accountId, load, query])

  async function onNew(type: ApplicationType) {
    const answer = await api().createDraft({ accountId, type })
    if (answer.ok) navigate(`/drafts/${answer.value.id}`)
    else void message.error(errorText(t, answer.error))
  }

  async function onDuplicate(id: string) {
    const answer = await api().duplicateDraft({ accountId, id })
    if (answer.ok) navigate(`/drafts/${answer.value.id}`)
    else void message.error(errorText(t, answer.error))
  }

  async function onDelete(id: string) {
    if (!accountId) return
    const title = rows.find((r) => r.id === id)?.title ?? ''
    const answer = await api().deleteDraft({ accountId, id })
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    void load(0, query)
    const key = `deleted-${id}`
    void message.info({
      key,
      duration: 8,
      content: (
        <span>
          {t('filing.list.deleted', { title: title || t('filing.list.untitled') })}{' '}
          <Button
            size="small"
            type="link"
            onClick={async () => {
              message.destroy(key)
              // The same draft comes back (its id, versions and attachments), not a copy of it.
              const refused = await undoDeletion({ accountId, id }, (input) => api().restoreDraft(input), () => {
                const shown = now.current
                return { accountId: shown.accountId, reload: () => void shown.load(0, shown.query) }
              })
              if (refused) void message.error(errorText(now.current.t, refused))
            }}
          >
            {t('filing.list.undo')}
          </Button>
        </span>
      )
    })
  }

  return (
    <div style={{ maxWidth: 1100, margin: '16px auto', padding: '0 24px' }}>
      <Typography.Title level={3}>{t('filing.list.title')}</Typography.Title>
      <DraftsList
        rows={rows}
        total={total}
        onLoadMore={() => {
          if (!loading.current) void load(rows.length, query)
        }}
        query={query}
        onQuery={setQuery}
        onOpen={(id) => navigate(`/drafts/${id}`)}
        onNew={(type) => void onNew(type)}
        onDuplicate={(id) => void onDuplicate(id)}
        onDelete={(id) => void onDelete(id)}
        height={Math.max(320, window.innerHeight - 260)}
        loading={!loaded}
      />
    </div>
  )
}
