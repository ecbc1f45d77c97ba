import { closeSync, existsSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

export type Rotation = {
  /** A file reaching this size is set aside before the next line. */
  maxBytes: number
  /** Set-aside files kept: `main.log.1` (newest) … `main.log.<keep>`; older ones are deleted. */
  keep: number
}

export const defaultRotation: Rotation = { maxBytes: 5 * 1024 * 1024, keep: 3 }

/**
 * A pino destination that appends synchronously and rotates by size, so the logs of a long-
 * running app stay bounded (about maxBytes × (keep + 1)). A line is never split across files.
 */
export function createRotatingFile(file: string, rotation: Rotation = defaultRotation) {
  let fd = openSync(file, 'a', 0o600)
  let size = fstatSync(fd).size

  function rotate(): void {
    closeSync(fd)
    rmSync(`${file}.${rotation.keep}`, { force: true })
    for (let i = rotation.keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`)
    }
    if (rotation.keep > 0) renameSync(file, `${file}.1`)
    else rmSync(file, { force: true })
    fd = openSync(file, 'a', 0o600)
    size = 0
  }

  return {
    write(line: string): boolean {
      const bytes = Buffer.byteLength(line)
      if (size > 0 && size + bytes > rotation.maxBytes) rotate()
      writeSync(fd, line)
      size += bytes
      return true
    },
    end(): void {
      closeSync(fd)
    }
  }
}
