/**
 * Strip the link targets a converter writes in brackets after each link's
 * text (`the harbour board [https://harbour.example/board] said`) and the
 * images it writes as their source in brackets (`[/img/pier.jpg]`), as the
 * Node `html-to-text` package does by default. Such a converter wraps its
 * lines with the targets in them, so a long target often stands on a line
 * of its own between two lines of one sentence (`…CNBC` ⏎
 * `[https://…/a-long-address.html]` ⏎ `reported that…`): that line is
 * folded into the one before, and the line after it records the target's
 * width as its first word's, so `repairLineBreaks` reads the wrap. Plain
 * text is left alone: the transform runs only when the document shows three
 * such targets or more.
 */
import type {VFile} from 'vfile'
import {append} from '../append.js'
import {isAddressRun, startsWithAddress} from '../features/block.js'
import {exceedsRowItem, isRowItem} from '../features/items.js'
import {displayWidth} from '../features/lines.js'
import {inform, isInputSlice, place, span} from '../message.js'
import {autoOption} from '../options.js'
import type {Block, Root, Stripped} from '../types.js'

/** Options for `stripLinkTargets`. */
export interface Options {
  /**
   * Whether the input writes its link targets in brackets: `'auto'` decides
   * from the document (three targets or more), `true` always strips, `false`
   * never does (default: `'auto'`).
   */
  targets?: boolean | 'auto' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// A target in brackets: an address with a scheme in lower case ("[https://…]", "[mailto:…]",
// "[data:image/gif;base64,…]", "[whatsapp://send?…]"; not w3m's "[INS::INS]"), a protocol-relative one ("[//cdn.example/a.jpg]"),
// a path ("[/news/2027/ferry]", "[../../img.php?src=/a.jpg]"), a fragment ("[#top]") or an e-mail address, which such a converter
// writes without its "mailto:" ("[ana@harbour.example?subject=Tips]"), no white space nor "[" in it;
// and the link's own target glued after it (an image
// inside a link: "[//cdn.example/a.jpg]/news/ferry/", "[/a.jpg]https://harbour.example/news").
// Not a Markdown link's text ("[https://…](…)").
const target = /\[(?:[a-z][a-z\d+.-]{1,20}:(?!:)|\/\/?|\.\.?\/|#|www\.|[\w.+-]{1,64}@(?=[a-z\d-]+\.))[^\]\s[]*\](?:(?:\/|https?:\/\/)[^\s[\]]*)?(?!\()/g
// The input line's first word: "[https://…])" of "[https://…]) fell 0.5%".
const firstRun = /^\S*/
// The start of a line that goes on with the sentence before: a lower-case letter or closing punctuation.
const goesOn = /^[\p{Ll},.;:!?)\]”’»%]/u
// An address alone, no text that goes on: "https://harbour.example/people/ana-ruiz".
const bareAddress = /^(?:[a-z][a-z\d+.-]{1,20}:\/\/|www\.)\S*$/
// The quote marks of a line of a quotation: "> Crews will", "> > The board", ">" (not ">50 crews").
const quoteMarks = /^(?:>(?:[ \t]|$))+/
// The fewest targets that show the habit.
const minTargets = 3
// How much of the document the detection reads.
const sample = 200_000

/**
 * Plugin: strip the link targets and image sources a converter wrote in
 * brackets (rule `strip-link-targets`), recording them in `data.stripped`; a
 * line that held nothing else is folded into the block before (or, the
 * first, goes with fate `removed`).
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function stripLinkTargets(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `stripLinkTargets` options must be an object, got `' + String(settings) + '`')
  }
  const mode = autoOption(settings.targets, 'stripLinkTargets.targets')

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    if (mode === 'auto' && !showsTargets(tree.children)) return
    unquote(tree)
    const blocks = tree.children
    const input = typeof file.value === 'string' ? file.value : undefined
    const folded = new Set<Block>()
    const blankBefore = blocks.map((d) => d.data.blankBefore)
    // The targets that end an item of a labelled row of links ("Tags:ferries [https://…] quays [https://…]"): a bar stands for them.
    const bars = rowTargets(blocks)
    let count = 0
    let addresses = 0
    let first: Block | undefined
    let last: Block | undefined
    // The block a line of targets alone folds into: the last one before it not folded itself
    // (tracked as the loop goes: a walk back over a run of folded lines, "[/img/p1.jpg]" ⏎
    // "[/img/p2.jpg]" ⏎ …, would be quadratic).
    let hostIndex = -1
    for (let index = 0; index < blocks.length; index++) {
      if (index > 0 && !folded.has(blocks[index - 1])) hostIndex = index - 1
      const block = blocks[index]
      // (Code keeps its brackets; a block already removed is left as it is.)
      if (block.data.fate || block.data.kind === 'preformatted') continue
      const value = block.value
      const bracket = value.includes('[')
      if (!bracket && !startsWithAddress(value)) continue
      const exact = isInputSlice(block, input)
      const stripped: Stripped[] = []
      let result = ''
      let at = 0
      target.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = target.exec(value))) {
        const start = match.index
        const end = start + match[0].length
        stripped.push({text: match[0], rule: 'strip-link-targets', position: place(block, exact, start, end)})
        // (The white space before it goes too: "the board [https://…] said" → "the board said".)
        let before = start
        while (before > at && (value.charCodeAt(before - 1) === 32 || value.charCodeAt(before - 1) === 9)) before--
        result += value.slice(at, before)
        // "Tags:ferries [https://…] night crossing": in a row of links, the items stay apart
        // ("Tags:ferries | night crossing"); a bar at the start of a line ends the line before.
        if (bars.get(block)?.has(start)) {
          if (result.trim()) result += ' |'
          else if (index > 0 && bars.has(blocks[index - 1])) blocks[index - 1].value += ' |'
        } else if (before < start && end < value.length && gluedEnd.test(value.slice(end, end + 2))) {
          // "… by 2024 [https://…]and to …": a link's text that ended with a space (the converter
          // trimmed it) before the next word; the space stays ("… by 2024 and to …").
          result += ' '
        }
        at = end
      }
      result = (result + value.slice(at)).trim()
      // "https://social.example/share?url=…", "/news/2027/ferry-returns.php": the converter writes a link
      // whose text is its own address (a share button, an image without text) as that address alone
      // on a line. Not inside a sentence ("…the timetable at" ⏎ "https://harbour.example/timetable").
      const addressLine = result !== '' && isAddressRun(result) && standsApart(blocks, index, folded, blankBefore, result)
      if (addressLine) {
        let from = 0
        const words = result.split(/\s+/)
        for (const address of words) {
          const start = value.indexOf(address, from)
          from = start + address.length
          stripped.push({text: address, rule: 'strip-link-targets', position: place(block, exact, start, from)})
        }
        addresses += words.length
        result = ''
      }
      if (stripped.length === 0) continue
      count += stripped.length
      first ||= block
      last = block
      const host = hostIndex >= 0 ? blocks[hostIndex] : undefined
      const next = blocks[index + 1]
      if (result) {
        // The wrap moved a target that starts the line there whole: its width is the first word's
        // ("[https://…] during the day"). (Not the whole line's: the converter lets a target run
        // past the wrap width, so the lines that hold one say nothing about it.)
        if (value.charCodeAt(0) === 91 /* [ */ && value.startsWith(stripped[0].text)) {
          block.data.firstWordWidth = displayWidth(firstRun.exec(value)![0])
        }
        block.value = result
        block.data.stripped = [...(block.data.stripped || []), ...stripped]
      } else if (host) {
        // A line of targets alone is folded into the block before, which records them.
        // "…after CNBC" ⏎ "[https://…/report.html]" ⏎ "reported that…": a target the wrap put
        // on a line of its own inside a paragraph, the line after going on in lower case,
        // takes the target's width as its first word's (the wrap moved the target there whole).
        // Else an empty line stands where it was (the converter ends a block of the page there):
        // "…a Harbour automaker." ⏎ "[https://…]" ⏎ "Ferry Recalls…", the next teaser of a list.
        append((host.data.stripped ||= []), stripped)
        folded.add(block)
        if (next) {
          if (addressLine && folded.has(blocks[index - 1])) {
            // The line before was folded too, and gave this one the blank line that stands for both.
            next.data.blankBefore += block.data.blankBefore
          } else if (block.data.blankBefore === 0 && next.data.blankBefore === 0 && goesOn.test(next.value) && !bareAddress.test(next.value)) {
            next.data.firstWordWidth = Math.max(next.data.firstWordWidth ?? 0, displayWidth(value))
          } else {
            next.data.blankBefore += block.data.blankBefore + 1
          }
        }
      } else {
        // Nothing but targets at the start ("[/img/logo.jpg]"): the block goes.
        block.data.fate = 'removed'
        block.data.rule = 'strip-link-targets'
        if (next) next.data.blankBefore += block.data.blankBefore + 1
      }
    }
    if (folded.size > 0) tree.children = blocks.filter((d) => !folded.has(d))
    if (first && last) {
      const targets = count - addresses
      const reason =
        `Stripped ${targets} link target${targets === 1 ? '' : 's'} written in brackets (“… [https://…]”)` +
        (addresses > 0 ? ` and ${addresses} address${addresses === 1 ? '' : 'es'} alone on a line` : '')
      inform(file, reason, span(first, last), 'strip-link-targets')
    }
  }
}

