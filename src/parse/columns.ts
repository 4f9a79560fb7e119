/**
 * Find text laid out in two columns side by side.
 *
 * Text browsers (`w3m -dump`, lynx, links) render a layout table as columns
 * padded with spaces, so each output line holds a line of the article and a
 * line of the sidebar next to it:
 *
 * ```txt
 * The harbour board met on Monday to     More from the coast
 * discuss the winter timetable and the   *Ferry crews vote on new
 * ```
 *
 * Read line by line, both columns are cut into fragments and interleaved.
 * `findColumns` finds such regions, so that the parser can read the left
 * column first, then the right one.
 */
import {startsLower} from '../features/lines.js'

/** A line of the input: `text.slice(start, end)`, without its terminator. */
export interface LineSpan {
  start: number
  end: number
}

/** A run of lines laid out in two columns. */
export interface ColumnRegion {
  /** Index of the first line (it holds text in the right column). */
  first: number
  /** Index after the last line. */
  end: number
  /** Offset of the right column from the line start. */
  column: number
}

// The right column starts this far in at least (narrower would be a list or a form).
const minColumn = 20
// Lines of the region that hold text in the right column.
const minRightLines = 6
// Lines with text in both columns.
const minBothLines = 4
// How far the compatible run is followed from a seed line, each way.
const maxWalk = 2000

