import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The installers' one configuration (package.json "build"), checked the way electron-builder
 * checks it before building, plus what the updater and the OS integration rely on.
 */
const root = resolve(__dirname, '..')
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document read whole
type Json = any
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build: Json; scripts: Record<string, string> }
const build = pkg.build

describe('installer configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    // @ts-expect-error app-builder-lib ships no types for this internal module
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration: (config: unknown, log: { isEnabled: boolean }) => Promise<void>
    }
    await expect(validateConfiguration(build, { isEnabled: false })).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...build, linux: { ...build.linux, targte: ['deb'] } }, { isEnabled: false })).rejects.toThrow()
  })

  it('builds NSIS, dmg + zip (the mac updater reads the zip) and AppImage + deb', () => {
    expect(build.win.target).toEqual(['nsis'])
    expect(build.mac.target).toEqual(['dmg', 'zip'])
    expect(build.linux.target).toEqual(['AppImage', 'deb'])
    expect(pkg.scripts['package:win']).toContain('--win')
    expect(pkg.scripts['package:mac']).toContain('--mac')
    expect(pkg.scripts['package:linux']).toContain('--linux')
  })

  it('has its icons in resources/', () => {
    for (const file of [build.win.icon, build.mac.icon, 'resources/icon.png']) expect(existsSync(join(root, file)), file).toBe(true)
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(root, build.linux.icon, `${size}x${size}.png`))).toBe(true)
    const ico = readFileSync(join(root, build.win.icon))
    expect(ico.readUInt16LE(2)).toBe(1) // an icon resource
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5) // several sizes
    expect(readFileSync(join(root, build.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns')
  })

  it('registers patentdesk:// links, unpacks native modules, and publishes a generic feed', () => {
    expect(build.protocols).toEqual([{ name: 'PatentDesk link', schemes: ['patentdesk'] }])
    expect(build.asarUnpack).toContain('**/*.node')
    expect(build.publish).toEqual([expect.objectContaining({ provider: 'generic' })])
    expect(String(build.publish[0].url)).toMatch(/^https:\/\/.+\/updates\/$/)
    expect(build.linux.desktop.entry['Name[zh_CN]']).toContain('专利')
    expect(build.productName).toBe('PatentDesk')
  })

  it('keeps signing material out of the repository', () => {
    const text = JSON.stringify(build)
    for (const key of ['cscLink', 'cscKeyPassword', 'certificatePassword', 'certificateFile', 'appleIdPassword']) expect(text).not.toContain(key)
  })
})
