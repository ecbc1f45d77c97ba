import { err, ok, type Result } from '../../../shared/result'
import { tupleOrigin } from '../ipc/trusted-sender'
import { checkPlatformUrl } from '../platform/platform-client'
import { APP_ENTRY_URL, APP_ORIGIN } from './renderer-protocol'

/**
 * The office's platform, which a packaged app talks to unless its settings name another.
 * A placeholder until the production address is settled; settings will carry the real one.
 */
export const DEFAULT_PLATFORM_URL = 'https://platform.patentdesk.example'

export type AppSettings = { platformUrl: string }
export const defaultAppSettings: AppSettings = { platformUrl: DEFAULT_PLATFORM_URL }

export type StartupConfig = {
  /** What the window loads. */
  rendererUrl: string
  /** The only origins IPC accepts calls from. */
  trustedOrigins: string[]
  /** `embedded`: the local test platform with its development outbox, for a checkout only. */
  platform: { kind: 'embedded' } | { kind: 'remote'; url: string }
  /** Instead of Electron's user data folder, or null for the default. */
  userDataDir: string | null
}

/**
 * How the app starts. The environment (`ELECTRON_RENDERER_URL`, `PATENTDESK_PLATFORM_URL`,
 * `PATENTDESK_USER_DATA`) steers a development checkout only: in a packaged app anyone who can
 * set a variable could otherwise point it at their own renderer, platform or data folder.
 */
export function startupConfig(input: {
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
  settings: AppSettings
}): Result<StartupConfig> {
  if (input.isPackaged) {
    const platform = checkPlatformUrl(input.settings.platformUrl)
    if (!platform.ok) return platform
    return ok({
      rendererUrl: APP_ENTRY_URL,
      trustedOrigins: [APP_ORIGIN],
      platform: { kind: 'remote', url: platform.value.href },
      userDataDir: null
    })
  }

  const { ELECTRON_RENDERER_URL: devServer, PATENTDESK_PLATFORM_URL: platformUrl, PATENTDESK_USER_DATA: userData } = input.env
  const trustedOrigins = [APP_ORIGIN]
  if (devServer) {
    const origin = tupleOrigin(devServer)
    if (!origin?.startsWith('http')) {
      return err('VALIDATION', 'ELECTRON_RENDERER_URL must be an http(s) URL', { fields: { ELECTRON_RENDERER_URL: 'not an http(s) URL' } })
    }
    trustedOrigins.push(origin)
  }
  let platform: StartupConfig['platform'] = { kind: 'embedded' }
  if (platformUrl) {
    const checked = checkPlatformUrl(platformUrl)
    if (!checked.ok) return checked
    platform = { kind: 'remote', url: checked.value.href }
  }
  return ok({ rendererUrl: devServer || APP_ENTRY_URL, trustedOrigins, platform, userDataDir: userData || null })
}
