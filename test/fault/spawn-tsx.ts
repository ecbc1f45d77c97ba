import { spawn, type ChildProcess } from 'node:child_process'

const live = new Set<ChildProcess>()

/** Kills every child still running (after a test that failed before it could). */
export function killSpawned(): void {
  for (const child of live) child.kill('SIGKILL')
  live.clear()
}

/**
 * Starts a TypeScript file in a child process of its own (node with tsx's loader: one process,
 * so a SIGKILL ends the program itself, not a wrapper), its stdout split into lines for `onLine`.
 */
export function spawnTsx(file: string, args: string[], options: { onLine?: (line: string) => void; env?: NodeJS.ProcessEnv } = {}) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } })
  live.add(child)
  child.on('exit', () => live.delete(child))
  let buffer = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk
    const lines = buffer.split('\n')
    buffer = lines.pop()!
    for (const line of lines) options.onLine?.(line)
  })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal }))
  )
  return { child, exited, stderr: () => stderr, kill: () => child.kill('SIGKILL') }
}
