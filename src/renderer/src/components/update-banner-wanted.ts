import type { UpdateState } from '../../../shared/update-state'

/** Whether the update strip has something to say: a download, an update ready, a failure. */
export const bannerWanted = (state: UpdateState | null): boolean =>
  state !== null && (state.type === 'downloading' || state.type === 'ready' || (state.type === 'idle' && state.error !== null))
