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
import {pt} from './pt.js'
import {ru} from './ru.js'
import type {Lexicon} from './types.js'
import {zh} from './zh.js'

export type {Lexicon} from './types.js'

/** Phrase packs by ISO 639-1 code. */
export const lexicons: Readonly<Record<string, Lexicon>> = Object.freeze({ar, de, en, es, fr, he, hi, it, ja, ko, pt, ru, zh})

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
