import { z } from 'zod'
import { optionErrors, withStore } from './open-store'

const statuses = ['open', 'approved', 'rejected', 'answered'] as const

const listArgs = z.object({ data: z.string().min(1), status: z.enum(statuses).optional() })
export const listSupportOptions = ['data', 'status']

export async function listSupportRequests(values: Record<string, unknown>): Promise<string> {
  const parsed = listArgs.safeParse(values)
  if (!parsed.success) throw new Error(optionErrors(parsed.error.issues))
  return withStore(parsed.data.data, async (store) => {
    const rows = await store.listSupportRequests(parsed.data.status)
    if (!rows.length) return 'No support requests.'
    return rows
      .map((r) => `${r.id}  ${r.createdAt}  ${r.kind}  ${r.status}  ${r.account ?? '-'}  ${r.contact}\n    ${r.body.replace(/\s+/g, ' ').slice(0, 200)}`)
      .join('\n')
  })
}

/**
 * Approved requests are carried out without a reply (except account recovery);
 * rejected ones and questions get one (DOMAIN.md fact 10).
 */
const answerArgs = z
  .object({
    data: z.string().min(1),
    id: z.string().min(1),
    status: z.enum(['approved', 'rejected', 'answered']),
    reply: z.string().trim().min(1).optional()
  })
  .refine((a) => a.status === 'approved' || a.reply, { message: 'a rejected request or an answered question needs --reply', path: ['reply'] })
export const answerSupportOptions = ['data', 'id', 'status', 'reply']

export async function answerSupportRequest(values: Record<string, unknown>): Promise<string> {
  const parsed = answerArgs.safeParse(values)
  if (!parsed.success) throw new Error(optionErrors(parsed.error.issues))
  const a = parsed.data
  return withStore(a.data, async (store) => {
    if (!(await store.answerSupportRequest(a.id, a.status, a.reply ?? null, new Date()))) throw new Error(`No support request ${a.id}`)
    return `Request ${a.id} is now ${a.status}.`
  })
}
