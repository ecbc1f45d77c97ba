import { describe, expect, it } from 'vitest'
import { appCommands, rendererCommands } from '../../../shared/app-commands'
import { events } from '../../../shared/ipc-contract'
import { languages } from '../../../shared/settings'
import { buildMenuTemplate, menuItems, menuKey, type MenuInputs, type MenuSpec } from './menu-template'

const base: MenuInputs = {
  language: 'zh-CN',
  os: 'linux',
  accounts: [
    { id: 'a1', displayName: '李四' },
    { id: 'a2', displayName: '星海专利代理' }
  ],
  currentAccountId: 'a2',
  development: false
}

const commandsIn = (template: MenuSpec[]) =>
  [...menuItems(template)].flatMap((i) => ('command' in i ? [i] : []))

describe('application menu', () => {
  for (const os of ['darwin', 'win32', 'linux'] as const) {
    for (const language of languages) {
      it(`offers every app command once, with the standard roles, on ${os} in ${language}`, () => {
        const template = buildMenuTemplate({ ...base, os, language })
        const commands = commandsIn(template)
        for (const c of appCommands) {
          const found = commands.filter((i) => i.command === c)
          // "switch account" appears once per account.
          expect(found.length, c).toBe(c === 'switchAccount' ? 2 : 1)
        }
        const roles = [...menuItems(template)].flatMap((i) => ('role' in i && i.role ? [i.role] : []))
        for (const r of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'windowMenu', 'help', 'quit', 'togglefullscreen']) {
          expect(roles).toContain(r)
        }
        if (os === 'darwin') expect(template[0]).toMatchObject({ role: 'appMenu' })
        for (const item of menuItems(template)) {
          if ('label' in item) expect(item.label.trim().length, JSON.stringify(item)).toBeGreaterThan(0)
        }
      })
    }
  }

  it('speaks the chosen language', () => {
    const labels = (language: 'zh-CN' | 'en-US') =>
      buildMenuTemplate({ ...base, language }).map((m) => ('label' in m ? m.label : ''))
    expect(labels('zh-CN')).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
    expect(labels('en-US')).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('sends the renderer only commands its contract event accepts', () => {
    for (const item of commandsIn(buildMenuTemplate(base))) {
      const sent = { command: item.command, accountId: item.accountId }
      expect(events.menuCommand.safeParse(sent).success).toBe((rendererCommands as readonly string[]).includes(item.command))
    }
  })

  it('lists the open accounts with the current one checked, and says when there are none', () => {
    const switching = commandsIn(buildMenuTemplate(base)).filter((i) => i.command === 'switchAccount')
    expect(switching.map((i) => [i.label, i.accountId, i.checked])).toEqual([
      ['李四', 'a1', false],
      ['星海专利代理', 'a2', true]
    ])
    const none = commandsIn(buildMenuTemplate({ ...base, accounts: [], currentAccountId: null })).filter(
      (i) => i.command === 'switchAccount'
    )
    expect(none).toEqual([expect.objectContaining({ enabled: false, label: '（没有已登录的账号）' })])
  })

  it('gives developer tools only to development builds', () => {
    const has = (development: boolean) =>
      [...menuItems(buildMenuTemplate({ ...base, development }))].some((i) => 'role' in i && i.role === 'toggleDevTools')
    expect(has(false)).toBe(false)
    expect(has(true)).toBe(true)
  })

  it('changes its key only when what it shows changes', () => {
    expect(menuKey(base)).toBe(menuKey({ ...base, accounts: base.accounts.map((a) => ({ ...a })) }))
    expect(menuKey(base)).not.toBe(menuKey({ ...base, language: 'en-US' }))
    expect(menuKey(base)).not.toBe(menuKey({ ...base, currentAccountId: 'a1' }))
    expect(menuKey(base)).not.toBe(menuKey({ ...base, accounts: [...base.accounts, { id: 'a3', displayName: 'x' }] }))
  })
})
