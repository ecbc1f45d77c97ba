import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Popconfirm, Segmented, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { AppError } from '../../../shared/result'
import { api } from '../api'
import { AccountStateTag } from '../components/AccountStateTag'
import { BackLink } from '../components/BackLink'
import { errorText } from '../i18n/error-text'
import { useSession } from '../stores/session-store'

type ContactFields = { to: string; code: string; currentPassword: string }

/** The current account's own settings, kept in its own file. */
function AccountSettingsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  // Null until this account's answer is in (the card is remounted per account): nothing of another account shows meanwhile.
  const [prefix, setPrefix] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  useEffect(() => {
    let stale = false
    void api()
      .accountSettings({ accountId })
      .then((result) => {
        // An answer for the account shown before a switch must not fill this one's form.
        if (stale) return
        if (result.ok) setPrefix(result.value.settings.docketPrefix ?? '')
        else setError(result.error)
      })
    return () => {
      stale = true
    }
  }, [accountId])

  async function save() {
    const result = await api().setAccountSetting({ accountId, key: 'docketPrefix', value: prefix ?? '' })
    if (!result.ok) return setError(result.error)
    setError(null)
    setPrefix(result.value.settings.docketPrefix ?? '')
    void message.success(t('centre.saved'))
  }

  return (
    <Card title={t('centre.settings')} size="small">
      <Typography.Paragraph type="secondary">{t('centre.settingsHint')}</Typography.Paragraph>
      {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
      <Form layout="inline" onFinish={() => void save()}>
        <Form.Item label={t('centre.docketPrefix')} htmlFor="docketPrefix" extra={t('centre.docketPrefixHint')}>
          <Input
            id="docketPrefix"
            maxLength={64}
            style={{ width: 220 }}
            value={prefix ?? ''}
            disabled={prefix === null}
            onChange={(event) => setPrefix(event.target.value)}
          />
        </Form.Item>
        <Button htmlType="submit" disabled={prefix === null}>
          {t('centre.save')}
        </Button>
      </Form>
    </Card>
  )
}

/** New phone or email: a code to the new contact, and the current password. */
function ChangeContactsCard({ accountId, online }: { accountId: string; online: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<ContactFields>()
  const [channel, setChannel] = useState<'sms' | 'email'>('sms')
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [cooldown, setCooldown] = useState(0)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (cooldown <= 0) return
    const timer = setTimeout(() => setCooldown((s) => s - 1), 1000)
    return () => clearTimeout(timer)
  }, [cooldown])

  function pick(next: 'sms' | 'email') {
    // A code sent to the other contact means nothing for this one.
    setChannel(next)
    setSentTo(null)
    setCooldown(0)
    form.resetFields()
  }

  async function sendCode() {
    const { to } = await form.validateFields(['to'])
    setError(null)
    const result = await api().sendContactCode({ accountId, channel, to })
    if (!result.ok) {
      if (result.error.retryAfter) setCooldown(Math.ceil(result.error.retryAfter))
      return setError(result.error)
    }
    setSentTo(result.value.sentTo)
    setCooldown(result.value.resendAfter)
  }

  async function submit(values: ContactFields) {
    setBusy(true)
    setError(null)
    const result = await api().changeContacts({
      accountId,
      currentPassword: values.currentPassword,
      code: values.code,
      ...(channel === 'sms' ? { phone: values.to } : { email: values.to })
    })
    setBusy(false)
    if (!result.ok) {
      if (result.error.code === 'INVALID_CREDENTIALS') form.setFieldValue('currentPassword', '')
      return setError(result.error)
    }
    useSession.setState((s) => ({
      account: result.value.account,
      accounts: s.accounts.map((a) => (a.id === accountId ? result.value.account : a))
    }))
    form.resetFields()
    setSentTo(null)
    void message.success(t('centre.contactsDone'))
  }

  const required = (field: string) => [{ required: true, whitespace: true, message: t('signIn.required', { field }) }]
  return (
    <Card title={t('centre.contacts')} size="small">
      <Typography.Paragraph type="secondary">{t('centre.contactsHint')}</Typography.Paragraph>
      {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
      <Segmented
        aria-label={t('centre.contactKind')}
        value={channel}
        onChange={(v) => pick(v as 'sms' | 'email')}
        options={[
          { value: 'sms', label: t('centre.phone') },
          { value: 'email', label: t('centre.email') }
        ]}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} disabled={!online}>
        <Form.Item label={channel === 'sms' ? t('centre.newPhone') : t('centre.newEmail')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="to" noStyle rules={required(channel === 'sms' ? t('centre.newPhone') : t('centre.newEmail'))}>
              <Input aria-label={channel === 'sms' ? t('centre.newPhone') : t('centre.newEmail')} maxLength={254} />
            </Form.Item>
            <Button onClick={() => void sendCode()} disabled={cooldown > 0 || !online}>
              {cooldown > 0 ? t('centre.resendIn', { seconds: cooldown }) : t('centre.sendCode')}
            </Button>
          </Space.Compact>
        </Form.Item>
        {sentTo && <Typography.Paragraph type="secondary">{t('centre.sentTo', { to: sentTo })}</Typography.Paragraph>}
        <Form.Item label={t('centre.code')} name="code" rules={required(t('centre.code'))}>
          <Input inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
        </Form.Item>
        <Form.Item label={t('centre.currentPassword')} name="currentPassword" rules={required(t('centre.currentPassword'))}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('centre.submitContacts')}
        </Button>
      </Form>
    </Card>
  )
}

