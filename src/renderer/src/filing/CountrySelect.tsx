import { Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { countryOptions } from './country-options'

type Props = { id?: string; value: string; disabled: boolean; withOffices?: boolean; onChange: (code: string) => void }

/** A country or region chosen by its name in the user's language, or typed by its name or code. */
export function CountrySelect({ id, value, disabled, withOffices = false, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const options = useMemo(() => countryOptions(i18n.language, withOffices, value || undefined), [i18n.language, withOffices, value])
  return (
    <Select
      id={id}
      showSearch
      style={{ width: 220 }}
      value={value || undefined}
      placeholder={t('filing.editor.countryPlaceholder')}
      disabled={disabled}
      options={options}
      optionFilterProp="label"
      popupMatchSelectWidth={280}
      onChange={onChange}
    />
  )
}
