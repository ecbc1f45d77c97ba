import { Segmented, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { languages, setLanguage, type Language } from '../i18n'
import { useSession } from '../stores/session-store'
import { AccountSwitcher } from './AccountSwitcher'

const languageNames: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' }

export function AppHeader() {
  const { t, i18n } = useTranslation()
  const platform = useSession((s) => s.platform)
  const navigate = useNavigate()
  const setAdding = useSession((s) => s.setAdding)
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '12px 24px' }}>
      <Space>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
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
          onChange={(value) => setLanguage(value)}
          options={languages.map((l) => ({ value: l, label: languageNames[l] }))}
        />
      </Space>
    </div>
  )
}
