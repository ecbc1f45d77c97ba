import { createHash, randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { ATTACHMENT_MAX_BYTES, sniffAttachmentType, type AttachmentMime } from '../../../shared/filing/attachment-type'
import { err, ok, type Result } from '../../../shared/result'

export type StoredAttachment = { sha256: string; size: number; mime: AttachmentMime }

const tooLarge = () => err('TOO_LARGE', `An attachment may be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB`)

/**
 * The account's attachments, stored once each under `dir` by the SHA-256 of their bytes, with
 * the same size limit and type check (magic bytes) as the platform, so a file the platform
 * would refuse is refused here, before the applicant relies on it.
 */
export function createAttachmentStore(db: Database, dir: string, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date())
  const q = {
    // Added again: the file counts as new, so the clean-up leaves it to the draft about to refer to it.
    insert: db.prepare(`INSERT INTO attachments (sha256, size, mime, added_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (sha256) DO UPDATE SET added_at = excluded.added_at`),
    get: db.prepare<[string], StoredAttachment & { uploaded: number }>('SELECT sha256, size, mime, uploaded FROM attachments WHERE sha256 = ?'),
    uploaded: db.prepare('UPDATE attachments SET uploaded = 1 WHERE sha256 = ?'),
    // Every hash any draft or kept version refers to, gathered once (not per attachment).
    unused: db.prepare<[string], { sha256: string }>(`SELECT sha256 FROM attachments WHERE added_at < ? AND sha256 NOT IN (
      SELECT json_extract(j.value, '$.sha256') FROM drafts d, json_each(d.content, '$.attachments') j
      UNION SELECT json_extract(j.value, '$.sha256') FROM draft_versions v, json_each(v.content, '$.attachments') j)`),
    forget: db.prepare('DELETE FROM attachments WHERE sha256 = ?')
  }
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256)

  /** Written to a temporary name, flushed, then renamed: a crash leaves the whole file or none. */
  async function writeOnce(sha256: string, bytes: Uint8Array): Promise<void> {
    const target = pathOf(sha256)
    const existing = await readFile(target).catch(() => undefined)
    if (existing && createHash('sha256').update(existing).digest('hex') === sha256) return
    await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true })
    const temporary = join(dir, sha256.slice(0, 2), `.${randomUUID()}.part`)
    const file = await open(temporary, 'w', 0o600)
    try {
      await file.writeFile(bytes)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temporary, target).catch(async (cause: unknown) => {
      await rm(temporary, { force: true })
      throw cause
    })
  }

  async function add(bytes: Uint8Array): Promise<Result<StoredAttachment & { created: boolean }>> {
    if (bytes.byteLength > ATTACHMENT_MAX_BYTES) return tooLarge()
    const mime = sniffAttachmentType(bytes)
    if (!mime) return err('UNSUPPORTED_TYPE', 'Attachments are PDF, PNG, JPEG or TIFF files')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await writeOnce(sha256, bytes)
    const created = q.get.get(sha256) === undefined
    q.insert.run(sha256, bytes.byteLength, mime, now().toISOString())
    return ok({ sha256, size: bytes.byteLength, mime, created })
  }

  return {
    add,
    /** Adds a file from disk, refusing one over the limit before reading it. */
    async addFile(path: string): Promise<Result<StoredAttachment & { created: boolean }>> {
      const info = await stat(path)
      if (info.size > ATTACHMENT_MAX_BYTES) return tooLarge()
      return add(await readFile(path))
    },
    get: (sha256: string): (StoredAttachment & { uploaded: boolean }) | undefined => {
      const row = q.get.get(sha256)
      return row ? { sha256: row.sha256, size: row.size, mime: row.mime, uploaded: row.uploaded === 1 } : undefined
    },
    /** The bytes, checked against their name: a file changed on disk is not handed on as if it were intact. */
    async read(sha256: string): Promise<Uint8Array | undefined> {
      if (!q.get.get(sha256)) return undefined
      const bytes = await readFile(pathOf(sha256)).catch(() => undefined)
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) return undefined
      return bytes
    },
    markUploaded: (sha256: string) => void q.uploaded.run(sha256),
    /**
     * Removes the files no draft and no kept version refers to any more (their drafts deleted
     * for good), if added before `before`: a file just added may be about to be referred to.
     */
    async forgetUnused(before: Date): Promise<number> {
      const unused = q.unused.all(before.toISOString()).map((r) => r.sha256)
      db.transaction(() => unused.forEach((sha256) => q.forget.run(sha256)))()
      await Promise.all(unused.map((sha256) => rm(pathOf(sha256), { force: true })))
      return unused.length
    },
    held: (sha256s: readonly string[]) => new Set(sha256s.filter((s) => q.get.get(s))),
    pathOf
  }
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>
