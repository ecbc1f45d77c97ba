import { Form, Typography } from 'antd'
import { createContext, useContext, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/filing/checklist'
import type { ApplicationType } from '../../../shared/filing/draft-content'
import { fieldId } from './checklist-sections'
import { ruleText } from './rule-text'

export type FieldsState = {
  /** The findings the fields show, by path (see shownFindings). */
  findings: ReadonlyMap<string, Finding[]>
  /** Rules name the title as the type's form does. */
  type: ApplicationType
  /** The user has been in this field: its findings show from now on. */
  touch: (path: string) => void
}

export const FieldsContext = createContext<FieldsState>({ findings: new Map(), type: 'invention', touch: () => {} })

/** `explain`: a more exact text for some rules' findings on this field (which check failed, say). */
function useShown(path: string, explain?: Readonly<Record<string, string | undefined>>) {
  const { t } = useTranslation()
  const { findings, type } = useContext(FieldsContext)
  const found = findings.get(path) ?? []
  const error = found.find((f) => f.severity === 'error')
  const shown = error ?? found[0]
  return { error, shown, text: shown ? (explain?.[shown.code] ?? ruleText(t, shown.code, type)) : undefined }
}

/** A labelled field bound to a checklist path: it carries the id the checklist focuses and shows the path's findings. */
export function Field({
  path,
  label,
  extra,
  explain,
  children
}: {
  path: string
  label: ReactNode
  extra?: ReactNode
  explain?: Readonly<Record<string, string | undefined>>
  children: ReactNode
}) {
  const { touch } = useContext(FieldsContext)
  const { error, shown, text } = useShown(path, explain)
  // `display: contents` keeps the layout as it was; typing in or leaving any input inside marks the field touched.
  return (
    <div style={{ display: 'contents' }} onInput={() => touch(path)} onBlur={() => touch(path)}>
      <Form.Item
        label={label ? <label htmlFor={fieldId(path)}>{label}</label> : undefined}
        validateStatus={error ? 'error' : shown ? 'warning' : undefined}
        help={text}
        extra={extra}
        style={{ marginBottom: 12 }}
      >
        {children}
      </Form.Item>
    </div>
  )
}

/** A finding about a whole list (no claims yet), shown as a line of its own, and nothing at all when there is none. */
export function FieldMessage({ path }: { path: string }) {
  const { error, text } = useShown(path)
  if (!text) return null
  return <Typography.Text type={error ? 'danger' : 'warning'}>{text}</Typography.Text>
}
