/**
 * Clean the items of tag lists and related-headline lists: split a list
 * line into tags, strip what surrounds a headline (numbering, comment
 * counts, dates, durations, share counts, image placeholders), and find a
 * section label glued to a headline or a kicker run into it.
 */
import {append} from '../append.js'
import {functionWordsFor} from './function-words.js'
import {commentedOnLength, gluedExcerptTitle, isCountLike, isDateLike, isTagShape, isUnspaced, mayBeDate as mayHoldDate, wordCount} from './headline.js'
import {firstWord} from './lines.js'

/** A piece removed from an item, with its index in the item’s text. */
export interface Cut {
  /** The removed text. */
  text: string
  /** Index of the removed text in the original item. */
  index: number
}

/** A cleaned headline and what was cut from it. */
export interface CleanHeadline {
  /** The headline. */
  title: string
  /** Index of `title` in the original text. */
  index: number
  /** Pieces cut off. */
  cuts: Cut[]
}

// "1. Title", "02) Title": a list number.
const leadingNumber = /^\d{1,2}[.)]\s+(?=\S)/u
// "[yH5BAEAAAA] Title", "[4059933885_d98dd8617d] Title": an image placeholder (w3m).
const leadingImage = /^\[[^\]\n]{1,60}\]\s*/u
// "Title [pier-photo-2]": an image placeholder after the headline (a file name, not "[WATCH]").
// (A bracket of up to 81 characters; `isFileName` checks the rest: one pattern
// with the digit between two ranges would backtrack.)
const trailingImage = / \[([^\]\s]{1,81})\]$/u
const fileNameMark = /[-_\d]/gu
// "pier_photo_2 Title", "Title 0412_harbour_dawn": an image's file name (or an icon's name) shown as its text, no brackets.
// (A word with an underscore: no headline has one.)
const leadingFileName = /^[^\s_\[\]]*_[^\s\[\]]*\s+(?=\S)/u
const trailingFileName = /\s[^\s_\[\]]*_[^\s\[\]]*$/u
// "Ferry tim [0412_dawn] etable": a text browser's placeholder inside a headline a table cell wrapped around it.
const innerImage = /\s?\[([^\]\s]{1,81})\]\s?/u
const cjkEdge = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
// Function words of every language (lower case: "for", "du", "на").
const anyFunctionWord = functionWordsFor(undefined)

/** Whether the inside of a bracket reads as a file name: a `-`, `_` or digit with at most 40 characters on each side. */
function isFileName(inside: string): boolean {
  fileNameMark.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = fileNameMark.exec(inside))) {
    if (match.index <= 40 && inside.length - match.index - 1 <= 40) return true
  }
  return false
}
// "Title (133)", "Title 12 comments", "Title 4,512 shares".
const trailingCount =
  /(?: \(\d[\d,.]*\)| [|·•–—-] \d[\d,.]*| \d[\d,.]* (?:comments?|replies|shares?|views?|reads?|kommentare|comentarios|comentários|commentaires|commenti|комментари\p{L}*))$/iu
// "Title Written by Marta Quill, MD": a teaser's byline on its headline's line (its first word capitalized
// and "by" not, as a line of its own starts: "Plan reviewed by Harbour Board", "Plan Reviewed By Harbour Board" keep it).
const trailingByline = / (?:(?:Written|Medically reviewed|Reviewed|Fact checked|Edited) by|Escrito por|Publicado por|Geschrieben von|Écrit par) \p{Lu}[^]{0,80}$/u
// "| Title": a cell separator before a headline.
const leadingBar = /^\|\s+/u
// "PreviousNative ferries return", "PrevPreviousHarbour works begin": a post navigation's label glued to the title of the post it links to.
const leadingPrevious = /^(?:Prev(?:ious)?)+(?=\p{Lu}[\p{Ll}\p{N}])/u
// "Title - Photo", "Title | Video": the kind of media a teaser links to, after a dash or a bar.
// "Title https://harbour.example/news/title/": the link's address, written after its text.
const trailingLink = /\s(?:https?:\/\/|www\.)\S+$/
const trailingMedia = / [|–—-] (?:photos?|videos?|gallery|audio|fotos?|vídeos?|galer[ií]a|galerie|bilder|фото|видео)$/iu
// "Title 2:31", "Title (02:31)".
const trailingDuration = / [|·•–—-]? ?\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/u
// "2:31 Title".
const leadingDuration = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+(?=\S)/u
// Splits a list line into items: "afghanistan , hostages", "a | b", "a · b".
// The lookbehinds start a match only at the start of a white-space run (linear).
const listSeparator = /(?<!\s)\s*[,;|·•、，；]\s*|(?<!\s)\s+[/–—-]\s+/u
const hasListSeparator = /[,;|·•、，；]|\s[/–—-]\s/u

