import { DeleteOutlined, PlusOutlined } from '../components/icons'
import { Button, Input, Space, Tag } from 'antd'
import { useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { claimReferences } from '../../../shared/filing/claim-references'
import { fieldId } from './checklist-sections'
import { Field, FieldMessage, FieldsContext } from './field'

type Props = { claims: string[]; readOnly: boolean; onChange: (claims: string[]) => void }

/** One editor per claim, numbered; a dependent claim shows the claims it names and whether they come before it. */
export function ClaimsSection({ claims, readOnly, onChange }: Props) {
  const { t } = useTranslation()
  const { touch } = useContext(FieldsContext)
  return (
    // Adding or removing a claim is working on the list: its own finding (no claims) shows from then on.
    <Space direction="vertical" style={{ width: '100%' }} id={fieldId('claims')} tabIndex={-1} onClick={() => touch('claims')}>
      <FieldMessage path="claims" />
      {claims.map((claim, i) => {
        const refs = claimReferences(claim)
        const bad = refs.some((n) => n < 1 || n > i)
        return (
          <Field
            key={i}
            path={`claims.${i}`}
            label={
              <Space>
                {t('filing.editor.claimN', { n: i + 1 })}
                {refs.length > 0 && <Tag color={bad ? 'red' : 'blue'}>{bad ? t('filing.editor.badReference') : t('filing.editor.refersTo', { refs: refs.join(', ') })}</Tag>}
              </Space>
            }
          >
            <Space.Compact style={{ width: '100%' }}>
              <Input.TextArea
                id={fieldId(`claims.${i}`)}
                data-testid="claim"
                autoSize={{ minRows: 2, maxRows: 12 }}
                value={claim}
                disabled={readOnly}
                onChange={(e) => onChange(claims.map((c, j) => (j === i ? e.target.value : c)))}
              />
              {!readOnly && <Button danger icon={<DeleteOutlined />} aria-label={t('filing.editor.remove')} onClick={() => onChange(claims.filter((_, j) => j !== i))} />}
            </Space.Compact>
          </Field>
        )
      })}
      {!readOnly && (
        <Button icon={<PlusOutlined />} onClick={() => onChange([...claims, ''])}>
          {t('filing.editor.addClaim')}
        </Button>
      )}
    </Space>
  )
}
