import { Spin } from 'antd'
import { lazy, Suspense } from 'react'
import { WorkspaceNav } from './WorkspaceNav'

// Each screen is its own chunk: the editor (with the checklist) and the list are fetched when opened.
const loadDraftsPage = () => import('./DraftsPage')
const DraftsPage = lazy(() => loadDraftsPage().then((m) => ({ default: m.DraftsPage })))
const DraftEditorPage = lazy(() => import('./DraftEditorPage').then((m) => ({ default: m.DraftEditorPage })))
const ConflictPage = lazy(() => import('./ConflictPage').then((m) => ({ default: m.ConflictPage })))
const SubmissionsPage = lazy(() => import('./SubmissionsPage').then((m) => ({ default: m.SubmissionsPage })))
const NoticesPage = lazy(() => import('./NoticesPage').then((m) => ({ default: m.NoticesPage })))
const AgendaPage = lazy(() => import('./AgendaPage').then((m) => ({ default: m.AgendaPage })))

// The drafts list is where the day starts: its code is fetched once the browser is idle after
// sign-in (this module comes with the workspace's navigation), so opening it waits for no download.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadDraftsPage(), { timeout: 3000 })
else setTimeout(() => void loadDraftsPage(), 1000)

export type WorkspaceScreen = 'home' | 'drafts' | 'editor' | 'conflict' | 'submissions' | 'notices' | 'agenda'

const screens = {
  drafts: DraftsPage,
  editor: DraftEditorPage,
  conflict: ConflictPage,
  submissions: SubmissionsPage,
  notices: NoticesPage,
  agenda: AgendaPage
}

/** The filing workspace: its navigation and sync state above the screen asked for. */
export default function Workspace({ screen }: { screen: Exclude<WorkspaceScreen, 'home'> }) {
  const Screen = screens[screen]
  return (
    <>
      <WorkspaceNav />
      <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 120 }} />}>
        <Screen />
      </Suspense>
    </>
  )
}

export { WorkspaceNav }
