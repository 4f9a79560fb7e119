/**
 * The last step: turn the block tree into a `CleanResult` (a unified
 * compiler that returns a non-string result, found at `file.result`).
 */
import {append} from './append.js'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {wordsOf} from './features/words.js'
import type {Block, CleanResult, Removed, Root, Trace} from './types.js'

/** Options for `toResult`. */
export interface Options {
  /** Add `trace` (the fate of every input span and every join) to the result (default: `false`). */
  trace?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

declare module 'vfile' {
  interface DataMap {
    /** The input as given, kept for reports. */
    unscrapeInput: string
  }
}

declare module 'unified' {
  interface CompileResultMap {
    /** `cleanup()`’s result. */
    CleanResult: CleanResult
  }
}

// Cuts taken out of the block’s value (markup, Markdown): never inside it,
// even when the same text is (`](url) [More](url)`).
const outOfValue = new Set(['strip-markup', 'strip-markdown'])

/**
 * Plugin: set the processor’s compiler to one that builds a `CleanResult`.
 *
 * @param options Configuration (optional).
 */
export const toResult: Plugin<[(Readonly<Options> | null | undefined)?], Root, CleanResult> = function (
  this: Processor,
  options
) {
  const settings = options || emptyOptions
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, CleanResult>
  self.compiler = (tree, file) => treeToResult(tree as Root, file, settings)
}

/**
 * Build the result from a finished tree.
 *
 * @param tree The tree, with fates set by the transforms.
 * @param file The file with the messages.
 * @param options Configuration.
 */
export function treeToResult(tree: Root, file: VFile, options: Readonly<Options> = emptyOptions): CleanResult {
  const paragraphs: string[] = []
  const tags: string[] = []
  const related: CleanResult['related'] = []
  const removed: Removed[] = []
  let title: string | undefined
  // Whether the last paragraph is a list (one item per line) that a next item continues.
  let list = false
  let previous: Block | undefined

  for (const block of tree.children) {
    const data = block.data
    const fate = data.fate || 'body'

    if (data.stripped) {
      for (const item of data.stripped) {
        // A removed block goes to `removed` whole: a cut still inside its text is in it already.
        if (fate === 'removed' && !outOfValue.has(item.rule) && block.value.includes(item.text)) continue
        removed.push({...item})
      }
    }

    if (fate !== 'body' || data.kind !== 'list-item') list = false

    switch (fate) {
      case 'body': {
        if (data.lineBreak && previous && (previous.data.fate || 'body') === 'body' && paragraphs.length > 0) {
          // "June 9 – Harbour Hall" ⏎ "June 12 – Old Mill": lines of one paragraph.
          paragraphs[paragraphs.length - 1] += '\n' + block.value
          list &&= data.kind === 'list-item'
        } else if (data.kind === 'list-item' && list && previous && (previous.data.fate || 'body') === 'body') {
          // Consecutive list items form one paragraph, one item per line (appended:
          // joining all the items again at each one is quadratic in a long list).
          paragraphs[paragraphs.length - 1] += '\n' + block.value
        } else {
          list = data.kind === 'list-item'
          paragraphs.push(block.value)
        }
        break
      }
      case 'title': {
        if (title === undefined) title = block.value
        else paragraphs.push(block.value)
        break
      }
      case 'tag': {
        if (data.tags) append(tags, data.tags)
        else tags.push(data.tag ?? block.value)
        break
      }
      case 'related': {
        if (data.continues) break
        related.push(data.related ? {...data.related} : {title: block.value})
        break
      }
      case 'removed': {
        const last = removed[removed.length - 1]
        const rule = data.rule || 'removed'
        // A run of blocks removed for the same reason is one entry.
        if (last && previous && previous.data.fate === 'removed' && last.rule === rule && !data.stripped) {
          last.text += '\n' + block.value
          last.position = {start: last.position.start, end: {...block.position.end}}
        } else {
          removed.push({text: block.value, rule, position: {start: {...block.position.start}, end: {...block.position.end}}})
        }
        break
      }
    }

    previous = block
  }

  keepOrphans(tree, related, removed)

  const result: CleanResult = {
    body: paragraphs.join('\n\n'),
    paragraphs,
    tags,
    related,
    removed,
    messages: file.messages
  }
  if (title !== undefined) result.title = title
  // A text's front matter names its title ("title: Ferries return") when the text shows none.
  else if (tree.data.source !== 'html' && tree.data.metaTitle) result.title = tree.data.metaTitle
  if (tree.data.language) result.language = tree.data.language
  if (tree.data.keywords) result.keywords = [...tree.data.keywords]
  if (options.trace) result.trace = traceOf(tree)
  return result
}

function addWords(counts: Map<string, number>, text: string | undefined, sign: number) {
  if (!text) return
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) || 0) + sign)
}

/**
 * Blocks whose text lives in a related item (a section label shown beside a
 * headline, the rest of a headline broken over two lines) are not output
 * themselves. When no item holds their words after all (the item took
 * another label, or was merged with a copy), their text goes to `removed`
 * (with the block’s rule): nothing is lost without a record.
 */
function keepOrphans(tree: Root, related: CleanResult['related'], removed: Removed[]) {
  const carried = tree.children.filter((d) => d.data.fate === 'related' && d.data.continues)
  if (carried.length === 0) return
  // The words the items hold beyond those of their own blocks (minus what was cut off them).
  const surplus = new Map<string, number>()
  for (const item of related) {
    addWords(surplus, item.section, 1)
    addWords(surplus, item.kicker, 1)
    addWords(surplus, item.title, 1)
  }
  for (const block of tree.children) {
    if (block.data.fate !== 'related' || block.data.continues) continue
    addWords(surplus, block.value, -1)
    for (const cut of block.data.stripped || []) addWords(surplus, cut.text, 1)
  }
  for (const block of carried) {
    let text = block.value
    for (const cut of block.data.stripped || []) {
      const at = text.indexOf(cut.text)
      if (at >= 0) text = text.slice(0, at) + text.slice(at + cut.text.length)
    }
    const need = new Map<string, number>()
    addWords(need, text, 1)
    let held = true
    for (const [word, count] of need) if ((surplus.get(word) || 0) < count) held = false
    if (held) {
      for (const [word, count] of need) surplus.set(word, surplus.get(word)! - count)
      continue
    }
    text = text.replace(/\s+/g, ' ').trim()
    if (text) {
      removed.push({text, rule: block.data.rule || 'related', position: {start: {...block.position.start}, end: {...block.position.end}}})
    }
  }
}

/**
 * The fate of every block and every join.
 *
 * @param tree The finished tree.
 */
function traceOf(tree: Root): Trace {
  const trace: Trace = {spans: [], joins: []}
  if (tree.data.source) trace.source = tree.data.source
  for (const block of tree.children) {
    const data = block.data
    const span: Trace['spans'][number] = {
      start: block.position.start.offset!,
      end: block.position.end.offset!,
      fate: data.fate || 'body',
      text: data.fate === 'related' && data.related ? data.related.title : data.fate === 'tag' && data.tags ? data.tags.join(', ') : data.fate === 'tag' && data.tag ? data.tag : block.value
    }
    if (data.rule) span.rule = data.rule
    if (data.related?.section) span.section = data.related.section
    if (data.related?.kicker) span.kicker = data.related.kicker
    if (data.stripped) span.stripped = data.stripped.map((d) => ({...d}))
    trace.spans.push(span)
    if (data.joins) append(trace.joins, data.joins)
  }
  return trace
}
