import { addMonths, isCalendarDate } from '../office-date'
import { blank, pathsWhere, type Rule } from '../rule'

/** Paris Convention priority periods: 12 months for inventions and utility models, 6 for designs. */
export const priorityMonths = { invention: 12, utility_model: 12, design: 6 } as const

export const priorityRules: Rule[] = [
  {
    code: 'priority.country_required',
    severity: 'error',
    message: 'A priority claim names the country of the earlier application',
    find: (d) => pathsWhere(d.priorities, ['priorities'], (p) => !/^[A-Z]{2}$/.test(p.country.trim())).map((p) => [...p, 'country'])
  },
  {
    code: 'priority.number_required',
    severity: 'error',
    message: 'A priority claim gives the number of the earlier application',
    find: (d) => pathsWhere(d.priorities, ['priorities'], (p) => blank(p.number)).map((p) => [...p, 'number'])
  },
  {
    code: 'priority.date_invalid',
    severity: 'error',
    message: 'The priority date is not a real date (YYYY-MM-DD)',
    find: (d) => pathsWhere(d.priorities, ['priorities'], (p) => !isCalendarDate(p.date)).map((p) => [...p, 'date'])
  },
  {
    code: 'priority.date_future',
    severity: 'error',
    message: 'The priority date is in the future',
    find: (d, ctx) =>
      pathsWhere(d.priorities, ['priorities'], (p) => isCalendarDate(p.date) && p.date > ctx.today).map((p) => [...p, 'date'])
  },
  {
    code: 'priority.date_expired',
    severity: 'error',
    message: 'The priority period (12 months; 6 for a design) has run out',
    find: (d, ctx) =>
      pathsWhere(
        d.priorities,
        ['priorities'],
        (p) => isCalendarDate(p.date) && addMonths(p.date, priorityMonths[d.type]) < ctx.today
      ).map((p) => [...p, 'date'])
  }
]
