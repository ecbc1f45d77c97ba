import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { cjkFontCandidates, findCjkFont } from './system-cjk-font'

const MICROHEI = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
const ZENHEI = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })

describe('the system’s Chinese font', () => {
  it('looks where each system keeps one, after the file the user named', () => {
    const windows = cjkFontCandidates('win32', { WINDIR: 'D:\\Windows', PATENTDESK_CJK_FONT: 'E:\\fonts\\kai.ttf' })
    expect(windows.slice(0, 3)).toEqual(['E:\\fonts\\kai.ttf', 'D:\\Windows\\Fonts\\msyh.ttc', 'D:\\Windows\\Fonts\\msyh.ttf'])
    expect(windows).toContain('D:\\Windows\\Fonts\\simsun.ttc')
    expect(cjkFontCandidates('win32', {})[0]).toBe('C:\\Windows\\Fonts\\msyh.ttc')
    expect(cjkFontCandidates('darwin', {})[0]).toBe('/System/Library/Fonts/PingFang.ttc')
    expect(cjkFontCandidates('darwin', {})).toContain('/Library/Fonts/Arial Unicode.ttf')
    expect(cjkFontCandidates('linux', { PATENTDESK_CJK_FONT: '  ' })[0]).toBe(MICROHEI)
  })

  it('takes the first candidate that is there and draws Chinese, passing over missing files and non-fonts', async () => {
    const real = await readFile(MICROHEI)
    const tried: string[] = []
    const found = await findCjkFont({
      platform: 'linux',
      env: { PATENTDESK_CJK_FONT: '/home/me/fonts/gone.ttf' },
      readFile: async (path) => {
        tried.push(path)
        if (path === MICROHEI) return new TextEncoder().encode('not a font at all')
        if (path === ZENHEI) return real
        throw missing(path)
      }
    })
    expect(found?.path).toBe(ZENHEI)
    expect(tried).toEqual(['/home/me/fonts/gone.ttf', MICROHEI, ZENHEI])
  })

  it('finds none where no candidate is usable, so the receipt prints Latin script only', async () => {
    const found = await findCjkFont({
      platform: 'darwin',
      env: {},
      readFile: async (path) => {
        throw missing(path)
      }
    })
    expect(found).toBeNull()
  })

  it('finds the font this Linux machine has (fonts-wqy-microhei)', async () => {
    const found = await findCjkFont({ platform: 'linux', env: {} })
    expect(found?.path).toBe(MICROHEI)
  })
})

describe('the font named by PATENTDESK_CJK_FONT', () => {
  it('is passed over, without hanging or filling memory, when it is a device or a pipe', async () => {
    const found = await findCjkFont({ platform: 'darwin', env: { PATENTDESK_CJK_FONT: '/dev/zero' } })
    expect(found?.path).not.toBe('/dev/zero')
  })
})
