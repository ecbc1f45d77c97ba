// js-yaml 4 (installed with electron-updater, which reads the same feed files with it) ships no types.
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string; json?: boolean }): unknown
}
