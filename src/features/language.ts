/**
 * Language identification by a stop-word vote: every word of a sample votes
 * for the languages whose `stopwords-iso` list has it, a word listed by k
 * languages giving each 1/k. The script decides first where it is enough
 * (kana is Japanese, Hangul Korean, Han without kana Chinese).
 */
import {PACKED_MAX, packedGet, packedTable, type PackedTable} from './packed.js'
import {stopwordLanguages, stopwordsFor} from './stopwords.js'
import {codeClass} from './code-class.js'

/** The result of `voteLanguage`. */
export interface LanguageVote {
  /** ISO 639-1 code, or `und`. */
  language: string
  /** Share of the vote the winner got (0–1; 1 when the script decided). */
  confidence: number
}

// Word → numbers of the languages that list it; built once, on first use.
let index: Map<string, Uint8Array> | undefined
// Language number → code.
let codes: string[] = []

function wordIndex(): Map<string, Uint8Array> {
  if (index) return index
  const lists = new Map<string, number[]>()
  codes = []
  for (const language of stopwordLanguages()) {
    // CJK lists hold particles and characters, not space-separated words.
    if (language === 'ja' || language === 'zh' || language === 'ko' || language === 'th') continue
    const number = codes.push(language) - 1
    for (const word of stopwordsFor(language)) {
      const list = lists.get(word)
      if (list) list.push(number)
      else lists.set(word, [number])
    }
  }
  index = new Map()
  for (const [word, list] of lists) index.set(word, Uint8Array.from(list))
  // Short ASCII words, packed: looked up without cutting them out of the sample.
  const entries: Array<[string, number]> = []
  for (const [word, list] of index) entries.push([word, packedLists.push(list) - 1])
  packedIndex = packedTable(entries)
  return index
}

// The language lists of packed words (see `packed.ts`): table value → list.
let packedIndex: PackedTable | undefined
const packedLists: Uint8Array[] = []

// A word: a letter, then letters, marks and apostrophes (`/\p{L}[\p{L}\p{M}'’]*/u`, scanned without the regex).
// (The marks keep a word of Devanagari whole: the vowel signs of "में" and "है"
// are marks, and cut there the list words of Hindi never matched, and its
// text voted for Marathi, whose list has the bare letters "म" and "न".)
/** Whether the code point is a letter (`\p{L}`). */
const isLetter = codeClass(/^\p{L}$/u, (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90))
/** Whether the code point is a combining mark (`\p{M}`): a vowel sign, a diacritic. */
const isMark = codeClass(/^\p{M}$/u, () => false)

// The script of each BMP character from U+0080 for `voteLanguage`, counted
// in `scriptCounts` (kind 0: not a letter). Letters of other scripts are
// any code unit from U+00C0 but "×", "÷", general punctuation and symbols
// (U+2000–U+2BFF) and CJK punctuation (U+3000–U+303F).
const kanaKind = 1
const hanKind = 2
const hangulKind = 3
const thaiKind = 4
const letterKind = 5
const scriptKinds = new Uint8Array(0x10000)
const scriptCounts = new Int32Array(6)
scriptKinds.fill(letterKind, 0xc0)
scriptKinds[0xd7] = scriptKinds[0xf7] = 0
scriptKinds.fill(0, 0x2000, 0x2c00)
scriptKinds.fill(0, 0x3000, 0x3040)
scriptKinds.fill(kanaKind, 0x3040, 0x3100)
scriptKinds.fill(hanKind, 0x4e00, 0xa000)
scriptKinds.fill(hanKind, 0x3400, 0x4dc0)
scriptKinds.fill(hangulKind, 0xac00, 0xd7b0)
scriptKinds.fill(thaiKind, 0x0e00, 0x0e80)

/** Code units of the code point at `index` (2 for a surrogate pair). */
function unitsAt(code: number): number {
  return code > 0xffff ? 2 : 1
}
/**
 * Vote for the language of a text.
 *
 * @param sample Some text (a few thousand characters are plenty).
 * @returns The winner and its share of the vote.
 */
export function voteLanguage(sample: string): LanguageVote {
  // One pass: letters by script.
  let letters = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++
    }
    // (Counted by the table: one path for every script, where a branch per
    // script that no page took before V8 optimized this loop would have
    // no type feedback, and the first such page would deoptimize it.)
    else scriptCounts[scriptKinds[code]]++
  }
  const kana = scriptCounts[kanaKind]
  const han = scriptCounts[hanKind]
  const hangul = scriptCounts[hangulKind]
  const thai = scriptCounts[thaiKind]
  letters += kana + han + hangul + thai + scriptCounts[letterKind]
  scriptCounts.fill(0)
  if (letters === 0) return {language: 'und', confidence: 0}
  // "東京都は今日、新しい計画を発表した。"
  if (kana > letters * 0.05 && kana + han > letters * 0.3) return {language: 'ja', confidence: 1}
  if (hangul > letters * 0.3) return {language: 'ko', confidence: 1}
  if (han > letters * 0.3) return {language: 'zh', confidence: 1}
  if (thai > letters * 0.3) return {language: 'th', confidence: 1}

  const words = wordIndex()
  const votes = new Float64Array(codes.length)
  let total = 0
  let seen = 0
  let at = 0
  const end = sample.length
  while (at < end && seen < 3000) {
    // The next letter starts a word.
    let code = sample.codePointAt(at)!
    if (!isLetter(code)) {
      at += unitsAt(code)
      continue
    }
    const start = at
    // The word packed, as it is and lower-cased, while it is short and ASCII.
    let asIsLo = 0
    let asIsHi = 0
    let lowLo = 0
    let lowHi = 0
    let ascii = true
    for (;;) {
      if (code >= 0x80) ascii = false
      else if (at - start < PACKED_MAX) {
        const lower = code >= 65 && code <= 90 ? code + 32 : code
        if (at - start < 7) {
          asIsLo = asIsLo * 128 + code
          lowLo = lowLo * 128 + lower
        } else {
          asIsHi = asIsHi * 128 + code
          lowHi = lowHi * 128 + lower
        }
      }
      at += unitsAt(code)
      if (at >= end) break
      code = sample.codePointAt(at)!
      if (code !== 39 && code !== 0x2019 && !isLetter(code) && !isMark(code)) break
    }
    seen++
    const first = sample.charCodeAt(start)
    // ASCII lower case ("the") is looked up as it is.
    const asIs = first >= 97 && first <= 122
    let languages: Uint8Array | undefined
    if (ascii && at - start <= PACKED_MAX) {
      const found = asIs ? packedGet(packedIndex!, asIsLo, asIsHi) : packedGet(packedIndex!, lowLo, lowHi)
      languages = found >= 0 ? packedLists[found] : undefined
    } else {
      const word = sample.slice(start, at)
      languages = words.get(asIs ? word : word.toLowerCase())
    }
    if (!languages) continue
    const share = 1 / languages.length
    for (let k = 0; k < languages.length; k++) votes[languages[k]] += share
    total++
  }
  let best = 'und'
  let bestVotes = 0
  for (let k = 0; k < votes.length; k++) {
    if (votes[k] > bestVotes) {
      bestVotes = votes[k]
      best = codes[k]
    }
  }
  // Too few stop-words to say: a list of names, a table.
  if (total < 3) return {language: 'und', confidence: 0}
  return {language: best, confidence: bestVotes / total}
}
