import { Alert, App as AntApp, Button, Card, Form, Input, Radio, Select, Space, Switch, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { languages, serverAddressSchema, updateChannels, type Settings } from '../../../shared/settings'
import { BackLink } from '../components/BackLink'
import { UpdatePanel } from '../components/UpdateStatus'
import { errorText } from '../i18n/error-text'
import { fieldErrorText } from '../i18n/field-error-text'
import { useDesktop } from '../stores/desktop-store'

type Fields = Omit<Settings, 'platformUrl' | 'updateFeedUrl'> & { platformUrl: string; updateFeedUrl: string }

const languageNames: Record<Settings['language'], string> = { 'zh-CN': '中文（简体）', 'en-US': 'English' }

export function SettingsPage() {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Fields>()
  const settings = useDesktop((s) => s.settings)
  const platformInUse = useDesktop((s) => s.platformInUse)
  const restartNeeded = useDesktop((s) => s.restartNeeded)
  const save = useDesktop((s) => s.save)
  const [busy, setBusy] = useState(false)

  const show = (s: Settings) => form.setFieldsValue({ ...s, platformUrl: s.platformUrl ?? '', updateFeedUrl: s.updateFeedUrl ?? '' })

  // Settings changed elsewhere (the header's language switch) show here, unless the user is editing.
  useEffect(() => {
    if (settings && !form.isFieldsTouched()) show(settings)
  })

  // The same rule main applies: HTTPS except on this computer; empty means "the default".
  const address = {
    validator: async (_rule: unknown, value: string) => {
      if (!value?.trim()) return
      const parsed = serverAddressSchema.safeParse(value)
      if (!parsed.success) throw new Error(fieldErrorText(t, parsed.error.issues[0].message))
    }
  }

  async function submit(values: Fields) {
    setBusy(true)
    const error = await save({
      ...values,
      platformUrl: values.platformUrl.trim() || null,
      updateFeedUrl: values.updateFeedUrl.trim() || null
    })
    setBusy(false)
    if (error) return void message.error(errorText(t, error))
    form.resetFields()
    const saved = useDesktop.getState().settings
    if (saved) show(saved)
    // In the language just chosen.
    void message.success(i18n.t('settings.saved'))
  }

  return (
    <div style={{ maxWidth: 720, margin: '8px auto 24px', padding: '0 24px' }}>
      <BackLink />
      <Typography.Title level={3} style={{ marginTop: 4 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card>
        {settings && (
          <Form<Fields> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
            <Form.Item
              name="platformUrl"
              label={t('settings.platformUrl')}
              extra={
                <>
                  {t('settings.platformUrlHint')}
                  {platformInUse && <div>{t('settings.platformInUse', { url: platformInUse })}</div>}
                </>
              }
              rules={[address]}
            >
              <Input placeholder={platformInUse ?? ''} inputMode="url" autoComplete="off" spellCheck={false} />
            </Form.Item>
            {restartNeeded && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('settings.restartNeeded')} />}
            <Form.Item name="language" label={t('settings.language')}>
              <Radio.Group options={languages.map((l) => ({ value: l, label: languageNames[l] }))} />
            </Form.Item>
            <Form.Item name="notifications" label={t('settings.notifications')} valuePropName="checked" extra={t('settings.notificationsHint')}>
              <Switch />
            </Form.Item>
            <Form.Item name="updateChannel" label={t('settings.updateChannel')}>
              <Select
                style={{ maxWidth: 240 }}
                options={updateChannels.map((c) => ({ value: c, label: t(`settings.channels.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="updateFeedUrl" label={t('settings.updateFeedUrl')} extra={t('settings.updateFeedUrlHint')} rules={[address]}>
              <Input inputMode="url" autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('settings.save')}
              </Button>
            </Space>
          </Form>
        )}
      </Card>
      <Card title={t('settings.updates')} style={{ marginTop: 16 }}>
        <UpdatePanel />
      </Card>
    </div>
  )
}
