import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { checkApplicationNumber } from '../../src/shared/filing/application-number'
import { noticeKinds } from '../../src/shared/filing/filing-api'
import { isCalendarDate } from '../../src/shared/filing/office-date'
import { optionErrors, withStore } from './open-store'

const args = z.object({
  data: z.string().min(1),
  login: z.string().trim().min(1),
  kind: z.enum(noticeKinds),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  due: z.string().refine(isCalendarDate, 'a date YYYY-MM-DD').optional(),
  application: z.string().refine((n) => checkApplicationNumber(n).valid, 'an application number such as 201710601862.3').optional()
})
export const issueNoticeOptions = ['data', 'login', 'kind', 'title', 'body', 'due', 'application']

/**
 * Issues an official notice to an account, e.g. a correction notice (补正通知书) with the date by
 * which the applicant must answer. The account's clients pull it with their next sync.
 */
export async function issueNotice(values: Record<string, unknown>): Promise<string> {
  const parsed = args.safeParse(values)
  if (!parsed.success) throw new Error(optionErrors(parsed.error.issues))
  const a = parsed.data
  return withStore(a.data, async (store, filing) => {
    const account = await store.findAccountBySignInName(a.login)
    if (!account) throw new Error(`No account ${a.login}`)
    const id = randomUUID()
    await filing.addNotice({
      id,
      accountId: account.id,
      kind: a.kind,
      title: a.title,
      body: a.body,
      issuedAt: new Date().toISOString(),
      ...(a.due ? { dueDate: a.due } : {}),
      ...(a.application ? { applicationNumber: a.application.toUpperCase() } : {})
    })
    return `Notice ${id} (${a.kind}) issued to ${account.loginName}.`
  })
}
