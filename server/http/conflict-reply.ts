import type { FastifyReply } from 'fastify'
import { conflictOfField, type Conflict } from '../auth/identity-conflicts'
import { DuplicateAccountField } from '../store/platform-store'
import { sendError } from './reply'

export const sendConflict = (reply: FastifyReply, conflict: Conflict) =>
  sendError(reply, conflict.status, conflict.code, conflict.message, { fields: { [conflict.field]: conflict.code } })

/**
 * Runs an account write; a unique field another request took meanwhile becomes its 409
 * conflict (returned) instead of a 500. Anything else is rethrown.
 */
export async function writeOrConflict<T>(write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; conflict: Conflict }> {
  try {
    return { ok: true, value: await write() }
  } catch (error) {
    const conflict = error instanceof DuplicateAccountField ? conflictOfField(error.field) : null
    if (!conflict) throw error
    return { ok: false, conflict }
  }
}
