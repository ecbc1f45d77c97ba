import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const files = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path]

/** Signed access tokens (JWS) all start like this, whatever they carry. */
const jwtPattern = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/

/** Every place under `paths` where one of `secrets`, or anything shaped like an access token, is written. */
export function findSecrets(paths: string[], secrets: string[]): string[] {
  const hits: string[] = []
  for (const file of paths.flatMap(files)) {
    const text = readFileSync(file).toString('latin1')
    const utf8 = readFileSync(file).toString('utf8')
    for (const secret of secrets) {
      if (text.includes(secret) || utf8.includes(secret)) hits.push(`${file}: contains a secret (${secret.slice(0, 3)}…)`)
    }
    if (jwtPattern.test(text)) hits.push(`${file}: contains an access token`)
  }
  return hits
}
