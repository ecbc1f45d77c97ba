import { z } from 'zod'

/** An id as it may appear in a link: the platform's and the client's ids are all of this alphabet. */
export const linkIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/** What a `patentdesk://` link asks for, once main has parsed and checked it. */
export const appLinkActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('openDraft'), accountId: linkIdSchema, draftId: linkIdSchema }),
  z.object({ kind: z.literal('openNotice'), accountId: linkIdSchema, noticeId: linkIdSchema })
])
export type AppLinkAction = z.output<typeof appLinkActionSchema>
