import { DeleteOutlined, FileOutlined, UploadOutlined } from '../components/icons'
import { Button, Image, List, Select, Space, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { attachmentKinds, type AttachmentRef } from '../../../shared/filing/draft-content'
import { fieldId } from './checklist-sections'
import { Field } from './field'

type Kind = (typeof attachmentKinds)[number]
type Props = {
  attachments: AttachmentRef[]
  readOnly: boolean
  onAdd: (kind: Kind, file: File) => void
  onRemove: (index: number) => void
  /** A URL the image can be shown from, when the caller has one. */
  previewOf?: (a: AttachmentRef) => string | undefined
}

/** The file's format as people name it ("PNG"), not its media type ("image/png"). */
const formatNames: Readonly<Record<string, string>> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/tiff': 'TIFF' }

/** Sizes as people read them: 1.2 MB, 830 KB. */
export const formatSize = (bytes: number, language: string): string => {
  const units = ['B', 'KB', 'MB', 'GB']
  let n = bytes
  let u = 0
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024
    u += 1
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: u ? 1 : 0 }).format(n)} ${units[u]}`
}

export function AttachmentsSection({ attachments, readOnly, onAdd, onRemove, previewOf }: Props) {
  const { t, i18n } = useTranslation()
  const [kind, setKind] = useState<Kind>('drawing')
  const input = useRef<HTMLInputElement>(null)
  return (
    <div id={fieldId('attachments')} tabIndex={-1}>
      <Field path="attachments" label="" extra={t('filing.editor.attachmentTypes')}>
        {!readOnly && (
          <>
            <Space>
              <Select aria-label={t('filing.editor.attachmentKind')} style={{ width: 160 }} value={kind} onChange={setKind} options={attachmentKinds.map((k) => ({ value: k, label: t(`filing.editor.attachmentKinds.${k}`) }))} />
              <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
                {t('filing.editor.addAttachment')}
              </Button>
            </Space>
            {/* Hidden by style, not by the attribute: antd's `.ant-form input[type=file] { display: block }` outranks `hidden`. */}
            <input
              ref={input}
              type="file"
              style={{ display: 'none' }}
              accept="application/pdf,image/png,image/jpeg,image/tiff"
              data-testid="attachment-input"
              onChange={(e) => {
                const file = e.target.files?.[0]
                if (file) onAdd(kind, file)
                e.target.value = ''
              }}
            />
          </>
        )}
      </Field>
      <List
        dataSource={attachments}
        renderItem={(a, i) => {
          const preview = a.mime.startsWith('image/') && a.mime !== 'image/tiff' ? previewOf?.(a) : undefined
          return (
            <List.Item
              actions={readOnly ? [] : [<Button key="remove" type="text" danger icon={<DeleteOutlined />} aria-label={t('filing.editor.remove')} onClick={() => onRemove(i)} />]}
            >
              <List.Item.Meta
                avatar={preview ? <Image src={preview} width={48} height={48} style={{ objectFit: 'cover' }} alt={a.name} /> : <FileOutlined style={{ fontSize: 32 }} />}
                title={a.name}
                description={
                  <Typography.Text type="secondary">
                    {t(`filing.editor.attachmentKinds.${a.kind}`)} · {formatNames[a.mime] ?? a.mime} · {formatSize(a.size, i18n.language)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )
        }}
      />
    </div>
  )
}
