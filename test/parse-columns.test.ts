import {describe, expect, test} from 'vitest'
import {cleanup, textToTree} from '../src/index.js'
import {findColumns} from '../src/parse/columns.js'

/**
 * Lay out two columns side by side the way a text browser renders a layout
 * table: the left column padded with spaces to `column`, the right one after
 * it; a line with nothing on the right is not padded.
 */
function sideBySide(left: string[], right: string[], column = 41): string {
  const lines: string[] = []
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] || ''
    const r = right[i] || ''
    lines.push(r ? l.padEnd(column) + r : l)
  }
  return lines.join('\n')
}

// An invented article in the left column (wrapped at 40), a sidebar of
// teasers in the right one.
const article = [
  'The harbour board voted on Monday to',
  'extend the winter ferry timetable by two',
  'weeks, after crews and island residents',
  'asked for more crossings during the',
  'storm season.',
  '',
  'Board chair Mira Olsen said the change',
  'would cost less than expected, since the',
  'older vessel will stay in service until',
  'the new hull arrives in the spring.',
  '',
  'Residents of the outer islands have',
  'asked for a later evening crossing for',
  'three years, citing hospital visits and',
  'school trips that end after dark.'
]
const sidebar = [
  'Most read',
  '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
  '*Lighthouse keepers return to the',
  'northern cape after forty years',
  '*Fish market reopens with a new',
  'cold store and longer opening hours',
  '*Council weighs a toll on the old',
  'bridge as repairs run over budget'
]

describe('textToTree: two columns side by side', () => {
  // After the layout, a line wider than the left column.
  const footer = 'Write to the harbour desk at any hour of the day or night'
  const text = 'Harbour News\n\n' + sideBySide(article, sidebar) + '\n\n' + footer + '\n'

  test('reads the left column, then the right one', () => {
    const values = textToTree(text).children.map((d) => d.value)
    expect(values.indexOf('extend the winter ferry timetable by two')).toBe(values.indexOf('The harbour board voted on Monday to') + 1)
    expect(values.indexOf('Most read')).toBeGreaterThan(values.indexOf('school trips that end after dark.'))
    expect(values.indexOf(footer)).toBeGreaterThan(values.indexOf('bridge as repairs run over budget'))
    // No line holds text of both columns.
    expect(values.some((d) => d.includes('Monday to') && d.includes('Most read'))).toBe(false)
  })

  test('keeps positions into the input, columns counted from the line start', () => {
    for (const block of textToTree(text).children) {
      const {start, end} = block.position
      expect(text.slice(start.offset, end.offset).replace(/^[*•] /, '')).toContain(block.value)
      const lineStart = text.lastIndexOf('\n', start.offset! - 1) + 1
      expect(start.column).toBe(start.offset! - lineStart + 1)
    }
    const teaser = textToTree(text).children.find((d) => d.value === 'northern cape after forty years')!
    expect(teaser.position.start.column).toBe(42)
  })

  test('records each column’s wrap width on its lines', () => {
    const blocks = textToTree(text).children
    expect(blocks.find((d) => d.value === 'storm season.')!.data.wrapWidth).toBe(40)
    expect(blocks.find((d) => d.value === 'Most read')!.data.wrapWidth).toBe(41 + sidebar[1].length)
    expect(blocks.find((d) => d.value === footer)!.data.wrapWidth).toBe(undefined)
  })

  test('cleanup puts each paragraph of the article back together, the sidebar apart', () => {
    const result = cleanup(text)
    expect(result.paragraphs).toContain(
      'The harbour board voted on Monday to extend the winter ferry timetable by two weeks, after crews and island residents asked for more crossings during the storm season.'
    )
    expect(result.paragraphs).toContain(
      'Board chair Mira Olsen said the change would cost less than expected, since the older vessel will stay in service until the new hull arrives in the spring.'
    )
    expect(result.body).not.toContain('Lighthouse')
    expect(result.body).not.toContain('Most read')
  })

  test('the left column wraps at its own width: a capital after a full line goes on', () => {
    const left = [
      'The new timetable adds a crossing at',
      'nine in the evening on weekdays, said',
      'Harbourmaster Ines Dahl on Tuesday, who',
      'expects the first trips to be full.',
      '',
      ...article
    ]
    const result = cleanup('Harbour News\n\n' + sideBySide(left, sidebar) + '\n')
    expect(result.paragraphs).toContain(
      'The new timetable adds a crossing at nine in the evening on weekdays, said Harbourmaster Ines Dahl on Tuesday, who expects the first trips to be full.'
    )
  })

  test('the layout ends where another one starts in the left column (a table of its own)', () => {
    const left = [...article, '', 'Crossing        Depart   Arrive', 'Ferry to Norr   07:10    07:55', 'Ferry to Sund   08:30    09:05']
    const values = textToTree(sideBySide(left, sidebar)).children.map((d) => d.value)
    expect(values.indexOf('bridge as repairs run over budget')).toBeLessThan(values.indexOf('Crossing        Depart   Arrive'))
  })
})

