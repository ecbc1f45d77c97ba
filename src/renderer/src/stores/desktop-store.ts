import { create } from 'zustand'
import type { AppInfo } from '../../../shared/ipc-contract'
import type { AppError } from '../../../shared/result'
import type { Settings } from '../../../shared/settings'
import type { UpdateState } from '../../../shared/update-state'
import { api } from '../api'
import { setLanguage } from '../i18n'

type DesktopState = {
  info: AppInfo | null
  settings: Settings | null
  platformInUse: string | null
  restartNeeded: boolean
  update: UpdateState | null
  aboutOpen: boolean
  load(): Promise<void>
  save(changes: Partial<Settings>): Promise<AppError | null>
  /** A settings change made elsewhere (the menu, another window). */
  settingsChanged(settings: Settings): void
  updateChanged(state: UpdateState): void
  checkForUpdates(): Promise<void>
  restartToUpdate(): Promise<AppError | null>
  setAboutOpen(open: boolean): void
}

export const useDesktop = create<DesktopState>((set) => ({
  info: null,
  settings: null,
  platformInUse: null,
  restartNeeded: false,
  update: null,
  aboutOpen: false,

  async load() {
    const [info, settings, update] = await Promise.all([api().appInfo(), api().settings(), api().updateStatus()])
    if (settings.ok) setLanguage(settings.value.settings.language)
    set({
      info: info.ok ? info.value : null,
      settings: settings.ok ? settings.value.settings : null,
      platformInUse: settings.ok ? settings.value.platformInUse : null,
      restartNeeded: settings.ok && settings.value.restartNeeded,
      update: update.ok ? update.value : null
    })
  },

  async save(changes) {
    const result = await api().saveSettings(changes)
    if (!result.ok) return result.error
    setLanguage(result.value.settings.language)
    set({ settings: result.value.settings, restartNeeded: result.value.restartNeeded, platformInUse: result.value.platformInUse })
    return null
  },

  settingsChanged(settings) {
    setLanguage(settings.language)
    set({ settings })
  },

  updateChanged(update) {
    set({ update })
  },

  async checkForUpdates() {
    const result = await api().checkForUpdates()
    if (result.ok) set({ update: result.value })
  },

  async restartToUpdate() {
    const result = await api().restartToUpdate()
    return result.ok ? null : result.error
  },

  setAboutOpen(aboutOpen) {
    set({ aboutOpen })
  }
}))
