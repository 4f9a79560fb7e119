/**
 * Report a change as a vfile message, the way every unscrape transform does.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Block} from './types.js'

/**
 * Add an info message (`fatal: undefined`) with `source: 'unscrape'`.
 *
 * @param file The file.
 * @param reason What happened, as a sentence without a final period.
 * @param place Where, in the input.
 * @param ruleId Kebab-case rule id.
 * @returns The message.
 */
export function inform(file: VFile, reason: string, place: Position, ruleId: string): VFileMessage {
  // A message is an `Error`: capturing its stack costs more than the whole
  // decision it reports, and says nothing about the input. Skip it.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const message = file.message(reason, {place, ruleId, source: 'unscrape'})
    message.fatal = undefined
    return message
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * The position from the start of the first block to the end of the last one.
 *
 * @param first First block.
 * @param last Last block (defaults to `first`).
 */
export function span(first: Block, last: Block = first): Position {
  return {start: {...first.position.start}, end: {...last.position.end}}
}

/**
 * Quote text for a message, shortened to `max` characters.
 *
 * @param text The text.
 * @param max Longest quote.
 */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return '“' + (flat.length > max ? flat.slice(0, max - 1) + '…' : flat) + '”'
}

/**
 * Call `each` once per run of consecutive blocks that share a key, so a
 * transform reports one message per run, not per block. A block whose key is
 * `undefined` ends the current run and belongs to none.
 *
 * @param blocks Blocks in reading order.
 * @param key The run key of a block (a rule id), or `undefined`.
 * @param each Called with the run’s blocks and its key.
 */
export function forEachRun(
  blocks: readonly Block[],
  key: (block: Block) => string | undefined,
  each: (run: Block[], key: string) => void
): void {
  let run: Block[] = []
  let current: string | undefined
  for (const block of blocks) {
    const next = key(block)
    if (next !== undefined && next === current) {
      run.push(block)
      continue
    }
    if (current !== undefined) each(run, current)
    run = next === undefined ? [] : [block]
    current = next
  }
  if (current !== undefined) each(run, current)
}

/**
 * Whether a block’s value is still the input between its start and end.
 *
 * @param block The block.
 * @param input The input, if known.
 */
export function isInputSlice(block: Block, input: string | undefined): boolean {
  const from = block.position.start
  const to = block.position.end
  return (
    input !== undefined &&
    from.offset !== undefined &&
    to.offset !== undefined &&
    from.line === to.line &&
    to.offset - from.offset === block.value.length &&
    input.slice(from.offset, to.offset) === block.value
  )
}

/**
 * Where a piece of a block’s value is in the input: exact when the value
 * is still the input slice, else the block’s span.
 *
 * @param block The block.
 * @param exact Whether the block’s value is the input slice.
 * @param start Start offset in the value.
 * @param end End offset in the value.
 */
export function place(block: Block, exact: boolean, start: number, end: number): Position {
  const from = block.position.start
  if (exact) {
    return {
      start: {line: from.line, column: from.column + start, offset: from.offset! + start},
      end: {line: from.line, column: from.column + end, offset: from.offset! + end}
    }
  }
  return span(block)
}
