import { createHmac } from 'node:crypto'
import { maskEmail, maskPhone } from '../../src/shared/mask'
import type { Channel } from '../codes/transport'
import type { AccountRecord } from '../store/platform-store'

/** Whose contact a code goes to: the person's own, the legal person's (entity), the agency's. */
export const contactOwner = { person: 'self', entity: 'legal_person', agency: 'agency' } as const

export const contactFor = (account: AccountRecord, channel: Channel): string | null =>
  channel === 'sms' ? account.phone : account.email

export const maskContact = (channel: Channel, to: string): string => (channel === 'sms' ? maskPhone(to) : maskEmail(to))

const domains = ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com']

/**
 * A stable, plausible masked contact for an account that does not exist, so the answer
 * to "send me a reset code" never tells whether an account exists.
 */
export function decoyMaskedContact(secret: string, account: string, channel: Channel): string {
  const digest = createHmac('sha256', secret).update(account.toLowerCase()).digest()
  if (channel === 'sms') return maskPhone(`1${3 + (digest[0]! % 7)}${String(digest.readUInt32BE(1)).padStart(9, '0').slice(0, 9)}`)
  return `${String.fromCharCode(97 + (digest[5]! % 26))}***@${domains[digest[6]! % domains.length]}`
}
