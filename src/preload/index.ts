import { contextBridge, ipcRenderer } from 'electron'
import { createApi } from '../shared/ipc-api'

/** `window.api`, derived from the contract; the renderer gets nothing else from Electron. */
contextBridge.exposeInMainWorld(
  'api',
  createApi({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    subscribe(channel, listener) {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, wrapped)
      return () => ipcRenderer.removeListener(channel, wrapped)
    }
  })
)
