import { completeInvention } from '../filing-data'
import { filingDevice } from '../filing-device'

/**
 * The core of one computer: on its first run it writes a draft and submits it; every run then
 * syncs once and prints its submissions. Run (and killed) by submit-crash.test.ts.
 */
const [url = '', dir = '', draftId = ''] = process.argv.slice(2)
const token = process.env.PATENTDESK_TEST_TOKEN ?? ''
const device = filingDevice(url, () => token, { dir })
if (!device.drafts.get(draftId)) {
  const created = device.drafts.create({ id: draftId, content: completeInvention() })
  if (!created.ok) throw new Error(created.error.message)
  const queued = device.submissions.submit(draftId)
  if (!queued.ok) throw new Error(queued.error.message)
}
process.stdout.write('queued\n')
void device.engine.syncNow().then((result) => {
  process.stdout.write(`${JSON.stringify({ sync: result, submissions: device.submissions.list() })}\n`)
  device.db.close()
})
