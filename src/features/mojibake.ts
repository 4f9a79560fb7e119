/**
 * Repair mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1
 * (`CafÃ©`, `donâ€™t`, `ÐŸÑ€Ð¸Ð²ÐµÑ‚`), once or several times.
 *
 * The decision follows ftfy: a span is only re-decoded when its characters
 * are exactly what a UTF-8 byte sequence looks like in Windows-1252 or
 * Latin-1 (a lead byte character followed by the right number of
 * continuation byte characters), when those bytes are valid UTF-8, and when
 * the decoded character is more plausible than the span it replaces.
 * Everything else is left alone, so correct text never gets worse.
 */
import iconv from 'iconv-lite'

/** Code point → byte, for every character that Windows-1252 or Latin-1 decodes a byte to. */
const toByte = new Map<number, number>()
/** The same, as a table indexed by code point (U+0000–U+2122), `-1` where none. */
const byteTable = new Int16Array(0x2123).fill(-1)
/** Characters that a continuation byte (0x80–0xBF) decodes to. */
const continuationChars: number[] = []

{
  const bytes = new Uint8Array(256)
  for (let b = 0; b < 256; b++) bytes[b] = b
  const decoded = iconv.decode(Buffer.from(bytes), 'windows-1252')
  for (let b = 0; b < 256; b++) {
    const code = decoded.charCodeAt(b)
    // Windows-1252 leaves five bytes undefined (U+FFFD here); Latin-1 and
    // the WHATWG decoder read every 0x80–0x9F byte as the C1 control.
    if (code !== 0xfffd) toByte.set(code, b)
    if (b >= 0x80 && b < 0xa0) toByte.set(b, b)
  }

  for (const [code, b] of toByte) {
    byteTable[code] = b
    if (b >= 0x80 && b < 0xc0) continuationChars.push(code)
  }
}

const hex = (code: number) => '\\u' + code.toString(16).padStart(4, '0')
const continuation = '[' + continuationChars.map((d) => hex(d)).join('') + ']'

/** Cheap test: does the text hold a lead byte character followed by a continuation byte character? */
export const mojibakeGate = new RegExp('[\\u00c2-\\u00f4]' + continuation)

// One UTF-8 sequence seen through Windows-1252 / Latin-1 eyes: "Ã©",
// "â€™", "ðŸ˜€". Fixed-length alternatives: no backtracking.
const sequence = new RegExp(
  '[\\u00c2-\\u00df]' +
    continuation +
    '|[\\u00e0-\\u00ef]' +
    continuation +
    '{2}|[\\u00f0-\\u00f4]' +
    continuation +
    '{3}',
  'g'
)

// "Â" left over from a no-break space that became a space: "end.Â The",
// "wordÂ next" (a capital Â never ends a word after a lower-case letter or
// punctuation), and, once other repairs show the text went through a wrong
// decode, " Â ".
const loneA = /([^\s\p{Lu}])\u00c2(?= )/gu
const loneASpaced = /(^|\s)\u00c2(?= )/g

// "Ã" left over from "à" whose no-break space (0xA0) became a space: "voilÃ  tout".
const loneAGrave = /(^|[\p{Ll}\s])\u00c3(?= )/gu

// Continuation characters that also occur after a capital in correct text
// («ÇA», „GROß“, «COSÌ»…): a two-byte span ending with one of these needs
// more evidence.
const commonPunctuation = new Set([0xa0, 0xab, 0xbb, 0xb0, 0xa3, 0x2019, 0x2018, 0x201c, 0x201d, 0x201e, 0x2026, 0x2013, 0x2014, 0x2022, 0x20ac, 0x2122, 0x2039, 0x203a, 0x2020, 0x2021, 0x02dc])

// Combining marks that NFD text uses (acute, grave, umlaut, cedilla…).
const commonMarks = new Set([0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30a, 0x30b, 0x30c, 0x327, 0x328])

const letter = /\p{L}/u
const upperLetter = /\p{Lu}/u
const latinLetter = /[A-Za-z\u00c0-\u024f]/
// Š Œ Ž Ÿ: Windows-1252 capitals among the continuation bytes.
const upperContinuation = new Set([0x160, 0x152, 0x17d, 0x178])
const lowerLetter = /\p{Ll}/u
const unassigned = /[\p{Cn}\p{Co}\p{Cs}\p{Cc}]/u


