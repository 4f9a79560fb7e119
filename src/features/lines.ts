/**
 * Cheap line and sentence tests for `repairLineBreaks`: display width,
 * terminal punctuation, the way a line starts and ends. All regexes are
 * anchored and linear.
 */
import {codeClass} from './code-class.js'
import {isSpaceCode} from './space.js'

// Anything outside printable ASCII (fast path check).
const nonAscii = /[^\x20-\x7E]/

/**
 * Width of text in a monospaced terminal (wide characters count two).
 *
 * @param text One line.
 */
export function displayWidth(text: string): number {
  if (!nonAscii.test(text)) return text.length
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    // (One path for every character: a branch never taken leaves V8 no type feedback.)
    i += code > 0xffff ? 1 : 0
    width += code >= 0x300 && code <= 0x36f ? 0 : isWide(code) ? 2 : 1 // (combining marks take no column)
  }
  return width
}

/**
 * Whether a character is wide (two columns): Hangul Jamo, CJK, Hangul
 * syllables, fullwidth forms, and beyond the BMP the CJK of planes 2 and 3
 * (compared as numbers: no regex per character).
 */
function isWide(code: number): boolean {
  if (code < 0x1100) return false
  return (
    code <= 0x115f ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

// Chinese and Japanese characters (no spaces between words), incl. CJK punctuation.
const cjk = /[\u2E80-\u2FDF\u3001-\u303F\u3041-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF60]/u

/**
 * Whether a character is Chinese or Japanese (joined without a space).
 *
 * @param char One character (or empty).
 */
export function isCjk(char: string): boolean {
  // (Below U+2E80 nothing is: most characters need no regex.)
  if (char.length === 1 && char.charCodeAt(0) < 0x2e80) return false
  return char !== '' && cjk.test(char)
}

/** Whether a UTF-16 code unit is an ASCII letter or digit (none of the punctuation classes below holds one). */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

// A closing quote or bracket after a sentence end: "borders.\"", "2019).".
const isCloser = codeClass(/^[\p{Pf}\p{Pe}"'’”»)\]]$/u, (code) => code === 34 || code === 39 || code === 41 || code === 93)

/**
 * Whether text ends a sentence (`.`, `!`, `?`, `…`, `。`, maybe followed by
 * closing quotes or brackets): `/[.!?…。！？｡][\p{Pf}\p{Pe}"'’”»)\]]*$/u` on
 * the last 16 characters, read backwards without the regex.
 *
 * @param text Text, trimmed.
 */
export function endsSentence(text: string): boolean {
  // Only the end matters: a long joined text is not scanned.
  const stop = Math.max(0, text.length - 16)
  let at = text.length - 1
  while (at >= stop && isCloser(text.charCodeAt(at))) at--
  if (at < stop) return false
  const code = text.charCodeAt(at)
  if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff61) return true
  // "؟" and "۔" (Arabic script), "।" and "॥" (the scripts of India), "።" (Ethiopic), "։" (Armenian).
  return code === 0x061f || code === 0x06d4 || code === 0x0964 || code === 0x0965 || code === 0x1362 || code === 0x0589
}

// Closing punctuation that takes no space before it: "2023" ⏎ ", a document".
// A quote mark that opens elsewhere closes here when a comma, a stop or a
// space and a lower-case word follows it (German „…“, or a typesetter's slip):
// "the novel “" ⏎ "Low Tide" ⏎ "“, published…", "‘Low Tide" ⏎ "‘ and…".
// (Not "» Ranking of the drivers": a guillemet, a space and a capital open an item of a list of links.)
// (Nor "?subject=Night%20ferry": a question mark before a letter opens a link's query, written alone.)
const closing = /^(?:[,.;:)\]}”’%、。，．！？：；）」』】〉》]|[!?](?![\p{L}\p{N}])|»(?! \p{Lu})|[“‘][,.;:!?)]|[“‘] \p{Ll})/u
/**
 * Whether text starts with punctuation that attaches to the word before it.
 *
 * @param text Text, trimmed.
 */
export function startsClosing(text: string): boolean {
  if (isAsciiAlphanumeric(text.charCodeAt(0))) return false
  return closing.test(text)
}

