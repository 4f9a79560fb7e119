/**
 * What a paragraph announces about the text after it: a count
 * (`the 12 best lamps for a reading corner`) and a pointer forward (`our
 * picks are below`). A listicle’s intro says both before its cards.
 */

/** Smallest count that announces a list. */
const COUNT_MIN = 3
/** Largest count that announces a list. */
const COUNT_MAX = 100

// A whole number of one to three digits standing as a word: "12 best", "Top 7:",
// not a price ("$24", "24,99"), a share ("24%"), a decimal, a date or a time ("10.5", "10/5", "10:30"),
// nor part of a name ("X200", "3D"), nor the day of a date ("May 14, 2027", "14 May 2027").
const countPattern =
  /(?<![\p{L}\p{N}$€£¥₽.,:/])\p{Nd}{1,3}(?![\p{L}\p{N}%$€£¥₽]|[.,:/]\p{N}|,?\s?\p{Nd}{4}|\s\p{L}{3,12}\.?,?\s\p{Nd}{4})/gu

/**
 * The counts a text announces: whole numbers from 3 to 100 that stand as a
 * word (`The 12 best lamps` → `[12]`), not prices, shares, decimals or times.
 *
 * @param text Any text.
 * @returns The counts, in order (maybe empty).
 */
export function announcedCounts(text: string): number[] {
  const counts: number[] = []
  // (Most text has no digit: skip the pattern.)
  if (!hasDigit(text)) return counts
  countPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = countPattern.exec(text))) {
    const n = Number.parseInt(match[0], 10)
    if (n >= COUNT_MIN && n <= COUNT_MAX) counts.push(n)
  }
  return counts
}

/** Whether a text holds a digit (ASCII or beyond: `\p{Nd}` holds "٣"). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 48 && code <= 57) || code >= 0x660) return true
  }
  return false
}

// A letter, a digit or "_" of any script: what may not touch a cue.
const wordCharacter = /[\p{L}\p{N}_]/u

/**
 * Whether a lower-cased text holds one of `cues` as whole words
 * (`…our picks below.` holds `below`; `belowground` does not).
 *
 * @param text Lower-cased text.
 * @param cues Lower-cased phrases.
 */
export function holdsCue(text: string, cues: readonly string[]): boolean {
  for (const cue of cues) {
    if (cue.length === 0) continue
    let at = text.indexOf(cue)
    while (at >= 0) {
      const before = at > 0 ? text.charAt(at - 1) : ''
      const after = text.charAt(at + cue.length)
      if ((!before || !wordCharacter.test(before)) && (!after || !wordCharacter.test(after))) return true
      at = text.indexOf(cue, at + 1)
    }
  }
  return false
}