/**
 * Whether a code point decoded from two bytes is a character people write.
 *
 * @param code The code point.
 */
function plausibleTwoByte(code: number): boolean {
  // C1 controls: never text, but the middle layer of a double encoding
  // ("Â\u0081" → "\u0081", next pass "Ï\u0081" → "ρ").
  if (code < 0xa0) return true
  if (code < 0x180) return true // Latin-1 Supplement, Latin Extended-A.
  if (code < 0x250) {
    // Vietnamese ơ ư, Croatian digraphs, pinyin ǎ ǐ ǒ ǔ, Romanian ș ț.
    // ƒ (in Windows-1252 itself: what a double encoding goes through).
    return code === 0x192 || (code >= 0x1a0 && code <= 0x1b0) || (code >= 0x1c4 && code <= 0x1dc) || (code >= 0x218 && code <= 0x21b)
  }
  if (code < 0x300) return code === 0x2bb || code === 0x2bc || code === 0x2c6 || code === 0x2c7 || code === 0x2dc
  if (code < 0x370) return commonMarks.has(code)
  if (code < 0x400) return letter.test(String.fromCharCode(code)) || code === 0x384 || code === 0x385 || code === 0x387
  if (code < 0x460) return true // Cyrillic.
  if (code < 0x500) return code === 0x490 || code === 0x491 || (code >= 0x4d0 && code <= 0x4ff)
  if (code < 0x531) return false
  if (code < 0x590) return letter.test(String.fromCharCode(code)) // Armenian.
  if (code < 0x600) return (code >= 0x5b0 && code <= 0x5c7) || (code >= 0x5d0 && code <= 0x5ea) || code === 0x5be || code === 0x5f3 || code === 0x5f4
  if (code < 0x700) return !unassigned.test(String.fromCharCode(code)) && code !== 0x61c // Arabic.
  return false // Syriac, Thaana, NKo: what "groß“" would become.
}

/**
 * Decode one span; `undefined` when it is not valid UTF-8 or not plausible.
 *
 * @param span The span (2–4 characters).
 */
function decodeSpan(span: string): string | undefined {
  // The regex matched a lead byte and continuation bytes (0x80–0xBF);
  // what is left to check is the second byte of three- and four-byte forms
  // (no overlong forms, no surrogates, nothing past U+10FFFF).
  const b0 = byteTable[span.charCodeAt(0)]
  const b1 = byteTable[span.charCodeAt(1)]
  let code: number
  if (span.length === 2) {
    code = ((b0 & 0x1f) << 6) | (b1 & 0x3f)
  } else if (span.length === 3) {
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return undefined
    code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (byteTable[span.charCodeAt(2)] & 0x3f)
  } else {
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return undefined
    code = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((byteTable[span.charCodeAt(2)] & 0x3f) << 6) | (byteTable[span.charCodeAt(3)] & 0x3f)
  }
  const text = String.fromCodePoint(code)
  if (span.length === 2) return plausibleTwoByte(code) ? text : undefined
  if (span.length === 4 && code >= 0x1f000 && code <= 0x1faff) return text // Emoji, even newer than this runtime.
  return unassigned.test(text) || (code & 0xfffe) === 0xfffe ? undefined : text
}

/** How much a span alone tells: `strong` is enough, `weak` and `caps` need evidence. */
type Strength = 'strong' | 'weak' | 'caps'

/**
 * How much a span tells on its own.
 *
 * @param text The text.
 * @param span The span.
 * @param start Its start.
 * @param end Its end.
 */
