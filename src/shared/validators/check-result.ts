/** What a document-number check says: valid (perhaps with warnings), or why not. */
export type CheckResult =
  | { valid: true; warnings: string[] }
  | { valid: false; reason: 'format' | 'checksum' | 'birth_date' | 'region' }

export const valid = (warnings: string[] = []): CheckResult => ({ valid: true, warnings })
export const invalid = (reason: 'format' | 'checksum' | 'birth_date' | 'region'): CheckResult => ({ valid: false, reason })
