import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import { accountTypeSchema } from '../../src/shared/platform-api'
import { checkResidentId } from '../../src/shared/validators/resident-id'
import { mainlandMobilePattern, normaliseMobile } from '../../src/shared/validators/id-documents'
import { isLegacyHash, passwordProblems, wrapLegacyHash } from '../auth/credentials'
import { hashPassword } from '../auth/password-hash'
import { optionErrors, policyInForce, withStore } from './open-store'

/**
 * One CSV row of the old systems' export. Either `password` (the old password) or
 * `password_hash` (argon2, or `sha256$salt$hex`, kept wrapped in argon2id) is given.
 */
const rowSchema = z
  .object({
    login_name: z.string().trim().min(1, 'required').max(64),
    type: accountTypeSchema,
    display_name: z.string().trim().min(1, 'required').max(100),
    password: z.string().optional().default(''),
    password_hash: z.string().optional().default(''),
    phone: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((p) => p === '' || mainlandMobilePattern.test(p), 'not a mainland mobile number'),
    email: z.union([z.literal(''), z.email()]).optional().default(''),
    id_number: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((v) => v === '' || checkResidentId(v).valid, 'not a valid resident ID number')
  })
  .refine((r) => (r.password === '') !== (r.password_hash === ''), { message: 'give exactly one of password, password_hash', path: ['password'] })
  .refine((r) => r.password_hash === '' || r.password_hash.startsWith('$argon2') || isLegacyHash(r.password_hash), {
    message: 'unknown hash format',
    path: ['password_hash']
  })

const args = z.object({ data: z.string().min(1), csv: z.string().min(1) })
export const importLegacyOptions = ['data', 'csv']

export async function importLegacy(values: Record<string, unknown>): Promise<string> {
  const parsed = args.safeParse(values)
  if (!parsed.success) throw new Error(optionErrors(parsed.error.issues))
  const records: Record<string, string>[] = parse(readFileSync(parsed.data.csv, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true
  })
  const policy = policyInForce()
  const problems: string[] = []
  let imported = 0
  await withStore(parsed.data.data, async (store) => {
    for (const [index, raw] of records.entries()) {
      const line = index + 2
      const row = rowSchema.safeParse(raw)
      if (!row.success) {
        problems.push(`line ${line}: ${row.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
        continue
      }
      const r = row.data
      const phone = r.phone ? normaliseMobile(r.phone) : null
      if (await store.findAccountBySignInName(r.login_name)) {
        problems.push(`line ${line}: an account named ${r.login_name} already exists`)
        continue
      }
      const idNumber = r.id_number ? r.id_number.toUpperCase() : null
      if (idNumber && (await store.findAccountByIdNumber(idNumber))) {
        problems.push(`line ${line}: ID number already registered`)
        continue
      }
      if (phone && (await store.findAccountByPhone(phone))) {
        problems.push(`line ${line}: phone already bound to another account`)
        continue
      }
      const weak = r.password !== '' && passwordProblems(policy, r.password, { loginName: r.login_name, phone }).length > 0
      await store.createAccount(
        {
          id: randomUUID(),
          loginName: r.login_name,
          type: r.type,
          displayName: r.display_name,
          passwordHash: r.password ? await hashPassword(r.password) : await wrapLegacyHash(r.password_hash),
          phone,
          email: r.email || null,
          idType: idNumber ? 'resident_id' : null,
          idNumber,
          status: 'needs_completion',
          mustChangeReason: weak ? 'legacy' : null
        },
        new Date()
      )
      imported++
    }
  })
  return [`Imported ${imported} of ${records.length} legacy accounts.`, ...problems].join('\n')
}
