import { describe, expect, it } from 'vitest'
import { caller, startTestPlatform } from '../../test/platform-fixture'

describe('GET /api/v1/openapi.json', () => {
  it('documents every route with its request schema', async () => {
    const platform = await startTestPlatform()
    const res = await caller(platform)('GET', '/api/v1/openapi.json')
    await platform.close()
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    const paths = res.body.paths
    for (const [path, method] of [
      ['/api/v1/password-policy', 'get'],
      ['/api/v1/verification-codes', 'post'],
      ['/api/v1/accounts', 'post'],
      ['/api/v1/sessions', 'post'],
      ['/api/v1/sessions', 'delete'],
      ['/api/v1/sessions/refresh', 'post'],
      ['/api/v1/sessions/current', 'delete'],
      ['/api/v1/me', 'get'],
      ['/api/v1/me/profile', 'put'],
      ['/api/v1/me/contacts', 'put'],
      ['/api/v1/me/password', 'post'],
      ['/api/v1/password-resets', 'post'],
      ['/api/v1/password-resets/confirm', 'post'],
      ['/api/v1/support-requests', 'post'],
      ['/api/v1/notices', 'get'],
      ['/api/v1/notices/{id}/read', 'post'],
      ['/api/v1/drafts', 'get'],
      ['/api/v1/drafts/{id}', 'put'],
      ['/api/v1/drafts/{id}', 'delete'],
      ['/api/v1/submissions', 'post'],
      ['/api/v1/attachments/{sha256}', 'put'],
      ['/api/v1/attachments/{sha256}', 'get']
    ] as const) {
      expect(paths[path]?.[method], `${method} ${path}`).toBeDefined()
    }
    const signIn = paths['/api/v1/sessions'].post.requestBody.content['application/json'].schema
    expect(signIn.required).toEqual(['account', 'password'])
    for (const [path, method] of [
      ['/api/v1/me/profile', 'put'],
      ['/api/v1/verification-codes', 'post'],
      ['/api/v1/notices', 'get'],
      ['/api/v1/notices/{id}/read', 'post']
    ] as const) {
      expect(paths[path][method].responses['403'].description, `${method} ${path}`).toMatch(/PASSWORD_CHANGE_REQUIRED/)
    }
    const submission = paths['/api/v1/submissions'].post.requestBody.content['application/json'].schema
    expect(submission.required).toEqual(['draftId', 'revision', 'idempotencyKey'])
  })
})