/** `findColumns` on a text, its lines cut at each line feed. */
function regionsOf(text: string) {
  const lines: Array<{start: number; end: number}> = []
  let start = 0
  for (const line of text.split('\n')) {
    lines.push({start, end: start + line.length})
    start += line.length + 1
  }
  return findColumns(text, lines)
}

describe('findColumns: only layouts of wrapped text', () => {
  test('finds the two columns', () => {
    expect(regionsOf(sideBySide(article, sidebar))).toEqual([{first: 0, end: article.length, column: 41}])
  })

  test('leaves a table of short cells alone (no wrapped prose in either column)', () => {
    const rows = ['Harbour Rovers', 'Island United', 'North Cape FC', 'Old Mill Athletic', 'Sund Wanderers', 'Bay City', 'Lighthouse Town']
    const table = sideBySide(rows, ['12 played, 28 points', '12 played, 25 points', '12 played, 21 points', '12 played, 19 points', '12 played, 15 points', '12 played, 11 points', '12 played, 9 points'], 24)
    expect(regionsOf(table)).toEqual([])
    expect(textToTree(table).children.map((d) => d.value)).toEqual(table.split('\n'))
  })

  test('leaves a form alone', () => {
    const form = Array.from({length: 8}, (_, i) => (i === 0 ? 'Your message to the editors' : '').padEnd(28) + '[                    ]').join('\n')
    expect(regionsOf(form)).toEqual([])
  })

  test('leaves text indented on one side alone', () => {
    const indented = article.map((d) => (d ? ' '.repeat(30) + d : d)).join('\n')
    expect(regionsOf(indented)).toEqual([])
  })
})

describe('findColumns: an image’s text beside its headline', () => {
  // A card as a text browser lays it out: the image's alt text (the headline
  // again) wrapped narrow on the left, the headline beside it, the teaser under both.
  const card = [
    'Most read',
    'Harbour',
    'board',
    'extends'.padEnd(11) + 'Harbour board extends the winter',
    'the winter'.padEnd(11) + 'ferry timetable by two weeks',
    'ferry',
    'timetable',
    'by two',
    'weeks',
    'The board said the older vessel will stay in service until spring.'
  ].join('\n')

  test('a narrow column that repeats the text beside it is a column of its own', () => {
    expect(regionsOf(card)).toEqual([{first: 1, end: 9, column: 11}])
    expect(textToTree(card).children.map((d) => d.value)).toEqual([
      'Most read',
      'Harbour',
      'board',
      'extends',
      'the winter',
      'ferry',
      'timetable',
      'by two',
      'weeks',
      'Harbour board extends the winter',
      'ferry timetable by two weeks',
      'The board said the older vessel will stay in service until spring.'
    ])
  })

  test('columns that read differently are no such layout', () => {
    expect(regionsOf(card.replace('by two weeks', 'by three weeks'))).toEqual([])
  })
})
