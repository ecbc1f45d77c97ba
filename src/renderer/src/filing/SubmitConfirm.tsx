import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SubmitSummary } from './submit-summary'
import { titleLabelKey } from './rule-text'

/** The body of the confirmation before a submission: what goes out, and whether it is filed now or queued. */
export function SubmitConfirm({ summary: s }: { summary: SubmitSummary }) {
  const { t, i18n } = useTranslation()
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction', style: 'narrow' })
  return (
    <div data-testid="submit-summary">
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('filing.confirmSubmit.type')}>{t(`filing.types.${s.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t(titleLabelKey(s.type))}>{s.title}</Descriptions.Item>
        <Descriptions.Item label={t('filing.editor.applicants')}>{names.format(s.applicants)}</Descriptions.Item>
        {s.claims !== null && <Descriptions.Item label={t('filing.editor.sections.claims')}>{t('filing.confirmSubmit.claims', { count: s.claims })}</Descriptions.Item>}
        <Descriptions.Item label={t('filing.editor.sections.attachments')}>{t('filing.confirmSubmit.attachments', { count: s.attachments })}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph strong style={{ marginTop: 8, marginBottom: 0 }}>
        {s.outcome === 'file_now' ? t('filing.checklist.submitNow') : t('filing.checklist.submitQueued')}
      </Typography.Paragraph>
    </div>
  )
}
