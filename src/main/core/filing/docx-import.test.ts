import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { importDocx } from './docx-import'

// A 1×1 PNG, the smallest picture Word will hold.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64'
)

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] })
const h = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(text)] })

async function docxOf(children: Paragraph[], numbered = false): Promise<Uint8Array> {
  const doc = new Document({
    numbering: numbered
      ? { config: [{ reference: 'claims', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] }
      : undefined,
    sections: [{ children }]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('importDocx', () => {
  it('places claims, description and abstract by their Chinese headings', async () => {
    const file = await docxOf([
      h('权利要求书'),
      p('1. 一种折叠椅，其特征在于，包括椅面和支架。'),
      p('2、根据权利要求1所述的折叠椅，其特征在于，'),
      p('所述支架为铝合金。'),
      p('3．根据权利要求1或2所述的折叠椅，还包括扶手。'),
      h('说 明 书'),
      p('折叠椅'),
      p('技术领域'),
      p('本发明涉及家具。'),
      h('说明书摘要'),
      p('一种便于收纳的折叠椅。')
    ])
    const result = await importDocx(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.claims).toEqual([
      '一种折叠椅，其特征在于，包括椅面和支架。',
      '根据权利要求1所述的折叠椅，其特征在于，\n所述支架为铝合金。',
      '根据权利要求1或2所述的折叠椅，还包括扶手。'
    ])
    expect(result.value.description).toBe('折叠椅\n技术领域\n本发明涉及家具。')
    expect(result.value.abstract).toBe('一种便于收纳的折叠椅。')
    expect(result.value.sections).toEqual(['claims', 'description', 'abstract'])
    expect(result.value.unplaced).toEqual([])
    expect(result.value.numberingGaps).toEqual([])
  })

  it('splits claims Word numbered itself, where the numbers are not in the text', async () => {
    const item = (text: string) => new Paragraph({ numbering: { reference: 'claims', level: 0 }, children: [new TextRun(text)] })
    const file = await docxOf([h('权利要求书'), item('一种杯子。'), item('根据权利要求1所述的杯子，带盖。')], true)
    const result = await importDocx(file)
    expect(result.ok && result.value.claims).toEqual(['一种杯子。', '根据权利要求1所述的杯子，带盖。'])
  })

  it('reports what it could not place: text before the headings, the drawings page, pictures, numbering gaps', async () => {
    const file = await docxOf([
      p('发明专利申请'),
      h('权利要求书'),
      p('前言不是权利要求'),
      p('1. 一种灯。'),
      p('3. 根据权利要求1所述的灯。'),
      h('说明书附图'),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
      p('图1')
    ])
    const result = await importDocx(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.claims).toEqual(['一种灯。', '根据权利要求1所述的灯。'])
    expect(result.value.numberingGaps).toEqual([3])
    expect(result.value.unplaced).toEqual([
      { section: 'preamble', kind: 'text', text: '发明专利申请' },
      { section: 'claims', kind: 'text', text: '前言不是权利要求' },
      { section: 'drawings', kind: 'image', text: 'image/png' },
      { section: 'drawings', kind: 'text', text: '图1' }
    ])
  })

  it('refuses a file that is not a Word document, and one without any filing heading', async () => {
    const notDocx = await importDocx(new TextEncoder().encode('just text'))
    expect(!notDocx.ok && notDocx.error.code).toBe('IMPORT_UNREADABLE')
    const noHeadings = await importDocx(await docxOf([p('1. 一种灯。')]))
    expect(!noHeadings.ok && noHeadings.error.code).toBe('IMPORT_NO_SECTIONS')
  })
})