// An item of a row that ends a sentence is prose, unless the end is an
// abbreviation's period ("Harbour Works Ltd.", "U.S.").
const rowItemEnd = /[.!?…]$/u
const abbreviationEnd = /(?:^|\s)\p{Lu}[\p{L}.]{0,4}\.$/u
// The longest item of a row of links, in characters and words.
const maxRowItem = 60
const maxRowItemWords = 6

/**
 * Whether text can be an item of a row of links a converter wrote on a line
 * (`Ferries`, `North Sea Ferries Ltd.`): 60 characters and six words at most,
 * no sentence (`Read the report and the appendix.` is prose).
 *
 * @param item The item, its separators trimmed.
 */
export function isRowItem(item: string): boolean {
  return item.length <= maxRowItem && !(rowItemEnd.test(item) && !abbreviationEnd.test(item)) && item.split(' ').length <= maxRowItemWords
}

/**
 * Whether text is too long to be an item of a row of links, however it ends
 * (more text after it only makes it longer).
 *
 * @param item The item, its separators trimmed.
 */
export function exceedsRowItem(item: string): boolean {
  return item.length > maxRowItem || item.split(' ').length > maxRowItemWords
}

/**
 * Split a line holding several tags (`afghanistan , hostages , middle east`).
 *
 * @param text The line.
 * @returns The tags, or `undefined` when a piece is not tag-like.
 */
export function splitTagLine(text: string): string[] | undefined {
  const parts = hasListSeparator.test(text) ? text.split(listSeparator) : [text]
  const items: string[] = []
  for (const part of parts) {
    const item = part.trim()
    if (item.length === 0) continue
    // "1 Comment" after the tags: kept here, the caller drops it.
    if (!isTagShape(item) && !(items.length > 0 && isCountLike(item))) return undefined
    items.push(item)
  }
  return items.length > 0 ? items : undefined
}

/**
 * Split a tag line printed with spaces only, where the first tag starts the
 * next one (`storm season storm season 2027` → `storm season`,
 * `storm season 2027`).
 *
 * @param text The line.
 * @returns The tags, or `undefined` when the line does not start with a repeated phrase.
 */
export function splitRepeatedTags(text: string): string[] | undefined {
  const words = text.split(' ')
  if (words.length < 4 || words.length > 24) return undefined
  for (let size = Math.floor(words.length / 2); size >= 2; size--) {
    let same = true
    for (let i = 0; i < size && same; i++) same = words[i].toLowerCase() === words[size + i].toLowerCase()
    if (!same) continue
    const items = [words.slice(0, size).join(' '), words.slice(size).join(' ')]
    return items.every((d) => isTagShape(d)) ? items : undefined
  }
  return undefined
}

// Most words a tag of a sorted list holds (`splitSortedTags`).
const sortedTagWords = 4

/**
 * Split a tag line printed with spaces only whose tags are in alphabetical
 * order and extend one another, as sites sort their tags (`lc 500 lexus
 * lexus lc lexus lc 500` → `lc 500`, `lexus`, `lexus lc`, `lexus lc 500`):
 * the split into the most tags, each of four words at most, each after the
 * one before it, where one tag at least starts with the whole tag before it.
 *
 * @param text The line.
 * @returns The tags, or `undefined` when no such split exists.
 */
