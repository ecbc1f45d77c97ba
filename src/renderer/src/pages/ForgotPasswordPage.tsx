import { Alert, App as AntApp, Button, Card, Form, Input, Radio, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { AppError } from '../../../shared/result'
import { api } from '../api'
import { NewPasswordFields } from '../components/NewPasswordFields'
import { PasswordRules, refusedRules } from '../components/PasswordRules'
import { usePasswordPolicy } from '../hooks/use-password-policy'
import { errorText } from '../i18n/error-text'
import { FieldError, requiredMessage, setFieldErrors } from '../i18n/field-error'
import { useSession } from '../stores/session-store'

type AccountType = 'person' | 'entity' | 'agency'
type Fields = { account: string; accountType: AccountType; channel: 'sms' | 'email'; code: string; newPassword: string; confirm: string }
type Sent = { sentTo: string; owner: (typeof ownerOf)[AccountType] }

/**
 * Whose contact the code goes to follows from the account type the user picks: the platform's
 * answer never says (it is the same for an account that does not exist).
 */
const ownerOf = { person: 'self', entity: 'legal_person', agency: 'agency' } as const
const accountTypes: AccountType[] = ['person', 'entity', 'agency']

/** Forgot password (DOMAIN.md fact 6): a code to the contact on file, then a new password, in one page. */
export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<Fields>()
  const lastAccount = useSession((s) => s.knownAccounts[0]?.loginName ?? '')
  const { policy } = usePasswordPolicy()
  const [sent, setSent] = useState<Sent | null>(null)
  const [cooldown, setCooldown] = useState(0)
  const [error, setError] = useState<AppError | null>(null)
  const [refused, setRefused] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const next = Form.useWatch('newPassword', form) ?? ''
  const account = Form.useWatch('account', form) ?? ''

  useEffect(() => {
    if (cooldown <= 0) return
    const timer = setTimeout(() => setCooldown((s) => s - 1), 1000)
    return () => clearTimeout(timer)
  }, [cooldown])

  async function sendCode() {
    const checked = await form.validateFields(['account', 'accountType', 'channel']).catch(() => null)
    if (!checked) return
    const { account: name, accountType, channel } = checked
    setBusy(true)
    setError(null)
    const result = await api().requestPasswordReset({ account: name, channel })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      if (result.error.retryAfter) setCooldown(result.error.retryAfter)
      return
    }
    setSent({ sentTo: result.value.sentTo, owner: ownerOf[accountType] })
    setCooldown(result.value.resendAfter)
  }

  async function submit(values: Fields) {
    setBusy(true)
    setError(null)
    const result = await api().confirmPasswordReset({ account: values.account, code: values.code, newPassword: values.newPassword })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      setRefused(refusedRules(result.error))
      if (result.error.code === 'VALIDATION' && result.error.fields) setFieldErrors(form, result.error.fields)
      return
    }
    void message.success(t('forgot.done'))
    // The sign-in page offers the account just reset, not the last one used here.
    navigate('/sign-in', { replace: true, state: { account: values.account } })
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 32 }}>
      <Card style={{ width: 480 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('forgot.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('forgot.intro')}</Typography.Paragraph>
        {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, error)} />}
        {sent && !error && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('forgot.sentTo', { to: sent.sentTo, owner: t(`forgot.owners.${sent.owner}`) })}
          />
        )}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ account: lastAccount, accountType: 'person', channel: 'sms' }}
          // Enter sends the code first, then resets.
          onFinish={(values) => void (sent ? submit(values) : sendCode())}
          onValuesChange={(changed) => 'newPassword' in changed && setRefused([])}
        >
          <Form.Item
            label={t('signIn.account')}
            name="account"
            rules={[{ required: true, whitespace: true, message: requiredMessage('signIn.account') }]}
          >
            <Input autoFocus placeholder={t('signIn.accountHint')} maxLength={128} disabled={sent !== null} />
          </Form.Item>
          <Form.Item label={t('forgot.accountType')} name="accountType">
            <Radio.Group disabled={sent !== null}>
              {accountTypes.map((type) => (
                <Radio key={type} value={type}>
                  {t(`home.types.${type}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item label={t('forgot.channel')} name="channel">
            <Radio.Group disabled={sent !== null}>
              <Radio value="sms">{t('forgot.sms')}</Radio>
              <Radio value="email">{t('forgot.email')}</Radio>
            </Radio.Group>
          </Form.Item>
          {sent && (
            <>
              <Form.Item label={t('forgot.code')} required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item
                    name="code"
                    noStyle
                    rules={[
                      { required: true, message: requiredMessage('forgot.code') },
                      { pattern: /^\d{6}$/, message: <FieldError code="six_digits" /> }
                    ]}
                  >
                    <Input aria-label={t('forgot.code')} autoFocus inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
                  </Form.Item>
                  <Button onClick={() => void sendCode()} disabled={cooldown > 0} loading={busy && cooldown === 0}>
                    {cooldown > 0 ? t('forgot.resendIn', { seconds: cooldown }) : t('forgot.resend')}
                  </Button>
                </Space.Compact>
              </Form.Item>
              {policy && <PasswordRules policy={policy} password={next} loginName={account} refused={refused} />}
              <div style={{ marginTop: 16 }}>
                <NewPasswordFields policy={policy} loginName={account} />
              </div>
            </>
          )}
          {sent ? (
            <Button type="primary" htmlType="submit" block loading={busy} disabled={!policy}>
              {t('forgot.submit')}
            </Button>
          ) : (
            <Button type="primary" htmlType="submit" block loading={busy} disabled={cooldown > 0}>
              {cooldown > 0 ? t('forgot.resendIn', { seconds: cooldown }) : t('forgot.send')}
            </Button>
          )}
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          <Trans i18nKey="forgot.manual" components={{ request: <Link to="/support?kind=rebind" style={{ textDecoration: 'underline' }} /> }} />
        </Typography.Paragraph>
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </Card>
    </div>
  )
}
