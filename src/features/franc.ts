/**
 * `franc()` of franc-min, computed faster with the same result.
 *
 * franc compares every trigram of the sample (up to 2,048 characters, often
 * 1,000+ distinct trigrams) with every language model of its script (60+
 * for Latin): ~10⁵ object lookups, about 4 ms a document, most of the
 * preset’s time. Here the models are inverted once, at load, into one map
 * from trigram to the languages that have it, so each sample trigram is
 * looked up once. The distance of a language is the same integer sum
 * (300 per trigram the model lacks, `|count − weight − 1|` per trigram it
 * has), and ties go to the first language in franc’s order, as franc’s
 * stable sort does, so the answer is franc’s answer.
 */
import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'

// franc’s constants.
const maxLength = 2048
const maxDifference = 300
const defaultMinLength = 10

interface ScriptModel {
  /** Language codes in franc’s order. */
  languages: string[]
  /** Trigram (as a number, see `code`) to flat `[language index, weight, …]` pairs. */
  index: Map<number, number[]>
}

const models = new Map<string, ScriptModel>()

for (const script of Object.keys(data)) {
  const byLanguage = data[script]
  const languages = Object.keys(byLanguage)
  const index = new Map<number, number[]>()
  for (let l = 0; l < languages.length; l++) {
    // As franc builds it: a repeated trigram keeps its first (lowest) weight.
    const model = byLanguage[languages[l]].split('|')
    const weights = new Map<string, number>()
    let weight = model.length
    while (weight--) weights.set(model[weight], weight)
    for (const [trigram, value] of weights) {
      if (trigram.length !== 3) continue // Never equal to a trigram of a sample.
      const key = code(trigram, 0)
      const entries = index.get(key)
      if (entries) entries.push(l, value)
      else index.set(key, [l, value])
    }
  }
  models.set(script, {languages, index})
}

/**
 * A trigram as one number, so counting needs no substrings: three code
 * units under 1024 (Latin, Greek, Cyrillic…) pack into a small integer, any
 * others into a larger one (exact in a double, never equal to a small one).
 *
 * @param text The text.
 * @param at Where the trigram starts.
 */
function code(text: string, at: number): number {
  const a = text.charCodeAt(at)
  const b = text.charCodeAt(at + 1)
  const c = text.charCodeAt(at + 2)
  if (a < 1024 && b < 1024 && c < 1024) return (a << 20) | (b << 10) | c
  return 1_125_899_906_842_624 + a * 4_294_967_296 + b * 65_536 + c
}

const scripts = Object.keys(expressions)
// Script detection one character at a time, for text without surrogates.
// There, a match of franc’s expressions is one code unit of a one-class
// alternative (the others start with a surrogate), so counting characters
// gives franc’s match counts. Checked here, in case the expressions change.
const singleUnit = /^\[(?:[^\]\\]|\\.)*\]$/
const surrogateStart = /^(?:\\uD[89AB][\dA-F]{2}|\[\\uD[89AB])/i
const perCharacter =
  scripts.length <= 31 &&
  scripts.every((script) =>
    expressions[script].source.split('|').every((part) => singleUnit.test(part) || surrogateStart.test(part))
  )
const anchored = scripts.map((script) => new RegExp('^(?:' + expressions[script].source + ')$'))
// Bit i set: the character is in `scripts[i]`; -1: not computed yet.
const scriptMask = new Int32Array(65_536).fill(-1)
const surrogate = /[\uD800-\uDFFF]/
// The trigram table, reused across calls (a power of two, at least four
// slots per trigram; `generation` marks the slots of the current call).
let tableKeys = new Float64Array(16_384)
let tableCounts = new Int32Array(16_384)
let tableStamps = new Int32Array(16_384)
let tableUsed = new Int32Array(16_384)
let generation = 0

function growTable(minimum: number) {
  let size = tableKeys.length
  while (size < minimum) size *= 2
  tableKeys = new Float64Array(size)
  tableCounts = new Int32Array(size)
  tableStamps = new Int32Array(size)
  tableUsed = new Int32Array(size)
  generation = 0
}

/**
 * How many characters of each script `value` has (franc’s `getOccurrence`
 * numerators).
 *
 * @param value The sample.
 */
function scriptCounts(value: string): number[] {
  const counts: number[] = Array.from({length: scripts.length}, () => 0)
  if (!perCharacter || surrogate.test(value)) {
    for (let s = 0; s < scripts.length; s++) {
      const matches = value.match(expressions[scripts[s]])
      counts[s] = matches ? matches.length : 0
    }
    return counts
  }
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    let mask = scriptMask[unit]
    if (mask === -1) {
      mask = 0
      const character = String.fromCharCode(unit)
      for (let s = 0; s < scripts.length; s++) if (anchored[s].test(character)) mask |= 1 << s
      scriptMask[unit] = mask
    }
    while (mask !== 0) {
      const low = mask & -mask
      counts[31 - Math.clz32(low)]++
      mask ^= low
    }
  }
  return counts
}
// What trigram-utils’ `clean` removes and collapses: "ASCII 0x21–0x40", white space.
const punctuation = /[\u0021-\u0040]+/g
const whiteSpace = /\s+/g

