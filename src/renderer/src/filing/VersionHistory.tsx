import { Button, Drawer, List, Popconfirm, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../i18n/format-date'
import { versionSizes, type VersionSummary } from './version-sizes'

type Props = {
  /** The kept versions, newest first; none while the drawer is closed. */
  versions: VersionSummary[] | null
  current: number
  readOnly: boolean
  onRestore: (version: number) => void
  onClose: () => void
}

/**
 * The kept versions, each with its time, title and the size of its parts (and what changed since
 * the one before). Restoring asks first: it replaces the text in the editor, though the current
 * text stays in the history.
 */
export function VersionHistory({ versions, current, readOnly, onRestore, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const list = versions ?? []
  return (
    <Drawer open={!!versions} title={t('filing.versions.title')} onClose={onClose} size={420}>
      <List
        dataSource={list}
        renderItem={(v, i) => (
          <List.Item
            data-testid="version"
            actions={
              readOnly || v.version === current
                ? []
                : [
                    <Popconfirm
                      key="restore"
                      title={t('filing.versions.confirm', { n: v.version })}
                      description={t('filing.versions.confirmDetail')}
                      okText={t('filing.versions.restore')}
                      cancelText={t('filing.cancel')}
                      onConfirm={() => onRestore(v.version)}
                    >
                      <Button size="small">{t('filing.versions.restore')}</Button>
                    </Popconfirm>
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space size={6}>
                  {t('filing.versions.version', { n: v.version })}
                  {v.version === current && <Tag color="blue">{t('filing.versions.current')}</Tag>}
                </Space>
              }
              description={
                <>
                  <div>
                    {v.title || t('filing.list.untitled')} · {formatDate(v.savedAt, i18n.language)} {new Date(v.savedAt).toLocaleTimeString(i18n.language)}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="version-sizes">
                    {versionSizes(v, list[i + 1]).map((p, j) => (
                      <span key={p.part}>
                        {j > 0 && ' · '}
                        {t(`filing.versions.sizes.${p.part}`, { count: p.size })}
                        {p.change !== 0 && (
                          <Typography.Text type={p.change > 0 ? 'success' : 'danger'} style={{ fontSize: 12 }}>
                            {` (${p.change > 0 ? '+' : '−'}${Math.abs(p.change)})`}
                          </Typography.Text>
                        )}
                      </span>
                    ))}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  )
}
