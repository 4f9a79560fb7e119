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
import {imageTextCopies, leadingBrowserPlaceholders} from '../features/image-text.js'
import {fixMojibake, mojibakeGate} from '../features/mojibake.js'
import {inform, isInputSlice, place, span} from '../message.js'
import type {Block, Root, Stripped} from '../types.js'

/** Options for `normalizeText`; each fix can be turned off. */
export interface Options {
  /**
   * Remove stray markup that is clearly a tag or a comment (`<br>`, `<span class="x">`, `</p>`, `<!-- x -->`), never `a < b > c`,
   * a text browser’s image placeholders glued to the start of a block (`[photo_3]The crews…`), and the placeholders
   * it writes for an image without text or a button before the text of a block (`[IMG] Ferry crews vote…`: elinks,
   * links; `(BUTTON) View comments`: lynx) (default: `true`).
   */
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
const rules = ['strip-markup', 'decode-entities', 'fix-mojibake', 'remove-invisible', 'fold-spaces', 'normalize-unicode', 'strip-placeholder'] as const

type Rule = (typeof rules)[number]

// Verb, singular noun, plural noun.
const reasons: Record<Rule, [string, string, string]> = {
  'strip-markup': ['Stripped', 'piece of markup', 'pieces of markup'],
  'decode-entities': ['Decoded', 'HTML entity', 'HTML entities'],
  'fix-mojibake': ['Repaired', 'mojibake sequence', 'mojibake sequences'],
  'remove-invisible': ['Removed', 'invisible character', 'invisible characters'],
  'fold-spaces': ['Folded', 'run of spaces', 'runs of spaces'],
  'normalize-unicode': ['Normalized', 'block', 'blocks'],
  'strip-placeholder': ['Stripped', 'image placeholder', 'image placeholders']
}

// Image placeholders of a text browser glued to the text at a block's start: "[quay_2][quay]The crews…", "[12]Home".
const gluedPlaceholders = /^(?:\[[\p{L}\p{N}_*.-]{1,40}\])+(?=\p{L})/u

/** The placeholders of a text browser before the text of a block, if any (not a block of placeholders alone). */
function placeholdersBefore(value: string): string | undefined {
  const browser = leadingBrowserPlaceholders(value)
  if (browser !== undefined) return browser === value ? undefined : browser
  return gluedPlaceholders.exec(value)?.[0]
}

// Replacement characters alone (spaces between them): "������".
const replacementsOnly = /^[\uFFFD\s]+$/

// Anything but printable ASCII (and tab) without "&" and "<".
const unusual = /[^\t\x20-\x25\x27-\x3B\x3D-\x7E]/

// What a block may need, from one scan of its characters.
const mayMarkup = 1
const mayEntity = 2
const mayMojibake = 4
const mayInvisible = 8
const maySpaces = 16
const mayCompose = 32 // A character that NFC may change or compose with what precedes.
const mayNonAscii = 64

// Code units that leave NFC text unchanged whatever surrounds them (checked
// against `String#normalize` and `\p{M}` in the tests): Greek, Cyrillic,
// Hebrew and Arabic letters, punctuation and symbols (not U+2000–U+2001,
// combining marks for symbols, Ω K Å), CJK, kana (not the combining voicing
// marks), Hangul syllables, emoji (surrogates of U+1F000–U+1FBFF),
// variation selectors. Everything else at or above U+0300 may change.
const composeTable = new Uint8Array(0x10000)
{
  composeTable.fill(1, 0x300)
  const stable = [
    [0x370, 0x373], [0x375, 0x37d], [0x37f, 0x386], [0x388, 0x3ff], [0x400, 0x482], [0x48a, 0x52f],
    [0x5d0, 0x5ea], [0x620, 0x64a], [0x660, 0x66f], [0x671, 0x6d3], [0x2002, 0x20cf], [0x2100, 0x2125],
    [0x2127, 0x2129], [0x212c, 0x2328], [0x3000, 0x3029], [0x3030, 0x303f], [0x3041, 0x3096], [0x309b, 0x30ff],
    [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xd83c, 0xd83e], [0xdc00, 0xdfff], [0xfe00, 0xfe0f]
  ]
  for (const [from, to] of stable) composeTable.fill(0, from, to + 1)
}

/** Ranges of code units that NFC leaves alone in any context (exported for tests). */
export function nfcStable(code: number): boolean {
  return code < 0x300 || composeTable[code] === 0
}

/**
 * Scan a text once and tell which fixes could apply (most blocks: none).
 *
 * @param text The text.
 * @returns Bit flags.
 */
function scan(text: string): number {
  let flags = 0
  let previousSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 0x20 && code < 0x7f) {
      if (code === 0x3c) flags |= mayMarkup
      else if (code === 0x26) flags |= mayEntity
      previousSpace = false
      continue
    }
    let space = false
    if (code === 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) {
      space = true
      if (previousSpace) flags |= maySpaces
    }
    if (code >= 0x80) flags |= mayNonAscii
    if (code >= 0x300 && composeTable[code] === 1) flags |= mayCompose
    if (code >= 0xc2 && code <= 0xf4) flags |= mayMojibake
    if (
      (code < 0x20 && code !== 0x09) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xad ||
      code === 0x61c ||
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x202a && code <= 0x202e) ||
      code === 0x2060 ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0xfeff ||
      (code >= 0xfff9 && code <= 0xfffb)
    ) {
      flags |= mayInvisible
    }
    previousSpace = space
  }
  return flags
}

