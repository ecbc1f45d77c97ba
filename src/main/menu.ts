import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../shared/app-commands'
import { buildMenuTemplate, menuKey, type MenuInputs, type MenuSpec } from './core/desktop/menu-template'

type Run = (command: AppCommand, accountId?: string) => void

/** The core's menu data as Electron's template; each command item calls `run`. */
export function toElectronTemplate(spec: readonly MenuSpec[], run: Run): MenuItemConstructorOptions[] {
  return spec.map((item): MenuItemConstructorOptions => {
    if ('type' in item) return { type: 'separator' }
    if ('command' in item) {
      return {
        id: item.id,
        label: item.label,
        accelerator: item.accelerator,
        enabled: item.enabled ?? true,
        ...(item.checked === undefined ? {} : { type: 'radio' as const, checked: item.checked }),
        click: () => run(item.command, item.accountId)
      }
    }
    if ('submenu' in item) {
      // The services menu is the OS's to fill; the app menu is the first one on macOS whatever its role.
      if (item.role === 'services') return { label: item.label, role: 'services' }
      return {
        label: item.label,
        ...(item.role && item.role !== 'appMenu' ? { role: item.role } : {}),
        submenu: toElectronTemplate(item.submenu, run)
      }
    }
    return { role: item.role, label: item.label }
  })
}

/** Sets the application menu, again only when what it shows has changed. */
export function createMenuUpdater(run: Run) {
  let shown = ''
  return (inputs: MenuInputs): void => {
    const key = menuKey(inputs)
    if (key === shown) return
    shown = key
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(buildMenuTemplate(inputs), run)))
  }
}
