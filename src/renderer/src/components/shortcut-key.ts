/** The key that starts the app's shortcuts, written as this system's users read it: ⌘ on macOS, Ctrl+ elsewhere. */
export const shortcutKey = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+'
