/**
 * The file types a filing may carry, recognised by their first bytes rather than by name or
 * declared type, so a renamed executable is refused the same way on both sides of the wire.
 */
export const attachmentMimeTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const
export type AttachmentMime = (typeof attachmentMimeTypes)[number]

/** The largest attachment the platform takes, and so the largest the client keeps. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024

const signatures: { mime: AttachmentMime; bytes: number[] }[] = [
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] }, // little-endian "II*\0"
  { mime: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] } // big-endian "MM\0*"
]

/** The attachment type of `bytes`, or null when it is none of the accepted ones. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentMime | null {
  const match = signatures.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b))
  return match?.mime ?? null
}
