import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {cleanup, createProcessor, parseText, repairLineBreaks, toResult} from '../src/index.js'
import type {CleanResult} from '../src/index.js'

describe('cleanup()', () => {
  test('throws a TypeError naming the argument for a non-string', () => {
    expect(() => cleanup(42 as unknown as string)).toThrow(TypeError)
    expect(() => cleanup(42 as unknown as string)).toThrow(/`text`/)
    expect(() => cleanup(undefined as unknown as string)).toThrow(/`text`/)
  })

  test('throws a TypeError naming a bad option', () => {
    expect(() => cleanup('a', 'x' as never)).toThrow(/`options`/)
    expect(() => cleanup('a', {lineBreaks: 3} as never)).toThrow(/`options.lineBreaks`/)
  })

  test('gives an empty result for empty input', () => {
    const result = cleanup('')
    expect(result).toMatchObject({body: '', paragraphs: [], tags: [], related: [], removed: []})
    expect(cleanup('  \n\n \t \n').paragraphs).toEqual([])
  })

  test('takes a page of 200,000 one-word lines, with its trace, without overflowing the stack', () => {
    // Words that repair joins into one paragraph: 200,000 joins in its trace.
    const words = ['the', 'far', 'red', 'cat', 'her', 'fox', 'and', 'hat']
    const text = 'The\n' + Array.from({length: 200_000}, (_, i) => words[i % words.length]).join('\n') + '\n'
    const result = cleanup(text, {trace: true})
    expect(typeof result.body).toBe('string')
    expect(result.trace).toBeDefined()
  })

  test('takes 130,000 lines after a quotation and link targets without overflowing the stack', () => {
    const text =
      '> The quay opens at six.\n\n' +
      'See [https://example.com/a] and [https://example.com/b] and [https://example.com/c] here.\n\n' +
      'Ab\n'.repeat(130_000)
    expect(typeof cleanup(text).body).toBe('string')
  })

  test('keeps a clean article as it is', () => {
    const text =
      'The river rose by two metres overnight, and the ferry to the island stopped running before dawn on Tuesday.\n\n' +
      'Residents of the lower town moved their cars to the hill, where volunteers handed out tea and blankets until noon.'
    const result = cleanup(text)
    expect(result.body).toBe(text)
    expect(result.removed).toEqual([])
  })

  test('positions point into the input', () => {
    const text = 'Menu\n\nThe council approved the new library budget after a long debate that lasted until midnight on Monday.'
    const result = cleanup(text)
    for (const entry of result.removed) {
      expect(text.slice(entry.position.start.offset, entry.position.end.offset)).toBe(entry.text)
    }
  })

  test('messages read as `line:column-line:column: reason`', () => {
    const result = cleanup('Know more\n\nThe council approved the new library budget after a long debate that lasted until midnight on Monday.')
    expect(result.messages.length).toBeGreaterThan(0)
    for (const message of result.messages) {
      expect(String(message)).toMatch(/^\d+:\d+-\d+:\d+: /)
      expect(message.source).toBe('unscrape')
      expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    }
  })
})

describe('createProcessor()', () => {
  test('returns a frozen processor whose result is a CleanResult', () => {
    const processor = createProcessor()
    const file = processor.processSync('One clean sentence that stands alone as the whole article of this test, long enough to count.')
    const result = file.result as CleanResult
    expect(result.paragraphs).toEqual(['One clean sentence that stands alone as the whole article of this test, long enough to count.'])
    expect(() => processor.use(repairLineBreaks)).toThrow(/frozen/)
  })

  test('plugins compose into a custom pipeline', () => {
    const processor = unified().use(parseText).use(repairLineBreaks).use(toResult)
    const file = new VFile('It was their\n\nfifth visit\n\nto the island this spring.')
    const result = processor.processSync(file).result as CleanResult
    expect(result.paragraphs).toEqual(['It was their fifth visit to the island this spring.'])
  })
})
