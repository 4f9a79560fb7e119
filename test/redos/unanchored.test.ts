import {checkSync} from 'recheck'
import {describe, expect, test} from 'vitest'
import {deterministic, flaggedOf, regexes, type Flagged} from './check.js'
import {anchoredAtStart, hasUnboundedQuantifier, type FoundRegex} from './regexes.js'

/**
 * Patterns whose search from every start (the pattern as written, as `.test`,
 * `.exec`, `.replace` and `.match` run it) recheck calls polynomial, or
 * takes more than half a minute to clear, reviewed by hand: `file /pattern/flags`
 * (whatever line it is on) → why the input they see keeps that search linear. Per pattern, never per
 * file; each one says so in a comment by it.
 */
const boundedUnanchored = new Map<string, string>([
  ['src/transforms/classify-dom.ts /\\s*\\(\\d{1,6}\\)$/', 'a title with its white space folded: one space at most before the "("'],
  ['src/transforms/classify-dom.ts /[\\s.…:!»›>]+$/u', 'headings of 60 characters at most'],
  ['src/transforms/classify-dom.ts /\\s*[:：]\\s*$/', 'the language packs\' phrases only'],
  ['src/transforms/remove-boilerplate.ts /^[\\d\\s().,:·|-]+|[\\d\\s().,:·|-]+$/gu', 'keys of blocks shorter than 120 characters'],
  ['src/transforms/remove-boilerplate.ts /(?:[^\\s\\d.,]{3,12}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+[^\\s\\d.,]{3,12}\\.?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4})$/', '12 characters or 4 digits at most before each run of white space: each run read from a few starts (recheck clears it, in five minutes)'],
  ['src/transforms/repair-line-breaks.ts /([\\p{L}\\p{M}]+)-$/u', 'a line\'s last 40 characters'],
  ['src/transforms/repair-line-breaks.ts /^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$/gu', 'words of a line\'s first or last 60 characters'],
  ['src/transforms/separate-sections.ts /\\s+\\(?\\d[\\d,.]*\\)?$/u', 'a label with its white space folded: a search reads from one space to the next at most'],
  ['src/transforms/split-run-on-text.ts /[”’"\')\\]»]+$/u', 'a word\'s first 40 or last 8 characters, or one character'],
  ['src/transforms/strip-link-targets.ts /\\.(?:png|jpe?g|gif|webp|avif|svg|bmp)(?:[?#][^\\]]*)?\\]/i', 'one link target: its one "]" ends every search that gets past the extension']
])

/** The key of a reviewed pattern: its file and the pattern as written, whatever line it is on. */
function reviewKey(regex: FoundRegex): string {
  return regex.where.replace(/:\d+$/, '') + ' /' + regex.source + '/' + regex.flags
}

describe('no regex in src/ makes a search quadratic', () => {
  test('every regex searched from every start stays linear (recheck on the pattern as written)', () => {
    // The engine tries an unanchored pattern at each start in turn: when each
    // attempt reads far before it fails (`/[ \t]+#$/` over a long run of
    // spaces, `/[A-Z]{4,}[a-z]/` over a long word in capitals), the search is
    // quadratic though no attempt backtracks much. A pattern with no
    // unbounded quantifier reads a bounded stretch per attempt, and one
    // anchored at the start (without `m`) is tried once: neither can be.
    const flagged: Flagged[] = []
    const candidates = regexes.filter((d) => hasUnboundedQuantifier(d.source) && !anchoredAtStart(d.source, d.flags))
    for (const regex of candidates) {
      if (boundedUnanchored.has(reviewKey(regex))) continue
      const result = checkSync(regex.source, regex.flags.replace(/[gy]/g, ''), deterministic)
      if (result.status !== 'safe') flagged.push(flaggedOf(regex, result))
    }
    expect(flagged).toEqual([])
    // Each reviewed entry still names such a pattern (a pattern that changes needs a new review).
    const stale = [...boundedUnanchored.keys()].filter((key) => !candidates.some((d) => reviewKey(d) === key))
    expect(stale).toEqual([])
  }, 300_000)

})
