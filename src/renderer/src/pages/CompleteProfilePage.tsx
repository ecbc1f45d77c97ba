import { Alert, App as AntApp, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { idTypes, profileCompletionSchemaFor } from '../../../shared/identity-api'
import type { AppError } from '../../../shared/result'
import { api } from '../api'
import { errorText } from '../i18n/error-text'
import { useSession } from '../stores/session-store'

type Fields = {
  name: string
  idType: (typeof idTypes)[number]
  idNumber?: string
  usccMode: 'uscc' | 'none'
  uscc?: string
  agencyCode?: string
  phone: string
  email: string
  code: string
}

/** The profile the platform expects for this account type, from the form's fields. */
function profileOf(type: 'person' | 'entity' | 'agency', v: Fields): Record<string, unknown> {
  if (type === 'person') return { name: v.name, idType: v.idType, ...(v.idType === 'none' ? {} : { idNumber: v.idNumber ?? '' }) }
  if (type === 'entity') return v.usccMode === 'none' ? { name: v.name, nonUscc: true } : { name: v.name, uscc: v.uscc ?? '' }
  return { name: v.name, agencyCode: v.agencyCode ?? '', uscc: v.uscc ?? '' }
}

/** `profile.idNumber` → `idNumber`: error paths of the contract, as form field names. */
const fieldName = (path: string): keyof Fields => path.replace(/^profile\./, '') as keyof Fields

/**
 * Data completion of a legacy account (DOMAIN.md facts 1–2, 8): the profile for its type,
 * checked here with the same validators (check characters) the platform uses, then verified
 * with a code sent to the phone.
 */
export function CompleteProfilePage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<Fields>()
  const account = useSession((s) => s.account)
  const completeProfile = useSession((s) => s.completeProfile)
  const [error, setError] = useState<AppError | null>(null)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [cooldown, setCooldown] = useState(0)
  const [busy, setBusy] = useState(false)
  const idType = Form.useWatch('idType', form)
  const usccMode = Form.useWatch('usccMode', form)

  useEffect(() => {
    if (cooldown <= 0) return
    const timer = setTimeout(() => setCooldown((s) => s - 1), 1000)
    return () => clearTimeout(timer)
  }, [cooldown])
  if (!account) return null
  const type = account.type

  const why = (reason: string) => t(`validation.${reason}`, { defaultValue: reason })
  function showFieldErrors(fields: Record<string, string>) {
    form.setFields(Object.entries(fields).map(([path, reason]) => ({ name: fieldName(path), errors: [why(reason)] })))
  }

  async function sendCode() {
    const { phone } = await form.validateFields(['phone'])
    setError(null)
    const result = await api().sendProfileCode({ accountId: account!.id, phone })
    if (!result.ok) {
      if (result.error.fields) showFieldErrors({ phone: result.error.fields.phone ?? result.error.fields['(body)'] ?? 'wrong format' })
      else setError(result.error)
      if (result.error.retryAfter) setCooldown(result.error.retryAfter)
      return
    }
    setSentTo(result.value.sentTo)
    setCooldown(result.value.resendAfter)
  }

  async function submit(values: Fields) {
    const body = { profile: profileOf(type, values), phone: values.phone, email: values.email, code: values.code }
    // The same checks the platform runs, before anything is sent.
    const local = profileCompletionSchemaFor(type).safeParse(body)
    if (!local.success) {
      showFieldErrors(Object.fromEntries(local.error.issues.map((i) => [i.path.join('.'), i.message])))
      return
    }
    setBusy(true)
    setError(null)
    const failure = await completeProfile(body)
    setBusy(false)
    if (!failure) {
      void message.success(t('completion.done'))
      navigate('/', { replace: true })
      return
    }
    if (failure.code === 'PHONE_IN_USE') showFieldErrors({ phone: errorText(t, failure) })
    else if (failure.code === 'CODE_INVALID' || failure.code === 'CODE_EXPIRED') showFieldErrors({ code: errorText(t, failure) })
    else if (failure.fields && failure.code === 'VALIDATION') showFieldErrors(failure.fields)
    setError(failure)
  }

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
          onFinish={(values) => void submit(values)}
        >
          <Form.Item label={t(`completion.name.${type}`)} name="name" rules={[{ required: true, whitespace: true, message: why('required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          {type === 'person' && (
            <>
              <Form.Item label={t('completion.idType')} name="idType">
                <Select options={idTypes.map((id) => ({ value: id, label: t(`completion.idTypes.${id}`) }))} />
              </Form.Item>
              {idType === 'none' ? (
                <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('completion.noneHint')} />
              ) : (
                <Form.Item label={t('completion.idNumber')} name="idNumber" rules={[{ required: true, whitespace: true, message: why('required') }]}>
                  <Input maxLength={32} autoComplete="off" />
                </Form.Item>
              )}
            </>
          )}
          {type === 'entity' && (
            <Form.Item label={t('completion.usccMode')} name="usccMode">
              <Radio.Group>
                <Space direction="vertical">
                  <Radio value="uscc">{t('completion.hasUscc')}</Radio>
                  <Radio value="none">{t('completion.nonUscc')}</Radio>
                </Space>
              </Radio.Group>
            </Form.Item>
          )}
          {type === 'agency' && (
            <Form.Item label={t('completion.agencyCode')} name="agencyCode" rules={[{ required: true, message: why('required') }]}>
              <Input maxLength={5} inputMode="numeric" />
            </Form.Item>
          )}
          {(type === 'agency' || (type === 'entity' && usccMode !== 'none')) && (
            <Form.Item label={t('completion.uscc')} name="uscc" rules={[{ required: true, whitespace: true, message: why('required') }]}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item label={t('completion.phone')} required extra={sentTo ? t('completion.sentTo', { to: sentTo }) : undefined}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="phone" noStyle rules={[{ required: true, whitespace: true, message: why('required') }]}>
                <Input aria-label={t('completion.phone')} maxLength={14} inputMode="tel" />
              </Form.Item>
              <Button onClick={() => void sendCode()} disabled={cooldown > 0}>
                {cooldown > 0 ? t('forgot.resendIn', { seconds: cooldown }) : t('completion.sendCode')}
              </Button>
            </Space.Compact>
          </Form.Item>
          <Form.Item label={t('completion.code')} name="code" rules={[{ required: true, message: why('required') }]}>
            <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" />
          </Form.Item>
          <Form.Item label={t('completion.email')} name="email" rules={[{ required: true, whitespace: true, message: why('required') }]}>
            <Input maxLength={254} inputMode="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('completion.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
