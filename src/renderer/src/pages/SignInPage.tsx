import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { signInLockout } from '../../../shared/sign-in-lockout'
import { shortcutKey } from '../components/shortcut-key'
import { useRetryCountdown } from '../hooks/use-retry-countdown'
import { errorText } from '../i18n/error-text'
import { requiredMessage, setFieldErrors } from '../i18n/field-error'
import { useSession } from '../stores/session-store'

type Fields = { account: string; password: string; remember: boolean }

/** Why a session ended: said as it is, not as a failed restore. */
const sessionEndings = new Set(['SESSION_ENDED', 'SESSION_EXPIRED', 'TOKEN_REUSED', 'TOKEN_INVALID'])

/** The words for why the platform ended an account's session, by the error code that says it. */
const endedCodes = { revoked: 'SESSION_ENDED', expired: 'SESSION_EXPIRED', reused: 'TOKEN_REUSED' } as const

/**
 * `normal`: nobody is signed in. `add`: another account signs in beside the open ones, which
 * stay signed in. `ended`: the current account's session was ended by the platform; it signs
 * in again here, with the reason shown, the other accounts untouched.
 */
export function SignInPage({ mode = 'normal' }: { mode?: 'normal' | 'add' | 'ended' }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Fields>()
  const signIn = useSession((s) => s.signIn)
  const signOut = useSession((s) => s.signOut)
  const setAdding = useSession((s) => s.setAdding)
  const current = useSession((s) => s.account)
  const notice = useSession((s) => s.notice)
  const known = useSession((s) => s.knownAccounts[0]?.loginName ?? '')
  const lastAccount = mode === 'add' ? '' : mode === 'ended' ? (current?.loginName ?? '') : known
  // After a password reset the page offers the account that was reset.
  const resetAccount = (useLocation().state as { account?: string } | null)?.account
  const prefilled = resetAccount ?? lastAccount
  const [error, setError] = useRetryCountdown()
  const [busy, setBusy] = useState(false)
  const [capsLock, setCapsLock] = useState(false)

  async function submit(values: Fields) {
    setBusy(true)
    setError(null)
    const failure = await signIn(values)
    setBusy(false)
    if (!failure) return
    setError(failure)
    if (failure.fields) {
      setFieldErrors(form, Object.fromEntries(Object.entries(failure.fields).filter(([name]) => name === 'account' || name === 'password')))
    }
    if (failure.code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '')
  }

  const watchCaps = (event: KeyboardEvent) => setCapsLock(event.getModifierState('CapsLock'))
  const passwordTrouble = error?.code === 'INVALID_CREDENTIALS' || error?.code === 'LOCKED'

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 48 }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {mode === 'add' ? t('accounts.addTitle') : mode === 'ended' ? t('accounts.endedTitle') : t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{mode === 'add' ? t('accounts.addHint', { key: shortcutKey }) : t('signIn.subtitle')}</Typography.Paragraph>
        {mode === 'ended' && current && !error && (
          <Alert
            role="alert"
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('accounts.endedWho', { name: current.displayName, reason: errorText(t, { code: endedCodes[current.endedReason ?? 'expired'], message: '' }) })}
            description={t('accounts.endedKeepsData')}
          />
        )}
        {resetAccount && !error && (
          <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('signIn.resetFor', { account: resetAccount })} />
        )}
        {mode === 'normal' && notice && !error && !resetAccount && (
          <Alert
            role="alert"
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={sessionEndings.has(notice.code) ? errorText(t, notice) : t('signIn.restoreFailed', { reason: errorText(t, notice) })}
          />
        )}
        {error && (
          <Alert
            role="alert"
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={errorText(t, error)}
            description={
              passwordTrouble && (
                <>
                  {error.code === 'INVALID_CREDENTIALS' && (
                    <div>{t('signIn.lockoutRule', { attempts: signInLockout.maxFailures, minutes: signInLockout.lockMinutes })}</div>
                  )}
                  <Link to="/forgot-password">{t('signIn.forgotUnlocks')}</Link>
                </>
              )
            }
          />
        )}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ account: prefilled, password: '', remember: true }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            label={t('signIn.account')}
            name="account"
            rules={[{ required: true, whitespace: true, message: requiredMessage('signIn.account') }]}
          >
            <Input autoFocus={!prefilled} autoComplete="username" placeholder={t('signIn.accountHint')} maxLength={128} />
          </Form.Item>
          <Form.Item
            label={t('signIn.password')}
            name="password"
            rules={[{ required: true, message: requiredMessage('signIn.password') }]}
            extra={capsLock ? t('signIn.capsLock') : undefined}
          >
            <Input.Password autoFocus={!!prefilled} autoComplete="current-password" onKeyUp={watchCaps} />
          </Form.Item>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12 }}>
            <Form.Item name="remember" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox style={{ whiteSpace: 'nowrap' }}>{t('signIn.remember')}</Checkbox>
            </Form.Item>
            <Link to="/forgot-password" style={{ whiteSpace: 'nowrap' }}>
              {t('forgot.link')}
            </Link>
          </div>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 16px 24px' }}>
            {t('signIn.rememberHint')}
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('signIn.submit')}
          </Button>
          {mode === 'add' && (
            <Button type="link" block style={{ marginTop: 8 }} onClick={() => setAdding(false)}>
              {t('accounts.back')}
            </Button>
          )}
          {mode === 'ended' && current && (
            <Button type="link" block style={{ marginTop: 8 }} onClick={() => void signOut(current.id)}>
              {t('accounts.closeAccount')}
            </Button>
          )}
        </Form>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between', marginTop: 16 }}>
          <Link to="/register">{t('register.link')}</Link>
          <Link to="/support">{t('support.link')}</Link>
        </div>
      </Card>
    </div>
  )
}
