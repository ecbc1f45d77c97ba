import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd'
import type { Rule } from 'antd/es/form'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { supportRequestKinds } from '../../../shared/identity-api'
import type { SentSupportRequest } from '../../../shared/ipc-contract'
import type { AppError } from '../../../shared/result'
import type { SupportRequestForm, SupportRequestKind } from '../../../shared/support-request-form'
import { mainlandMobilePattern } from '../../../shared/validators/id-documents'
import { checkUscc } from '../../../shared/validators/uscc'
import { api } from '../api'
import { documentRules } from '../components/document-rules'
import { SupportRequestList } from '../components/SupportRequestList'
import { useFieldErrors } from '../hooks/use-field-errors'
import { errorText } from '../i18n/error-text'
import { joinSentences } from '../i18n/join-sentences'
import { fieldErrorText } from '../i18n/field-error-text'
import { useSession } from '../stores/session-store'

type Check = 'phone' | 'email' | 'uscc'
type Spec = { name: string; label: string; required: boolean; max: number; check?: Check }

const account = (label: string, required = true): Spec => ({ name: 'account', label, required, max: 128 })
const name: Spec = { name: 'name', label: 'name', required: true, max: 100 }
const idNumber: Spec = { name: 'idNumber', label: 'idNumber', required: true, max: 32 }

/** The details each kind of request needs (DOMAIN.md fact 10), before the contact and the user's own words. */
const specs: Record<SupportRequestKind, Spec[]> = {
  rebind: [
    account('legacyAccount'),
    name,
    idNumber,
    { name: 'newPhone', label: 'newPhone', required: true, max: 20, check: 'phone' },
    { name: 'newEmail', label: 'newEmail', required: false, max: 254, check: 'email' }
  ],
  recover: [name, idNumber, account('legacyAccountIfKnown', false)],
  merge: [account('keepAccount'), { name: 'otherAccounts', label: 'otherAccounts', required: true, max: 500 }, name, idNumber],
  entity_rename: [
    account('entityAccount'),
    { name: 'oldName', label: 'oldName', required: true, max: 100 },
    { name: 'newName', label: 'newName', required: true, max: 100 },
    { name: 'uscc', label: 'uscc', required: true, max: 18, check: 'uscc' }
  ],
  cannot_register: [name, { ...idNumber, label: 'idOrUscc', required: false }],
  other: [account('account', false)]
}

/** Kinds whose description the help desk cannot do without. */
const descriptionRequired = new Set<SupportRequestKind>(['recover', 'cannot_register', 'other'])

const isKind = (v: string | null): v is SupportRequestKind => supportRequestKinds.includes(v as SupportRequestKind)

type Outcome = { kind: 'sent'; request: SentSupportRequest } | { kind: 'duplicate'; requestKind: SupportRequestKind }

/**
 * A manual request to the platform's help desk, for what "forgot password" and registration
 * cannot do: one form per kind, a duplicate answered with what happens next, and the requests
 * sent from this computer listed with their dates.
 */
