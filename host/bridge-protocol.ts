import { z } from 'zod'
import { ATTACHMENT_MAX_BYTES } from '../src/shared/filing/attachment-type'

/** Messages on the test host's WebSocket: the IPC contract, carried as JSON. */
export const bridgeRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(128),
  input: z.unknown()
})
export type BridgeRequest = z.infer<typeof bridgeRequestSchema>

export type BridgeMessage =
  | { id: number; result: unknown }
  | { event: string; payload: unknown }

export const BRIDGE_PATH = '/__host/bridge'
export const BRIDGE_SCRIPT = '__host/bridge.js'

/**
 * The largest frame the host takes: an attachment at the platform's limit, base64-encoded in
 * its JSON message (4 bytes for every 3), with room for the rest of the message. Anything
 * larger closes the socket.
 */
export const BRIDGE_MAX_FRAME = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 256 * 1024
