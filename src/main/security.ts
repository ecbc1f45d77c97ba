import { app, session, shell, type WebContents } from 'electron'

/** Pages the app may open in the user's browser; everything else is refused. */
const externalAllowlist = [/^https:\/\/(www\.)?cnipa\.gov\.cn\//, /^https:\/\/tysf\.cponline\.cnipa\.gov\.cn\//]

export const isAllowedExternal = (url: string): boolean => externalAllowlist.some((pattern) => pattern.test(url))

/** Permissions (camera, notifications, geolocation, …) are denied unless a feature asks for one explicitly. */
export function denyPermissionsByDefault(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** No navigation away from the renderer, no new windows; allowlisted links open in the system browser. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function lockDownAllContents(): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents))
}
