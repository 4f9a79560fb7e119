/**
 * Words as the evaluation counts them (Python `\w+`): runs of letters,
 * digits and `_`. Shared by the conservation check and the result compiler.
 */
import {isWordCode} from './code-class.js'

/**
 * The word occurrences of a text, in order: what `text.match(/[\p{L}\p{N}_]+/gu)`
 * finds, scanned without the regex (one table lookup per character).
 *
 * @param text Any text.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  let start = -1
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!
    if (code === 95 /* _ */ || isWordCode(code)) {
      if (start < 0) start = i
    } else if (start >= 0) {
      words.push(text.slice(start, i))
      start = -1
    }
    i += code > 0xffff ? 2 : 1
  }
  if (start >= 0) words.push(text.slice(start))
  return words
}
