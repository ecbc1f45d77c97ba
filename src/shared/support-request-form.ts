import { z } from 'zod'
import { supportRequestKinds } from './identity-api'
import { checkUscc } from './validators/uscc'
import { mainlandMobilePattern } from './validators/id-documents'

/**
 * The support request form (DOMAIN.md fact 10): the fields each kind needs, checked the same
 * way in the renderer and in main. Messages are codes; the renderer puts them into words.
 */

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long')
const optionalText = (max: number) => z.string().trim().max(max, 'too_long').optional()
const isEmail = (v: string) => z.email().safeParse(v).success

const name = text(100)
const idNumber = text(32)
const account = text(128)
const description = text(2000)
/** Where the help desk replies: a mainland mobile number or an email address. */
const contact = text(254).refine((v) => mainlandMobilePattern.test(v) || isEmail(v), 'contact_format')

export const supportRequestFormSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rebind'),
    account,
    name,
    idNumber,
    newPhone: z.string().trim().min(1, 'required').regex(mainlandMobilePattern, 'phone_format'),
    newEmail: optionalText(254).refine((v) => !v || isEmail(v), 'email_format'),
    contact,
    description: optionalText(2000)
  }),
  z.object({ kind: z.literal('recover'), name, idNumber, account: optionalText(128), contact, description }),
  z.object({
    kind: z.literal('merge'),
    account,
    otherAccounts: text(500),
    name,
    idNumber,
    contact,
    description: optionalText(2000)
  }),
  z.object({
    kind: z.literal('entity_rename'),
    account,
    oldName: name,
    newName: name,
    uscc: z
      .string()
      .trim()
      .min(1, 'required')
      .superRefine((v, ctx) => {
        const result = checkUscc(v)
        if (!result.valid) ctx.addIssue({ code: 'custom', message: result.reason === 'checksum' ? 'check_digit' : 'invalid_format' })
      })
      .transform((v) => v.toUpperCase()),
    contact,
    description: optionalText(2000)
  }),
  z.object({ kind: z.literal('cannot_register'), name, idNumber: optionalText(32), contact, description }),
  z.object({ kind: z.literal('other'), account: optionalText(128), contact, description })
])
export type SupportRequestForm = z.infer<typeof supportRequestFormSchema>
export type SupportRequestKind = (typeof supportRequestKinds)[number]

/**
 * What the platform receives: its four fields, the kind's details as `key: value` lines
 * (stable keys the help desk can read in any language) and the user's own words after them.
 */
export function supportRequestPayload(form: SupportRequestForm): { kind: SupportRequestKind; account?: string; contact: string; body: string } {
  const { kind, contact, description, ...details } = form
  const account = 'account' in details ? details.account : undefined
  const lines = Object.entries(details)
    .filter(([key]) => key !== 'account')
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}: ${value}`)
  const body = [...lines, ...(description ? ['', description] : [])].join('\n').trim()
  return { kind, ...(account ? { account } : {}), contact, body }
}
