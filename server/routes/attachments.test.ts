import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ATTACHMENT_MAX_BYTES } from '../../src/shared/filing/attachment-type'
import { pngBytes, sha256, signedInAccount } from '../../test/filing-data'
import { startTestPlatform, type TestPlatform } from '../../test/platform-fixture'

let platform: TestPlatform
let me: { token: string }
let other: { token: string }

beforeAll(async () => {
  platform = await startTestPlatform()
  me = await signedInAccount(platform)
  other = await signedInAccount(platform)
})
afterAll(() => platform.close())

async function send(method: 'PUT' | 'GET', hash: string, options: { bytes?: Buffer; type?: string; token?: string } = {}) {
  const token = options.token === undefined ? me.token : options.token
  const res = await platform.app.inject({
    method,
    url: `/api/v1/attachments/${hash}`,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(options.bytes ? { 'content-type': options.type ?? 'image/png' } : {}) },
    ...(options.bytes ? { payload: options.bytes } : {})
  })
  const json = res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : null
  return { status: res.statusCode, json, raw: res.rawPayload, type: res.headers['content-type'] }
}

describe('PUT /api/v1/attachments/{sha256}', () => {
  it('stores the file under its hash (201), knows it the second time (200) and gives back the same bytes', async () => {
    const bytes = pngBytes('figure 1')
    const hash = sha256(bytes)
    expect(await send('PUT', hash, { bytes })).toMatchObject({ status: 201, json: { sha256: hash, size: bytes.length, mime: 'image/png' } })
    expect((await send('PUT', hash, { bytes })).status).toBe(200)
    const got = await send('GET', hash)
    expect([got.status, got.type]).toEqual([200, 'image/png'])
    expect(Buffer.compare(got.raw, bytes)).toBe(0)
  })

  it('judges the type by the bytes, whatever the Content-Type says', async () => {
    const pdf = Buffer.from('%PDF-1.7\n…')
    expect((await send('PUT', sha256(pdf), { bytes: pdf, type: 'application/octet-stream' })).json.mime).toBe('application/pdf')
    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])
    const res = await send('PUT', sha256(exe), { bytes: exe, type: 'image/png' })
    expect([res.status, res.json.error.code]).toEqual([415, 'UNSUPPORTED_TYPE'])
    const json = Buffer.from('{"not":"a drawing"}')
    expect((await send('PUT', sha256(json), { bytes: json, type: 'application/json' })).json.error.code).toBe('UNSUPPORTED_TYPE')
  })

  it('refuses bytes that do not hash to the path (422 HASH_MISMATCH)', async () => {
    const res = await send('PUT', sha256(pngBytes('original')), { bytes: pngBytes('tampered') })
    expect([res.status, res.json.error.code]).toEqual([422, 'HASH_MISMATCH'])
    expect((await send('GET', sha256(pngBytes('original')))).status).toBe(404)
  })

  it('refuses a file over the limit (413 TOO_LARGE)', async () => {
    const big = Buffer.concat([pngBytes(''), Buffer.alloc(ATTACHMENT_MAX_BYTES)])
    const res = await send('PUT', sha256(big), { bytes: big })
    expect([res.status, res.json.error.code]).toEqual([413, 'TOO_LARGE'])
  })

  it('needs a signed-in account and a well-formed hash', async () => {
    const bytes = pngBytes('x')
    expect((await send('PUT', sha256(bytes), { bytes, token: '' })).status).toBe(401)
    expect((await send('PUT', 'ABC', { bytes })).json.error.code).toBe('VALIDATION')
  })
})

describe('GET /api/v1/attachments/{sha256}', () => {
  it('is 404 for another account’s file until that account uploads the bytes itself', async () => {
    const bytes = pngBytes('private drawing')
    const hash = sha256(bytes)
    await send('PUT', hash, { bytes })
    expect((await send('GET', hash, { token: other.token })).status).toBe(404)
    expect((await send('PUT', hash, { bytes, token: other.token })).status).toBe(201)
    expect((await send('GET', hash, { token: other.token })).status).toBe(200)
  })
})
