/**
 * Split paragraphs that a scraper glued together without a space: a page's
 * text read with nothing laid out (`$('body').text()`,
 * `document.body.textContent`, BeautifulSoup's `get_text()`) runs one
 * paragraph into the next where the HTML had no white space between them
 * (`…voted on Tuesday.The crews will train…`, `Why now?The board says…`).
 *
 * A sentence end glued to a capitalised word happens in any text now and
 * then (a typo, a quirk of one page), so the transform runs only when the
 * document shows the pattern as a habit: three or more such glued ends, and
 * at least one in ten of its sentence ends (with one or two, headings glued
 * to their paragraphs count too); in text that keeps its HTML source's
 * indentation (more lines of indentation alone than lines of text), any
 * three, whatever their share. The source's indentation left
 * between two blocks on one line (`…on Tuesday.      The crews…`; two
 * spaces in text that keeps that indentation) counts as such an end, and so does one after an acronym before a whole word (`told
 * the BBC.Twitter said`). Once the habit shows, a heading or a lead-in glued
 * to its paragraph is cut off too (`Opening hoursThe museum…`, `Here is the
 * plan:The crews…`, `(Photo: Ana Ruiz)According to…`), and so are the links
 * of a menu run into each other (`About UsPrivacy PolicyContact`), a whole
 * block or a run of four links or more inside a longer one
 * (`…one more time.HomeNewsIsland LifeSportThe board…`).
 *
 * Whatever the habit, the cards of a list whose title is glued to its
 * summary (`<h3>Title</h3><p>Summary…</p>` read the same way) are cut in
 * two when three cards or more show it: "Night ferry returnsThe board voted
 * to bring back the crossing." ⏎ "Quay cafe stays openOwners say…".
 *
 * Whatever the habit, a line of 1,500 characters or more (a minified page's
 * text, read as one line) is cut where the source left three spaces or more,
 * or a tab, between two elements (`Home   News   Sport    The council…`),
 * when it does so three times or more.
 */
import {append} from '../append.js'
import type {VFile} from 'vfile'
import {functionWordsFor} from '../features/function-words.js'
import {wordCount} from '../features/lines.js'
import {isSpaceCode, keepsSourceIndentation} from '../features/space.js'
import {isLetterCode, isLowerCode, isUpperCode, isWordCode, someRun} from '../features/code-class.js'
import {inform, isInputSlice, span} from '../message.js'
import {autoOption} from '../options.js'
import {cutBlock} from '../parse/block.js'
import type {Block, Root} from '../types.js'

