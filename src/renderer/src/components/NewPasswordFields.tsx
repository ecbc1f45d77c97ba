import { Form, Input } from 'antd'
import type { PasswordPolicy } from '../../../shared/password-policy'
import { requiredMessage, Translated } from '../i18n/field-error'
import { brokenPasswordRules } from './PasswordRules'

/** "New password" and "repeat it", refused in the form when they break the policy or differ. */
export function NewPasswordFields({ policy, password, loginName }: { policy: PasswordPolicy | null; password: string; loginName: string }) {
  const broken = brokenPasswordRules(policy, password, loginName)
  return (
    <>
      <Form.Item
        label={<Translated k="changePassword.next" />}
        name="newPassword"
        rules={[
          { required: true, message: requiredMessage('changePassword.next') },
          { validator: async () => (broken.length ? Promise.reject(new Error('rules')) : undefined), message: <Translated k="changePassword.breaksRules" /> }
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={<Translated k="changePassword.confirm" />}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: requiredMessage('changePassword.confirm') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) =>
              value && value !== getFieldValue('newPassword') ? Promise.reject(new Error('mismatch')) : undefined,
            message: <Translated k="changePassword.mismatch" />
          })
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
