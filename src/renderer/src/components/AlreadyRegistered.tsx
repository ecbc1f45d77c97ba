import { Alert, Button, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

/**
 * What to do when the ID number (or USCC, or agency code) is already registered (DOMAIN.md
 * facts 3 and 8): a user signs in or resets the password; a legacy account is completed, not
 * registered again; when its old credentials fail, a manual request recovers it.
 */
export function AlreadyRegistered({ field }: { field: 'idNumber' | 'uscc' | 'agencyCode' }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t(`register.already.title.${field}`)}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{t('register.already.user')}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{t('register.already.legacy')}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('register.already.manual')}</Typography.Paragraph>
          <Space wrap>
            <Button type="primary" onClick={() => navigate('/sign-in')}>
              {t('register.already.signIn')}
            </Button>
            <Button onClick={() => navigate('/forgot-password')}>{t('register.already.reset')}</Button>
            <Button onClick={() => navigate('/support?kind=recover')}>{t('register.already.support')}</Button>
          </Space>
        </>
      }
    />
  )
}
