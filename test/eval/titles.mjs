// Title accuracy: does `result.title` name the page the way the page names
// itself? The references come from each dev page's own HTML at run time
// (its `og:title`, its first `<h1>`, its `<title>`); a title matches when it
// and one of them, letters and digits only, in lower case, hold one another
// (a `<title>` often adds the site's name: "Night ferry returns | The
// Courier"). The gold files have no title: this is a measure, not a score.
import * as cheerio from 'cheerio'
import {readJsonl} from '../script.mjs'

// Shortest reference kept (a one-word `<title>` says nothing).
const minimumReference = 6

/** Lower case, letters and digits only, single spaces. */
export function normalizeTitle(text) {
  return (text || '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The titles each dev page gives itself, normalized, by id.
 *
 * @param {Array<{id: string, html: string}>} pages The dev pages' HTML.
 * @returns {Map<string, string[]>}
 */
export function titleReferences(pages) {
  const references = new Map()
  for (const page of pages) {
    const $ = cheerio.load(page.html)
    const found = [$('meta[property="og:title"]').attr('content'), $('h1').first().text(), $('title').first().text()]
      .map(normalizeTitle)
      .filter((d) => d.length >= minimumReference)
    references.set(page.id, found)
  }
  return references
}

/**
 * How many predicted titles match a reference, of the pages that have one,
 * and how many pages got no title.
 *
 * @param {string} file Predictions (JSON lines with `id` and `title`).
 * @param {Map<string, string[]>} references From `titleReferences`.
 */
export function titleScore(file, references) {
  let matched = 0
  let pages = 0
  let none = 0
  for (const record of readJsonl(file)) {
    const own = references.get(record.id)
    if (!own || own.length === 0) continue
    pages++
    const title = normalizeTitle(record.title)
    if (!title) none++
    // (Half of the other at least: "sport" is no match for a headline that holds the word.)
    else if (own.some((d) => (d.includes(title) && title.length * 2 >= d.length) || (title.includes(d) && d.length * 2 >= title.length))) matched++
  }
  return {matched, pages, none}
}
