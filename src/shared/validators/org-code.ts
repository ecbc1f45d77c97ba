/** GB 11714 organization code check character over its first 8 characters (0-9, A-Z). */
const weights = [3, 7, 9, 10, 5, 8, 4, 2]

export function orgCodeCheckChar(first8: string): string | null {
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!
    const v = /\d/.test(c) ? Number(c) : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : NaN
    if (Number.isNaN(v)) return null
    sum += v * weights[i]!
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}
