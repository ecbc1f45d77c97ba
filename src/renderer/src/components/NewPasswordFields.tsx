import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PasswordPolicy } from '../../../shared/password-policy'
import { brokenPasswordRules, type RulesContext } from './PasswordRules'

/** "New password" and "repeat it", refused in the form when they break the policy or differ. */
export function NewPasswordFields({
  policy,
  loginName,
  context
}: {
  policy: PasswordPolicy | null
  loginName: string
  context?: RulesContext
}) {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        label={t('changePassword.next')}
        name="newPassword"
        rules={[
          { required: true, message: t('signIn.required', { field: t('changePassword.next') }) },
          {
            // Checks the value being validated: the watched password lags one keystroke behind it.
            validator: async (_rule, value: string | undefined) =>
              brokenPasswordRules(policy, value ?? '', loginName, context).length
                ? Promise.reject(new Error(t('changePassword.breaksRules')))
                : undefined
          }
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
    </>
  )
}
