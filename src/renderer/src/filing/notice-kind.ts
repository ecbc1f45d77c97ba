/**
 * Whether a notice's kind adds anything beside its title: a Chinese title such as "缴费通知书"
 * already names it, and the tag "缴费通知书" after it only repeats it. In English the tag
 * ("Fee notice") translates the Chinese title, so it stays.
 */
export function kindWorthShowing(title: string, kindName: string): boolean {
  const name = kindName.trim().toLocaleLowerCase()
  return name === '' || !title.trim().toLocaleLowerCase().startsWith(name)
}
