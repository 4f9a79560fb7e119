/**
 * Words as the evaluation counts them (Python `\w+`): runs of letters,
 * digits and `_`. Shared by the conservation check and the result compiler.
 */
const wordPattern = /[\p{L}\p{N}_]+/gu

/**
 * The word occurrences of a text, in order.
 *
 * @param text Any text.
 */
export function wordsOf(text: string): string[] {
  return text.match(wordPattern) || []
}
