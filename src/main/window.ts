import { join } from 'node:path'
import { BrowserWindow, screen } from 'electron'
import { restoreWindowPlacement, windowStateToSave, type SavedWindowState } from './core/desktop/window-state'

const sizes = { width: 1180, height: 780, minWidth: 900, minHeight: 600 }

export type WindowStateStore = { load(): unknown; save(state: SavedWindowState): void }

/**
 * The main window, showing the renderer at `rendererUrl` (app://patentdesk, or the dev server in
 * a checkout), where it was last, clamped to a display that is still there.
 */
export function createMainWindow(rendererUrl: string, state: WindowStateStore): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => ({ bounds: d.bounds, workArea: d.workArea }))
  const placement = restoreWindowPlacement(state.load(), displays, sizes)
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: sizes.minWidth,
    minHeight: sizes.minHeight,
    show: false,
    title: 'PatentDesk',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  keepWindowState(window, state)
  void window.loadURL(rendererUrl)
  return window
}

/**
 * Saves the normal bounds when the window loses focus, stops moving, or closes; never after
 * 'closed', when a destroyed window would report 0×0.
 */
function keepWindowState(window: BrowserWindow, state: WindowStateStore): void {
  let timer: NodeJS.Timeout | undefined
  const save = () => {
    clearTimeout(timer)
    if (window.isDestroyed()) return
    const saved = windowStateToSave(window.getNormalBounds(), window.isMaximized(), window.isMinimized())
    if (saved) state.save(saved)
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  window.on('resize', later)
  window.on('move', later)
  window.on('blur', save)
  window.on('close', save)
  window.on('closed', () => clearTimeout(timer))
}
