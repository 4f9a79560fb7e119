import {checkSync} from 'recheck'
import {isSafePattern} from 'redos-detector'
import {describe, expect, test} from 'vitest'
import {deterministic, flaggedOf, regexes, type Flagged} from './check.js'
import {anchoredAtStart, hasUnboundedQuantifier} from './regexes.js'

/**
 * Patterns neither checker clears, reviewed by hand: `file:line` → why the
 * input they see keeps them fast. Empty: a new flagged pattern fails the
 * test until it is rewritten (or reviewed here, per pattern, never per file).
 */
const reviewed = new Map<string, string>([])

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
