import { CustomerServiceOutlined, DownOutlined, HomeOutlined, PlusOutlined, UserOutlined } from './icons'
import { Badge, Button, Dropdown, Space, Typography, type MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { useAccountShortcuts } from '../hooks/use-account-shortcuts'
import { useSession } from '../stores/session-store'
import { useUnread, useUnreadFeed } from '../stores/unread-store'
import { AccountStateTag } from './AccountStateTag'
import { shortcutKey } from './shortcut-key'
import { VisuallyHidden } from './VisuallyHidden'


/**
 * The open accounts with their name, type, state and unread notices; picking one switches at
 * once and signs nobody out. "Add account" signs another in beside them. The button counts the
 * unread notices of every open account, so news for another account is seen without opening it.
 */
export function AccountSwitcher({ onNavigate }: { onNavigate: (path: string) => void }) {
  const { t } = useTranslation()
  const accounts = useSession((s) => s.accounts)
  const current = useSession((s) => s.account)
  const switchTo = useSession((s) => s.switchTo)
  const setAdding = useSession((s) => s.setAdding)
  const unread = useUnread((s) => s.counts)
  useAccountShortcuts()
  useUnreadFeed(accounts.map((a) => `${a.id}:${a.state}:${a.status}`).join(','))
  if (!current) return null
  const unreadOf = (id: string) => unread[id] ?? 0
  const total = accounts.reduce((sum, a) => sum + unreadOf(a.id), 0)

  const items: MenuProps['items'] = [
    ...accounts.map((a, i) => ({
      key: a.id,
      label: (
        <Space size="small" data-account={a.loginName}>
          <Typography.Text strong={a.id === current.id}>{a.displayName}</Typography.Text>
          <Typography.Text type="secondary">{t(`home.types.${a.type}`)}</Typography.Text>
          <AccountStateTag state={a.state} />
          {unreadOf(a.id) > 0 && (
            <Badge count={unreadOf(a.id)} size="small" title={t('filing.notices.unread', { count: unreadOf(a.id) })} data-testid="switcher-unread" />
          )}
          {i < 9 && <Typography.Text type="secondary" keyboard>{`${shortcutKey}${i + 1}`}</Typography.Text>}
        </Space>
      ),
      onClick: () => void switchTo(a.id)
    })),
    { type: 'divider' as const },
    { key: '__home', icon: <HomeOutlined />, label: t('home.title'), onClick: () => onNavigate('/') },
    { key: '__centre', icon: <UserOutlined />, label: t('accounts.centre'), onClick: () => onNavigate('/account') },
    { key: '__support', icon: <CustomerServiceOutlined />, label: t('support.menu'), onClick: () => onNavigate('/support') },
    { key: '__add', icon: <PlusOutlined />, label: t('accounts.add'), onClick: () => setAdding(true) }
  ]

  return (
    <Dropdown menu={{ items, selectedKeys: [current.id] }} trigger={['click']}>
      {/* Named by what it shows (the account, its state), then what it does. */}
      <Button>
        <Space size="small">
          <span>{current.displayName}</span>
          <AccountStateTag state={current.state} />
          {total > 0 && <Badge count={total} size="small" title={t('filing.notices.unreadAll', { count: total })} data-testid="switcher-unread-total" />}
          <DownOutlined />
        </Space>
        <VisuallyHidden>{t('accounts.switcher')}</VisuallyHidden>
      </Button>
    </Dropdown>
  )
}
