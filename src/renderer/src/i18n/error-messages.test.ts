import { describe, expect, it } from 'vitest'
import { errorCodeSchema } from '../../../shared/error-codes'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

describe('error messages', () => {
  it('word every error code in both languages, so no user sees a raw code or English in the Chinese UI', () => {
    for (const [language, messages] of [['zh-CN', zhCN.errors], ['en-US', enUS.errors]] as const) {
      const missing = errorCodeSchema.options.filter((code) => !(messages as Record<string, string>)[code]?.trim())
      expect({ language, missing }).toEqual({ language, missing: [] })
    }
  })
})
