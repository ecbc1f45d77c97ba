import type { AppCommand } from '../../../shared/app-commands'
import type { Language } from '../../../shared/settings'
import { menuLabels, type MenuLabels } from './menu-labels'

type Role = keyof MenuLabels['roles']

/** The menu as data: main turns it into Electron's template, attaching a click to each command. */
export type MenuSpec =
  | { type: 'separator' }
  | { role: Role; label: string }
  | {
      id: string
      label: string
      command: AppCommand
      /** For "switch account": which one. */
      accountId?: string
      accelerator?: string
      checked?: boolean
      enabled?: boolean
    }
  | { label: string; role?: 'appMenu' | 'windowMenu' | 'help' | 'services'; submenu: MenuSpec[] }

export type MenuInputs = {
  language: Language
  os: NodeJS.Platform
  accounts: readonly { id: string; displayName: string }[]
  currentAccountId: string | null
  /** Development builds get the developer tools. */
  development: boolean
}

/** A menu rebuilt on every state change loops main and renderer: main rebuilds only when this key changes. */
export const menuKey = (inputs: MenuInputs): string =>
  JSON.stringify([inputs.language, inputs.os, inputs.accounts.map((a) => [a.id, a.displayName]), inputs.currentAccountId, inputs.development])

const sep: MenuSpec = { type: 'separator' }

export function buildMenuTemplate(inputs: MenuInputs): MenuSpec[] {
  const l = menuLabels[inputs.language]
  const mac = inputs.os === 'darwin'
  const role = (r: Role): MenuSpec => ({ role: r, label: l.roles[r] })
  const command = (c: AppCommand, accelerator?: string): MenuSpec => ({
    id: c,
    label: l.commands[c],
    command: c,
    ...(accelerator ? { accelerator } : {})
  })

  const accounts: MenuSpec[] = inputs.accounts.length
    ? inputs.accounts.map((a) => ({
        id: `switchAccount:${a.id}`,
        label: a.displayName,
        command: 'switchAccount' as const,
        accountId: a.id,
        checked: a.id === inputs.currentAccountId
      }))
    : [{ id: 'switchAccount:none', label: l.noAccounts, command: 'switchAccount' as const, enabled: false }]

  const appMenu: MenuSpec[] = mac
    ? [
        {
          label: 'PatentDesk',
          role: 'appMenu',
          submenu: [
            command('about'),
            sep,
            command('settings', 'Cmd+,'),
            sep,
            { label: l.roles.services, role: 'services', submenu: [] },
            sep,
            role('hide'),
            role('hideOthers'),
            role('unhide'),
            sep,
            role('quit')
          ]
        }
      ]
    : []

  const file: MenuSpec = {
    label: l.menus.file,
    submenu: [
      command('newDraft', 'CmdOrCtrl+N'),
      command('syncNow', 'CmdOrCtrl+Shift+S'),
      { label: l.commands.switchAccount, submenu: accounts },
      ...(mac ? [] : [sep, command('settings', 'Ctrl+,'), sep, role('quit')])
    ]
  }

  const edit: MenuSpec = {
    label: l.menus.edit,
    submenu: [role('undo'), role('redo'), sep, role('cut'), role('copy'), role('paste'), sep, role('selectAll')]
  }

  const view: MenuSpec = {
    label: l.menus.view,
    submenu: [
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      sep,
      role('togglefullscreen'),
      ...(inputs.development ? [sep, role('toggleDevTools')] : [])
    ]
  }

  const window: MenuSpec = {
    label: l.menus.window,
    role: 'windowMenu',
    submenu: mac ? [role('minimize'), role('zoom'), sep, role('front')] : [role('minimize'), role('close')]
  }

  const help: MenuSpec = {
    label: l.menus.help,
    role: 'help',
    submenu: [
      command('checkForUpdates'),
      sep,
      command('openLogsFolder'),
      command('copyDiagnostics'),
      ...(mac ? [] : [sep, command('about')])
    ]
  }

  return [...appMenu, file, edit, view, window, help]
}

/** Every item of a template, depth first (for finding a command and for tests). */
export function* menuItems(template: readonly MenuSpec[]): Generator<MenuSpec> {
  for (const item of template) {
    yield item
    if ('submenu' in item) yield* menuItems(item.submenu)
  }
}
