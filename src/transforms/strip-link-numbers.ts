/**
 * Strip the link numbers of a text browser’s dump (`lynx -dump`, `elinks
 * -dump`, `w3m` with link numbers): the `[12]` written before each link’s
 * text (`the [12]harbour master`), alone for a link without text
 * (`[21] [22]`), and the numbered list of link targets such a dump ends with
 * (`References` ⏎ `1. https://…`), and the links of the document’s head an
 * elinks dump starts with (`Link: [2]canonical`). Plain text is left alone: the transform
 * runs only when the document shows the numbering (numbers glued to the
 * text after them, counting up one by one), but for the head's links a
 * dump without numbers starts with (links: `Link: canonical` ⏎ `Link: alternate en`).
 */
import type {VFile} from 'vfile'
import {isRowItem} from '../features/items.js'
import {displayWidth} from '../features/lines.js'
import {isSpaceCode} from '../features/space.js'
import {inform, isInputSlice, place, span} from '../message.js'
import {autoOption} from '../options.js'
import type {Block, Root, Stripped} from '../types.js'

/** Options for `stripLinkNumbers`. */
export interface Options {
  /**
   * Whether the input numbers its links: `'auto'` decides from the document
   * (three or more numbers glued to the text after them, most one more than
   * the number before), `true` always strips, `false` never does (default: `'auto'`).
   */
  numbered?: boolean | 'auto' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// How much of the document the detection reads.
const sample = 200_000

// "[12]": a bracketed number. At the start of a block, after white space or
// an opening mark ("the [12]harbour", "([4]PDF)") it starts a link; glued to
// the word before it, it is a link number only when it goes on from the
// number before ("Topics[58]Ferries" after "[57]"), else a footnote ("in 1850.[3]").
const anyNumber = /\[(\d{1,5})\]/g
// How far a link number glued to the word before it may go on from the
// number before (a dump skips the numbers of links it does not show): "[12]"
// right after "[57]" is the page's own footnote, the link's text.
const maxSkip = 3

// A link target in the list at the end: "12. https://…", "3. mailto:…",
// "4. file:///…", "5. /terms" (lynx, elinks), "[6] https://…" (w3m); spaces
// the page left in a target too ("7. whatsapp://send?text=Night ferry returns",
// "8. javascript: void(0);").
const target = /^(?:\d{1,5}\.|\[\d{1,5}\])\s+(?:[a-z][a-z\d+.-]{0,20}:\/\/\S*(?: \S+)*|javascript: ?\S*(?: \S+)*|(?:[a-z][a-z\d+.-]{0,20}:|www\.|\/)\S*)$/i

// An entry of that list with the link's title (elinks): "51. Harbour webcams" ⏎ "\tfile:///page/webcams",
// the target alone on the line under its number and title.
const bareTarget = /^(?:[a-z][a-z\d+.-]{0,20}:|www\.|\/)\S*$/i
const titledTarget = /^\d{1,5}\.\s+\S/

// An entry of that list for a form's control, in the browser's own words (links
// with numbered links): "74. Text field, Name search", "75. Post form: https://…",
// "76. Button", "77. Checkbox, Name topics, Value ferries".
const formEntry = /^\d{1,5}\.\s+(?:(?:Submit|Post|Get|Reset) form|Image|Button|Checkbox|Radio button|Text field|Text area|Password field|File upload|Select field)(?:[:,] .*)?$/

// A heading in that list ("References", "Visible links", "Hidden links:"): short, no digit, no sentence.
const listHeading = /^[^\d.!?]{1,30}$/u

// The list without numbers ("lynx -dump -nonumbers"): "Visible links:" ⏎
// "file:///ferries/" ⏎ "https://gazette.example/night-ferry": a target alone
// on its line, a scheme with something after it ("Note:" is no target), and
// the spaces the page left in one ("whatsapp://send?text=Night ferry returns",
// "javascript: void(0);").
const plainTarget = /^(?:[a-z][a-z\d+.-]{0,20}:\/\/\S*(?: \S+)*|javascript: ?\S*(?: \S+)*|[a-z][a-z\d+.-]{0,20}:\S+|www\.\S+|\/\S+)$/i
// Targets such a list needs under its heading; without a heading, a run this
// long of addresses alone at the end is no article's list of sources.
const minPlainTargets = 3
const minUnheadedTargets = 10

/**
 * Plugin: strip a text browser’s link numbers from the blocks of a dump,
 * recording them in `data.stripped` (rule `strip-link-numbers`), and remove
 * the list of link targets at its end (fate `removed`, rule `link-references`)
 * and the links of the document’s head an elinks dump starts with (rule `head-links`).
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function stripLinkNumbers(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `stripLinkNumbers` options must be an object, got `' + String(settings) + '`')
  }
  const mode = autoOption(settings.numbered, 'stripLinkNumbers.numbered')

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    // The list of targets at the end counts again from 1: read the numbers before it.
    const list = targetList(tree.children)
    if (mode === 'auto' && !isNumbered(tree.children, list)) {
      // "Link: canonical" ⏎ "Link: prev: Quay repairs start in spring": a dump without numbers (links) has the head's links too.
      const plain = headLinks(tree.children, false) || lynxHeadLinks(tree.children, false)
      if (plain > 0) removeHeadLinks(tree.children, plain, file)
      const plainList = plainTargetList(tree.children)
      if (plainList < tree.children.length) removeTargets(tree.children, plainList, file)
      return
    }
    const input = typeof file.value === 'string' ? file.value : undefined
    if (list < tree.children.length) removeTargets(tree.children, list, file)
    // Found before the numbers go ("Link: [1]…"), removed after (the count goes on through them).
    const head = headLinks(tree.children, true) || lynxHeadLinks(tree.children, true)

    let numbers = 0
    let first: Block | undefined
    let last: Block | undefined
    // The last link number stripped (-1: none yet).
    let previous = -1
    const blocks = tree.children
    let index = 0
    while (index < blocks.length) {
      // A paragraph: lines without a blank line between them (a dump wraps a row of links too).
      let end = index + 1
      while (end < blocks.length && blocks[end].data.blankBefore === 0) end++
      const lines: Line[] = []
      let any = false
      for (let k = index; k < end; k++) {
        const block = blocks[k]
        const cuts: Cut[] = []
        if (!block.data.fate && block.value.includes('[')) previous = findNumbers(block.value, previous, cuts)
        if (cuts.length > 0) any = true
        lines.push({block, cuts})
      }
      index = end
      if (!any) continue
      // "Tags: [12]Ferries, [13]Quays": a paragraph of link numbers and short
      // items is a row of links, whose items the numbers delimit ("Tags: Ferries | Quays").
      // ("terms:" ⏎ "[12]Ferries[13]Quays" ⏎ "By" ⏎ "[14]Lena Voss": a row may open a paragraph whose next lines are no items.)
      let rowStart = 0
      let rowEnd = rowLines(lines)
      // "…Category: Harbour -" ⏎ "Tags: [12]ferry [13]storm" ⏎ "A crew of…": a labelled row inside a paragraph.
      if (rowEnd === 0) [rowStart, rowEnd] = innerRow(lines)
      const results = [...lines.slice(0, rowStart).map((d) => writeLine(d)), ...writeRow(lines.slice(rowStart, rowEnd)), ...lines.slice(rowEnd).map((d) => writeLine(d))]
      for (let k = 0; k < lines.length; k++) {
        const {block, cuts} = lines[k]
        const row = k >= rowStart && k < rowEnd
        const result = results[k].replace(spaces, ' ').trim()
        // A line of the row without a number: "convertible" ending the item above.
        // The bars of a row are not in the input: the line keeps its width.
        if (row && block.data.width === undefined) block.data.width = displayWidth(block.value)
        if (cuts.length === 0) {
          if (row && result && result !== block.value.trim()) block.value = result
          continue
        }
        numbers += cuts.length
        first ||= block
        last = block
        if (result) {
          const exact = isInputSlice(block, input)
          const stripped: Stripped[] = cuts.map(([start, cutEnd]) => ({
            text: block.value.slice(start, cutEnd),
            rule: 'strip-link-numbers',
            position: place(block, exact, start, cutEnd)
          }))
          block.data.stripped = [...(block.data.stripped || []), ...stripped]
          // "Quays[45]Pilots[46]night ferry": the dump wrapped before that whole
          // first word, the numbers glued inside it included (`repairLineBreaks`
          // reads wraps from it); "[301]ferries" under a row of links, its
          // number too. (Not a number that opens a line under anything else:
          // "[153]HARBOUR-PHOTO-…" may as well start a link on a line of its own.)
          const space = block.value.search(whiteSpace)
          const firstEnd = space === -1 ? block.value.length : space
          const underRow = cuts[0][0] === 0 && k > 0 && lines[k - 1].cuts.length >= 2
          const from = cuts[0][0] === 0 && !underRow ? cuts[0][1] : 0
          if (underRow || cuts.some(([start]) => start > from && start < firstEnd)) {
            block.data.firstWordWidth = Math.max(block.data.firstWordWidth ?? 0, displayWidth(block.value.slice(from, firstEnd)))
          }
          block.value = result
        } else {
          // Nothing but numbers ("[21] [22] [23]"): links without text, the block goes whole.
          block.data.fate = 'removed'
          block.data.rule = 'strip-link-numbers'
        }
      }
    }
    if (head > 0) removeHeadLinks(blocks, head, file)
    if (first && last) {
      inform(file, `Stripped ${numbers} link number${numbers === 1 ? '' : 's'} of a text browser`, span(first, last), 'strip-link-numbers')
    }
  }
}

// White space: where the dump's words end.
const whiteSpace = /\s/
// What a link number follows when it starts a link: white space or an opening mark.
const leadingMark = /[\s(“"'‘«¿¡]/
// A letter or digit.
const wordEnd = /[\p{L}\p{N}]/u

// Separators around the items of a row: ", ", " | ", " · ".
const rowSeparator = /[\s,;|·•/]/

/** An item without the separators around it (a loop: a pattern anchored at the end would backtrack). */
function trimSeparators(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && rowSeparator.test(text.charAt(start))) start++
  while (end > start && rowSeparator.test(text.charAt(end - 1))) end--
  return text.slice(start, end)
}

