/**
 * Line splitting for `unscrape batch`, shared by the main thread (which cuts
 * the input bytes into tasks of whole lines and numbers them) and the workers
 * (which decode and split a task). A line ends at "\r\n", "\r" or "\n", as
 * with `readline`. Loads nothing of the library: the main thread stays small.
 */

/** A slice of the input sent to a worker: whole lines as UTF-8 bytes. */
export interface BatchTask {
  /** Whole input lines, terminators included (the last one may lack it at the end of the input). */
  bytes: Uint8Array
  /** The 1-based line number of the first line. */
  firstLine: number
}

/** What a worker sends back for a task. */
export interface BatchTaskResult {
  /** The output lines as UTF-8, each ending in `\n`, in input order. */
  output: Uint8Array
  /** How many output lines (one per non-blank input line). */
  lines: number
  /** How many of them are error records. */
  failed: number
}

const lineBreak = /\r\n|\r|\n/

/**
 * Call `each` for every non-blank line of `text`, with its line number (blank
 * lines are counted, not passed).
 *
 * @param text Decoded task bytes.
 * @param firstLine The number of the first line.
 * @param each Called in order.
 */
export function eachLine(text: string, firstLine: number, each: (line: string, lineNumber: number) => void): void {
  const lines = text.split(lineBreak)
  // "a\nb\n" → ["a", "b", ""]: the empty string after the last break is no line.
  const count = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length
  for (let i = 0; i < count; i++) {
    if (lines[i].trim()) each(lines[i], firstLine + i)
  }
}

/**
 * Where the complete lines of a chunk end: after its last line break, never
 * between a "\r" ending the chunk and a "\n" that may start the next one.
 *
 * @param chunk Input bytes.
 * @returns The index after the last usable break, or 0 when there is none.
 */
export function completeLinesEnd(chunk: Uint8Array): number {
  const lineFeed = chunk.lastIndexOf(10)
  let carriageReturn = chunk.lastIndexOf(13)
  if (carriageReturn === chunk.length - 1) carriageReturn = chunk.lastIndexOf(13, chunk.length - 2)
  return Math.max(lineFeed, carriageReturn) + 1
}

/**
 * Count the line breaks in bytes ("\r\n" is one).
 *
 * @param bytes Input bytes.
 */
export function countLineBreaks(bytes: Uint8Array): number {
  let count = 0
  let at = bytes.indexOf(10)
  while (at !== -1) {
    count++
    at = bytes.indexOf(10, at + 1)
  }
  at = bytes.indexOf(13)
  while (at !== -1) {
    // "\r\n" was counted at its "\n".
    if (bytes[at + 1] !== 10) count++
    at = bytes.indexOf(13, at + 1)
  }
  return count
}
