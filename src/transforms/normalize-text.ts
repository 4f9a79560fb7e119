/**
 * Normalize what scrapers leave in text: undecoded entities, invisible
 * characters, Unicode normalization form.
 */
import {decodeHTML} from 'entities'
import type {VFile} from 'vfile'
import {inform, span} from '../message.js'
import type {Block, Root} from '../types.js'

/** Options for `normalizeText`. */
export interface Options {
  /** Decode HTML entities (`&amp;`, `&#8217;`) (default: `true`). */
  entities?: boolean | null | undefined
  /** Remove invisible characters that carry nothing (zero-width space, soft hyphen, BOM) (default: `true`). */
  invisible?: boolean | null | undefined
  /** Unicode normalization form, or `false` to keep the text as it is (default: `'NFC'`). */
  form?: 'NFC' | 'NFKC' | 'NFD' | 'NFKD' | false | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// "caf&eacute;", "don&#8217;t", "&nbsp;".
const entity = /&(?:[a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/
// Zero-width space, word joiner, BOM, soft hyphen.
const invisible = /[\u200B\u2060\uFEFF\u00AD]/g

/**
 * Plugin: normalize the text of every block.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function normalizeText(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  const entities = settings.entities !== false
  const dropInvisible = settings.invisible !== false
  const form = settings.form === undefined || settings.form === null ? 'NFC' : settings.form

  return function (tree: Root, file: VFile): undefined {
    const counts = new Map<string, {count: number; first: Block; last: Block}>()

    function count(rule: string, block: Block) {
      const entry = counts.get(rule)
      if (entry) {
        entry.count++
        entry.last = block
      } else counts.set(rule, {count: 1, first: block, last: block})
    }

    for (const block of tree.children) {
      let value = block.value
      if (entities && entity.test(value)) {
        const decoded = decodeHTML(value)
        if (decoded !== value) {
          value = decoded
          count('decode-entities', block)
        }
      }

      if (dropInvisible && (invisible.lastIndex = 0, invisible.test(value))) {
        value = value.replace(invisible, '')
        count('remove-invisible', block)
      }

      if (form) {
        const normal = value.normalize(form)
        if (normal !== value) {
          value = normal
          count('normalize-unicode', block)
        }
      }

      block.value = value
    }

    for (const [rule, {count: n, first, last}] of counts) {
      inform(file, `Normalized ${n} block${n === 1 ? '' : 's'} (${rule})`, span(first, last), rule)
    }
  }
}