export function splitSortedTags(text: string): string[] | undefined {
  const words = text.split(' ').filter((d) => d.length > 0)
  const n = words.length
  if (n < 4 || n > 24) return undefined
  const lower = words.map((d) => d.toLowerCase())
  const item = (from: number, to: number) => lower.slice(from, to).join(' ')
  // best[to][from]: most tags covering words 0..to whose last tag is words from..to (0: impossible).
  const best: number[][] = Array.from({length: n + 1}, () => new Array<number>(n + 1).fill(0))
  const back: number[][] = Array.from({length: n + 1}, () => new Array<number>(n + 1).fill(-1))
  for (let to = 1; to <= n; to++) {
    for (let from = Math.max(0, to - sortedTagWords); from < to; from++) {
      if (from === 0) {
        best[to][from] = 1
        continue
      }
      const current = item(from, to)
      for (let before = Math.max(0, from - sortedTagWords); before < from; before++) {
        if (best[from][before] === 0 || !(item(before, from) < current)) continue
        if (best[from][before] + 1 > best[to][from]) {
          best[to][from] = best[from][before] + 1
          back[to][from] = before
        }
      }
    }
  }
  let start = -1
  for (let from = 0; from < n; from++) if (best[n][from] > 0 && (start < 0 || best[n][from] > best[n][start])) start = from
  if (start < 0 || best[n][start] < 3) return undefined
  const bounds: number[] = [n]
  for (let to = n, from = start; from >= 0 && to > 0; ) {
    bounds.unshift(from)
    const before = back[to][from]
    to = from
    from = before
  }
  const items: string[] = []
  for (let k = 0; k + 1 < bounds.length; k++) items.push(words.slice(bounds[k], bounds[k + 1]).join(' '))
  // "lexus" then "lexus lc": the order shows (any split of words is in some order).
  let extending = false
  for (let k = 1; k < items.length; k++) if (items[k].toLowerCase().startsWith(items[k - 1].toLowerCase() + ' ')) extending = true
  return extending && items.every((d) => isTagShape(d)) ? items : undefined
}

/**
 * Split tags that a text browser printed without spaces between them
 * (`Fair TradeHarbour PolicyStorms`), at lower→upper case boundaries.
 *
 * @param text The line.
 * @param known Whether the page names a piece elsewhere (optional): then the
 *   cuts follow the names ("SeaCat", "HarbourX" + "Tugboats").
 * @returns The tags, or `undefined` when there is no such boundary or a piece is not tag-like.
 */
export function splitGluedTags(text: string, known?: (piece: string) => boolean): string[] | undefined {
  if (isUnspaced(text)) return undefined
  // Where the tags may meet: the boundaries the case shows, and (with `known`)
  // a capital that ends a name before the next one ("HarbourX" + "Tugboats").
  const cuts: number[] = []
  const extra: number[] = []
  // (Code units, not one-character strings: no read past the end either.)
  for (let i = 1; i < text.length; i++) {
    const previous = text.charCodeAt(i - 1)
    const code = text.charCodeAt(i)
    const boundary =
      // "HornsPilot", "October4", not "HarbourX"
      (isLower(previous) && isUpperOrDigit(code) && (isDigit(code) || (i + 1 < text.length && text.charCodeAt(i + 1) !== 32))) ||
      // "Ltd.SeaCat"
      (previous === 46 && i > 1 && text.charCodeAt(i - 2) !== 32 && isUpperOrDigit(code) && !isUpperOrDigit(text.charCodeAt(i - 2))) ||
      // "RNLIwinter"
      (i > 2 && isUpperOrDigit(previous) && isUpperOrDigit(text.charCodeAt(i - 2)) && isUpperOrDigit(text.charCodeAt(i - 3)) && isLower(code) && i + 1 < text.length && isLower(text.charCodeAt(i + 1)))
    if (boundary) cuts.push(i)
    // "HarbourXTugboats": a capital after a lower-case letter, then a capital word.
    else if (known && i > 1 && isUpperOrDigit(previous) && !isDigit(previous) && isLower(text.charCodeAt(i - 2)) && isUpperOrDigit(code) && i + 1 < text.length && isLower(text.charCodeAt(i + 1))) extra.push(i)
  }
  if (cuts.length === 0 && extra.length === 0) return undefined
  const items = known && cuts.length + extra.length <= maxBoundaries ? segment(text, cuts, extra, known) : pieceAt(text, cuts)
  if (items.length < 2) return undefined
  for (const item of items) if (!isTagShape(item)) return undefined
  return items
}

