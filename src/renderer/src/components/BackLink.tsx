import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { ArrowLeftOutlined } from './icons'

/**
 * "Back" on a page reached from anywhere (settings, the account centre): to where the user was,
 * or home when the page was the first one shown (opened by a menu command or a link).
 */
export function BackLink() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const cameFromApp = useLocation().key !== 'default'
  return (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, alignSelf: 'start' }} onClick={() => (cameFromApp ? navigate(-1) : navigate('/'))}>
      {t('app.back')}
    </Button>
  )
}
