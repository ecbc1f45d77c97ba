import type { DraftContent } from '../../src/shared/filing/draft-content'

const typeNames = { invention: '发明', utility_model: '实用新型', design: '外观设计' } as const

/** The electronic filing receipt (电子申请回执) the platform issues as a notice when it files an application. */
export function receiptNotice(content: DraftContent, applicationNumber: string, filedOn: string): { title: string; body: string } {
  return {
    title: `电子申请回执 ${applicationNumber}`,
    body: [
      `申请号：${applicationNumber}`,
      `申请日：${filedOn}`,
      `专利类型：${typeNames[content.type]}`,
      `发明创造名称：${content.title.trim()}`,
      `申请人：${content.applicants.map((a) => a.name.trim()).join('；')}`
    ].join('\n')
  }
}
