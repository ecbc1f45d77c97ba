import { z } from 'zod'
import { appErrorSchema } from './result'

/**
 * What the updater is doing, as the renderer sees it. One shape per state, so the UI can only
 * show what the state holds (a progress bar only while downloading, "restart" only when ready).
 */
export const updateStateSchema = z.discriminatedUnion('type', [
  /** Development builds and the browser host do not update themselves. */
  z.object({ type: z.literal('disabled'), reason: z.enum(['development', 'unsupported']) }),
  z.object({
    type: z.literal('idle'),
    checkedAt: z.string().nullable(),
    /** True after a check that found nothing newer. */
    upToDate: z.boolean(),
    /** The last check or download failed; shown, never blocking. */
    error: appErrorSchema.nullable()
  }),
  z.object({ type: z.literal('checking'), explicit: z.boolean() }),
  z.object({
    type: z.literal('downloading'),
    version: z.string(),
    transferred: z.number().min(0),
    total: z.number().min(0)
  }),
  z.object({
    type: z.literal('ready'),
    version: z.string(),
    /** Why the last "restart to update" did not restart (drafts not saved). */
    error: appErrorSchema.nullable()
  }),
  z.object({ type: z.literal('restarting'), version: z.string() })
])
export type UpdateState = z.output<typeof updateStateSchema>
