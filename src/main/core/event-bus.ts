import { events, type EventName, type EventPayload } from '../../shared/ipc-contract'

type Listener = (event: EventName, payload: unknown) => void

/** Main → renderer events; payloads are checked against the contract before anyone hears them. */
export function createEventBus() {
  const listeners = new Set<Listener>()
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      const checked = events[event].parse(payload)
      for (const listener of listeners) listener(event, checked)
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
export type EventBus = ReturnType<typeof createEventBus>