/** A link number found in a line: `[start, end]` in its text, and whether it starts a link (after white space). */
type Cut = [start: number, end: number, leading: boolean]

/** A line of a paragraph and its link numbers. */
interface Line {
  block: Block
  cuts: Cut[]
}

/**
 * Find the link numbers of a line (`cuts`, filled in place).
 *
 * @param value The line.
 * @param previous The last link number before the line (-1: none yet).
 * @returns The last link number found (or `previous`).
 */
function findNumbers(value: string, previous: number, cuts: Cut[]): number {
  anyNumber.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = anyNumber.exec(value))) {
    const start = match.index
    const number = Number(match[1])
    const leading = leadingMark.test(start > 0 ? value.charAt(start - 1) : ' ')
    // "[7]" after "[123]": the page's own footnote, the link's text.
    if (!leading && (previous < 0 || number <= previous || number > previous + maxSkip)) continue
    previous = number
    cuts.push([start, start + match[0].length, leading])
  }
  return previous
}

/** A line without its link numbers ("the [12]harbour" → "the harbour"). */
function writeLine(line: Line): string {
  const value = line.block.value
  let result = ''
  let at = 0
  for (const [start, end, leading] of line.cuts) {
    let next = end
    let replacement = ''
    const after = value.charAt(end)
    // "[21] [22]": a number alone takes the space after it ("1850.[57] See" keeps it).
    if (after === ' ' && leading) next++
    // "Topics[58]Ferries": two words the dump glued; keep them apart.
    else if (!leading && wordEnd.test(after)) replacement = ' '
    result += value.slice(at, start) + replacement
    at = next
  }
  return result + value.slice(at)
}