// Most boundaries the search over segmentations reads (it is quadratic in them).
const maxBoundaries = 32

/** The pieces of `text` cut at `cuts` (sorted). */
function pieceAt(text: string, cuts: readonly number[]): string[] {
  const items: string[] = []
  let start = 0
  for (const cut of cuts) {
    items.push(text.slice(start, cut).trim())
    start = cut
  }
  items.push(text.slice(start).trim())
  return items
}

/**
 * Cut glued tags where the body names the pieces: the segmentation that
 * covers the most characters with tags `known` names ("SeaCat", not "Sea" +
 * "Cat"; "HarbourX" + "Tugboats"), and otherwise cuts at the case boundaries
 * (`cuts`) rather than at the weaker ones (`extra`).
 */
function segment(text: string, cuts: readonly number[], extra: readonly number[], known: (piece: string) => boolean): string[] {
  const strong = new Set(cuts)
  const points = [0, ...[...cuts, ...extra].sort((a, b) => a - b), text.length]
  // best[j]: score of the best segmentation of text[0, points[j]]; from[j]: where its last piece starts.
  const best: number[] = [0]
  const from: number[] = [-1]
  for (let j = 1; j < points.length; j++) {
    best.push(-Infinity)
    from.push(-1)
    for (let i = 0; i < j; i++) {
      if (best[i] === -Infinity) continue
      const piece = text.slice(points[i], points[j]).trim()
      if (!piece || !isTagShape(piece)) continue
      // Named pieces count by their length; each cut at a case boundary
      // breaks ties, each weaker one costs.
      const cut = i === 0 ? 0 : strong.has(points[i]) ? 1 : -1
      const score = best[i] + (known(piece) ? piece.length * 100 : 0) + cut
      if (score > best[j]) {
        best[j] = score
        from[j] = i
      }
    }
  }
  // No segmentation into tag-shaped pieces: the case boundaries (the caller rejects them).
  if (best[points.length - 1] === -Infinity) return pieceAt(text, cuts)
  const items: string[] = []
  for (let j = points.length - 1; j > 0; j = from[j]) items.unshift(text.slice(points[from[j]], points[j]).trim())
  return items
}

// Shortest line that a text browser wraps (it wraps at about 80 columns).
const wrapWidth = 60
// Narrowest width a list wrapped inside its items is recognised at (`splitWrappedTags`).
const narrowWrapWidth = 40
// A line that ends on a list separator: the next line starts a new item.
const endsWithSeparator = /[,;|·•、，；/–—-]\s*$/u

/**
 * Whether a line of a tag list was wrapped inside its last item, so that the
 * next line's first item finishes it. Only a long line was wrapped by the
 * scraper (`… night` + `ferry, …`), or, in a list wrapped narrower, a
 * row of items the next line's first word would not have fitted on
 * (`…, sea walls, storm` + `damage, …` at 50 columns): the widest line of the
 * list gives the width. Never after a separator, nor after a label's colon
 * (`…Region:` + `Northby, …`: a label and its value).
 *
 * @param text The line, its white space folded.
 * @param row Whether the line holds more than one item.
 * @param next The next line of the list, if any.
 * @param widest The length of the list's widest line.
 */
