import { describe, expect, it } from 'vitest'
import { draftContentSchema } from './draft-content'

describe('draft content shape', () => {
  it('accepts a draft that is only just begun, filling the empty parts', () => {
    const parsed = draftContentSchema.parse({ type: 'design' })
    expect(parsed).toMatchObject({ type: 'design', title: '', applicants: [], claims: [], attachments: [] })
  })

  it('keeps fields it does not know, so a newer client loses nothing through an older platform', () => {
    const parsed = draftContentSchema.parse({ type: 'invention', notes: 'call the inventor', applicants: [{ kind: 'person', extra: 1 }] })
    expect(parsed.notes).toBe('call the inventor')
    expect(parsed.applicants[0]).toMatchObject({ kind: 'person', extra: 1, name: '', country: 'CN' })
  })

  it('refuses what is not a draft, naming the field', () => {
    const bad = draftContentSchema.safeParse({ type: 'trademark' })
    expect(bad.success).toBe(false)
    const attachment = draftContentSchema.safeParse({
      type: 'invention',
      attachments: [{ sha256: 'nope', name: 'a.exe', mime: 'application/x-msdownload', size: 1, kind: 'other' }]
    })
    expect(attachment.success ? [] : attachment.error.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'attachments.0.mime',
      'attachments.0.sha256'
    ])
    expect(draftContentSchema.safeParse({ type: 'invention', claims: 'one claim' }).success).toBe(false)
  })

  it('refuses a draft over 4 MiB as JSON, counting UTF-8 bytes, which the platform would not take', () => {
    expect(draftContentSchema.safeParse({ type: 'invention', description: '说'.repeat(1_300_000) }).success).toBe(true)
    expect(draftContentSchema.safeParse({ type: 'invention', description: '说'.repeat(1_500_000) }).success).toBe(false)
  })
})
