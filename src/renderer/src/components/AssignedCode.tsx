import { CopyOutlined } from './icons'
import { App as AntApp, Button, Result, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

export type Assigned = { kind: 'registrationCode' | 'userCode'; code: string }

/**
 * A code the platform assigned (DOMAIN.md facts 4–5), shown once prominently with what to do
 * with it: a registration code is quoted when mailing proof of identity, a user code is the
 * organisation's ID number from now on. The title says what is left to do, never that all is
 * done: an account with a registration code still owes the office its proof of identity.
 */
export function AssignedCode({ assigned, onContinue }: { assigned: Assigned; onContinue: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  async function copy() {
    await navigator.clipboard.writeText(assigned.code)
    void message.success(t('completion.assigned.copied'))
  }
  return (
    <Result
      // Proof of identity is still to be posted; a user code is all an entity needs.
      status={assigned.kind === 'registrationCode' ? 'info' : 'success'}
      title={t(`completion.assigned.title.${assigned.kind}`)}
      subTitle={t(`completion.assigned.${assigned.kind}`)}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%', textAlign: 'center' }}>
        <Space>
          <Typography.Text strong style={{ fontSize: 24, letterSpacing: 2 }} data-testid="assigned-code">
            {assigned.code}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('completion.assigned.copy')}
          </Button>
        </Space>
        <Typography.Text strong>{t('completion.assigned.keep')}</Typography.Text>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t(assigned.kind === 'registrationCode' ? 'completion.assigned.mailing' : 'completion.assigned.userCodeUse')}
        </Typography.Paragraph>
        <Button type="primary" autoFocus onClick={onContinue}>
          {t('completion.assigned.continue')}
        </Button>
      </Space>
    </Result>
  )
}
