import { describe, expect, it } from 'vitest'
import { draftContentSchema } from '../../../shared/filing/draft-content'
import { submitSummary } from './submit-summary'

const sha256 = 'a'.repeat(64)
const invention = draftContentSchema.parse({
  type: 'invention',
  title: ' 一种折叠椅 ',
  applicants: [{ name: '周八', kind: 'person' }, { name: '某公司', kind: 'entity' }],
  claims: ['一种折叠椅。', '根据权利要求1所述的折叠椅。', '  '],
  attachments: [{ name: 'fig1.png', kind: 'drawing', mime: 'image/png', size: 10, sha256 }]
})

describe('what the confirmation before a submission recalls', () => {
  it('names the type, title and applicants and counts claims written and attachments', () => {
    expect(submitSummary(invention, true)).toEqual({ type: 'invention', title: '一种折叠椅', applicants: ['周八', '某公司'], claims: 2, attachments: 1, outcome: 'file_now' })
  })

  it('says the application waits in the queue when the account is offline', () => {
    expect(submitSummary(invention, false).outcome).toBe('queue_until_online')
  })

  it('has no claims line for a design', () => {
    expect(submitSummary({ ...invention, type: 'design', claims: [] }, true).claims).toBeNull()
  })
})
