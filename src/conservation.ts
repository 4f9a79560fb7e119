/**
 * Conservation: check that a result lost nothing and invented nothing.
 *
 * Every word occurrence of the input (after the normalization the pipeline
 * applies) must be found in exactly one of `title`, `body`, `tags`,
 * `related` (title, section, kicker) and `removed`. Words are counted the way
 * the evaluation counts them: runs of `/[\p{L}\p{N}_]+/gu`. Two word pieces
 * that a recorded join glued together (`rail-\nway` → `railway`, two lines of
 * Chinese) count as conserved, and so does a word split by a recorded split
 * (the section label of a related headline: `EuropeFerry` → `Europe` +
 * `Ferry`, or a message whose rule id says `split`).
 *
 * For HTML input the check covers the rendered text, not markup or metadata
 * (`keywords` are not counted).
 */
import {append} from './append.js'
import {cleanupHtml} from './cleanup-html.js'
import {cleanup, describe} from './cleanup.js'
import type {Options as NormalizeTextOptions} from './transforms/normalize-text.js'
import {wordsOf} from './features/words.js'
import type {CleanResult, Join} from './types.js'

export {wordsOf} from './features/words.js'

/** Options for `checkConservation`. */
export interface ConservationOptions {
  /** The input is HTML (`cleanupHtml`) (default: `false`). */
  html?: boolean | null | undefined
  /** The `normalize` option the result was made with (default: `{}`, the preset’s normalization). */
  normalize?: Readonly<NormalizeTextOptions> | false | null | undefined
}

/** What `checkConservation` found. */
export interface ConservationReport {
  /** Whether no word was lost and none invented. */
  ok: boolean
  /** Input word occurrences found nowhere in the result (one entry per occurrence). */
  lost: string[]
  /** Result word occurrences that are not in the input (one entry per occurrence). */
  invented: string[]
  /** Number of input words in the input. */
  inputWords: number
  /** Number of word occurrences in the result (title, body, tags, related, removed). */
  resultWords: number
  /** Result words explained as joins of input pieces (`railway` of `rail` + `way`). */
  joined: string[]
  /** Input words explained as splits into result pieces (`EuropeFerry` into `Europe` + `Ferry`). */
  split: string[]
}

const emptyOptions: Readonly<ConservationOptions> = Object.freeze({})


// Joins that may glue two word pieces into one word.
const gluingJoins = new Set(['none', 'dehyphenate'])

/**
 * Check that `result` accounts for every word of `input`, and invents none.
 *
 * @param input The text (or HTML) that was cleaned.
 * @param result What `cleanup()` (or `cleanupHtml()`) returned for it; made
 *   with `{trace: true}` the joins it recorded are used, otherwise the
 *   `join-lines` messages allow joins.
 * @param options Configuration (optional).
 * @returns The lost and invented word occurrences; `ok` when both are empty.
 */