/**
 * The ISO 639-3 code franc-min gives for `value` (`und` when undetermined).
 *
 * @param value The sample.
 * @param minLength Shortest sample to consider (franc’s `minLength`, default 10).
 * @returns The language code.
 */
export function franc(value: string, minLength: number = defaultMinLength): string {
  if (!value || value.length < minLength) return 'und'
  value = value.slice(0, maxLength)

  // The script with the most characters (first one on a tie).
  let topScript: string | undefined
  let topCount = -1
  const occurrences = scriptCounts(value)
  for (let s = 0; s < scripts.length; s++) {
    const count = occurrences[s] / value.length || 0
    if (count > topCount) {
      topCount = count
      topScript = scripts[s]
    }
  }

  if (!topScript || !models.has(topScript)) {
    return !topScript || topCount === 0 ? 'und' : topScript
  }

  const {languages, index} = models.get(topScript)!

  // Trigram counts of the cleaned sample, padded with a space at each end.
  const clean = ' ' + value.replace(punctuation, ' ').replace(whiteSpace, ' ').trim().toLowerCase() + ' '
  // Count trigrams in an open-addressing table (no substrings, no Map).
  const n = clean.length - 2
  if (n * 4 > tableKeys.length) growTable(n * 4)
  const mask = tableKeys.length - 1
  if (generation === 2_147_483_647) growTable(tableKeys.length)
  const stamp = ++generation
  let distinct = 0
  for (let i = 0; i < n; i++) {
    const key = code(clean, i)
    let slot = Math.imul((key % 4_294_967_296) ^ (key / 4_294_967_296), 0x9e_37_79_b1) & mask
    while (true) {
      if (tableStamps[slot] !== stamp) {
        tableStamps[slot] = stamp
        tableKeys[slot] = key
        tableCounts[slot] = 1
        tableUsed[distinct++] = slot
        break
      }
      if (tableKeys[slot] === key) {
        tableCounts[slot]++
        break
      }
      slot = (slot + 1) & mask
    }
  }

  // Distance to each language: 300 per trigram it lacks, |count − weight − 1| per one it has.
  const distances: number[] = Array.from({length: languages.length}, () => distinct * maxDifference)
  for (let d = 0; d < distinct; d++) {
    const slot = tableUsed[d]
    const entries = index.get(tableKeys[slot])
    if (!entries) continue
    const count = tableCounts[slot]
    for (let k = 0; k < entries.length; k += 2) {
      let difference = count - entries[k + 1] - 1
      if (difference < 0) difference = -difference
      distances[entries[k]] -= maxDifference - difference
    }
  }

  let best = 0
  for (let l = 1; l < distances.length; l++) if (distances[l] < distances[best]) best = l
  return languages[best]
}
