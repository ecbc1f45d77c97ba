import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space, Typography, type InputRef } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { idChecks, idTypes } from '../../../shared/identity-api'
import type { ChannelOutput } from '../../../shared/ipc-contract'
import type { AppError } from '../../../shared/result'
import { checkAgencyCode, mainlandMobilePattern } from '../../../shared/validators/id-documents'
import { checkUscc } from '../../../shared/validators/uscc'
import { api } from '../api'
import { profileOf, UsccModeField, type AccountType, type ProfileFields } from '../components/profile-fields'
import { AlreadyRegistered } from '../components/AlreadyRegistered'
import { documentRules } from '../components/document-rules'
import { NewPasswordFields } from '../components/NewPasswordFields'
import { PasswordRules } from '../components/PasswordRules'
import { RegistrationDone } from '../components/RegistrationDone'
import { brokenRulesText } from '../components/rules-text'
import { useCountdown } from '../hooks/use-countdown'
import { useFieldErrors } from '../hooks/use-field-errors'
import { usePasswordPolicy } from '../hooks/use-password-policy'
import { errorText } from '../i18n/error-text'
import { fieldErrorText } from '../i18n/field-error-text'
import { useSession } from '../stores/session-store'

const accountTypes: AccountType[] = ['person', 'entity', 'agency']

type Fields = ProfileFields & {
  type: AccountType
  phone: string
  code: string
  email: string
  newPassword: string
  confirm: string
  remember: boolean
}

/** Error paths of main and the platform, as this form's field names. */
const formField = (path: string): keyof Fields | undefined => {
  const name = path.replace(/^profile\./, '')
  if (name === 'password') return 'newPassword'
  return ['name', 'idType', 'idNumber', 'uscc', 'agencyCode', 'phone', 'email', 'code'].includes(name) ? (name as keyof Fields) : undefined
}

const upper = (v: string | undefined) => v?.toUpperCase()

/**
 * Registration of a person, a legal entity or an agency (DOMAIN.md facts 4–5): each ID field
 * checked as typed with the shared validators, a code to the phone, the password rules on
 * screen before typing; then the assigned codes, to keep, and the new account signed in.
 */
