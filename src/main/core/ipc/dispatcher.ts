import {
  contract,
  ipcChannel,
  type ChannelArgs,
  type ChannelName,
  type ChannelOutput
} from '../../../shared/ipc-contract'
import { err, validationError, type Result } from '../../../shared/result'
import type { Logger } from '../logger'
import { isTrustedSender, type Sender } from './trusted-sender'

export type Handlers = {
  [K in ChannelName]: (args: ChannelArgs<K>) => Promise<Result<ChannelOutput<K>>>
}

const channelToName = new Map(Object.keys(contract).map((name) => [ipcChannel(name as ChannelName), name as ChannelName]))

/**
 * The one gate every call from a renderer passes, over IPC or the test host's WebSocket:
 * checks the sender, parses the input with the contract, and turns anything thrown into an
 * error value. Inputs are never logged: they may hold a password.
 */
export function createDispatcher(handlers: Handlers, options: { trustedOrigins: () => readonly string[]; log: Logger }) {
  return async function dispatch(channel: string, input: unknown, sender: Sender): Promise<Result<unknown>> {
    const name = channelToName.get(channel)
    if (!name) return err('UNKNOWN_CHANNEL', `Unknown channel ${channel.slice(0, 64)}`)
    if (!isTrustedSender(sender, options.trustedOrigins())) {
      options.log.warn({ channel, sender: sender.url.slice(0, 200) }, 'refused call from untrusted sender')
      return err('FORBIDDEN_SENDER', 'This window may not call the application')
    }
    const spec = contract[name]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) return validationError(parsed.error, input ?? {})
    try {
      const handler = handlers[name] as (args: unknown) => Promise<Result<unknown>>
      const result = await handler(parsed.data)
      if (!result.ok) return result
      const output = spec.output.safeParse(result.value)
      if (!output.success) {
        options.log.error({ channel, issues: output.error.issues.map((i) => i.path.join('.')) }, 'handler output broke the contract')
        return err('INTERNAL', 'The application produced an invalid answer')
      }
      return { ok: true, value: output.data }
    } catch (cause) {
      options.log.error({ channel, message: cause instanceof Error ? cause.message : String(cause) }, 'handler threw')
      return err('INTERNAL', 'Something went wrong in the application')
    }
  }
}
export type Dispatch = ReturnType<typeof createDispatcher>
