import { blank, chars, type Rule } from '../rule'

/** The office asks for short titles: up to 25 characters, exceptionally up to 40. */
export const TITLE_ADVISED = 25
export const TITLE_MAX = 40

export const titleRules: Rule[] = [
  {
    code: 'title.required',
    severity: 'error',
    message: 'The application needs a title',
    find: (d) => (blank(d.title) ? [['title']] : [])
  },
  {
    code: 'title.long',
    severity: 'warning',
    message: `Titles should be at most ${TITLE_ADVISED} characters`,
    find: (d) => (chars(d.title) > TITLE_ADVISED && chars(d.title) <= TITLE_MAX ? [['title']] : [])
  },
  {
    code: 'title.too_long',
    severity: 'error',
    message: `A title may not be longer than ${TITLE_MAX} characters`,
    find: (d) => (chars(d.title) > TITLE_MAX ? [['title']] : [])
  }
]
