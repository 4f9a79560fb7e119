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
import {id} from './id.js'
import {it} from './it.js'
import {ja} from './ja.js'
import {ko} from './ko.js'
import {nl} from './nl.js'
import {pl} from './pl.js'
import {pt} from './pt.js'
import {ru} from './ru.js'
import {sv} from './sv.js'
import {tr} from './tr.js'
import type {Lexicon} from './types.js'
import {uk} from './uk.js'
import {vi} from './vi.js'
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
export const lexicons: Readonly<Record<string, Lexicon>> = Object.freeze({ar, de, en, es, fr, he, hi, id, it, ja, ko, nl, pl, pt, ru, sv, tr: withTurkishCapitals(tr), uk, vi, zh})

// Languages whose pages the detector often names as another language’s:
// the stop-word vote calls Indonesian news Malay (the Malay list of
// `stopwords-iso` holds news words that Indonesian shares, "dewan", "jalan",
// "minggu"), and the two standard languages share the phrases of a web page
// ("baca juga", "berita terkini", "iklan").
const packOf: Readonly<Record<string, string>> = {ms: 'id'}

/**
 * The packs to use for a document: its language’s and English (pages in any
 * language carry English widgets).
 *
 * @param language ISO 639-1 code, or `und`.
 */
export function lexiconsFor(language: string | undefined): Lexicon[] {
  const code = language && Object.hasOwn(packOf, language) ? packOf[language] : language
  const own = code && Object.hasOwn(lexicons, code) ? lexicons[code] : undefined
  return own && own !== en ? [own, en] : [en]
}
