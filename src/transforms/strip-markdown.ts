/**
 * Strip Markdown syntax from a document written in Markdown (what
 * HTML-to-Markdown converters and the crawlers that feed language models
 * give): `[text](url)` keeps its text, images, heading marks, quote marks,
 * rules, table pipes, emphasis marks and escapes go. A heading mark makes the
 * block a heading. Plain text is left alone: the transform runs only when the
 * document shows Markdown (two links in Markdown syntax, heading marks…).
 */
import type {VFile} from 'vfile'
import {append} from '../append.js'
import {displayWidth} from '../features/lines.js'
import {fenceLine, findMarkdown, isMarkdown, isSmartMarkdown, markdownGate, smartGate, type MarkdownSpan} from '../features/markdown.js'
import {inform, isInputSlice, place, span} from '../message.js'
import {autoOption} from '../options.js'
import {blockCache} from '../parse/block.js'
import type {Block, Root, Stripped} from '../types.js'

/** Options for `stripMarkdown`. */
export interface Options {
  /**
   * Whether the input is Markdown: `'auto'` decides from the document
   * (two `[text](https://…)` links, heading marks), `true` always strips,
   * `false` never does (default: `'auto'`).
   */
  markdown?: boolean | 'auto' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// How much of the document the detection reads.
const sample = 200_000

// "# Ferries return": a heading mark at the start of a block.
const headingMark = /^ {0,3}#{1,6}[ \t]+\S/
// The line under a setext heading: "=====" (level 1) or "-----" (level 2).
const setextUnderline = /^ {0,3}(?:(=+)|-+)[ \t]*$/

/** The level of a Markdown heading (`## Timetable` → 2): how many `#` open it. */
function headingLevel(line: string): number {
  let at = 0
  while (line.charCodeAt(at) === 32) at++
  let level = 0
  while (line.charCodeAt(at + level) === 35 /* # */) level++
  return level
}

/**
 * Plugin: strip Markdown syntax from the blocks of a Markdown document,
 * recording link targets and images in `data.stripped` (rule
 * `strip-markdown`), so they are in `removed`.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function stripMarkdown(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `stripMarkdown` options must be an object, got `' + String(settings) + '`')
  }
  const mode = autoOption(settings.markdown, 'stripMarkdown.markdown')

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    // (html2text writes no Markdown: its `** Notes **` headings and `# item` bullets are none.)
    if (mode === 'auto' && tree.data.html2text) return
    const sample = documentSample(tree)
    if (mode === 'auto' && !isMarkdown(sample)) return
    tree.data.markdown = true
    // Pandoc's `smart` Markdown: '"Ferries"' and "---" are curly quotes and dashes.
    const smart = isSmartMarkdown(sample)
    const input = typeof file.value === 'string' ? file.value : undefined
    let pieceCount = 0
    let first: Block | undefined
    let last: Block | undefined
    let blockCount = 0

    const blocks = tree.children
    // Lines inside a piece of markup cut over three lines or more (folded into the line before).
    const folded = new Set<Block>()
    // "```js" ⏎ "const ferry = load()" ⏎ "```": the lines between two fences
    // are the document's own code, kept as they are (and no script text).
    let fenced = false
    for (const block of blocks) {
      if (fenceLine.test(block.value)) fenced = !fenced
      else if (fenced) block.data.kind = 'preformatted'
    }

    // Lines of one paragraph are read together: wrapped Markdown cuts links,
    // images and emphasis at line ends ("[the harbour" ⏎ "board](https://…)").
    let groupStart = 0
    while (groupStart < blocks.length) {
      let groupEnd = groupStart + 1
      while (groupEnd < blocks.length && blocks[groupEnd].data.blankBefore === 0) groupEnd++
      const group = blocks.slice(groupStart, groupEnd)
      groupStart = groupEnd
      if (!group.some((d) => d.data.kind !== 'preformatted' && (markdownGate.test(d.value) || (smart && smartGate.test(d.value))))) continue
      // Offsets of each line in the group's text (lines joined by "\n").
      const offsets: number[] = []
      let joined = ''
      for (const block of group) {
        if (offsets.length > 0) joined += '\n'
        offsets.push(joined.length)
        joined += block.value
      }
      const found = findMarkdown(joined, smart)
      if (found.length === 0) continue
      // "Night ferry returns" ⏎ "===================": a heading underlined (setext), level 1 with "=", 2 with "-".
      if (group.length === 2 && group[0].data.kind !== 'preformatted') {
        const level = setextUnderline.exec(group[1].value)
        if (level) {
          group[0].data.kind = 'heading'
          group[0].data.level = level[1] ? 1 : 2
        }
      }
      const touching = spansByLine(found, offsets, group)
      // "[Writings on this" ⏎ "topic](…)": a line that goes on with the text of a
      // link the line before opened (read by `repairLineBreaks`, which keeps the
      // two together in `data.pieces`).
      for (let i = 1; i < group.length; i++) {
        const before = joined.slice(offsets[i - 1], offsets[i] - 1)
        if (before.lastIndexOf('[') > before.lastIndexOf(']')) blockCache(group[i]).linkGoesOn = true
      }
      // The line a line inside a raw tag folds into: the last one before it not folded itself
      // (tracked as the loop goes: a walk back over a comment of many lines would be quadratic).
      let host = 0
      // Whether a label opened a list of raw links in this group ("Tags:<a href=…").
      let labelled = false
      for (let i = 0; i < group.length; i++) {
        if (i > 0 && !folded.has(group[i - 1])) host = i - 1
        const block = group[i]
        // (Code keeps its marks; a block already removed, the front matter, is left as it is.)
        if (block.data.kind === 'preformatted' || block.data.fate) continue
        const value = block.value
        const from = offsets[i]
        const to = from + value.length
        // The spans' parts on this line ("[the harbour": the "["; a replacement where its span starts).
        const pieces: Array<{start: number; end: number; replacement: string; words: boolean}> = []
        // The links whose targets start on this line, and the length of their text (on this line or the ones before).
        let linkCount = 0
        let linkText = 0
        for (const k of touching[i]) {
          const span = found[k]
          const start = Math.max(span.start, from) - from
          const end = Math.min(span.end, to) - from
          const starts = span.start >= from && span.start <= to
          if (starts && span.linkText !== undefined) {
            linkCount++
            linkText += span.linkText
          }
          const replacement = starts ? span.replacement : ''
          if (end < start || (end === start && !replacement)) continue
          pieces.push({start, end, replacement, words: span.words})
        }
        if (pieces.length === 0) continue
        const heading = headingMark.test(value) && !value.includes('\n')
        const exact = isInputSlice(block, input)
        const stripped: Stripped[] = []
        let result = ''
        let at = 0
        for (const piece of pieces) {
          result += value.slice(at, piece.start) + piece.replacement
          if (piece.words && piece.end > piece.start) {
            stripped.push({text: value.slice(piece.start, piece.end), rule: 'strip-markdown', position: place(block, exact, piece.start, piece.end)})
          }
          at = piece.end
        }
        result = (result + value.slice(at)).replace(blankLines, '\n').trim()
        pieceCount += pieces.length
        blockCount++
        first ||= block
        last = block
        if (result) {
          // Wraps are read from the input's widths: the whole line ("**Lena** said"),
          // and its first word ("Harbour](https://…) rose": the wrap moved it whole).
          block.data.width ??= displayWidth(value)
          if (pieces[0].start < value.length && !/\s/.test(value.slice(0, pieces[0].start + 1))) {
            const word = inputWord.exec(value)![0]
            if (word.length > 0) block.data.firstWordWidth = displayWidth(word)
          }
          block.value = result
          if (colonEnd.test(result)) labelled = true
          if (linkCount > 0) block.data.links = {count: linkCount, text: linkText}
          if (heading) {
            block.data.kind = 'heading'
            block.data.level = headingLevel(value)
          }
          if (stripped.length > 0) block.data.stripped = [...(block.data.stripped || []), ...stripped]
        } else if (i > 0 && stripped.length > 0 && touching[i].some((k) => crossesLine(found[k], from, to, i < group.length - 1, joined))) {
          // "…Index (<span class=\"chart\"><a" ⏎ "href=\"https://…\"" ⏎ "class=\"quote\">HSI</a>…":
          // a line inside a raw HTML tag cut over three lines is no block of its own, and no
          // paragraph break; nor is the middle line of a link target wrapped over three lines
          // ("[the board](https://harbour-" ⏎ "example.org/2027/05/the-board-meets-" ⏎ "again/) said…").
          // (A link target or an image that starts a line keeps it: teaser lists show by them.)
          // What it held is recorded with the line before.
          append((group[host].data.stripped ||= []), stripped)
          folded.add(block)
        } else if (i > 0 && block.data.kind === 'paragraph' && inlineTagOpen.test(value) && group[i + 1] && !group[i + 1].data.fate && group[i + 1].data.kind === 'paragraph' && !labelled && (lowerAfterTag(group[i + 1].value) || goesOnBefore(joined.slice(offsets[i - 1], offsets[i] - 1)))) {
          // "… other" ⏎ "<a href=\"https://…\"" ⏎ "target=\"_blank\">social</a> media": the opening of
          // an inline tag that a wrap put at a line start, its text on the next line, holds no break
          // of the paragraph (a tag of text cannot interrupt a Markdown paragraph): the next line
          // takes its place, where the text decides (pandoc's GitHub Markdown writes such links).
          // (Not after a label, "Tags:<a href=…" ⏎ "…>harbour</a>" ⏎ "<a href=…": each link is an item;
          // nor before a capital after a link or a sentence end, "…>Ferry crews win a boat</a>" ⏎ "<a href=…" ⏎
          // "…>Crews said…": a teaser's parts. "… said" ⏎ "<a href=…" ⏎ "…>Ana Ruiz</a>, who" goes on.)
          append((group[host].data.stripped ||= []), stripped)
          group[i + 1].data.blankBefore = block.data.blankBefore
          folded.add(block)
        } else if (block.data.kind === 'list-item' && loneOpen.test(value) && group[i + 1]?.data.kind === 'paragraph' && group[i + 1].data.indent > block.data.indent) {
          // "-   [" ⏎ "    Facebook](https://…)": an item whose link text starts with a space,
          // the wrap moved the text whole to the next line, which is the item.
          const next = group[i + 1]
          next.data.kind = 'list-item'
          next.data.bullet = block.data.bullet
          next.data.indent = block.data.indent
          next.data.blankBefore = block.data.blankBefore
          folded.add(block)
        } else {
          // Nothing but markup ("![](photo.jpg)", "---"): the block goes.
          block.data.fate = 'removed'
          block.data.rule = 'strip-markdown'
          // "…the quay.\" ⏎ "\" ⏎ "Ferries…": a hard line break on a line of
          // its own is an empty line, so the next line starts a paragraph.
          if (i + 1 < group.length && loneBreak.test(value)) group[i + 1].data.blankBefore = 1
        }
      }
    }
    if (folded.size > 0) tree.children = blocks.filter((d) => !folded.has(d))

    if (first && last) {
      inform(
        file,
        `Stripped ${pieceCount} piece${pieceCount === 1 ? '' : 's'} of Markdown in ${blockCount} block${blockCount === 1 ? '' : 's'}`,
        span(first, last),
        'strip-markdown'
      )
    }
  }
}

/**
 * The spans that touch each line of a group (indexes into `found`; a span
 * over several lines is in each of theirs), found once for all lines: a
 * paragraph of thousands of lines with thousands of spans stays linear.
 *
 * @param found The spans, by start.
 * @param offsets Where each line starts in the group's text.
 * @param group The lines.
 */
function spansByLine(found: readonly MarkdownSpan[], offsets: readonly number[], group: readonly Block[]): number[][] {
  const touching: number[][] = group.map(() => [])
  for (let k = 0; k < found.length; k++) {
    const span = found[k]
    // The line the span starts on, then every line that starts at or before its end.
    for (let line = lastAtOrBefore(offsets, span.start); line < group.length && offsets[line] <= span.end; line++) {
      if (offsets[line] + group[line].value.length >= span.start) touching[line].push(k)
    }
  }
  return touching
}

/** The index of the last offset at or before `at` (binary search; 0 when none). */
function lastAtOrBefore(offsets: readonly number[], at: number): number {
  let low = 0
  let high = offsets.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (offsets[middle] <= at) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * Whether a span that began on an earlier line holds all of this one: a raw
 * HTML tag cut over three lines, or a link target wrapped over three.
 */
function crossesLine(span: MarkdownSpan, from: number, to: number, more: boolean, joined: string): boolean {
  return span.start < from && span.end >= to && (span.end > to || more) && (joined.charAt(span.start) === '<' || (span.end > to && joined.startsWith('](', span.start)))
}

// "<a href=\"https://…\"": the opening of an inline tag alone, not closed on its line.
const inlineTagOpen = /^[ \t]*<(?:a|abbr|b|cite|code|em|font|i|mark|q|small|span|strong|sub|sup|time|u)(?:[ \t][^<>]*)?$/i

/**
 * Whether the text of a line that ends a raw tag starts in lower case:
 * `target="_blank">social</a> media`.
 *
 * @param line The line, as in the input.
 */
function lowerAfterTag(line: string): boolean {
  const end = line.indexOf('>')
  return end >= 0 && lowerStart.test(line.slice(end + 1).replace(tags, '').trimStart())
}

/**
 * Whether a line of the input ends in the middle of a sentence, with text:
 * `claimed`, not `</a>` nor `board.`.
 *
 * @param line The line, as in the input.
 */
function goesOnBefore(line: string): boolean {
  const text = line.trimEnd()
  return text.length > 0 && !text.endsWith('>') && !sentenceEnd.test(text)
}

// A sentence end: a period, a question or exclamation mark, an ellipsis, and the quotes after them.
const sentenceEnd = /[.!?…。！？]["'”’)\]]*$/
// A lower-case letter first.
const lowerStart = /^\p{Ll}/u
// A tag on a line.
const tags = /<[^<>\n]{0,2000}>/g

// "Tags:": a line that ends with a colon.
const colonEnd = /[:：][ \t]*$/

// "[": a link's opening bracket alone, its text on the next line.
const loneOpen = /^[ \t]*\[[ \t]*$/

// "\": a line that is a hard line break and nothing else.
const loneBreak = /^[ \t]*\\[ \t]*$/

// The input's first word (up to a space), and a link's title after it: a wrap keeps
// `Shows](https://…/shows/ "Auto shows")` whole (pandoc), but cuts a title it cut.
const inputWord = /^(?:[^\s\]]*\]\([^\s()]*[ \t]+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}')\)|\S*)/

// Lines left empty inside a block (a removed rule or fence line).
const blankLines = /\n[ \t]*(?:\n[ \t]*){1,1000}/g

/**
 * The start of the document, block by block, up to `sample` characters.
 * A block indented four columns or more keeps four spaces before it: a text
 * browser's bullet of a nested list (`          # Regulations`, lynx) is no
 * heading mark.
 */
function documentSample(tree: Root): string {
  let text = ''
  for (const block of tree.children) {
    text += (block.data.indent >= 4 ? '    ' : '') + block.value + '\n\n'
    if (text.length > sample) break
  }
  return text
}