// A gap of three spaces or more between two texts: "unrest   All news".
// Matched from the first space of a run only: tried from every space of a
// long run, the greedy run backtracks to its end each time (quadratic).
const gap = /(?<! ) {3,}(?=\S)/g
// Ends a sentence or a label: no wrapped line ends so.
const lineEnd = /[.!?:;…"”»)\]]$/u
const word = /\S+/g

/**
 * Regions of two-column layout in a text, in order.
 *
 * A region is a run of lines that all fit one column boundary (each line is
 * narrower than it, or has a space right before it), where the right column
 * holds text on several lines, and at least one column reads as prose wrapped
 * to its width (a line without end punctuation continued by a lower-case
 * line). Data tables, forms and indented lists do not wrap prose across
 * lines, and are left alone.
 *
 * @param text The input.
 * @param lines Its lines.
 * @returns The regions (none in most texts).
 */
export function findColumns(text: string, lines: readonly LineSpan[]): ColumnRegion[] {
  const regions: ColumnRegion[] = []
  // Column → end of the last compatible run tried there (a seed inside it gives the same run).
  const tried = new Map<number, number>()
  // The next three spaces in a row: most lines have none, and are passed without a copy.
  let spaces = -1
  for (let i = 0; i < lines.length; i++) {
    if (spaces < lines[i].start) {
      spaces = text.indexOf('   ', lines[i].start)
      if (spaces < 0) break
    }
    if (spaces >= lines[i].end) continue
    const column = seedColumn(text, lines[i])
    if (column === undefined) continue
    if ((tried.get(column) ?? -1) > i) continue
    const region = regionAt(text, lines, i, column)
    if (region) {
      regions.push(region)
      tried.clear()
      i = region.end - 1
    } else {
      tried.set(column, runEnd(text, lines, i, column))
    }
  }
  const mirrors = findMirrors(text, lines, regions)
  return mirrors.length === 0 ? regions : [...regions, ...mirrors].sort((a, b) => a.first - b.first)
}

// A narrow column of an image's text beside its headline starts this far in at least.
const minMirrorColumn = 6
// How far a mirrored pair of columns is followed from a seed line, each way.
const maxMirrorWalk = 12
// The fewest characters (white space aside) of a mirrored text.
const minMirrorText = 16
// A gap of two spaces or more between two texts: "descent  descent Charles…".
const mirrorGap = /\S( {2,})(?=\S)/g
// The longest line of such a layout (a text browser's lines are a screen wide), and the most gaps tried in one.
const maxMirrorLine = 240
const maxMirrorGaps = 4

/**
 * Regions where a narrow column repeats the text beside it, wrapped
 * narrower: a text browser lays out a card's image (its alt text) and its
 * headline side by side, and the alt text is the headline.
 *
 * ```txt
 * Urartu
 * relics    Urartu relics unearthed in
 * unearthed Iran
 * in Iran
 * ```
 *
 * The region runs from the first line of the narrow column to its last;
 * each column is one text (read one after the other, the copy is found
 * later). Only when both read the same, white space aside: no other layout
 * does so.
 *
 * @param text The input.
 * @param lines Its lines.
 * @param taken The regions found already (a mirror inside one is none).
 */
function findMirrors(text: string, lines: readonly LineSpan[], taken: readonly ColumnRegion[]): ColumnRegion[] {
  const found: ColumnRegion[] = []
  // Column → the line after the right column last tried there (a seed inside it gives the same).
  const tried = new Map<number, number>()
  let after = 0
  let spaces = -1
  for (let i = 0; i < lines.length; i++) {
    if (i < after) continue
    if (spaces < lines[i].start) {
      spaces = text.indexOf('  ', lines[i].start)
      if (spaces < 0) break
    }
    if (spaces >= lines[i].end || lines[i].end - lines[i].start > maxMirrorLine) continue
    const value = text.slice(lines[i].start, lines[i].end)
    mirrorGap.lastIndex = 0
    let match: RegExpExecArray | null
    let gaps = 0
    while ((match = mirrorGap.exec(value)) && gaps++ < maxMirrorGaps) {
      const column = match.index + 1 + match[1].length
      if (column < minMirrorColumn || (tried.get(column) ?? -1) > i) continue
      const region = mirrorAt(text, lines, i, column, tried)
      if (!region || taken.some((d) => d.first < region.end && region.first < d.end)) continue
      found.push(region)
      after = region.end
      break
    }
  }
  return found
}

/** The mirrored region around line `index` at `column`, if its two columns read the same (`tried` records the right column's end). */
function mirrorAt(text: string, lines: readonly LineSpan[], index: number, column: number, tried: Map<number, number>): ColumnRegion | undefined {
  const rightOf = (j: number) => (lines[j].end > lines[j].start + column ? text.slice(lines[j].start + column, lines[j].end).trim() : '')
  const leftOf = (j: number) => text.slice(lines[j].start, Math.min(lines[j].end, lines[j].start + column)).replace(/\s+/g, '')
  const fits = (j: number) => lines[j].end - lines[j].start <= maxMirrorLine && lineKind(text, lines[j], column) !== ACROSS
  // The right column: the run of lines with text past the boundary around the seed.
  let firstRight = index
  while (firstRight > 0 && index - firstRight < maxMirrorWalk && fits(firstRight - 1) && rightOf(firstRight - 1)) firstRight--
  let lastRight = index
  while (lastRight + 1 < lines.length && lastRight - index < maxMirrorWalk && fits(lastRight + 1) && rightOf(lastRight + 1)) lastRight++
  let right = ''
  for (let j = firstRight; j <= lastRight; j++) right += rightOf(j).replace(/\s+/g, '')
  tried.set(column, lastRight + 1)
  if (right.length < minMirrorText) return undefined
  // The left column: lines from one at or before the right column's first that hold the same text
  // (narrower, it runs on above and below the right one, on lines of its own).
  for (let first = firstRight; first >= 0 && firstRight - first <= maxMirrorWalk; first--) {
    if (!fits(first) || !leftOf(first) || (first < firstRight && rightOf(first))) break
    let left = ''
    let j = first
    while (j < lines.length && left.length < right.length && fits(j) && (j <= lastRight || !rightOf(j))) {
      const piece = leftOf(j)
      if (!piece) break
      left += piece
      j++
    }
    // (The narrow column on two lines at least: "Urartu relics" ⏎ "unearthed in Iran" beside the line of the headline.)
    if (left === right && j > lastRight && j - first >= 2) return {first, end: j, column}
  }
  return undefined
}

/** Where the second text of a line starts after a wide gap (`in Iran unrest      All news`), if anywhere. */
function seedColumn(text: string, line: LineSpan): number | undefined {
  if (line.end - line.start <= minColumn) return undefined
  const value = text.slice(line.start, line.end)
  gap.lastIndex = 0
  const match = gap.exec(value)
  if (!match) return undefined
  const column = match.index + match[0].length
  return column >= minColumn && column < value.length ? column : undefined
}

// How a line sits on a column boundary.
const NARROW = 0 // nothing right of the boundary
const PADDED = 1 // text on the right, two spaces or more before it (or nothing on the left)
const TIGHT = 2 // text on the right, one space before it: maybe a long line with a space there by chance
const ACROSS = 3 // text across the boundary: no column there

function lineKind(text: string, line: LineSpan, column: number): number {
  if (line.end - line.start <= column) return NARROW
  // Trailing spaces only past the boundary: the line is narrower.
  if (text.slice(line.start + column, line.end).trim() === '') return NARROW
  if (text.charCodeAt(line.start + column - 1) !== 32) return ACROSS
  return column < 2 || text.charCodeAt(line.start + column - 2) === 32 ? PADDED : TIGHT
}

/**
 * Index after the run of lines from `index` on that fit the boundary. A
 * tight line after two lines with nothing on the right ends it too: the
 * right column has ended, and a long line that has a space at the boundary
 * is more likely full-width text ("…at any hour of the day or night").
 */
function runEnd(text: string, lines: readonly LineSpan[], index: number, column: number): number {
  let end = index
  let quiet = 0
  while (end < lines.length && end - index < maxWalk) {
    const kind = lineKind(text, lines[end], column)
    if (kind === ACROSS || (kind === TIGHT && quiet >= 2)) break
    quiet = kind === NARROW ? quiet + 1 : 0
    end++
  }
  return end
}

/** Index of the first line of the run of lines up to `index` that fit the boundary (as `runEnd`, upwards). */
function runStart(text: string, lines: readonly LineSpan[], index: number, column: number): number {
  let start = index
  let quiet = 0
  while (start > 0 && index - start < maxWalk) {
    const kind = lineKind(text, lines[start - 1], column)
    if (kind === ACROSS || (kind === TIGHT && quiet >= 2)) break
    quiet = kind === NARROW ? quiet + 1 : 0
    start--
  }
  return start
}

function regionAt(text: string, lines: readonly LineSpan[], index: number, column: number): ColumnRegion | undefined {
  const start = runStart(text, lines, index, column)
  const end = runEnd(text, lines, index, column)
  let first = -1
  let right = 0
  let both = 0
  const lefts: string[] = []
  const rights: string[] = []
  for (let j = start; j < end; j++) {
    const line = lines[j]
    const cut = Math.min(line.end, line.start + column)
    const left = text.slice(line.start, cut).trim()
    const rest = cut < line.end ? text.slice(cut, line.end).trim() : ''
    if (rest) {
      if (first < 0) first = j
      right++
      if (left) both++
    }
    if (first >= 0) {
      lefts.push(left)
      rights.push(rest)
    }
  }
  if (first < 0 || right < minRightLines || both < minBothLines) return undefined
  if (wrapped(lefts) < 2 && wrapped(rights) < 2) return undefined
  return {first, end: layoutEnd(text, lines, first + lefts.length - 1 - trailingLefts(rights), end, column), column}
}

/** How many entries at the end of a column are past its last text. */
function trailingLefts(rights: readonly string[]): number {
  let n = 0
  while (n < rights.length && !rights[rights.length - 1 - n]) n++
  return n
}

// Two texts apart inside a line: another layout ("and other     sensitive matters").
const innerGap = /\S {3,}\S/

/**
 * Where the region ends once its right column has: the left column goes on
 * (the article is longer than the sidebar) until another layout starts, a
 * line with a wide gap inside the left column (a table of its own); the
 * region then ends at the last blank line before it, or at it.
 */
function layoutEnd(text: string, lines: readonly LineSpan[], lastRight: number, end: number, column: number): number {
  let blank = -1
  for (let j = lastRight + 1; j < end; j++) {
    const line = lines[j]
    const left = text.slice(line.start, Math.min(line.end, line.start + column))
    if (left.trim() === '') blank = j
    else if (innerGap.test(left)) return blank > lastRight ? blank : j
  }
  return end
}

/** How often a line of a column (three words or more, no end punctuation) goes on in a lower-case line. */
function wrapped(parts: readonly string[]): number {
  let count = 0
  for (let k = 0; k + 1 < parts.length; k++) {
    const part = parts[k]
    if (!part || lineEnd.test(part) || !startsLower(parts[k + 1])) continue
    word.lastIndex = 0
    let words = 0
    while (words < 3 && word.exec(part)) words++
    if (words >= 3) count++
  }
  return count
}
