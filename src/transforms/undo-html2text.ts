/**
 * Undo what the C++ `html2text` (Debian’s `html2text -utf8`) writes into a
 * page’s text: the underscores it puts for the spaces of a link’s text and
 * of an image’s alt text (`Sign_In`, `the_new_quay_rules`), and the
 * asterisks around headings (`****** Title ******`, `**** Claim ****`, a
 * heading wrapped over two or three lines), the `o` and `#` bullets of
 * nested lists, and the bracketed text of images alone on their lines. Plain text is left alone: the
 * transform runs only when the document shows that rendering (asterisk
 * headings, or link text whose words underscores join: capitals,
 * punctuation, letters beyond ASCII — no snake_case identifier looks so).
 */
import {append} from '../append.js'
import type {VFile} from 'vfile'
import {displayWidth} from '../features/lines.js'
import {inform, isInputSlice, span} from '../message.js'
import {autoOption} from '../options.js'
import {blockCache} from '../parse/block.js'
import type {Block, Join, Root} from '../types.js'

/** Options for `undoHtml2text`. */
export interface Options {
  /**
   * Whether the input is `html2text` output: `'auto'` decides from the
   * document (two asterisk headings, or three link texts whose words
   * underscores join), `true`
   * always undoes, `false` never does (default: `'auto'`).
   */
  html2text?: boolean | 'auto' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// How much of the document the detection reads.
const sample = 200_000

// "****** The harbour opens" (h1) … "** Notes" (h5): two asterisks or more open a heading (one may open an item).
const doubleMark = /^\*{2,6} /
// "*** /Widget ***": a comment closing a widget (a scraper that reads every text node takes it), no heading.
const closingComment = /^\*{2,6} \//
// "****** Crews vote on the new timetable for the" ⏎ "winter ******": a heading's first line, its marks not closed.
const openHeading = /^(\*{1,6}) (?=[^\s*])/
// "winter ******", "******": the last line of a wrapped heading.
const closeMark = /(?:^| )(\*{1,6})$/

// A word with underscores between its characters: "Sign_In", "the_new_quay".
const underscored = /[^\s_]_+[^\s_]/
// Three words or more that underscores join: "Share_this_with", "Art_Director_Lena" ("Director_Lena" may be the page's own).
const threeWords = /[^\s_]_+[^\s_]+_+[^\s_]/
// A path of two folders or more, or from the root: "/6943/Quay_2017/All_Ad_Units/Top_Slot" (an ad unit's, in a script a scraper
// took); not proof of link text (not the one slash of a link's text, "Buy/Sell_Boats").
const pathLike = /^\/[^\s/]|\/[^\s/]+\/[^\s/]/
// Words of code or addresses, whose underscores are their own: "desk_team@port.example", "__init__", "_private", "obj._cache", "max_len=3", "get_user()", "/img/quay_2.jpg".
const codeLike = /[@\\=<>{}`]|:\/\/|[\p{L}\p{N}]\(|^\(?_{1,2}\p{Ll}|\._\p{Ll}|\/[^\s/]*\.[a-z]{2,4}\b/u
// A file name: "harbour_crane_2.JPG", "notes_for_crews.pdf".
const fileName = /\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|js|css|py|json|xml|txt|zip)\b/i
// A link text's words, as no identifier has them: a capitalised word after an underscore
// ("Sign_In", "Harbour_Policy"), punctuation before or after one ("right?_Welcome", "Ferries,_Quays"),
// a letter beyond ASCII ("Café_Crème", "новые_правила").
const proseJoin = /_\p{Lu}\p{Ll}|[,:;!?’'"”)]_|_[(“"‘]|[^\x00-\x7F]/u
// "          o World", "                # Europe": the bullets of a nested list (the parser knows "*" and "+").
const nestedBullet = /^([o#])[ \t]+(?=\S)/
// Fewest leading spaces of a nested item ("    * News" ⏎ "          o World"; a first-level "    # Markets").
const nestedIndent = 4

// Two spaces.
const doubleSpace = / {2}/
// Fewest lines that reach the wrap width (or come one column short of it) for it to count.
const fullLines = 2
// A run of characters other than white space.
const token = /\S+/g

/**
 * Plugin: undo `html2text`’s marks in a document it rendered: underscores
 * that stand for the spaces of link text become spaces again (rule
 * `restore-link-spaces`), and heading asterisks go, leaving a `heading`
 * block kept apart from the lines around it (rule `strip-heading-stars`; a
 * heading wrapped over lines becomes one block).
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function undoHtml2text(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `undoHtml2text` options must be an object, got `' + String(settings) + '`')
  }
  const mode = autoOption(settings.html2text, 'undoHtml2text.html2text')

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    if (mode === 'auto' && !isHtml2text(tree.children)) return
    tree.data.html2text = true
    const input = typeof file.value === 'string' ? file.value : undefined
    markNestedItems(tree.children, input)
    dropImageTexts(tree.children, file)
    restoreSpaces(tree.children, input, file)
    restoreLabelSpaces(tree.children, file)
    stripHeadings(tree, file)
    // html2text wraps every paragraph at one width and writes no blank line
    // between paragraphs: a line whose next line's first word would have
    // fitted ends its paragraph. The lines carry that width, found even
    // where a short page has too few lines for `repairLineBreaks` to find it.
    const width = wrapWidthOf(tree.children)
    if (width !== undefined) for (const block of tree.children) block.data.wrapWidth ??= width
  }
}

/**
 * Whether the document is `html2text` output: two asterisk headings, one
 * and an underscored link text, or three underscored link texts (three
 * words or more, with capitals, punctuation or letters beyond ASCII that no
 * identifier has), at least an eighth of its underscored words.
 *
 * @param blocks The document's blocks.
 */
function isHtml2text(blocks: readonly Block[]): boolean {
  let read = 0
  let headings = 0
  let words = 0
  let prose = 0
  for (let index = 0; index < blocks.length; index++) {
    if (read > sample) break
    const block = blocks[index]
    const value = block.value
    read += value.length
    // "**** Claim ****", "****** A title wrapped" ⏎ "******": two asterisks or more at the margin.
    // ("*** /Widget ***": the comment that closes a widget's code, no heading.)
    if (block.data.indent === 0 && block.data.bullet === undefined && doubleMark.test(value) && !closingComment.test(value) && headingEnd(blocks, index, value) >= 0) headings++
    if (!value.includes('_')) continue
    for (const word of value.match(token) || []) {
      if (!underscored.test(word)) continue
      words++
      if (threeWords.test(word) && proseJoin.test(word) && !isCode(word) && !pathLike.test(word)) prose++
    }
  }
  return headings >= 2 || (headings === 1 && prose >= 1) || (prose >= 3 && prose * 8 >= words)
}

/**
 * Whether an underscored word is code, an address or a file name, whose underscores are its own.
 *
 * @param word The word.
 */
function isCode(word: string): boolean {
  return codeLike.test(word) || fileName.test(word)
}

/**
 * Turn the underscores of link text back into spaces, in place (same
 * length: offsets still point into the input); a block starting or ending
 * with one is trimmed.
 *
 * @param blocks The blocks.
 * @param input The input, if known.
 * @param file The file, for the message.
 */
function restoreSpaces(blocks: readonly Block[], input: string | undefined, file: VFile): undefined {
  let count = 0
  let first: Block | undefined
  let last: Block | undefined
  for (const block of blocks) {
    const value = block.value
    if (block.data.fate || block.data.kind === 'preformatted' || !value.includes('_')) continue
    let changed = 0
    // "the_new_quay_rules" → "the new quay rules"; "desk_team@port.example" stays.
    const result = value.replace(token, (word) => {
      if (!underscored.test(word) || isCode(word)) return word
      changed++
      return word.replace(/_/g, ' ')
    })
    if (changed === 0) continue
    count += changed
    first ||= block
    last = block
    const exact = isInputSlice(block, input)
    // "_____[A crane at dusk]_": the spaces at either end leave the block.
    const lead = result.length - result.trimStart().length
    const trimmed = result.trim()
    if (!trimmed) {
      block.data.fate = 'removed'
      block.data.rule = 'restore-link-spaces'
      continue
    }
    if (exact && (lead > 0 || trimmed.length < result.length)) {
      const start = block.position.start
      const end = block.position.end
      const tail = result.length - lead - trimmed.length
      block.position = {
        start: {line: start.line, column: start.column + lead, offset: start.offset! + lead},
        end: {line: end.line, column: end.column - tail, offset: end.offset! - tail}
      }
    }
    // "the______quay": the line keeps its input width (spaces folded later do not measure it).
    if (doubleSpace.test(trimmed)) block.data.width ??= displayWidth(trimmed)
    block.value = trimmed
  }
  if (first && last) {
    inform(file, `Restored the spaces of ${count} link text${count === 1 ? '' : 's'} that html2text wrote with underscores`, span(first, last), 'restore-link-spaces')
  }
}

// "Northport (1-0):Ana Ruiz 19 points": a bold label's colon glued to the capitalised word after it.
// (Not a time, "9:45", a scheme, "https://", nor letters in capitals after it, "urn:ISBN".)
const gluedColon = /(?<=[\p{L}\p{N})]):(?=\p{Lu}\p{Ll})/gu

/**
 * Give back the space after a label's colon: html2text drops the white
 * space an inline element ends with (`<b>Northport (1-0): </b>Ana Ruiz…` →
 * `Northport (1-0):Ana Ruiz…`), and no word of prose is glued to a colon.
 *
 * @param blocks The blocks.
 * @param file The file, for the message.
 */
function restoreLabelSpaces(blocks: readonly Block[], file: VFile): undefined {
  let count = 0
  let first: Block | undefined
  let last: Block | undefined
  for (const block of blocks) {
    const value = block.value
    if (block.data.fate || block.data.kind === 'preformatted' || !value.includes(':')) continue
    let changed = 0
    const result = value.replace(gluedColon, () => {
      changed++
      return ': '
    })
    if (changed === 0) continue
    count += changed
    first ||= block
    last = block
    // The line keeps its input width and that of its first word, as html2text wrapped them.
    block.data.width ??= displayWidth(value)
    block.data.firstWordWidth ??= displayWidth(value.slice(0, firstSpace(value)))
    block.value = result
  }
  if (first && last) {
    inform(file, `Restored the space after ${count} label${count === 1 ? '' : 's'} that html2text glued to their text`, span(first, last), 'restore-label-spaces')
  }
}

/**
 * Where the first word of a text ends (its length when it has one word).
 *
 * @param value The text.
 */
function firstSpace(value: string): number {
  const at = value.search(/\s/)
  return at < 0 ? value.length : at
}

/**
 * Find the line that closes a heading opened at `index`: that line, or one
 * of the next three lines of its paragraph, ending with as many asterisks.
 *
 * @param blocks The blocks.
 * @param index The block that opens the heading.
 * @param value Its text (with the asterisk the parser took for a bullet).
 * @returns The index of the closing block, or -1.
 */
function headingEnd(blocks: readonly Block[], index: number, value: string): number {
  const open = openHeading.exec(value)
  if (!open) return -1
  const marks = open[1]
  for (let k = index; k < blocks.length && k <= index + 3; k++) {
    if (k > index && (blocks[k].data.blankBefore > 0 || blocks[k].data.fate || blocks[k].data.bullet !== undefined)) break
    const text = k === index ? value : blocks[k].value
    const close = closeMark.exec(text)
    if (close && close[1] === marks && (k > index || text.length > marks.length * 2 + 1)) return k
  }
  return -1
}

// "[A_crane_at_dusk][A_crane_at_dusk]": the text of images alone on their lines, in brackets (no bracket inside).
const imageTexts = /^(?:\[[^[\]]*\])+$/
// Most lines an image's text is wrapped over (a long alt text, printed twice: "[A crane…][A crane…]").
const maxImageLines = 24

/**
 * Remove the text of images that stand alone on their lines (html2text
 * writes an image as its alt text in brackets, `[A crane at dusk]`, wrapped
 * over lines like any text; rule `image-text`).
 *
 * @param blocks The blocks.
 * @param file The file, for the message.
 */
function dropImageTexts(blocks: readonly Block[], file: VFile): undefined {
  let count = 0
  let first: Block | undefined
  let last: Block | undefined
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (block.data.fate || block.data.bullet !== undefined || block.value.charCodeAt(0) !== 91 /* [ */) continue
    let text = ''
    for (let k = index; k < blocks.length && k < index + maxImageLines; k++) {
      if (k > index && (blocks[k].data.blankBefore > 0 || blocks[k].data.fate || blocks[k].data.bullet !== undefined)) break
      text += (k > index ? ' ' : '') + blocks[k].value
      if (!text.endsWith(']')) continue
      if (!imageTexts.test(text)) continue
      // "[A_crane_at" ⏎ "dusk]": every line of it goes.
      for (let j = index; j <= k; j++) {
        blocks[j].data.fate = 'removed'
        blocks[j].data.rule = 'image-text'
      }
      count++
      first ||= block
      last = blocks[k]
      index = k
      break
    }
  }
  if (first && last) {
    inform(file, `Removed the text of ${count} image${count === 1 ? '' : 's'} alone on ${count === 1 ? 'its lines' : 'their lines'}`, span(first, last), 'image-text')
  }
}

/**
 * Make the lines of a nested list (`o` and `#` bullets, indented) list
 * items, as the parser does with `*` ("          o World" → item `World`).
 *
 * @param blocks The blocks.
 * @param input The input, if known.
 */
function markNestedItems(blocks: readonly Block[], input: string | undefined): undefined {
  for (const block of blocks) {
    if (block.data.fate || block.data.bullet !== undefined || block.data.indent < nestedIndent) continue
    const match = nestedBullet.exec(block.value)
    if (!match) continue
    const length = match[0].length
    if (isInputSlice(block, input)) {
      const start = block.position.start
      block.position = {start: {line: start.line, column: start.column + length, offset: start.offset! + length}, end: block.position.end}
    }
    block.value = block.value.slice(length)
    block.data.kind = 'list-item'
    block.data.bullet = match[1]
  }
}

/**
 * Strip heading asterisks: the block becomes a `heading`, the lines of a
 * wrapped heading one block, and the lines around it stay apart from it.
 *
 * @param tree The tree.
 * @param file The file, for the message.
 */
function stripHeadings(tree: Root, file: VFile): undefined {
  const blocks = tree.children
  const kept: Block[] = []
  let count = 0
  let first: Block | undefined
  let last: Block | undefined
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    kept.push(block)
    if (block.data.fate) continue
    // "* Sixth level *": the parser took the single asterisk of an h6 for a bullet (at the margin: "    * Ferries *" is an item).
    const value = block.data.bullet === '*' && block.data.indent === 0 ? '* ' + block.value : block.value
    const open = openHeading.exec(value)
    if (!open) continue
    const marks = open[1]
    // "            ** Crews vote on the timetable **": a heading inside a list item (a card) is indented; one asterisk there is no heading.
    if (block.data.indent > 0 && marks.length < 2) continue
    const end = headingEnd(blocks, index, value)
    if (end < 0) continue
    // "****** Crews vote on the new timetable for the" ⏎ "winter ******" → "Crews vote on the new timetable for the winter".
    const pieces: string[] = []
    const joins: Join[] = []
    for (let k = index; k <= end; k++) {
      let text = k === index ? value.slice(marks.length) : blocks[k].value
      if (k === end) text = text.slice(0, -marks.length)
      text = text.trim()
      if (k > index) joins.push({from: blocks[k - 1].position.end.offset!, to: blocks[k].position.start.offset!, kind: 'space'})
      if (text) pieces.push(text)
    }
    const heading = pieces.join(' ')
    if (!heading) continue
    block.value = heading
    block.data.kind = 'heading'
    block.data.bullet = undefined
    if (end > index) {
      block.position = {start: block.position.start, end: {...blocks[end].position.end}}
      block.data.joins = [...(block.data.joins || []), ...joins]
      for (let k = index + 1; k <= end; k++) {
        if (blocks[k].data.stripped) append((block.data.stripped ||= []), blocks[k].data.stripped!)
      }
    }
    // A heading is its own block: no line joins it to the lines around it (decided here, kept by `repairLineBreaks`).
    ;blockCache(block).linesApart = true
    const next = blocks[end + 1]
    if (next) blockCache(next).linesApart = true
    count++
    first ||= block
    last = block
    index = end
  }
  if (kept.length !== blocks.length) tree.children = kept
  if (first && last) {
    inform(file, `Stripped the asterisks of ${count} heading${count === 1 ? '' : 's'} that html2text marked`, span(first, last), 'strip-heading-stars')
  }
}

/**
 * The width html2text wrapped the document at: the widest line of words
 * (with a space inside) that two lines or more reach, or come one column
 * short of (a table laid out wider, or a long word, passes it once or twice).
 *
 * @param blocks The blocks.
 * @returns The width, in columns from the line start, or `undefined`.
 */
function wrapWidthOf(blocks: readonly Block[]): number | undefined {
  const counts = new Map<number, number>()
  for (const block of blocks) {
    if (block.data.kind === 'heading' || !block.value.includes(' ')) continue
    const width = (block.position.start.column || 1) - 1 + (block.data.width ?? displayWidth(block.value))
    counts.set(width, (counts.get(width) || 0) + 1)
  }
  const widths = [...counts.keys()].sort((a, b) => b - a)
  for (const width of widths) {
    if ((counts.get(width) || 0) + (counts.get(width - 1) || 0) >= fullLines) return width
  }
  return undefined
}