// Decoded entity references ("&eacute;" → "é"), shared by all runs.
const decodedEntities = new Map<string, string>()

// "caf&eacute;", "don&#8217;t", "&amp;#8217;" (escaped twice), "&nbsp;".
const entityGate = /&(?:[a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/
const entity = /&(?:amp;){0,3}([a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/g

// "word  word", "word\u00A0\u00A0word".
const spaces = /[ \u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}/g

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

    // (A text browser's copies of an image's text; HTML has its images apart.)
    const doDoubled = doMarkup && tree.data?.source !== 'html'
    for (const block of tree.children) {
      const original = block.value
      // "Shy owlShy owl", "Ana RuizAna RuizIf we have not met…": an image's text that a text
      // browser wrote twice (a lazy image and its `noscript` copy), alone or glued to the paragraph.
      const copies = doDoubled && block.data.kind !== 'preformatted' ? imageTextCopies(original) : 0
      // "������": what a text browser writes for characters it cannot show (a paragraph of a zero-width space),
      // replacement characters alone on their line, no text.
      if (copies === original.length || (doDoubled && original.charCodeAt(0) === 0xfffd && replacementsOnly.test(original))) {
        block.data.fate = 'removed'
        block.data.rule = 'strip-placeholder'
        count('strip-placeholder', block, 1)
        continue
      }
      // "[quay_2][quay]The crews…": w3m's image placeholders glued to the paragraph.
      // "[IMG] Ferry crews vote…", "(BUTTON) View comments": a text browser's placeholder for an image
      // without text or a button before the text (a block of placeholders alone stays, as an image's line).
      const glued = copies > 0 ? original.slice(0, copies) : doMarkup && (original.charCodeAt(0) === 91 /* [ */ || original.charCodeAt(0) === 40 /* ( */) ? placeholdersBefore(original) : undefined
      // Most blocks: printable ASCII without "&", "<" or two spaces.
      if (!glued && !unusual.test(original) && !original.includes('  ')) continue
      const flags = scan(original)
      if (flags === 0 && !glued) continue
      let value = original
      const fixes: Array<[Rule, number]> = []
      let stripped: Stripped[] | undefined

      // "<span class=\"x\">Text</span><br>" → "Text".
      if (doMarkup && flags & mayMarkup && markupGate.test(value)) {
        const found = findMarkup(value)
        if (found.length > 0) {
          let result = ''
          let last = 0
          let n = 0
          stripped = []
          const exact = isInputSlice(block, input)
          for (const piece of found) {
            if (piece.start < last) continue // Inside a removed element.
            result += value.slice(last, piece.start) + piece.replacement
            stripped.push({text: value.slice(piece.start, piece.end), rule: 'strip-markup', position: place(block, exact, piece.start, piece.end)})
            last = piece.end
            n++
          }
          value = result + value.slice(last)
          fixes.push(['strip-markup', n])
        }
      }

      // "caf&eacute;" → "café"; "&amp;#8217;" → "’"; "&foo;" stays.
      if (doEntities && flags & mayEntity && entityGate.test(value)) {
        let n = 0
        entity.lastIndex = 0
        const result = value.replace(entity, (all: string, name: string) => {
          const reference = '&' + name + ';'
          let decoded = decodedEntities.get(reference)
          if (decoded === undefined) {
            decoded = decodeHTMLStrict(reference)
            if (decodedEntities.size < 4096) decodedEntities.set(reference, decoded)
          }
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
      if (doMojibake && flags & (mayMojibake | mayEntity) && (mojibakeGate.test(value) || value.includes('\u00c2 '))) {
        const result = fixMojibake(value)
        if (result.count > 0) {
          value = result.text
          fixes.push(['fix-mojibake', result.count])
        }
      }

      // "infor\u00ADmation", "\uFEFFTitle".
      if (doInvisible && flags & (mayInvisible | mayEntity | mayMojibake) && invisibleGate.test(value)) {
        const result = removeInvisible(value)
        if (result.count > 0) {
          value = result.text
          fixes.push(['remove-invisible', result.count])
        }
      }

      // "word \u00A0 word" → "word word".
      if (doSpaces && flags & (maySpaces | mayMarkup | mayEntity | mayMojibake | mayInvisible) && block.data.kind !== 'preformatted') {
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

      if (form && flags & (form === 'NFC' ? mayCompose | mayEntity | mayMojibake : mayNonAscii | mayEntity) && nonAscii.test(value)) {
        const normal = value.normalize(form)
        if (normal !== value) {
          value = normal
          fixes.push(['normalize-unicode', 1])
        }
      }

      // Last, so that the offsets of the pieces of markup above stay those of the block.
      // (The placeholder has no markup, entity, space or invisible character: it is still there.)
      if (glued && value.startsWith(glued)) {
        value = value.slice(glued.length)
        ;(stripped ||= []).push({text: glued, rule: 'strip-placeholder', position: place(block, isInputSlice(block, input), 0, glued.length)})
        fixes.push(['strip-placeholder', 1])
      }

      if (fixes.length === 0) continue
      // White space at either end, as the parser trims (`trim` covers the
      // no-break space; a regex `\s+$` would be quadratic on inner runs).
      value = value.trim()

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
