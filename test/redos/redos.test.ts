import {fileURLToPath} from 'node:url'
import {checkSync} from 'recheck'
import {isSafePattern} from 'redos-detector'
import {describe, expect, test} from 'vitest'
import {anchoredAtStart, hasUnboundedQuantifier, regexesOf, sourceFiles, type FoundRegex} from './regexes.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const src = fileURLToPath(new URL('../../src', import.meta.url))
const regexes = sourceFiles(src).flatMap((file) => regexesOf(file, root))

/**
 * Patterns neither checker clears, reviewed by hand: `file:line` → why the
 * input they see keeps them fast. Empty: a new flagged pattern fails the
 * test until it is rewritten (or reviewed here, per pattern, never per file).
 */
const reviewed = new Map<string, string>([])

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

/** recheck's parameters without any time limit: only step limits decide. */
const deterministic = {timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null} as const

/** A pattern redos-detector cannot clear, with recheck's verdict. */
interface Flagged {
  where: string
  pattern: string
  status: string
  complexity: string | undefined
}

/** The report of a pattern recheck does not clear. */
function flaggedOf(regex: FoundRegex, result: ReturnType<typeof checkSync>): Flagged {
  return {
    where: regex.where,
    pattern: '/' + regex.source + '/' + regex.flags,
    status: result.status,
    complexity: result.status === 'vulnerable' ? result.complexity.type : undefined
  }
}

describe('no regex in src/ backtracks catastrophically', () => {
  test('the scan finds the regexes (literals and RegExp calls)', () => {
    expect(regexes.length).toBeGreaterThan(50)
    expect(regexes.some((d) => d.where.startsWith('src/parse/text.ts'))).toBe(true)
  })

  test('every regex is safe according to redos-detector, or else to recheck', () => {
    const flagged: Flagged[] = []
    for (const regex of regexes) {
      const unicode = regex.flags.includes('u') || regex.flags.includes('v')
      // redos-detector cannot combine `i` with `u`: such patterns are checked case-sensitively.
      // Checked from a fixed start (`^(?:…)`): backtracking inside one match
      // attempt (nested or overlapping quantifiers) is what explodes. (Many
      // attempts that each read far: the next test.)
      const result = isSafePattern('^(?:' + regex.source + ')', {
        caseInsensitive: regex.flags.includes('i') && !unicode,
        unicode,
        multiLine: regex.flags.includes('m'),
        dotAll: regex.flags.includes('s')
        // No `timeout`: the step limit (20,000 by default) decides, so the
        // verdict does not depend on the machine's load.
      })
      if (result.safe) continue
      // redos-detector gives up on large alternations (timeout, score limit):
      // recheck decides those with its automaton analysis, and also finds
      // polynomial backtracking (`\s*,?\s*` over a long run of spaces),
      // which counts as unsafe here too.
      // No time limit anywhere, so the verdict does not depend on the machine's
      // load: recheck's fuzzing uses a fixed seed, and its step limits (not its
      // attack, incubation and seeding timeouts, which a busy machine hits
      // sooner and then reports a safe pattern as vulnerable) end each phase.
      const second = checkSync(regex.source, regex.flags.replace(/[gy]/g, ''), deterministic)
      if (second.status !== 'safe') flagged.push(flaggedOf(regex, second))
    }
    expect(flagged.filter((d) => !reviewed.has(d.where))).toEqual([])
    // Exponential backtracking is never acceptable, reviewed or not.
    expect(flagged.filter((d) => d.complexity === 'exponential')).toEqual([])
  }, 600_000)

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

  test('the shape filters of the unanchored check', () => {
    expect(hasUnboundedQuantifier('[+*]{1,3}\\+x{2}')).toBe(false)
    expect(hasUnboundedQuantifier('a{2,}')).toBe(true)
    expect(hasUnboundedQuantifier('[a-z]+$')).toBe(true)
    expect(anchoredAtStart('^a+|^b+', '')).toBe(true)
    expect(anchoredAtStart('^a+|b+$', '')).toBe(false)
    expect(anchoredAtStart('^(?:a|b)+', 'm')).toBe(false)
    // The quadratic search recheck must find, and the same pattern tried where a run starts.
    const quadratic = checkSync('[ \\t]+#{1,6}[ \\t]*$', '', deterministic)
    expect(quadratic.status === 'vulnerable' && quadratic.complexity.type).toBe('polynomial')
    expect(checkSync('(?<![ \\t])[ \\t]+#{1,6}[ \\t]*$', '', deterministic).status).toBe('safe')
  }, 60_000)

  test('the second checker finds what it must (a known polynomial and a known exponential pattern)', () => {
    const polynomial = checkSync('\\s*,?\\s*$', '', deterministic)
    const exponential = checkSync('^(a+)+$', '', deterministic)
    expect(polynomial.status === 'vulnerable' && polynomial.complexity.type).toBe('polynomial')
    expect(exponential.status === 'vulnerable' && exponential.complexity.type).toBe('exponential')
    expect(checkSync('^\\d{1,2}:\\d{2}$', '', deterministic).status).toBe('safe')
  }, 60_000)
})
