import { createHmac } from 'node:crypto'
import { z } from 'zod'
import { maskEmail, maskPhone } from '../../src/shared/mask'
import { mainlandMobilePattern, normaliseMobile } from '../../src/shared/validators/id-documents'
import type { Channel } from '../codes/transport'
import type { AccountRecord } from '../store/platform-store'

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

/**
 * What the answer shows for a name no account has: the name itself, masked, when it is a phone
 * (SMS) or an email (email) — exactly what a registered one would show — else the decoy.
 */
export function maskedContactForUnknown(secret: string, name: string, channel: Channel): string {
  const given = name.trim()
  if (channel === 'sms' && mainlandMobilePattern.test(given)) return maskPhone(normaliseMobile(given))
  if (channel === 'email' && z.email().safeParse(given).success) return maskEmail(given.toLowerCase())
  return decoyMaskedContact(secret, given, channel)
}

/** Where the code booked for a name with no contact on a channel is kept (never sent). */
export const decoyDestination = (channel: Channel, name: string): string =>
  `unknown:${channel}:${name.normalize('NFKC').trim().toLowerCase()}`
