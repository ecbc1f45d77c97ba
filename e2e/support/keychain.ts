import { execFileSync } from 'node:child_process'

/** Reads the OS keychain the way a user's tools would (libsecret's secret-tool), not through the app. */
export function keychainEntries(service: string): { account: string; secret: string }[] {
  let output: string
  try {
    output = execFileSync('secret-tool', ['search', '--all', 'service', service], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
  } catch {
    return []
  }
  const entries: { account: string; secret: string }[] = []
  for (const block of output.split(/^\[/m).slice(1)) {
    // secret-tool prints attributes on stderr; keytar's label is `${service}/${account}`.
    const account = /^label = (.*)$/m.exec(block)?.[1]?.slice(service.length + 1)
    const secret = /^secret = (.*)$/m.exec(block)?.[1]
    if (account !== undefined && secret !== undefined) entries.push({ account, secret })
  }
  return entries
}

/** Removes every entry of `service`, as `secret-tool clear` would for a user. */
export function forgetKeychainService(service: string): void {
  try {
    execFileSync('secret-tool', ['clear', 'service', service], { stdio: 'ignore', timeout: 10_000 })
  } catch {
    // Nothing stored under that service.
  }
}
