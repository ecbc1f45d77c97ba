import { describe, expect, it } from 'vitest'
import type { Notice } from '../../../shared/filing/filing-api'
import { agendaOf, byUrgency, daysLeft, urgencyOf } from './notice-deadlines'

const notice = (id: string, over: Partial<Notice> = {}): Notice => ({
  id,
  kind: 'correction',
  title: id,
  body: '',
  issuedAt: '2026-03-01T00:00:00.000Z',
  read: false,
  ...over
})

describe('notice deadlines', () => {
  it('counts days left on the calendar, overdue below zero', () => {
    expect(daysLeft('2026-03-10', '2026-03-01')).toBe(9)
    expect(daysLeft('2026-03-01', '2026-03-01')).toBe(0)
    expect(daysLeft('2026-02-27', '2026-03-01')).toBe(-2)
    expect(urgencyOf({ dueDate: '2026-03-05' }, '2026-03-01')).toBe('urgent')
    expect(urgencyOf({ dueDate: '2026-02-27' }, '2026-03-01')).toBe('overdue')
    expect(urgencyOf({}, '2026-03-01')).toBe('none')
  })

  it('puts the nearest deadline first, then notices without one, newest first', () => {
    const sorted = byUrgency([
      notice('no-deadline-old', { issuedAt: '2026-01-01T00:00:00.000Z' }),
      notice('due-later', { dueDate: '2026-05-01' }),
      notice('no-deadline-new', { issuedAt: '2026-02-01T00:00:00.000Z' }),
      notice('overdue', { dueDate: '2026-02-01' })
    ])
    expect(sorted.map((n) => n.id)).toEqual(['overdue', 'due-later', 'no-deadline-new', 'no-deadline-old'])
  })

  it('combines the deadlines of every signed-in account, nearest first, each with its account', () => {
    const agenda = agendaOf(
      [
        { accountId: 'a', accountName: 'ACME', notices: [notice('a1', { dueDate: '2026-03-20' }), notice('a2')] },
        { accountId: 'b', accountName: '张三', notices: [notice('b1', { dueDate: '2026-03-05' }), notice('b2', { dueDate: '2027-01-01' })] }
      ],
      '2026-03-01'
    )
    expect(agenda.map((n) => [n.id, n.accountName])).toEqual([
      ['b1', '张三'],
      ['a1', 'ACME']
    ])
  })
})

describe('formatDay', () => {
  it('writes a due date as that very day in either language, whatever the machine’s time zone', async () => {
    const { formatDay } = await import('./format-day')
    expect(formatDay('2026-03-05', 'zh-CN')).toBe('2026年3月5日')
    expect(formatDay('2026-03-05', 'en-US')).toBe('March 5, 2026')
  })
})
