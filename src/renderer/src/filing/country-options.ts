import { getAlpha2Codes } from 'i18n-iso-countries'

/** Offices that receive earlier applications without being a country (WIPO ST.3), named in each language. */
const offices: Record<string, { 'zh-CN': string; 'en-US': string }> = {
  WO: { 'zh-CN': '世界知识产权组织国际局', 'en-US': 'WIPO International Bureau' },
  EP: { 'zh-CN': '欧洲专利局', 'en-US': 'European Patent Office' },
  EM: { 'zh-CN': '欧盟知识产权局', 'en-US': 'EU Intellectual Property Office' },
  EA: { 'zh-CN': '欧亚专利局', 'en-US': 'Eurasian Patent Office' },
  AP: { 'zh-CN': '非洲地区知识产权组织', 'en-US': 'ARIPO' },
  OA: { 'zh-CN': '非洲知识产权组织', 'en-US': 'OAPI' },
  GC: { 'zh-CN': '海湾阿拉伯国家合作委员会专利局', 'en-US': 'GCC Patent Office' }
}

export type CountryOption = { value: string; label: string }

/**
 * Countries and regions (ISO 3166-1) named in the user's language, China first and the rest in that
 * language's order; with `withOffices`, the regional and international offices a priority can come from.
 * A code the list does not know (typed by an older version, say) is kept as an option of its own.
 */
export function countryOptions(language: string, withOffices: boolean, current?: string): CountryOption[] {
  const lang = language === 'en-US' ? 'en-US' : 'zh-CN'
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })
  const label = (code: string, name: string) => (lang === 'zh-CN' ? `${name}（${code}）` : `${name} (${code})`)
  const collator = new Intl.Collator(lang)
  const countries = Object.keys(getAlpha2Codes())
    .filter((code) => code !== 'CN')
    .map((code) => ({ value: code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ value, name }) => ({ value, label: label(value, name) }))
  const officeOptions = withOffices ? Object.entries(offices).map(([value, name]) => ({ value, label: label(value, name[lang]) })) : []
  const options = [{ value: 'CN', label: label('CN', names.of('CN') ?? 'CN') }, ...officeOptions, ...countries]
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current })
  return options
}