/**
 * Whether the line at `index`, inside a paragraph of the input, stands apart from the
 * text before it: after a line that was only targets or addresses (folded),
 * or after a line that ends a sentence. Not the second line of a sentence
 * the converter wrapped (`…the timetable at` ⏎ `https://harbour.example`).
 * The first line of a paragraph of addresses (share buttons after the
 * article) stays: it is link-like, and `removeBoilerplate` reads such a
 * block as an edge of the article.
 */
function standsApart(blocks: readonly Block[], index: number, folded: ReadonlySet<Block>, blankBefore: readonly number[], line: string): boolean {
  // (The blank lines of the input: folding a line of targets gives the next line one.)
  if (index === 0 || blankBefore[index] > 0) return false
  if (folded.has(blocks[index - 1]) || lineEnd.test(blocks[index - 1].value)) return true
  // No sentence goes on into an image's file or a share button's address, whatever ends the line before.
  return line.split(/\s+/).every((d) => isImageFile(d) || sharedAddress.test(d))
}

// A line that ends a sentence, a clause before a list or a quotation: "…on Tuesday.", "…online:", "…he said.”".
const lineEnd = /[.!?:"”)]$/u

/** Whether an address is an image's file: "https://cdn.harbour.example/2027/05/quay.jpg", "…/quay.image_.png?w=640". */
function isImageFile(address: string): boolean {
  let end = address.length
  const query = address.indexOf('?')
  const hash = address.indexOf('#')
  if (query !== -1) end = query
  if (hash !== -1 && hash < end) end = hash
  return imageExtension.test(address.slice(Math.max(0, end - 5), end))
}

const imageExtension = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i
// A share button's address, the page's own address in its query: "https://social.example/share?url=https://…",
// "https://share.example/#url=https%3A%2F%2F…".
const sharedAddress = /[?#&](?:[a-z_]{1,12})=(?:https?(?::|%3A)|www\.)/i

/**
 * Strip the quote marks such a converter writes before each line of a
 * quotation (`> Crews will train` ⏎ `> through the winter.`, how
 * `html-to-text` writes a `<blockquote>`): a paragraph whose every line
 * opens with `>` is text of the page, a quotation. Each line keeps the
 * width it had with its marks (the converter wrapped it so); a line of
 * marks alone inside the quotation is a paragraph break.
 */
function unquote(tree: Root): void {
  const blocks = tree.children
  let out: Block[] | undefined
  let start = 0
  while (start < blocks.length) {
    let end = start + 1
    while (end < blocks.length && blocks[end].data.blankBefore === 0) end++
    const group = blocks.slice(start, end)
    const quoted = group.every((d) => !d.data.fate && d.data.kind !== 'preformatted' && quoteMarks.test(d.value))
    if (!quoted) {
      if (out) append(out, group)
      start = end
      continue
    }
    out ||= blocks.slice(0, start)
    let breaks = 0
    for (const block of group) {
      const value = block.value.replace(quoteMarks, '')
      if (!value.trim()) {
        // ">" alone between two paragraphs of the quotation.
        breaks++
        continue
      }
      block.data.width ??= displayWidth(block.value)
      block.value = value.trim()
      if (breaks > 0) block.data.blankBefore += breaks
      breaks = 0
      out.push(block)
    }
    if (breaks > 0 && end < blocks.length) blocks[end].data.blankBefore += breaks
    start = end
  }
  if (out) tree.children = out
}

/**
 * The targets of labelled rows of links, by block: a paragraph (lines
 * without a blank line between) that opens with a short label and a colon,
 * then items of a few words, each followed by its target, nothing after
 * the last (`Tags:lc 500 [https://…] harbour` ⏎ `[https://…] night crossing
 * [https://…]`). The offsets are those of the targets that another item
 * follows with no separator of its own (`Ferries [https://…], Quays` keeps its comma).
 */
function rowTargets(blocks: readonly Block[]): Map<Block, Set<number>> {
  const rows = new Map<Block, Set<number>>()
  let index = 0
  while (index < blocks.length) {
    let end = index + 1
    while (end < blocks.length && blocks[end].data.blankBefore === 0) end++
    const paragraph = blocks.slice(index, end)
    index = end
    // The row may start at any line of the paragraph ("…the image" ⏎ "Tags:lc 500 [https://…]"),
    // and end before its last line ("…[/tag/october]" ⏎ "By" ⏎ "Harbour Desk [/author/desk]"): the most lines that are one.
    let labelled = false
    find: for (let k = 0; k < paragraph.length; k++) {
      const label = rowLabel.exec(paragraph[k].value)
      if (!label) continue
      labelled = true
      const m = longestRow(paragraph, k, label[0].length)
      if (m > k && addRow(paragraph.slice(k, m), label[0].length, rows)) break find
    }
    // "Commercial [https://…] Blue Origin" ⏎ "[https://…]Ceres Robotics" ⏎ "[https://…]CLPS [https://…]":
    // links side by side with no white space between them (a row of tags without a label), the whole paragraph.
    // (Not a list: its items are lines already.)
    if (!labelled && !paragraph.some((d) => d.data.bullet) && gluedTargets(paragraph) >= minGluedTargets) addRow(paragraph, 0, rows)
  }
  return rows
}

// Targets glued to the next link's text that show links side by side.
const minGluedTargets = 3
// A target's end glued to a letter or a digit: "]Ceres".
const gluedEnd = /^[\p{L}\p{N}]/u

// An image's source: "[/img/pier.jpg]", "[https://cdn.example/a.png?w=300]".
// (Tested on one target: its one "]" ends any search that gets past the extension.)
const imageSource = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp)(?:[?#][^\]]*)?\]/i

/**
 * How many targets of a paragraph the next link's text follows with no
 * white space ("[https://…]Ceres Robotics"); none when the paragraph shows an
 * image (cards and widgets glue an image to its link: "[/icons/x.png]Youtube").
 */
function gluedTargets(paragraph: readonly Block[]): number {
  let count = 0
  for (const block of paragraph) {
    const value = block.value
    if (!value.includes('[')) continue
    target.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = target.exec(value))) {
      if (imageSource.test(match[0])) return 0
      if (gluedEnd.test(value.slice(match.index + match[0].length, match.index + match[0].length + 2))) count++
    }
  }
  return count
}

/**
 * Where the longest row that opens at line `k` of a paragraph ends (the index
 * after its last line), or 0: lines whose text is items of a row, each
 * followed by a target, and nothing but separators after the last one (see
 * `addRow`). One walk forward, which stops at the first item that is no row
 * item (no longer row can hold it) or once the text after the last target is
 * too long to be one; at most `maxRowLines` lines. (Trying every end from
 * every label, each read from its start, costs the cube of a long paragraph
 * of labelled lines: "Fares: …" ⏎ "Hours: …" ⏎ … ⏎ "Quays: …".)
 *
 * @param paragraph The paragraph's lines.
 * @param k The line with the label.
 * @param from Where the items start on that line (after the label).
 */
function longestRow(paragraph: readonly Block[], k: number, from: number): number {
  let best = 0
  let found = 0
  let item = ''
  const end = Math.min(paragraph.length, k + maxRowLines)
  for (let j = k; j < end; j++) {
    const block = paragraph[j]
    if (block.data.fate || block.data.kind === 'preformatted') break
    const value = block.value
    let at = j === k ? from : 0
    target.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = target.exec(value))) {
      if (match.index < at) continue
      const text = (item + ' ' + value.slice(at, match.index)).replace(rowSeparators, ' ').trim()
      if (text === '' || !isRowItem(text)) return best
      at = match.index + match[0].length
      found++
      item = ''
    }
    item += ' ' + value.slice(at)
    const rest = item.replace(rowSeparators, ' ').trim()
    if (rest === '') {
      if (found >= 2) best = j + 1
    } else if (exceedsRowItem(rest)) {
      return best
    }
  }
  return best
}

