import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Card, Form, Input, List, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isCommonPassword } from '../../../shared/common-passwords'
import { checkPassword, type PasswordPolicy, type PasswordRuleCode } from '../../../shared/password-policy'
import type { AppError } from '../../../shared/result'
import { api } from '../api'
import { errorText } from '../i18n/error-text'
import { useSession } from '../stores/session-store'

type Fields = { currentPassword: string; newPassword: string; confirm: string }

/** Which rule each broken-rule code belongs to, for ticking the list as the user types. */
const ruleOf: Record<PasswordRuleCode, string> = {
  TOO_SHORT: 'length',
  TOO_LONG: 'length',
  TOO_FEW_CLASSES: 'classes',
  CONTAINS_CONTEXT: 'context',
  COMMON_PASSWORD: 'common'
}

/**
 * The forced password change: the rules are on screen before the user types, checked as they
 * type with the same code the platform runs, and one successful change ends it for good.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Fields>()
  const account = useSession((s) => s.account)
  const changePassword = useSession((s) => s.changePassword)
  const signOut = useSession((s) => s.signOut)
  const [policy, setPolicy] = useState<PasswordPolicy | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const next = Form.useWatch('newPassword', form) ?? ''

  useEffect(() => {
    void api()
      .passwordPolicy()
      .then((result) => (result.ok ? setPolicy(result.value.policy) : setError(result.error)))
  }, [])
  if (!account) return null

  const broken = policy ? checkPassword(policy, next, { loginName: account.loginName, isCommon: isCommonPassword }) : []
  const brokenRules = new Set(broken.map((b) => ruleOf[b.code]))
  const rules = policy
    ? [
        { key: 'length', text: t('changePassword.rules.length', { min: policy.minLength, max: policy.maxLength }) },
        ...(policy.minClasses > 0 ? [{ key: 'classes', text: t('changePassword.rules.classes', { count: policy.minClasses }) }] : []),
        ...(policy.forbidContext ? [{ key: 'context', text: t('changePassword.rules.context') }] : []),
        ...(policy.blockCommon ? [{ key: 'common', text: t('changePassword.rules.common') }] : []),
        ...(policy.historyDepth > 0 ? [{ key: 'history', text: t('changePassword.rules.history', { count: policy.historyDepth }) }] : [])
      ]
    : []

  async function submit(values: Fields) {
    setBusy(true)
    setError(null)
    const failure = await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword })
    setBusy(false)
    if (!failure) {
      void message.success(t('changePassword.done'))
      return
    }
    setError(failure)
    if (failure.code === 'INVALID_CREDENTIALS') form.setFields([{ name: 'currentPassword', errors: [errorText(t, failure)] }])
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 32 }}>
      <Card style={{ width: 480 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('changePassword.title')}
        </Typography.Title>
        {account.mustChangeReason && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`changePassword.reasons.${account.mustChangeReason}`)} />
        )}
        {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, error)} />}
        <Typography.Text strong>{t('changePassword.rulesTitle')}</Typography.Text>
        <List
          size="small"
          aria-label={t('changePassword.rulesTitle')}
          dataSource={rules}
          renderItem={(rule) => {
            // Only the platform knows the history; the other rules are checked here as the user types.
            const met = next !== '' && rule.key !== 'history' && !brokenRules.has(rule.key)
            const icon =
              rule.key === 'history' ? (
                <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
              ) : met ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} />
              ) : (
                <CloseCircleOutlined style={{ color: '#bfbfbf' }} />
              )
            return (
              <List.Item style={{ padding: '4px 0', border: 'none' }} data-met={met}>
                {icon}
                <span style={{ marginLeft: 8, flex: 1 }}>{rule.text}</span>
              </List.Item>
            )
          }}
        />
        <Form<Fields> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} style={{ marginTop: 16 }}>
          <Form.Item label={t('changePassword.current')} name="currentPassword" rules={[{ required: true, message: t('signIn.required', { field: t('changePassword.current') }) }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('changePassword.next')}
            name="newPassword"
            rules={[
              { required: true, message: t('signIn.required', { field: t('changePassword.next') }) },
              { validator: async () => (broken.length ? Promise.reject(new Error(t('changePassword.breaksRules'))) : undefined) }
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('changePassword.confirm')}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('signIn.required', { field: t('changePassword.confirm') }) },
              ({ getFieldValue }) => ({
                validator: async (_rule, value) =>
                  value && value !== getFieldValue('newPassword') ? Promise.reject(new Error(t('changePassword.mismatch'))) : undefined
              })
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!policy}>
            {t('changePassword.submit')}
          </Button>
          <Button type="link" block style={{ marginTop: 8 }} onClick={() => void signOut()}>
            {t('changePassword.signOutInstead')}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