export function wrapsInsideItem(text: string, row: boolean, next: string | undefined, widest: number): boolean {
  if (endsWithSeparator.test(text)) return false
  if (text.length >= wrapWidth) return true
  return row && next !== undefined && widest >= narrowWrapWidth && !/[:：]$/u.test(text) && text.length + 1 + firstWord(next).length > widest
}

/**
 * Split a tag list wrapped over several lines (`ferries, winter` +
 * `storms, harbours`), each line a list (`a, b`) or tags printed without
 * spaces (`Fair TradeHarbour Policy`). A wrap inside a tag is undone when the
 * two halves make one tag.
 *
 * @param lines The lines, in order.
 * @param known Whether the page names a piece elsewhere (optional; see `splitGluedTags`).
 * @returns The tags, or `undefined` when a piece is not tag-like.
 */
export function splitWrappedTags(lines: readonly string[], known?: (piece: string) => boolean): string[] | undefined {
  const items: string[] = []
  const texts = lines.map((d) => d.replace(/\s+/g, ' ').trim()).filter(Boolean)
  let widest = 0
  for (const text of texts) if (text.length > widest) widest = text.length
  let open = false
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]
    const parts = hasListSeparator.test(text) ? text.split(listSeparator).map((d) => d.trim()).filter(Boolean) : splitGluedTags(text, known) || [text]
    if (parts.length === 0) continue
    const row = parts.length > 1
    if (open && items.length > 0) {
      const before = items[items.length - 1]
      const joined = before + ' ' + parts[0]
      // "…Ltd.HarbourX" ⏎ "Tugboats": two tags the page names, not one it does not.
      if (isTagShape(joined) && !(known !== undefined && known(before) && known(parts[0]) && !known(joined))) {
        items[items.length - 1] = joined
        parts.shift()
      }
    }
    append(items, parts)
    open = wrapsInsideItem(text, row, texts[index + 1], widest)
  }
  if (items.length === 0) return undefined
  for (const item of items) if (!isTagShape(item)) return undefined
  return items
}

/**
 * Strip list numbers, image placeholders, counts, dates and durations
 * around a headline, and a headline doubled by an image’s alt text.
 *
 * @param text The item’s text.
 */
