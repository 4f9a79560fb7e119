/**
 * All phrase packs, by language.
 */
import {en} from './en.js'
import type {Lexicon} from './types.js'

export type {Lexicon} from './types.js'

/** Phrase packs by ISO 639-1 code. */
export const lexicons: Readonly<Record<string, Lexicon>> = Object.freeze({en})

/**
 * The packs to use for a document: its language’s and English (pages in any
 * language carry English widgets).
 *
 * @param language ISO 639-1 code, or `und`.
 */
export function lexiconsFor(language: string | undefined): Lexicon[] {
  const own = language ? lexicons[language] : undefined
  return own && own !== en ? [own, en] : [en]
}
