import { Alert, App as AntApp, Button, Progress, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UpdateState } from '../../../shared/update-state'
import { errorText } from '../i18n/error-text'
import { joinSentences } from '../i18n/join-sentences'
import { useDesktop } from '../stores/desktop-store'

const percent = (s: Extract<UpdateState, { type: 'downloading' }>) =>
  s.total > 0 ? Math.min(100, Math.floor((s.transferred / s.total) * 100)) : 0

/** "Restart to update": main restarts only once the drafts are saved, and says so when they are not. */
function RestartButton({ size }: { size?: 'small' }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const restart = useDesktop((s) => s.restartToUpdate)
  const [busy, setBusy] = useState(false)
  return (
    <Button
      type="primary"
      size={size}
      loading={busy}
      onClick={async () => {
        setBusy(true)
        const error = await restart()
        setBusy(false)
        if (error) void message.warning(errorText(t, error))
      }}
    >
      {t('update.restart')}
    </Button>
  )
}

/** The updater's state in full, for the settings page. */
export function UpdatePanel() {
  const { t, i18n } = useTranslation()
  const state = useDesktop((s) => s.update)
  const version = useDesktop((s) => s.info?.version ?? '')
  const check = useDesktop((s) => s.checkForUpdates)
  if (!state) return null
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>{t('update.version', { version })}</Typography.Text>
      {state.type === 'disabled' && <Typography.Text type="secondary">{t(`update.disabled.${state.reason}`)}</Typography.Text>}
      {state.type === 'idle' && (
        <>
          {state.error && <Alert type="warning" showIcon title={t('update.failed', { reason: errorText(t, state.error) })} />}
          {state.upToDate && <Typography.Text type="success">{t('update.upToDate')}</Typography.Text>}
          {state.checkedAt && (
            <Typography.Text type="secondary">
              {t('update.checkedAt', { time: new Date(state.checkedAt).toLocaleString(i18n.language) })}
            </Typography.Text>
          )}
          <Button onClick={() => void check()}>{t('update.check')}</Button>
        </>
      )}
      {state.type === 'checking' && <Typography.Text>{t('update.checking')}</Typography.Text>}
      {state.type === 'downloading' && (
        <>
          <Typography.Text>{t('update.downloading', { version: state.version })}</Typography.Text>
          <Progress percent={percent(state)} aria-label={t('update.downloading', { version: state.version })} />
        </>
      )}
      {state.type === 'ready' && (
        <>
          <Typography.Text>{t('update.ready', { version: state.version })}</Typography.Text>
          {state.error && <Alert type="warning" showIcon title={errorText(t, state.error)} />}
          <div>
            <RestartButton />
          </div>
        </>
      )}
      {state.type === 'restarting' && <Typography.Text>{t('update.restarting', { version: state.version })}</Typography.Text>}
    </Space>
  )
}

/** A strip above every page while an update downloads or waits, or when it failed: never in the way. */
export function UpdateBanner() {
  const { t, i18n } = useTranslation()
  const state = useDesktop((s) => s.update)
  const [dismissed, setDismissed] = useState<UpdateState | null>(null)
  if (!state || state === dismissed) return null
  if (state.type === 'downloading') {
    return (
      <Alert
        type="info"
        banner
        title={
          <Space>
            {t('update.downloading', { version: state.version })}
            <Progress percent={percent(state)} size="small" style={{ width: 160, margin: 0 }} />
          </Space>
        }
      />
    )
  }
  if (state.type === 'ready') {
    return (
      <Alert
        type="success"
        banner
        title={joinSentences(i18n.language, t('update.ready', { version: state.version }), state.error ? errorText(t, state.error) : '')}
        action={<RestartButton size="small" />}
        closable={{ onClose: () => setDismissed(state) }}
      />
    )
  }
  if (state.type === 'idle' && state.error) {
    return (
      <Alert
        type="warning"
        banner
        title={t('update.failed', { reason: errorText(t, state.error) })}
        closable={{ onClose: () => setDismissed(state) }}
      />
    )
  }
  return null
}
