/**
 * A calendar day (YYYY-MM-DD, the office's date) as the user's language writes it. Formatted in
 * UTC on purpose: the day is a date, not an instant, and must not shift with the machine's zone.
 */
export const formatDay = (day: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
