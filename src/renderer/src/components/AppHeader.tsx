import { InfoCircleOutlined, SettingOutlined } from './icons'
import { Button, Segmented, Space, Tag, Tooltip, Typography } from 'antd'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { languages, setLanguage, type Language } from '../i18n'
import { useDesktop } from '../stores/desktop-store'
import { useSession } from '../stores/session-store'
import { AccountSwitcher } from './AccountSwitcher'

const languageNames: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' }

export function AppHeader() {
  const { t, i18n } = useTranslation()
  const platform = useSession((s) => s.platform)
  const saveSettings = useDesktop((s) => s.save)
  const openAbout = useDesktop((s) => s.setAboutOpen)
  const navigate = useNavigate()
  const setAdding = useSession((s) => s.setAdding)
  // Links that go through the router, so "back" on the page they open returns here; and they
  // leave the "add an account" form, as the switcher's entries do.
  const go = (path: string) => (e: MouseEvent) => {
    e.preventDefault()
    setAdding(false)
    navigate(path)
  }
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '12px 24px' }}>
      <Space>
        {/* The name leads home, as in most desktop and web apps. */}
        <Typography.Link strong href="#/" title={t('app.home')} style={{ fontSize: 16, color: 'inherit' }} onClick={go('/')}>
          {t('app.name')}
        </Typography.Link>
        {platform?.local && (
          <Tag color="orange" title={platform.origin}>
            {t('app.localPlatform')}
          </Tag>
        )}
      </Space>
      <Space size="middle">
        <AccountSwitcher
          onNavigate={(path) => {
            setAdding(false)
            navigate(path)
          }}
        />
        <Segmented<Language>
          aria-label={t('app.language')}
          size="small"
          value={i18n.language as Language}
          onChange={(value) => {
            // Shown at once; stored as a setting, so main's menu follows.
            setLanguage(value)
            void saveSettings({ language: value })
          }}
          options={languages.map((l) => ({ value: l, label: languageNames[l] }))}
        />
        <Tooltip title={t('settings.open')}>
          <Button type="text" size="small" href="#/settings" onClick={go('/settings')} aria-label={t('settings.open')} icon={<SettingOutlined />} />
        </Tooltip>
        <Tooltip title={t('about.open')}>
          <Button type="text" size="small" aria-label={t('about.open')} icon={<InfoCircleOutlined />} onClick={() => openAbout(true)} />
        </Tooltip>
      </Space>
    </div>
  )
}