export function checkConservation(
  input: string,
  result: CleanResult,
  options?: Readonly<ConservationOptions> | null | undefined
): ConservationReport {
  if (typeof input !== 'string') {
    throw new TypeError('unscrape: `input` must be a string, got ' + describe(input))
  }
  if (!result || typeof result !== 'object' || typeof result.body !== 'string' || !Array.isArray(result.removed)) {
    throw new TypeError('unscrape: `result` must be a `CleanResult`, got ' + describe(result))
  }
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError('unscrape: `options` must be an object, got ' + describe(options))
  }
  const settings = options || emptyOptions

  // The input as the pipeline sees it: parsed and normalized, every other
  // step off, so every block is body.
  const off = {normalize: settings.normalize, lineBreaks: false, boilerplate: false, sections: false} as const
  const reference = settings.html ? cleanupHtml(input, {...off, dom: false}) : cleanup(input, off)
  const have = countWords(resultWords(reference))
  const given = resultWords(result)
  const got = countWords(given)
  let inputWords = 0
  for (const count of have.values()) inputWords += count
  let resultCount = 0
  for (const count of got.values()) resultCount += count

  // Multiset differences.
  const lost = new Map<string, number>()
  const invented = new Map<string, number>()
  for (const [word, count] of have) {
    const diff = count - (got.get(word) || 0)
    if (diff > 0) lost.set(word, diff)
  }
  for (const [word, count] of got) {
    const diff = count - (have.get(word) || 0)
    if (diff > 0) invented.set(word, diff)
  }

  // Joins: a result word made of input pieces ("railway" of "rail" + "way").
  // With a trace every join is located: the word it glued is read from the
  // input around the join, and only that word is explained by it. Without
  // one, `join-lines` messages allow joins anywhere.
  const joined: string[] = []
  let joinBudget = 0
  if (result.trace) {
    const gluing = result.trace.joins.filter((d) => gluingJoins.has(d.kind))
    const {glued, unlocated} = locateJoins(input, gluing, settings.normalize !== false)
    append(joined, explainExactly(invented, lost, glued))
    // A join whose word cannot be read from the input (normalization moved
    // the text): explained by search, one cut per join.
    joinBudget = unlocated
  } else {
    for (const message of result.messages || []) if (message.ruleId === 'join-lines') joinBudget = Infinity
  }
  append(joined, reconcile(invented, lost, joinBudget))

  // Splits: an input word cut into result pieces ("EuropeFerry" into a
  // section label and a headline, "PolicyFerries" into two tags). Each
  // recorded split names its two sides: only the word they make is explained.
  const splitPairs: Glued[] = []
  for (const item of result.related || []) {
    for (const left of [item.section, item.kicker]) {
      if (!left) continue
      const pair = gluedPair(left, item.title)
      if (pair) splitPairs.push(pair)
    }
  }
  let splitBudget = 0
  for (const message of result.messages || []) {
    if (message.ruleId === 'split-glued-tags') {
      // "PolicyFerries" → "Harbour Policy" + "Ferries"; "RailBusFerry" →
      // "Rail" + "Bus" + "Ferry" (only one-word tags sit inside a glued word).
      const tags = result.tags || []
      for (let i = 0; i + 1 < tags.length; i++) {
        const first = wordAtEnd.exec(tags[i].trimEnd())
        if (!first) continue
        let whole = first[0]
        const parts = [first[0]]
        for (let j = i + 1; j < tags.length && j <= i + 8; j++) {
          const next = wordAtStart.exec(tags[j].trimStart())
          if (!next) break
          whole += next[0]
          parts.push(next[0])
          splitPairs.push({whole, parts: [...parts]})
          if (next[0] !== tags[j].trim()) break
        }
      }
    } else if (typeof message.ruleId === 'string' && message.ruleId.includes('split')) {
      // A split this check does not know how to locate.
      splitBudget = Infinity
    }
  }
  // Text cut off a kept block (a copy glued to its headline, "…sales pageGet
  // the recipe…"; a date after a byline) may cut a word at either end of the
  // cut: with a trace, each cut is paired with the text it was cut from.
  for (const span of result.trace?.spans || []) {
    const cuts = span.stripped || []
    for (let i = 0; i < cuts.length; i++) {
      for (const side of [span.text, span.section, span.kicker]) {
        if (!side) continue
        const before = gluedPair(side, cuts[i].text)
        const after = gluedPair(cuts[i].text, side)
        if (before) splitPairs.push(before)
        if (after) splitPairs.push(after)
      }
      if (i > 0) {
        const between = gluedPair(cuts[i - 1].text, cuts[i].text)
        if (between) splitPairs.push(between)
      }
    }
  }
  splitPairs.sort((a, b) => b.whole.length - a.whole.length)
  const split = explainExactly(lost, invented, splitPairs)
  append(split, reconcile(lost, invented, splitBudget))

  const report: ConservationReport = {
    ok: lost.size === 0 && invented.size === 0,
    lost: expand(lost),
    invented: expand(invented),
    inputWords,
    resultWords: resultCount,
    joined,
    split
  }
  return report
}

/** A word made of pieces: `railway` of `rail` + `way`. */
interface Glued {
  whole: string
  parts: string[]
}

// A word at the end or at the start of a stretch of text. (The end is tried
// only where a word starts: a search from each letter of a long word, each
// one to the word's end, is quadratic.)
const wordAtEnd = /(?<![\p{L}\p{N}_])[\p{L}\p{N}_]+$/u
const wordAtStart = /^[\p{L}\p{N}_]+/u
// How far around a join a glued piece is looked for.
const reach = 256

/**
 * The words that gluing joins made, read from the input around each join;
 * joins that glue one word across several lines are chained
 * (`in\nter\nnational`).
 *
 * @param input The input (text or HTML: offsets point into it).
 * @param joins Joins of kind `none` or `dehyphenate`.
 * @param normalized Whether the result was made with normalization (NFC).
 */
