import { Alert, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { DraftContent } from '../../../shared/filing/draft-content'

type Props = {
  mine: DraftContent
  theirs: DraftContent
  busy?: boolean
  onKeep: (choice: 'mine' | 'theirs' | 'both') => void
}

/** An empty field says so, rather than leaving a blank cell that looks like a fault. */
const none = <Typography.Text type="secondary">—</Typography.Text>

function Side({ title, content, other }: { title: string; content: DraftContent; other: DraftContent }) {
  const { t } = useTranslation()
  // A field that differs from the other side is marked, so the eye finds the difference.
  const mark = (a: unknown, b: unknown) => (JSON.stringify(a) === JSON.stringify(b) ? undefined : { background: '#fffbe6' })
  return (
    <Card title={title} size="small">
      {/* One label width on both sides, so the same field sits at the same height and place. */}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 128, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('filing.editor.title')} contentStyle={mark(content.title, other.title)}>
          {content.title || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('filing.editor.applicants')} contentStyle={mark(content.applicants, other.applicants)}>
          {content.applicants.map((a) => a.name).join('、') || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('filing.editor.inventors')} contentStyle={mark(content.inventors, other.inventors)}>
          {content.inventors.map((a) => a.name).join('、') || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('filing.editor.claims')} contentStyle={mark(content.claims, other.claims)}>
          {content.claims.length ? (
            <ol style={{ margin: 0, paddingLeft: 18 }}>
              {content.claims.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ol>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('filing.editor.description')} contentStyle={mark(content.description, other.description)}>
          <Typography.Paragraph ellipsis={{ rows: 6, expandable: true }} style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {content.description || none}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('filing.editor.abstract')} contentStyle={mark(content.abstract, other.abstract)}>
          {content.abstract || none}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  )
}

/** The two versions of a draft side by side, differences marked; the user keeps one or both. */
export function ConflictView({ mine, theirs, busy, onKeep }: Props) {
  const { t } = useTranslation()
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="conflict-view">
      <Alert type="warning" showIcon title={t('filing.conflicts.explain')} />
      <Row gutter={16}>
        <Col span={12}>
          <Side title={t('filing.conflicts.mine')} content={mine} other={theirs} />
        </Col>
        <Col span={12}>
          <Side title={t('filing.conflicts.theirs')} content={theirs} other={mine} />
        </Col>
      </Row>
      <Space>
        <Button loading={busy} onClick={() => onKeep('mine')}>
          {t('filing.conflicts.keepMine')}
        </Button>
        <Button loading={busy} onClick={() => onKeep('theirs')}>
          {t('filing.conflicts.keepTheirs')}
        </Button>
        <Button type="primary" loading={busy} onClick={() => onKeep('both')}>
          {t('filing.conflicts.keepBoth')}
        </Button>
      </Space>
    </Space>
  )
}
