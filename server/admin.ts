import { parseArgs } from 'node:util'
import { createAccount, createAccountOptions } from './admin/create-account'
import { importLegacy, importLegacyOptions } from './admin/import-legacy'
import { issueNotice, issueNoticeOptions } from './admin/issue-notice'
import { resetPassword, resetPasswordOptions } from './admin/reset-password'
import { answerSupportOptions, answerSupportRequest, listSupportOptions, listSupportRequests } from './admin/support-requests'

const usage = `Usage: npm run platform:admin -- COMMAND --data DIR [options]
  create-account  --login NAME --password PW [--type person|entity|agency] [--name N] [--phone P] [--email E]
  reset-password  --login NAME           prints a temporary password the user must change
  import-legacy   --csv FILE             columns: login_name,type,display_name,password|password_hash,phone,email[,id_number]
  support-list    [--status open|approved|rejected|answered]
  support-answer  --id ID --status approved|rejected|answered [--reply TEXT]
  issue-notice    --login NAME --kind receipt|correction|acceptance|fee|grant|rejection|other --title T --body B
                  [--due YYYY-MM-DD] [--application NUMBER]`

type Command = { options: string[]; run: (values: Record<string, unknown>) => Promise<string> }
const commands: Record<string, Command> = {
  'create-account': { options: createAccountOptions, run: createAccount },
  'reset-password': { options: resetPasswordOptions, run: resetPassword },
  'import-legacy': { options: importLegacyOptions, run: importLegacy },
  'support-list': { options: listSupportOptions, run: listSupportRequests },
  'support-answer': { options: answerSupportOptions, run: answerSupportRequest },
  'issue-notice': { options: issueNoticeOptions, run: issueNotice }
}

const [name = '', ...rest] = process.argv.slice(2)
const command = commands[name]
if (!command) {
  console.error(usage)
  process.exit(2)
}
Promise.resolve()
  .then(() => {
    const { values } = parseArgs({
      args: rest,
      options: Object.fromEntries(command.options.map((k) => [k, { type: 'string' as const }]))
    })
    return command.run(values)
  })
  .then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
      process.exit(1)
    }
  )
