import { App as AntApp } from 'antd'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { AppLinkAction } from '../../../shared/app-link-action'
import { appLinkRoute } from '../../../shared/app-link-route'
import type { AppError } from '../../../shared/result'
import { api } from '../api'
import { runAppCommand } from '../desktop/command-handlers'
import { saveEverythingBeforeRestart } from '../desktop/restart-guard'
import { errorText } from '../i18n/error-text'
import { useDesktop } from '../stores/desktop-store'
import { useSession } from '../stores/session-store'

/**
 * Main → renderer events of the desktop shell: menu commands, links, notifications where the
 * host has none of its own, update progress, and the "are the drafts saved?" question.
 */
export function DesktopBridge() {
  const { t } = useTranslation()
  const { message, notification } = AntApp.useApp()
  const navigate = useNavigate()
  // Subscribed once; the handlers reach the current router and language through this.
  const current = useRef({ navigate, t })
  useEffect(() => {
    current.current = { navigate, t }
  }, [navigate, t])

  useEffect(() => {
    void useDesktop.getState().load()
  }, [])

  useEffect(() => {
    const open = (action: AppLinkAction) => current.current.navigate(appLinkRoute(action))
    const warn = (error: AppError) => void message.warning(errorText(current.current.t, error))
    const unsubscribe = [
      api().on('settingsChanged', (settings) => useDesktop.getState().settingsChanged(settings)),
      api().on('updateState', (state) => useDesktop.getState().updateChanged(state)),
      api().on('prepareRestart', ({ requestId }) => {
        void saveEverythingBeforeRestart().then((saved) => api().restartReady({ requestId, saved }))
      }),
      api().on('openLink', open),
      api().on('appMessage', warn),
      api().on('toast', ({ key }) => void message.info(current.current.t(`desktop.toast.${key}`))),
      api().on('notify', (n) => {
        // The Electron app shows these as OS notifications; the browser host has only the page.
        if (useDesktop.getState().info?.nativeNotifications !== false) return
        // Announced politely ("status"), not as an alert: news, not an emergency. Duration and
        // count are the App's notification config.
        notification.info({ title: n.title, description: n.body, role: 'status', onClick: n.link ? () => open(n.link!) : undefined })
      }),
      api().on('menuCommand', ({ command, accountId }) => {
        // A page that can do better (the draft editor, say) registers its own handler.
        if (runAppCommand(command, accountId)) return
        const signedIn = useSession.getState().account?.id
        if (command === 'settings') current.current.navigate('/settings')
        else if (command === 'about') useDesktop.getState().setAboutOpen(true)
        else if (command === 'switchAccount' && accountId) {
          void useSession
            .getState()
            .switchTo(accountId)
            .then((error) => (error ? warn(error) : current.current.navigate('/')))
        } else if (command === 'syncNow' && signedIn) {
          void api()
            .syncNow({ accountId: signedIn })
            .then((result) => (result.ok ? undefined : warn(result.error)))
        } else void message.info(current.current.t('desktop.commandUnavailable'))
      })
    ]
    // Links that arrived before this page could listen (the one that started the app).
    void api()
      .takePendingLinks()
      .then((pending) => {
        if (!pending.ok) return
        pending.value.messages.forEach(warn)
        const last = pending.value.actions.at(-1)
        if (last) open(last)
      })
    return () => unsubscribe.forEach((off) => off())
  }, [message, notification])

  return null
}
