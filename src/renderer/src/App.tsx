import { App as AntApp, ConfigProvider, Layout, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { HashRouter, Navigate, Route, Routes, useLocation } from 'react-router'
import { api } from './api'
import { AppHeader } from './components/AppHeader'
import { DesktopBridge } from './components/DesktopBridge'
import { OnDemand } from './components/OnDemand'
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary'
import { bannerWanted } from './components/update-banner-wanted'
import { useSessionCheck } from './hooks/use-session-check'
import { HomePage } from './pages/HomePage'
import { SignInPage } from './pages/SignInPage'
import { useSession } from './stores/session-store'
import { theme } from './theme'

// Shown rarely: fetched the first time they are needed, not with the first screen.
const AboutModal = lazy(() => import('./components/AboutModal').then((m) => ({ default: m.AboutModal })))
const UpdateBanner = lazy(() => import('./components/UpdateStatus').then((m) => ({ default: m.UpdateBanner })))
const AccountCentrePage = lazy(() => import('./pages/AccountCentrePage').then((m) => ({ default: m.AccountCentrePage })))

// Loaded only when a change is due: it carries the common-password list.
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })))

const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })))

const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })))

const CompleteProfilePage = lazy(() => import('./pages/CompleteProfilePage').then((m) => ({ default: m.CompleteProfilePage })))

/** Why a session ended, as the error code the sign-in page words. */
const expiryCodes = { revoked: 'SESSION_ENDED', expired: 'SESSION_EXPIRED', reused: 'TOKEN_REUSED' } as const

const RegisterPage = lazy(() => import('./pages/RegisterPage').then((m) => ({ default: m.RegisterPage })))

const SupportRequestPage = lazy(() => import('./pages/SupportRequestPage').then((m) => ({ default: m.SupportRequestPage })))

// The filing workspace and its navigation load on demand: the sign-in screen does not carry them.
const Workspace = lazy(() => import('./pages/filing/Workspace'))
const WorkspaceNav = lazy(() => import('./pages/filing/Workspace').then((m) => ({ default: m.WorkspaceNav })))
const workspaceRoutes = [
  ['/drafts', 'drafts'],
  ['/drafts/:id', 'editor'],
  ['/drafts/:id/conflict', 'conflict'],
  ['/submissions', 'submissions'],
  ['/notices', 'notices'],
  ['/agenda', 'agenda']
] as const

const loading = <Spin size="large" style={{ display: 'block', marginTop: 120 }} />

/** The current screen, with a way out should it fail to draw; the next route tries afresh. */
function GuardedScreen() {
  const { pathname } = useLocation()
  return (
    <ScreenErrorBoundary resetKey={pathname}>
      <Routed />
    </ScreenErrorBoundary>
  )
}

/**
 * In-page notifications (the browser host's "new notice"): they sit over the lower right of the
 * lists, so they pass by themselves and never pile up; more than two collapse into one stack.
 */
const notificationConfig = { placement: 'bottomRight', duration: 6, maxCount: 3, stack: { threshold: 2 } } as const

