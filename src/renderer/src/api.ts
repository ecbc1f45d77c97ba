import type { Api } from '../../shared/ipc-api'

/** The renderer's only door to the application: `window.api`, typed by the contract. */
export const api = (): Api => window.api
