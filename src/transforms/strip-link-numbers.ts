/**
 * Strip the link numbers of a text browser’s dump (`lynx -dump`, `elinks
 * -dump`, `w3m` with link numbers): the `[12]` written before each link’s
 * text (`the [12]harbour master`), alone for a link without text
 * (`[21] [22]`), and the numbered list of link targets such a dump ends with
 * (`References` ⏎ `1. https://…`). Plain text is left alone: the transform
 * runs only when the document shows the numbering (numbers glued to the
 * text after them, counting up one by one).
 */
import type {VFile} from 'vfile'
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
// "4. file:///…", "5. /terms" (lynx, elinks), "[6] https://…" (w3m).
const target = /^(?:\d{1,5}\.|\[\d{1,5}\])\s+(?:[a-z][a-z\d+.-]{0,20}:|www\.|\/)\S*$/i

// A heading in that list ("References", "Visible links", "Hidden links:"): short, no digit, no sentence.
const listHeading = /^[^\d.!?]{1,30}$/u

/**
 * Plugin: strip a text browser’s link numbers from the blocks of a dump,
 * recording them in `data.stripped` (rule `strip-link-numbers`), and remove
 * the list of link targets at its end (fate `removed`, rule `link-references`).
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
    if (mode === 'auto' && !isNumbered(tree.children, list)) return
    const input = typeof file.value === 'string' ? file.value : undefined
    if (list < tree.children.length) removeTargets(tree.children, list, file)

    let numbers = 0
    let first: Block | undefined
    let last: Block | undefined
    // The last link number stripped (-1: none yet).
    let previous = -1
    const blocks = tree.children
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      const value = block.value
      if (block.data.fate || !value.includes('[')) continue
      const exact = isInputSlice(block, input)
      const stripped: Stripped[] = []
      let result = ''
      let at = 0
      // Where each stripped number was: [start, end] in `value`.
      const cuts: Array<[number, number]> = []
      anyNumber.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = anyNumber.exec(value))) {
        const start = match.index
        const number = Number(match[1])
        const before = start > 0 ? value.charAt(start - 1) : ' '
        const leading = leadingMark.test(before)
        // "[7]" after "[123]": the page's own footnote, the link's text.
        if (!leading && (previous < 0 || number <= previous || number > previous + maxSkip)) continue
        previous = number
        let end = start + match[0].length
        let replacement = ''
        const after = value.charAt(end)
        // "[21] [22]": a number alone takes the space after it ("1850.[57] See" keeps it).
        if (after === ' ' && leading) end++
        // "Topics[58]Ferries": two words the dump glued; keep them apart.
        else if (!leading && wordEnd.test(after)) replacement = ' '
        result += value.slice(at, start) + replacement
        stripped.push({text: match[0], rule: 'strip-link-numbers', position: place(block, exact, start, start + match[0].length)})
        cuts.push([start, start + match[0].length])
        at = end
        anyNumber.lastIndex = end
      }
      if (stripped.length === 0) continue
      result = (result + value.slice(at)).replace(spaces, ' ').trim()
      // "Tags: [12]Ferries, [13]Quays" alone on its line: a row of links,
      // whose items the numbers delimit ("Tags: Ferries | Quays").
      const alone = (index === 0 || block.data.blankBefore > 0) && (index === blocks.length - 1 || blocks[index + 1].data.blankBefore > 0)
      const row = alone && cuts.length >= 2 ? rowOf(value, cuts) : undefined
      if (row) result = row
      numbers += stripped.length
      first ||= block
      last = block
      if (result) {
        block.value = result
        block.data.stripped = [...(block.data.stripped || []), ...stripped]
      } else {
        // Nothing but numbers ("[21] [22] [23]"): links without text, the block goes whole.
        block.data.fate = 'removed'
        block.data.rule = 'strip-link-numbers'
      }
    }
    if (first && last) {
      inform(file, `Stripped ${numbers} link number${numbers === 1 ? '' : 's'} of a text browser`, span(first, last), 'strip-link-numbers')
    }
  }
}

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
// An item that ends a sentence is prose, not a row.
const sentenceEnd = /[.!?…]$/u

/**
 * A line of link numbers and short items (after an optional short label) as
 * a row (`Tags: Ferries | Quays`), or `undefined` when an item is long or
 * ends a sentence (`Read the [5]report and the [6]appendix.` is prose).
 */
function rowOf(value: string, cuts: ReadonlyArray<[number, number]>): string | undefined {
  const label = value.slice(0, cuts[0][0]).trim()
  if (label.length > 30 || sentenceEnd.test(label)) return undefined
  const items: string[] = []
  for (let i = 0; i < cuts.length; i++) {
    const item = trimSeparators(value.slice(cuts[i][1], i + 1 < cuts.length ? cuts[i + 1][0] : value.length)).replace(spaces, ' ')
    // "[21] [22]": a link without text.
    if (item === '') continue
    if (item.length > 60 || sentenceEnd.test(item) || item.split(' ').length > 6) return undefined
    items.push(item)
  }
  if (items.length < 2) return undefined
  return (label ? label + ' ' : '') + items.join(' | ')
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
  for (let index = 0; index < end; index++) {
    const value = blocks[index].value
    read += value.length
    if (read > sample) break
    if (!value.includes('[')) continue
    anyNumber.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = anyNumber.exec(value))) {
      const number = Number(match[1])
      const fit = previous < 0 || (number > previous && number <= previous + maxSkip)
      if (match.index === 0 || leadingMark.test(value.charAt(match.index - 1))) {
        leading++
        if (fit) fits++
        // "[12]harbour", not "[21] " or "[21]" at the end.
        const after = match.index + match[0].length
        if (after < value.length && !isSpaceCode(value.charCodeAt(after))) glued++
      }
      if (fit) previous = number
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
    } else if (targets > 0 && listHeading.test(value)) {
      start = i
      // A heading between two parts of the list, or the list's own heading.
      if (!(i > 0 && target.test(blocks[i - 1].value))) break
    } else break
  }
  return targets < 2 ? blocks.length : start
}

/** Remove the list of link targets from `start` to the end. */
function removeTargets(blocks: readonly Block[], start: number, file: VFile) {
  let targets = 0
  for (let j = start; j < blocks.length; j++) {
    const block = blocks[j]
    if (target.test(block.value)) targets++
    block.data.fate = 'removed'
    block.data.rule = 'link-references'
  }
  const n = blocks.length - start
  inform(file, `Removed the ${targets} link targets a text browser lists at the end (${n} line${n === 1 ? '' : 's'})`, span(blocks[start], blocks[blocks.length - 1]), 'link-references')
}
