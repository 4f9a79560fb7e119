/**
 * Make a block for one input line (shared by the parsers).
 */
import {foldSpace, isSpaceCode as isSpace} from '../features/space.js'
import type {Block, BlockData, BlockKind, DomFacts, RootData} from '../types.js'

/**
 * New document facts with every field a transform may set present from the
 * start (unset ones `undefined`), in one order, for the same reason as
 * `blockData`: each transform reads `tree.data` first thing, and fields
 * added later in an order that depends on the page (`markdown` on some
 * pages, `language` on all) gave it a new shape per kind of page, so the
 * optimized transforms were thrown away and compiled again, once per worker.
 *
 * @param source Which input the tree comes from.
 */
export function rootData(source: 'text' | 'html'): RootData {
  return {
    source,
    html2text: undefined,
    markdown: undefined,
    language: undefined,
    rendering: undefined,
    wrapWidth: undefined,
    paragraphSeparator: undefined,
    blankSeparated: undefined,
    runOn: undefined,
    sectionsSeparated: undefined,
    keywords: undefined,
    metaTitle: undefined,
    url: undefined
  }
}

/**
 * New block facts with every field a transform may set present from the
 * start (unset ones `undefined`), in one order: all blocks then share one
 * object shape, and the transforms' many reads of `data.fate`, `data.rule`,
 * `data.cache`… stay fast (fields added later, in varying orders, would give
 * each block its own shape).
 *
 * @param kind What the block is.
 * @param blankBefore Blank lines before it.
 * @param indent Leading spaces.
 * @param bullet The bullet or list number, if any.
 * @param dom DOM facts (HTML input).
 */
export function blockData(kind: BlockKind, blankBefore: number, indent: number, bullet?: string, dom?: DomFacts): BlockData {
  return {
    kind,
    blankBefore,
    indent,
    bullet,
    fate: undefined,
    rule: undefined,
    lineBreak: undefined,
    joins: undefined,
    pieces: undefined,
    stripped: undefined,
    continues: undefined,
    related: undefined,
    tag: undefined,
    tags: undefined,
    dom,
    wrapWidth: undefined,
    cache: undefined
  }
}

/**
 * A block's cache (`data.cache`), made on first use with every field a
 * transform keeps there present from the start (unset ones `undefined`):
 * caches made empty and filled in varying orders would take many object
 * shapes, and the reads of `cache.lines` or `cache.features` would be slow.
 *
 * @param block The block.
 */
export function blockCache(block: Block): Record<string, unknown> {
  return (block.data.cache ||= {
    linesApart: undefined,
    linkGoesOn: undefined,
    lines: undefined,
    features: undefined,
    featuresValue: undefined,
    folded: undefined,
    foldedValue: undefined
  })
}

/**
 * A block's value lower-cased, with its white space folded
 * (`foldSpace(value.toLowerCase())`): made once per value and kept in the
 * block's cache, as several steps key blocks by it (lower-casing text beyond
 * Latin-1 is slow).
 *
 * @param block The block.
 */
export function foldedLower(block: Block): string {
  const cache = blockCache(block)
  if (cache.foldedValue !== block.value) {
    cache.folded = foldSpace(block.value.toLowerCase())
    cache.foldedValue = block.value
  }
  return cache.folded as string
}

// Bullets that scrapers and text browsers put before list items, removed
// from the value: "  • NATO", "* item", "☆ Contact".
const bullet = /^([•◦▪▫●○■□☆★✓✔➤►▸‣⁃∙·*+-])[ \t\u00A0]+(?=\S)/u

