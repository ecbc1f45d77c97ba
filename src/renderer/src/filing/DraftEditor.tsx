import { Badge, Form, Input, Space, Tabs, Typography } from 'antd'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { runChecklist, type Finding } from '../../../shared/filing/checklist'
import type { AttachmentRef, DraftContent } from '../../../shared/filing/draft-content'
import { officeDate } from '../../../shared/filing/office-date'
import type { AutosaveState } from './autosave'
import { AttachmentsSection } from './AttachmentsSection'
import { ChecklistPanel, type SubmitGate } from './ChecklistPanel'
import { countBySection, editorSections, fieldId, sectionOf, type EditorSection } from './checklist-sections'
import { ClaimsSection } from './ClaimsSection'
import { Field, FieldsContext, type FieldsState } from './field'
import { RequestSection } from './RequestSection'
import { findingsByPath, shownFindings } from './shown-findings'

/**
 * Puts the cursor in a field once its tab has rendered (a few frames at most); a path naming a
 * list item's part falls back to the item, then the list.
 */
function focusField(path: string, tries = 6): void {
  requestAnimationFrame(() => {
    const parts = path.split('.')
    for (let n = parts.length; n > 0; n--) {
      const target = document.getElementById(fieldId(parts.slice(0, n).join('.')))
      if (target) {
        target.focus()
        target.scrollIntoView({ block: 'center' })
        return
      }
    }
    if (tries > 0) focusField(path, tries - 1)
  })
}

export type DraftEditorProps = {
  content: DraftContent
  readOnly: boolean
  saveState: AutosaveState
  gate: SubmitGate
  submitting?: boolean
  onChange: (next: DraftContent) => void
  onSubmit: () => void
  onAddAttachment: (kind: AttachmentRef['kind'], file: File) => void
  previewOf?: (a: AttachmentRef) => string | undefined
  onCompleteProfile?: () => void
  /** Buttons the page adds above the form (import, versions). */
  toolbar?: ReactNode
}

const saveColours: Record<AutosaveState, 'default' | 'processing' | 'success' | 'warning' | 'error'> = {
  idle: 'default',
  pending: 'warning',
  saving: 'processing',
  saved: 'success',
  error: 'error'
}

/**
 * The draft in sections with the live checklist beside it. The checklist is the shared one the
 * platform runs at submission, recomputed on every change; clicking a finding opens its tab and
 * puts the cursor in its field.
 */
export function DraftEditor(props: DraftEditorProps) {
  const { content: c, readOnly, onChange } = props
  const { t } = useTranslation()
  const [tab, setTab] = useState<EditorSection>('request')
  const result = useMemo(() => runChecklist(c, { today: officeDate(new Date()) }), [c])
  const counts = useMemo(() => countBySection(result.findings), [result])
  const byPath = useMemo(() => findingsByPath(result.findings), [result])
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [showAll, setShowAll] = useState(false)
  const touch = useCallback((path: string) => setTouched((s) => (s.has(path) ? s : new Set([...s, path]))), [])
  const fields = useMemo<FieldsState>(() => ({ findings: shownFindings(byPath, touched, showAll), type: c.type, touch }), [byPath, touched, showAll, c.type, touch])

  function focus(f: Finding) {
    touch(f.path)
    setTab(sectionOf(f.path))
    focusField(f.path)
  }

  const label = (s: EditorSection) => (
    <Space size={4}>
      {t(`filing.editor.sections.${s}`)}
      {counts[s].errors > 0 && <Badge count={counts[s].errors} size="small" title={t('filing.checklist.errors', { count: counts[s].errors })} />}
      {counts[s].errors === 0 && counts[s].warnings > 0 && (
        <Badge count={counts[s].warnings} size="small" color="#faad14" title={t('filing.checklist.warnings', { count: counts[s].warnings })} />
      )}
    </Space>
  )

  const sections: Record<EditorSection, ReactNode> = {
    request: <RequestSection content={c} readOnly={readOnly} onChange={onChange} />,
    claims: <ClaimsSection claims={c.claims} readOnly={readOnly} onChange={(claims) => onChange({ ...c, claims })} />,
    description: (
      <Field path="description" label={t('filing.editor.description')}>
        <Input.TextArea id={fieldId('description')} autoSize={{ minRows: 12, maxRows: 40 }} value={c.description} disabled={readOnly} onChange={(e) => onChange({ ...c, description: e.target.value })} />
      </Field>
    ),
    abstract: (
      <Field path="abstract" label={t('filing.editor.abstract')} extra={t('filing.editor.abstractCount', { count: [...c.abstract.trim()].length })}>
        <Input.TextArea id={fieldId('abstract')} autoSize={{ minRows: 6, maxRows: 16 }} value={c.abstract} disabled={readOnly} onChange={(e) => onChange({ ...c, abstract: e.target.value })} />
      </Field>
    ),
    attachments: (
      <AttachmentsSection
        attachments={c.attachments}
        readOnly={readOnly}
        previewOf={props.previewOf}
        onAdd={props.onAddAttachment}
        onRemove={(i) => onChange({ ...c, attachments: c.attachments.filter((_, j) => j !== i) })}
      />
    )
  }

  return (
    <FieldsContext.Provider value={fields}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
            <Space>{props.toolbar}</Space>
            {/* Nothing to say before the first change: no dot without words. */}
            {props.saveState === 'idle' ? (
              <span data-testid="save-state" />
            ) : (
              <Badge status={saveColours[props.saveState]} text={<span data-testid="save-state">{t(`filing.editor.${props.saveState === 'error' ? 'saveFailed' : props.saveState}`)}</span>} />
            )}
          </div>
          {readOnly && <Typography.Paragraph type="secondary">{t('filing.editor.readOnly')}</Typography.Paragraph>}
          <Form layout="vertical" component="div">
            <Tabs
              activeKey={tab}
              onChange={(k) => setTab(k as EditorSection)}
              items={editorSections
                .filter((s) => c.type !== 'design' || s !== 'claims')
                .map((s) => ({ key: s, label: label(s), children: sections[s] }))}
            />
          </Form>
        </div>
        <div style={{ width: 320, position: 'sticky', top: 16 }}>
          <ChecklistPanel
            result={result}
            type={c.type}
            gate={readOnly ? { state: 'done' } : props.gate}
            submitting={props.submitting}
            onFocus={focus}
            onShowAll={() => {
              setShowAll(true)
              if (result.errors[0]) focus(result.errors[0])
            }}
            onSubmit={() => {
              setShowAll(true)
              props.onSubmit()
            }}
            onCompleteProfile={props.onCompleteProfile}
          />
        </div>
      </div>
    </FieldsContext.Provider>
  )
}
