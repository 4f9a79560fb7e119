/**
 * Cheap line and sentence tests for `repairLineBreaks`: display width,
 * terminal punctuation, the way a line starts and ends. All regexes are
 * anchored and linear.
 */

// Wide (two-column) characters: Hangul Jamo, CJK, Hangul syllables, fullwidth forms.
const wideRange = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/
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
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code >= 0x300 && code <= 0x36f) continue // combining marks take no column
    width += (code >= 0x20000 && code <= 0x3fffd) || wideRange.test(char) ? 2 : 1
  }
  return width
}

// Chinese and Japanese characters (no spaces between words), incl. CJK punctuation.
const cjk = /[\u2E80-\u2FDF\u3001-\u303F\u3041-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF60]/u

/**
 * Whether a character is Chinese or Japanese (joined without a space).
 *
 * @param char One character (or empty).
 */
export function isCjk(char: string): boolean {
  return char !== '' && cjk.test(char)
}

// A sentence end: ".", "!", "?", "…", CJK full stops, then closing quotes or brackets: "borders.\"", "2019)."
const terminal = /[.!?…。！？｡][\p{Pf}\p{Pe}"'’”»)\]]*$/u
/**
 * Whether text ends a sentence (`.`, `!`, `?`, `…`, `。`, maybe followed by
 * closing quotes or brackets).
 *
 * @param text Text, trimmed.
 */
export function endsSentence(text: string): boolean {
  // Only the end matters: a long joined text is not scanned.
  return terminal.test(text.length > 16 ? text.slice(-16) : text)
}

// Closing punctuation that takes no space before it: "2023" ⏎ ", a document".
// A quote mark that opens elsewhere closes here when a comma, a stop or a
// space and a lower-case word follows it (German „…“, or a typesetter's slip):
// "the novel “" ⏎ "Low Tide" ⏎ "“, published…", "‘Low Tide" ⏎ "‘ and…".
const closing = /^(?:[,.;:!?)\]}»”’%、。，．！？：；）」』】〉》]|[“‘][,.;:!?)]|[“‘] \p{Ll})/u
/**
 * Whether text starts with punctuation that attaches to the word before it.
 *
 * @param text Text, trimmed.
 */
export function startsClosing(text: string): boolean {
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
const firstWordPattern = /^\S+/
/**
 * The first run of non-space characters.
 *
 * @param text Text, trimmed.
 */
export function firstWord(text: string): string {
  const match = firstWordPattern.exec(text.length > 80 ? text.slice(0, 80) : text)
  return match ? match[0] : ''
}

// Titles and abbreviations that never end a sentence ("Lt. Col." ⏎ "Alexander Vindman").
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
const sentenceInside = /\p{Ll}{2}\.[”’"')]*\s+[“‘"']?\p{Lu}/u
/**
 * Whether text contains a sentence boundary (so it is prose, not a heading).
 *
 * @param text Text.
 */
export function hasSentenceInside(text: string): boolean {
  return sentenceInside.test(text.length > 600 ? text.slice(-600) : text)
}

// White space outside ASCII (tested one character at a time, rarely).
const otherSpace = /\s/
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
    const white = code === 32 || (code >= 9 && code <= 13) || (code > 127 && (code === 160 || otherSpace.test(text.charAt(i))))
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
  return cells.test(text)
}

// Rule characters: box drawing, dashes, underscores, `=`, `~`, `*`, dots, bullets.
const ruleOnly = /^[\u2500-\u257F\p{Pd}_=~*.·•●]{3,}$/u

/**
 * Whether a line is a horizontal rule drawn with characters (`━━━━━━`,
 * `----------`, `* * *` once folded): never a wrapped piece of a sentence.
 *
 * @param text A line.
 */
export function isRuleLine(text: string): boolean {
  // A letter or digit first (nearly every line) is no rule: no copy needed.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32 || (code >= 9 && code <= 13)) continue
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return false
    break
  }
  return ruleOnly.test(text.replace(/\s+/g, ''))
}
