import type { RendererCommand } from '../../../shared/app-commands'

/**
 * Menu commands the pages carry out (new draft, switch account, sync now): a page registers
 * its handler while it can act on it. Settings and About are handled by the shell itself.
 */
type Handler = (accountId?: string) => void
const handlers = new Map<RendererCommand, Handler>()

export function onAppCommand(command: RendererCommand, handler: Handler): () => void {
  handlers.set(command, handler)
  return () => {
    if (handlers.get(command) === handler) handlers.delete(command)
  }
}

/** False when no page handles the command now. */
export function runAppCommand(command: RendererCommand, accountId?: string): boolean {
  const handler = handlers.get(command)
  handler?.(accountId)
  return handler !== undefined
}