export function cleanHeadline(text: string): CleanHeadline {
  let title = text
  let index = 0
  const cuts: Cut[] = []

  const cutStart = (re: RegExp) => {
    const match = re.exec(title)
    if (!match || match[0].length === title.length) return false
    cuts.push({text: match[0].trim(), index})
    index += match[0].length
    title = title.slice(match[0].length)
    return true
  }

  const cutEnd = (re: RegExp, check?: (inside: string) => boolean) => {
    const match = re.exec(title)
    if (!match || match.index === 0 || match[0].trim().length === 0) return false
    if (check && !check(match[1])) return false
    cuts.push({text: match[0].trim(), index: index + match.index + (match[0].length - match[0].trimStart().length)})
    title = title.slice(0, match.index)
    return true
  }

  // "Marta Quill commented on Title": the commenter of a recent-comments widget.
  const commenter = commentedOnLength(title)
  if (commenter > 0) {
    cuts.push({text: title.slice(0, commenter).trim(), index})
    index += commenter
    title = title.slice(commenter)
  }
  // "Harbour works beginCrews met at dawn to […]": the excerpt glued to the title.
  const glued = gluedExcerptTitle(title)
  if (glued > 0) {
    cuts.push({text: title.slice(glued).trim(), index: index + glued})
    title = title.slice(0, glued)
  }
  // "| Title": the bar a text browser drew between two cells of a row.
  cutStart(leadingBar)
  cutStart(leadingPrevious)
  // "[alt] 1. Title": either order.
  cutStart(leadingImage)
  cutStart(leadingNumber)
  cutStart(leadingImage)
  cutStart(leadingDuration)
  cutStart(leadingFileName)
  cutEnd(trailingFileName)
  cutInnerImage()
  cutEnd(trailingByline)

  // "Title (133)" / "Title 2:31" / "Title - Photo" / "Title May 15, 2017" / "Title [pier-photo-2]".
  for (let round = 0; round < 3; round++) {
    if (cutEnd(trailingDuration) || cutEnd(trailingCount) || cutEnd(trailingMedia) || cutTrailingDate() || cutEnd(trailingImage, isFileName) || cutEnd(trailingLink)) continue
    break
  }

  // "Title Title" or "TitleTitle": an image alt text equal to the headline (w3m).
  for (let round = 0; round < 2; round++) {
    const spaced = (title.length - 1) / 2
    const glued = title.length / 2
    if (spaced >= 8 && Number.isInteger(spaced) && title[spaced] === ' ' && title.slice(0, spaced) === title.slice(spaced + 1)) {
      cuts.push({text: title.slice(spaced + 1), index: index + spaced + 1})
      title = title.slice(0, spaced)
    } else if (glued >= 12 && Number.isInteger(glued) && title.slice(0, glued) === title.slice(glued)) {
      cuts.push({text: title.slice(glued), index: index + glued})
      title = title.slice(0, glued)
    } else {
      // "Title Title Title": three copies.
      const third = (title.length - 2) / 3
      if (third >= 8 && Number.isInteger(third) && title[third] === ' ' && title.slice(0, third) === title.slice(third + 1, 2 * third + 1) && title.slice(2 * third + 2) === title.slice(0, third)) {
        cuts.push({text: title.slice(third + 1), index: index + third + 1})
        title = title.slice(0, third)
      }
      break
    }
  }

  return {title: title.trim(), index, cuts}

  function cutInnerImage() {
    const match = innerImage.exec(title)
    if (!match || match.index === 0 || match.index + match[0].length === title.length || !isFileName(match[1])) return
    const before = title.slice(0, match.index)
    const after = title.slice(match.index + match[0].length)
    cuts.push({text: match[0].trim(), index: index + match.index + (match[0].length - match[0].trimStart().length)})
    // Words in Chinese or Japanese have no spaces between them: the two halves join.
    const glue = cjkEdge.test(before.slice(-1)) && cjkEdge.test(after.charAt(0)) ? '' : ' '
    title = before + glue + after
  }

  function cutTrailingDate(): boolean {
    // A date holds a digit or ends in "ago": none, no date at the end.
    if (!mayHoldDate(title)) return false
    // Try the last 2–6 words: "… fresh air January 14, 2019".
    const words = title.split(' ')
    if (words.length < 4) return false
    for (let n = Math.min(6, words.length - 3); n >= 1; n--) {
      const tail = words.slice(words.length - n).join(' ')
      const clean = tail.replace(/^[|·•–—-]\s*/u, '')
      if (isDateLike(clean) && !isCountLike(clean)) {
        const at = title.length - tail.length
        // "News at Nine for Tuesday, May 4, 2027": the date the headline's last word leads into is the headline's.
        if (anyFunctionWord.has(title.slice(0, at).trimEnd().split(' ').pop()!)) return false
        cuts.push({text: tail.trim(), index: index + at})
        title = title.slice(0, at).trimEnd()
        return true
      }
    }
    return false
  }
}

/**
 * Find a section label glued to the start of a headline by a scraper that
 * dropped the space between two elements (`EuropeFerry crews demand…`).
 *
 * @param title The headline.
 * @returns The label and the rest, or `undefined` when there is no glued boundary.
 */
export function gluedLabel(title: string): {label: string; rest: string} | undefined {
  const max = Math.min(title.length - 8, 40)
  for (let i = 2; i < max; i++) {
    const previous = title.charCodeAt(i - 1)
    if (previous === 32) continue
    if (isLower(previous) && isUpperOrDigit(title.charCodeAt(i))) {
      const label = title.slice(0, i)
      const rest = title.slice(i)
      if (wordCount(label) > 3 || wordCount(rest) < 2) return undefined
      return {label, rest}
    }
  }
  return undefined
}

