import { App as AntApp, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { ChannelOutput } from '../../../../shared/ipc-contract'
import { api } from '../../api'
import { ConflictView } from '../../filing/ConflictView'
import { errorText } from '../../i18n/error-text'
import { useSession } from '../../stores/session-store'

export function ConflictPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const accountId = useSession((s) => s.account?.id)
  const [pair, setPair] = useState<ChannelOutput<'draftConflict'> | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void api()
      .draftConflict({ accountId, id })
      .then((answer) => (answer.ok ? setPair(answer.value) : void message.error(errorText(t, answer.error))))
  }, [accountId, id, message, t])

  async function keep(choice: 'mine' | 'theirs' | 'both') {
    setBusy(true)
    const answer = await api().resolveDraftConflict({ accountId, id, keep: choice === 'mine' ? 'local' : choice === 'theirs' ? 'server' : 'both' })
    setBusy(false)
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    void message.success(t('filing.conflicts.resolved'))
    const kept = answer.value.kept[0]
    navigate(kept ? `/drafts/${kept.id}` : '/drafts')
  }

  if (!pair) return <Spin size="large" style={{ display: 'block', marginTop: 120 }} />
  return (
    <div style={{ maxWidth: 1280, margin: '16px auto', padding: '0 24px' }}>
      <Typography.Title level={3}>{t('filing.conflicts.title')}</Typography.Title>
      <ConflictView mine={pair.local.content} theirs={pair.server?.content ?? pair.local.content} busy={busy} onKeep={(c) => void keep(c)} />
    </div>
  )
}
