import { describe, expect, it } from 'vitest'
import { enUS } from './en-US'
import { joinSentences } from './join-sentences'
import { zhCN } from './zh-CN'

describe('joinSentences', () => {
  it('puts no space between Chinese sentences and one between English ones', () => {
    expect(joinSentences('zh-CN', zhCN.support.duplicate.body, zhCN.support.next.recover)).toBe(
      '无需再次提交：重复提交不会加快处理，还可能被视为垃圾信息。平台审核后会回复到您留下的联系方式。'
    )
    expect(joinSentences('en-US', enUS.support.duplicate.body, enUS.support.next.recover)).toBe(
      'No need to send it again: a repeat does not speed it up and may be treated as spam. The platform replies to the contact you give once it has checked the request.'
    )
  })
})
