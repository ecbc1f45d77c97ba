import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { checkPassword, passwordPolicyPresets } from '../src/shared/password-policy'
import { accountTypeSchema } from '../src/shared/platform-api'
import { hashPassword } from './auth/password-hash'
import { configFromEnv } from './config'
import { openSqliteStore } from './store/sqlite-store'

const usage = `Usage:
  npm run platform:admin -- create-account --data DIR --login NAME --password PASSWORD
      [--type person|entity|agency] [--name DISPLAY_NAME] [--phone PHONE] [--email EMAIL]`

const createAccountArgs = z.object({
  data: z.string().min(1),
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1),
  type: accountTypeSchema.default('person'),
  name: z.string().trim().min(1).optional(),
  phone: z.string().regex(/^1[3-9]\d{9}$/, 'a mainland mobile number').optional(),
  email: z.email().optional()
})

async function createAccount(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      ['data', 'login', 'password', 'type', 'name', 'phone', 'email'].map((k) => [k, { type: 'string' as const }])
    )
  })
  const parsed = createAccountArgs.safeParse(values)
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') + '\n' + usage)
  }
  const a = parsed.data
  const policy = passwordPolicyPresets[configFromEnv(process.env).policy]
  const broken = checkPassword(policy, a.password, { loginName: a.login, phone: a.phone })
  if (broken.length) throw new Error(`--password breaks the ${policy.name} policy: ${broken.map((b) => b.code).join(', ')}`)
  mkdirSync(a.data, { recursive: true })
  const store = openSqliteStore(join(a.data, 'platform.sqlite'))
  try {
    if (store.findAccountBySignInName(a.login)) throw new Error(`An account named ${a.login} already exists`)
    const account = store.createAccount(
      {
        id: randomUUID(),
        loginName: a.login,
        type: a.type,
        displayName: a.name ?? a.login,
        passwordHash: await hashPassword(a.password),
        phone: a.phone ?? null,
        email: a.email ?? null
      },
      new Date()
    )
    return `Created ${account.type} account ${account.loginName} (${account.id})`
  } finally {
    store.close()
  }
}

const commands: Record<string, (argv: string[]) => Promise<string>> = { 'create-account': createAccount }

const [command = '', ...rest] = process.argv.slice(2)
const run = commands[command]
if (!run) {
  console.error(usage)
  process.exit(2)
}
run(rest).then(
  (message) => console.log(message),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
)