function strength(text: string, span: string, decoded: string, start: number, end: number): Strength {
  if (span.length === 4) return 'strong' // "ðŸ˜€".
  if (span.length === 3) {
    const code = decoded.charCodeAt(0)
    // "â€™", "â€œ": punctuation and symbols fit anywhere.
    if ((code >= 0x2000 && code < 0x2c00) || (code >= 0x3000 && code < 0x3040) || code === 0xfeff) return 'strong'
    // "ä¸­æ–‡" is "中文", but "café”…" is not "caf锅": another script glued
    // to a Latin letter needs evidence.
    return (start > 0 && latinLetter.test(text.charAt(start - 1))) || latinLetter.test(text.charAt(end)) ? 'weak' : 'strong'
  }
  const lead = span.charCodeAt(0)
  const next = span.charCodeAt(1)
  // "ÚŽASNÝ", "ÉŒ": a capital then a Windows-1252 capital in capitals.
  if (
    upperContinuation.has(next) &&
    ((start > 0 && upperLetter.test(text.charAt(start - 1))) || upperLetter.test(text.charAt(end)))
  ) {
    return 'caps'
  }
  // Greek, Cyrillic, Armenian, Hebrew, Arabic: "Úžina" is Czech, "Ð¸" is "и"
  // only in a text that shows more.
  if (lead >= 0xce) return 'weak'
  // "IRMÃ»", "ĐÃ”": a capital Ã ends Portuguese and Vietnamese words, but
  // after a lower-case letter it is mojibake ("voilÃ\u00A0"). A capital Â
  // never ends a word.
  if (commonPunctuation.has(next) && lead !== 0xc2 && !(lead === 0xc3 && start > 0 && lowerLetter.test(text.charAt(start - 1)))) {
    return 'weak'
  }
  return 'strong'
}

/**
 * One pass over the text.
 *
 * @param text The text.
 * @returns The repaired text and the number of spans repaired.
 */
function pass(text: string): {text: string; count: number} {
  sequence.lastIndex = 0
  let match: RegExpExecArray | null
  // Candidates: [start, end, replacement, strength].
  const found: Array<[number, number, string, Strength]> = []
  while ((match = sequence.exec(text))) {
    const span = match[0]
    const decoded = decodeSpan(span)
    if (decoded === undefined) continue
    const start = match.index
    const end = start + span.length
    // A combining mark only after a letter ("eÌ\u0081" → "é").
    if (span.length === 2 && span.charCodeAt(0) === 0xcc && !(start > 0 && letter.test(text.charAt(start - 1)))) continue
    found.push([start, end, decoded, strength(text, span, decoded, start, end)])
  }
  if (found.length === 0) return {text, count: 0}

  // Weak spans need evidence: a strong span somewhere in the text, two
  // adjacent weak spans ("Ñ€Ð¸"), or a run of three spans; not two
  // capitals glued to a quote ("NGÃ’ÚŽINA").
  let confirmed = false
  let run = 1
  for (let i = 0; i < found.length && !confirmed; i++) {
    const [start, , , kind] = found[i]
    const adjacent = i > 0 && found[i - 1][1] === start
    run = adjacent ? run + 1 : 1
    if (kind === 'strong' || run >= 3 || (adjacent && kind === 'weak' && found[i - 1][3] === 'weak')) confirmed = true
  }

  let result = ''
  let last = 0
  let count = 0
  for (const [start, end, decoded, kind] of found) {
    if (kind !== 'strong' && !confirmed) continue
    result += text.slice(last, start) + decoded
    last = end
    count++
  }
  if (count === 0) return {text, count: 0}
  result += text.slice(last)
  return {text: result, count}
}

/**
 * Repair mojibake in a text (a block).
 *
 * @param text The text.
 * @returns The repaired text and the number of repairs (`0` when nothing changed).
 */
export function fixMojibake(text: string): {text: string; count: number} {
  let total = 0
  // Double and triple encodings come back one layer per pass.
  for (let round = 0; round < 3 && mojibakeGate.test(text); round++) {
    const result = pass(text)
    if (result.count === 0) break
    text = result.text
    total += result.count
  }

  // Leftovers of no-break spaces that became spaces, once the text shows
  // it went through this kind of decoding: "Â " → " ", "Ã " → "à ".
  if (text.includes('\u00c2 ')) {
    const replace = (_: string, before: string) => {
      total++
      return before
    }
    text = text.replace(loneA, replace)
    if (total > 0) text = text.replace(loneASpaced, replace)
  }
  if (total > 0 && text.includes('\u00c3 ')) {
    text = text.replace(loneAGrave, (_, before: string) => {
      total++
      return before + '\u00e0'
    })
  }
  return {text, count: total}
}
