import type { AppLinkAction } from '../../../shared/app-link-action'
import { err, type AppError } from '../../../shared/result'
import { parseAppLink } from './app-link'

export type LinkInboxOptions = {
  /** Accounts open on this computer; a link to any other is refused. */
  knownAccountIds: () => readonly string[]
  openLink: (action: AppLinkAction) => void
  message: (error: AppError) => void
}

/** A window that never asks should not make the inbox grow. */
const MAX_HELD = 8

/**
 * Where links arrive (argv, `open-url`, a second launch). Each is parsed and checked against
 * the open accounts; until the renderer has asked once, actions and messages are held, so a
 * link that starts the app is not lost while the window loads.
 */
export function createLinkInbox(options: LinkInboxOptions) {
  let ready = false
  const held: { actions: AppLinkAction[]; messages: AppError[] } = { actions: [], messages: [] }
  const hold = <T>(list: T[], item: T) => {
    list.push(item)
    if (list.length > MAX_HELD) list.shift()
  }

  return {
    receive(raw: unknown): void {
      const parsed = parseAppLink(raw)
      let error: AppError | null = null
      if (parsed.kind === 'unknown') error = err('LINK_INVALID', `This link cannot be opened (${parsed.reason})`).error
      else if (!options.knownAccountIds().includes(parsed.accountId)) {
        error = err('LINK_ACCOUNT_UNKNOWN', 'The link is for an account that is not open on this computer').error
      }
      if (error) {
        if (ready) options.message(error)
        else hold(held.messages, error)
      } else if (parsed.kind !== 'unknown') {
        if (ready) options.openLink(parsed)
        else hold(held.actions, parsed)
      }
    },
    /** The renderer's first call: what arrived before it could listen; later links come as events. */
    take(): { actions: AppLinkAction[]; messages: AppError[] } {
      ready = true
      const taken = { actions: held.actions.splice(0), messages: held.messages.splice(0) }
      return taken
    }
  }
}
export type LinkInbox = ReturnType<typeof createLinkInbox>
