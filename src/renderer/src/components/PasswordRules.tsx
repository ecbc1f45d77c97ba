import { CheckCircleFilled, CloseCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from './icons'
import { List, theme, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { isCommonPassword } from '../../../shared/common-passwords'
import { checkPassword, type PasswordContext, type PasswordPolicy, type PasswordRuleCode } from '../../../shared/password-policy'
import type { AppError } from '../../../shared/result'
import { passwordRuleList, passwordWords, type PasswordPurpose } from './password-wording'

/** More of what a new password must not contain, when the page knows it (registration: the phone and ID number). */
export type RulesContext = Pick<PasswordContext, 'phone' | 'idNumber'>

/** Which rule each broken-rule code belongs to, for ticking the list as the user types. */
const ruleOf: Record<PasswordRuleCode | 'PASSWORD_REUSED', string> = {
  TOO_SHORT: 'length',
  TOO_LONG: 'length',
  TOO_FEW_CLASSES: 'classes',
  CONTAINS_CONTEXT: 'context',
  COMMON_PASSWORD: 'common',
  PASSWORD_REUSED: 'history'
}

/** The rules a new password must meet, checked with the platform's own policy as the user types. */
export const brokenPasswordRules = (policy: PasswordPolicy | null, password: string, loginName: string, context: RulesContext = {}) =>
  policy ? checkPassword(policy, password, { ...context, loginName, isCommon: isCommonPassword }) : []

/**
 * The rules the platform says a new password broke. It knows what the client cannot (the full
 * phone and ID number, the history), so its verdict overrides the ticks until the password changes.
 */
export function refusedRules(error: AppError): string[] {
  if (error.code === 'PASSWORD_REUSED') return ['PASSWORD_REUSED']
  if (error.code === 'POLICY_VIOLATION') return (error.rules ?? []).filter((code) => code in ruleOf)
  return []
}

type Props = {
  policy: PasswordPolicy
  password: string
  loginName: string
  /** More of what the password must not contain, when the page knows it. */
  context?: RulesContext
  /** Rule codes the platform refused this password for (`refusedRules`). */
  refused?: readonly string[]
  /** A new account's first password is worded as such, without the history rule. */
  purpose?: PasswordPurpose
}

export function PasswordRules({ policy, password, loginName, context, refused = [], purpose = 'change' }: Props) {
  const { t } = useTranslation()
  const broken = new Set(brokenPasswordRules(policy, password, loginName, context).map((b) => ruleOf[b.code]))
  const refusedBy = new Map(refused.map((code) => [ruleOf[code as keyof typeof ruleOf], code]))
  const rules = passwordRuleList(t, policy, purpose)
  const { token } = theme.useToken()
  const title = t(passwordWords[purpose].rulesTitle)
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <List
        size="small"
        aria-label={title}
        dataSource={rules}
        renderItem={(rule) => {
          const refusal = refusedBy.get(rule.key)
          // Only the platform knows the history; the other rules are checked here as the user types.
          const met = password !== '' && rule.key !== 'history' && !broken.has(rule.key) && !refusal
          // Each mark says in words what its colour shows, for those who hear the page.
          const icon = refusal ? (
            <CloseCircleFilled style={{ color: token.colorError }} aria-label={t('changePassword.ruleState.refused')} />
          ) : rule.key === 'history' ? (
            <InfoCircleOutlined style={{ color: token.colorTextTertiary }} aria-label={t('changePassword.ruleState.platform')} />
          ) : met ? (
            <CheckCircleFilled style={{ color: token.colorSuccess }} aria-label={t('changePassword.ruleState.met')} />
          ) : (
            <CloseCircleOutlined style={{ color: token.colorTextTertiary }} aria-label={t('changePassword.ruleState.unmet')} />
          )
          return (
            <List.Item style={{ padding: '4px 0', border: 'none' }} data-met={met} data-refused={refusal !== undefined}>
              {icon}
              <span style={{ marginLeft: 8, flex: 1 }}>
                {refusal ? <Typography.Text type="danger">{rule.text}</Typography.Text> : rule.text}
                {refusal && (
                  <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
                    {t(`changePassword.refused.${refusal}`)}
                  </Typography.Text>
                )}
              </span>
            </List.Item>
          )
        }}
      />
    </>
  )
}
