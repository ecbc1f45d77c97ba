import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AccountState } from '../../../shared/ipc-contract'

const colours: Record<AccountState, string> = { online: 'green', offline: 'orange', ended: 'red' }

/** "Signed in", "Offline" or "Session ended", in words and colour. */
export function AccountStateTag({ state }: { state: AccountState }) {
  const { t } = useTranslation()
  return (
    <Tag color={colours[state]} style={{ marginInlineEnd: 0 }}>
      {t(`accounts.states.${state}`)}
    </Tag>
  )
}
