/**
 * Parse plain text into a block tree: one `block` per non-blank input line,
 * with its position, indentation, the blank lines before it and the bullet
 * that started it. Deciding which lines belong together is the job of
 * `repairLineBreaks`; the parser only records what the layout shows.
 */
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Block, Root} from '../types.js'
import {lineBlock, rootData} from './block.js'
import {findColumns, type LineSpan} from './columns.js'
import {findGridTables, isGridBorder, type GridTable} from './grid.js'
import {markNestedBullets} from './nested.js'

/**
 * Plugin: set the processor’s parser to the plain-text parser.
 */
export const parseText: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (document: string, file?: VFile): Root => textToTree(String(document), file)
}

// Any line terminator: "\r\n", "\r", "\n", U+2028, U+2029.
const lineBreak = /\r\n|[\r\n\u2028\u2029]/g
// A line terminator other than "\n".
const otherBreak = /[\r\u2028\u2029]/

/**
 * Turn text into a block tree (the parser, exposed for custom pipelines).
 *
 * Text laid out in two columns side by side (a text browser's rendering of a
 * layout table) is read column by column: the left column's lines, then the
 * right column's (see `findColumns`).
 *
 * @param text The input.
 * @param _file The file (unused; kept for the parser signature).
 * @returns The tree, one block per non-blank line (or line of a column).
 */
export function textToTree(text: string, _file?: VFile): Root {
  if (typeof text !== 'string') {
    throw new TypeError('unscrape: `text` must be a string, got ' + (text === null ? 'null' : typeof text))
  }
  const lines: LineSpan[] = []
  let start = 0
  if (otherBreak.test(text)) {
    lineBreak.lastIndex = 0
    while (start <= text.length) {
      const match = lineBreak.exec(text)
      const end = match ? match.index : text.length
      lines.push({start, end})
      if (!match) break
      start = match.index + match[0].length
    }
  } else {
    // Only "\n" (most inputs): found without the pattern.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push({start, end})
      start = end + 1
    }
    lines.push({start, end: text.length})
  }

  const children: Block[] = []
  let blank = 0
  const add = (from: number, to: number, index: number, lineStart: number, wrapWidth?: number) => {
    const block = lineBlock(text, from, to, index + 1, blank, lineStart)
    if (block) {
      block.data.wrapWidth = wrapWidth
      children.push(block)
      blank = 0
    } else {
      blank++
    }
  }

  const regions = findColumns(text, lines)
  const grids = findGridTables(text, lines)
  let next = 0
  let nextGrid = 0
  for (let i = 0; i < lines.length; i++) {
    const grid = grids[nextGrid]
    if (grid && i === grid.first) {
      // "+------+------+" ⏎ "| The crews | Harbour |" ⏎ "| voted on  | news    |": a grid table
      // (Pandoc's layout of a table), read row by row, each row's cells one
      // after the other, the lines of a cell wrapped at its right edge.
      readGrid(grid, i)
      i = grid.end - 1
      nextGrid++
      while (regions[next] && regions[next].first < grid.end) next++
      continue
    }
    const region = regions[next]
    if (region && i === region.first) {
      // "discuss the winter timetable and the   *Ferry crews vote on new": the
      // left column's lines first, then the right column's, each wrapped at
      // its own width (the left one ends before the space before the boundary).
      let rightWidth = 0
      for (let j = region.first; j < region.end; j++) {
        const line = lines[j]
        add(line.start, Math.min(line.end, line.start + region.column), j, line.start, region.column - 1)
        rightWidth = Math.max(rightWidth, line.end - line.start)
      }
      blank = Math.max(blank, 1)
      for (let j = region.first; j < region.end; j++) {
        const line = lines[j]
        if (line.end > line.start + region.column) add(line.start + region.column, line.end, j, line.start, rightWidth)
        else blank++
      }
      i = region.end - 1
      next++
      continue
    }
    add(lines[i].start, lines[i].end, i, lines[i].start)
  }

  function readGrid(grid: GridTable, first: number) {
    let rowStart = first + 1
    for (let j = first + 1; j < grid.end; j++) {
      if (!isGridBorder(text, lines[j])) continue
      for (let c = 0; c + 1 < grid.bounds.length; c++) {
        blank = Math.max(blank, 1)
        for (let k = rowStart; k < j; k++) {
          const line = lines[k]
          add(line.start + grid.bounds[c] + 1, line.start + grid.bounds[c + 1], k, line.start, grid.bounds[c + 1] - 1)
        }
      }
      blank = Math.max(blank, 1)
      rowStart = j + 1
    }
  }

  // "               o Timetables": a text browser's bullets of deeper levels.
  markNestedBullets(children)
  return {type: 'root', children, data: rootData('text')}
}
