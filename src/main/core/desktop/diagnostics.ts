export type DiagnosticFacts = {
  appVersion: string
  versions: { electron: string | null; chrome: string | null; node: string }
  os: string
  osRelease: string
  arch: string
  locale: string
  packaged: boolean
  platformUrl: string
  updateChannel: string
  accountCount: number
}

/** The platform's origin only: an address may carry a path or credentials someone typed into it. */
function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return '(unreadable)'
  }
}

/**
 * What support needs to place a report — versions, system, which platform, how many accounts —
 * and nothing that names a person: no login names, contacts, ids, paths or tokens.
 */
export function diagnosticText(facts: DiagnosticFacts): string {
  const lines: [string, string][] = [
    ['PatentDesk', `${facts.appVersion}${facts.packaged ? '' : ' (development)'}`],
    ['Electron', facts.versions.electron ?? '-'],
    ['Chromium', facts.versions.chrome ?? '-'],
    ['Node.js', facts.versions.node],
    ['System', `${facts.os} ${facts.osRelease} ${facts.arch}`],
    ['Locale', facts.locale],
    ['Platform', originOf(facts.platformUrl)],
    ['Update channel', facts.updateChannel],
    ['Accounts on this computer', String(facts.accountCount)]
  ]
  return lines.map(([k, v]) => `${k}: ${v}`).join('\n')
}