// The bullet of a nested list's first item, after its parent's bullet: "*   *   Discover…" (not a rule, "* * *").
// (Its first character is tested as the parent's bullet before: the pattern reads what follows it.)
const nestedBullet = /^\S[ \t\u00A0]+(?=[\p{L}\p{N}"“‘'(\[])/u

// List numbers, kept in the value (they are words): "1. First", "2) Second".
const number = /^(\d{1,3}[.)])[ \t\u00A0]+(?=\S)/


/**
 * Build a block for `text.slice(start, end)`, or `undefined` when the line
 * is blank.
 *
 * @param text The whole input.
 * @param start Offset of the line start.
 * @param end Offset of the line end (before the line terminator).
 * @param line 1-based line number.
 * @param blankBefore Blank lines before this one.
 * @param lineStart Offset of the start of the input line, when `start` is
 *   inside it (the right column of a two-column layout); columns count from it.
 */
export function lineBlock(
  text: string,
  start: number,
  end: number,
  line: number,
  blankBefore: number,
  lineStart = start
): Block | undefined {
  const raw = text.slice(start, end)
  let lead = 0
  while (lead < raw.length && isSpace(raw.charCodeAt(lead))) lead++
  if (lead === raw.length) return undefined
  let trail = 0
  while (isSpace(raw.charCodeAt(raw.length - 1 - trail))) trail++
  let value = raw.slice(lead, raw.length - trail)
  let from = start + lead
  let indent = 0
  for (let i = 0; i < lead; i++) indent += raw.charCodeAt(i) === 9 ? 8 - (indent % 8) : 1

  // (A letter or a digit first, as on most lines: no bullet; a digit may start a number.)
  const first = value.charCodeAt(0)
  const digit = first >= 48 && first <= 57
  const match = digit || (first >= 97 && first <= 122) || (first >= 65 && first <= 90) ? null : bullet.exec(value)
  let marker: string | undefined
  if (match) {
    marker = match[1]
    value = value.slice(match[0].length)
    from += match[0].length
    // "*   *   Discover the quay": the first item of a nested list right in its parent item
    // (turndown writes `<li><ul><li>` so): the same bullet twice, before text.
    const inner = value.charCodeAt(0) === marker.charCodeAt(0) ? nestedBullet.exec(value) : null
    if (inner) {
      value = value.slice(inner[0].length)
      from += inner[0].length
    }
  } else if (digit) {
    const numbered = number.exec(value)
    if (numbered) marker = numbered[1]
  }

  const to = start + raw.length - trail
  const block: Block = {
    type: 'block',
    value: flat(value),
    position: {
      start: {line, column: from - lineStart + 1, offset: from},
      end: {line, column: to - lineStart + 1, offset: to}
    },
    data: blockData(marker ? 'list-item' : 'paragraph', blankBefore, indent, marker)
  }
  return block
}

// A slice shorter than this is a copy already (V8 makes longer ones views into the whole string).
const minSliceView = 13

/**
 * A string in one piece. V8 keeps a slice of 13 characters or more as a view
 * into the string it was cut from, and every character loop and pattern of
 * the transforms then reads it through that view, markedly slower (a block's
 * value is read dozens of times). Joining its two halves makes a copy.
 *
 * @param text A string.
 * @returns The same characters.
 */
export function flat(text: string): string {
  return text.length < minSliceView ? text : [text.slice(0, 1), text.slice(1)].join('')
}

/**
 * Cut a block that is a slice of the input into blocks at offsets of its
 * value (`…Tuesday.The crews` at the `T`): each piece a line block of the
 * input, trimmed, blank pieces dropped. The first piece keeps the block's
 * blank lines before it; the others get `blankBetween`.
 *
 * @param input The whole input.
 * @param block The block (its value an exact slice of `input`).
 * @param points Offsets in the block's value, in order.
 * @param blankBetween Blank lines before each piece after the first (`1`: a paragraph break, `0`: a line of the same paragraph).
 */
export function cutBlock(input: string, block: Block, points: readonly number[], blankBetween: number): Block[] {
  const pieces: Block[] = []
  const from = block.position.start
  const base = from.offset!
  const lineStart = base - (from.column - 1)
  let at = 0
  let blankBefore = block.data.blankBefore
  for (const point of [...points, block.value.length]) {
    const piece = lineBlock(input, base + at, base + point, from.line, blankBefore, lineStart)
    if (piece) pieces.push(piece)
    blankBefore = blankBetween
    at = point
  }
  return pieces
}
