import type { SyncEvent } from '../filing/sync-events'
import type { Notifier } from './notifier'

/**
 * What of an account's sync the desktop shows: new unread notices and a filed submission as
 * notifications, the unread count on the badge. The sync engine's `onEvent` is this function
 * for its account; `applicationNumber` reads the number a filed draft was given.
 */
export function notifyFromSync(
  notifier: Notifier,
  accountId: string,
  applicationNumber: (submissionId: string) => string | null
) {
  return (event: SyncEvent): void => {
    if (event.type === 'notices') {
      notifier.newNotices(accountId, event.added.filter((n) => !n.read))
      notifier.unread(accountId, event.unread)
    } else if (event.type === 'submission' && event.state === 'filed') {
      const number = applicationNumber(event.submissionId)
      if (number) notifier.filed(accountId, { draftId: event.draftId, applicationNumber: number })
    } else if (event.type === 'status' && event.status.state === 'signed_out') {
      notifier.forget(accountId)
    }
  }
}
