import { Alert, Button, Result, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../shared/ipc-contract'
import { errorText } from '../i18n/error-text'
import { CopyableCode } from './CopyableCode'

/**
 * After registration: the login name and any code the platform assigned (registration code for
 * "none of the above", user code for an entity without a USCC), each to be kept, before the
 * user goes on signed in.
 */
export function RegistrationDone({
  result,
  onContinue,
  onSignIn
}: {
  result: ChannelOutput<'register'>
  onContinue: () => void
  onSignIn: () => void
}) {
  const { t } = useTranslation()
  const signedIn = result.account !== null
  return (
    <Result
      status="success"
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('register.done.title')}
        </Typography.Title>
      }
      subTitle={signedIn ? t('register.done.signedIn') : undefined}
      extra={
        signedIn ? (
          <Button type="primary" autoFocus onClick={onContinue}>
            {t('register.done.continue')}
          </Button>
        ) : (
          <Button type="primary" autoFocus onClick={onSignIn}>
            {t('register.done.toSignIn')}
          </Button>
        )
      }
    >
      {result.registrationCode && (
        <CopyableCode large label={t('register.done.registrationCode')} code={result.registrationCode} note={t('register.done.registrationCodeNote')} />
      )}
      {result.userCode && <CopyableCode large label={t('register.done.userCode')} code={result.userCode} note={t('register.done.userCodeNote')} />}
      <CopyableCode label={t('register.done.loginName')} code={result.loginName} note={t('register.done.loginNameNote')} />
      {result.signInError && (
        <Alert type="warning" showIcon title={t('register.done.signInFailed', { reason: errorText(t, result.signInError) })} />
      )}
    </Result>
  )
}
