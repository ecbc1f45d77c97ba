import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { forgetKeychainService } from './keychain'

export const root = resolve(__dirname, '../..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

export type Started = { url: string; process: ChildProcess; logFile: string; stop(): Promise<void> }

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `patentdesk-${prefix}-`))

/** Starts a tsx script, tees its output to a log file, and resolves with the first URL matching `pattern`. */
function startScript(script: string, args: string[], logFile: string, pattern: RegExp, env: NodeJS.ProcessEnv = {}) {
  return new Promise<Started>((resolvePromise, reject) => {
    const child = spawn(tsx, [join(root, script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const log = createWriteStream(logFile, { flags: 'a' })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      log.write(chunk)
      output += chunk.toString()
      const match = pattern.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolvePromise({
          url: match[1],
          process: child,
          logFile,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done()
              child.once('exit', () => log.end(done))
              child.kill('SIGTERM')
            })
        })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${script} exited with ${code}:\n${output}`))
    })
  })
}

/**
 * `port` 0 picks a free one; a platform restarted on its old port comes back at the same URL.
 * A new platform may get the port of one an earlier spec stopped: the sign-ins that one left in the
 * keychain (its clients were stopped, not signed out) belong to another platform and are forgotten.
 */
export async function startPlatform(dataDir: string, logFile: string, env: NodeJS.ProcessEnv = {}, port = 0): Promise<Started> {
  const started = await startScript('server/main.ts', ['--port', String(port), '--data', dataDir], logFile, /listening on (http:\/\/\S+)/, env)
  if (port === 0) forgetKeychainService(`PatentDesk ${new URL(started.url).origin}`)
  return started
}

export const startHost = (platformUrl: string, dataDir: string, logFile: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  startScript('host/main.ts', ['--platform', platformUrl, '--data', dataDir, ...args], logFile, /open (http:\/\/\S+)/, env)

export function runAdmin(args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tsx, [join(root, 'server/admin.ts'), ...args], { cwd: root })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.once('exit', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(output))))
  })
}
