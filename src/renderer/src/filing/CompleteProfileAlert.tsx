import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'

/** Why something is closed to a legacy account not yet completed, with the way to complete it. */
export function CompleteProfileAlert({ title, onCompleteProfile }: { title: string; onCompleteProfile?: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert
      type="warning"
      showIcon
      // The button goes below the words rather than beside them: in the narrow checklist column a
      // button beside them left the sentence two words a line. It wraps rather than overflow.
      title={
        <>
          <div>{title}</div>
          <Button type="link" style={{ marginTop: 4, padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={onCompleteProfile}>
            {t('filing.checklist.complete')}
          </Button>
        </>
      }
    />
  )
}