// Lower-case words that may sit inside a title-case kicker: "Night of Storms".
const connector = /^(?:of|the|in|on|at|for|and|de|del|la|le|les|des|du|da|do|di|der|die|das|von|y|e|et|und)$/u
const capitalized = /^[\p{Lu}\p{N}]/u
const lowerWord = /^\p{Ll}/u
// Punctuation that ends a word inside a headline: "Report:", "Ferries,".
const wordEnd = /[,:;.!?]$/u

/**
 * Find a kicker run into a headline (`Storm season Coastal towns stop
 * trusting the forecasts` → `Storm season` + `Coastal towns stop…`).
 *
 * Only when the evidence is strong: the kicker is two to four words in
 * title case joined by a connector (`Night of Storms`), or two capitalized words
 * the second of which is lower case in the middle of a phrase, and the rest
 * starts like a sentence (a capital, then a lower-case word).
 *
 * @param title The headline.
 * @returns The kicker and the rest, or `undefined`.
 */
export function kickerSplit(title: string): {kicker: string; rest: string} | undefined {
  if (isUnspaced(title)) return undefined
  const words = title.split(' ')
  if (words.length < 6) return undefined
  if (!capitalized.test(words[0])) return undefined
  for (let k = 2; k <= 4 && k + 3 <= words.length; k++) {
    const head = words.slice(0, k)
    const last = head[k - 1]
    if (!capitalized.test(last) || wordEnd.test(last)) continue
    let connectors = 0
    // ("Report: Port of Northby Tower sells…": a label and its colon open the headline, no kicker.)
    let ok = !wordEnd.test(head[0])
    for (let w = 1; w < k; w++) {
      if (connector.test(head[w])) connectors++
      else if (!capitalized.test(head[w]) || wordEnd.test(head[w])) ok = false
    }
    // "Night of Storms": a connector inside, capitalized ends.
    if (!ok || connectors === 0 || connector.test(head[k - 1])) continue
    const next = words[k]
    const after = words[k + 1]
    if (capitalized.test(next) && lowerWord.test(after) && !connector.test(after)) {
      // The rest reads in sentence case ("Russia stops trusting the Taliban"), not title case.
      const rest = words.slice(k)
      let lower = 0
      for (let w = 1; w < rest.length; w++) if (lowerWord.test(rest[w])) lower++
      if (rest.length < 4 || lower < (rest.length - 1) * 0.6) continue
      return {kicker: head.join(' '), rest: rest.join(' ')}
    }
  }
  return undefined
}

/**
 * Whether a character is a lower-case letter (ASCII by its code, others by case mapping).
 *
 * @param code Its code unit (`NaN`, past the end of a text: no).
 */
export function isLower(code: number): boolean {
  if (code >= 97 && code <= 122) return true
  if (code < 128) return false
  return caseOf(code) === lowerCase
}

/** Whether a code unit is an upper-case letter (ASCII, or by case mapping) or an ASCII digit. */
function isUpperOrDigit(code: number): boolean {
  if (code >= 48 && code <= 57) return true
  if (code >= 65 && code <= 90) return true
  if (code < 128) return false
  return caseOf(code) === upperCase
}

// The case of a character beyond ASCII by case mapping ("é" lower: it
// changes in upper case, not in lower case), mapped once per character and
// remembered: 0 not asked yet.
const lowerCase = 1
const upperCase = 2
const caseTable = new Uint8Array(0x10000)

/** The case of a code unit (`NaN` past the end of a text): `lowerCase`, `upperCase` or 3. */
function caseOf(code: number): number {
  // (One call for every character not asked yet: a branch that no page has
  // taken when V8 optimizes a caller leaves it no type feedback.)
  const known = code <= 0xffff ? caseTable[code] : 0
  return known === 0 ? mapCase(code) : known
}

function mapCase(code: number): number {
  if (!(code <= 0xffff)) return 3
  const char = String.fromCharCode(code)
  const known = char !== char.toUpperCase() && char === char.toLowerCase() ? lowerCase : char !== char.toLowerCase() && char === char.toUpperCase() ? upperCase : 3
  caseTable[code] = known
  return known
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
