import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { profileCompletionSchemaFor, registerRequestSchema } from './identity-api'
import { fieldsFromZod } from './result'

const fieldsOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a refusal')
  return fieldsFromZod(parsed.error, input)
}

describe('field errors are codes, never English fragments', () => {
  it('names every bad field of a completion at once, by code', () => {
    const fields = fieldsOf(profileCompletionSchemaFor('person'), {
      profile: { name: ' ', idType: 'resident_id', idNumber: '110105194912310021' },
      phone: '12345',
      email: 'not-an-address',
      code: '12a'
    })
    expect(fields).toEqual({
      'profile.name': 'required',
      'profile.idNumber': 'check_digit',
      phone: 'not_mobile',
      email: 'not_email',
      code: 'six_digits'
    })
  })

  it('says "required" for an empty phone, email or code rather than their format', () => {
    expect(fieldsOf(profileCompletionSchemaFor('entity'), { profile: { name: 'x', nonUscc: true }, phone: ' ', email: '', code: '' })).toEqual({
      phone: 'required',
      email: 'required',
      code: 'required'
    })
  })

  it('tells a missing field from one of the wrong type, and names unknown fields', () => {
    const schema = z.object({ account: z.string(), password: z.string() }).strict()
    expect(fieldsOf(schema, { account: 7, extra: true })).toEqual({
      account: 'invalid_format',
      password: 'required',
      extra: 'unknown_field'
    })
  })

  it('reports a failed union by its closest branch', () => {
    const entity = { type: 'entity', password: 'x', phone: '13912345678', email: 'a@b.cn', code: '123456' }
    expect(fieldsOf(registerRequestSchema, { ...entity, profile: { name: 'x', uscc: '91350100M000100Y44' } })).toEqual({
      'profile.uscc': 'check_digit'
    })
    expect(fieldsOf(registerRequestSchema, { ...entity, type: 'robot', profile: {} })).toEqual({ type: 'invalid_choice' })
  })

  it('derives codes for limits a schema gives no message for', () => {
    expect(fieldsOf(z.object({ a: z.string().max(3), b: z.enum(['x']), c: z.string().min(4) }), { a: 'abcd', b: 'y', c: 'ab' })).toEqual({
      a: 'too_long',
      b: 'invalid_choice',
      c: 'too_short'
    })
    expect(fieldsOf(profileCompletionSchemaFor('agency'), { profile: { name: 'x', agencyCode: '99123', uscc: '' }, phone: '13912345678', email: 'a@b.cn', code: '123456' })).toMatchObject({
      'profile.agencyCode': 'region',
      'profile.uscc': 'required'
    })
  })
})
