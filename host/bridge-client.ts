import { createApi } from '../src/shared/ipc-api'
import { err } from '../src/shared/result'
import { BRIDGE_PATH, type BridgeMessage } from './bridge-protocol'

/**
 * Loaded by the test host before the renderer: provides `window.api` over a WebSocket, the
 * browser's stand-in for the preload. The per-launch token comes in the page URL once.
 */
const tokenKey = 'patentdesk.hostToken'
const params = new URLSearchParams(location.search)
const fromUrl = params.get('token')
if (fromUrl) {
  sessionStorage.setItem(tokenKey, fromUrl)
  params.delete('token')
  const query = params.toString()
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`)
}
const token = sessionStorage.getItem(tokenKey) ?? ''

const socket = new WebSocket(`ws://${location.host}${BRIDGE_PATH}?token=${encodeURIComponent(token)}`)
const opened = new Promise<boolean>((resolve) => {
  socket.addEventListener('open', () => resolve(true))
  socket.addEventListener('close', () => resolve(false))
})
const pending = new Map<number, (result: unknown) => void>()
const listeners = new Map<string, Set<(payload: unknown) => void>>()
let nextId = 1

socket.addEventListener('message', (message) => {
  const data = JSON.parse(String(message.data)) as BridgeMessage
  if ('id' in data) {
    pending.get(data.id)?.(data.result)
    pending.delete(data.id)
  } else {
    for (const listener of listeners.get(data.event) ?? []) listener(data.payload)
  }
})
socket.addEventListener('close', () => {
  for (const resolve of pending.values()) resolve(err('NETWORK', 'The test host connection closed'))
  pending.clear()
})

window.api = createApi({
  async invoke(channel, input) {
    if (!(await opened)) return err('NETWORK', 'The test host refused the connection')
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      socket.send(JSON.stringify({ id, channel, input }))
    })
  },
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set()
    set.add(listener)
    listeners.set(channel, set)
    return () => set.delete(listener)
  }
})
