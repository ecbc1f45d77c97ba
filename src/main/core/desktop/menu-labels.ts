import type { AppCommand } from '../../../shared/app-commands'
import type { Language } from '../../../shared/settings'

/** Menu words in both languages. Role items get explicit labels: Electron's own are English on Windows and Linux. */
export type MenuLabels = {
  commands: Record<AppCommand, string>
  menus: { file: string; edit: string; view: string; window: string; help: string }
  roles: {
    undo: string
    redo: string
    cut: string
    copy: string
    paste: string
    selectAll: string
    resetZoom: string
    zoomIn: string
    zoomOut: string
    togglefullscreen: string
    toggleDevTools: string
    minimize: string
    zoom: string
    close: string
    front: string
    quit: string
    hide: string
    hideOthers: string
    unhide: string
    services: string
  }
  noAccounts: string
}

export const menuLabels: Record<Language, MenuLabels> = {
  'zh-CN': {
    commands: {
      newDraft: '新建草稿',
      switchAccount: '切换账号',
      syncNow: '立即同步',
      settings: '设置…',
      checkForUpdates: '检查更新…',
      openLogsFolder: '打开日志文件夹',
      copyDiagnostics: '复制诊断信息',
      about: '关于 PatentDesk'
    },
    menus: { file: '文件', edit: '编辑', view: '视图', window: '窗口', help: '帮助' },
    roles: {
      undo: '撤销',
      redo: '重做',
      cut: '剪切',
      copy: '复制',
      paste: '粘贴',
      selectAll: '全选',
      resetZoom: '实际大小',
      zoomIn: '放大',
      zoomOut: '缩小',
      togglefullscreen: '切换全屏',
      toggleDevTools: '开发者工具',
      minimize: '最小化',
      zoom: '缩放',
      close: '关闭窗口',
      front: '前置全部窗口',
      quit: '退出 PatentDesk',
      hide: '隐藏 PatentDesk',
      hideOthers: '隐藏其他',
      unhide: '全部显示',
      services: '服务'
    },
    noAccounts: '（没有已登录的账号）'
  },
  'en-US': {
    commands: {
      newDraft: 'New Draft',
      switchAccount: 'Switch Account',
      syncNow: 'Sync Now',
      settings: 'Settings…',
      checkForUpdates: 'Check for Updates…',
      openLogsFolder: 'Open Logs Folder',
      copyDiagnostics: 'Copy Diagnostic Info',
      about: 'About PatentDesk'
    },
    menus: { file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help' },
    roles: {
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      togglefullscreen: 'Toggle Full Screen',
      toggleDevTools: 'Developer Tools',
      minimize: 'Minimize',
      zoom: 'Zoom',
      close: 'Close Window',
      front: 'Bring All to Front',
      quit: 'Quit PatentDesk',
      hide: 'Hide PatentDesk',
      hideOthers: 'Hide Others',
      unhide: 'Show All',
      services: 'Services'
    },
    noAccounts: '(no accounts signed in)'
  }
}
