import { App as AntApp, Button, Descriptions, Input, Modal, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import iconUrl from '../../../../resources/icons/128x128.png'
import { api } from '../api'
import { useDesktop } from '../stores/desktop-store'

/** The system as its users name it, not as Node does ("win32", "darwin"). */
const osNames: Readonly<Record<string, string>> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' }

/** About PatentDesk: versions, and the diagnostic text support asks for (no personal data). */
export function AboutModal() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const open = useDesktop((s) => s.aboutOpen)
  const setOpen = useDesktop((s) => s.setAboutOpen)
  const info = useDesktop((s) => s.info)
  const [diagnostics, setDiagnostics] = useState('')

  useEffect(() => {
    if (!open) return
    void api()
      .diagnostics()
      .then((r) => setDiagnostics(r.ok ? r.value.text : ''))
  }, [open])

  async function copy() {
    try {
      await navigator.clipboard.writeText(diagnostics)
      void message.success(t('about.copied'))
    } catch {
      void message.warning(t('about.copyFailed'))
    }
  }

  return (
    <Modal
      open={open}
      title={t('about.title')}
      onCancel={() => setOpen(false)}
      footer={[
        <Button key="copy" onClick={() => void copy()} disabled={!diagnostics}>
          {t('about.copy')}
        </Button>,
        <Button key="close" type="primary" onClick={() => setOpen(false)}>
          {t('about.close')}
        </Button>
      ]}
    >
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', marginBottom: 16 }}>
        <img src={iconUrl} width={64} height={64} alt="" />
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('about.version')} {info?.version ?? '—'}
          </Typography.Text>
        </div>
      </div>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('about.electron')}>{info?.versions.electron ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('about.chrome')}>{info?.versions.chrome ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('about.node')}>{info?.versions.node ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('about.os')}>{info ? (osNames[info.os] ?? info.os) : '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 4 }}>{t('about.diagnostics')}</Typography.Paragraph>
      <Input.TextArea aria-label={t('about.diagnostics')} value={diagnostics} readOnly autoSize={{ minRows: 4, maxRows: 10 }} />
    </Modal>
  )
}
