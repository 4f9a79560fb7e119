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

  for (const [code, b] of toByte) if (b >= 0x80 && b < 0xc0) continuationChars.push(code)
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

// "Â" left over from a no-break space that became a space: "end.Â The".
const loneA = /(^|[^\p{L}])\u00c2(?= )|(\p{Ll})\u00c2(?= )/gu

// "Ã" left over from "à" whose no-break space (0xA0) became a space: "voilÃ  tout".
const loneAGrave = /(^|[\p{Ll}\s])\u00c3(?= )/gu

// Continuation characters that also occur after a capital in correct text
// («ÇA», „GROß“, «COSÌ»…): a two-byte span ending with one of these needs
// more evidence.
const commonPunctuation = new Set([0xa0, 0xab, 0xbb, 0xb0, 0xa3, 0x2019, 0x2018, 0x201c, 0x201d, 0x201e, 0x2026, 0x2013, 0x2014, 0x2022, 0x20ac, 0x2122, 0x2039, 0x203a, 0x2020, 0x2021, 0x02dc])

// Combining marks that NFD text uses (acute, grave, umlaut, cedilla…).
const commonMarks = new Set([0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30a, 0x30b, 0x30c, 0x327, 0x328])

const letter = /\p{L}/u
const unassigned = /[\p{Cn}\p{Co}\p{Cs}\p{Cc}]/u

const utf8 = new TextDecoder('utf-8', {fatal: true})

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
  const bytes = new Uint8Array(span.length)
  for (let i = 0; i < span.length; i++) bytes[i] = toByte.get(span.charCodeAt(i))!
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return undefined
  }
  const code = text.codePointAt(0)!
  if (span.length === 2) return plausibleTwoByte(code) ? text : undefined
  if (span.length === 4 && code >= 0x1f000 && code <= 0x1faff) return text // Emoji, even newer than this runtime.
  return unassigned.test(text) || (code & 0xfffe) === 0xfffe ? undefined : text
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
  // Candidates: [start, end, replacement, needsEvidence].
  const found: Array<[number, number, string, boolean]> = []
  while ((match = sequence.exec(text))) {
    const span = match[0]
    const decoded = decodeSpan(span)
    if (decoded === undefined) continue
    const lead = span.charCodeAt(0)
    const needsEvidence =
      span.length === 2 &&
      lead !== 0xc2 &&
      lead !== 0xc3 &&
      commonPunctuation.has(span.charCodeAt(1))
    // A combining mark only after a letter ("eÌ\u0081" → "é").
    if (span.length === 2 && lead === 0xcc && !(match.index > 0 && letter.test(text.charAt(match.index - 1)))) continue
    found.push([match.index, match.index + span.length, decoded, needsEvidence])
  }
  if (found.length === 0) return {text, count: 0}

  // Evidence for the weak spans: a strong span elsewhere in the text (it
  // went through a wrong decode), or an adjacent span ("ÐŸÑ€Ð¸").
  const strong = found.some((d) => !d[3])
  let result = ''
  let last = 0
  let count = 0
  for (let i = 0; i < found.length; i++) {
    const [start, end, decoded, needsEvidence] = found[i]
    if (needsEvidence && !strong && !(i > 0 && found[i - 1][1] === start) && !(i + 1 < found.length && found[i + 1][0] === end)) continue
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
    const next = text.replace(loneA, (_, before: string | undefined, lower: string | undefined) => {
      total++
      return before === undefined ? lower! : before
    })
    text = next
  }
  if (total > 0 && text.includes('\u00c3 ')) {
    text = text.replace(loneAGrave, (_, before: string) => {
      total++
      return before + '\u00e0'
    })
  }
  return {text, count: total}
}
