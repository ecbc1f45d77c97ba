import { Form, Input } from 'antd'
import type { PasswordPolicy } from '../../../shared/password-policy'
import { requiredMessage, Translated } from '../i18n/field-error'
import { brokenPasswordRules, type RulesContext } from './PasswordRules'
import { passwordWords, type PasswordPurpose } from './password-wording'

/** "New password" and "repeat it", refused in the form when they break the policy or differ. */
export function NewPasswordFields({
  policy,
  loginName,
  context,
  purpose = 'change'
}: {
  policy: PasswordPolicy | null
  loginName: string
  context?: RulesContext
  /** A new account's first password is not called "new". */
  purpose?: PasswordPurpose
}) {
  const words = passwordWords[purpose]
  return (
    <>
      <Form.Item
        label={<Translated k={words.password} />}
        name="newPassword"
        rules={[
          { required: true, message: requiredMessage(words.password) },
          {
            // Checks the value being validated: the watched password lags one keystroke behind it.
            validator: async (_rule, value: string | undefined) =>
              brokenPasswordRules(policy, value ?? '', loginName, context).length ? Promise.reject(new Error('rules')) : undefined,
            message: <Translated k={words.breaksRules} />
          }
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={<Translated k={words.confirm} />}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: requiredMessage(words.confirm) },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) =>
              value && value !== getFieldValue('newPassword') ? Promise.reject(new Error('mismatch')) : undefined,
            message: <Translated k={words.mismatch} />
          })
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
