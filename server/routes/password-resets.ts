import type { FastifyInstance, FastifyReply } from 'fastify'
import { passwordResetConfirmSchema, passwordResetRequestSchema } from '../../src/shared/identity-api'
import { apiPaths } from '../../src/shared/platform-api'
import { passwordProblems, reusesRecentPassword, storePasswordHash } from '../auth/credentials'
import { clearFailures } from '../auth/lockout'
import { hashPassword } from '../auth/password-hash'
import type { Channel } from '../codes/transport'
import type { PlatformContext } from '../context'
import { codeInvalid, sendCodeFailure, sendDeliveryFailure } from '../http/code-errors'
import { contactFor, decoyDestination, maskContact, maskedContactForUnknown } from '../http/contact'
import { limited } from '../http/rate-limit'
import { parseBody, sendError } from '../http/reply'
import { secretSetting } from '../store/secret-setting'

const channels: readonly Channel[] = ['sms', 'email']

const decoySecret = (ctx: PlatformContext) => secretSetting(ctx.store, 'decoy_key')

/**
 * Sends a reset code to the contact the account type calls for. Nothing in the answer depends
 * on whether the account exists, on its type, on whether the code could be delivered, or on
 * which other names lead to the same contact:
 * - every request first books a code under the name as typed (never sent): the cooldown and the
 *   caps the answer reports are that name's, known or unknown alike, so asking under a second
 *   name of an account (its phone, say) right after the first answers as any new name would;
 * - a known account's contact then gets its own code, sent in the background and within the
 *   contact's own limits: a contact asked for too often gets nothing more (no flood), and the
 *   code it already has stays the one that works;
 * - the answer shows what a registered name would (the given phone or email masked, else a
 *   stable decoy), and delivery happens in the background, so the time does not tell either.
 */
export async function sendResetCode(
  ctx: PlatformContext,
  reply: FastifyReply,
  input: { account: string; channel: Channel; client: string }
) {
  const record = await ctx.store.findAccountBySignInName(input.account)
  const to = record ? contactFor(record, input.channel) : null
  const booked = await ctx.codes.send({
    channel: input.channel,
    to: decoyDestination(input.channel, input.account),
    purpose: 'reset',
    client: input.client,
    delivery: 'none'
  })
  if (!booked.ok) return sendDeliveryFailure(reply, booked)
  // An unknown name, or a contact that refused, books a stand-in instead: the answer takes as
  // long either way.
  const book = (destination: string, delivery: 'silent' | 'none') =>
    ctx.codes.send({ channel: input.channel, to: destination, purpose: 'reset', client: input.client, delivery, limits: 'destination' })
  const standIn = `${decoyDestination(input.channel, input.account)}#contact`
  if (!to || !(await book(to, 'silent')).ok) await book(standIn, 'none')
  return reply.code(202).send({
    sentTo: to ? maskContact(input.channel, to) : maskedContactForUnknown(await decoySecret(ctx), input.account, input.channel),
    resendAfter: booked.resendAfter,
    expiresIn: booked.expiresIn
  })
}

export function passwordResetRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.post(apiPaths.passwordResets, limited, async (request, reply) => {
    const body = parseBody(passwordResetRequestSchema, request.body, reply)
    if (!body.ok) return reply
    return sendResetCode(ctx, reply, { ...body.value, client: request.ip })
  })

  app.post(apiPaths.passwordResetConfirm, limited, async (request, reply) => {
    const body = parseBody(passwordResetConfirmSchema, request.body, reply)
    if (!body.ok) return reply
    const { account: name, code, newPassword } = body.value
    const record = await ctx.store.findAccountBySignInName(name)
    // On each channel, the account's contact, or the name as typed where it has none (an unknown
    // name has none): the newest code booked for those is the one that counts. Known or not,
    // wrong codes burn it alike. The contacts count only once a reset was asked under this very
    // name: otherwise wrong codes under a phone number would burn the code of the account it
    // belongs to, and the burn would tell whose phone it is.
    const named = await Promise.all(channels.map((channel) => ctx.store.latestVerificationCode(decoyDestination(channel, name), 'reset')))
    const askedHere = named.some((booking) => booking && booking.expiresAt > ctx.now().toISOString())
    const destinations = channels.map(
      (channel) => (record && askedHere ? contactFor(record, channel) : null) ?? decoyDestination(channel, name)
    )
    const booked = await Promise.all(destinations.map(async (to) => ({ to, record: await ctx.store.latestVerificationCode(to, 'reset') })))
    const newest = booked
      .filter((d) => d.record)
      .sort((a, b) => b.record!.createdAt.localeCompare(a.record!.createdAt))[0]
    const checked = newest ? await ctx.codes.check({ to: newest.to, purpose: 'reset', code }) : codeInvalid
    if (!checked.ok) return sendCodeFailure(reply, checked, 429)
    // A right guess of a decoy's code is still a failed use: the same answers as a wrong one.
    if (!record) return sendCodeFailure(reply, await checked.spoil(), 429)
    const rules = passwordProblems(ctx.policy, newPassword, record)
    if (rules.length) {
      await checked.spoil()
      return sendError(reply, 422, 'POLICY_VIOLATION', 'The new password breaks the password rules', { rules })
    }
    if (await reusesRecentPassword(ctx.store, record, newPassword, ctx.policy.historyDepth)) {
      await checked.spoil()
      return sendError(reply, 422, 'PASSWORD_REUSED', 'Choose a password you have not used recently')
    }
    const hash = await hashPassword(newPassword)
    // The code is used up in the same transaction as the new hash: of concurrent confirms, one wins.
    const updated = await ctx.store.transaction(async (tx) => {
      if (!(await checked.consume(tx))) return null
      const changed = await storePasswordHash(tx, record.id, hash, ctx.now())
      await tx.revokeAllFamilies(record.id, ctx.now())
      await clearFailures(tx, changed)
      return changed
    })
    if (!updated) return sendCodeFailure(reply, codeInvalid, 429)
    await ctx.notices.passwordChanged(updated)
    return reply.code(204).send()
  })
}
