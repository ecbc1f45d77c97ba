import { createHash, randomUUID } from 'node:crypto'
import type { DraftContentInput } from '../src/shared/filing/draft-content'
import type { NewAccount } from '../server/store/platform-store'
import { caller, type TestPlatform } from './platform-fixture'

/** A PNG header followed by `tag`: a distinct, valid-looking attachment per tag. */
export const pngBytes = (tag: string) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(tag)])
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** An invention application that passes the whole checklist (its priority is dated relative to `today`). */
export function completeInvention(attachments: { sha256: string; size: number }[] = []): DraftContentInput {
  return {
    type: 'invention',
    title: '一种可折叠的太阳能充电装置',
    applicants: [{ name: '张三', kind: 'person', idType: 'resident_id', idNumber: '11010519491231002X', country: 'CN' }],
    inventors: [{ name: '张三' }],
    priorities: [],
    examinationRequested: true,
    claims: ['1. 一种充电装置,包括……', '2. 根据权利要求1所述的充电装置……'],
    description: '技术领域……',
    abstract: '本发明公开了一种可折叠的太阳能充电装置。',
    attachments: attachments.map((a, i) => ({ sha256: a.sha256, size: a.size, name: `fig${i + 1}.png`, mime: 'image/png', kind: 'drawing' }))
  }
}

export const FILING_PASSWORD = 'Filing-Pass-1x'

/** A new account on `platform`, signed in: its id and access token. */
export async function signedInAccount(platform: TestPlatform, extra: Partial<Omit<NewAccount, 'passwordHash' | 'loginName'>> = {}) {
  const login = `filer-${randomUUID().slice(0, 8)}`
  const account = await platform.createAccount(login, FILING_PASSWORD, extra)
  const res = await caller(platform)('POST', '/api/v1/sessions', { account: login, password: FILING_PASSWORD })
  return { id: account.id, login, token: res.body.accessToken as string }
}
