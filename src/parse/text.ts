/**
 * Parse plain text into a block tree: one `block` per non-blank input line,
 * with its position, indentation, the blank lines before it and the bullet
 * that started it. Deciding which lines belong together is the job of
 * `repairLineBreaks`; the parser only records what the layout shows.
 */
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Block, Root} from '../types.js'
import {lineBlock} from './block.js'

/**
 * Plugin: set the processor’s parser to the plain-text parser.
 */
export const parseText: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (document: string, file?: VFile): Root => textToTree(String(document), file)
}

// Any line terminator: "\r\n", "\r", "\n", U+2028, U+2029.
const lineBreak = /\r\n|[\r\n\u2028\u2029]/g

/**
 * Turn text into a block tree (the parser, exposed for custom pipelines).
 *
 * @param text The input.
 * @param _file The file (unused; kept for the parser signature).
 * @returns The tree, one block per non-blank line.
 */
export function textToTree(text: string, _file?: VFile): Root {
  const children: Block[] = []
  let line = 1
  let start = 0
  let blank = 0
  lineBreak.lastIndex = 0

  while (start <= text.length) {
    const match = lineBreak.exec(text)
    const end = match ? match.index : text.length
    const block = lineBlock(text, start, end, line, blank)
    if (block) {
      children.push(block)
      blank = 0
    } else {
      blank++
    }

    if (!match) break
    start = match.index + match[0].length
    line++
  }

  return {type: 'root', children, data: {source: 'text'}}
}
