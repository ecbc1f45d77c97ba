/** Contacts are only ever shown masked: `138****1234`, `z***@example.com`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+?86/, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '***'
  return `${email[0]}***${email.slice(at)}`
}