/**
 * The lines of a row of links, its items apart: "Tags:[12]Ferries," ⏎
 * "[13]Quays [14]Pier" → "Tags: Ferries |" ⏎ "Quays | Pier". An item wrapped
 * over a line end goes on on the next line without a bar.
 */
function writeRow(lines: readonly Line[]): string[] {
  const results: string[] = []
  // Items with text written so far; whether a bar is due before the next text.
  let written = 0
  let due = false
  for (const {block, cuts} of lines) {
    const value = block.value
    let out = ''
    const add = (text: string, startsItem: boolean) => {
      if (startsItem) due = written > 0
      const piece = trimSeparators(text).replace(spaces, ' ')
      if (!piece) return
      // At a line start the bar ends the line before: "…quays |" ⏎ "pier works | …".
      if (due && !out && results.length > 0) results[results.length - 1] += ' |'
      else if (due) out += out ? ' | ' : '| '
      else if (out) out += ' '
      out += piece
      if (startsItem || due) written++
      due = false
    }
    add(value.slice(0, cuts.length > 0 ? cuts[0][0] : value.length), false)
    for (let i = 0; i < cuts.length; i++) add(value.slice(cuts[i][1], i + 1 < cuts.length ? cuts[i + 1][0] : value.length), true)
    results.push(out)
  }
  return results
}

