/**
 * Separate tag lists and related headlines from the body.
 */
import type {VFile} from 'vfile'
import {lexiconsFor} from '../lexicon/index.js'
import {inform, span} from '../message.js'
import type {Root} from '../types.js'

/** Options for `separateSections`. */
export interface Options {
  /** Move tag lists into `tags` (default: `true`). */
  tags?: boolean | null | undefined
  /** Move related headlines into `related` (default: `true`). */
  related?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

/**
 * Plugin: set `fate: 'tag'` and `fate: 'related'` on blocks.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function separateSections(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  const tags = settings.tags !== false

  return function (tree: Root, file: VFile): undefined {
    if (!tags) return
    const packs = lexiconsFor(tree.data.language)
    const cues = new Set(packs.flatMap((d) => d.tagCues))
    const children = tree.children

    for (let i = 0; i < children.length; i++) {
      const cue = children[i]
      if (!cues.has(cue.value.toLowerCase().trim())) continue
      // "Know more" then "• NATO", "• Belarus"…: short list items after a cue.
      let j = i + 1
      // HTML: a menu under a "Topics" cue is navigation, not tags.
      while (
        j < children.length &&
        children[j].data.kind === 'list-item' &&
        children[j].value.length <= 40 &&
        children[j].data.dom?.landmark !== 'nav'
      ) {
        children[j].data.fate = 'tag'
        children[j].data.rule = 'tag-list'
        children[j].data.tag = children[j].value
        j++
      }
      if (j > i + 1) {
        if (!cue.data.fate) {
          cue.data.fate = 'removed'
          cue.data.rule = 'tag-cue'
        }
        inform(file, `Moved ${j - i - 1} tags to \`tags\``, span(children[i + 1], children[j - 1]), 'tag-list')
        i = j - 1
      }
    }
  }
}
