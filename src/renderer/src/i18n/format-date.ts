/** A date as the user's language writes it (2026年3月1日 / March 1, 2026). */
export const formatDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso))
