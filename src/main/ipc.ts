import { ipcMain, type BrowserWindow } from 'electron'
import { channelNames, eventChannel, ipcChannel } from '../shared/ipc-contract'
import type { AppCore } from './core/app-core'

/** Every `ipcMain.handle` goes through the core's dispatcher, which checks the sender and the input. */
export function registerIpc(core: AppCore, windows: () => BrowserWindow[]): () => void {
  for (const name of channelNames) {
    const channel = ipcChannel(name)
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame
      return core.dispatch(channel, input, {
        url: frame?.url ?? '',
        isMainFrame: frame !== null && frame === event.sender.mainFrame
      })
    })
  }
  const unsubscribe = core.subscribe((event, payload) => {
    for (const window of windows()) window.webContents.send(eventChannel(event), payload)
  })
  return () => {
    unsubscribe()
    for (const name of channelNames) ipcMain.removeHandler(ipcChannel(name))
  }
}