/**
 * The signed-in account's own page: who it is (codes copyable), its contacts, its settings on
 * this computer, password and contact changes, "sign out everywhere", and removal from this computer.
 */
export function AccountCentrePage() {
  const { t } = useTranslation()
  const { message, modal } = AntApp.useApp()
  const navigate = useNavigate()
  const account = useSession((s) => s.account)
  const signOutEverywhere = useSession((s) => s.signOutEverywhere)
  const remove = useSession((s) => s.remove)
  const [error, setError] = useState<AppError | null>(null)
  if (!account) return null
  const online = account.state === 'online'

  async function everywhere() {
    const failure = await signOutEverywhere(account!.id)
    if (failure) return setError(failure)
    void message.success(t('centre.signOutEverywhereDone'))
    navigate('/')
  }

  function confirmRemove() {
    modal.confirm({
      title: t('centre.removeTitle', { name: account!.displayName }),
      content: t('centre.removeWhat'),
      okText: t('centre.removeConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('centre.cancel'),
      onOk: async () => {
        const failure = await remove(account!.id)
        if (failure) return setError(failure)
        void message.success(t('centre.removed'))
        navigate('/')
      }
    })
  }

  return (
    <div style={{ maxWidth: 880, margin: '8px auto 24px', padding: '0 24px', display: 'grid', gap: 16 }}>
      <BackLink />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('centre.title')}
      </Typography.Title>
      {error && <Alert role="alert" type="error" showIcon title={errorText(t, error)} />}
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('centre.loginName')}>{account.loginName}</Descriptions.Item>
          <Descriptions.Item label={t('centre.type')}>{t(`home.types.${account.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('centre.state')}>
            <AccountStateTag state={account.state} />
          </Descriptions.Item>
          {account.userCode && (
            <Descriptions.Item label={t('centre.userCode')}>
              <Typography.Text strong copyable>
                {account.userCode}
              </Typography.Text>
            </Descriptions.Item>
          )}
          {account.registrationCode && (
            <Descriptions.Item label={t('centre.registrationCode')}>
              <Typography.Text strong copyable>
                {account.registrationCode}
              </Typography.Text>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('centre.phone')}>{account.contacts.phone || t('centre.none')}</Descriptions.Item>
          <Descriptions.Item label={t('centre.email')}>{account.contacts.email || t('centre.none')}</Descriptions.Item>
        </Descriptions>
        {(account.userCode || account.registrationCode) && <Typography.Text type="secondary">{t('centre.codeHint')}</Typography.Text>}
        <div style={{ marginTop: 12 }}>
          <Button onClick={() => navigate('/account/password')} disabled={!online}>
            {t('centre.changePassword')}
          </Button>
        </div>
      </Card>
      <AccountSettingsCard key={`settings-${account.id}`} accountId={account.id} />
      <ChangeContactsCard key={`contacts-${account.id}`} accountId={account.id} online={online} />
      <Card title={t('centre.sessions')} size="small">
        <Space wrap>
          <Popconfirm
            title={t('centre.signOutEverywhereConfirm')}
            okText={t('centre.signOutEverywhere')}
            cancelText={t('centre.cancel')}
            onConfirm={() => void everywhere()}
            disabled={!online}
          >
            <Button disabled={!online}>{t('centre.signOutEverywhere')}</Button>
          </Popconfirm>
          <Button danger onClick={confirmRemove}>
            {t('centre.remove')}
          </Button>
        </Space>
        {!online && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('centre.offlineOnly')}
          </Typography.Paragraph>
        )}
      </Card>
    </div>
  )
}