/** Options for `splitGluedBlocks`. */
export interface Options {
  /**
   * Whether the paragraphs of the text are glued: `'auto'` decides from the
   * document (three or more glued sentence ends, at least one in ten of
   * them), `true` always splits, `false` never does (default: `'auto'`).
   */
  glued?: boolean | 'auto' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// A sentence end and a capital with nothing between them: "Tuesday.The",
// "now?”The", "voice.“We" (the next paragraph opens on a quotation),
// "introverts.I mean", "him to.’”Then" (a quotation inside a quotation),
// "the quay.«Мы" (guillemets), a word in capitals: "last week.UNESCO says",
// "the quay.DEAR READER", or a numbered heading: "every day.2. Take the ferry".
// (Checked further by `isGlue`: a word of lower-case letters or a number before.)
const candidate = /[.!?][”’"')\]»]{0,2}(?=[“‘«]?\p{Lu}[\p{Ll}\s’']|\p{Lu}{2,}(?:\s|['’]s\s)|\d{1,2}\.\s\p{Lu})/gu
// A sentence end and a capital with the indentation of the page's source
// between them, three spaces or more or a tab: "on Tuesday.      The crews"
// (`</p>` and `<p>` on one line of the source; a typist's two spaces are no such gap).
// (Here and below, the mark first and the letters before it as a look-behind: a
// pattern that opens with a large Unicode class, or with a look-behind, tries it
// at every character, at a cost in text beyond Latin-1.)
const indented = /[.!?](?<=\p{Ll}{2}[.!?])[”’"')\]]?(?:[ \u00A0]{3,}|[ \u00A0]*\t[ \t\u00A0]*)(?=[“‘«"]?\p{Lu}\p{Ll})/gu
// The same with two spaces exactly: "on Tuesday.  The crews" (`indented` takes three or more).
const doubleSpaced = /[.!?](?<=\p{Ll}{2}[.!?])[”’"')\]]?  (?=[“‘«"]?\p{Lu}\p{Ll})/gu
// A sentence end, one space or two, a capital: "on Tuesday. The crews", "on Tuesday.  The crews" (`typedSpacing`).
const sentenceGap = /[.!?](?<=\p{Ll}{2}[.!?])[”’"')\]]?( {1,2})(?=[“‘«"]?\p{Lu}\p{Ll})/gu
// Sentences in a row that end with two spaces that show a typist's habit.
const typedRun = 5
// Three spaces in a row (no-break ones too), which `indented` needs.
const wideSpace = /[ \u00A0]{3}/
// An ellipsis after a word, glued to a capital: "Here is the thing …The crews", "and then…We".
const ellipsis = /(?<=\p{Ll}\s?)(?:…|\.\.\.)(?=[“‘«"]?\p{Lu}\p{Ll})/gu
// A sentence end, white space, a capital: "Tuesday. The".
const spaced = /\p{Ll}{2}[.!?][”’"')\]]?\s+\p{Lu}\p{Ll}/gu
// Glued sentence ends a document needs, and their least share of its sentence ends.
const minGlued = 3
const minShare = 0.1
// A lower-case letter.
const lowerLetter = /\p{Ll}/u
// A digit.
const digit = /\d/
// Closing punctuation before a sentence end: "(3).", "“late”.", "«поздно».".
const closer = /[)\]”’"»]/
// A heading or a label glued to the paragraph after it, no sentence end
// between: a lower-case letter, then a capitalised word ("Opening hoursThe
// museum", "Tickets and pricesVisitors pay"). (Checked further by `isCamelGlue`.)
const camel = /\p{Ll}(?=\p{Lu}\p{Ll}*(?:[\s,;:’'”"]|$)|I\s)/gu
// Four capitals or more before a lower-case letter: "SCARYWriting" (and the word's end, `isCapsGlue`).
const capsStep = /\p{Lu}{4}\p{Ll}/u
// (Tried only where a run of capitals starts: from each capital of a long
// run, to its end, is quadratic.)
const capsGlue = /(?<!\p{Lu})\p{Lu}{4,}\p{Ll}/gu
// A lower-case letter before three capitals: "phoneKIND" (checked by `isLowerCapsGlue`).
const lowerCaps = /\p{Ll}(?=\p{Lu}{3})/gu
// What may stand right before a word in capitals that opens a heading: "is:NOT", "(NOT", "“NOT".
const capsOpening = /[:(“"‘'«]/
// What ends a word of prose: white space or punctuation that goes on ("Writing a", "Writing,").
const wordFollows = /[\s,;:.!?’'”"]/
// Function words of every language (the language is not known yet).
const anyFunctionWord = functionWordsFor(undefined)
// A lead-in glued to what it introduces: "Here is the plan:The crews", "three stops:Harbour Hall".
// (Not a time, a ratio or an address: "10:30", "https://".)
const colonGlue = /:(?<=\p{Ll}{2}:)(?=[“‘«"]?\p{Lu}[\p{Ll}\s’']|\p{Lu}{2,}\s)/gu
// A closing parenthesis after a word, glued to a capitalised word of three letters or more and a space: "GETTY)According to".
const parenGlue = /\)(?<=\p{L}{2}\))(?=[“‘«"]?\p{Lu}\p{Ll}{2,}\s)/gu
/** The patterns that match their mark first and the letters before it as a look-behind, for tests that check them against the forms that open with the letters. */
export const lookBehindPatterns = Object.freeze({indented, doubleSpaced, sentenceGap, colonGlue, parenGlue})
// The longest parenthesis that closes a caption or a heading.
const maxParenthesis = 80
// The letters of a word.
const letters = /\p{L}/u

/**
 * Plugin: split blocks at sentence ends glued to the next paragraph (rule
 * `split-glued-blocks`), when the document shows such glue as a habit.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function splitGluedBlocks(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `splitGluedBlocks` options must be an object, got `' + String(settings) + '`')
  }
  const mode = autoOption(settings.glued, 'gluedBlocks.glued')

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    splitWideGaps(tree, file)
    splitGluedParagraphs(tree, file, mode)
    splitGluedCards(tree, file)
  }
}

/**
 * Split the blocks of a text that glues its paragraphs (the habit the
 * module's comment describes), or of any text when `mode` is `true`.
 */
function splitGluedParagraphs(tree: Root, file: VFile, mode: boolean | 'auto'): undefined {
  const blocks = tree.children
  // Text that keeps its HTML source's layout: two spaces after a sentence end are the source's too.
  const sourceLayout = typeof file.value === 'string' && keepsSourceIndentation(file.value)
  // Where each open block is glued.
  const cuts: Array<number[] | undefined> = []
  let glued = 0
  for (const block of blocks) {
    const found = block.data.fate ? undefined : gluePoints(block.value, sourceLayout)
    cuts.push(found)
    if (found) glued += found.length
  }
  if (mode === 'auto' && glued > 0 && glued < minGlued) {
    // Headings glued to their paragraphs show the habit too ("Opening hoursThe museum").
    for (const block of blocks) if (!block.data.fate) glued += camelPoints(block.value, anyFunctionWord)?.length ?? 0
  }
  if (glued === 0 || (mode === 'auto' && !isHabit(blocks, glued, sourceLayout))) return
  // Headings glued to their paragraphs too, once the text shows it glues its blocks.
  // Blocks that are menus: their links become lines of one block run.
  const menus = new Set<number>()
  for (let i = 0; i < blocks.length; i++) {
    const menu = blocks[i].data.fate ? undefined : menuPoints(blocks[i].value)
    if (menu) menus.add(i)
    const found = menu || (blocks[i].data.fate ? undefined : camelPoints(blocks[i].value, anyFunctionWord))
    if (!found) continue
    const own = cuts[i]
    cuts[i] = own ? [...new Set([...own, ...found])].sort((a, b) => a - b) : found
  }

  const input = typeof file.value === 'string' ? file.value : undefined
  const out: Block[] = []
  let first: Block | undefined
  let last: Block | undefined
  let count = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const points = cuts[i]
    if (block.data.fate || !isInputSlice(block, input)) {
      out.push(block)
      continue
    }
    // A paragraph break where the page had one (a menu's links are lines).
    const pieces = points ? cutBlock(input!, block, points, menus.has(i) ? 0 : 1) : [block]
    if (points) count += points.length
    for (const piece of pieces) {
      // "…one more time.TrainingHealthNewsEventsAbout UsThe board…": a menu's links inside a longer piece.
      const run = menus.has(i) ? undefined : menuRun(piece.value)
      if (!run) {
        if (points) {
          first ||= piece
          last = piece
        }
        out.push(piece)
        continue
      }
      const base = piece.position.start.offset!
      for (const part of cutBlock(input!, piece, run.points, 1)) {
        if (run.inner.has(part.position.start.offset! - base)) part.data.blankBefore = 0
        first ||= part
        last = part
        out.push(part)
      }
      count += run.points.length
    }
  }
  if (count === 0) return
  tree.children = out
  inform(
    file,
    `Split ${count} paragraph${count === 1 ? '' : 's'} glued to the one before without a space (“….The …”)`,
    span(first!, last!),
    'split-glued-blocks'
  )
}

// A card's title glued to its summary, the title's last word (three letters
// or more, or a year) glued to the summary's capitalised first word:
// "Ferry crews vote to strikeThe union says…", "Quay guideA week of…" no
// ("A" is no word of three letters), "Harbour Guide 2024Tickets are…".
// (Checked further by `cardPoint`.)
const cardGlue = /[\p{Ll}\d](?=\p{Lu}\p{Ll}{2})/gu
// How far into a block a card's title may run, in characters and in words.
const maxCardTitle = 160
const maxCardTitleWords = 16
// The fewest words of a card's summary.
const minCardSummaryWords = 4
// The fewest cards of a list, and the most blocks between two of them (a "Read more" link, a date).
const minCards = 3
const maxCardGap = 3
// A sentence end inside a title: no title then ("…the crews. Then theyVoted…").
const titleSentenceEnd = /[.!?]\s/
// The end of a summary: a sentence end, an ellipsis ("…", "[…]", "[...]"), and a closing quotation or bracket.
const summaryEnd = /(?:[.!?…]|\[(?:…|\.\.\.)\])[”’"')\]]?$/
// A sentence end inside a summary, before the next sentence: "…in one place. Read on".
const innerSentenceEnd = /\p{Ll}{2}[.!?…][”’"')\]]?\s+[“‘"]?\p{Lu}/u
// Marks of code or data in a block: no card.
const cardCode = /[{}=<>|\\]/
// A run of digits.
const digits = /^\d+$/

/**
 * Split the cards of a list whose title and summary a scraper glued
 * (`textContent`: `<h3>Title</h3><p>Summary…</p>` with nothing between):
 * "Quay walks: the classicA loop of the harbour, and two piers." ⏎
 * "Pier walkThree miles along the quay, then…". Whatever the document's habit, when
 * three cards or more of a list show it (no more than three blocks apart).
 * Each glue is found once in the document: a name written in camel case
 * ("PlayStation", "HarbourPass") comes back, a card's glue does not.
 */
function splitGluedCards(tree: Root, file: VFile): undefined {
  const input = typeof file.value === 'string' ? file.value : undefined
  if (input === undefined) return
  const blocks = tree.children
  const points: Array<CardGlue | undefined> = []
  for (const block of blocks) {
    // (Whether the block is a slice of the input, a test that copies it, only for a card.)
    const point = block.data.fate ? undefined : cardPoint(block.value)
    points.push(point && isInputSlice(block, input) ? point : undefined)
  }
  let cut = cardRuns(points)
  if (cut.size === 0) return
  // Each glue once in the document (counted in one pass over its words, and only when a list shows).
  const counts = new Map<string, number>()
  for (const i of cut) counts.set(points[i]!.token, 0)
  someRun(input, isWordCode, (word) => {
    const count = counts.get(word)
    if (count !== undefined) counts.set(word, count + 1)
    return false
  })
  for (let i = 0; i < points.length; i++) if (points[i] && counts.get(points[i]!.token) !== 1) points[i] = undefined
  cut = cardRuns(points)
  if (cut.size === 0) return
  const out: Block[] = []
  let first: Block | undefined
  let last: Block | undefined
  for (let i = 0; i < blocks.length; i++) {
    if (!cut.has(i)) {
      out.push(blocks[i])
      continue
    }
    const pieces = cutBlock(input, blocks[i], [points[i]!.at], 1)
    first ||= pieces[0]
    last = pieces[pieces.length - 1]
    append(out, pieces)
  }
  tree.children = out
  inform(
    file,
    `Split ${cut.size} card${cut.size === 1 ? '' : 's'} of a list whose title is glued to its summary (“…strikeThe union…”)`,
    span(first!, last!),
    'split-glued-blocks'
  )
}

/**
 * Where a block's first words, a card's title, are glued to its summary: the
 * offset of the summary's first capital, or `undefined`. The title has no
 * sentence end and sixteen words at most; the word glued to it is of three
 * letters or more (not "iPhone", "McNeil"), or a year, and no function word
 * ("the OverDrive…"); the summary has four words or more and ends like a
 * sentence or holds a sentence end. (That the glued word is once in the
 * document, `splitGluedCards` checks for the cards of a list.)
 */
function cardPoint(value: string): CardGlue | undefined {
  // (The glue first: most blocks have none, and the loop reads the title's reach only.)
  const glue = cardGlueAt(value, maxCardTitle)
  if (glue < 0) return undefined
  const at = glue + (value.charCodeAt(glue) >= 0xd800 && value.charCodeAt(glue) <= 0xdbff ? 2 : 1)
  let start = at
  while (start > 0 && isWordCode(value.charCodeAt(start - 1))) start--
  const word = value.slice(start, at)
  // ("harbour.example/NewsToday", "getElementById": an address or code.)
  if (start > 0 && !isSpaceCode(value.charCodeAt(start - 1)) && !opening.test(value.charAt(start - 1))) return undefined
  if (digits.test(word) ? word.length !== 4 : word.length < 3 || !letters.test(word.charAt(0)) || anyFunctionWord.has(word.toLowerCase())) return undefined
  const title = value.slice(0, at)
  if (titleSentenceEnd.test(title) || wordCount(title, maxCardTitleWords + 1) > maxCardTitleWords) return undefined
  // (A summary is prose that ends like a sentence; a section's label glued to a headline, "EuropeFerry crews
  // vote to strike", is no card: `separateSections` splits the label off.)
  if (!(summaryEnd.test(value.slice(-6)) || innerSentenceEnd.test(value.slice(at))) || wordCount(value.slice(at), minCardSummaryWords) < minCardSummaryWords) return undefined
  if (cardCode.test(value)) return undefined
  let end = at + 1
  while (end < value.length && isWordCode(value.charCodeAt(end))) end++
  return {at, token: value.slice(start, end)}
}

/**
 * Where `cardGlue` first matches within the first `limit` code units of a
 * text (the offset of its lower-case letter or digit), or -1. The pattern
 * opens with a large class that a search tries at every character: an ASCII
 * title is searched with a pattern without Unicode classes, any other with a
 * loop over the letter tables.
 */
function cardGlueAt(value: string, limit: number): number {
  const end = Math.min(value.length, limit)
  // (Text in ASCII, most of it: a pattern without Unicode classes finds the same, faster.)
  const head = end < value.length ? value.slice(0, end) : value
  if (!nonAscii.test(head)) {
    const match = asciiCardGlue.exec(head)
    return match ? match.index : -1
  }
  // (From capital to capital: capitals are few, and ASCII is read inline.)
  for (let u = 1; u < end; u++) {
    let code = value.charCodeAt(u)
    if (code < 128) {
      if (code < 65 || code > 90) continue
    } else {
      code = codePointIn(value, u, end)
      if (code < 0 || !isUpperCode(code)) continue
    }
    // The character before: a lower-case letter or a digit.
    let before = u - 1
    let previous = value.charCodeAt(before)
    if (previous >= 0xdc00 && previous <= 0xdfff && before > 0 && value.charCodeAt(before - 1) >= 0xd800 && value.charCodeAt(before - 1) <= 0xdbff) {
      before--
      previous = value.codePointAt(before)!
    }
    if (previous < 128 ? !((previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57)) : !isLowerCode(previous)) continue
    // Two lower-case letters after it.
    const next = u + (code > 0xffff ? 2 : 1)
    const second = codePointIn(value, next, end)
    if (second < 0 || !isLowerCode(second)) continue
    const third = codePointIn(value, next + (second > 0xffff ? 2 : 1), end)
    if (third < 0 || !isLowerCode(third)) continue
    return before
  }
  return -1
}

// `cardGlue` in ASCII text, and a character beyond ASCII.
const asciiCardGlue = /[a-z\d][A-Z][a-z]{2}/
const nonAscii = /[^\x00-\x7f]/

/** The code point at `at` of `value.slice(0, end)` (a surrogate the end cuts off stands alone), or -1 past the end. */
function codePointIn(value: string, at: number, end: number): number {
  if (at >= end) return -1
  const code = value.charCodeAt(at)
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < end) return value.codePointAt(at)!
  // (A low surrogate after a high one is the second half of a pair: no character of its own.)
  if (code >= 0xdc00 && code <= 0xdfff && at > 0 && value.charCodeAt(at - 1) >= 0xd800 && value.charCodeAt(at - 1) <= 0xdbff) return -1
  return code
}

/** A card's glue: where its summary starts, and the word the glue makes ("strikeThe"). */
interface CardGlue {
  at: number
  token: string
}

/**
 * The blocks of lists of cards: runs of `minCards` blocks or more with a
 * card's glue, each no more than `maxCardGap` blocks after the one before.
 */
function cardRuns(points: ReadonlyArray<CardGlue | undefined>): Set<number> {
  const cut = new Set<number>()
  let run: number[] = []
  const close = () => {
    if (run.length >= minCards) for (const i of run) cut.add(i)
    run = []
  }
  for (let i = 0; i < points.length; i++) {
    if (points[i] === undefined) continue
    if (run.length > 0 && i - run[run.length - 1] > maxCardGap + 1) close()
    run.push(i)
  }
  close()
  return cut
}

// A line at least this long is no paragraph of a laid-out text.
const minWideLine = 1500
// Such gaps a long line needs to be read as elements side by side.
const minWideGaps = 3

/**
 * Cut the long lines of a page read with nothing laid out at the white
 * space its source left between elements: a minified page's `textContent`
 * is one line of thousands of characters, its menus, share buttons,
 * paragraphs and footer apart only where the HTML had indentation between
 * two tags (`Home   News   Sport    The harbour board voted…`). A
 * paragraph's own text has single spaces (a typist's two spaces after a
 * sentence are no such gap). Each piece opens a paragraph.
 */
function splitWideGaps(tree: Root, file: VFile): void {
  const input = typeof file.value === 'string' ? file.value : undefined
  let out: Block[] | undefined
  let count = 0
  let first: Block | undefined
  let last: Block | undefined
  const blocks = tree.children
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const points = block.data.fate || block.value.length < minWideLine || !isInputSlice(block, input) ? undefined : widePoints(block.value)
    if (!points) {
      if (out) out.push(block)
      continue
    }
    out ||= blocks.slice(0, i)
    const pieces = cutBlock(input!, block, points, 1)
    for (const piece of pieces) out.push(piece)
    if (pieces.length > 0) {
      first ||= pieces[0]
      last = pieces[pieces.length - 1]
    }
    count += points.length
  }
  if (!out || count === 0) return
  tree.children = out
  inform(
    file,
    `Split ${count} block${count === 1 ? '' : 's'} of long lines at the indentation of the page's source (“…   …”)`,
    span(first!, last!),
    'split-glued-blocks'
  )
}

/** Where a long line has the source's white space between elements: the offsets after each gap, or none when it has fewer than `minWideGaps`. */
function widePoints(value: string): number[] | undefined {
  if (!value.includes('   ') && !value.includes('\t') && !value.includes('\u00a0')) return undefined
  const points: number[] = []
  // (A scan, no pattern: one pass over each run of spaces, however long.)
  let i = 0
  while (i < value.length) {
    const code = value.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 0xa0) {
      i++
      continue
    }
    const start = i
    let tab = false
    while (i < value.length && (value.charCodeAt(i) === 32 || value.charCodeAt(i) === 9 || value.charCodeAt(i) === 0xa0)) {
      if (value.charCodeAt(i) === 9) tab = true
      i++
    }
    // Three spaces or more, or a tab, between two characters of text.
    if ((tab || i - start >= 3) && start > 0 && i < value.length && !isSpaceCode(value.charCodeAt(start - 1)) && !isSpaceCode(value.charCodeAt(i))) points.push(i)
  }
  return points.length >= minWideGaps ? points : undefined
}

/**
 * Where a block's sentences are glued to the next paragraph: the offsets of
 * the capitals that open them ("…Tuesday.The" → the offset of "T").
 */
function gluePoints(value: string, sourceLayout: boolean): number[] | undefined {
  let points: number[] | undefined
  // Straight double quotes before the candidate (counted as we go).
  let quotes = 0
  let counted = 0
  candidate.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = candidate.exec(value))) {
    if (!isGlue(value, match.index)) continue
    let end = match.index + match[0].length
    if (value.charCodeAt(end - 1) === 34) {
      for (; counted < end - 1; counted++) if (value.charCodeAt(counted) === 34) quotes++
      // `2024."The` after an even number of quotes: the quote opens the next paragraph.
      if (quotes % 2 === 0) end--
    }
    ;(points ||= []).push(end)
  }
  let more: number[] | undefined
  // (Cheap tests first: both patterns are slow to try at every offset.)
  if (value.includes('\t') || value.includes('   ') || (value.includes('\u00a0') && wideSpace.test(value))) {
    indented.lastIndex = 0
    while ((match = indented.exec(value))) (more ||= []).push(match.index + match[0].length)
  }
  // "…on Tuesday.  The crews": in text that keeps its source's layout, `</p>  <p>` (no typist's habit there);
  // elsewhere where a third of the block's own sentences or more end with one space ("…on Monday. The
  // board…  The crews"): a typist who puts two spaces after a sentence puts them after (nearly) each.
  if (value.includes('  ')) {
    let doubles: number[] | undefined
    doubleSpaced.lastIndex = 0
    while ((match = doubleSpaced.exec(value))) (doubles ||= []).push(match.index + match[0].length)
    if (doubles && (sourceLayout || !typedSpacing(value, doubles.length))) more = more ? [...more, ...doubles] : doubles
  }
  if (value.includes('…') || value.includes('...')) {
    ellipsis.lastIndex = 0
    while ((match = ellipsis.exec(value))) (more ||= []).push(match.index + match[0].length)
  }
  if (more) points = points ? [...points, ...more].sort((a, b) => a - b) : more
  return points
}

/**
 * Whether the two spaces after a block's sentences are a typist's habit, not
 * the paragraph breaks of the page's source: fewer than a third of its
 * sentence ends take one space, or five sentences in a row or more end with
 * two ("…at dawn.  The crews met.  They voted.  …").
 *
 * @param value The block's text.
 * @param doubles How many of its sentence ends take two spaces.
 */
function typedSpacing(value: string, doubles: number): boolean {
  let singles = 0
  let run = 0
  let match: RegExpExecArray | null
  sentenceGap.lastIndex = 0
  while ((match = sentenceGap.exec(value))) {
    if (match[1].length === 1) {
      singles++
      run = 0
    } else if (++run >= typedRun) {
      return true
    }
  }
  return singles * 2 < doubles
}

/**
 * `text.lastIndexOf('(', end)` when that is at most `reach` code units before
 * `end`, else -1 (without reading further back).
 */
function openBefore(text: string, end: number, reach: number): number {
  for (let i = end; i >= 0 && end - i <= reach; i--) if (text.charCodeAt(i) === 40 /* ( */) return i
  return -1
}

/**
 * Where a block's headings, labels and lead-ins are glued to the paragraph
 * after them (no sentence end between): the offsets of the capitals that
 * open the paragraphs ("Opening hoursThe museum", "Here is the plan:The
 * crews" → the offset of "T").
 */
function camelPoints(value: string, words: ReadonlySet<string>): number[] | undefined {
  // ("Blue HarbourCeres LabsCLPSlunar landerSierra Mills": a row of names, no sentence, is cut elsewhere.)
  if (!hasFunctionWord(value, words)) return undefined
  let points: number[] | undefined
  let match: RegExpExecArray | null
  // (`camel` needs a lower-case letter right before a capital: most blocks have none.)
  if (hasCaseStep(value)) {
    camel.lastIndex = 0
    while ((match = camel.exec(value))) {
      const at = match.index + 1
      if (isCamelGlue(value, at, words)) (points ||= []).push(at)
    }
    // "…on the phoneKIND OF SCARY": a word in lower case glued to a heading in capitals.
    lowerCaps.lastIndex = 0
    while ((match = lowerCaps.exec(value))) {
      const at = match.index + 1
      if (isLowerCapsGlue(value, at)) (points ||= []).push(at)
    }
  }
  // "NOT SCARYWriting a post", "THE FEUDSThe statement": a heading in capitals glued to the paragraph after it.
  if (capsStep.test(value)) {
    capsGlue.lastIndex = 0
    while ((match = capsGlue.exec(value))) {
      // The last capital of the run opens the next word.
      const at = match.index + match[0].length - 2
      if (isCapsGlue(value, match.index, at)) (points ||= []).push(at)
    }
  }
  // "(Photo: Ana Ruiz)The crews", "(and the rest)Within a year": a parenthesis that closes a caption or a heading.
  if (value.includes(')')) {
    parenGlue.lastIndex = 0
    while ((match = parenGlue.exec(value))) {
      const at = match.index + match[0].length
      // (Its own parenthesis, opened shortly before: not code, "f(a)Foo", nor a stray mark.
      // Looked for that far back only: back to the block's start from each ")" is quadratic.)
      const open = openBefore(value, match.index, maxParenthesis)
      if (open >= 0 && match.index - open <= maxParenthesis && value.indexOf(')', open) === match.index && (open === 0 || isSpaceCode(value.charCodeAt(open - 1)))) {
        ;(points ||= []).push(at)
      }
    }
  }
  colonGlue.lastIndex = 0
  while ((match = colonGlue.exec(value))) {
    const at = match.index + match[0].length
    if (!address.test(value.slice(Math.max(0, at - reach), at).split(/\s/).pop()!)) (points ||= []).push(at)
  }
  // (Three patterns, found in turn: in the order of the text for `cutBlock`.)
  return points?.sort((a, b) => a - b)
}

/**
 * Whether a text has a function word (a sentence), as a row of tags or names has not.
 */
function hasFunctionWord(value: string, words: ReadonlySet<string>): boolean {
  // The runs of letters (`/\p{L}+/gu`), read with the letter table.
  return someRun(value, isLetterCode, (word) => words.has(word.toLowerCase()))
}

/**
 * Whether a text has a lower-case letter right before a capital ("hoursThe",
 * "iPhone"), as every match of `camel` has.
 *
 * @param value The text.
 */
function hasCaseStep(value: string): boolean {
  let lower = false
  for (let i = 0; i < value.length; i++) {
    const code = value.codePointAt(i)!
    if (lower && isUpperCode(code)) return true
    lower = isLowerCode(code)
    // (An add on every character: a branch never taken leaves V8 no type feedback.)
    i += code > 0xffff ? 1 : 0
  }
  return false
}

/**
 * Whether the capitals at `at` open a heading glued to a word in lower
 * case: the word before of three letters or more after white space ("phone",
 * not "iPHONE", "macOS"), the word in capitals of three or more, and another
 * word in capitals after it ("KIND OF") or the next word glued to it
 * ("SCARYWriting").
 */
function isLowerCapsGlue(value: string, at: number): boolean {
  let start = at
  while (start > 0 && lowerLetter.test(value.charAt(start - 1))) start--
  if (at - start < 3 || (start > 0 && !isSpaceCode(value.charCodeAt(start - 1)) && !opening.test(value.charAt(start - 1)))) return false
  let end = at
  while (end < value.length && upperLetter.test(value.charAt(end))) end++
  // A heading of words in capitals ("KIND OF"), or one glued to the next paragraph ("INTIMIDATINGParticipating"),
  // not a term in capitals alone ("leanFIRE, and fatFIRE").
  return end - at >= 3 && (lowerLetter.test(value.charAt(end)) || capsWordNext.test(value.slice(end, end + 4)))
}

/**
 * Whether the capital at `at`, the last of a run of capitals from `start`,
 * opens a word glued to a word in capitals: the word in capitals starts
 * after white space or a word in lower case glued to it (three capitals or
 * more: "SCARY", not "iOS"), not after a word in lower case and a space
 * (inside a sentence: "the HTMLElement"), and the
 * word after is of three letters or more and ends before white space or a
 * comma ("Writing a…", not "PanARMENIAN", "HTMLElement(").
 */
function isCapsGlue(value: string, start: number, at: number): boolean {
  // ("…a video callINTIMIDATINGParticipating": a heading glued on both sides.)
  if (start > 0 && !isSpaceCode(value.charCodeAt(start - 1)) && !capsOpening.test(value.charAt(start - 1)) && !isLowerCapsGlue(value, start)) return false
  // ("… at the HTMLElement desk": after a word in lower case, inside a sentence, an acronym glued to a name.)
  if (start > 1 && isSpaceCode(value.charCodeAt(start - 1)) && lowerLetter.test(value.charAt(start - 2))) return false
  let end = at + 1
  while (end < value.length && lowerLetter.test(value.charAt(end))) end++
  return end - at >= 3 && (end === value.length || wordFollows.test(value.charAt(end)))
}

/**
 * Whether the capital at `at`, right after a lower-case letter, opens a
 * paragraph glued to a heading, not the inside of a name written in camel
 * case ("GateHouse", "iPhone", "LinkedIn", "McNeil"): the word before is
 * written in lower case ("hoursThe", "pricesVisitors"), or is a capitalised
 * word before a function word of three letters or more ("ServicesThe",
 * "NovemberWhile"); and the word after ends where the capital's word ends.
 */
function isCamelGlue(value: string, at: number, words: ReadonlySet<string>): boolean {
  let start = at
  while (start > 0 && letters.test(value.charAt(start - 1))) start--
  const before = value.slice(start, at)
  // "iPhone", "eBay", "McNeil": a piece of one or two letters is a name's.
  if (before.length < 3) return false
  // "getElementById", "harbour.example/NewsToday": code and addresses.
  if (start > 0 && !isSpaceCode(value.charCodeAt(start - 1)) && !opening.test(value.charAt(start - 1))) return false
  let end = at + 1
  while (end < value.length && letters.test(value.charAt(end))) end++
  const after = value.slice(at, end)
  // ("var timeStamp = {…}": code keeps its names.)
  if (assignment.test(value.slice(end, end + 4))) return false
  if (before === before.toLowerCase()) return true
  // "ServicesThe", not "LinkedIn", "WeChat": after a capitalised word, a function word of three letters or more.
  return after.length >= 3 && words.has(after.toLowerCase())
}

// Two words glued where a menu's links meet: "UsPrivacy", "Policy2024", "HealthBreeding", "NASAMissions".
const menuGlue = /[\p{Ll}\d](?=\p{Lu}\p{Ll})/gu
// The fewest glued links that make a menu, and their least share of its words.
const minMenuItems = 3
const minMenuShare = 0.25
// The most words of a menu's link.
const maxMenuWords = 7
// Code after a name: "timeStamp = {", "getName ()".
const assignment = /^\s*[=(]/
// A mark of code: "closeStamp = {", "x_mobile;".
const codeMark = /[{}=;<>|\\]/
// Words.
const wordRun = /\S+/g

/**
 * Where the links of a menu run into each other ("About UsPrivacy
 * PolicyContactSitemap" → the offsets of "P", "C" and "S"): a block where
 * three words or more, and one in four or more, are two links glued, each
 * link seven words at most, and no code. The links become lines of one run.
 */
function menuPoints(value: string): number[] | undefined {
  menuGlue.lastIndex = 0
  const points: number[] = []
  let match: RegExpExecArray | null
  while ((match = menuGlue.exec(value))) points.push(match.index + 1)
  // ("closeStamp = {": code is no menu.)
  if (points.length < minMenuItems || codeMark.test(value)) return undefined
  wordRun.lastIndex = 0
  let words = 0
  while (wordRun.exec(value)) words++
  if (points.length < (words + points.length) * minMenuShare) return undefined
  // ("Latest newsHarbour board votes to bring back the night ferry": headlines glued are no menu.)
  let at = 0
  for (const point of [...points, value.length]) {
    if (wordCount(value.slice(at, point), maxMenuWords + 1) > maxMenuWords) return undefined
    at = point
  }
  return points
}

// Links in a row that make a menu inside a longer block.
const minRunLinks = 4
// The most words of each of them.
const maxLinkWords = 4

/**
 * The runs of a menu's links glued inside a longer block ("Read on.HomeNewsSport
 * WeatherAbout UsThe board met…"): four pieces or more in a row between
 * two words glued ("HomeNews"), each seven words at most and no code (not
 * "iPhone": the word before the capital has two letters or more). Returns
 * the offsets where the block is cut (the runs' edges and their links) and
 * those inside the runs (the links, lines of one run).
 */
function menuRun(value: string): {points: number[]; inner: Set<number>} | undefined {
  menuGlue.lastIndex = 0
  const bounds = [0]
  let match: RegExpExecArray | null
  // Where the run of letters and digits around the last glue starts, and how far back it was read.
  let token = 0
  let scanned = 0
  while ((match = menuGlue.exec(value))) {
    const at = match.index + 1
    // (Read back only to where the last glue was read: one pass over the block.)
    for (let i = at - 1; i >= scanned; i--) {
      if (!wordCharacter.test(value.charAt(i))) {
        token = i + 1
        break
      }
    }
    scanned = at
    // Three letters or more on both sides: "iPhone", "LinkedIn", "WeChat", "McNeil" are names.
    if (at < 3 || !letters.test(value.charAt(at - 2)) || !letters.test(value.charAt(at - 3))) continue
    if (!lowerLetter.test(value.charAt(at + 2))) continue
    // The words glued open with a capital ("MarketsTechMedia"), no name of code ("getElementsByTagName").
    if (upperFirst.test(value.charAt(token))) bounds.push(at)
  }
  if (bounds.length < minRunLinks) return undefined
  bounds.push(value.length)
  const points: number[] = []
  const inner = new Set<number>()
  // Piece k is value.slice(bounds[k], bounds[k + 1]).
  const pieces = bounds.length - 1
  let k = 0
  while (k < pieces) {
    let end = k
    while (end < pieces && isLink(value.slice(bounds[end], bounds[end + 1]))) end++
    if (end - k >= minRunLinks) {
      if (k > 0) points.push(bounds[k])
      for (let j = k + 1; j < end; j++) {
        points.push(bounds[j])
        inner.add(bounds[j])
      }
      if (end < pieces) points.push(bounds[end])
    }
    k = end + 1
  }
  return points.length > 0 ? {points, inner} : undefined
}

/** Whether a piece of text can be a menu's link: seven words at most, no code. */
function isLink(text: string): boolean {
  return !codeMark.test(text) && !codePunctuation.test(text) && wordCount(text, maxLinkWords + 1) <= maxLinkWords
}

// A capital; a letter or a digit of a word.
const upperFirst = /\p{Lu}/u
const wordCharacter = /[\p{L}\p{N}]/u
// Marks of code, data or a sentence a link has none of: "Picker\":true", "getPlayer(id", "player.setVolume", "x_mobile", "Tube, Play", "it. The".
const codePunctuation = /["()[\]_$:,]|\.\p{Ll}|[.!?]\s/u

// What may come before a heading's first word: a quotation mark, a parenthesis, a dash.
const opening = /[“‘"'(\[«—–-]/

/**
 * Whether the sentence end at `at` closes a word of two lower-case letters or
 * more, a number of two digits or more, or a parenthesis or a quotation after
 * one, and is no address: "Tuesday.The", "in 2027.The", "delays (3).The",
 * "called “late”.The" yes; "U.S.Army", "www.HarbourNews.org",
 * "harbour.org/News.Today" no.
 */
function isGlue(value: string, at: number): boolean {
  if (at < 2) return false
  const last = value.charAt(at - 1)
  const next = value.charAt(at - 2)
  // "(3).", "“late”.", "«поздно».": what the parenthesis or the quotation holds ends the sentence.
  if (closer.test(last)) {
    if (!lowerLetter.test(next) && !digit.test(next) && !isAcronymEnd(value, at - 1)) return false
  } else if (!(lowerLetter.test(last) && lowerLetter.test(next)) && !(digit.test(last) && digit.test(next)) && !isAcronymEnd(value, at)) return false
  // "$19.99. Check": a price or a decimal, not a number glued to a numbered heading.
  if (digit.test(last) && digit.test(value.charAt(at + 1))) return false
  // The text around, out to white space on both sides: no address in it.
  // (An address is short: look no farther than `reach` either way, so a
  // text without spaces costs no more than one with them.)
  let start = at
  while (start > 0 && at - start < reach && !isSpaceCode(value.charCodeAt(start - 1))) start--
  let end = at + 1
  while (end < value.length && end - at < reach && !isSpaceCode(value.charCodeAt(end))) end++
  // (The sentence end itself is no address: "every day.2. Take the ferry".)
  return !address.test(value.slice(start, at)) && !address.test(value.slice(at + 1, end)) && value.slice(Math.max(start, at - 3), at).toLowerCase() !== 'www'
}

/**
 * Whether the word that ends at `end` is an acronym of two to six capitals
 * and the sentence end after it is glued to a whole word: "told the
 * BBC.Twitter", "in the journal BMJ.“Going" (not "U.S.Army", "ASP.Net").
 */
function isAcronymEnd(value: string, end: number): boolean {
  let start = end
  while (start > 0 && end - start <= maxAcronym && upperLetter.test(value.charAt(start - 1))) start--
  if (end - start < 2 || end - start > maxAcronym || (start > 0 && !isSpaceCode(value.charCodeAt(start - 1)) && !opening.test(value.charAt(start - 1)))) return false
  return wholeWordAfter.test(value.slice(end, end + 12))
}

// The longest acronym before a glued sentence end.
const maxAcronym = 6
// A capital letter.
const upperLetter = /\p{Lu}/u
// A space and a word of two capitals or more: "KIND OF".
const capsWordNext = /^ \p{Lu}{2}/u
// After an acronym's sentence end (and its closing quote), a capitalised word of four letters or more: ".Twitter", ".”Going".
const wholeWordAfter = /^[.!?][”’"')\]]{0,2}[“‘«"]?\p{Lu}\p{Ll}{3}/u

// How far around a sentence end an address is looked for.
const reach = 64
// An address: a slash, an at sign, or a dot before a lower-case letter or a
// digit ("harbour.org", "v2.0").
const address = /[/@]|\.[\p{Ll}\d]/u

/**
 * Whether glued sentence ends are a habit of the document, not a slip: in
 * text that keeps its HTML source's indentation, any three (it glues its
 * blocks wherever the source has no white space between two elements, and
 * long runs of comments or teasers between the glued paragraphs make their
 * share small); elsewhere, three and one in ten of its sentence ends.
 */
function isHabit(blocks: readonly Block[], glued: number, sourceLayout: boolean): boolean {
  if (glued < minGlued) return false
  if (sourceLayout) return true
  let ends = glued
  for (const block of blocks) {
    spaced.lastIndex = 0
    while (spaced.exec(block.value)) ends++
  }
  return glued >= ends * minShare
}

/** The character loops that stand for patterns, and the patterns, for tests that check one against the other. */
export const scanShortcuts = Object.freeze({camel, hasCaseStep, hasFunctionWord, cardGlue, cardGlueAt})
