import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined, WarningOutlined } from '../components/icons'
import { Button, Progress, Space, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

export type SyncView =
  | { state: 'synced' }
  | { state: 'syncing'; done: number; total: number }
  | { state: 'offline' }
  | { state: 'conflict'; count: number }

/** The account's sync state in the header: synced, syncing n/m with a bar, offline, or conflicts to resolve. */
export function SyncBadge({ sync, onSyncNow, onOpenConflicts }: { sync: SyncView; onSyncNow?: () => void; onOpenConflicts?: () => void }) {
  const { t } = useTranslation()
  const body =
    sync.state === 'syncing' ? (
      <Space size={6}>
        <CloudSyncOutlined spin />
        <Typography.Text style={{ fontSize: 12 }}>{t('filing.sync.syncing', { done: sync.done, total: sync.total })}</Typography.Text>
        <Progress percent={sync.total ? Math.round((sync.done / sync.total) * 100) : 0} size={[60, 6]} showInfo={false} />
      </Space>
    ) : sync.state === 'offline' ? (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <DisconnectOutlined /> {t('filing.sync.offline')}
      </Typography.Text>
    ) : sync.state === 'conflict' ? (
      <Button size="small" type="link" danger icon={<WarningOutlined />} onClick={onOpenConflicts}>
        {t('filing.sync.conflict', { count: sync.count })}
      </Button>
    ) : (
      <Typography.Text type="success" style={{ fontSize: 12 }}>
        <CloudOutlined /> {t('filing.sync.synced')}
      </Typography.Text>
    )
  return (
    <span data-testid="sync-state" data-state={sync.state} role="status">
      {onSyncNow && sync.state !== 'syncing' && sync.state !== 'conflict' ? (
        <Tooltip title={t('filing.sync.syncNow')}>
          <span role="button" tabIndex={0} style={{ cursor: 'pointer' }} onClick={onSyncNow} onKeyDown={(e) => e.key === 'Enter' && onSyncNow()}>
            {body}
          </span>
        </Tooltip>
      ) : (
        body
      )}
    </span>
  )
}
