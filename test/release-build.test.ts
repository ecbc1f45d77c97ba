import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const build = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).build
const builderSchema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'))

describe('release build', () => {
  it('flips the Electron fuses that would let a local process run or inspect the app as something else', () => {
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
    // Spelled as electron-builder knows them: a misspelt fuse would be ignored without a word.
    const known = Object.keys(builderSchema.definitions.FuseOptionsV1.properties)
    for (const fuse of Object.keys(build.electronFuses)) expect(known).toContain(fuse)
    // Only-from-ASAR and its integrity check need the app packed into an ASAR archive.
    expect(build.asar).not.toBe(false)
  })
})
