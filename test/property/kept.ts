/**
 * How much of a body survives a second cleanup: shared by the re-run
 * property test and the corpus check.
 */
import {wordsOf} from '../../src/conservation.js'

// Chinese and Japanese are written without spaces, so a join inside them
// ("東京\n東京" → "東京東京") is no loss: count them a character at a time.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu

function tokens(word: string): string[] {
  return word.match(cjk) || []
}

/**
 * Share of the words of `body` found (as a multiset) in `text`.
 *
 * @param body The first cleanup's body.
 * @param text What the second cleanup kept (title and body).
 */
export function kept(body: string, text: string): number {
  const have = new Map<string, number>()
  for (const word of wordsOf(text).flatMap(tokens)) have.set(word, (have.get(word) || 0) + 1)
  const words = wordsOf(body).flatMap(tokens)
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