/**
 * Add the targets of a row to `rows` when the lines are one (see `rowTargets`).
 *
 * @param group The lines, from the one with the label.
 * @param from Where the items start on the first line (after the label).
 * @param rows The targets found so far, by block.
 * @returns Whether the lines are a row.
 */
function addRow(group: readonly Block[], from: number, rows: Map<Block, Set<number>>): boolean {
  if (group.some((d) => d.data.fate || d.data.kind === 'preformatted')) return false
  // Each target, with the item before it (back to the target before) and whether a separator follows it.
  const found: Array<{block: Block; offset: number; item: string; separated: boolean}> = []
  let item = ''
  for (const block of group) {
    const value = block.value
    let at = block === group[0] ? from : 0
    target.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = target.exec(value))) {
      if (match.index < at) continue
      item += ' ' + value.slice(at, match.index)
      at = match.index + match[0].length
      found.push({block, offset: match.index, item: item.replace(rowSeparators, ' ').trim(), separated: separatorNext.test(value.slice(at))})
      item = ''
    }
    item += ' ' + value.slice(at)
  }
  if (found.length < 2 || item.replace(rowSeparators, '').trim() !== '') return false
  if (!found.every((d) => d.item !== '' && isRowItem(d.item))) return false
  // (Not the last: no item follows it.)
  for (const {block, offset, separated} of found.slice(0, -1)) {
    if (separated) continue
    let set = rows.get(block)
    if (!set) rows.set(block, (set = new Set()))
    set.add(offset)
  }
  return true
}

// Most lines of one row (a menu's links, one per line, under a label).
const maxRowLines = 200
// The label a row opens with: a few words and a colon ("Tags:", "Filed under:").
const rowLabel = /^[^\s:[\]][^:[\]]{0,29}:\s*/u
// Separators of a row's items: ", ", " | ", " · ", and runs of white space.
const rowSeparators = /[\s,;|·•]+/g
// A separator of the row's own right after a target: "[https://…], Quays".
const separatorNext = /^\s*[,;|·•]/u

/**
 * Whether a document writes its link targets in brackets: three or more.
 */
function showsTargets(blocks: readonly Block[]): boolean {
  let read = 0
  let found = 0
  for (const block of blocks) {
    const value = block.value
    read += value.length
    if (read > sample) break
    if (!value.includes('[')) continue
    target.lastIndex = 0
    while (target.exec(value)) if (++found >= minTargets) return true
  }
  return false
}
