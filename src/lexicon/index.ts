/**
 * All phrase packs, by language.
 */
import {ar} from './ar.js'
import {de} from './de.js'
import {en} from './en.js'
import {es} from './es.js'
import {fr} from './fr.js'
import {he} from './he.js'
import {hi} from './hi.js'
import {it} from './it.js'
import {ja} from './ja.js'
import {ko} from './ko.js'
import {nl} from './nl.js'
import {pl} from './pl.js'
import {pt} from './pt.js'
import {ru} from './ru.js'
import {tr} from './tr.js'
import type {Lexicon} from './types.js'
import {uk} from './uk.js'
import {zh} from './zh.js'

export type {Lexicon} from './types.js'

/**
 * A pack with the forms `toLowerCase()` gives its phrases written in
 * Turkish capitals: the dotted capital İ becomes an i and a combining dot
 * ("İlgili Haberler" → "i̇lgili haberler", "ETİKETLER" → "eti̇ketler"), the
 * dotless capital I a dotted i ("YORUMLARI" → "yorumlari").
 *
 * @param pack A pack of a language that writes İ and I (Turkish).
 */
function withTurkishCapitals(pack: Lexicon): Lexicon {
  const forms = (list: readonly string[]): string[] => {
    const out = new Set<string>()
    for (const phrase of list) {
      out.add(phrase)
      // Title case: each word's first letter a capital.
      out.add(phrase.replace(/(^|[\s'’-])i/g, '$1i\u0307').replace(/(^|[\s'’-])ı/g, '$1i'))
      // All in capitals.
      out.add(phrase.replace(/i/g, 'i\u0307').replace(/ı/g, 'i'))
    }
    return [...out]
  }
  const out: Record<string, unknown> = {language: pack.language}
  for (const [key, value] of Object.entries(pack)) if (Array.isArray(value)) out[key] = forms(value)
  return out as unknown as Lexicon
}

/** Phrase packs by ISO 639-1 code. */
export const lexicons: Readonly<Record<string, Lexicon>> = Object.freeze({ar, de, en, es, fr, he, hi, it, ja, ko, nl, pl, pt, ru, tr: withTurkishCapitals(tr), uk, zh})

/**
 * The packs to use for a document: its language’s and English (pages in any
 * language carry English widgets).
 *
 * @param language ISO 639-1 code, or `und`.
 */
export function lexiconsFor(language: string | undefined): Lexicon[] {
  const own = language && Object.hasOwn(lexicons, language) ? lexicons[language] : undefined
  return own && own !== en ? [own, en] : [en]
}
