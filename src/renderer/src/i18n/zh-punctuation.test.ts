import { describe, expect, it } from 'vitest'
import { filingZhCN } from './filing-zh-CN'
import { zhCN } from './zh-CN'

/** Every string of a message tree, with its key path. */
const strings = (tree: unknown, path = ''): [string, string][] =>
  typeof tree === 'string'
    ? [[path, tree]]
    : Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key))

/**
 * A half-width mark against Chinese text, where GB/T 15834 asks for a full-width one: , ? ! : ; after a
 * Chinese character or a closing full-width mark, or before Chinese text; ( ) or " next to a Chinese
 * character. Marks inside Latin text ("Ctrl+", "YYYY-MM-DD", "ID: {{id}}") are not matched.
 */
const halfWidth = /[\p{Script=Han}）”]\s*[,?!:;]|[,?!:;]\s*\p{Script=Han}|\p{Script=Han}\s*[()"]|[()"]\s*\p{Script=Han}/u

describe('Chinese punctuation', () => {
  it('uses full-width marks wherever the Chinese UI puts one against Chinese text', () => {
    const wrong = [...strings(zhCN), ...strings(filingZhCN, 'filing')].filter(([, text]) => halfWidth.test(text))
    expect(wrong).toEqual([])
  })
})
