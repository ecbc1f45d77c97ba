import { randomUUID } from 'node:crypto'
import keytar from 'keytar'
import { afterEach, describe, expect, it } from 'vitest'
import { createVault, vaultService } from './vault'

/** These tests talk to the real OS keychain (a Secret Service); `npm test` starts one when none runs. */
const origins: string[] = []
const freshOrigin = () => {
  const origin = `https://vault-test-${randomUUID()}.example`
  origins.push(origin)
  return origin
}

afterEach(async () => {
  for (const origin of origins.splice(0)) {
    for (const c of await keytar.findCredentials(vaultService(origin))) await keytar.deletePassword(vaultService(origin), c.account)
  }
})

describe('vault (real keychain)', () => {
  it('keeps one refresh token per account, under one service per platform origin', async () => {
    const origin = freshOrigin()
    const vault = createVault(`${origin}/some/path`)
    expect(vault.service).toBe(`PatentDesk ${origin}`)
    expect(await vault.saveRefreshToken('acc-1', 'token-one')).toEqual({ ok: true, value: undefined })
    await vault.saveRefreshToken('acc-2', 'token-two')
    await vault.saveRefreshToken('acc-1', 'token-one-rotated')
    expect(await vault.readRefreshToken('acc-1')).toEqual({ ok: true, value: 'token-one-rotated' })
    expect(await keytar.getPassword(`PatentDesk ${origin}`, 'acc-2')).toBe('token-two')
    const ids = await vault.accountIds()
    expect(ids.ok && ids.value.sort()).toEqual(['acc-1', 'acc-2'])

    const other = createVault(freshOrigin())
    expect(await other.readRefreshToken('acc-1')).toEqual({ ok: true, value: null })
  })

  it('forgets an account so that nothing is left in the keychain', async () => {
    const origin = freshOrigin()
    const vault = createVault(origin)
    await vault.saveRefreshToken('acc-1', 'token-one')
    expect(await vault.forget('acc-1')).toEqual({ ok: true, value: true })
    expect(await keytar.findCredentials(`PatentDesk ${origin}`)).toEqual([])
    expect(await vault.forget('acc-1')).toEqual({ ok: true, value: false })
  })

  it('reports a keychain that cannot be reached as KEYCHAIN_UNAVAILABLE, not a throw', async () => {
    const broken = {
      getPassword: () => Promise.reject(new Error('no Secret Service')),
      setPassword: () => Promise.reject(new Error('no Secret Service')),
      deletePassword: () => Promise.reject(new Error('no Secret Service')),
      findCredentials: () => Promise.reject(new Error('no Secret Service'))
    }
    const vault = createVault('https://platform.example', broken)
    expect(await vault.saveRefreshToken('a', 't')).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } })
    expect(await vault.readRefreshToken('a')).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } })
  })
})
