import {
  channelNames,
  eventChannel,
  eventNames,
  ipcChannel,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload
} from './ipc-contract'
import type { Result } from './result'

/** How an API call reaches main: Electron IPC in the app, a WebSocket in the browser test host. */
export type Transport = {
  invoke(channel: string, input: unknown): Promise<unknown>
  subscribe(channel: string, listener: (payload: unknown) => void): () => void
}

export type Api = {
  [K in ChannelName]: (input?: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

export function createApi(transport: Transport): Api {
  const calls = Object.fromEntries(
    channelNames.map((name) => [name, (input?: unknown) => transport.invoke(ipcChannel(name), input ?? {})])
  )
  const on = (event: EventName, listener: (payload: never) => void): (() => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`)
    return transport.subscribe(eventChannel(event), listener as (payload: unknown) => void)
  }
  return { ...calls, on } as unknown as Api
}
