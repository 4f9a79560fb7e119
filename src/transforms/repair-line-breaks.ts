/**
 * Repair broken line breaks: rejoin fragments that a scraper split at inline
 * elements, unwrap hard-wrapped lines, and re-attach stray punctuation.
 */
import type {VFile} from 'vfile'
import {inform, span} from '../message.js'
import type {Block, Join, Root} from '../types.js'

/** Options for `repairLineBreaks`. */
export interface Options {
  /** Rejoin fragments split at inline elements (default: `true`). */
  fragments?: boolean | null | undefined
  /** Unwrap hard-wrapped lines (default: `true`). */
  unwrap?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// Text that ends a sentence: "… borders." / "… 2019”".
const terminal = /[.!?…:;"”’»)\]]$/u
// A continuation: starts lower case or with closing punctuation (", which…").
const continuation = /^[\p{Ll},.;:!?)\]”’»]/u
// No space before these: "2023\n\n, a document".
const noSpaceBefore = /^[,.;:!?)\]”’»%]/u

/**
 * Plugin: join blocks that are pieces of one paragraph.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function repairLineBreaks(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  const fragments = settings.fragments !== false
  const unwrap = settings.unwrap !== false

  return function (tree: Root, file: VFile): undefined {
    const children: Block[] = []
    let joined = 0
    let first: Block | undefined
    let last: Block | undefined

    for (const block of tree.children) {
      const previous = children[children.length - 1]
      const kind = previous ? decide(previous, block) : undefined
      if (previous && kind) {
        const join: Join = {from: previous.position.end.offset!, to: block.position.start.offset!, kind}
        previous.value += (kind === 'space' ? ' ' : '') + block.value
        previous.position = {start: previous.position.start, end: {...block.position.end}}
        ;(previous.data.joins ||= []).push(join)
        if (block.data.joins) previous.data.joins.push(...block.data.joins)
        joined++
        first ||= previous
        last = previous
      } else {
        children.push(block)
      }
    }

    tree.children = children
    if (joined && first && last) {
      inform(file, `Joined ${joined} broken line${joined === 1 ? '' : 's'}`, span(first, last), 'join-lines')
    }
  }

  function decide(previous: Block, block: Block): Join['kind'] | undefined {
    if (block.data.kind === 'list-item') return undefined
    if (previous.data.fate || block.data.fate) return undefined
    const ends = terminal.test(previous.value)
    if (fragments && !ends && continuation.test(block.value)) {
      return noSpaceBefore.test(block.value) ? 'none' : 'space'
    }
    if (unwrap && block.data.blankBefore === 0 && !ends && previous.data.kind !== 'list-item') {
      return 'space'
    }
    return undefined
  }
}
