import { z } from 'zod'

/**
 * The app's own commands, as the application menu offers them. Main runs some itself
 * (updates, logs, diagnostics); the others go to the renderer as a `menuCommand` event.
 */
export const appCommands = [
  'newDraft',
  'switchAccount',
  'syncNow',
  'settings',
  'checkForUpdates',
  'openLogsFolder',
  'copyDiagnostics',
  'about'
] as const
export const appCommandSchema = z.enum(appCommands)
export type AppCommand = z.infer<typeof appCommandSchema>

/** Commands the renderer carries out; the rest never leave main. */
export const rendererCommands = ['newDraft', 'switchAccount', 'syncNow', 'settings', 'about'] as const satisfies readonly AppCommand[]
export const rendererCommandSchema = z.enum(rendererCommands)
export type RendererCommand = z.infer<typeof rendererCommandSchema>
