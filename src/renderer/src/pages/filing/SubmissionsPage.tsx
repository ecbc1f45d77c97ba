import { App as AntApp, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../../shared/ipc-contract'
import { api } from '../../api'
import { SubmissionsList } from '../../filing/SubmissionsList'
import { errorText } from '../../i18n/error-text'
import { useSession } from '../../stores/session-store'
import { base64ToBytes } from './bytes'

type Item = ChannelOutput<'listSubmissions'>['items'][number]

/** Saves bytes as a file through the browser's download (the Electron shell asks where). */
function download(bytes: Uint8Array, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function SubmissionsPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const accountId = useSession((s) => s.account?.id)
  const [items, setItems] = useState<Item[]>([])

  const load = useCallback(async () => {
    const answer = await api().listSubmissions({ accountId, limit: 500 })
    if (answer.ok) setItems(answer.value.items)
    else void message.error(errorText(t, answer.error))
  }, [accountId, message, t])

  useEffect(() => {
    // Loaded after the first paint; the events below keep it current.
    const first = setTimeout(() => void load(), 0)
    const offDrafts = api().on('draftChanged', (e) => e.accountId === accountId && void load())
    const offSync = api().on('syncProgress', (e) => e.accountId === accountId && e.state !== 'syncing' && void load())
    return () => {
      clearTimeout(first)
      offDrafts()
      offSync()
    }
  }, [load, accountId])

  async function onCancel(id: string) {
    const answer = await api().cancelSubmission({ accountId, id })
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    void message.success(t('filing.submissions.cancelled'))
    void load()
  }

  async function onExport(id: string) {
    const answer = await api().receiptPdf({ accountId, submissionId: id })
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    download(base64ToBytes(answer.value.data), answer.value.fileName, 'application/pdf')
    void message.success(t('filing.submissions.exported'))
  }

  return (
    <div style={{ maxWidth: 1000, margin: '16px auto', padding: '0 24px' }}>
      <Typography.Title level={3}>{t('filing.submissions.title')}</Typography.Title>
      <SubmissionsList
        rows={items.map((s) => ({ ...s, title: s.title ?? '' }))}
        onCancel={(id) => void onCancel(id)}
        onExportReceipt={(id) => void onExport(id)}
      />
    </div>
  )
}
