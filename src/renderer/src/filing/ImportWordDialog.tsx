import { Alert, Button, List, Modal, Space, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocxImport } from '../../../shared/filing/docx-import-result'
import type { DraftContent } from '../../../shared/filing/draft-content'
import type { AppError } from '../../../shared/result'
import { errorText } from '../i18n/error-text'
import { applyImport } from './apply-import'

type Props = {
  open: boolean
  content: DraftContent
  /** Reads the file's bytes in the core (mammoth) and answers what it placed. */
  read: (bytes: Uint8Array) => Promise<{ ok: true; value: DocxImport } | { ok: false; error: AppError }>
  onApply: (next: DraftContent) => void
  onClose: () => void
}

/**
 * Picks a .docx, shows what it would fill and what it could not place, and asks before any
 * field with text is replaced.
 */
export function ImportWordDialog({ open, content, read, onApply, onClose }: Props) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<DocxImport | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const applied = result ? applyImport(content, result) : null

  async function onFile(file: File) {
    setBusy(true)
    setError(null)
    setResult(null)
    const answer = await read(new Uint8Array(await file.arrayBuffer()))
    setBusy(false)
    if (answer.ok) setResult(answer.value)
    else setError(answer.error)
  }

  function close() {
    setResult(null)
    setError(null)
    onClose()
  }

  return (
    <Modal
      open={open}
      title={t('filing.importWord.title')}
      onCancel={close}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('filing.cancel')}
        </Button>,
        <Button
          key="apply"
          type="primary"
          danger={!!applied?.overwrites.length}
          disabled={!applied}
          data-testid="import-apply"
          onClick={() => {
            onApply(applied!.next)
            close()
          }}
        >
          {t('filing.importWord.apply')}
        </Button>
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button loading={busy} onClick={() => input.current?.click()}>
          {t('filing.importWord.pick')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          data-testid="import-input"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) void onFile(file)
            e.target.value = ''
          }}
        />
        {error && <Alert type="error" showIcon title={errorText(t, error)} />}
        {result && (
          <>
            <Alert
              type="success"
              showIcon
              data-testid="import-summary"
              title={t('filing.importWord.placed', {
                count: result.claims.length,
                description: [...result.description].length,
                abstract: [...result.abstract].length
              })}
            />
            {result.numberingGaps.length > 0 && (
              <Alert type="warning" showIcon title={t('filing.importWord.gaps', { numbers: result.numberingGaps.join(', ') })} />
            )}
            {result.unplaced.length > 0 && (
              <>
                <Typography.Text>{t('filing.importWord.unplaced')}</Typography.Text>
                <List
                  size="small"
                  bordered
                  style={{ maxHeight: 200, overflow: 'auto' }}
                  dataSource={result.unplaced}
                  renderItem={(u) => (
                    <List.Item>
                      {u.kind === 'image' ? t('filing.importWord.unplacedImage', { type: u.text }) : <Typography.Text ellipsis>{u.text}</Typography.Text>}
                    </List.Item>
                  )}
                />
              </>
            )}
            {applied && applied.overwrites.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('filing.importWord.overwrite', {
                  fields: applied.overwrites.map((f) => t(`filing.editor.sections.${f}`)).join('、')
                })}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  )
}
