import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {cleanup} from '../../src/index.js'
import {wordsOf} from '../../src/conservation.js'
import {article, parameters, timeout} from './documents.js'

// Chinese and Japanese are written without spaces, so a join inside them
// ("東京\n東京" → "東京東京") is no loss: count them a character at a time.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu

function tokens(word: string): string[] {
  return word.match(cjk) || []
}

const entity = /&(?:[a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/

/**
 * Share of `words` (a multiset) found in `text`.
 */
export function kept(words: string[], text: string): number {
  words = words.flatMap(tokens)
  const have = new Map<string, number>()
  for (const word of wordsOf(text).flatMap(tokens)) have.set(word, (have.get(word) || 0) + 1)
  let found = 0
  for (const word of words) {
    const count = have.get(word) || 0
    if (count > 0) {
      found++
      have.set(word, count - 1)
    }
  }
  return words.length === 0 ? 1 : found / words.length
}

describe('re-running the preset on its own output (generated articles)', () => {
  test('keeps at least 99% of the body’s words', () => {
    fc.assert(
      fc.property(article(false), (text) => {
        const body = cleanup(text).body
        // Entity decoding decodes one level by design ("&amp;amp;" → "&amp;" → "&").
        fc.pre(!entity.test(body))
        const again = cleanup(body)
        expect(kept(wordsOf(body), (again.title ? again.title + '\n\n' : '') + again.body)).toBeGreaterThanOrEqual(0.99)
      }),
      parameters(800)
    )
  }, timeout)
})
