import { createHash } from 'node:crypto'
import type { FastifyError, FastifyInstance } from 'fastify'
import { ATTACHMENT_MAX_BYTES, sniffAttachmentType } from '../../src/shared/filing/attachment-type'
import { attachmentParamsSchema, filingPaths } from '../../src/shared/filing/filing-api'
import type { PlatformContext } from '../context'
import { parseBody, sendError } from '../http/reply'
import { requireSignedInAccount } from '../http/signed-in-account'

/**
 * Attachments are addressed by the SHA-256 of their bytes: the platform checks the hash and the
 * type (by magic bytes, whatever the declared Content-Type), and keeps one copy of each file
 * while giving each account access only to what it uploaded itself.
 */
export function attachmentRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  void app.register(async (scope) => {
    // Here the body is the file itself, of any declared type: read it as bytes, up to the limit.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_request, body, done) => done(null, body))
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.statusCode === 413) {
        return sendError(reply, 413, 'TOO_LARGE', `An attachment may be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB`)
      }
      throw error
    })

    scope.put(filingPaths.attachment, async (request, reply) => {
      const account = await requireSignedInAccount(ctx, request, reply)
      if (!account) return reply
      const params = parseBody(attachmentParamsSchema, request.params, reply)
      if (!params.ok) return reply
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
      const { sha256 } = params.value
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
        return sendError(reply, 422, 'HASH_MISMATCH', 'The bytes received do not have the SHA-256 in the path')
      }
      const mime = sniffAttachmentType(bytes)
      if (!mime) return sendError(reply, 415, 'UNSUPPORTED_TYPE', 'Attachments are PDF, PNG, JPEG or TIFF files')
      const { created } = await ctx.filing.putAttachment({ accountId: account.id, sha256, mime, bytes, at: ctx.now().toISOString() })
      return reply.code(created ? 201 : 200).send({ sha256, size: bytes.byteLength, mime })
    })

    scope.get(filingPaths.attachment, async (request, reply) => {
      const account = await requireSignedInAccount(ctx, request, reply)
      if (!account) return reply
      const params = parseBody(attachmentParamsSchema, request.params, reply)
      if (!params.ok) return reply
      const file = await ctx.filing.attachmentBytes(account.id, params.value.sha256)
      if (!file) return sendError(reply, 404, 'NOT_FOUND', 'No such attachment')
      return reply.type(file.mime).header('content-length', file.size).send(Buffer.from(file.bytes))
    })
  })
}
