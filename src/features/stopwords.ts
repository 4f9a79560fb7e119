/**
 * Stop-words per language, from the `stopwords-iso` package, built once per
 * language and cached.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const lists = require('stopwords-iso') as Readonly<Record<string, readonly string[]>>
const cache = new Map<string, ReadonlySet<string>>()
const empty: ReadonlySet<string> = new Set()

/**
 * The stop-word set of a language (lower case), or an empty set when the
 * language is unknown.
 *
 * @param language ISO 639-1 code (`en`, `ru`…), or `und`.
 * @returns A set, shared: do not modify.
 */
export function stopwordsFor(language: string | undefined): ReadonlySet<string> {
  if (!language || !Object.hasOwn(lists, language)) return empty
  let set = cache.get(language)
  if (!set) {
    // Words only: `stopwords-iso` also lists digits and punctuation for some languages.
    set = new Set(lists[language].map((d) => d.toLowerCase()).filter((d) => /\p{L}/u.test(d)))
    cache.set(language, set)
  }
  return set
}

/**
 * Codes of every language that `stopwords-iso` has a list for.
 */
export function stopwordLanguages(): string[] {
  return Object.keys(lists)
}
