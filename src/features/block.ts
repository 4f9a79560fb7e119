/**
 * Block features in the manner of jusText: length (script-aware), words,
 * stop-word density, punctuation, link-like shape and capitalisation.
 * Computed once per block and cached in `block.data.cache.features`.
 */
import {blockCache} from '../parse/block.js'
import type {Block} from '../types.js'
import {PACKED_MAX, packedGet, packedTable, type PackedTable} from './packed.js'
import {isSpaceCode} from './space.js'

/** What the boilerplate classifier knows about one block. */
export interface BlockFeatures {
  /**
   * Script-aware length: one per character, three per Han or kana character
   * (a CJK character carries about what three Latin letters carry), two per
   * Hangul syllable. Spaces count.
   */
  length: number
  /** Word-like tokens (a CJK character counts as half a word). */
  words: number
  /** Share of tokens that are stop-words of the language (CJK: see `cjkDensity`). */
  stopDensity: number
  /** Whether the block ends like a sentence (`.`, `!`, `?`, `。`, a closing quote after one). */
  terminal: boolean
  /** Sentence-ending marks inside the block (`. ` `! ` `? ` `。`). */
  sentences: number
  /** Commas and similar marks (`,` `、` `，` `;`). */
  commas: number
  /** Share of words that start with a capital letter. */
  capitals: number
  /** Whether the block looks like a link, an address, a file name or a path. */
  linkLike: boolean
  /** Share of characters that are CJK (Han, kana, Hangul). */
  cjk: number
  /** Whether the block has no letters at all (`|`, `12`, `»`). */
  noLetters: boolean
}

// "https://example.org/x", "www.example.com", "mail@example.org", "photo_12.jpg", "[photo_3]",
// "[lazyload-p][photo_3]" (a text browser's placeholders of images, glued or spaced).
// (Domain parts and file-name parts end at each dot: `[^\s@]+\.\w+$` would backtrack over "a.a.a.a…".)
const linkPattern = /^(?:https?:\/\/|www\.)\S+$|^[^\s@]+@(?:[^\s@.]+\.)+\w+$|^[\w-]+(?:\.[\w-]+)*\.(?:jpe?g|png|gif|webp|svg|pdf)$|^(?:\[[^\]]{0,80}\] ?){1,8}$/iu
// The start of a link's address written as its text: "https://social.example/share?url=…",
// "www.harbour.example", "/news/2027/ferry-returns.php" (a path from the site's root, two parts at least).
const addressStart = /^(?:[a-z][a-z\d+.-]{1,20}:\/\/|www\.|\/[\w.%~+-]+\/)/i
const letterPattern = /\p{L}/u
// Function characters of Chinese: text, not labels.
const zhFunction = new Set([...'的了是在不和有也就都而这那与之为以其被把着过们个'])

// What `computeFeatures` counts of each BMP character from U+0080: its
// kind in `scriptKinds`, counted in `scriptCounts` (kind 0: nothing).
const hiraganaKind = 1
const katakanaKind = 2
const hanKind = 3
// A Han character of `zhFunction`.
const hanFunctionKind = 4
const hangulKind = 5
// "。" "！" "？" "…"
const sentenceKind = 6
// "、" "，" "；"
const commaKind = 7
const scriptKinds = new Uint8Array(0x10000)
const scriptCounts = new Int32Array(8)
for (const [kind, ranges] of [
  [hiraganaKind, [0x3040, 0x309f]],
  [katakanaKind, [0x30a0, 0x30ff, 0x31f0, 0x31ff]],
  [hanKind, [0x4e00, 0x9fff, 0x3400, 0x4dbf, 0xf900, 0xfaff]],
  [hangulKind, [0xac00, 0xd7af, 0x1100, 0x11ff, 0x3130, 0x318f]],
  [sentenceKind, [0x3002, 0x3002, 0xff01, 0xff01, 0xff1f, 0xff1f, 0x2026, 0x2026]],
  [commaKind, [0x3001, 0x3001, 0xff0c, 0xff0c, 0xff1b, 0xff1b]]
] as const) {
  for (let k = 0; k < ranges.length; k += 2) scriptKinds.fill(kind, ranges[k], ranges[k + 1] + 1)
}
for (const char of zhFunction) scriptKinds[char.charCodeAt(0)] = hanFunctionKind

/**
 * The features of a block (cached on the block).
 *
 * @param block The block.
 * @param stopwords Stop-words of the document’s language (lower case).
 * @param language ISO 639-1 code of the document.
 */
export function blockFeatures(block: Block, stopwords: ReadonlySet<string>, language?: string): BlockFeatures {
  const cache = blockCache(block)
  const cached = cache.features as BlockFeatures | undefined
  if (cached && cache.featuresValue === block.value) return cached
  const features = computeFeatures(block.value, stopwords, language)
  cache.features = features
  cache.featuresValue = block.value
  return features
}

/**
 * Whether a text ends like a sentence or a clause: `.` `!` `?` `…` `。` `！`
 * `？` `:` `;`, or a sentence end and a closing quote or bracket (`…dawn.”`)
 * — `/(?:[.!?…。！？]|[.!?。！？]["”’»)」』]|[:;])$/u` without the regex.
 */
