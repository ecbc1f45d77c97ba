import { createDraftStore } from '../../src/main/core/filing/draft-store'
import { openAccountFile } from '../filing-device'

/**
 * Autosaves one draft as fast as it can, printing each version number once its transaction has
 * committed, until it is killed. Run by autosave-kill.test.ts.
 */
const [file = '', id = ''] = process.argv.slice(2)
const db = openAccountFile(file)
const drafts = createDraftStore(db)
if (!drafts.get(id)) drafts.create({ id, content: { type: 'invention', title: 'v1' } })
const body = '说明书正文，自动保存。'.repeat(5_000)
// Never outlives a test that forgot it.
const deadline = Date.now() + 60_000
for (let n = drafts.get(id)!.version + 1; Date.now() < deadline; n++) {
  const saved = drafts.update(id, { patch: { title: `v${n}`, description: `${n}\n${body}` } })
  if (!saved.ok) throw new Error(saved.error.message)
  process.stdout.write(`${saved.value.version}\n`)
}