// A label that ends a sentence is prose, not a row's ("Read the [5]report." — items: `isRowItem`).
const sentenceEnd = /[.!?…]$/u
// The label before a row wrapped over lines: "Tags:", "Filed under:".
const labelEnd = /[:：]$/u

/**
 * How many lines of a paragraph, from its first, are a row of links: all of
 * them, the most that are (a row followed by lines that are no items), or none.
 *
 * @param lines The paragraph's lines.
 */
function rowLines(lines: readonly Line[]): number {
  if (isRow(lines)) return lines.length
  if (lines.length > maxRowLines) return 0
  // (Only after a label that ends with a colon: "As both [12]NBC News and [13]Bloomberg have" ⏎ "reported…" is prose;
  // or where links touch, as no sentence writes them: "[42]Ferries [43]Pilot Boats[44]Fog Horns" ⏎ "Please sign in to…".)
  for (let end = lines.length - 1; end >= 1; end--) {
    const head = lines.slice(0, end)
    if (isRow(head, true) || (touching(head) && head[0].cuts[0]?.[0] === 0 && isRow(head))) return end
  }
  return 0
}

/**
 * Where a row of links is inside a paragraph (`[start, end)` of its lines,
 * or `[0, 0]`): a line after the first that opens with a label ending with
 * a colon and two links or more (`Tags: [12]ferry [13]storm`), and the lines
 * after it that go on with the row.
 *
 * @param lines The paragraph's lines.
 */
function innerRow(lines: readonly Line[]): [start: number, end: number] {
  for (let start = 1; start < lines.length && start <= maxRowLines; start++) {
    const {block, cuts} = lines[start]
    if (cuts.length < 2 || cuts[0][0] === 0 || !labelEnd.test(block.value.slice(0, cuts[0][0]).trim())) continue
    for (let end = Math.min(lines.length, start + maxRowLines); end > start; end--) if (isRow(lines.slice(start, end), true)) return [start, end]
  }
  return [0, 0]
}

/** Whether two links or more of some lines touch the text before them (`Boats[44]Fog`). */
function touching(lines: readonly Line[]): boolean {
  let count = 0
  for (const line of lines) for (const cut of line.cuts) if (!cut[2] && cut[0] > 0) count++
  return count >= 2
}

// Most lines of a paragraph read for a row at its start (a row wraps over a few).
const maxRowLines = 12

/**
 * Whether a paragraph of link numbers is a row of links: two items or more,
 * each short and no sentence (`Read the [5]report and the [6]appendix.` is
 * prose), after an optional short label (one that ends on a colon when the
 * row is wrapped over lines; a list of links, one per line, is no row).
 *
 * @param lines The lines.
 * @param labelled Whether the row needs a label that ends with a colon.
 */
function isRow(lines: readonly Line[], labelled = false): boolean {
  let text = ''
  const cuts: Array<[number, number]> = []
  for (const line of lines) {
    if (text) text += ' '
    const offset = text.length
    text += line.block.value
    for (const [start, end] of line.cuts) cuts.push([offset + start, offset + end])
  }
  if (cuts.length < 2) return false
  // Over lines, a wrapped row, not a list or a menu with a link per line
  // ("* [3]News" ⏎ "* [4]Ferries"): no bullets, and each line holds two
  // pieces (links, a label, the end of an item) or ends inside an item the next line goes on with.
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]
    if (line.block.data.bullet || lines[k + 1].block.data.bullet) return false
    const next = lines[k + 1].cuts
    const goesOn = next.length === 0 || next[0][0] > 0
    // Pieces on the line: its links, and the text before the first (a label, or the end of an item).
    const pieces = line.cuts.length + (line.cuts.length === 0 || line.cuts[0][0] > 0 ? 1 : 0)
    // ("Filed under:" ⏎ "[12]Ferries[13]Quays", "Tags" ⏎ "terms:" ⏎ …: a label on lines of its own.)
    if (line.cuts.length === 0 && labelEnd.test(line.block.value) && lines.slice(0, k).every((d) => d.cuts.length === 0)) continue
    if (pieces < 2 && !goesOn) return false
  }
  const label = text.slice(0, cuts[0][0]).trim()
  if (label.length > 30 || sentenceEnd.test(label)) return false
  if ((lines.length > 1 || labelled) && label && !labelEnd.test(label)) return false
  if (labelled && !label) return false
  let items = 0
  for (let i = 0; i < cuts.length; i++) {
    const item = trimSeparators(text.slice(cuts[i][1], i + 1 < cuts.length ? cuts[i + 1][0] : text.length)).replace(spaces, ' ')
    // "[21] [22]": a link without text.
    if (item === '') continue
    if (!isRowItem(item)) return false
    items++
  }
  return items >= 2
}

