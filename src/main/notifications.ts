import { app, Notification } from 'electron'
import type { AppNotification } from '../shared/ipc-contract'

/** A notice or a filing as an OS notification; a click brings the window forward and opens what it names. */
export function showNativeNotification(notification: AppNotification, onClick: () => void): void {
  if (!Notification.isSupported()) return
  const shown = new Notification({ title: notification.title, body: notification.body })
  shown.on('click', onClick)
  shown.show()
}

/**
 * The unread count on the dock (macOS) or launcher (Linux, Unity); Windows has no count
 * badge for a taskbar button, so it shows none.
 */
export function setUnreadBadge(total: number): void {
  if (process.platform === 'win32') return
  app.setBadgeCount(total)
}