export function SupportRequestPage() {
  const { t, i18n } = useTranslation()
  const [params] = useSearchParams()
  const [form] = Form.useForm<Record<string, string>>()
  const fieldErrors = useFieldErrors(form)
  const signedIn = useSession((s) => s.account)
  const preselected = params.get('kind')
  const [kind, setKind] = useState<SupportRequestKind | null>(isKind(preselected) ? preselected : null)
  const [error, setError] = useState<AppError | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState<SentSupportRequest[] | null>(null)

  const loadList = () =>
    void api()
      .supportRequests()
      .then((r) => setSent(r.ok ? r.value.requests : []))
  useEffect(loadList, [])

  const required = (spec: { required: boolean }): Rule[] =>
    spec.required ? [{ required: true, whitespace: true, message: fieldErrorText(t, 'required') }] : []
  const rulesFor = (spec: Spec): Rule[] => {
    if (spec.check === 'uscc') return documentRules(t, checkUscc)
    const rules = [...required(spec), { max: spec.max, message: fieldErrorText(t, 'too_long') }]
    if (spec.check === 'phone') rules.push({ pattern: mainlandMobilePattern, message: fieldErrorText(t, 'phone_format') })
    if (spec.check === 'email') rules.push({ type: 'email', message: fieldErrorText(t, 'email_format') })
    return rules
  }
  const contactRule: Rule = {
    validator: async (_rule, value: string | undefined) => {
      const v = value?.trim() ?? ''
      if (v && !mainlandMobilePattern.test(v) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw new Error(fieldErrorText(t, 'contact_format'))
    }
  }

  async function submit(values: Record<string, string>) {
    if (!kind) return
    // Only the fields of the chosen kind: values typed under another kind stay out of the request.
    const fields = [...specs[kind].map((s) => s.name), 'contact', 'description']
    const request = { kind, ...Object.fromEntries(fields.map((f) => [f, values[f]?.trim() ?? ''])) } as SupportRequestForm
    setBusy(true)
    setError(null)
    setOutcome(null)
    const result = await api().sendSupportRequest(request)
    setBusy(false)
    if (result.ok) {
      setOutcome({ kind: 'sent', request: result.value })
      form.resetFields()
      loadList()
      return
    }
    if (result.error.code === 'DUPLICATE_REQUEST') {
      setOutcome({ kind: 'duplicate', requestKind: kind })
      return
    }
    setError(result.error)
    if (result.error.code === 'VALIDATION' && result.error.fields) {
      fieldErrors.show(Object.entries(result.error.fields).map(([path, code]) => [path, (tr) => fieldErrorText(tr, code)]))
    }
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 24, paddingBottom: 32 }}>
      <Card style={{ width: 600 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('support.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('support.intro')}</Typography.Paragraph>
        {outcome?.kind === 'sent' && (
          <Alert
            role="status"
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('support.sent', { id: outcome.request.requestId })}
            description={t(`support.next.${outcome.request.kind}`)}
          />
        )}
        {outcome?.kind === 'duplicate' && (
          <Alert
            role="status"
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('support.duplicate.title')}
            description={joinSentences(i18n.language, t('support.duplicate.body'), t(`support.next.${outcome.requestKind}`))}
          />
        )}
        {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, error)} />}
        <Form
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ account: signedIn?.loginName ?? '', name: signedIn?.type === 'person' ? signedIn.displayName : '' }}
          onValuesChange={(changed: object) => fieldErrors.forget(Object.keys(changed))}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item label={t('support.kind')} required>
            <Radio.Group
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as SupportRequestKind)
                setOutcome(null)
                setError(null)
              }}
            >
              <Space orientation="vertical">
                {supportRequestKinds.map((k) => (
                  <Radio key={k} value={k} autoFocus={k === (kind ?? supportRequestKinds[0])}>
                    {t(`support.kinds.${k}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          {kind && (
            <>
              {/* The answer above already says what happens next: said once is enough. */}
              {!outcome && <Alert type="info" style={{ marginBottom: 24 }} title={t(`support.next.${kind}`)} />}
              {specs[kind].map((spec) => (
                <Form.Item
                  key={`${kind}.${spec.name}`}
                  label={t(`support.fields.${spec.label}`)}
                  name={spec.name}
                  normalize={spec.check === 'uscc' ? (v: string | undefined) => v?.toUpperCase() : undefined}
                  rules={rulesFor(spec)}
                >
                  <Input maxLength={spec.max} autoComplete="off" />
                </Form.Item>
              ))}
              <Form.Item
                label={t('support.fields.contact')}
                name="contact"
                extra={t('support.contactHint')}
                rules={[...required({ required: true }), contactRule]}
              >
                <Input maxLength={254} />
              </Form.Item>
              <Form.Item
                label={t(`support.description.${kind}`)}
                name="description"
                rules={[...required({ required: descriptionRequired.has(kind) }), { max: 2000, message: fieldErrorText(t, 'too_long') }]}
              >
                <Input.TextArea rows={4} maxLength={2000} showCount />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('support.submit')}
              </Button>
            </>
          )}
        </Form>
        <SupportRequestList requests={sent} />
        <div style={{ marginTop: 16 }}>
          {signedIn ? <Link to="/">{t('support.backHome')}</Link> : <Link to="/sign-in">{t('forgot.back')}</Link>}
        </div>
      </Card>
    </div>
  )
}