// Runs of spaces left where a number went.
const spaces = / {2,}/g

/**
 * Whether a dump numbers its links: three or more numbers glued to the text
 * after them, and most numbers that start a link (after white space) going
 * on from the number before (`[4]`, `[5]`; a footnote glued to a word, `[12]`,
 * does not break the count).
 */
function isNumbered(blocks: readonly Block[], end: number): boolean {
  let read = 0
  let glued = 0
  let leading = 0
  let fits = 0
  let previous = -1
  // The last number read, fitting or not.
  let last = -1
  for (let index = 0; index < end; index++) {
    const value = blocks[index].value
    read += value.length
    if (read > sample) break
    if (!value.includes('[')) continue
    anyNumber.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = anyNumber.exec(value))) {
      const number = Number(match[1])
      // "[28]Sign in" … "[55]Most read" "[56]Ferries": a jump forward (links the
      // dump does not show) that the next number goes on from.
      const fit = previous < 0 || (number > previous && number <= previous + maxSkip) || (last > previous && number > last && number <= last + maxSkip)
      if (match.index === 0 || leadingMark.test(value.charAt(match.index - 1))) {
        leading++
        if (fit) fits++
        // "[12]harbour", not "[21] " or "[21]" at the end.
        const after = match.index + match[0].length
        if (after < value.length && !isSpaceCode(value.charCodeAt(after))) glued++
      }
      if (fit) previous = number
      last = number
    }
  }
  return glued >= 3 && fits >= leading * 0.8
}

/**
 * Where the list of link targets a dump ends with starts: numbered targets
 * (`12. https://…`, `[12] https://…`), with short headings before and
 * between them (`References`, `Visible links`), up to the last block; the
 * number of blocks when there is no such list (fewer than two targets).
 */
function targetList(blocks: readonly Block[]): number {
  let targets = 0
  let start = blocks.length
  for (let i = blocks.length - 1; i >= 0; i--) {
    const value = blocks[i].value
    if (target.test(value)) {
      targets++
      start = i
    } else if (formEntry.test(value)) {
      start = i
    } else if (i > 0 && blocks[i].data.blankBefore === 0 && bareTarget.test(value) && titledTarget.test(blocks[i - 1].value)) {
      targets++
      start = --i
    } else if (targets > 0 && listHeading.test(value)) {
      start = i
      // A heading between two parts of the list, or the list's own heading.
      if (!(i > 0 && target.test(blocks[i - 1].value))) break
    } else break
  }
  return targets < 2 ? blocks.length : start
}

/**
 * Where the list of link targets a dump without numbers ends with starts
 * (`Visible links:` ⏎ `file:///ferries/` ⏎ `https://…`, as lynx writes it
 * with `-nonumbers`): targets alone on their lines up to the last block, with
 * short headings before and between them. At least three under a heading, or
 * ten without one; the number of blocks when there is no such list.
 */
function plainTargetList(blocks: readonly Block[]): number {
  let targets = 0
  let start = blocks.length
  let headed = false
  for (let i = blocks.length - 1; i >= 0; i--) {
    const value = blocks[i].value
    if (plainTarget.test(value)) {
      targets++
      start = i
      headed = false
    } else if (targets > 0 && listHeading.test(value)) {
      start = i
      headed = true
      // "Hidden links:" between two parts of the list, or the list's own heading.
      if (!(i > 0 && plainTarget.test(blocks[i - 1].value))) break
    } else break
  }
  return targets >= (headed ? minPlainTargets : minUnheadedTargets) ? start : blocks.length
}

// "Link: [3]Harbour Gazette » Feed (alternate)": a link of the document's head, as elinks writes it;
// "Link: alternate en", "Link: prev: Quay repairs start in spring": as links writes it, without numbers.
// (An inline frame the browser found while reading the head, "IFrame: [5]fb_frame", goes with them.)
const headLink = /^(?:Link|IFrame): \[\d{1,5}\]\S/
const plainHeadLink = /^(?:Link|IFrame): \S/
// "(alternate)", "(next)": the link's relation, which ends it (elinks).
const relation = /\([^()\s]+\)$/
// A link number anywhere: a line with one is no wrapped head link.
const oneNumber = /\[\d{1,5}\]/
// A wrapped head link goes on over a few lines at most.
const maxWrapped = 3
// Without numbers, lines that may be head links only when two of them start the document.
const minPlain = 2

