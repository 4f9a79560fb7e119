/**
 * Remove invisible and control characters that carry nothing, keep those
 * that do (or do no harm: a soft hyphen outside a word): a zero-width joiner inside an emoji sequence (`👩‍💻`), a
 * zero-width (non-)joiner between letters of a script that uses it
 * (Persian `می‌خواهم`, Indic conjuncts), bidi controls in right-to-left
 * text.
 */

/** Cheap test: could the text hold a character to look at? */
export const invisibleGate =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/

const candidates =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g

// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo…).
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/

// Scripts whose writing uses the zero-width (non-)joiner between letters.
const joiningScript =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Thaana}]/u
const mark = /\p{M}/u
const wordChar = /[\p{L}\p{M}\p{N}]/u
const pictographic = /\p{Extended_Pictographic}/u
// What may sit between an emoji and a joiner: skin tones, variation selector 16, tags.
const emojiTail = /[\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3\u{E0020}-\u{E007F}]/u

/**
 * The code point that ends just before `index`.
 *
 * @param text The text.
 * @param index Offset.
 */
function before(text: string, index: number): {char: string; start: number} | undefined {
  if (index <= 0) return undefined
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return {char: text.slice(index - 2, index), start: index - 2}
  }
  return {char: text.charAt(index - 1), start: index - 1}
}

/**
 * The code point that starts at `index`.
 *
 * @param text The text.
 * @param index Offset.
 */
function at(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/**
 * Whether a joiner or non-joiner at `index` sits between letters of a
 * script that uses it.
 *
 * @param text The text.
 * @param index Offset of the joiner.
 */
function betweenJoiningLetters(text: string, index: number): boolean {
  // Walk back over marks (a virama, a harakat) to the base letter.
  let previous = before(text, index)
  let steps = 0
  while (previous && mark.test(previous.char) && steps++ < 8) previous = before(text, previous.start)
  if (!previous || !joiningScript.test(previous.char)) return false
  const next = at(text, index + 1)
  return joiningScript.test(next)
}

/**
 * Whether a joiner at `index` joins two emoji (`👩‍💻`, `🏃🏽‍♀️`).
 *
 * @param text The text.
 * @param index Offset of the joiner.
 */
function insideEmoji(text: string, index: number): boolean {
  let previous = before(text, index)
  let steps = 0
  while (previous && emojiTail.test(previous.char) && steps++ < 8) previous = before(text, previous.start)
  if (!previous || !pictographic.test(previous.char)) return false
  return pictographic.test(at(text, index + 1))
}

/**
 * Remove the invisible characters that carry nothing.
 *
 * @param text The text.
 * @returns The text and the number of characters removed or replaced.
 */
export function removeInvisible(text: string): {text: string; count: number} {
  let rtl: boolean | undefined
  let count = 0
  candidates.lastIndex = 0
  const result = text.replace(candidates, (char: string, index: number) => {
    const code = char.charCodeAt(0)
    let keep = false
    // A soft hyphen inside a word splits it for every tokenizer
    // ("infor\u00ADmation"); next to a space it does no harm.
    if (code === 0xad) keep = !(wordChar.test(before(text, index)?.char || '') && wordChar.test(at(text, index + 1)))
    else if (code === 0x200c) keep = betweenJoiningLetters(text, index)
    else if (code === 0x200d) keep = insideEmoji(text, index) || betweenJoiningLetters(text, index)
    else if (code === 0x200e || code === 0x200f || code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
      if (rtl === undefined) rtl = rightToLeft.test(text)
      keep = rtl
    }
    if (keep) return char
    count++
    // Vertical tab, form feed, next line: white space, not nothing.
    return code === 0x0b || code === 0x0c || code === 0x85 ? ' ' : ''
  })
  return {text: count > 0 ? result : text, count}
}
