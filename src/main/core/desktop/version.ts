/** A semantic version as electron-builder writes it in a feed (`1.4.0`, `1.5.0-beta.2`). */
type Version = { core: [number, number, number]; pre: string[] }

const pattern = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/

export function parseVersion(text: string): Version | null {
  const m = pattern.exec(text)
  if (!m) return null
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split('.') : [] }
}

const isNumeric = (s: string) => /^\d+$/.test(s)

/** Semver precedence: negative when a < b. Both must parse (check with parseVersion first). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a)
  const y = parseVersion(b)
  if (!x || !y) throw new Error(`Not a version: ${x ? b : a}`)
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i]
  // A release outranks its own pre-releases.
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i]
    const q = y.pre[i]
    if (p === undefined) return -1
    if (q === undefined) return 1
    if (p === q) continue
    if (isNumeric(p) && isNumeric(q)) return Number(p) - Number(q)
    if (isNumeric(p) !== isNumeric(q)) return isNumeric(p) ? -1 : 1
    return p < q ? -1 : 1
  }
  return 0
}
