import type { AppError } from '../../../shared/result'
import type { UpdateState } from '../../../shared/update-state'

export type { UpdateState }

/** One constructor per state, so a state is never half-built. */
export const UpdateStates = {
  disabled: (reason: 'development' | 'unsupported'): UpdateState => ({ type: 'disabled', reason }),
  idle: (o: { checkedAt?: string | null; upToDate?: boolean; error?: AppError | null } = {}): UpdateState => ({
    type: 'idle',
    checkedAt: o.checkedAt ?? null,
    upToDate: o.upToDate ?? false,
    error: o.error ?? null
  }),
  checking: (explicit: boolean): UpdateState => ({ type: 'checking', explicit }),
  downloading: (version: string, transferred = 0, total = 0): UpdateState => ({
    type: 'downloading',
    version,
    transferred,
    total
  }),
  ready: (version: string, error: AppError | null = null): UpdateState => ({ type: 'ready', version, error }),
  restarting: (version: string): UpdateState => ({ type: 'restarting', version })
}

/**
 * States in which a check must not start: a second check while an update downloads or waits
 * can replace the waiting installer under the running app (the Windows updater's failure).
 */
export const isBusy = (state: UpdateState): boolean =>
  state.type === 'checking' || state.type === 'downloading' || state.type === 'ready' || state.type === 'restarting'
