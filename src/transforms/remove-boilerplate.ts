/**
 * Remove boilerplate: classify every block and find the article’s extent.
 */
import type {VFile} from 'vfile'
import {lexiconsFor} from '../lexicon/index.js'
import {inform, quote, span} from '../message.js'
import type {Block, Root} from '../types.js'

/** Options for `removeBoilerplate`. */
export interface Options {
  /** Shortest block, in characters, that counts as article text by itself (default: `80`). */
  minLength?: number | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

/**
 * Plugin: set `fate: 'removed'` on boilerplate blocks.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function removeBoilerplate(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  const minLength = settings.minLength ?? 80

  return function (tree: Root, file: VFile): undefined {
    const packs = lexiconsFor(tree.data.language)
    const phrases = new Set(packs.flatMap((d) => d.boilerplate))
    const prefixes = packs.flatMap((d) => d.boilerplatePrefixes)
    const blocks = tree.children.filter((d) => !d.data.fate)

    // Phrase packs: "Know more", "See links of interest".
    for (const block of blocks) {
      const text = block.value.toLowerCase().replace(/\s+/g, ' ').trim()
      if (phrases.has(text) || (text.length < 200 && prefixes.some((p) => text.startsWith(p)))) {
        block.data.fate = 'removed'
        block.data.rule = 'boilerplate-phrase'
      }
    }

    // The article: from the first to the last long, sentence-like block.
    const open = blocks.filter((d) => !d.data.fate)
    let start = -1
    let end = -1
    for (let i = 0; i < open.length; i++) {
      if (isArticleText(open[i], minLength)) {
        if (start < 0) start = i
        end = i
      }
    }
    for (let i = 0; i < open.length; i++) {
      if (start < 0 || i < start || i > end) {
        open[i].data.fate = 'removed'
        open[i].data.rule = 'outside-article'
      }
    }

    report(tree, file)
  }
}

function isArticleText(block: Block, minLength: number): boolean {
  return block.value.length >= minLength && /[.!?。！？"”»]$/u.test(block.value)
}

/**
 * One message per run of blocks removed for the same reason.
 */
function report(tree: Root, file: VFile) {
  let run: Block[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0]
    const last = run[run.length - 1]
    const n = run.length
    inform(
      file,
      `Removed ${n} boilerplate block${n === 1 ? '' : 's'} (${first.data.rule}): ${quote(first.value)}`,
      span(first, last),
      first.data.rule!
    )
    run = []
  }
  for (const block of tree.children) {
    if (block.data.fate === 'removed' && block.data.rule && (run.length === 0 || run[0].data.rule === block.data.rule)) {
      run.push(block)
    } else {
      flush()
      if (block.data.fate === 'removed' && block.data.rule) run.push(block)
    }
  }
  flush()
}
