/**
 * Korean word evidence for unwrapping text that a text browser cut anywhere:
 * at a full line, a cut between two Hangul syllables may be inside a word
 * (“여전” ⏎ “히”) or at a space it swallowed (“통해” ⏎ “평범하고”). The
 * document’s own words tell them apart: the words it writes whole, and how
 * often each syllable ends a word.
 */

/** What the document’s whole words show (built once per document, on demand). */
export interface HangulWords {
  /** Words written whole inside lines (not at a line start or end, where a cut may have split them), with how often. */
  words: Map<string, number>
  /** Per syllable: how often it ends such a word. */
  ends: Map<number, number>
  /** Per syllable: how often it occurs in such words. */
  totals: Map<number, number>
}

// The fewest occurrences of a syllable that make its word-end share evidence.
const minimumSyllables = 3
// White space runs (words are separated by spaces in Korean).
const spaces = /\s+/
// Non-Hangul characters around a word: "<그녀말>", "“사실”".
// (The end tried only where a run of other characters starts: a search from
// each character of a long run, each one to the run's end, is quadratic.)
const edges = /^[^\uAC00-\uD7A3]+|(?<![^\uAC00-\uD7A3])[^\uAC00-\uD7A3]+$/g
// Only Hangul syllables.
const hangulOnly = /^[\uAC00-\uD7A3]+$/

/**
 * Whether a UTF-16 code unit is a Hangul syllable.
 *
 * @param code Code unit.
 */
export function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}

/**
 * Collect the Korean words of a document, one input line at a time: every
 * word but the first and the last of a line (those may be pieces of a word cut
 * by the wrap).
 *
 * @param lines The lines (block values, one per input line).
 */
export function hangulWords(lines: Iterable<string>): HangulWords {
  const words = new Map<string, number>()
  const ends = new Map<number, number>()
  const totals = new Map<number, number>()
  for (const line of lines) {
    // (Lines without Hangul add nothing: a cheap test first.)
    if (!hasHangul(line)) continue
    const tokens = line.split(spaces)
    for (let i = 1; i < tokens.length - 1; i++) {
      const word = tokens[i].replace(edges, '')
      if (!word || !hangulOnly.test(word)) continue
      words.set(word, (words.get(word) || 0) + 1)
      const end = word.charCodeAt(word.length - 1)
      ends.set(end, (ends.get(end) || 0) + 1)
      for (let j = 0; j < word.length; j++) {
        const code = word.charCodeAt(j)
        totals.set(code, (totals.get(code) || 0) + 1)
      }
    }
  }
  return {words, ends, totals}
}

/**
 * Whether a cut between two Hangul syllables at a full line was a space
 * (`true`) or falls inside a word (`false`):
 * - the joined word occurs whole in the document: inside (“여전” ⏎ “히 시선을” when the text writes “여전히”);
 * - one syllable alone after the cut is an ending or a particle: inside (“배우” ⏎ “의”, “그렸” ⏎ “다.”);
 * - both pieces occur as whole words, or the one before the cut does twice: a space (“그” ⏎ “때문에”);
 * - the piece before the cut has two syllables or more, and its last one ends
 *   two thirds of the words it occurs in (an ending or a particle): a space (“강하게” ⏎ “치고”).
 *
 * @param head Text before the cut (ends with a Hangul syllable).
 * @param tail Text after the cut (starts with a Hangul syllable).
 * @param evidence The document’s words.
 */
export function hangulSpaceAt(head: string, tail: string, evidence: HangulWords): boolean {
  let start = head.length
  while (start > 0 && isHangul(head.charCodeAt(start - 1))) start--
  let end = 0
  while (end < tail.length && isHangul(tail.charCodeAt(end))) end++
  const before = head.slice(start)
  const after = tail.slice(0, end)
  const {words} = evidence
  if (words.has(before + after)) return false
  if (after.length === 1) return false
  const seen = words.get(before) || 0
  if (seen > 1 || (seen > 0 && words.has(after))) return true
  // (One syllable alone before the cut is rarely a word: “고” ⏎ “통당하던”.)
  if (before.length < 2) return false
  const last = before.charCodeAt(before.length - 1)
  const total = evidence.totals.get(last) || 0
  return total >= minimumSyllables && (evidence.ends.get(last) || 0) * 3 >= total * 2
}

/**
 * Whether text has a Hangul syllable.
 *
 * @param text Text.
 */
function hasHangul(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHangul(text.charCodeAt(i))) return true
  return false
}
