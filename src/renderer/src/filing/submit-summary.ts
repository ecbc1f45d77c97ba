import type { ApplicationType, DraftContent } from '../../../shared/filing/draft-content'

export type SubmitSummary = {
  type: ApplicationType
  title: string
  /** The applicants by name, as they will be filed. */
  applicants: string[]
  /** None for a design, which has no claims. */
  claims: number | null
  attachments: number
  /** What Submit does: files now, or waits in the queue until the account is online. */
  outcome: 'file_now' | 'queue_until_online'
}

/** What the confirmation before a submission recalls, so the user sees what goes out and when. */
export function submitSummary(c: DraftContent, online: boolean): SubmitSummary {
  return {
    type: c.type,
    title: c.title.trim(),
    applicants: c.applicants.map((a) => a.name.trim()).filter(Boolean),
    claims: c.type === 'design' ? null : c.claims.filter((claim) => claim.trim()).length,
    attachments: c.attachments.length,
    outcome: online ? 'file_now' : 'queue_until_online'
  }
}
