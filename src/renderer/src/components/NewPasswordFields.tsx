import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PasswordPolicy } from '../../../shared/password-policy'
import { brokenPasswordRules } from './PasswordRules'

/** "New password" and "repeat it", refused in the form when they break the policy or differ. */
export function NewPasswordFields({ policy, password, loginName }: { policy: PasswordPolicy | null; password: string; loginName: string }) {
  const { t } = useTranslation()
  const broken = brokenPasswordRules(policy, password, loginName)
  return (
    <>
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
    </>
  )
}
