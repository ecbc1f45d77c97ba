import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')
const eslint = new ESLint({ cwd: root })

/** Lints `code` as if it were the file at `path`, returning the rule ids it breaks. */
async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x\n`, { filePath: resolve(root, path) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('the lint rule that enforces the layers', () => {
  it.each([
    ['src/shared/probe.ts', "import x from 'node:fs'", 'no-restricted-imports'],
    ['src/shared/probe.ts', "import x from 'electron'", 'no-restricted-imports'],
    ['src/shared/probe.ts', "import { createAppCore as x } from '../main/core/app-core'", 'import-x/no-restricted-paths'],
    ['src/main/core/probe.ts', "import { app as x } from 'electron'", 'no-restricted-imports'],
    ['src/main/core/probe.ts', "import { createMainWindow as x } from '../window'", 'import-x/no-restricted-paths'],
    ['src/renderer/src/probe.ts', "import { createVault as x } from '../../main/core/vault'", 'import-x/no-restricted-paths'],
    ['src/renderer/src/probe.ts', "import x from 'fs'", 'no-restricted-imports'],
    ['src/renderer/src/probe.ts', "import x from 'keytar'", 'no-restricted-imports'],
    ['server/probe.ts', "import { createAppCore as x } from '../src/main/core/app-core'", 'import-x/no-restricted-paths'],
    ['server/probe.ts', "import x from 'electron'", 'no-restricted-imports']
  ])('%s may not: %s', async (path, code, rule) => {
    expect(await rulesBroken(path, code)).toContain(rule)
  })

  it.each([
    ['src/main/core/probe.ts', "import { ok as x } from '../../shared/result'"],
    ['src/main/core/probe.ts', "import { createVault as x } from './vault'"],
    ['src/main/probe.ts', "import { createAppCore as x } from './core/app-core'"],
    ['server/probe.ts', "import { ok as x } from '../src/shared/result'"],
    ['src/renderer/src/probe.ts', "import { contract as x } from '../../shared/ipc-contract'"]
  ])('%s may: %s', async (path, code) => {
    expect(await rulesBroken(path, code)).toEqual([])
  })
})