// "#[1]Harbour Gazette » Feed [2]alternate": the links of the document's head as lynx writes
// them, one paragraph after a "#" that starts the dump; without numbers ("#alternate Harbour
// Gazette » Feed"), the words of such links tell them from a hashtag.
const lynxHead = /^#\[1\]\S/
const lynxPlainHead = /^#[^\s#]/
const headWords = /\b(?:alternate|publisher|canonical|Feed|RSS|Atom)\b|»/
// Most lines of that paragraph.
const maxLynxHead = 8

/**
 * How many blocks at the start of a lynx dump are the links of the document's
 * head (`#[1]Harbour Gazette » Feed [2]alternate`): the first paragraph, when
 * it starts with `#` and a link (or, without numbers, holds words of such links).
 *
 * @param blocks The blocks of the dump.
 * @param numbered Whether the dump numbers its links.
 */
function lynxHeadLinks(blocks: readonly Block[], numbered: boolean): number {
  if (blocks.length === 0 || !(numbered ? lynxHead : lynxPlainHead).test(blocks[0].value)) return 0
  let end = 1
  while (end < blocks.length && end < maxLynxHead && blocks[end].data.blankBefore === 0) end++
  if (end === blocks.length || blocks[end].data.blankBefore === 0) return 0
  if (!numbered) {
    let text = ''
    for (let k = 0; k < end; k++) text += ' ' + blocks[k].value
    if (!headWords.test(text)) return 0
  }
  return end
}

/**
 * How many blocks at the start of a dump are the links of the document's
 * head, which elinks and links write first, one a line: `Link: [1]Harbour
 * Gazette » Feed (alternate)`, `Link: [2]canonical` (elinks), `Link:
 * canonical`, `Link: prev: Quay repairs start in spring` (links). A long one
 * wrapped over lines goes up to its relation (`… Comments Feed` ⏎
 * `(alternate)`) or to the next head link. No page text looks like that: a
 * run of `Link:` lines before anything else (two at least without numbers).
 *
 * @param blocks The blocks of the dump.
 * @param numbered Whether the dump numbers its links (`Link: [1]…`).
 */
function headLinks(blocks: readonly Block[], numbered: boolean): number {
  const pattern = numbered ? headLink : plainHeadLink
  let end = 0
  let links = 0
  while (end < blocks.length && pattern.test(blocks[end].value)) {
    end++
    links++
    if (numbered && relation.test(blocks[end - 1].value)) continue
    // "Link: [4]Harbour Gazette » Night ferry returns to the" ⏎ "island route Comments Feed (alternate)",
    // "Link: prev: Night ferry returns to the" ⏎ "island route" ⏎ "Link: canonical".
    let next = end
    while (next < blocks.length && next - end < maxWrapped && blocks[next].data.blankBefore === 0 && !pattern.test(blocks[next].value) && !oneNumber.test(blocks[next].value)) {
      next++
      if ((numbered && relation.test(blocks[next - 1].value)) || (next < blocks.length && blocks[next].data.blankBefore === 0 && pattern.test(blocks[next].value))) {
        end = next
        break
      }
    }
  }
  return numbered || links >= minPlain ? end : 0
}

/** Remove the links of the document's head, the first `end` blocks. */
function removeHeadLinks(blocks: readonly Block[], end: number, file: VFile) {
  for (let j = 0; j < end; j++) {
    blocks[j].data.fate = 'removed'
    blocks[j].data.rule = 'head-links'
  }
  inform(file, `Removed ${end} line${end === 1 ? '' : 's'} of the links a text browser lists from the document’s head`, span(blocks[0], blocks[end - 1]), 'head-links')
}

/** Remove the list of link targets from `start` to the end. */
function removeTargets(blocks: readonly Block[], start: number, file: VFile) {
  let targets = 0
  for (let j = start; j < blocks.length; j++) {
    const block = blocks[j]
    if (target.test(block.value) || plainTarget.test(block.value) || (bareTarget.test(block.value) && j > start && titledTarget.test(blocks[j - 1].value))) targets++
    block.data.fate = 'removed'
    block.data.rule = 'link-references'
  }
  const n = blocks.length - start
  inform(file, `Removed the ${targets} link targets a text browser lists at the end (${n} line${n === 1 ? '' : 's'})`, span(blocks[start], blocks[blocks.length - 1]), 'link-references')
}
