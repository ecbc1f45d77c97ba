import { z } from 'zod'
import { languages, type Language } from './languages'

export { languages, type Language }
export const languageSchema = z.enum(languages)

/** Update channels as electron-builder names their feeds (`latest.yml`, `beta.yml`). */
export const updateChannels = ['latest', 'beta'] as const
export const updateChannelSchema = z.enum(updateChannels)
export type UpdateChannel = z.infer<typeof updateChannelSchema>

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts the app may talk to without TLS. */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/**
 * A server address the app may use: an absolute http(s) URL without credentials, query or
 * fragment; plain http only on this machine, so that sign-in never crosses a network in clear.
 */
export const serverAddressSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(2048, 'too_long')
  .superRefine((value, ctx) => {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'invalid_format' })
      return
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') ctx.addIssue({ code: 'custom', message: 'invalid_format' })
    else if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) ctx.addIssue({ code: 'custom', message: 'https_required' })
    else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'no_credentials' })
    else if (url.search || url.hash) ctx.addIssue({ code: 'custom', message: 'no_query' })
  })
  .transform((value) => new URL(value).href)

export const settingsSchema = z.object({
  /** null: the platform the app was started with (the build's default, or the local one in development). */
  platformUrl: serverAddressSchema.nullable(),
  /** null: the platform's own `/updates/` folder. */
  updateFeedUrl: serverAddressSchema.nullable(),
  language: languageSchema,
  updateChannel: updateChannelSchema,
  notifications: z.boolean()
})
export type Settings = z.output<typeof settingsSchema>

export const defaultSettings: Settings = {
  platformUrl: null,
  updateFeedUrl: null,
  language: 'zh-CN',
  updateChannel: 'latest',
  notifications: true
}

/** The feed electron-updater's generic provider reads: the configured one, else `<platform>/updates/`. */
export function updateFeedUrl(settings: Pick<Settings, 'updateFeedUrl'>, platformUrl: string): string {
  return settings.updateFeedUrl ?? new URL('/updates/', platformUrl).href
}
