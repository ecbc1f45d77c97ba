import { describe, expect, it } from 'vitest'
import { sniffAttachmentType } from './attachment-type'

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 1, 2, 3])

describe('attachment types by magic bytes', () => {
  it.each([
    ['application/pdf', bytes(...new TextEncoder().encode('%PDF-1.7'))],
    ['image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['image/tiff', bytes(0x49, 0x49, 0x2a, 0x00)],
    ['image/tiff', bytes(0x4d, 0x4d, 0x00, 0x2a)]
  ])('recognises %s', (mime, data) => {
    expect(sniffAttachmentType(data)).toBe(mime)
  })

  it('refuses what only claims to be one: an executable, a GIF, text, a truncated header', () => {
    expect(sniffAttachmentType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull() // MZ: a Windows executable
    expect(sniffAttachmentType(bytes(...new TextEncoder().encode('GIF89a')))).toBeNull()
    expect(sniffAttachmentType(new TextEncoder().encode('just a PDF, trust me'))).toBeNull()
    expect(sniffAttachmentType(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull()
    expect(sniffAttachmentType(new Uint8Array())).toBeNull()
  })
})
