import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AppError } from '../../../shared/result'
import { errorText } from '../i18n/error-text'
import { useSession } from '../stores/session-store'

type Fields = { account: string; password: string; remember: boolean }

/**
 * `normal`: nobody is signed in. `add`: another account signs in beside the open ones, which
 * stay signed in. `ended`: the current account's session was ended by the platform; it signs
 * in again here, with the reason shown.
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
  const [error, setError] = useState<AppError | null>(null)
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
      form.setFields(
        Object.entries(failure.fields)
          .filter(([name]) => name === 'account' || name === 'password')
          .map(([name]) => ({ name: name as keyof Fields, errors: [t('errors.VALIDATION')] }))
      )
    }
    if (failure.code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '')
  }

  const watchCaps = (event: KeyboardEvent) => setCapsLock(event.getModifierState('CapsLock'))

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 48 }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {mode === 'add' ? t('accounts.addTitle') : mode === 'ended' ? t('accounts.endedTitle') : t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{mode === 'add' ? t('accounts.addHint') : t('signIn.subtitle')}</Typography.Paragraph>
        {mode === 'ended' && current && !error && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${current.displayName}: ${t(`accounts.endedReasons.${current.endedReason ?? 'expired'}`)}`}
            description={t('accounts.endedKeepsData')}
          />
        )}
        {mode === 'normal' && notice && !error && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('signIn.restoreFailed', { reason: errorText(t, notice) })}
          />
        )}
        {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, error)} />}
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ account: lastAccount, password: '', remember: true }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            label={t('signIn.account')}
            name="account"
            rules={[{ required: true, whitespace: true, message: t('signIn.required', { field: t('signIn.account') }) }]}
          >
            <Input autoFocus={!lastAccount} autoComplete="username" placeholder={t('signIn.accountHint')} maxLength={128} />
          </Form.Item>
          <Form.Item
            label={t('signIn.password')}
            name="password"
            rules={[{ required: true, message: t('signIn.required', { field: t('signIn.password') }) }]}
            extra={capsLock ? t('signIn.capsLock') : undefined}
          >
            <Input.Password autoFocus={!!lastAccount} autoComplete="current-password" onKeyUp={watchCaps} />
          </Form.Item>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
            <Form.Item name="remember" valuePropName="checked">
              <Checkbox>{t('signIn.remember')}</Checkbox>
            </Form.Item>
            {mode === 'normal' && <Link to="/forgot-password">{t('forgot.link')}</Link>}
          </div>
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
              {t('home.signOut')}
            </Button>
          )}
        </Form>
      </Card>
    </div>
  )
}
