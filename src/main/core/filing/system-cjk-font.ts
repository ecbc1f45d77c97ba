import { readFile, stat } from 'node:fs/promises'
import { win32 } from 'node:path'
import { usableCjkFont } from './cjk-fontkit'

/** Names a font file to print Chinese with, ahead of the system's own. */
export const CJK_FONT_ENV = 'PATENTDESK_CJK_FONT'

/**
 * Where each system keeps a font that draws Chinese, best first. The app ships no CJK font (one
 * is 5–20 MB); every desktop a Chinese applicant uses has one of these. Noto Sans CJK, the usual
 * Linux one, has CFF outlines, which the font engine cannot subset yet: it is listed last and
 * passed over by `usableCjkFont`, so a machine with only it prints the receipt without Chinese.
 */
export function cjkFontCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  const chosen = env[CJK_FONT_ENV]?.trim()
  const own = chosen ? [chosen] : []
  if (platform === 'win32') {
    const fonts = win32.join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts')
    return [...own, ...['msyh.ttc', 'msyh.ttf', 'simhei.ttf', 'simsun.ttc', 'Deng.ttf'].map((f) => win32.join(fonts, f))]
  }
  if (platform === 'darwin') {
    return [
      ...own,
      '/System/Library/Fonts/PingFang.ttc',
      '/System/Library/Fonts/STHeiti Light.ttc',
      '/System/Library/Fonts/STHeiti Medium.ttc',
      '/System/Library/Fonts/Supplemental/Songti.ttc',
      '/System/Library/Fonts/Supplemental/Arial Unicode.ttf',
      '/Library/Fonts/Arial Unicode.ttf'
    ]
  }
  return [
    ...own,
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
    '/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc',
    '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
    '/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf',
    '/usr/share/fonts/truetype/arphic/uming.ttc',
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc'
  ]
}

export type CjkFont = { path: string; bytes: Uint8Array }

/** Larger than any font a system ships for Chinese (those are 5–50 MB): not read. */
export const CJK_FONT_MAX_BYTES = 64 * 1024 * 1024

let lastFound: { path: string; mtimeMs: number; size: number; bytes: Uint8Array } | null = null

/**
 * A regular file of a sane size, read once while it stays the same (the receipt looks the font
 * up at each export). A pipe, a device or a huge file named by the variable is refused.
 */
async function readFontFile(path: string): Promise<Uint8Array> {
  const info = await stat(path)
  if (!info.isFile()) throw new Error(`${path} is not a regular file`)
  if (info.size > CJK_FONT_MAX_BYTES) throw new Error(`${path} is too large for a font`)
  if (lastFound?.path === path && lastFound.mtimeMs === info.mtimeMs && lastFound.size === info.size) return lastFound.bytes
  const bytes = await readFile(path)
  lastFound = { path, mtimeMs: info.mtimeMs, size: info.size, bytes }
  return bytes
}

/**
 * The first candidate that exists and can print a Chinese receipt, or null: then the receipt
 * prints Latin script only and says where the Chinese text is kept.
 */
export async function findCjkFont(
  options: {
    platform?: NodeJS.Platform
    env?: Readonly<Record<string, string | undefined>>
    readFile?: (path: string) => Promise<Uint8Array>
  } = {}
): Promise<CjkFont | null> {
  const read = options.readFile ?? readFontFile
  for (const path of cjkFontCandidates(options.platform ?? process.platform, options.env ?? process.env)) {
    let bytes: Uint8Array
    try {
      bytes = await read(path)
    } catch {
      continue // not on this machine, or not readable
    }
    if (usableCjkFont(bytes)) return { path, bytes }
  }
  return null
}
