import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/** A number the platform assigned, shown large and copyable, with what to do with it. */
export function CopyableCode({ label, code, note, large = false }: { label: string; code: string; note: string; large?: boolean }) {
  const { t } = useTranslation()
  return (
    <div
      role="group"
      aria-label={label}
      style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: '12px 16px', marginBottom: 12, textAlign: 'left' }}
    >
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div>
        <Typography.Text
          strong
          copyable={{ text: code, tooltips: [t('register.done.copy', { what: label }), t('register.done.copied')] }}
          style={{ fontFamily: 'monospace', fontSize: large ? 26 : 18, letterSpacing: 1 }}
        >
          {code}
        </Typography.Text>
      </div>
      <Typography.Text type={large ? 'warning' : 'secondary'} strong={large}>
        {note}
      </Typography.Text>
    </div>
  )
}
