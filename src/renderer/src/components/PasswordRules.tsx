import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons'
import { List, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { isCommonPassword } from '../../../shared/common-passwords'
import { checkPassword, type PasswordContext, type PasswordPolicy, type PasswordRuleCode } from '../../../shared/password-policy'

/** More of what a new password must not contain, when the page knows it (registration: the phone and ID number). */
export type RulesContext = Pick<PasswordContext, 'phone' | 'idNumber'>

/** Which rule each broken-rule code belongs to, for ticking the list as the user types. */
const ruleOf: Record<PasswordRuleCode, string> = {
  TOO_SHORT: 'length',
  TOO_LONG: 'length',
  TOO_FEW_CLASSES: 'classes',
  CONTAINS_CONTEXT: 'context',
  COMMON_PASSWORD: 'common'
}

/** The rules a new password must meet, checked with the platform's own policy as the user types. */
export const brokenPasswordRules = (policy: PasswordPolicy | null, password: string, loginName: string, context: RulesContext = {}) =>
  policy ? checkPassword(policy, password, { ...context, loginName, isCommon: isCommonPassword }) : []

export function PasswordRules({
  policy,
  password,
  loginName,
  context
}: {
  policy: PasswordPolicy
  password: string
  loginName: string
  context?: RulesContext
}) {
  const { t } = useTranslation()
  const broken = new Set(brokenPasswordRules(policy, password, loginName, context).map((b) => ruleOf[b.code]))
  const rules = [
    { key: 'length', text: t('changePassword.rules.length', { min: policy.minLength, max: policy.maxLength }) },
    ...(policy.minClasses > 0 ? [{ key: 'classes', text: t('changePassword.rules.classes', { count: policy.minClasses }) }] : []),
    ...(policy.forbidContext ? [{ key: 'context', text: t('changePassword.rules.context') }] : []),
    ...(policy.blockCommon ? [{ key: 'common', text: t('changePassword.rules.common') }] : []),
    ...(policy.historyDepth > 0 ? [{ key: 'history', text: t('changePassword.rules.history', { count: policy.historyDepth }) }] : [])
  ]
  return (
    <>
      <Typography.Text strong>{t('changePassword.rulesTitle')}</Typography.Text>
      <List
        size="small"
        aria-label={t('changePassword.rulesTitle')}
        dataSource={rules}
        renderItem={(rule) => {
          // Only the platform knows the history; the other rules are checked here as the user types.
          const met = password !== '' && rule.key !== 'history' && !broken.has(rule.key)
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
    </>
  )
}