export function RegisterPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [form] = Form.useForm<Fields>()
  const fieldErrors = useFieldErrors(form)
  const adopt = useSession((s) => s.adopt)
  const { policy, error: policyError } = usePasswordPolicy()
  const [error, setError] = useState<AppError | null>(null)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [cooldown, setCooldown] = useCountdown()
  const [sending, setSending] = useState(false)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ChannelOutput<'register'> | null>(null)
  const phoneInput = useRef<InputRef>(null)
  const codeInput = useRef<InputRef>(null)
  const type = Form.useWatch('type', form) ?? 'person'
  const idType = Form.useWatch('idType', form) ?? 'resident_id'
  const usccMode = Form.useWatch('usccMode', form) ?? 'uscc'
  const phone = Form.useWatch('phone', form) ?? ''
  const idNumber = Form.useWatch('idNumber', form)
  const uscc = Form.useWatch('uscc', form)
  const password = Form.useWatch('newPassword', form) ?? ''

  if (done) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 24 }}>
        <Card style={{ width: 560 }}>
          <RegistrationDone
            result={done}
            onContinue={() => {
              if (done.account) adopt(done.account)
              navigate('/', { replace: true })
            }}
            onSignIn={() => navigate('/sign-in', { replace: true })}
          />
        </Card>
      </div>
    )
  }

  const rulesContext = { phone: phone.trim() || undefined, idNumber: (type === 'person' ? idNumber : uscc)?.trim() || undefined }
  const required = { required: true, whitespace: true, message: fieldErrorText(t, 'required') }

  async function sendCode() {
    try {
      await form.validateFields(['phone'])
    } catch {
      return
    }
    setSending(true)
    setError(null)
    const result = await api().sendRegistrationCode({ phone: form.getFieldValue('phone') as string })
    setSending(false)
    if (!result.ok) {
      if (result.error.code === 'VALIDATION') fieldErrors.show([['phone', (tr) => fieldErrorText(tr, 'phone_format')]])
      else setError(result.error)
      if (result.error.retryAfter) setCooldown(result.error.retryAfter)
      return
    }
    setSentTo(result.value.sentTo)
    setCooldown(result.value.resendAfter)
    codeInput.current?.focus()
  }

  async function submit(values: Fields) {
    setBusy(true)
    setError(null)
    const result = await api().register({
      type: values.type,
      profile: profileOf(values.type, values),
      phone: values.phone,
      email: values.email,
      code: values.code,
      password: values.newPassword,
      remember: values.remember
    })
    setBusy(false)
    if (result.ok) {
      setDone(result.value)
      return
    }
    const failure = result.error
    setError(failure)
    if (failure.code === 'PHONE_IN_USE') {
      // Another number is needed: the code sent to this one is of no use any more.
      form.setFieldValue('code', '')
      fieldErrors.show([['phone', (tr) => tr('errors.PHONE_IN_USE')]])
      setSentTo(null)
      setCooldown(0)
      phoneInput.current?.focus({ cursor: 'all' })
    } else if (failure.code === 'CODE_INVALID' || failure.code === 'CODE_EXPIRED') {
      fieldErrors.show([['code', (tr) => errorText(tr, failure)]])
      codeInput.current?.focus({ cursor: 'all' })
    } else if (failure.code === 'POLICY_VIOLATION') {
      fieldErrors.show([['newPassword', (tr) => brokenRulesText(tr, failure.rules ?? [], policy)]])
    } else if (failure.code === 'ID_ALREADY_REGISTERED') {
      const field = formField(Object.keys(failure.fields ?? {})[0] ?? '') ?? (type === 'person' ? 'idNumber' : 'uscc')
      fieldErrors.show([[field, (tr) => tr('register.already.short')]])
    } else if (failure.code === 'VALIDATION' && failure.fields) {
      fieldErrors.show(
        Object.entries(failure.fields).flatMap(([path, code]) => {
          const name = formField(path)
          return name ? [[name, (tr) => fieldErrorText(tr, code)] as const] : []
        })
      )
    }
  }

  const alreadyField = error?.code === 'ID_ALREADY_REGISTERED' ? formField(Object.keys(error.fields ?? {})[0] ?? '') : undefined
  const shown = error ?? policyError
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 24, paddingBottom: 32 }}>
      <Card style={{ width: 560 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('register.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('register.intro')}</Typography.Paragraph>
        {error?.code === 'ID_ALREADY_REGISTERED' ? (
          <AlreadyRegistered field={alreadyField === 'uscc' || alreadyField === 'agencyCode' ? alreadyField : 'idNumber'} />
        ) : (
          shown && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, shown)} />
        )}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ type: 'person', idType: 'resident_id', usccMode: 'uscc', remember: true }}
          onValuesChange={(changed: Partial<Fields>) => {
            fieldErrors.forget(Object.keys(changed))
            // A code and its countdown belong to the number they were sent to.
            if ('phone' in changed) {
              setSentTo(null)
              setCooldown(0)
            }
          }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item label={t('register.type')} name="type">
            <Radio.Group optionType="button" buttonStyle="solid">
              {accountTypes.map((value, i) => (
                <Radio.Button key={value} value={value} autoFocus={i === 0}>
                  {t(`home.types.${value}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item label={t(`completion.name.${type}`)} name="name" rules={[required, { max: 100, message: fieldErrorText(t, 'too_long') }]}>
            <Input maxLength={100} autoComplete="name" />
          </Form.Item>

          {type === 'person' && (
            <>
              <Form.Item label={t('completion.idType')} name="idType">
                <Select options={idTypes.map((id) => ({ value: id, label: t(`completion.idTypes.${id}`) }))} />
              </Form.Item>
              {idType === 'none' ? (
                <Alert type="info" showIcon style={{ marginBottom: 24 }} title={t('register.noneHint')} />
              ) : (
                <Form.Item
                  label={t('completion.idNumber')}
                  name="idNumber"
                  normalize={upper}
                  extra={t(`register.formats.${idType}`)}
                  rules={documentRules(t, idChecks[idType])}
                >
                  <Input maxLength={18} autoComplete="off" spellCheck={false} />
                </Form.Item>
              )}
            </>
          )}

          {type === 'entity' && (
            <UsccModeField />
          )}
          {type === 'entity' && usccMode === 'none' && (
            <Alert type="info" showIcon style={{ marginBottom: 24 }} title={t('register.nonUsccHint')} />
          )}
          {type === 'agency' && (
            <Form.Item
              label={t('register.agencyCode')}
              name="agencyCode"
              extra={t('register.formats.agencyCode')}
              rules={documentRules(t, checkAgencyCode, 'agency_region')}
            >
              <Input maxLength={5} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          )}
          {(type === 'agency' || (type === 'entity' && usccMode === 'uscc')) && (
            <Form.Item
              label={t('completion.uscc')}
              name="uscc"
              normalize={upper}
              extra={t('register.formats.uscc')}
              rules={documentRules(t, checkUscc)}
            >
              <Input maxLength={18} autoComplete="off" spellCheck={false} />
            </Form.Item>
          )}

          <Form.Item
            label={t(`register.phone.${type}`)}
            required
            extra={sentTo ? t('completion.sentTo', { to: sentTo }) : t(`register.phoneHint.${type}`)}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="phone"
                noStyle
                rules={[required, { pattern: mainlandMobilePattern, message: fieldErrorText(t, 'phone_format') }]}
              >
                <Input ref={phoneInput} aria-label={t(`register.phone.${type}`)} maxLength={14} inputMode="tel" autoComplete="tel" />
              </Form.Item>
              <Button onClick={() => void sendCode()} disabled={cooldown > 0} loading={sending}>
                {cooldown > 0 ? t('forgot.resendIn', { seconds: cooldown }) : t('completion.sendCode')}
              </Button>
            </Space.Compact>
          </Form.Item>
          <Form.Item
            label={t('completion.code')}
            name="code"
            rules={[required, { pattern: /^\d{6}$/, message: fieldErrorText(t, 'code_format') }]}
          >
            <Input ref={codeInput} maxLength={6} inputMode="numeric" autoComplete="one-time-code" />
          </Form.Item>
          <Form.Item label={t(`register.email.${type}`)} name="email" rules={[required, { type: 'email', message: fieldErrorText(t, 'email_format') }]}>
            <Input maxLength={254} inputMode="email" autoComplete="email" />
          </Form.Item>

          {policy && <PasswordRules policy={policy} password={password} loginName="" context={rulesContext} purpose="register" />}
          <div style={{ marginTop: 16 }}>
            <NewPasswordFields policy={policy} loginName="" context={rulesContext} purpose="register" />
          </div>
          <Form.Item name="remember" valuePropName="checked">
            <Checkbox>{t('signIn.remember')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!policy}>
            {t('register.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          <Link to="/sign-in">{t('register.haveAccount')}</Link>
        </div>
      </Card>
    </div>
  )
}
