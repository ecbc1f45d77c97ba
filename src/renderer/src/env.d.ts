import type { Api } from '../../shared/ipc-api'

declare global {
  interface Window {
    /** Set by the preload (Electron) or the test host's bridge script (browser). */
    api: Api
  }
}
export {}