function Routed() {
  const status = useSession((s) => s.status)
  const mustChange = useSession((s) => s.account?.mustChangePassword ?? false)
  const adding = useSession((s) => s.adding)
  const ended = useSession((s) => s.account?.state === 'ended')
  const forgot = useLocation().pathname === '/forgot-password'
  if (status === 'loading') return loading
  // "Add account", and an account whose session ended: a sign-in page, the other accounts untouched
  // (with "forgot password" reachable: a password changed elsewhere is a common reason).
  if ((adding || ended) && forgot) {
    return (
      <Suspense fallback={loading}>
        <ForgotPasswordPage />
      </Suspense>
    )
  }
  if (adding) return <SignInPage mode="add" />
  if (ended) return <SignInPage mode="ended" />
  const signedIn = status === 'signed-in'
  return (
    <Routes>
      <Route path="/sign-in" element={signedIn ? <Navigate to="/" replace /> : <SignInPage />} />
      <Route
        path="/forgot-password"
        element={
          signedIn ? (
            <Navigate to="/" replace />
          ) : (
            <Suspense fallback={loading}>
              <ForgotPasswordPage />
            </Suspense>
          )
        }
      />
      {/* Not sent away once signed in: registering signs the new account in, and the page must
          still show the codes to keep; an agency may also register one more account. */}
      <Route
        path="/register"
        element={
          <Suspense fallback={loading}>
            <RegisterPage />
          </Suspense>
        }
      />
      <Route
        path="/support"
        element={
          <Suspense fallback={loading}>
            <SupportRequestPage />
          </Suspense>
        }
      />
      <Route
        path="/"
        element={
          !signedIn ? (
            <Navigate to="/sign-in" replace />
          ) : mustChange ? (
            <Suspense fallback={loading}>
              <ChangePasswordPage />
            </Suspense>
          ) : (
            <>
              {/* The bar's room is kept while its code loads, so the page does not jump down. */}
              <Suspense fallback={<div style={{ height: 47, background: '#fff', borderBottom: '1px solid rgba(0,0,0,0.06)' }} />}>
                <WorkspaceNav />
              </Suspense>
              <HomePage />
            </>
          )
        }
      />
      <Route
        path="/complete-profile"
        element={
          signedIn && !mustChange ? (
            <Suspense fallback={loading}>
              <CompleteProfilePage />
            </Suspense>
          ) : (
            <Navigate to="/" replace />
          )
        }
      />
      <Route
        path="/account"
        element={
          signedIn && !mustChange ? (
            <Suspense fallback={loading}>
              <AccountCentrePage />
            </Suspense>
          ) : (
            <Navigate to="/" replace />
          )
        }
      />
      <Route
        path="/account/password"
        element={
          signedIn && !mustChange ? (
            <Suspense fallback={loading}>
              <ChangePasswordPage voluntary />
            </Suspense>
          ) : (
            <Navigate to="/" replace />
          )
        }
      />
      {workspaceRoutes.map(([path, screen]) => (
        <Route
          key={path}
          path={path}
          element={
            signedIn && !mustChange ? (
              <Suspense fallback={loading}>
                <Workspace screen={screen} />
              </Suspense>
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
      ))}
      <Route
        path="/settings"
        element={
          <Suspense fallback={loading}>
            <SettingsPage />
          </Suspense>
        }
      />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  )
}

/** Main's events about the open accounts, turned into store updates and a word to the user. */
function AccountEvents() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const load = useSession((s) => s.load)
  const expired = useSession((s) => s.expired)
  const applyAccounts = useSession((s) => s.applyAccounts)
  const signedIn = useSession((s) => s.status === 'signed-in')

  useEffect(() => {
    void load()
    const off = [
      api().on('sessionExpired', (payload) => expired({ code: expiryCodes[payload.reason], message: payload.reason })),
      api().on('accountsChanged', (payload) => applyAccounts(payload.accounts, payload.currentId)),
      api().on('accountOnline', ({ accountId }) => {
        const name = useSession.getState().accounts.find((a) => a.id === accountId)?.displayName ?? ''
        void message.success(t('accounts.backOnline', { name }))
      })
    ]
    return () => off.forEach((unsubscribe) => unsubscribe())
  }, [load, expired, applyAccounts, message, t])
  useSessionCheck(signedIn)
  return null
}

export function App() {
  const { i18n } = useTranslation()
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp notification={notificationConfig}>
        <AccountEvents />
        <HashRouter>
          <Layout style={{ minHeight: '100vh' }}>
            <OnDemand when={(s) => bannerWanted(s.update)}>
              <UpdateBanner />
            </OnDemand>
            <AppHeader />
            <Layout.Content>
              <DesktopBridge />
              <GuardedScreen />
            </Layout.Content>
            <OnDemand when={(s) => s.aboutOpen}>
              <AboutModal />
            </OnDemand>
          </Layout>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  )
}