function endsTerminal(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (isSentenceMark(last) || last === 0x2026 || last === 58 || last === 59) return true
  const closes = last === 34 || last === 0x201d || last === 0x2019 || last === 0xbb || last === 41 || last === 0x300d || last === 0x300f
  return closes && text.length > 1 && isSentenceMark(text.charCodeAt(text.length - 2))
}

/** `.` `!` `?` `。` `！` `？`. */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x3002 || code === 0xff01 || code === 0xff1f
}

/** Longest word of each stop-word list (longer words are not looked up). */
const longest = new WeakMap<ReadonlySet<string>, number>()
/** The ASCII stop-words of each list, packed (see `packed.ts`). */
const packedLists = new WeakMap<ReadonlySet<string>, PackedTable>()

function packedList(stopwords: ReadonlySet<string>): PackedTable {
  let table = packedLists.get(stopwords)
  if (!table) {
    table = packedTable([...stopwords].map((d) => [d, 1] as const))
    packedLists.set(stopwords, table)
  }
  return table
}

/** Whether a text holds white space (`\s`). */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true
  return false
}

/**
 * Whether a text starts with an address (`https://…`, `www.…`, `/news/…/`):
 * a cheap gate before `isAddressRun`.
 *
 * @param text A block or a line.
 */
export function startsWithAddress(text: string): boolean {
  return addressStart.test(text)
}

/**
 * Whether a text is nothing but addresses: the share buttons a converter
 * writes as their addresses (`https://social.example/share?url=…` ⏎
 * `https://mail.example/?body=…`), an image's link as its path
 * (`/news/2027/ferry-returns.php`). Not text (`www.harbour.example has the
 * timetable`), nor one address that ends in punctuation, the end of a
 * sentence (`www.harbour.example.`; in a run of addresses, the last one's
 * query may end in a dot: `…?description=Ferry%20returns.`).
 *
 * @param text A block or a line, trimmed.
 */
export function isAddressRun(text: string): boolean {
  if (!addressStart.test(text)) return false
  let start = 0
  while (start < text.length) {
    let end = start
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++
    // (The first word passed the gate; each other one is tested where it starts.)
    if (start > 0 && !addressStart.test(text.slice(start, Math.min(end, start + 40)))) return false
    if (start === 0 && end === text.length) {
      const last = text.charCodeAt(end - 1)
      // . , ; : ! ?
      if (last === 46 || last === 44 || last === 59 || last === 58 || last === 33 || last === 63) return false
    }
    start = end
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++
  }
  return true
}

/**
 * Whether a character at or above U+0080 is part of a word: letters and
 * digits of any script (a cheap stand-in for `[\p{L}\p{N}]`): not Latin-1
 * punctuation, general punctuation and symbols, CJK punctuation, surrogates
 * (emoji) or full-width punctuation.
 */
function isWordCode(code: number): boolean {
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba
  if (code === 0xd7 || code === 0xf7) return false
  if (code >= 0x2000 && code <= 0x2bff) return false
  if (code >= 0x3000 && code <= 0x303f) return code === 0x3005 || code === 0x3006 || code === 0x3007
  if (code >= 0xd800 && code <= 0xdfff) return false
  if (code >= 0xfe30 && code <= 0xfe4f) return false
  if (code >= 0xff00 && code <= 0xff65) {
    return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
  }
  return true
}

/**
 * Words of a text (letters and digits, with an inner apostrophe: `don't`,
 * `l'homme`) in one pass without a regex: how many, how many are
 * stop-words, how many start with a capital letter.
 */