function locateJoins(input: string, joins: readonly Join[], normalized: boolean): {glued: Glued[]; unlocated: number} {
  const sorted = [...joins].sort((a, b) => a.from - b.from)
  const glued: Glued[] = []
  let unlocated = 0
  let current: {parts: string[]; end: number} | undefined
  const close = () => {
    if (current) glued.push({whole: current.parts.join(''), parts: current.parts})
    current = undefined
  }
  for (const join of sorted) {
    const left = wordAtEnd.exec(input.slice(Math.max(0, join.from - reach), join.from))
    const right = wordAtStart.exec(input.slice(join.to, join.to + reach))
    if (!left || !right) {
      // Glued to punctuation ("word" + "," ): no word was made.
      if (!left && !right) continue
      unlocated++
      continue
    }
    const fold = (text: string) => (normalized ? text.normalize('NFC') : text)
    if (current && current.end === join.from) {
      current.parts.push(fold(right[0]))
    } else {
      close()
      current = {parts: [fold(left[0]), fold(right[0])], end: 0}
    }
    current.end = join.to + right[0].length
  }
  close()
  return {glued, unlocated}
}

/**
 * The word a split made of the end of `left` and the start of `right`
 * (`Europe` + `Ferry crews…` → `EuropeFerry`).
 */
function gluedPair(left: string, right: string): Glued | undefined {
  const a = wordAtEnd.exec(left.trimEnd())
  const b = wordAtStart.exec(right.trimStart())
  return a && b ? {whole: a[0] + b[0], parts: [a[0], b[0]]} : undefined
}

/**
 * Explain occurrences of each `whole` in `wholes` by its own `parts` in
 * `pieces`; explained occurrences leave both maps.
 *
 * @returns The explained wholes.
 */
function explainExactly(wholes: Map<string, number>, pieces: Map<string, number>, glued: readonly Glued[]): string[] {
  const explained: string[] = []
  for (const {whole, parts} of glued) {
    if ((wholes.get(whole) || 0) === 0) continue
    const need = countWords(parts)
    let available = true
    for (const [part, count] of need) if ((pieces.get(part) || 0) < count) available = false
    if (!available) continue
    for (const part of parts) take(pieces, part)
    take(wholes, whole)
    explained.push(whole)
  }
  return explained
}

/**
 * Every word occurrence a result holds: title, body, tags, related (title,
 * section, kicker) and removed.
 *
 * @param result A result.
 */
function resultWords(result: CleanResult): string[] {
  const words: string[] = []
  const add = (text: string | undefined) => {
    if (typeof text === 'string') for (const word of wordsOf(text)) words.push(word)
  }
  add(result.title)
  add(result.body)
  for (const tag of result.tags || []) add(tag)
  for (const item of result.related || []) {
    add(item.section)
    add(item.kicker)
    add(item.title)
  }
  for (const item of result.removed) add(item.text)
  return words
}

function countWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) || 0) + 1)
  return counts
}

function expand(counts: Map<string, number>): string[] {
  const list: string[] = []
  for (const [word, count] of counts) for (let i = 0; i < count; i++) list.push(word)
  return list
}

/**
 * Explain words of `wholes` as concatenations of words of `pieces`, using at
 * most `budget` cuts; explained occurrences leave both maps.
 *
 * @param wholes Words that may be made of pieces.
 * @param pieces The pieces.
 * @param budget How many cuts may be used.
 * @returns The explained wholes.
 */
function reconcile(wholes: Map<string, number>, pieces: Map<string, number>, budget: number): string[] {
  const explained: string[] = []
  if (budget <= 0 || pieces.size === 0) return explained
  // Longest first: a long word is the least likely to be made by chance.
  const candidates = [...wholes.keys()].sort((a, b) => b.length - a.length)
  for (const whole of candidates) {
    while ((wholes.get(whole) || 0) > 0 && budget > 0) {
      const parts = decompose(whole, pieces, Math.min(budget + 1, 16))
      if (!parts) break
      for (const part of parts) take(pieces, part)
      take(wholes, whole)
      budget -= parts.length - 1
      explained.push(whole)
    }
  }
  return explained
}

/**
 * Cut `whole` into 2 to `max` words that `pieces` has (with multiplicity).
 */
function decompose(whole: string, pieces: Map<string, number>, max: number): string[] | undefined {
  const used = new Map<string, number>()
  const parts: string[] = []
  let steps = 0

  const search = (start: number): boolean => {
    if (++steps > 10_000) return false
    if (start === whole.length) return parts.length > 1
    if (parts.length >= max) return false
    for (let end = whole.length; end > start; end--) {
      // A whole word cannot be its own single piece.
      if (start === 0 && end === whole.length) continue
      const part = whole.slice(start, end)
      const available = (pieces.get(part) || 0) - (used.get(part) || 0)
      if (available <= 0) continue
      used.set(part, (used.get(part) || 0) + 1)
      parts.push(part)
      if (search(end)) return true
      parts.pop()
      used.set(part, used.get(part)! - 1)
    }
    return false
  }

  return search(0) ? parts : undefined
}

function take(counts: Map<string, number>, word: string) {
  const count = counts.get(word)!
  if (count <= 1) counts.delete(word)
  else counts.set(word, count - 1)
}
