import { Alert, App as AntApp, Button, Card, Form, Input, Select, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { idTypes, phoneSchema, profileCompletionSchemaFor } from '../../../shared/identity-api'
import { fieldsFromZod, type AppError } from '../../../shared/result'
import { api } from '../api'
import { profileOf, UsccModeField, type AccountType, type ProfileFields } from '../components/profile-fields'
import { AssignedCode, type Assigned } from '../components/AssignedCode'
import { errorText } from '../i18n/error-text'
import { setFieldErrors } from '../i18n/field-error'
import { useSession } from '../stores/session-store'

type Fields = ProfileFields & {
  phone: string
  email: string
  code: string
}

const bodyOf = (type: AccountType, v: Fields) => ({ profile: profileOf(type, v), phone: v.phone ?? '', email: v.email ?? '', code: v.code ?? '' })

/** `{ "profile.idNumber": code }` → `{ idNumber: code }`: error paths of the contract, as form field names. */
const byFieldName = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([path, code]) => [path.replace(/^profile\./, ''), code]))

/**
 * Data completion of a legacy account (DOMAIN.md facts 1–2, 4–5, 8): the profile for its type,
 * checked here in one pass with the same validators (check characters) the platform uses,
 * then verified with a code sent to the phone. The user can always go back or sign out.
 */
export function CompleteProfilePage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<Fields>()
  const account = useSession((s) => s.account)
  const completeProfile = useSession((s) => s.completeProfile)
  const signOut = useSession((s) => s.signOut)
  const [error, setError] = useState<AppError | null>(null)
  /** Where the last code went, and for which number as typed: a code is only good for that number. */
  const [sent, setSent] = useState<{ to: string; phone: string } | null>(null)
  const [cooldown, setCooldown] = useState(0)
  const [busy, setBusy] = useState(false)
  const [assigned, setAssigned] = useState<Assigned | null>(null)
  const idType = Form.useWatch('idType', form)
  const usccMode = Form.useWatch('usccMode', form)

  useEffect(() => {
    if (cooldown <= 0) return
    const timer = setTimeout(() => setCooldown((s) => s - 1), 1000)
    return () => clearTimeout(timer)
  }, [cooldown])
  if (!account) return null
  const type = account.type
  if (assigned) return <AssignedCode assigned={assigned} onContinue={() => navigate('/', { replace: true })} />

  /** Every field's errors at once (required and format alike); fields now right lose theirs. */
  function showErrors(fields: Record<string, string>) {
    const mounted = form.getFieldsError().map((f) => String(f.name[0]))
    form.setFields(mounted.filter((name) => !(name in fields)).map((name) => ({ name: name as keyof Fields, errors: [] })))
    setFieldErrors(form, fields)
  }

  function onValuesChange(changed: Partial<Fields>) {
    form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Fields, errors: [] })))
    // A code sent to another number is no good for this one: its line and countdown go.
    if ('phone' in changed && sent && (changed.phone ?? '').trim() !== sent.phone) {
      setSent(null)
      setCooldown(0)
    }
  }

  async function sendCode() {
    const phone = (form.getFieldValue('phone') ?? '').trim()
    const checked = phoneSchema.safeParse(phone)
    if (!checked.success) return setFieldErrors(form, { phone: phone ? (fieldsFromZod(checked.error, phone)['(body)'] ?? 'not_mobile') : 'required' })
    setError(null)
    const result = await api().sendProfileCode({ accountId: account!.id, phone })
    if (!result.ok) {
      if (result.error.fields) setFieldErrors(form, { phone: result.error.fields.phone ?? 'invalid' })
      else setError(result.error)
      if (result.error.retryAfter) setCooldown(result.error.retryAfter)
      return
    }
    setSent({ to: result.value.sentTo, phone })
    setCooldown(result.value.resendAfter)
  }

  async function submit() {
    const body = bodyOf(type, form.getFieldsValue(true) as Fields)
    // The same checks the platform runs, before anything is sent.
    const local = profileCompletionSchemaFor(type).safeParse(body)
    if (!local.success) return showErrors(byFieldName(fieldsFromZod(local.error, body)))
    showErrors({})
    setBusy(true)
    setError(null)
    const failure = await completeProfile(body)
    setBusy(false)
    if (!failure) {
      const done = useSession.getState().account
      const code = done?.registrationCode ?? done?.userCode
      if (done && code) return setAssigned({ kind: done.registrationCode ? 'registrationCode' : 'userCode', code })
      void message.success(t('completion.done'))
      navigate('/', { replace: true })
      return
    }
    if (failure.fields) showErrors(byFieldName(failure.fields))
    else if (failure.code === 'CODE_INVALID' || failure.code === 'CODE_EXPIRED') showErrors({ code: failure.code })
    setError(failure)
  }

  const onFile = (key: string, masked: string) => (masked ? t(key, { masked }) : undefined)

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 32, paddingBottom: 32 }}>
      <Card style={{ width: 520 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('completion.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('completion.why')}</Typography.Paragraph>
        {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, error)} />}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ name: account.displayName, idType: 'resident_id', usccMode: 'uscc' }}
          onFinish={() => void submit()}
          onValuesChange={onValuesChange}
        >
          <Form.Item label={t(`completion.name.${type}`)} name="name">
            <Input autoFocus maxLength={100} />
          </Form.Item>
          {type === 'person' && (
            <>
              <Form.Item label={t('completion.idType')} name="idType">
                <Select options={idTypes.map((id) => ({ value: id, label: t(`completion.idTypes.${id}`) }))} />
              </Form.Item>
              {idType === 'none' ? (
                <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('completion.noneHint')} />
              ) : (
                <Form.Item label={t('completion.idNumber')} name="idNumber">
                  <Input maxLength={32} autoComplete="off" />
                </Form.Item>
              )}
            </>
          )}
          {type === 'entity' && (
            <UsccModeField />
          )}
          {type === 'agency' && (
            <Form.Item label={t('completion.agencyCode')} name="agencyCode" extra={t('completion.agencyCodeHint')}>
              <Input maxLength={5} inputMode="numeric" />
            </Form.Item>
          )}
          {(type === 'agency' || (type === 'entity' && usccMode !== 'none')) && (
            <Form.Item label={t('completion.uscc')} name="uscc">
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item
            label={t(`completion.phoneOf.${type}`)}
            extra={sent ? t('completion.sentTo', { to: sent.to }) : onFile('completion.onFile', account.contacts.phone)}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="phone" noStyle>
                <Input aria-label={t(`completion.phoneOf.${type}`)} maxLength={14} inputMode="tel" />
              </Form.Item>
              <Button onClick={() => void sendCode()} disabled={cooldown > 0}>
                {cooldown > 0 ? t('forgot.resendIn', { seconds: cooldown }) : t('completion.sendCode')}
              </Button>
            </Space.Compact>
          </Form.Item>
          <Form.Item label={t('completion.code')} name="code">
            <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" />
          </Form.Item>
          <Form.Item label={t(`completion.emailOf.${type}`)} name="email" extra={onFile('completion.onFileEmail', account.contacts.email)}>
            <Input maxLength={254} inputMode="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 8 }}>
            {t('completion.submit')}
          </Button>
          <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 12 }}>
            <Button onClick={() => navigate('/')}>{t('completion.back')}</Button>
            <Button type="link" onClick={() => void signOut()}>
              {t('completion.signOut')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}
