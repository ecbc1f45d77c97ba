import { Form, Radio, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import type { IdType } from '../../../shared/identity-api'

export type AccountType = 'person' | 'entity' | 'agency'

/** The identity fields registration and data completion ask for, as the forms hold them. */
export type ProfileFields = {
  name: string
  idType: IdType
  idNumber?: string
  usccMode: 'uscc' | 'none'
  uscc?: string
  agencyCode?: string
}

/** The profile the platform expects for this account type, from the form's fields. */
export function profileOf(type: AccountType, v: ProfileFields): Record<string, unknown> {
  const name = v.name ?? ''
  if (type === 'person') return { name, idType: v.idType, ...(v.idType === 'none' ? {} : { idNumber: v.idNumber ?? '' }) }
  if (type === 'entity') return v.usccMode === 'none' ? { name, nonUscc: true } : { name, uscc: v.uscc ?? '' }
  return { name, agencyCode: v.agencyCode ?? '', uscc: v.uscc ?? '' }
}

/** An entity says whether it has a unified social credit code (USCC) or is one of those without. */
export function UsccModeField() {
  const { t } = useTranslation()
  return (
    <Form.Item label={t('completion.usccMode')} name="usccMode">
      <Radio.Group>
        <Space orientation="vertical">
          <Radio value="uscc">{t('completion.hasUscc')}</Radio>
          <Radio value="none">{t('completion.nonUscc')}</Radio>
        </Space>
      </Radio.Group>
    </Form.Item>
  )
}
