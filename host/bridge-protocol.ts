import { z } from 'zod'

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
