import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { accountTypeSchema } from '../../src/shared/platform-api'
import { passwordProblems } from '../auth/credentials'
import { hashPassword } from '../auth/password-hash'
import { optionErrors, policyInForce, withStore } from './open-store'

const args = z.object({
  data: z.string().min(1),
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1),
  type: accountTypeSchema.default('person'),
  name: z.string().trim().min(1).optional(),
  phone: z.string().regex(/^1[3-9]\d{9}$/, 'a mainland mobile number').optional(),
  email: z.email().optional()
})

export const createAccountOptions = ['data', 'login', 'password', 'type', 'name', 'phone', 'email']

export async function createAccount(values: Record<string, unknown>): Promise<string> {
  const parsed = args.safeParse(values)
  if (!parsed.success) throw new Error(optionErrors(parsed.error.issues))
  const a = parsed.data
  const policy = policyInForce()
  const broken = passwordProblems(policy, a.password, { loginName: a.login, phone: a.phone })
  if (broken.length) throw new Error(`--password breaks the ${policy.name} policy: ${broken.map((b) => b.code).join(', ')}`)
  const passwordHash = await hashPassword(a.password)
  return withStore(a.data, async (store) => {
    if (await store.findAccountBySignInName(a.login)) throw new Error(`An account named ${a.login} already exists`)
    const account = await store.createAccount(
      {
        id: randomUUID(),
        loginName: a.login,
        type: a.type,
        displayName: a.name ?? a.login,
        passwordHash,
        phone: a.phone ?? null,
        email: a.email ?? null
      },
      new Date()
    )
    return `Created ${account.type} account ${account.loginName} (${account.id})`
  })
}
