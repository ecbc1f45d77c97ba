import { Alert, App as AntApp, Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import type { AppError } from '../../../shared/result'
import { NewPasswordFields } from '../components/NewPasswordFields'
import { PasswordRules, refusedRules } from '../components/PasswordRules'
import { usePasswordPolicy } from '../hooks/use-password-policy'
import { errorText } from '../i18n/error-text'
import { requiredMessage, setFieldErrors } from '../i18n/field-error'
import { useSession } from '../stores/session-store'

type Fields = { currentPassword: string; newPassword: string; confirm: string }

/**
 * The forced password change: the rules are on screen before the user types, checked as they
 * type with the same code the platform runs, and one successful change ends it for good.
 * `voluntary`: the same page opened from the account centre, with a way back instead of sign-out.
 */
export function ChangePasswordPage({ voluntary = false }: { voluntary?: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // Reached from the account centre: done or not, the user goes back there, not forward to a new copy of it.
  const cameFromApp = useLocation().key !== 'default'
  const backToCentre = () => (cameFromApp ? navigate(-1) : navigate('/account', { replace: true }))
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Fields>()
  const account = useSession((s) => s.account)
  const changePassword = useSession((s) => s.changePassword)
  const signOut = useSession((s) => s.signOut)
  const { policy, error: policyError } = usePasswordPolicy()
  const [error, setError] = useState<AppError | null>(null)
  const [refused, setRefused] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const next = Form.useWatch('newPassword', form) ?? ''
  if (!account) return null

  async function submit(values: Fields) {
    setBusy(true)
    setError(null)
    const failure = await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword })
    setBusy(false)
    if (!failure) {
      void message.success(t('changePassword.done'))
      if (voluntary) backToCentre()
      return
    }
    setError(failure)
    setRefused(refusedRules(failure))
    if (failure.code === 'INVALID_CREDENTIALS') setFieldErrors(form, { currentPassword: 'wrong_password' })
  }

  const shown = error ?? policyError
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 32 }}>
      <Card style={{ width: 480 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('changePassword.title')}
        </Typography.Title>
        {!voluntary && account.mustChangeReason && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`changePassword.reasons.${account.mustChangeReason}`)} />
        )}
        {shown && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, shown)} />}
        {policy && <PasswordRules policy={policy} password={next} loginName={account.loginName} refused={refused} />}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
          // The platform's verdict was about the password it saw; a changed one is judged afresh.
          onValuesChange={(changed) => 'newPassword' in changed && setRefused([])}
          style={{ marginTop: 16 }}
        >
          <Form.Item label={t('changePassword.current')} name="currentPassword" rules={[{ required: true, message: requiredMessage('changePassword.current') }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          <NewPasswordFields policy={policy} loginName={account.loginName} />
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!policy}>
            {t('changePassword.submit')}
          </Button>
          {voluntary ? (
            <Button type="link" block style={{ marginTop: 8 }} onClick={backToCentre}>
              {t('accounts.back')}
            </Button>
          ) : (
            <Button type="link" block style={{ marginTop: 8 }} onClick={() => void signOut()}>
              {t('changePassword.signOutInstead')}
            </Button>
          )}
        </Form>
      </Card>
    </div>
  )
}
