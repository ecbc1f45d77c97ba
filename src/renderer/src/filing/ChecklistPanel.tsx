import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '../components/icons'
import { Button, Card, List, Space, theme, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ChecklistResult, Finding } from '../../../shared/filing/checklist'
import type { ApplicationType } from '../../../shared/filing/draft-content'
import { sectionOf } from './checklist-sections'
import { ruleText } from './rule-text'
import { CompleteProfileAlert } from './CompleteProfileAlert'

export type SubmitGate =
  /** The account may file: now when online, queued otherwise. */
  | { state: 'open'; online: boolean }
  /** A legacy account before data completion: nothing is filed until it is done. */
  | { state: 'profile_incomplete' }
  /** Already filed or waiting to be: nothing to submit. */
  | { state: 'done' }

type Props = {
  result: ChecklistResult
  type: ApplicationType
  gate: SubmitGate
  submitting?: boolean
  onFocus: (finding: Finding) => void
  /** Marks every finding at its field and goes to the first error. */
  onShowAll?: () => void
  onSubmit: () => void
  onCompleteProfile?: () => void
}

/** Every error and warning of the shared rules, each a link to its field, and the Submit that they hold back. */
export function ChecklistPanel({ result, type, gate, submitting, onFocus, onShowAll, onSubmit, onCompleteProfile }: Props) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const blocked = !result.passes || gate.state !== 'open'
  return (
    <Card
      size="small"
      title={t('filing.checklist.title')}
      data-testid="checklist"
      extra={
        <Space size={4}>
          {result.errors.length > 0 && <Typography.Text type="danger">{t('filing.checklist.errors', { count: result.errors.length })}</Typography.Text>}
          {result.warnings.length > 0 && <Typography.Text type="warning">{t('filing.checklist.warnings', { count: result.warnings.length })}</Typography.Text>}
        </Space>
      }
    >
      {result.findings.length === 0 ? (
        <Typography.Text type="success" data-testid="checklist-clear">
          <CheckCircleOutlined /> {t('filing.checklist.allClear')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={result.findings}
          style={{ maxHeight: 360, overflow: 'auto' }}
          renderItem={(f) => (
            <List.Item style={{ padding: '4px 0' }}>
              <Button
                type="link"
                size="small"
                danger={f.severity === 'error'}
                style={{ whiteSpace: 'normal', textAlign: 'left', height: 'auto', padding: 0 }}
                icon={
                  f.severity === 'error' ? (
                    <CloseCircleOutlined aria-label={t('filing.checklist.severity.error')} />
                  ) : (
                    <WarningOutlined style={{ color: token.colorWarning }} aria-label={t('filing.checklist.severity.warning')} />
                  )
                }
                onClick={() => onFocus(f)}
              >
                <span>
                  {ruleText(t, f.code, type)}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {' '}
                    · {t(`filing.editor.sections.${sectionOf(f.path)}`)}
                  </Typography.Text>
                </span>
              </Button>
            </List.Item>
          )}
        />
      )}
      <div style={{ marginTop: 12 }}>
        {gate.state === 'profile_incomplete' ? (
          <CompleteProfileAlert title={t('filing.checklist.gated')} onCompleteProfile={onCompleteProfile} />
        ) : gate.state === 'open' ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="primary" block disabled={blocked} loading={submitting} onClick={onSubmit} data-testid="submit">
              {t('filing.checklist.submit')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {!result.passes ? t('filing.checklist.blocked') : gate.online ? t('filing.checklist.submitNow') : t('filing.checklist.submitQueued')}
              {!result.passes && onShowAll && (
                <Button type="link" size="small" style={{ fontSize: 12, padding: '0 4px', height: 'auto' }} onClick={onShowAll} data-testid="show-errors">
                  {t('filing.checklist.showInForm')}
                </Button>
              )}
            </Typography.Text>
          </Space>
        ) : null}
      </div>
    </Card>
  )
}
