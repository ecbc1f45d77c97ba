import { FileWordOutlined, HistoryOutlined } from '../../components/icons'
import { Alert, App as AntApp, Button, Spin, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { AttachmentRef, DraftContent } from '../../../../shared/filing/draft-content'
import type { ChannelOutput } from '../../../../shared/ipc-contract'
import { api } from '../../api'
import { createAutosave, type AutosaveState } from '../../filing/autosave'
import { DraftEditor } from '../../filing/DraftEditor'
import { ImportWordDialog } from '../../filing/ImportWordDialog'
import { SubmitConfirm } from '../../filing/SubmitConfirm'
import { VersionHistory } from '../../filing/VersionHistory'
import { submitSummary } from '../../filing/submit-summary'
import { errorText } from '../../i18n/error-text'
import { useSession } from '../../stores/session-store'
import { bytesToBase64 } from './bytes'

type Draft = ChannelOutput<'getDraft'>
const AUTOSAVE_MS = 400

export function DraftEditorPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { message, modal } = AntApp.useApp()
  const navigate = useNavigate()
  const account = useSession((s) => s.account)
  const accountId = account?.id
  const [draft, setDraft] = useState<Draft | null>(null)
  const [content, setContent] = useState<DraftContent | null>(null)
  const [saveState, setSaveState] = useState<AutosaveState>('idle')
  const [submitting, setSubmitting] = useState(false)
  const [importing, setImporting] = useState(false)
  const [versions, setVersions] = useState<ChannelOutput<'draftVersions'>['versions'] | null>(null)
  const [previews, setPreviews] = useState<Record<string, string>>({})

  // Read through a ref: a reload that followed the language would, on a switch, put the last
  // saved content back over what was typed in the pause before autosave.
  const say = useRef({ message, t })
  useEffect(() => {
    say.current = { message, t }
  }, [message, t])
  const reload = useCallback(async () => {
    const answer = await api().getDraft({ accountId, id })
    if (answer.ok) {
      setDraft(answer.value)
      setContent(answer.value.content)
    } else void say.current.message.error(errorText(say.current.t, answer.error))
  }, [accountId, id])

  const autosave = useMemo(
    () =>
      createAutosave<DraftContent>({
        delayMs: AUTOSAVE_MS,
        save: async (value) => {
          const answer = await api().updateDraft({ accountId, id, content: value })
          if (answer.ok) setDraft((d) => (d ? { ...d, ...answer.value, content: value } : d))
          return answer.ok
        },
        onState: setSaveState
      }),
    [accountId, id]
  )

  useEffect(() => {
    const timer = setTimeout(() => void reload(), 0)
    return () => clearTimeout(timer)
  }, [reload])

  // Nothing typed is lost when the window closes, hides or the page changes: what waits is saved at once.
  useEffect(() => {
    const flush = () => void autosave.flush()
    const onHide = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('beforeunload', flush)
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('beforeunload', flush)
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHide)
      flush()
      autosave.dispose()
    }
  }, [autosave])

  // A sync or a filing changed this draft elsewhere: show it, unless the user has changes waiting.
  useEffect(
    () =>
      api().on('draftChanged', (e) => {
        if (e.accountId === accountId && e.ids.includes(id) && autosave.state() !== 'pending' && autosave.state() !== 'saving') void reload()
      }),
    [accountId, id, autosave, reload]
  )

  // Image previews, fetched once per file.
  useEffect(() => {
    for (const a of content?.attachments ?? []) {
      if (!a.mime.startsWith('image/') || a.mime === 'image/tiff' || previews[a.sha256]) continue
      void api()
        .attachmentPreview({ accountId, sha256: a.sha256 })
        .then((answer) => {
          if (answer.ok) setPreviews((p) => ({ ...p, [a.sha256]: `data:${answer.value.mime};base64,${answer.value.data}` }))
        })
    }
  }, [content?.attachments, accountId, previews])

  if (!draft || !content) return <Spin size="large" style={{ display: 'block', marginTop: 120 }} />

  const readOnly = draft.state === 'filed' || draft.state === 'queued'
  const online = account?.state === 'online'
  const change = (next: DraftContent) => {
    setContent(next)
    autosave.change(next)
  }

  /** Nothing is filed on one click: the user sees what goes out and when, and confirms (Enter) or not (Escape). */
  function confirmSubmit() {
    if (!content) return
    void modal.confirm({
      title: t('filing.confirmSubmit.title'),
      content: <SubmitConfirm summary={submitSummary(content, online)} />,
      okText: t('filing.confirmSubmit.ok'),
      cancelText: t('filing.cancel'),
      autoFocusButton: 'ok',
      width: 480,
      onOk: () => void submit()
    })
  }

  async function submit() {
    setSubmitting(true)
    await autosave.flush()
    const answer = await api().submitDraft({ accountId, draftId: id })
    setSubmitting(false)
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    void message.success(t(`filing.submissions.${answer.value.outcome}`))
    navigate('/submissions')
  }

  async function onAddAttachment(kind: AttachmentRef['kind'], file: File) {
    await autosave.flush()
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    const answer = await api().addAttachment({ accountId, draftId: id, name: file.name, kind, data })
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    await reload()
  }

  async function openVersions() {
    // What waits is saved first, so the history ends with what the editor shows.
    await autosave.flush()
    const answer = await api().draftVersions({ accountId, id })
    if (answer.ok) setVersions(answer.value.versions)
    else void message.error(errorText(t, answer.error))
  }

  /** Puts a kept version's content back, as a new version; `undoable` offers to go back to the one it replaced. */
  async function restore(version: number, undoable = true) {
    await autosave.flush()
    // The newest kept version holds what the editor shows now: the one an Undo goes back to.
    const before = await api().draftVersions({ accountId, id })
    const previous = before.ok ? before.value.versions[0]?.version : undefined
    const answer = await api().restoreDraftVersion({ accountId, id, version })
    if (!answer.ok) return void message.error(errorText(t, answer.error))
    setDraft(answer.value)
    setContent(answer.value.content)
    setVersions(null)
    if (!undoable) return void message.success(t('filing.versions.undone', { n: version }))
    if (previous === undefined) return void message.success(t('filing.versions.restored', { n: version }))
    const key = `restored-${id}`
    void message.success({
      key,
      duration: 10,
      content: (
        <span>
          {t('filing.versions.restored', { n: version })}{' '}
          <Button
            size="small"
            type="link"
            data-testid="undo-restore"
            onClick={() => {
              message.destroy(key)
              void restore(previous, false)
            }}
          >
            {t('filing.versions.undo')}
          </Button>
        </span>
      )
    })
  }

  return (
    <div style={{ maxWidth: 1280, margin: '16px auto', padding: '0 24px' }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {content.title || t('filing.list.untitled')}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 14 }}>
          {t(`filing.types.${content.type}`)} · {t(`filing.states.${draft.state}`)}
          {draft.applicationNumber && ` · ${draft.applicationNumber}`}
        </Typography.Text>
      </Typography.Title>
      {draft.state === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('filing.conflicts.explain')}
          action={<Button onClick={() => navigate(`/drafts/${id}/conflict`)}>{t('filing.conflicts.title')}</Button>}
        />
      )}
      {draft.syncError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, draft.syncError)} />}
      <DraftEditor
        key={id}
        content={content}
        readOnly={readOnly}
        saveState={saveState}
        gate={
          account?.status === 'needs_completion'
            ? { state: 'profile_incomplete' }
            : { state: 'open', online }
        }
        submitting={submitting}
        onChange={change}
        onSubmit={confirmSubmit}
        onAddAttachment={(kind, file) => void onAddAttachment(kind, file)}
        previewOf={(a) => previews[a.sha256]}
        onCompleteProfile={() => navigate('/complete-profile')}
        toolbar={
          <>
            {!readOnly && (
              <Button icon={<FileWordOutlined />} onClick={() => setImporting(true)} data-testid="import-word">
                {t('filing.editor.importWord')}
              </Button>
            )}
            <Button icon={<HistoryOutlined />} onClick={() => void openVersions()}>
              {t('filing.editor.versions')}
            </Button>
          </>
        }
      />
      <ImportWordDialog
        open={importing}
        content={content}
        read={(bytes) => api().importDocx({ data: bytesToBase64(bytes) })}
        onApply={(next) => {
          change(next)
          void message.success(t('filing.importWord.done'))
        }}
        onClose={() => setImporting(false)}
      />
      <VersionHistory versions={versions} current={draft.version} readOnly={readOnly} onRestore={(v) => void restore(v)} onClose={() => setVersions(null)} />
    </div>
  )
}