// Opening punctuation that takes no space after it: "titles (" ⏎ "Destiny 2".
const opening = /[([{«“‘„‚¿¡（「『【〈《]$/u
/**
 * Whether text ends with punctuation that attaches to the word after it.
 *
 * @param text Text, trimmed.
 */
export function endsOpening(text: string): boolean {
  if (isAsciiAlphanumeric(text.charCodeAt(text.length - 1))) return false
  return opening.test(text.length > 2 ? text.slice(-2) : text)
}

// A lower-case start (letters only): "third ceremony".
const lower = /^\p{Ll}/u
/**
 * Whether text starts with a lower-case letter.
 *
 * @param text Text, trimmed.
 */
export function startsLower(text: string): boolean {
  // (ASCII without the regex: its only lower-case letters are a–z.)
  if (text.length === 0) return false
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 97 && code <= 122
  return lower.test(text)
}

// One letter, mark or apostrophe (a word character for `lastWord`).
const wordChar = /[\p{L}\p{M}'’]/u
/**
 * The last word of text, when it ends with a letter.
 *
 * @param text Text, trimmed.
 */
export function lastWord(text: string): string | undefined {
  // Scan back at most 40 code units: "published on" → "on".
  let start = text.length
  const stop = Math.max(0, text.length - 40)
  while (start > stop) {
    const code = text.charCodeAt(start - 1)
    const ascii = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39
    if (!ascii && (code < 128 || !wordChar.test(text.charAt(start - 1)))) break
    start--
  }
  return start < text.length ? text.slice(start) : undefined
}

// The first word: "Gossipgist to support" → "Gossipgist".
/**
 * The first run of non-space characters (`/^\S+/`, within the first 80
 * characters), found without a pattern.
 *
 * @param text Text, trimmed.
 */
export function firstWord(text: string): string {
  const stop = Math.min(text.length, 80)
  let end = 0
  while (end < stop && !isSpaceCode(text.charCodeAt(end))) end++
  return text.slice(0, end)
}

// Titles and abbreviations that never end a sentence ("Lt. Col." ⏎ "Ana Ruiz").
const abbreviations = new Set(
  'Mr Mrs Ms Dr Prof St Lt Col Gen Sgt Capt Maj Gov Sen Rep Rev Mt Ft No Nr Fig Vol Hr Sra Srta Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' '
  )
)
// The word before a final period: "Col." → "Col".
const abbreviationTail = /(?:^|[\s(“"‘'])(\p{Lu}\p{Ll}{0,4})\.$/u
/**
 * Whether text ends with a title or abbreviation that does not end a
 * sentence ("Lt. Col.", "Nov.").
 *
 * @param text Text, trimmed.
 */
export function endsAbbreviation(text: string): boolean {
  const match = abbreviationTail.exec(text.length > 20 ? text.slice(-20) : text)
  return match ? abbreviations.has(match[1]) : false
}

// Inside a sentence: a sentence end followed by a capitalised word ("… my own. The book was called").
// (The period first, the letters before it as a look-behind: the pattern is tried at periods only.)
const sentenceInside = /\.(?<=\p{Ll}{2}\.)[”’"')]*\s+[“‘"']?\p{Lu}/u
/**
 * Whether text contains a sentence boundary (so it is prose, not a heading).
 *
 * @param text Text.
 */
export function hasSentenceInside(text: string): boolean {
  return sentenceInside.test(text.length > 600 ? text.slice(-600) : text)
}

/**
 * Number of space-separated words (an upper bound is fine past `max`): one
 * more than the runs of white space, as `text.split(/\s+/)` would count.
 *
 * @param text Text.
 * @param max Stop counting here.
 */
export function wordCount(text: string, max = 64): number {
  if (!text) return 0
  let count = 1
  let inSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const white = isSpaceCode(code)
    if (white && !inSpace) {
      count++
      if (count >= max) break
    }
    inSpace = white
  }
  return count
}

// Table-like: two cells separated by three or more spaces ("Team   W   L").
const cells = /\S {3,}\S/
/**
 * Whether a line is laid out in columns with spaces (a table row).
 *
 * @param text One line, trimmed.
 */
export function looksLikeTableRow(text: string): boolean {
  // (Three spaces in a row first: most lines have none.)
  return text.includes('   ') && cells.test(text)
}

// Rule characters: box drawing, dashes, underscores, `=`, `~`, `*`, dots, bullets.
const ruleOnly = /^[\u2500-\u257F\p{Pd}_=~*.·•●]{3,}$/u
// One rule character.
const ruleChar = /^[\u2500-\u257F\p{Pd}_=~*.·•●]$/u

/**
 * Whether a line is a horizontal rule drawn with characters (`━━━━━━`,
 * `----------`, `* * *` once folded): never a wrapped piece of a sentence.
 *
 * @param text A line.
 */
export function isRuleLine(text: string): boolean {
  // Any other character first (nearly every line: a letter, a quote) is no rule: no copy needed.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isSpaceCode(code)) continue
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return false
    if (!ruleChar.test(text.charAt(i))) return false
    break
  }
  return ruleOnly.test(text.replace(/\s+/g, ''))
}
