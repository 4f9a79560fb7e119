import type {LineSpan} from './columns.js'

/**
 * A table drawn with `+---+` borders and `|` between its cells (Pandoc’s
 * grid tables, `pandoc -t plain` of a layout table): lines `first` to
 * `end` (exclusive), its cells between the offsets in `bounds` (from the
 * line’s start: the `+` and `|` of each column edge).
 */
export interface GridTable {
  first: number
  end: number
  bounds: number[]
}

// "+----------+-----+", "+==========+=====+" (under a header), ":" for an alignment.
const border = /^\+(?:[-=:]{3,}\+)+[ \t]*$/
// Fewest lines a table has (two borders and a row).
const minimumLines = 3
// Widest table read (a border longer is no layout of a page).
const maximumWidth = 1000

/**
 * Find grid tables: a border line, then rows whose `|` (or `+`, for the
 * borders between rows) stand at the border’s `+` columns, up to the last
 * border. A line that breaks the grid ends the table there (at its last
 * border), so text that only looks like one is read as lines.
 *
 * @param text The document.
 * @param lines Its lines.
 */
export function findGridTables(text: string, lines: readonly LineSpan[]): GridTable[] {
  const tables: GridTable[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    // ("+" first: most lines are no border, and are not read further.)
    if (line.start >= text.length || text.charCodeAt(line.start) !== 43 /* + */ || line.end - line.start > maximumWidth) continue
    const first = text.slice(line.start, line.end)
    if (!border.test(first)) continue
    const bounds: number[] = []
    for (let k = 0; k < first.length; k++) if (first.charCodeAt(k) === 43) bounds.push(k)
    let lastBorder = i
    let j = i + 1
    for (; j < lines.length; j++) {
      const row = text.slice(lines[j].start, lines[j].end)
      if (row.trimEnd().length !== first.trimEnd().length) break
      const edge = row.charCodeAt(0)
      if (edge === 43 && border.test(row) && sameBounds(row, bounds)) {
        lastBorder = j
        continue
      }
      if (edge !== 124 /* | */ || !bounds.every((b) => row.charCodeAt(b) === 124 || row.charCodeAt(b) === 43)) break
    }
    if (lastBorder - i + 1 >= minimumLines) {
      tables.push({first: i, end: lastBorder + 1, bounds})
      i = lastBorder
    }
  }
  return tables
}

/** Whether a border line has its `+` at the same columns. */
function sameBounds(row: string, bounds: readonly number[]): boolean {
  let count = 0
  for (let k = 0; k < row.length; k++) {
    if (row.charCodeAt(k) !== 43) continue
    if (bounds[count] !== k) return false
    count++
  }
  return count === bounds.length
}

/**
 * Whether a line of a grid table is a border (between its rows).
 *
 * @param text The document.
 * @param line The line.
 */
export function isGridBorder(text: string, line: LineSpan): boolean {
  return text.charCodeAt(line.start) === 43 && border.test(text.slice(line.start, line.end))
}
