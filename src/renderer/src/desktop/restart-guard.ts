/**
 * Before main restarts into an update it asks whether every draft is saved. Whatever holds
 * unsaved work (a draft editor) registers a flush here; the answer is "saved" only when every
 * flush succeeds.
 */
type Flush = () => Promise<boolean>
const flushes = new Set<Flush>()

export function onBeforeRestart(flush: Flush): () => void {
  flushes.add(flush)
  return () => flushes.delete(flush)
}

export async function saveEverythingBeforeRestart(): Promise<boolean> {
  const results = await Promise.all([...flushes].map((flush) => flush().catch(() => false)))
  return results.every(Boolean)
}
