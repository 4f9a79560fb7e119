/**
 * Strip Markdown syntax from a document written in Markdown (what
 * HTML-to-Markdown converters and the crawlers that feed language models
 * give): `[text](url)` keeps its text, images, heading marks, quote marks,
 * rules, table pipes, emphasis marks and escapes go. A heading mark makes the
 * block a heading. Plain text is left alone: the transform runs only when the
 * document shows Markdown (two links in Markdown syntax, heading marks…).
 */
import type {VFile} from 'vfile'
import {findMarkdown, isMarkdown, markdownGate} from '../features/markdown.js'
import {inform, isInputSlice, place, span} from '../message.js'
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
  const mode = settings.markdown ?? 'auto'
  if (mode !== 'auto' && mode !== true && mode !== false) {
    throw new TypeError("unscrape: `stripMarkdown.markdown` must be 'auto', true or false, got `" + String(mode) + '`')
  }

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    if (mode === 'auto' && !isMarkdown(documentSample(tree))) return
    tree.data.markdown = true
    const input = typeof file.value === 'string' ? file.value : undefined
    let pieces = 0
    let first: Block | undefined
    let last: Block | undefined
    let blocks = 0

    for (const block of tree.children) {
      const value = block.value
      if (!markdownGate.test(value)) continue
      const heading = headingMark.test(value) && !value.includes('\n')
      const found = findMarkdown(value)
      if (found.length === 0) continue
      const exact = isInputSlice(block, input)
      const stripped: Stripped[] = []
      let result = ''
      let at = 0
      for (const piece of found) {
        result += value.slice(at, piece.start) + piece.replacement
        if (piece.words) {
          stripped.push({text: value.slice(piece.start, piece.end), rule: 'strip-markdown', position: place(block, exact, piece.start, piece.end)})
        }
        at = piece.end
      }
      result = (result + value.slice(at)).replace(blankLines, '\n').trim()
      pieces += found.length
      blocks++
      first ||= block
      last = block
      if (result) {
        block.value = result
        if (heading) block.data.kind = 'heading'
        if (stripped.length > 0) block.data.stripped = [...(block.data.stripped || []), ...stripped]
      } else {
        // Nothing but markup ("![](photo.jpg)", "---"): the block goes.
        block.data.fate = 'removed'
        block.data.rule = 'strip-markdown'
      }
    }

    if (first && last) {
      inform(
        file,
        `Stripped ${pieces} piece${pieces === 1 ? '' : 's'} of Markdown in ${blocks} block${blocks === 1 ? '' : 's'}`,
        span(first, last),
        'strip-markdown'
      )
    }
  }
}

// Lines left empty inside a block (a removed rule or fence line).
const blankLines = /\n[ \t]*(?:\n[ \t]*){1,1000}/g

/** The start of the document, block by block, up to `sample` characters. */
function documentSample(tree: Root): string {
  let text = ''
  for (const block of tree.children) {
    text += block.value + '\n\n'
    if (text.length > sample) break
  }
  return text
}
