/**
 * Normalize what scrapers leave in text: stray markup, undecoded entities,
 * mojibake, invisible characters, runs of spaces, Unicode normalization
 * form.
 *
 * Works on each block alone (a block is one input line at this point), and
 * never merges, splits or moves blocks: `value` changes, `position` still
 * spans the input line. A cheap precompiled test per block decides whether
 * any fix can apply; most blocks need none.
 */
import {decodeHTMLStrict} from 'entities'
import type {VFile} from 'vfile'
import {invisibleGate, removeInvisible} from '../features/invisible.js'
import {findMarkup, markupGate} from '../features/markup.js'
import {fixMojibake, mojibakeGate} from '../features/mojibake.js'
import {inform, span} from '../message.js'
import type {Block, Position, Root, Stripped} from '../types.js'

/** Options for `normalizeText`; each fix can be turned off. */
export interface Options {
  /** Remove stray markup that is clearly a tag or a comment (`<br>`, `<span class="x">`, `</p>`, `<!-- x -->`), never `a < b > c` (default: `true`). */
  markup?: boolean | null | undefined
  /** Decode HTML entities written in full (`&amp;`, `&eacute;`, `&#8217;`; also double-escaped `&amp;#8217;`) (default: `true`). */
  entities?: boolean | null | undefined
  /** Repair mojibake (UTF-8 decoded as Windows-1252 or Latin-1, once or more: `CafÃ©`, `donâ€™t`) when the evidence is strong (default: `true`). */
  mojibake?: boolean | null | undefined
  /** Remove invisible and control characters that carry nothing (zero-width space, soft hyphen, BOM, stray controls, bidi controls outside right-to-left text); keep joiners in emoji and in scripts that use them (default: `true`). */
  invisible?: boolean | null | undefined
  /** Fold runs of spaces and no-break spaces inside a block into one space (default: `true`). */
  spaces?: boolean | null | undefined
  /** Unicode normalization form, or `false` to keep the form as it is (default: `'NFC'`). */
  form?: 'NFC' | 'NFKC' | 'NFD' | 'NFKD' | false | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

const forms = new Set(['NFC', 'NFKC', 'NFD', 'NFKD'])

/** Rule ids, in the order the fixes run. */
const rules = ['strip-markup', 'decode-entities', 'fix-mojibake', 'remove-invisible', 'fold-spaces', 'normalize-unicode'] as const

type Rule = (typeof rules)[number]

// Verb, singular noun, plural noun.
const reasons: Record<Rule, [string, string, string]> = {
  'strip-markup': ['Stripped', 'piece of markup', 'pieces of markup'],
  'decode-entities': ['Decoded', 'HTML entity', 'HTML entities'],
  'fix-mojibake': ['Repaired', 'mojibake sequence', 'mojibake sequences'],
  'remove-invisible': ['Removed', 'invisible character', 'invisible characters'],
  'fold-spaces': ['Folded', 'run of spaces', 'runs of spaces'],
  'normalize-unicode': ['Normalized', 'block', 'blocks']
}

// Is there anything to do at all? Anything but printable ASCII without
// "&" and "<", or two spaces in a row.
const gate = /[^\t\x20-\x25\x27-\x3B\x3D-\x7E]|  /

// "caf&eacute;", "don&#8217;t", "&amp;#8217;" (escaped twice), "&nbsp;".
const entityGate = /&(?:[a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/
const entity = /&(?:amp;){0,3}([a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/g

// "word  word", "word\u00A0\u00A0word".
const spaces = /[ \u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}/g

// White space at either end (as the parser trims).
const edges = /^[\s\u00A0]+|[\s\u00A0]+$/g

const nonAscii = /[^\x00-\x7F]/

/**
 * Plugin: normalize the text of every block.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function normalizeText(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `normalize` options must be an object, got `' + String(settings) + '`')
  }
  for (const key of ['markup', 'entities', 'mojibake', 'invisible', 'spaces'] as const) {
    const value = settings[key]
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      throw new TypeError('unscrape: `normalize.' + key + '` must be a boolean, got `' + String(value) + '`')
    }
  }
  const form = settings.form === undefined || settings.form === null ? 'NFC' : settings.form
  if (form !== false && !forms.has(form)) {
    throw new TypeError("unscrape: `normalize.form` must be 'NFC', 'NFKC', 'NFD', 'NFKD' or false, got `" + String(form) + '`')
  }
  const doMarkup = settings.markup !== false
  const doEntities = settings.entities !== false
  const doMojibake = settings.mojibake !== false
  const doInvisible = settings.invisible !== false
  const doSpaces = settings.spaces !== false

  return function (tree: Root, file: VFile): undefined {
    const counts = new Map<Rule, {fixes: number; blocks: number; first: Block; last: Block}>()
    const input = typeof file.value === 'string' ? file.value : undefined

    function count(rule: Rule, block: Block, fixes: number) {
      const entry = counts.get(rule)
      if (entry) {
        entry.fixes += fixes
        entry.blocks++
        entry.last = block
      } else counts.set(rule, {fixes, blocks: 1, first: block, last: block})
    }

    for (const block of tree.children) {
      const original = block.value
      if (!gate.test(original)) continue
      let value = original
      const fixes: Array<[Rule, number]> = []
      let stripped: Stripped[] | undefined

      // "<span class=\"x\">Text</span><br>" → "Text".
      if (doMarkup && markupGate.test(value)) {
        const found = findMarkup(value)
        if (found.length > 0) {
          let result = ''
          let last = 0
          let n = 0
          stripped = []
          for (const piece of found) {
            if (piece.start < last) continue // Inside a removed element.
            result += value.slice(last, piece.start) + piece.replacement
            stripped.push({text: value.slice(piece.start, piece.end), rule: 'strip-markup', position: place(block, input, piece.start, piece.end)})
            last = piece.end
            n++
          }
          value = result + value.slice(last)
          fixes.push(['strip-markup', n])
        }
      }

      // "caf&eacute;" → "café"; "&amp;#8217;" → "’"; "&foo;" stays.
      if (doEntities && entityGate.test(value)) {
        let n = 0
        entity.lastIndex = 0
        const result = value.replace(entity, (all: string, name: string) => {
          const reference = '&' + name + ';'
          const decoded = decodeHTMLStrict(reference)
          if (decoded === reference) return all
          n++
          return decoded
        })
        if (n > 0) {
          value = result
          fixes.push(['decode-entities', n])
        }
      }

      // "CafÃ©", "donâ€™t" → "Café", "don’t".
      if (doMojibake && (mojibakeGate.test(value) || value.includes('\u00c2 '))) {
        const result = fixMojibake(value)
        if (result.count > 0) {
          value = result.text
          fixes.push(['fix-mojibake', result.count])
        }
      }

      // "infor\u00ADmation", "\uFEFFTitle".
      if (doInvisible && invisibleGate.test(value)) {
        const result = removeInvisible(value)
        if (result.count > 0) {
          value = result.text
          fixes.push(['remove-invisible', result.count])
        }
      }

      // "word \u00A0 word" → "word word".
      if (doSpaces && block.data.kind !== 'preformatted') {
        let n = 0
        spaces.lastIndex = 0
        const result = value.replace(spaces, () => {
          n++
          return ' '
        })
        if (n > 0) {
          value = result
          fixes.push(['fold-spaces', n])
        }
      }

      if (form && nonAscii.test(value)) {
        const normal = value.normalize(form)
        if (normal !== value) {
          value = normal
          fixes.push(['normalize-unicode', 1])
        }
      }

      if (fixes.length === 0) continue
      value = value.replace(edges, '')

      if (value) {
        block.value = value
        if (stripped) block.data.stripped = [...(block.data.stripped || []), ...stripped]
      } else if (stripped) {
        // Nothing but markup ("<img src=…>"): the block goes, as a whole.
        block.data.fate = 'removed'
        block.data.rule = 'strip-markup'
        fixes.length = 0
        fixes.push(['strip-markup', stripped.length])
      } else {
        // Nothing but invisible characters ("\u200B" on its own line, an
        // empty paragraph): whether it goes is not a question of text.
        continue
      }
      for (const [rule, n] of fixes) count(rule, block, n)
    }

    for (const rule of rules) {
      const entry = counts.get(rule)
      if (!entry) continue
      const [verb, one, many] = reasons[rule]
      const {fixes, blocks} = entry
      const what =
        rule === 'normalize-unicode'
          ? `${fixes} ${fixes === 1 ? one : many} to ${form}`
          : `${fixes} ${fixes === 1 ? one : many} in ${blocks} block${blocks === 1 ? '' : 's'}`
      inform(file, `${verb} ${what}`, span(entry.first, entry.last), rule)
    }
  }
}

/**
 * Where a piece of a block’s value is in the input: exact when the value
 * is still the input slice, else the block’s span.
 *
 * @param block The block.
 * @param input The input, if known.
 * @param start Start offset in the value.
 * @param end End offset in the value.
 */
function place(block: Block, input: string | undefined, start: number, end: number): Position {
  const from = block.position.start
  const to = block.position.end
  if (
    input !== undefined &&
    from.offset !== undefined &&
    to.offset !== undefined &&
    from.line === to.line &&
    to.offset - from.offset === block.value.length &&
    input.slice(from.offset, to.offset) === block.value
  ) {
    return {
      start: {line: from.line, column: from.column + start, offset: from.offset + start},
      end: {line: from.line, column: from.column + end, offset: from.offset + end}
    }
  }
  return span(block)
}
