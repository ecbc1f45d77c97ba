import { Form } from 'antd'
import { createContext, useContext, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/filing/checklist'
import { fieldId, ruleKey } from './checklist-sections'

/** The checklist's findings by field path, so each field shows its own. */
export const FindingsContext = createContext<ReadonlyMap<string, Finding[]>>(new Map())

export function findingsByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) map.set(f.path, [...(map.get(f.path) ?? []), f])
  return map
}

/** A labelled field bound to a checklist path: it carries the id the checklist focuses and shows the path's findings. */
export function Field({ path, label, extra, children }: { path: string; label: ReactNode; extra?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation()
  const found = useContext(FindingsContext).get(path) ?? []
  const error = found.find((f) => f.severity === 'error')
  const shown = error ?? found[0]
  return (
    <Form.Item
      label={label ? <label htmlFor={fieldId(path)}>{label}</label> : undefined}
      validateStatus={error ? 'error' : shown ? 'warning' : undefined}
      help={shown ? t(ruleKey(shown.code)) : undefined}
      extra={extra}
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  )
}
