/**
 * Block features in the manner of jusText: length (script-aware), words,
 * stop-word density, punctuation, link-like shape and capitalisation.
 * Computed once per block and cached in `block.data.cache.features`.
 */
import type {Block} from '../types.js'

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

// "https://example.org/x", "www.example.com", "mail@example.org", "photo_12.jpg".
const linkPattern = /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$|^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|pdf)$|^\[[^\]]{0,80}\]$/iu
// Words: letters and digits, with an inner apostrophe ("don't", "l'homme").
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
// Every Han, kana and Hangul character is in one of these ranges (or a
// surrogate): text without them has no CJK to count.
const maybeCjk = /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\uD800-\uDBFF]/
const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
const hangulPattern = /\p{Script=Hangul}/gu
const hiraganaPattern = /\p{Script=Hiragana}/gu
const sentencePattern = /[.!?…](?=\s|$|["”’»)])|[。！？]/gu
const commaPattern = /[,;、，；]/gu
const terminalPattern = /(?:[.!?…。！？]|[.!?。！？]["”’»)」』]|[:;])$/u
const capitalPattern = /^\p{Lu}/u
const letterPattern = /\p{L}/u
// Function characters of Chinese and kana particles of Japanese: text, not labels.
const zhFunction = /[的了是在不和有也就都而这那与之为以其被把着过们个]/gu

/**
 * The features of a block (cached on the block).
 *
 * @param block The block.
 * @param stopwords Stop-words of the document’s language (lower case).
 * @param language ISO 639-1 code of the document.
 */
export function blockFeatures(block: Block, stopwords: ReadonlySet<string>, language?: string): BlockFeatures {
  const cache = (block.data.cache ||= {})
  const cached = cache.features as BlockFeatures | undefined
  if (cached && cache.featuresValue === block.value) return cached
  const features = computeFeatures(block.value, stopwords, language)
  cache.features = features
  cache.featuresValue = block.value
  return features
}

/**
 * The features of a text.
 *
 * @param text The text of one block.
 * @param stopwords Stop-words (lower case).
 * @param language ISO 639-1 code.
 */
export function computeFeatures(text: string, stopwords: ReadonlySet<string>, language?: string): BlockFeatures {
  const cjkLike = maybeCjk.test(text)
  const cjkChars = cjkLike ? count(text, cjkPattern) : 0
  const hangul = cjkLike ? count(text, hangulPattern) : 0
  const length = text.length + 2 * cjkChars + hangul
  let stops = 0
  let capitals = 0
  let tokenCount = 0
  // Tokens of the lower-cased text, so one `toLowerCase` per block, not per
  // token: lower-casing keeps the length and whether each character is a
  // letter or digit (Unicode has one exception, "İ", which gets the slow way),
  // so the tokens are the same, at the same offsets.
  const lower = text.toLowerCase()
  if (lower.length === text.length) {
    wordPattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = wordPattern.exec(lower))) {
      // A CJK run is one "token" in the regex: weigh it by its characters below.
      tokenCount++
      if (stopwords.has(match[0])) stops++
      if (startsCapital(text, match.index)) capitals++
    }
  } else {
    for (const token of text.match(wordPattern) || []) {
      tokenCount++
      if (stopwords.has(token.toLowerCase())) stops++
      if (capitalPattern.test(token)) capitals++
    }
  }
  let stopDensity = tokenCount ? stops / tokenCount : 0
  let words = tokenCount
  const cjk = text.length ? (cjkChars + hangul) / text.length : 0
  if (cjkChars > text.length / 4) {
    // "東京都は今日、新しい計画を発表した。": no spaces; particles and function characters stand for stop-words.
    words = Math.max(tokenCount, cjkChars / 2)
    const function_ = language === 'ja' ? count(text, hiraganaPattern) : count(text, zhFunction) * 2.5
    stopDensity = Math.min(1, function_ / Math.max(1, cjkChars))
  }
  return {
    length,
    words,
    stopDensity,
    terminal: terminalPattern.test(text),
    sentences: count(text, sentencePattern),
    commas: count(text, commaPattern),
    capitals: tokenCount ? capitals / tokenCount : 0,
    linkLike: text.length < 300 && linkPattern.test(text),
    cjk,
    noLetters: !letterPattern.test(text)
  }
}

/**
 * Whether the character at `index` is an upper-case letter.
 *
 * @param text Text.
 * @param index Offset of a token.
 */
function startsCapital(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  return capitalPattern.test(text.slice(index, index + 2))
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  let n = 0
  while (pattern.exec(text)) n++
  return n
}
