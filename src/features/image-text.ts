/**
 * The text of an image that a text browser wrote more than once: w3m, links
 * and lynx render a lazy image and its `noscript` copy, each by its text
 * (`Shy owlShy owl`).
 */

// A letter in the copied text.
const letter = /\p{L}/u
// What may follow the copies glued: a capital, a digit or an opening quote ("…RuizIf we", "…Ruiz“We").
const gluedStart = /^["“‘«(\p{Lu}\d]/u

/**
 * The length of the copies of an image's text a line starts with: the same
 * text of two words or more (5 to 100 characters) written two or three
 * times, glued ("Shy owlShy owl") or, from 12 characters, one space apart
 * ("Harbour view Harbour view"). The copies are the whole line, or glued
 * before a capital or a quote that starts the paragraph ("Ana RuizAna
 * RuizIf we…"). 0 when the line starts otherwise ("Walla Walla", "New York
 * New York" are names; "OctoberOctober" two tags glued).
 *
 * @param text A line.
 */
export function imageTextCopies(text: string): number {
  const first = text.charCodeAt(0)
  const max = Math.min(100, text.length >> 1)
  for (let size = 5; size <= max; size++) {
    const code = text.charCodeAt(size)
    const gap = code === 32 ? 1 : 0
    if (code !== first && !(gap === 1 && size >= 12 && text.charCodeAt(size + 1) === first)) continue
    if (!text.startsWith(text.slice(0, size), size + gap)) continue
    const unit = text.slice(0, size)
    // (Two words at least: "OctoberOctober" is more likely two tags glued, "Things To Do In October" and "October".)
    if (!letter.test(unit) || unit.trim() !== unit || !unit.includes(' ')) continue
    let end = 2 * size + gap
    if (text.startsWith((gap ? ' ' : '') + unit, end)) end += size + gap
    if (end === text.length) return end
    return gap === 0 && gluedStart.test(text.slice(end, end + 1)) ? end : 0
  }
  return 0
}

// What a text browser writes for what it does not show, at the start of a line:
// "[IMG]" (elinks, links: an image without text), "[]" (pandoc's plain text: the
// same), "(BUTTON)" (lynx: a button), with the spaces after it.
const browserPlaceholders = /^(?:(?:\[(?:IMG|INLINE|EMBED|IFRAME)?\]|\(BUTTON\))[ \t\u00A0]*)+/

/**
 * The placeholders a text browser wrote at the start of a line for an image
 * without text or a button (`[IMG] Ferry crews vote…`, `(BUTTON) View
 * comments`), with the spaces after them, or `undefined`.
 *
 * @param text A line, trimmed.
 */
export function leadingBrowserPlaceholders(text: string): string | undefined {
  const first = text.charCodeAt(0)
  if (first !== 91 /* [ */ && first !== 40 /* ( */) return undefined
  return browserPlaceholders.exec(text)?.[0]
}

/**
 * Whether a line is nothing but a text browser's placeholders (`[IMG]`,
 * `(BUTTON)`, `[IMG] [IMG]`): no text of the page, no label.
 *
 * @param text A line, trimmed.
 */
export function isBrowserPlaceholder(text: string): boolean {
  return leadingBrowserPlaceholders(text) === text
}
