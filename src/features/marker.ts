/**
 * Find the short lines a page's template puts between its paragraphs, that a
 * scraper reading every text node takes with the text: the HTML comments
 * around each paragraph (`<!-- text -->`, `<!-- wp:paragraph -->`), read as
 * `text` ⏎⏎ `The crews…` ⏎⏎ `text` ⏎⏎ `The vote…`.
 *
 * Such a line repeats word for word next to paragraphs of prose, which no
 * short line of an article without capitals does: a heading, a label or a link's text is written
 * once, a speaker's name ends with a colon, a break between sections
 * (`* * *`) has no letters.
 */
import {endsSentence, wordCount} from './lines.js'

// A marker is short, a few words at most (and no piece of a time: "10:30" ⏎ "am").
const minimumLength = 4
const maximumLength = 40
const maximumWords = 4
// The fewest places where one marker stands next to a paragraph of prose.
const minimumBetween = 3
// A paragraph of prose is this long at least.
const minimumProse = 60

// An upper-case letter: a marker has none (a heading, a name or a label has:
// "Advertisement", "5. Spend less").
const capital = /[\p{Lu}\p{Lt}]/u
// A first character that a marker may not have: closing punctuation or a
// comma (the piece of a sentence cut at a link: ", and the crews"), a digit
// (a number, a time, an item: "5. pay less").
const closingStart = /^[,;:.!?)\]}”’»\p{N}]/u
// A letter of a script without case (Chinese, Arabic…): its lines have no lower-case start to tell a marker by.
const caselessLetter = /^(?![\p{Ll}\p{Lu}\p{Lt}])\p{L}/u
// A letter, anywhere.
const letter = /\p{L}/u
// The start of a paragraph of prose: a capital, a letter of a script without case, a digit, an opening quote or parenthesis.
const proseStart = /^(?:[\p{Lu}\p{Lt}\p{N}"“‘'«(]|(?![\p{Ll}])\p{L})/u

/**
 * Whether a line has the shape of a template's marker: short, a few words, a
 * letter, no upper-case letter, no sentence end, no colon at the end
 * (`text`, `/wp:paragraph`, `slot:sidebar.20931`, `/ quay card`).
 *
 * @param text A line, trimmed.
 */
export function hasMarkerShape(text: string): boolean {
  if (text.length < minimumLength || text.length > maximumLength) return false
  if (capital.test(text) || closingStart.test(text) || caselessLetter.test(text) || !letter.test(text)) return false
  const last = text.charCodeAt(text.length - 1)
  if (last === 58 /* : */ || endsSentence(text)) return false
  return wordCount(text, maximumWords + 1) <= maximumWords
}

/**
 * Find the template markers of a text: lines of marker shape
 * (`hasMarkerShape`) that stand, word for word the same, right after a
 * paragraph of prose or right before one three times or more (other such
 * lines may stand between: `/wp:paragraph` ⏎⏎ `wp:paragraph`).
 *
 * @param values The text’s lines (or blocks), trimmed.
 * @param skip Whether a line is to be passed over (already removed), by index.
 * @param alone Whether a line stands alone, by index: no line of the same paragraph before it (a blank line, or a sentence end, before it). A wrap may put a line’s last word on a line of its own: "…the boats, the stalls," ⏎ "concerts". (Asked of lines of marker shape only.)
 * @returns The markers’ texts (empty when there are none).
 */
export function templateMarkers(values: readonly string[], skip: (index: number) => boolean, alone: (index: number) => boolean): Set<string> {
  const found = new Set<string>()
  // Lines of marker shape and how often each occurs (most texts have none: nothing more is read).
  const counts = new Map<string, number>()
  const shaped = new Uint8Array(values.length)
  for (let i = 0; i < values.length; i++) {
    if (!hasMarkerShape(values[i]) || skip(i) || !alone(i)) continue
    shaped[i] = 1
    counts.set(values[i], (counts.get(values[i]) ?? 0) + 1)
  }
  let any = false
  for (const count of counts.values()) if (count >= minimumBetween) any = true
  if (!any) return found
  // A line passed over when looking for the paragraph next to a marker: removed, or another repeated line of marker shape.
  const passed = (i: number) => skip(i) || (shaped[i] === 1 && counts.get(values[i])! >= 2)
  // The nearest line not passed over before and after each line, in two sweeps (walking
  // from every marker instead costs the square of a long run of them: `text` ⏎ `text` ⏎ …).
  const n = values.length
  const isPassed = new Uint8Array(n)
  for (let i = 0; i < n; i++) if (passed(i)) isPassed[i] = 1
  const previous = new Int32Array(n)
  for (let i = 0, last = -1; i < n; i++) {
    previous[i] = last
    if (isPassed[i] === 0) last = i
  }
  const next = new Int32Array(n)
  for (let i = n - 1, last = n; i >= 0; i--) {
    next[i] = last
    if (isPassed[i] === 0) last = i
  }
  const between = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    if (shaped[i] === 0 || counts.get(values[i])! < minimumBetween) continue
    const before = previous[i]
    const after = next[i]
    const head = before < 0 ? '' : values[before]
    const tail = after >= values.length ? '' : values[after]
    // (A heading may stand on the other side: "WHO RUNS THE QUAYS?" ⏎⏎ "text" ⏎⏎ "The crews…".)
    if (!(head.length >= minimumProse && endsSentence(head)) && !(tail.length >= minimumProse && proseStart.test(tail))) continue
    const count = (between.get(values[i]) ?? 0) + 1
    between.set(values[i], count)
    if (count >= minimumBetween) found.add(values[i])
  }
  return found
}
