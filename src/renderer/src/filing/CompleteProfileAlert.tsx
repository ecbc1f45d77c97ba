import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'

/** Why something is closed to a legacy account not yet completed, with the way to complete it. */
export function CompleteProfileAlert({ title, onCompleteProfile }: { title: string; onCompleteProfile?: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      // Below the words rather than beside them: in the narrow checklist column a button beside
      // them left the sentence two words a line.
      description={
        <Button size="small" style={{ marginTop: 4 }} onClick={onCompleteProfile}>
          {t('filing.checklist.complete')}
        </Button>
      }
    />
  )
}
