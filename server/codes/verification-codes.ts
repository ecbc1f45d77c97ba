import { createHmac, randomInt, randomUUID } from 'node:crypto'
import type { PlatformStore } from '../store/platform-store'
import { secretSetting } from '../store/secret-setting'
import type { Channel, CodeTransport } from './transport'

export const CODE_TTL_SECONDS = 600
export const RESEND_COOLDOWN_SECONDS = 60
export const MAX_WRONG_TRIES = 5
const PER_DESTINATION_PER_DAY = 10
const PER_CLIENT_PER_HOUR = 30

export type SendOutcome =
  | { ok: true; resendAfter: number; expiresIn: number }
  | { ok: false; code: 'RATE_LIMITED'; retryAfter: number }
  | { ok: false; code: 'DELIVERY_UNAVAILABLE' }

export type CheckFailure = { ok: false; code: 'CODE_INVALID' | 'CODE_EXPIRED' | 'CODE_BURNED' }
export type CheckOutcome =
  | {
      ok: true
      /** Uses the code up; false when another request used it first (or burned it) meanwhile. Pass the write's transaction. */
      consume(tx: PlatformStore): Promise<boolean>
      /** The code was right but the request was refused (a conflict, a weak password): a failed use like a wrong code. */
      spoil(): Promise<CheckFailure>
    }
  | CheckFailure

/**
 * Six-digit codes, valid 10 minutes, single use, 5 failed uses of any kind burn one (a wrong
 * code, or a right one in a refused request: otherwise one code could test any number of ID
 * numbers), 60 s between sends to one destination and purpose, daily caps per destination and
 * purpose (codes asked for one purpose cannot use up another's), an hourly cap per client; only a
 * keyed hash is stored.
 */
export function createVerificationCodes(
  store: PlatformStore,
  transport: CodeTransport,
  now: () => Date,
  /** Told when a `silent` delivery could not be made; the request's answer never is. */
  onSilentFailure: (reason: string) => void = () => {}
) {
  let key: Promise<string> | undefined
  const hash = async (id: string, code: string) =>
    createHmac('sha256', await (key ??= secretSetting(store, 'code_hash_key'))).update(`${id}:${code}`).digest('hex')

  /**
   * Books a code and sends it. `delivery`: `awaited` (default) answers DELIVERY_UNAVAILABLE when
   * the channel has no transport and waits for the transport; `silent` sends in the background
   * when it can, so neither the answer nor its time depends on delivery; `none` books a code
   * without sending it (a decoy for an unknown account: same limits, nothing sent).
   */
  async function send(input: {
    channel: Channel
    to: string
    purpose: string
    client: string
    delivery?: 'awaited' | 'silent' | 'none'
    /**
     * `destination`: the client's hourly cap was applied by an earlier send of the same request,
     * and this one is not counted against it again (it is kept without the client).
     */
    limits?: 'all' | 'destination'
  }): Promise<SendOutcome> {
    const at = now()
    const last = await store.latestVerificationCode(input.to, input.purpose)
    if (last) {
      const wait = RESEND_COOLDOWN_SECONDS - Math.floor((at.getTime() - new Date(last.createdAt).getTime()) / 1000)
      if (wait > 0) return { ok: false, code: 'RATE_LIMITED', retryAfter: wait }
    }
    if ((await store.countCodesToSince(input.to, input.purpose, new Date(at.getTime() - 86_400_000))) >= PER_DESTINATION_PER_DAY) {
      return { ok: false, code: 'RATE_LIMITED', retryAfter: 3600 }
    }
    if (input.limits !== 'destination' && (await store.countCodesFromSince(input.client, new Date(at.getTime() - 3_600_000))) >= PER_CLIENT_PER_HOUR) {
      return { ok: false, code: 'RATE_LIMITED', retryAfter: 600 }
    }
    const delivery = input.delivery ?? 'awaited'
    if (delivery === 'awaited' && !transport.supports(input.channel)) return { ok: false, code: 'DELIVERY_UNAVAILABLE' }
    const id = randomUUID()
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    await store.addVerificationCode({
      id,
      destination: input.to,
      purpose: input.purpose,
      codeHash: await hash(id, code),
      client: input.limits === 'destination' ? '' : input.client,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + CODE_TTL_SECONDS * 1000).toISOString()
    })
    const message = { channel: input.channel, to: input.to, purpose: input.purpose, code }
    if (delivery === 'awaited') await transport.send(message)
    if (delivery === 'silent') {
      if (!transport.supports(input.channel)) onSilentFailure(`no transport for ${input.channel}`)
      else transport.send(message).catch((error: unknown) => onSilentFailure(error instanceof Error ? error.message : String(error)))
    }
    return { ok: true, resendAfter: RESEND_COOLDOWN_SECONDS, expiresIn: CODE_TTL_SECONDS }
  }

  const failedUse = async (id: string): Promise<CheckFailure> => ({
    ok: false,
    code: (await store.addCodeAttempt(id)) >= MAX_WRONG_TRIES ? 'CODE_BURNED' : 'CODE_INVALID'
  })

  /** Checks a code; the caller consumes it once everything else has succeeded, or spoils it. */
  async function check(input: { to: string; purpose: string; code: string }): Promise<CheckOutcome> {
    const record = await store.latestVerificationCode(input.to, input.purpose)
    if (!record || record.usedAt) return { ok: false, code: 'CODE_INVALID' }
    if (record.attempts >= MAX_WRONG_TRIES) return { ok: false, code: 'CODE_BURNED' }
    if (new Date(record.expiresAt) <= now()) return { ok: false, code: 'CODE_EXPIRED' }
    if ((await hash(record.id, input.code)) !== record.codeHash) return failedUse(record.id)
    return {
      ok: true,
      consume: (tx) => tx.markCodeUsed(record.id, now(), MAX_WRONG_TRIES),
      spoil: () => failedUse(record.id)
    }
  }

  return { send, check }
}
export type VerificationCodes = ReturnType<typeof createVerificationCodes>
