import { Alert, App as AntApp, Button, Card, Descriptions, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { AccountStateTag } from '../components/AccountStateTag'
import { keychainAdvice } from '../components/keychain-advice'
import { errorText } from '../i18n/error-text'
import { formatDate } from '../i18n/format-date'
import { useDesktop } from '../stores/desktop-store'
import { useSession } from '../stores/session-store'

export function HomePage() {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const account = useSession((s) => s.account)
  const signOut = useSession((s) => s.signOut)
  const keychainWarning = useSession((s) => s.keychainWarning)
  const dismissKeychainWarning = useSession((s) => s.dismissKeychainWarning)
  const advice = keychainAdvice(useDesktop((s) => s.info?.os))
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  if (!account) return null

  async function onSignOut() {
    setBusy(true)
    const outcome = await signOut()
    setBusy(false)
    if (outcome.error) void message.error(errorText(t, outcome.error))
    else if (!outcome.revokedOnServer) void message.warning(t('home.signedOutOffline'))
  }

  return (
    <div style={{ maxWidth: 880, margin: '24px auto', padding: '0 24px' }}>
      <Typography.Title level={3}>{t('home.welcome', { name: account.displayName })}</Typography.Title>
      {account.state === 'offline' && (
        <Alert role="status" type="warning" showIcon style={{ marginBottom: 16 }} title={t('accounts.offlineBanner')} />
      )}
      {keychainWarning && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: dismissKeychainWarning }}
          style={{ marginBottom: 16 }}
          title={t('accounts.keychainTitle')}
          description={
            <>
              <div>{t(advice.why)}</div>
              <div>{t(advice.fix)}</div>
            </>
          }
        />
      )}
      {account.status === 'needs_completion' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('completion.needed')}
          description={t('completion.why')}
          action={
            <Button type="primary" onClick={() => navigate('/complete-profile')}>
              {t('completion.start')}
            </Button>
          }
        />
      )}
      <Card
        title={t('home.signedInAs')}
        extra={
          <Space>
            <AccountStateTag state={account.state} />
            <Button onClick={() => navigate('/account')}>{t('accounts.centre')}</Button>
            <Button onClick={() => void onSignOut()} loading={busy}>
              {t('home.signOut')}
            </Button>
          </Space>
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.loginName')}>{account.loginName}</Descriptions.Item>
          <Descriptions.Item label={t('home.accountType')}>{t(`home.types.${account.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('home.phone')}>{account.contacts.phone || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('home.email')}>{account.contacts.email || '—'}</Descriptions.Item>
          {account.passwordExpiresAt && (
            <Descriptions.Item label={t('home.passwordExpires')}>{formatDate(account.passwordExpiresAt, i18n.language)}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    </div>
  )
}
