/**
 * One page of a change feed read with one row more than the page holds: the extra row only
 * tells that more follow. The cursor is the last row's sequence number (or the one asked from,
 * on an empty page), and the rows go out without it.
 */
export function cursorPage<T extends { seq: number }>(rows: T[], pageSize: number, after: number) {
  const page = rows.slice(0, pageSize)
  return {
    items: page.map(({ seq: _seq, ...row }) => row),
    cursor: String(page.at(-1)?.seq ?? after),
    hasMore: rows.length > pageSize
  }
}