function scanWords(text: string, stopwords: ReadonlySet<string>): {count: number; stops: number; capitals: number; particles: number} {
  let max = longest.get(stopwords)
  if (max === undefined) {
    max = 0
    for (const word of stopwords) if (word.length > max) max = word.length
    longest.set(stopwords, max)
  }
  const packed = packedList(stopwords)
  // The current word packed (as it is, and lower-cased), while it is ASCII and short.
  let asIsLo = 0
  let asIsHi = 0
  let lowLo = 0
  let lowHi = 0
  let ascii = true
  let count = 0
  let stops = 0
  let capitals = 0
  let particles = 0
  let start = -1
  const end = text.length
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32
    const word =
      code < 0x80 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : isWordCode(code)
    if (word) {
      if (start < 0) {
        start = i
        asIsLo = asIsHi = lowLo = lowHi = 0
        ascii = true
      }
      if (code < 0x80) {
        const lower = code >= 65 && code <= 90 ? code + 32 : code
        if (i - start < 7) {
          asIsLo = asIsLo * 128 + code
          lowLo = lowLo * 128 + lower
        } else if (i - start < PACKED_MAX) {
          asIsHi = asIsHi * 128 + code
          lowHi = lowHi * 128 + lower
        }
      } else ascii = false
      continue
    }
    if (start < 0) continue
    // "don't", "l’homme": an apostrophe between letters stays inside the word.
    if ((code === 39 || code === 0x2019) && i + 1 < end) {
      const next = text.charCodeAt(i + 1)
      if (next < 0x80 ? (next >= 97 && next <= 122) || (next >= 65 && next <= 90) : isWordCode(next)) {
        if (code !== 39) ascii = false
        else if (i - start < 7) {
          asIsLo = asIsLo * 128 + code
          lowLo = lowLo * 128 + code
        } else if (i - start < PACKED_MAX) {
          asIsHi = asIsHi * 128 + code
          lowHi = lowHi * 128 + code
        }
        continue
      }
    }
    count++
    const first = text.charCodeAt(start)
    let upper: boolean
    if (first < 0x80) upper = first >= 65 && first <= 90
    else {
      const letter = text.charAt(start)
      upper = letter !== letter.toLowerCase()
    }
    if (upper) capitals++
    // "드라마의", "발표했다": a Korean word ending in a particle or a verb ending.
    const last = text.charCodeAt(i - 1)
    // (An add for every word, from a table: a branch that no page took before
    // V8 optimized this loop would deoptimize it at the first Korean page.)
    particles += koParticles[last]
    if (ascii && i - start <= PACKED_MAX) {
      // "the" is looked up as it is, only "The" is lower-cased.
      if (i - start <= max && (upper ? packedGet(packed, lowLo, lowHi) : packedGet(packed, asIsLo, asIsHi)) >= 0) stops++
    } else if (i - start <= max) {
      const token = text.slice(start, i)
      // "the" is looked up as it is, only "The" is lower-cased.
      if (stopwords.has(upper ? token.toLowerCase() : token)) stops++
    }
    start = -1
  }
  return {count, stops, capitals, particles}
}

// Korean particles and endings that close a word (은 는 이 가 을 를 의 에 도 로 와 과 만 서 고 다 며 면 지 게 요).
// (1 at each of their code units.)
const koParticles = new Uint8Array(0x10000)
for (const char of '은는이가을를의에도로와과만서고다며면지게요') koParticles[char.charCodeAt(0)] = 1

/**
 * The features of a text.
 *
 * @param text The text of one block.
 * @param stopwords Stop-words (lower case).
 * @param language ISO 639-1 code.
 */
export function computeFeatures(text: string, stopwords: ReadonlySet<string>, language?: string): BlockFeatures {
  // One pass over the characters: scripts, sentence ends, commas.
  let sentences = 0
  let commas = 0
  let letters = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (code === 46 || code === 33 || code === 63) {
        // "." "!" "?" before a space, a quote or the end (read as a space: no
        // read past the end, which would cost V8 a deoptimization).
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32
        if (next === 32 || next === 34 || next === 41 || next === 39 || next === 10) sentences++
      } else if (code === 44 || code === 59) commas++
      else if (!letters && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) letters = true
      continue
    }
    // (Counted by the table: one path for every script, where a branch per
    // script that no page took before V8 optimized this loop would have
    // no type feedback, and the first such page would deoptimize it.)
    scriptCounts[scriptKinds[code]]++
  }
  const hiragana = scriptCounts[hiraganaKind]
  const kana = hiragana + scriptCounts[katakanaKind]
  const functional = scriptCounts[hanFunctionKind]
  const han = scriptCounts[hanKind] + functional
  const hangul = scriptCounts[hangulKind]
  sentences += scriptCounts[sentenceKind]
  commas += scriptCounts[commaKind]
  scriptCounts.fill(0)
  const cjkChars = han + kana
  if (!letters) letters = cjkChars + hangul > 0 || letterPattern.test(text)
  const length = text.length + 2 * cjkChars + hangul
  const {count: tokenCount, stops, capitals, particles} = scanWords(text, stopwords)
  let stopDensity = tokenCount ? stops / tokenCount : 0
  let words = tokenCount
  if (hangul > text.length / 4 && tokenCount > 0) {
    // Korean glues its function words to the word before: particles and endings stand for stop-words.
    stopDensity = Math.max(stopDensity, particles / tokenCount)
  } else if (cjkChars > text.length / 4) {
    // "東京都は今日、新しい計画を発表した。": no spaces; particles and function characters stand for stop-words.
    words = Math.max(tokenCount, cjkChars / 2)
    const function_ = language === 'ja' || kana > cjkChars / 10 ? hiragana : functional * 2.5
    stopDensity = Math.min(1, function_ / Math.max(1, cjkChars))
  }
  return {
    length,
    words,
    stopDensity,
    terminal: endsTerminal(text),
    sentences,
    commas,
    capitals: tokenCount ? capitals / tokenCount : 0,
    // (Every branch of `linkPattern` but `[…]` is one run without white space.)
    // (A bare address however long: "http://share.example/?url=…&text=…" of 400 characters.)
    // (Several addresses: "https://social.example/share?url=…" ⏎ "https://mail.example/?body=…", a row of share buttons.)
    linkLike: (text.charCodeAt(0) === 91 /* [ */ ? text.length < 300 : !hasSpace(text)) ? linkPattern.test(text) || isAddressRun(text) : isAddressRun(text),
    cjk: text.length ? (cjkChars + hangul) / text.length : 0,
    noLetters: !letters
  }
}
