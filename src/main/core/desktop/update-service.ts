import { err, ok, type Result } from '../../../shared/result'
import type { Logger } from '../logger'
import type { Progress } from './update-download'
import { isBusy, UpdateStates, type UpdateState } from './update-state'

/**
 * What the service needs from an updater. The Electron app wraps electron-updater; the
 * feed engine in this folder does the same with plain HTTP, so the service runs under Node.
 */
export type UpdateEngine = {
  /** Reads the feed: the newer version on offer, or null when this one is current. */
  check(): Promise<Result<{ version: string } | null>>
  /** Downloads and verifies what `check` found. */
  download(onProgress: (progress: Progress) => void): Promise<Result<{ version: string }>>
  /** Quits and installs; called only from the ready state, after the drafts are saved. */
  install(): void
}

export type UpdateServiceOptions = {
  engine: UpdateEngine | null
  /** Why there is no engine: a development build or a host that cannot install. */
  disabledReason?: 'development' | 'unsupported'
  /** Every state change, for the renderer. */
  onState: (state: UpdateState) => void
  /** Asks the renderer to save every account's drafts; true when all are saved. */
  draftsSaved: () => Promise<boolean>
  log: Logger
  now?: () => Date
}

/**
 * The updater's state machine, free of Electron: check → download (with progress) → ready →
 * restart only after the drafts are saved. Failures become an idle state carrying the error,
 * so they are shown and the app keeps working.
 */
export function createUpdateService(options: UpdateServiceOptions) {
  const now = options.now ?? (() => new Date())
  let state: UpdateState = options.engine ? UpdateStates.idle() : UpdateStates.disabled(options.disabledReason ?? 'unsupported')

  const set = (next: UpdateState) => {
    state = next
    options.onState(next)
  }

  const failed = (error: Result<unknown> & { ok: false }) => {
    options.log.warn({ code: error.error.code, message: error.error.message }, 'update failed')
    set(UpdateStates.idle({ checkedAt: now().toISOString(), error: error.error }))
  }

  async function check(explicit: boolean): Promise<UpdateState> {
    const engine = options.engine
    if (!engine || isBusy(state)) return state
    set(UpdateStates.checking(explicit))
    const found = await engine.check().catch((cause: unknown) => err('UPDATE_FAILED', describe(cause)))
    if (!found.ok) {
      failed(found)
      return state
    }
    if (!found.value) {
      set(UpdateStates.idle({ checkedAt: now().toISOString(), upToDate: true }))
      return state
    }
    const version = found.value.version
    options.log.info({ version }, 'update found')
    set(UpdateStates.downloading(version))
    void download(engine, version)
    return state
  }

  async function download(engine: UpdateEngine, version: string): Promise<void> {
    let lastPercent = -1
    const done = await engine
      .download((p) => {
        // Progress arrives per chunk; the renderer needs a new value only when the percentage moves.
        const percent = p.total > 0 ? Math.floor((p.transferred / p.total) * 100) : -1
        if (percent === lastPercent && percent !== -1) return
        lastPercent = percent
        set(UpdateStates.downloading(version, p.transferred, p.total))
      })
      .catch((cause: unknown) => err('UPDATE_FAILED', describe(cause)))
    if (!done.ok) return failed(done)
    options.log.info({ version }, 'update ready')
    set(UpdateStates.ready(version))
  }

  return {
    state: (): UpdateState => state,
    /** A check the user asked for, or the one at start; ignored while another is under way or an update waits. */
    check: (explicit = true) => check(explicit),
    async restart(): Promise<Result<{ restarting: true }>> {
      const engine = options.engine
      if (!engine || state.type !== 'ready') return err('UPDATE_NOT_READY', 'No update is ready to install')
      const version = state.version
      const saved = await options.draftsSaved().catch(() => false)
      if (state.type !== 'ready') return err('UPDATE_NOT_READY', 'No update is ready to install')
      if (!saved) {
        const error = err('DRAFTS_UNSAVED', 'Some drafts are not saved yet, so the app did not restart')
        set(UpdateStates.ready(version, error.error))
        return error
      }
      set(UpdateStates.restarting(version))
      engine.install()
      return ok({ restarting: true as const })
    }
  }
}
export type UpdateService = ReturnType<typeof createUpdateService>

const describe = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause)).slice(0, 300)
