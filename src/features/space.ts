/**
 * Cheap white-space tests that let hot paths skip a regex replace when it
 * would change nothing (`text.replace(/\s+/g, ' ')` on a line that has only
 * single spaces), or skip a long block at once.
 */

/**
 * Whether a UTF-16 code unit is white space as `\s` means it in a regex.
 *
 * @param code A char code.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

const whiteSpace = /\s+/g

/**
 * `text.replace(/\s+/g, ' ')`, without the replace when the text has no
 * white space but single spaces (`"Harbour news"` is returned as it is).
 *
 * @param text Any text.
 */
export function foldSpace(text: string): string {
  let previous = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32) {
      if (previous) return text.replace(whiteSpace, ' ')
      previous = true
    } else if (isSpaceCode(code)) {
      return text.replace(whiteSpace, ' ')
    } else previous = false
  }
  return text
}

/**
 * Whether a text has more than `max` characters that are not white space
 * (then any folded, trimmed or lower-cased form of it is longer than `max`).
 * Stops at the first character past `max`.
 *
 * @param text Any text.
 * @param max Bound.
 */
export function solidLengthExceeds(text: string, max: number): boolean {
  if (text.length <= max) return false
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i)) && ++count > max) return true
  }
  return false
}

/**
 * Whether `text.replace(/\s+/g, ' ')` would be longer than `max`, without
 * building it. Stops at the first character past `max`.
 *
 * @param text Any text.
 * @param max Bound.
 */
export function foldedLengthExceeds(text: string, max: number): boolean {
  if (text.length <= max) return false
  let count = 0
  let previous = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!(space && previous) && ++count > max) return true
    previous = space
  }
  return false
}

// Lines of indentation alone ("      ") a text has, per line of text, when it keeps its HTML source's layout.
const minIndentationShare = 1
// And at the least.
const minIndentationLines = 20

/**
 * Whether a text keeps its HTML source's layout, as `textContent` and
 * `get_text()` give it: more lines of indentation alone ("    " between
 * `</div>` and `<div>`) than lines of text, twenty at the least. A text
 * browser or a converter writes blank lines empty, or few with spaces.
 */
export function keepsSourceIndentation(text: string): boolean {
  let indentation = 0
  let lines = 0
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let i = start
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++
    if (i === end) {
      // ("\r" alone is a Windows line end, no indentation.)
      if (end > start && !(end - start === 1 && text.charCodeAt(start) === 13)) indentation++
    } else lines++
    start = end + 1
  }
  return indentation >= minIndentationLines && indentation >= lines * minIndentationShare
}

// The marks a line's key drops at its end: "Share »", "Comments:", "print ·".
const endMarks = new Set([...' .:!?,;…·|»›>-\u00A0'])

/**
 * Text without the spaces and punctuation at its end (`Read more »` →
 * `Read more`), as the keys of lines and phrases compare.
 *
 * @param text Any text.
 */
export function trimEndMarks(text: string): string {
  let end = text.length
  while (end > 0 && endMarks.has(text.charAt(end - 1))) end--
  return end < text.length ? text.slice(0, end) : text
}

