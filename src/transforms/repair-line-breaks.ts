/**
 * Repair broken line breaks: rejoin fragments that a scraper split at inline
 * elements, unwrap hard-wrapped lines, re-attach stray punctuation, and keep
 * the line breaks that mean something (list items, table rows, headings).
 *
 * The rendering is detected from the document itself: the wrap width from
 * the line-length distribution, the separator hierarchy from the blank-line
 * counts, fragments from sentence structure (terminal punctuation, case,
 * function words at line ends).
 */
import {append} from '../append.js'
import type {VFile} from 'vfile'
import {functionWordsFor} from '../features/function-words.js'
import {hangulSpaceAt, hangulWords} from '../features/hangul.js'
import {isDateLike, isUnspaced} from '../features/headline.js'
import {isBrowserPlaceholder} from '../features/image-text.js'
import {codeClass, holdsCode, isLetterCode, isLowerCode, someRun} from '../features/code-class.js'
import {
  displayWidth,
  endsAbbreviation,
  endsOpening,
  endsSentence,
  firstWord,
  hasSentenceInside,
  isCjk,
  lastWord,
  isRuleLine,
  looksLikeTableRow,
  startsClosing,
  startsLower,
  wordCount
} from '../features/lines.js'
import {keepsSourceIndentation, trimEndMarks} from '../features/space.js'
import {lexiconsFor} from '../lexicon/index.js'
import {inform, span} from '../message.js'
import {blockCache} from '../parse/block.js'
import type {Block, Join, Root, RootData} from '../types.js'

/** Options for `repairLineBreaks`. */
export interface Options {
  /** Rejoin fragments split at inline elements (default: `true`). */
  fragments?: boolean | null | undefined
  /** Unwrap hard-wrapped lines (default: `true`). */
  unwrap?: boolean | null | undefined
  /** Remove a hyphen at a wrapped line end when the joined word occurs elsewhere in the document (default: `true`). */
  dehyphenate?: boolean | null | undefined
  /** Wrap width in columns, instead of detecting it (default: detected; `0` or `null` to detect). */
  wrapWidth?: number | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

/** Why two pieces were joined (the rule id of the message). */
type Reason = 'unwrap-lines' | 'join-fragments' | 'dehyphenate' | 'drop-stray-period' | 'join-list-continuation' | 'keep-line-break' | 'separate-dateline' | 'strip-list-number' | 'keep-asterisk'

/** A decision: how to join, and why. */
interface Decision {
  kind: Join['kind']
  reason: Reason
}

/**
 * Per-block facts kept in `data.cache.lines` so a second run decides the same
 * way (and `data.cache.linesApart`: the block was kept apart from the one
 * before it, decided once).
 */
interface LineCache {
  /** Display width of the first input line, indentation included. */
  firstWidth?: number
  /** Display width of the last input line, indentation included. */
  lastWidth?: number
  /** Text of the last joined piece (`fines.` of `… with fines.`). */
  lastPiece?: string
  /** Whether the last piece is a hard-wrapped line joined by unwrapping. */
  lastWrapped?: boolean
  /** Text of the first piece (its first input line). */
  firstPiece?: string
  /** Whether the block, short and unfinished, is glued to the next one (decided once). */
  continues?: boolean
  /** Whether the block, a short Latin name inside Chinese or Japanese text, is glued to the next one (decided once). */
  cjkContinues?: boolean
  /** Whether the block, a numbered list item, has a wrapped line that hangs under its text (not under its number). */
  hangs?: boolean
  /** Whether the block is a note written with an asterisk (`* Dates may still change`): a paragraph of its own. */
  note?: boolean
}

// How much of a block being built the decisions read (quotes are paired within it).
const windowSize = 1000
// How many short pieces a run of labels may hold before the clause it runs into.
const runLookahead = 6
// A domain name at the start: "www.harbour.example" (not a lower-case word).
const domainStart = /^[\w-]+\.\w/
// The fewest adjacent line pairs that can show a wrap width.
const minimumRunLines = 4
// Wider lines are paragraphs, not a wrap.
const maximumWrapWidth = 250
// A letter or a mark: the characters of a word (`/[\p{L}\p{M}]+/gu`, read by `someWord`; for the dehyphenation word list).
const isWordMarkCode = codeClass(/^[\p{L}\p{M}]$/u, (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90))

/**
 * Call `each` with the words of a text (runs of letters and marks) in order
 * until it returns `true`; whether one did. (A table per code point: the
 * pattern calls out to a range search for each character beyond Latin-1.)
 *
 * @param text Any text.
 * @param each Called with each word.
 */
export function someWord(text: string, each: (word: string) => boolean): boolean {
  return someRun(text, isWordMarkCode, each)
}

// A hyphen at a wrapped line end: "inter-" ⏎ "national".
const trailingHyphen = /\p{L}-$/u
// The word part before a trailing hyphen. (Run on a line's last 40 characters.)
const hyphenWord = /([\p{L}\p{M}]+)-$/u
// The leading letters of a line.
const leadingWord = /^[\p{L}\p{M}]+/u
// A period that can be dropped: one ".", not "..." ("fines." ⏎ "for the delays").
const strayPeriod = /[^.]\.$/
// A "?", "!" or an ellipsis before a lower-case continuation ("the? New captain?" ⏎ "that rules", "what comes next …" ⏎ "the harbour").
const questionOrBang = /(?:[?!…]|\.\.\.)$/
// Function words of every language.
const anyFunctionWord = functionWordsFor(undefined)
// A Latin letter at the start: "HarbourPass".
const latinStart = /^[A-Za-z\u00C0-\u024F]/
// A Latin letter or a digit at the end: "HarbourPass", "10".
const latinEnd = /[A-Za-z0-9\u00C0-\u024F]$/
// A letter of a script without capitals that puts spaces between words
// (Arabic, Hebrew, the scripts of India, Georgian, Ethiopic): no lower case
// tells that a sentence goes on.
const uncasedLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}]/u
/** Whether a piece ends with a letter of a script without capitals, or with the comma of Arabic script (all these scripts are in the BMP). */
function endsUncased(text: string): boolean {
  const last = text.charAt(text.length - 1)
  return last === '\u060C' || uncasedLetter.test(last)
}

// Particles that never end a Chinese or Japanese sentence: "港口的" ⏎ "灯塔".
const cjkParticle = /[的之把被のをにがへ]/
// A colon at the end: "Tickets:".
const endsWithColon = /[:：]$/
// A closing corner bracket: "「設定」".
const cornerClose = /[」』]/
// Hiragana (Japanese particles and endings) or Chinese and Japanese punctuation at the start of what follows.
const kanaOrMark = /[\u3000-\u309F\uFF01-\uFF0F\uFF1A-\uFF20]/
// Hiragana: the text is Japanese (Chinese has none).
const hiragana = /[\u3041-\u3096]/
// Chinese and Japanese punctuation (a sentence does not go on with it).
const cjkPunctuation = /^[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]/
function isCjkPunctuation(char: string): boolean {
  return cjkPunctuation.test(char)
}
// A clause that goes on: a comma, semicolon or dash at the end ("in 2011," ⏎ "Tomas Brand").
const clauseOpen = /(?:[,;]|\s[—–])$/
// A quote mark that starts a line: `"`, `”`, `»`.
const quoteStart = /^["'“”‘’«»„]/
// A block that is one parenthesis and nothing more ("(required)"), or a script's value ("false", "null").
const wholeParenthesis = /^\([^()]*\)$/
const scriptValue = /^(?:true|false|null|undefined|NaN)$/
// A word that starts with a letter; with a capital.
const letterStart = /^\p{L}/u
const upperStart = /^\p{Lu}/u
// A separator of fields or links at the end of a line: "Category: Harbour -", "News |".
const separatorEnd = /(?:[,;]|\s[-—–|·•])$/
// A parenthesis that goes on in lower case or with a number: "(the old one took 25)".
const parenthesisGoesOn = /^\((?:\p{Ll}|\d)/u
// A parenthesis that goes on in lower case: "(who now runs".
const parenthesisLower = /^\(\p{Ll}/u
// A short parenthesis followed by the rest of a clause: "(HSB) said", "(2018), and".
const parenthesisThenClause = /^\([^()]{1,40}\)(?:\s+\p{Ll}|[,;:.])/u
// An initial inside a name: "Ellen A. Marsh" (not the article "a").
const initial = /(?<=^|\s)\p{Lu}\.(?=\s|$)/gu
// A dash that goes on in lower case: "— the mineral that".
const dashGoesOn = /^[—–]\s+\p{Ll}/u
// Initials at the end: "U.S.", "E.U." (no sentence end before a lower-case word).
const initialsEnd = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u
// Lower-case initials at the end: "i.e.", "e.g.", "a.m.".
const lowerInitialsEnd = /(?:^|[\s(])(?:\p{Ll}\.){2,}$/u
// A short sentence of capitalised words: "Wednesday.", "New Year."
const shortCapitalised = /^\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?[.!?]$/u
// A handle in parentheses at the end: "Vera Holm (@veraholm)".
const handleEnd = /\(@[\w.]+\)$/u
// A year: "May 4, 2024".
const yearInside = /\b(?:1[89]|20)\d\d\b/
// A sentence end, then one capitalised word at the end: "… the costs. Under" (not "Ellen A. Marsh").
// (The sentence mark first, the letters before it as a look-behind: the pattern is tried at sentence marks only.)
const openSentence = /[.!?](?<=\p{Ll}{2}[.!?])[”’"')]*\s+\p{Lu}\p{Ll}+$/u
/** The patterns that match their mark first and the letters before it as a look-behind, for tests that check them against the forms that open with the letters. */
export const lookBehindPatterns = Object.freeze({openSentence})
// A link at the end: "… see https://harbour.example/tickets".
const linkEnd = /(?:^|\s)(?:https?:\/\/|www\.)\S+$/
// A link alone: "https://harbour.example/tickets", "www.harbour.example".
const bareLink = /^(?:https?:\/\/|www\.)\S+$/
// A link target alone, as a renderer writes the address of a link without text: "https://…",
// "/news/quay-repairs/", "../img.php?src=…", "?subject=Night%20ferry&body=https://…" (a `mailto:` without its scheme).
const hrefLine = /^(?:https?:\/\/|www\.|\.{1,2}\/|\/[\w%-]|\?[\w%-]+=)\S*$/
// A link target without a site, alone on its line: no word of a sentence ("…(Source: NASA)" ⏎ "?subject=…").
const relativeHref = /^(?:\.{1,2}\/|\/[\w%-]|\?[\w%-]+=)\S*$/
// A link without its scheme, alone: "pic.harbour.example/x7Yz" (a display text).
const schemelessLink = /^[\w-]+(?:\.[\w-]+)+\/[^\s/]\S*$/
// A capitalised word at the start: "Marsh".
const capitalisedStart = /^\p{Lu}\p{Ll}/u
// A comma or semicolon at the start (a clause going on).
const clauseMark = /^[,;]/
// A word of five letters or more, then one period: "Saturday." (not "Ltd.", "U.S.", "...").
const sentenceWordEnd = /\p{L}{5}\.$/u
// A list number at the start: "29. Most", "3) Then".
const numberStart = /^\d{1,3}[.)]/
// A possessive at the end of a word: "Council’s", "Kees'".
const possessive = /\p{L}(?:['’]s|s['’])$/u
// A possessive at the end of text, of a word or a number: "Council’s", "1987’s".
const possessiveEnd = /[\p{L}\p{N}](?:['’]s|s['’])$/u
// Initials of a name at the start, alone or before the rest of the name: "K.L.", "K.L. Marsh".
const initialsStart = /^(?:\p{Lu}\.){1,3}(?:$|\s+\p{Lu}\p{Ll})/u
// Initials alone: "K.L." (a piece cut out of a name).
const initialsOnly = /^(?:\p{Lu}\.){1,3}$/u
// A capitalised word at the end, as a first name ends: "… had been Ellen".
const capitalisedEnd = /(?:^|\s)\p{Lu}\p{Ll}+$/u
// A quotation that ends a sentence: `… the harbour.”`, `… ever again?"`.
const quotationEnd = /[.!?…,]["”’»]$/u
// An attribution: a dash, then a capitalised name: "— Ilse Varga", "-- Ilse Varga".
const attribution = /^(?:[—–―]|--)\s?\p{Lu}/u
// A handle, a link or a digit (a dated post, not the name of a speaker): "(@portnews)", "May 4, 2024".
const notAName = /[@\d/]/
// A digit.
const digitEnd = /\d/
// Lower-case word with a capital inside: "iPhone", "eBay" (a brand, not a continuation).
const camelStart = /^\p{Ll}+\p{Lu}/u

/**
 * Plugin: join blocks that are pieces of one paragraph.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function repairLineBreaks(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `repairLineBreaks` options must be an object')
  }
  const wrapOption = settings.wrapWidth
  if (wrapOption !== undefined && wrapOption !== null && (typeof wrapOption !== 'number' || !(wrapOption >= 0))) {
    throw new TypeError('unscrape: `lineBreaks.wrapWidth` must be a non-negative number, got ' + String(wrapOption))
  }
  const fragments = settings.fragments !== false
  const unwrap = settings.unwrap !== false
  const dehyphenate = settings.dehyphenate !== false

  return function (tree: Root, file: VFile): undefined {
    const blocks = tree.children
    if (blocks.length === 0) {
      tree.data.rendering ||= 'clean'
      return
    }

    const words = functionWordsFor(tree.data.language)
    // German capitalises its nouns: a capital after a cut opens no sentence by itself.
    const capitalNouns = tree.data.language === 'de'
    // The cues of a tag list in the document's language and English ("tags", "filed under"), once needed.
    let tagLabels: Set<string> | undefined
    // The phrase packs' buttons and labels that are boilerplate as whole lines ("facebook", "print"), once needed.
    let buttonPhrases: ReadonlySet<string> | undefined
    let endLabels: Set<string> | undefined
    // A tree repaired before keeps the layout found then (joins change the statistics).
    const seen = tree.data.rendering !== undefined
    // (Lines that all carry one wrap width, found by an earlier step for the renderer it undid, are wrapped at it.)
    const shared = seen ? undefined : sharedWrapWidth(blocks)
    const width = unwrap ? (wrapOption || (seen ? tree.data.wrapWidth : (shared ?? wrapWidthOf(blocks)))) : undefined
    const major = seen ? tree.data.paragraphSeparator : majorSeparator(blocks)
    // Whether the wrap cuts Korean words anywhere (a text browser), not at spaces only.
    const cutsHangul = width !== undefined && !seen && wideCut(blocks, width, false)
    // Whether the wrap cuts Chinese and Japanese anywhere (a text browser): it cuts next to a Latin word without a space too.
    const cutsCjk = width !== undefined && !seen && wideCut(blocks, width, true)
    // Blank lines separate the paragraphs: a line that follows another with no
    // blank line is then a line break inside one (a `<br>`, a list without bullets).
    // (Not in text that keeps its HTML source's indentation: blank lines stand between any two
    // elements there, and a line right after another is an element of its own as often.)
    const blankSeparated = seen ? tree.data.blankSeparated === true : blankLinesSeparate(blocks) && !(typeof file.value === 'string' && keepsSourceIndentation(file.value))
    // Lines that continue a list of alike lines (and the first one after a line ending in a colon).
    const listLines = listRuns(blocks, major, blankSeparated, width)
    // Fragments split at inline elements show (lower-case continuations after a blank line).
    // (Looked for only when a label ends with a colon.)
    let fragmentStyle: boolean | undefined = seen ? tree.data.rendering === 'fragments' || tree.data.rendering === 'mixed' : undefined
    // Bold labels run into their text show: short lines ending in a colon, each before a sentence (looked for once, on demand).
    let runInStyle: boolean | undefined
    // Labels without a colon that open three paragraphs or more, the same each time ("In short" ⏎ "The night ferry returns…"; found once, on demand).
    let repeatedLabels: Set<string> | undefined
    // A line break after a sentence end, before a capital, is rare in a text whose paragraphs blank lines separate (looked for once, on demand).
    let rareBreaks: boolean | undefined
    // How many list items the document starts with a hyphen (counted once, on demand).
    let hyphenItems: number | undefined
    // The document’s words, as evidence for dehyphenation (only when some line ends with a hyphen).
    let vocabulary: Set<string> | undefined
    // The document’s Korean words, as evidence where a text browser cuts Korean anywhere (read before any join).
    const koreanWords = cutsHangul ? hangulWords(blocks.map((d) => d.value)) : undefined
    if (unwrap && dehyphenate && blocks.some((d) => d.value.endsWith('-') && trailingHyphen.test(d.value))) vocabulary = vocabularyOf()

    const children: Block[] = []
    const counts = new Map<Reason, {count: number; first: Block; last: Block}>()
    // "* Dates may still change…": a note the page writes with an asterisk, no list item.
    if (!seen && !tree.data.markdown) for (const block of keepAsterisks(blocks)) count('keep-asterisk', block)
    // Per block: whether the short pieces after it end in a lower-case clause (0 not looked at, 1 yes, 2 no).
    let clauseAfter: Int8Array | undefined
    let fragmentJoins = 0
    let joined = 0
    // The block being built by joins: its pieces, joined once at the end (no
    // quadratic string building), and the end of its text, which decisions read.
    let open: Block | undefined
    let parts: string[] = []
    let window = ''

    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      const previous = children[children.length - 1]
      // "KESTREL BAY (Harbour News)The crews…": a dateline glued to its first sentence (an inline element, no space) gets its space.
      if (fragments && block.data.kind !== 'list-item') {
        // (Only a block with a parenthesis may hold one.)
        const match = block.value.includes('(') ? gluedDateline.exec(block.value) : null
        if (match) {
          block.value = match[0] + ' ' + block.value.slice(match[0].length)
          count('separate-dateline', block)
        }
      }
      // A boundary decided on an earlier run stays as it was (a re-run changes nothing).
      const decided = block.data.lineBreak === true || block.data.cache?.linesApart === true
      const decision = previous && !decided ? decide(previous, block, blocks[index + 1], index) : undefined
      if (!previous || !decision) {
        if (previous && !decided) blockCache(block).linesApart = true
        children.push(block)
        continue
      }
      if (decision.kind === 'newline') {
        // A line break inside a paragraph: the blocks stay apart (each keeps
        // its own fate), the result puts them on consecutive lines.
        block.data.lineBreak = true
        children.push(block)
        count(decision.reason, block)
        continue
      }

      const from = previous.position.end.offset!
      const join: Join = {from, to: block.position.start.offset!, kind: decision.kind}
      joined++
      if (open !== previous) {
        close()
        open = previous
        parts = [previous.value]
        window = previous.value.length > windowSize ? previous.value.slice(-windowSize) : previous.value
      }
      if (decision.kind === 'drop-period' || decision.kind === 'dehyphenate') {
        parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1)
        window = window.slice(0, -1)
        join.from = from - 1
      }
      const separator = decision.kind === 'space' || decision.kind === 'drop-period' ? ' ' : ''
      const cache = cacheOf(previous)
      const next = cacheOf(block)
      cache.firstPiece ??= previous.value
      cache.lastWidth = next.lastWidth ?? lineWidth(block)
      // The last piece is a wrapped line (not a fragment of its own) when it came by unwrapping.
      cache.lastWrapped = next.lastPiece === undefined ? decision.reason === 'unwrap-lines' || decision.reason === 'dehyphenate' : next.lastWrapped
      cache.lastPiece = next.lastPiece ?? block.value
      cache.cjkContinues = next.cjkContinues
      // " 1. The crews voted on" ⏎ "    Monday to…": a wrapped line under the item's text, where a renderer put it.
      if (decision.reason === 'join-list-continuation' && previous.data.bullet !== undefined && block.data.indent === previous.data.indent + previous.data.bullet.length + 1) {
        cache.hangs = true
      }
      // (A line that goes on with a link's text, "topic](…)", is no piece of its own: see `stripMarkdown`.)
      if (block.data.cache?.linkGoesOn === true && !block.data.joins) parts[parts.length - 1] += separator + block.value
      else {
        if (separator) parts.push(separator)
        parts.push(block.value)
      }
      window += separator + block.value
      if (window.length > windowSize * 2) window = window.slice(-windowSize)
      previous.position = {start: previous.position.start, end: {...block.position.end}}
      ;(previous.data.joins ||= []).push(join)
      if (block.data.joins) append(previous.data.joins, block.data.joins)
      // "[Relevance](/search)": what an earlier step cut from the block stays recorded.
      if (block.data.stripped) append((previous.data.stripped ||= []), block.data.stripped)
      // (And so do its links: "[Quay cafe stays" ⏎ "open](…)[Night ferry…](…)".)
      if (block.data.links) {
        const links = previous.data.links
        previous.data.links = links ? {count: links.count + block.data.links.count, text: links.text + block.data.links.text} : block.data.links
      }
      if (decision.reason !== 'unwrap-lines' && decision.reason !== 'join-list-continuation' && decision.reason !== 'keep-line-break') fragmentJoins++
      count(decision.reason, previous)
    }

    close()
    tree.children = children
    stripListNumbers(children)
    const data: RootData = tree.data
    const wrapped = width !== undefined
    const fragmented = fragmentJoins >= 3
    const rendering = wrapped && fragmented ? 'mixed' : wrapped ? 'wrapped' : fragmented ? 'fragments' : 'clean'
    // A second run on a repaired tree finds nothing left to join: keep what the first one saw.
    if (!data.rendering || joined > 0) data.rendering = rendering
    if (wrapped) data.wrapWidth = width
    if (major) data.paragraphSeparator = major
    if (blankSeparated) data.blankSeparated = true

    const whole = span(children[0], children[children.length - 1])
    if (wrapped || fragmented) {
      inform(
        file,
        'Detected ' +
          (data.rendering === 'mixed' ? 'mixed rendering: fragments and text hard-wrapped' : wrapped ? 'text hard-wrapped' : 'fragments split at inline elements') +
          (wrapped ? ' at ' + width + ' columns' : '') +
          (major ? ', paragraphs separated by ' + major + ' blank lines' : ''),
        whole,
        'detect-rendering'
      )
    }
    for (const [reason, entry] of counts) {
      inform(file, describeReason(reason, entry.count), span(entry.first, entry.last), reason)
    }

    /**
     * Remove the numbers that a renderer wrote before the items of an ordered
     * list (a text browser: ` 1. The crews…` ⏎ `    Monday…` ⏎ ` 2. …` ⏎ `10. …`):
     * they are no words of the items. Numbers typed in the text stay (`3. Ask
     * the harbour master`, a heading at the margin). The renderer shows itself
     * by a wrapped line that hangs under an item’s text, by numbers aligned at
     * their end (` 9.` over `10.`), or by items indented past the line before
     * the list.
     */
    function stripListNumbers(list: Block[]): undefined {
      let first = -1
      for (let index = 0; index <= list.length; index++) {
        const block = list[index] as Block | undefined
        if (block && isNumbered(block)) {
          if (first < 0) first = index
          continue
        }
        if (first >= 0 && rendered(list, first, index)) {
          for (let i = first; i < index; i++) stripNumber(list[i])
        }
        first = -1
      }
    }

    /**
     * Whether the numbered items `list[first..end)` show that a renderer numbered them.
     */
    function rendered(list: Block[], first: number, end: number): boolean {
      const before = first > 0 ? list[first - 1] : undefined
      let indented = end - first >= 2 && before !== undefined && before.data.kind !== 'list-item'
      let edge = -1
      let widths = 0
      for (let i = first; i < end; i++) {
        const data = list[i].data
        if ((data.cache?.lines as LineCache | undefined)?.hangs) return true
        const width = data.bullet!.length
        // " 9." ⏎ "10.": the same end column, numbers of other widths.
        if (edge < 0) edge = data.indent + width
        else if (edge !== data.indent + width) edge = -2
        widths |= 1 << Math.min(width, 8)
        if (!before || data.indent <= before.data.indent) indented = false
      }
      return indented || (edge >= 0 && (widths & (widths - 1)) !== 0)
    }

    /**
     * Move an item’s number into `data.stripped`.
     */
    function stripNumber(block: Block): undefined {
      const marker = block.data.bullet!
      const value = block.value
      if (!value.startsWith(marker)) return
      let cut = marker.length
      while (cut < value.length && whiteSpace.test(value.charAt(cut))) cut++
      if (cut === value.length) return
      const start = block.position.start
      const offset = start.offset!
      ;(block.data.stripped ||= []).push({
        text: marker,
        rule: 'strip-list-number',
        position: {start: {...start}, end: {line: start.line, column: start.column + marker.length, offset: offset + marker.length}}
      })
      block.value = value.slice(cut)
      block.position = {start: {line: start.line, column: start.column + cut, offset: offset + cut}, end: block.position.end}
      count('strip-list-number', block)
    }

    /**
     * Finish the block being built: its value from its pieces.
     */
    function close(): undefined {
      if (open) {
        open.value = parts.join('')
        open.data.pieces = parts
      }
      open = undefined
      parts = []
      window = ''
    }

    /**
     * Whether two blocks are headlines of a list, each maybe cut by the site at
     * its length ("…night crossing this" ⏎ "Quay Bar closes after forty years"):
     * four headlines in a row, or the last of three before the entries of a menu
     * ("…and what it means for the" ⏎ "Local" ⏎ "Weather"). Pieces of a sentence
     * split at its links go on in lower case or after a sentence end.
     */
    function inHeadlineList(previous: Block, block: Block, index: number): boolean {
      if (previous === open || previous.data.joins || !isHeadlineItem(previous.value)) return false
      let run = 1
      for (let k = children.length - 2; k >= 0 && run < 4; k--) {
        const earlier = children[k]
        if (earlier.data.joins || earlier.data.lineBreak || !isHeadlineItem(earlier.value)) break
        run++
      }
      if (isHeadlineItem(block.value)) {
        run++
        for (let k = index + 1; k < blocks.length && run < 4 && isHeadlineItem(blocks[k].value); k++) run++
        return run >= 4
      }
      const next = blocks[index + 1]
      return run >= 3 && isMenuEntry(block.value) && next !== undefined && isMenuEntry(next.value)
    }

    /**
     * The text of a block as decisions see it (the end of it, for the block being built).
     */
    function textOf(block: Block): string {
      return block === open ? window : block.value
    }

    /**
     * Whether text has a function word (“Here is the plan:” is a lead-in, “Lena Voss:” a label).
     */
    function hasFunctionWord(text: string): boolean {
      // An initial is not the article "a": "Ellen A. Marsh:".
      return someWord(text.replace(initial, ' ').toLowerCase(), (word) => words.has(word))
    }

    /**
     * Whether a short line is a button or a label of the phrase packs alone ("facebook", "print", "E-mail").
     */
    function isButton(text: string): boolean {
      if (text.length > 30) return false
      buttonPhrases ??= buttonsOf(tree.data.language)
      // ("print »", "email:".)
      return buttonPhrases.has(trimEndMarks(text).toLowerCase())
    }

    /**
     * Whether a line opens with a tag list's cue and a colon, and the tags
     * after it: "…returns to the harbour image" ⏎ "Tags: night ferry harbour"
     * (a text browser's line of links, which its wrap width says nothing
     * about), after a line that ends no row of fields.
     */
    function opensLabelledList(head: string, tail: string): boolean {
      // ("… Category: Harbour -" ⏎ "Tags: ferry": a row of fields the wrap cut after a separator goes on.)
      if (!capitalisedStart.test(tail) || !tail.includes(':') || separatorEnd.test(head.slice(-2))) return false
      const label = tail.slice(0, tail.indexOf(':')).toLowerCase()
      return (tagLabels ??= new Set(lexiconsFor(tree.data.language).flatMap((d) => d.tagCues))).has(label) && tail.length > label.length + 1
    }

    /**
     * Whether the block at `index` opens a byline split at its links: a name,
     * a comma alone, an outlet (a short capitalised label), then a date or a
     * time (`Ana Ruiz` ⏎ `,` ⏎ `Harbour Courier` ⏎ `19.11.2030, 08:57`).
     */
    function opensByline(index: number): boolean {
      const comma = blocks[index + 1]
      const outlet = blocks[index + 2]
      const date = blocks[index + 3]
      return comma !== undefined && comma.value === ',' && outlet !== undefined && date !== undefined && isLabel(outlet.value) && !startsLower(outlet.value) && date.value.length <= 40 && bylineDate.test(date.value)
    }

    /**
     * Whether a label ending in a colon is a heading of the document's
     * language that ends the article (`Sources:`, `References:`).
     */
    function isEndCue(label: string): boolean {
      endLabels ??= new Set(lexiconsFor(tree.data.language).flatMap((d) => d.endCues || []))
      return endLabels.has(label.slice(0, -1).trimEnd().toLowerCase())
    }

    /**
     * Whether a line in title case follows a line of a sentence: "… a boost
     * for the grounded jet" ⏎ "Grounding Of Ferry Fleet Extended As New Flaw
     * Is" (an image's text under a teaser's headline): every word of four
     * words or more capitalised, function words too, after a line with words
     * in lower case that ends on one and ends no clause.
     */
    function titleCaseAfter(lastLine: string, firstLine: string): boolean {
      // (Most wrapped lines go on in lower case: no need to read their words.)
      if (startsLower(firstLine)) return false
      let capitalisedFunctionWords = 0
      let count = 0
      for (const word of firstLine.split(' ')) {
        if (!letterStart.test(word)) continue
        if (!upperStart.test(word)) return false
        count++
        if (word.length > 1 && words.has(word.toLowerCase()) && word.slice(1) === word.slice(1).toLowerCase()) capitalisedFunctionWords++
      }
      // (Not after a capitalised word: "… songs, including “Down By The" ⏎ "Harbour,” “Home On The Night Ferry,” …".)
      if (count < 4 || capitalisedFunctionWords < 2 || !startsLower(lastWord(lastLine) ?? '') || endsFunctionWord(lastLine) || clauseOpen.test(lastLine.slice(-2))) return false
      let lower = 0
      for (const word of lastLine.split(' ')) if (startsLower(word) && !words.has(word)) lower++
      return lower >= 2
    }

    /**
     * Count a decision for its message.
     */
    function count(reason: Reason, block: Block): undefined {
      const entry = counts.get(reason)
      if (entry) {
        entry.count++
        entry.last = block
      } else counts.set(reason, {count: 1, first: block, last: block})
    }

    /**
     * Decide whether `block` continues `previous`, and how to join them.
     */
    function decide(previous: Block, block: Block, after: Block | undefined, index: number): Decision | undefined {
      if (previous.data.fate || block.data.fate) return undefined
      // "20 Nov 2026, 9:42am" ⏎ "### New pier opens": a line that Markdown (or html2text)
      // marks as a heading starts a block, whatever the wrap width. (Its own
      // wrapped lines go on: "### New pier opens to" ⏎ "visitors".)
      if (block.data.kind === 'heading' && tree.data.source !== 'html') return undefined
      const gap = block.data.blankBefore
      // "## 3. Take stock" ⏎⏎ "Mindfulness is…": a blank line ends a heading so marked.
      if (gap > 0 && previous.data.kind === 'heading' && tree.data.source !== 'html') return undefined
      const head = textOf(previous)
      const tail = block.value
      if (block.data.kind === 'list-item') {
        // "… ended Sept." ⏎ "29. Most of the loss…": a number that a hard wrap put at a line start, no list item.
        if (gap === 0 && width !== undefined && previous.data.kind !== 'list-item' && numberStart.test(tail) && block.data.indent <= previous.data.indent && (!endsSentence(head) || endsAbbreviation(head))) {
          if (wrapsOnto(previous, block, width)) return {kind: 'space', reason: 'unwrap-lines'}
        }
        // "… только их и способен запасать" ⏎ "- такова наша физиология).": a dash that a hard wrap put at
        // a line start inside a sentence, no list item (no list opens mid-sentence, and no item follows it).
        // (The dash and the word after it are measured together: pandoc moves "- Frivolous" down as one.)
        if (gap === 0 && width !== undefined && block.data.bullet === '-' && previous.data.kind !== 'list-item' && block.data.indent <= previous.data.indent && !endsSentence(head) && !endsWithColon.test(head) && !(after && after.data.kind === 'list-item' && after.data.blankBefore === 0) && (cacheOf(previous).lastWidth ?? lineWidth(previous)) + 3 + firstWordWidth(block) > width) {
          block.value = '- ' + tail
          block.data.kind = 'paragraph'
          block.data.bullet = undefined
          return {kind: 'space', reason: 'unwrap-lines'}
        }
        // "Kestrel Bay, Nordland" ⏎⏎ "- The crews voted on Monday…": a hyphen after a place or an outlet in bold opens
        // the first sentence, in a text split at inline elements: no bullet (one such line alone, not a list).
        // (Not in Markdown, nor where the document has more such items: a list.)
        if (gap > 0 && fragments && block.data.bullet === '-' && !tree.data.markdown && previous.data.kind !== 'list-item' && !previous.data.joins && (hyphenItems ??= countHyphenItems(blocks)) === 1) {
          if (capitalisedStart.test(tail) && wordCount(tail, 8) >= 6 && !notAName.test(tail.slice(0, 30)) && (placeShape.test(head) || dateline.test(head)) && wordCount(head, 6) <= 4 && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated))) {
            block.value = '- ' + tail
            block.data.kind = 'paragraph'
            block.data.bullet = undefined
            return {kind: 'space', reason: 'join-fragments'}
          }
          // "Extra rule" ⏎⏎ "- no sweets after six, and…": a label in bold that a dash runs into its text in lower case.
          if (startsLower(tail) && !camelStart.test(tail) && wordCount(tail, 8) >= 4 && capitalisedStart.test(head) && wordCount(head, 6) <= 4 && !endsSentence(head) && !endsWithColon.test(head) && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated))) {
            block.value = '- ' + tail
            block.data.kind = 'paragraph'
            block.data.bullet = undefined
            return {kind: 'space', reason: 'join-fragments'}
          }
        }
        return undefined
      }

      // "  • Lower taxes for small" ⏎ "    firms" (an indented continuation of a list item).
      if (previous.data.kind === 'list-item') {
        if (gap === 0 && block.data.indent > previous.data.indent) {
          // "  • Sport" ⏎ "    Ferry crews vote to keep the late crossing": in hard-wrapped text a line whose
          // first word would have fit on the line before is no wrap but a line of its own (a card of
          // teasers rendered as one list item: label, headline, image text, summary).
          // (Two columns to spare: a link number cut from the line may have left its width a column short.)
          // (Not a line that goes on with punctuation or a parenthesis in lower case: "  • … retire early" ⏎
          // "    , you should aim…", where a link's target was cut from the line between them.)
          // (The first word is the input's: "-   [Ferry board approves the timetable for the" ⏎
          // "    Islands](https://…)" is a wrap, the target too long for the line above.)
          if (width !== undefined && !goesOnClause(tail) && (cacheOf(previous).lastWidth ?? lineWidth(previous)) + 1 + firstWordWidth(block) + 2 <= width) return undefined
          return {kind: joinKind(head, tail), reason: 'join-list-continuation'}
        }
        // "1. **[The board votes on the new timetable amid" ⏎ "protests](https://…).**": a wrap that did not
        // indent the rest of the item (a lazy continuation, in Markdown), where the item's line is full
        // and the next line goes on in lower case (or the document is Markdown).
        // (Not a paragraph after a list whose last item is long: "* Harbour_Board_Meets_Today" ⏎ "Editor's note: …".)
        // (Or where the item's line is longer than the width, a link's target the wrap could not cut,
        // and the next line goes on in lower case: "- If you plan to [retire" ⏎ "early](https://…/a-long-target)," ⏎ "you should…".)
        // (Or where the item's full line ends with a function word: "* Dates set by the board and" ⏎ "Harbour Office".)
        if (gap === 0 && width !== undefined && (tree.data.markdown || startsLower(tail) || startsClosing(tail) || endsFunctionWord(head)) && (fillsLine(previous, block, width) || (overlong(previous, width) && goesOnClause(tail)))) {
          return {kind: joinKind(head, tail), reason: 'join-list-continuation'}
        }
        // "9. Check your options for" ⏎⏎ "ferry insurance": a numbered heading cut at a link, in a text split at inline elements.
        if ((gap > 0 || !blankSeparated) && !(major && gap >= major) && fragments && endsFunctionWord(head) && goesOn(block) && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated))) {
          return {kind: joinKind(head, tail), reason: 'join-fragments'}
        }
        return undefined
      }
      if (major && gap >= major) return undefined
      // "June 9 – Harbour Hall" ⏏ "June 12 – Old Mill" ⏏ …: lines of a list, one per line.
      // (Where the renderer's wrap width is known, a line the next word did not fit on is wrapped first.)
      // (Nor where the line before is full: "… the board said on" ⏎ "Monday, after the vote, that…",
      // a hard-wrapped line of prose whose commas look like the separators of list lines.)
      if (listLines.has(block) && shared === undefined && !(gap === 0 && width !== undefined && fillsLine(previous, block, width))) {
        return {kind: 'newline', reason: 'keep-line-break'}
      }

      // Hard-wrapped text: the next line’s first word did not fit on this line.
      // (A column of a two-column layout is wrapped at its own width.)
      const limit = previous.data.wrapWidth !== undefined && previous.data.wrapWidth === block.data.wrapWidth ? previous.data.wrapWidth : width
      // "…夜の船が港を出ました。" ⏎ "乗組員によると…": html2text wraps at spaces only, so a line that ends a
      // Chinese or Japanese sentence before another is a paragraph of its own, however long.
      if (gap === 0 && tree.data.html2text && cjkStop.test(head.slice(-2)) && isCjk(tail.charAt(0))) return undefined
      // "… the Harbour Hawks won 5-" ⏎ "4 on Tuesday": a score or a range that the wrap cut at its hyphen.
      // (Only a line that ends with a hyphen is cut out and tested.)
      if (gap === 0 && limit !== undefined && head.charCodeAt(head.length - 1) === 45 && digitHyphenEnd.test(head.slice(-2)) && digitStart.test(tail)) return {kind: 'none', reason: 'unwrap-lines'}
      if (gap === 0 && limit !== undefined) {
        const cache = cacheOf(previous)
        const last = cache.lastWidth ?? lineWidth(previous)
        const lastLine = cache.lastPiece ?? head
        const firstLine = cacheOf(block).firstPiece ?? tail
        // ("Latest news" ⏎ "━━━━━━━━": a rule under a heading is no wrapped word.)
        if (!looksLikeTableRow(lastLine) && !looksLikeTableRow(firstLine) && block.data.indent <= previous.data.indent + 4 && !isRuleLine(firstLine) && !isRuleLine(lastLine)) {
          // ("https://harbour.example/gallery/…" ⏎ "White House": a link target too long for any line, the
          // renderer's own line, before a line that starts a new text; nor a target without a site,
          // "?subject=Night%20ferry…", after any line.)
          if (last + 1 + firstWordWidth(block) > limit && !opensLabelledList(head, tail) && !titleCaseAfter(lastLine, firstLine) && !(last > limit && head === lastLine && upperStart.test(tail) && hrefLine.test(head)) && !relativeHref.test(firstLine)) {
            if (dehyphenate && trailingHyphen.test(head.slice(-2))) return hyphenDecision(head, tail)
            // "…연기는 여전" ⏎ "히 시선을 끈다": a text browser cuts Korean anywhere once no wide
            // character fits; a word cut at a space ends on a particle ("…그녀는" ⏎ "배우다") or short of the width.
            // (Only where the renderer shows it cuts so: most such lines are full, not a few by chance.)
            // (The document's own words tell a cut inside a word from a swallowed space: "…통해" ⏎ "평범하고" keeps its space.)
            if (last + 2 > limit && isHangul(head.charCodeAt(head.length - 1)) && isHangul(tail.charCodeAt(0)) && !particleEnd.has(head.charCodeAt(head.length - 1)) && cutsHangul) {
              if (!koreanWords || !hangulSpaceAt(head, tail, koreanWords)) return {kind: 'none', reason: 'unwrap-lines'}
            }
            // "…するたびに" ⏎ "Kindleが…": a Latin word inside Chinese or Japanese text that such a wrap cut off.
            if (cutsCjk && (isCjk(head.charAt(head.length - 1)) ? latinStart.test(tail) : isCjk(tail.charAt(0)) && latinEnd.test(head.slice(-1)))) {
              return {kind: 'none', reason: 'unwrap-lines'}
            }
            // ("… were" ⏎ "”dwindling.”", `he said,` ⏎ `"maybe …`: a wrap cuts at a space, so a quote
            // that starts the line had one before it, however the page paired its quotes.)
            if (quoteStart.test(tail) && !endsOpening(head)) return {kind: 'space', reason: 'unwrap-lines'}
            // "…was patched twice last year." ⏎ "Advertisement" ⏎ "Traders on the quay…": a few
            // capitalised words after a sentence end, on a line the next line's first word would have
            // fit on, are a line of their own between paragraphs (a renderer that writes no blank lines
            // between them), not the last words of the paragraph.
            if (standsAlone(head, block, after, limit)) return undefined
            return {kind: joinKind(head, tail), reason: 'unwrap-lines'}
          }
        }
      }

      if (listLines.has(block)) return {kind: 'newline', reason: 'keep-line-break'}
      if (!fragments && gap > 0) return undefined
      // "* Dates may still change in 2027" ⏎⏎ "www.harbour.example": nothing goes on after a whole note.
      if (cacheOf(previous).note && !startsClosing(tail) && !endsFunctionWord(head) && !clauseOpen.test(head.slice(-2))) return undefined
      const decision = fragmentDecision(previous, block, after, index)
      if (decision || gap > 0 || !blankSeparated) return decision
      // "June 9 – Harbour Hall" ⏎ "June 12 – Old Mill": lines of one paragraph,
      // kept as lines; a sentence end before a capital stays a paragraph break.
      // (Chinese and Japanese have no capitals: a line after "。" without a blank line is a `<br>`.)
      // (Unless such line breaks are rare in the document: then they are `<br>` inside a paragraph,
      // "… the board said.\nThe crews left at six." in a text that separates its paragraphs with blank lines.)
      if (endsSentence(head) && !startsLower(tail) && !cjkStop.test(head.slice(-2)) && !(rareBreaks ??= rareSentenceBreaks(blocks, width))) return undefined
      if (isHeadingBefore(previous, head, tail)) return undefined
      if (looksLikeTableRow(cacheOf(previous).lastPiece ?? head) !== looksLikeTableRow(tail)) return undefined
      return {kind: 'newline', reason: 'keep-line-break'}
    }

    /**
     * Decide on a boundary from sentence structure alone.
     */
    function fragmentDecision(previous: Block, block: Block, after: Block | undefined, index: number): Decision | undefined {
      // (Past the script text a scraper took between them: "…岸壁の話。" ⏎ "(ads = …).push({});" ⏎ "The heading".)
      let before: Block | undefined
      if (previous === children[children.length - 1]) {
        let k = children.length - 2
        while (k >= 0 && isScriptText(children[k])) k--
        before = children[k]
      }
      const head = textOf(previous)
      const tail = block.value
      const reason: Reason = 'join-fragments'
      // "Harbour viewHarbour view": an image’s text shown twice (a text browser renders a lazy image and its copy) is no piece of a sentence.
      if (isDoubled(tail) || isDoubled(cacheOf(previous).lastPiece ?? head)) return undefined
      // "(BUTTON)" ⏎ "The crews…", "[IMG]": a text browser's placeholder for a button or an image is none either.
      if (isBrowserPlaceholder(tail) || isBrowserPlaceholder(cacheOf(previous).lastPiece ?? head)) return undefined
      // "…the harbour at night" ⏎ "Tags: night ferry | harbour": a tag list's cue opens no piece of a sentence either.
      if (opensLabelledList(head, tail)) return undefined
      // "Filed under: ferries" ⏎ "facebook" ⏎ "linkedin" ⏎ "print": a row of buttons, each a phrase of the packs, is no piece
      // of a sentence (one such word may be: "Sign up for our" ⏎ "newsletter" ⏎ "today.").
      if (startsLower(tail) && isButton(tail) && ((after !== undefined && isButton(after.value)) || isButton(cacheOf(previous).lastPiece ?? head))) return undefined
      // "Ferry crews train for the night crossing this" ⏎ "Quay Bar closes after forty years": headlines of a list
      // that the site cut at its length are no pieces of one sentence.
      if (inHeadlineList(previous, block, index)) return undefined

      // "December 1, 2023" ⏎ ", a document".
      // (Not a comma after a sentence end: "… on Saturday." ⏎ ", left, leads the crew" goes on from something cut out.)
      // (A title that ends with "?" or "!" may go on: "… the Planet?" ⏎ ", both".)
      // (Nor a short word before the period, maybe an abbreviation: "Harbour Ltd." ⏎ ", the owner".)
      if (startsClosing(tail)) return clauseMark.test(tail) && sentenceWordEnd.test(head.slice(-8)) ? undefined : {kind: 'none', reason}
      // "certain titles (" ⏎ "Destiny 2 is free".
      if (endsOpening(head)) return {kind: 'none', reason}
      // `said on the show "` ⏎ `Harbour Hour` ⏎ `" on Monday`: an ASCII quote after a space, with none open before it, opens.
      if (opensQuote(head)) return {kind: 'none', reason}
      // A line of a list takes no capitalised block after it ("Trips to the islands" ⏎ "Get ready to sail").
      // (Not once the line has run into a sentence: "PanARMENIAN.Net" ⏎ "- Verified reports … outside" ⏎ "Iran" ⏎ "show that…".)
      if (listLines.has(previous) && !(previous.data.joins && cacheOf(previous).lastWrapped === false && wordCount(head, 12) > 10) && !startsLower(tail)) return undefined
      // "the Fjord Index" ⏎ "(" ⏎ "FJX" ⏎ ")": a bracket alone opens inside the sentence.
      if (tail.length === 1 && endsOpening(tail) && previous.data.kind !== 'list-item' && !endsSentence(head)) return {kind: 'space', reason}
      // "— Vera Holm (@veraholm)" ⏎ "May 4, 2024": the date of a quoted post.
      if (head.charCodeAt(head.length - 1) === 41 /* ) */ && handleEnd.test(head.slice(-40)) && wordCount(tail, 6) <= 4 && yearInside.test(tail) && !endsSentence(tail)) return {kind: 'space', reason}

      // "drones" ⏎ "sheep farming" ⏎ "Aron Pike": a list of short labels, not a sentence.
      const tailStart = cacheOf(block).firstPiece ?? tail
      // (Unless the run of short pieces ends in a clause: "As both" ⏎ "Harbour News" ⏎ "and" ⏎ "Radio Nord" ⏎ "have reported, …".)
      if (!previous.data.joins && !endsFunctionWord(head) && !endsFunctionWord(tailStart) && isLabel(head) && isLabel(tailStart) && (startsLower(head) || (before !== undefined && isLabel(textOf(before))) || (after !== undefined && isLabel(cacheOf(after).firstPiece ?? after.value))) && !clauseAfterRun(index)) {
        return undefined
      }

      const ends = endsSentence(head)
      const lastChar = head.charAt(head.length - 1)

      // An ASCII quote that closes one opened before: `called it "` ⏎ `great" and`.
      if (!ends && (tail.charCodeAt(0) === 34 || tail.charCodeAt(0) === 39) && quoteOpen(head, tail.charAt(0))) {
        return {kind: 'none', reason}
      }

      // "…بعد حملة قادها" ⏎ "البحّارة" ⏎ "ومدارس الجزر.": in a script without capitals, a short piece
      // between a sentence begun and the rest of it (the sentence ends there or in the piece after it) is
      // a link's text inside the sentence, and the rest after that piece goes on with it. (Not a heading
      // before its paragraph, nor one headline after another: no short piece inside a sentence that ends.)
      // (These scripts start at U+0590: a cheap test settles Latin, Cyrillic and Greek text.)
      if (!ends && fragments && tail.charCodeAt(0) >= 0x0590 && head.charCodeAt(head.length - 1) >= 0x0590 && endsUncased(head) && uncasedLetter.test(tail.charAt(0)) && previous.data.kind !== 'list-item') {
        const piece = cacheOf(previous).lastPiece ?? head
        if (previous.data.joins && piece !== head && wordCount(piece, 6) <= 4) return {kind: 'space', reason}
        if (wordCount(head, 8) >= 6 && wordCount(tail, 6) <= 4 && (endsSentence(tail) || uncasedSentenceEnds(index + 1))) return {kind: 'space', reason}
      }

      if (startsLower(tail)) {
        // "About harbourpass" ⏎ "harbourpass sells tickets…": a heading whose last words start the text after it.
        if (repeatsEnd(head, tail)) return undefined
        // "the well-" ⏎ "known market" outside a wrap: keep the hyphen unless the document has the word.
        if (trailingHyphen.test(head.slice(-2))) return dehyphenate ? hyphenDecision(head, tail, reason) : {kind: 'none', reason}
        // "T" ⏎ "he crews sailed", "Enjoy Game D" ⏎ "ay Parties": a drop cap, when the document has the word it completes
        // (not the article of "A" ⏎ "slow ferry").
        if (dropCap(head, tail)) return {kind: 'none', reason}
        if (ends) {
          if (camelStart.test(tail)) return undefined
          // "tariffs hurt U.S." ⏎ "farmers": initials, not a sentence end.
          if (initialsEnd.test(head.slice(-12))) return {kind: 'space', reason}
          // "… not to work — i.e." ⏎ "to be free", "at 9 a.m." ⏎ "on Monday": a lower-case abbreviation.
          if (lowerInitialsEnd.test(head.slice(-12))) return {kind: 'space', reason}
          // "fines." ⏎ "for the delays": a one-link fragment ending in a stray period.
          const piece = cacheOf(previous).lastPiece ?? head
          // (Not the short last line of a wrapped paragraph: "… for the" ⏎ "customers." ⏎⏎ "harbourpass is…".)
          if (lastChar === '.' && strayPeriod.test(head.slice(-2)) && wordCount(piece, 8) <= 3 && !endsAbbreviation(head) && !cacheOf(previous).lastWrapped) {
            return {kind: 'drop-period', reason: 'drop-stray-period'}
          }
          // "the? New captain?" ⏎ "that rules the harbour", "what comes next …" ⏎ "the harbour".
          if (questionOrBang.test(head.slice(-3))) return {kind: 'space', reason}
          // "… see you all on the quay." ⏎ "pic.harbour.example/x7Yz": the link an embedded post ends with, shown
          // without its scheme (its display text), in the post's paragraph (not a list of links).
          if (previous.data.kind !== 'list-item' && schemelessLink.test(tail) && wordCount(head, 8) >= 6 && !(after && (schemelessLink.test(after.value) || bareLink.test(after.value)))) {
            return {kind: 'space', reason}
          }
          return undefined
        }
        if (lastChar === ':') {
          // "… in May. Tickets and times:" ⏎ "https://harbour.example/tickets": the link a sentence points to
          // (not a list of links, nor the link after a label: "Listen:" ⏎ "https://…").
          if (previous.data.kind !== 'list-item' && bareLink.test(tail) && wordCount(head, 8) >= 6 && !(after && bareLink.test(after.value))) return {kind: 'space', reason}
          // "Filed under:" ⏎ "economy" stays a label.
          return undefined
        }
        return {kind: joinKind(head, tail), reason}
      }


      // "“We will sail again.”" ⏎ "— Ilse Varga": the name of the speaker after a quotation belongs to it.
      if (quotationEnd.test(head.slice(-3)) && attribution.test(tail) && previous.data.kind !== 'list-item' && wordCount(tail, 7) <= 5 && !endsSentence(tail) && !notAName.test(tail)) {
        return {kind: 'space', reason}
      }
      // "Lt. Col." ⏎ "Ana Ruiz".
      if (ends) {
        // "… would have been Ellen" ⏎ "K.L." ⏎ "Marsh.”": the rest of a name cut at its initials.
        if (previous.data.joins && initialsOnly.test(cacheOf(previous).lastPiece ?? '') && capitalisedStart.test(tail)) return {kind: 'space', reason}
        if (endsAbbreviation(head) && !startsLower(tail)) return {kind: 'space', reason}
        return undefined
      }

      // "HONG KONG (AP)" ⏎ "— Harbour authorities said…", "Kestrel Bay (Harbour News)" ⏎ "The crews…": a dateline runs into the first sentence.
      // (The sentence may go on in the pieces after it: "(Harbour News)" ⏎ "A" ⏎ "slow ferry" ⏎ "left…", "The mayor," ⏎ "…".)
      if (head.endsWith(')') && dateline.test(head) && previous.data.kind !== 'list-item' && (wordCount(tail, 8) >= 6 || clauseOpen.test(tail.slice(-2)) || continuesAfter(block, after))) {
        return {kind: 'space', reason}
      }
      // "Kestrel Bay, Nordland" ⏎ "– The crews voted on Monday to…": a place (or an outlet) in bold before the dash
      // that opens the first sentence, in a text split at inline elements (not a date after a byline: "Ilse Varga" ⏎ "- May 4, 2024").
      if (previous.data.kind !== 'list-item' && !previous.data.joins && dashOpens.test(tail) && placeShape.test(head) && wordCount(head, 6) <= 4 && wordCount(tail, 8) >= 6 && !notAName.test(tail.slice(0, 30)) && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated))) {
        return {kind: 'space', reason}
      }
      // "…at dawn." ⏎ "In short" ⏎ "The night ferry returns…", three times or more: a bold label run into its
      // paragraph (`<p><b>In short</b> The night ferry returns…</p>`), in a text split at inline elements; a heading
      // is not the same before each paragraph.
      if (previous.data.kind !== 'list-item' && !previous.data.joins && head.length <= 40 && runInLabelShape.test(head) && before !== undefined && endsSentence(textOf(before)) && runsIn(tail) && endsSentence(tail) && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated)) && (repeatedLabels ??= repeatedRunInLabels(blocks, lexiconsFor(tree.data.language))).has(head)) {
        return {kind: 'space', reason}
      }
      // No sentence end before a capital, a digit or a quote: cut mid-sentence?
      // "…want a new pier." ⏎ "The bottom line" ⏎ "HarbourPass" ⏎ "is the only way…": a heading
      // after a paragraph, before a name that starts the next sentence.
      // (Not two words that open a sentence: "As both" ⏎ "Harbour News" ⏎ "and" ⏎ "Radio Nord" ⏎ "have reported".)
      if (before !== undefined && !previous.data.joins && isHeadingShape(head) && !endsFunctionWord(head) && !leadWords(head) && (wordCount(head, 4) >= 3 || !startsFunctionWord(head)) && endsSentence(textOf(before)) && !startsClosing(tail) && tail.charCodeAt(0) !== 40 /* ( */) {
        return undefined
      }
      // "Ship owner Lena Voss:" ⏎ "Fined twice for late fees, …": a bold label run into its text
      // (in a text split at inline elements; a label before a lower-case word stays apart).
      // (Not a heading that ends the article: "Sources:" ⏎ "Harbour Board, “Fares for 2030,” May 2030".)
      if (lastChar === ':' && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated)) && previous.data.kind !== 'list-item' && !previous.data.joins && wordCount(head, 8) <= 5 && !isLabel(tail) && !hasFunctionWord(head) && !isEndCue(head)) {
        return {kind: 'space', reason}
      }
      // "Pinpoint your buyer:" ⏎ "Who will pay for it? …", "Northport (1-0):" ⏎ "Lindqvist 25 points.": bold labels
      // run into their text, where the document shows several of them (a lead-in, "Here is the plan:", stays apart).
      if (lastChar === ':' && (block.data.blankBefore > 0 || !blankSeparated) && previous.data.kind !== 'list-item' && !previous.data.joins && isRunInLabel(head) && runsIn(tail) && !leadIn(head) && !isEndCue(head) && (runInStyle ??= runInEvidence(blocks, major, blankSeparated))) {
        return {kind: 'space', reason}
      }
      // "in the lab of Dr. Vale in 2011," ⏎ "Tomas Brand became": a clause goes on.
      if (clauseOpen.test(head.slice(-2))) return {kind: joinKind(head, tail), reason}
      let word = lastWord(head)
      // A handle or a hashtag is a label, not a word of a sentence: "@portnews" ⏎ "В интервью" ⏎ "капитан рассказал" ⏎ ", что…".
      if (word && isTagged(head, word)) word = undefined
      // So is a link: "… see https://harbour.example/tickets" ⏎ "The crews…".
      if (word && linkEnd.test(head.slice(-120))) word = undefined
      const own = previous.data.kind !== 'list-item'
      // "a report by the Harbour Council’s" ⏎ "Fisheries Board said": a possessive needs its noun.
      // (A short name after it too, when the possessive ends a longer text: "while Nordland’s" ⏎ "Fjord Index".)
      // "… the Harbour Council’s" ⏎ "Fisheries Board", "… performances of 1987’s" ⏎ "Northern Lights".
      if (own && word && possessiveEnd.test(head.slice(-4)) && (!isLabel(tail) || previous.data.joins || wordCount(head, 8) >= 4 || continuesAfter(block, after))) return {kind: 'space', reason}
      if (own && tail.charCodeAt(0) === 40 /* ( */) {
        // "The ferry sails with 40 cars" ⏎ "(the old one took 25), and…".
        if (word && (startsLower(word) || /\d$/.test(head.slice(-1))) && (previous.data.joins || (wordCount(head, 8) >= 4 && parenthesisGoesOn.test(tail)))) return {kind: 'space', reason}
        // "the Harbour Safety Board" ⏎ "(HSB) said on Monday": a parenthesis inside a clause that goes on after it.
        if ((word || /\d$/.test(head.slice(-1))) && (parenthesisLower.test(tail) || parenthesisThenClause.test(tail.length > 80 ? tail.slice(0, 80) : tail))) return {kind: 'space', reason}
      }
      // "… would have been Ellen" ⏎ "K.L." ⏎ "Marsh": a name cut at its initials.
      if (own && initialsStart.test(tail) && capitalisedEnd.test(head.slice(-30))) return {kind: 'space', reason}
      // "… the board reports its results" ⏎ "Wednesday.": the end of a sentence cut before a name (a heading is no such text).
      if (own && word && startsLower(word) && shortCapitalised.test(tail) && wordCount(head, 8) >= 6) return {kind: 'space', reason}
      // "lower levels of salt" ⏎ "— the mineral that…": a dash that goes on in lower case.
      if (dashGoesOn.test(tail)) return {kind: 'space', reason}
      // "published on" ⏎ "Walikali and".
      // "… petroleum products. On" ⏎ "December 1, 2023" (capitalised at a sentence start).
      // ("CHEER ON" ⏎ "The crews…": lead words in capitals end with a function word too.)
      if (word && words.has(word.toLowerCase()) && (startsLower(word) || sentenceStart(head, head.length - word.length) || (!previous.data.joins && leadWords(head)))) {
        return {kind: joinKind(head, tail), reason}
      }
      // "… the costs. Under" ⏎ "The Silver Heron" ⏎ ", a captain…": a sentence that has only begun after a sentence end inside the block.
      // (A prose block, not a menu entry: "Reg. Offices".)
      if (word && own && openSentence.test(head.slice(-40)) && wordCount(head, 8) >= 6 && !endsAbbreviation(head.slice(0, -word.length).trimEnd())) {
        return {kind: joinKind(head, tail), reason}
      }
      // "… of my own. The ship was called" ⏎ "The Silver Heron, and it was".
      if (word && startsLower(word) && wordCount(head, 16) >= 12 && hasSentenceInside(head)) return {kind: joinKind(head, tail), reason}
      // "Ferry fares down for winter" ⏎ "Ferry fares on" ⏎ "the north route fall…": a heading that the text after it restates starts no sentence there.
      if (!previous.data.joins && restates(head, tail)) return undefined
      // "… told" ⏎ "The Harbour Gazette" ⏎ ". “We are ready…”": a short link text glued on both sides.
      // (Not the name of a byline under a headline: "…know today" ⏎ "Ana Ruiz" ⏎ "," ⏎ "Harbour Courier" ⏎ "19.11.2030, 08:57".)
      if (word && startsLower(word) && continuesAfter(block, after) && !opensByline(index)) return {kind: joinKind(head, tail), reason}
      // "… a payout that the harbour" ⏎ "Council member Ivo Marek called on the radio" ⏎ "a waste.": a longer link text
      // glued on both sides, after prose (not after a heading: "Print this page" ⏎ "T" ⏎ "he crews…").
      // (Or after a number: "… an even better reviewed $99" ⏎ "Harbour Lamp 3 desk light" ⏎ ". I tried one…".)
      if (((word && startsLower(word)) || digitEnd.test(lastChar)) && (previous.data.joins !== undefined || wordCount(head, 10) >= 8) && gluedOnBoth(block, after) && !opensByline(index)) return {kind: joinKind(head, tail), reason}
      // "Wells Harbour" ⏎ "analyst" ⏎ "Ivo Marek" ⏎ "points out …", "… such as President Ivo" ⏎ "Marek" ⏎ "and the board":
      // a short name run into a clause after it, inside a text split at inline elements.
      // (Not before a function word that starts a sentence: "… world trade" ⏎ "By" ⏎ "Ivo Marek" ⏎ "on Monday".)
      if (own && (word || /\d$/.test(lastChar)) && !tailStart.endsWith(':') && isLabel(tailStart) && !startsFunctionWord(tailStart) && (fragmentStyle ??= fragmentEvidence(blocks, blankSeparated))) {
        // (A whole line on its own, "Focus on the near future of your harbour", is a heading: not before a name.)
        if (word && startsLower(word) && (previous.data.joins !== undefined || isLabel(head)) && clauseAfterRun(index)) return {kind: joinKind(head, tail), reason}
        if (previous.data.joins && (clauseAfterRun(index) || (after !== undefined && lowerAfter(after)))) return {kind: joinKind(head, tail), reason}
      }
      // "Dabei hilft die" ⏎ "Software HafenDesk" ⏎ "Reedereien, Häfen und Werften dabei, …": in German every noun is
      // capitalised, so a capital goes on the sentence a link's text cut (the pieces joined so far end no sentence,
      // the last one a link's few words), unless a word that opens sentences comes first ("Die Crews…", "Wir…").
      if (capitalNouns && own && previous.data.joins && wordCount(cacheOf(previous).lastPiece ?? head, 6) <= 4 && wordCount(tail, 8) >= 6 && !startsFunctionWord(tail) && !isLabel(tail)) {
        return {kind: joinKind(head, tail), reason}
      }
      // Chinese or Japanese cut mid-sentence: "…の" ⏎ "リンク".
      // (Not after a phrase in Japanese corner brackets when no particle follows: a Japanese
      // sentence goes on after one with a particle, "「設定」" ⏎ "を開く"; "…「設定を開く」" ⏎ "次に…" is a new step.)
      if (isCjk(lastChar) && isCjk(tail.charAt(0)) && (head.length >= 10 || lastChar === '、' || lastChar === '，' || cjkParticle.test(lastChar))) {
        if (cornerClose.test(lastChar) && !kanaOrMark.test(tail.charAt(0)) && hiragana.test(head.slice(-60))) return undefined
        return {kind: 'none', reason}
      }
      // "…管理ソフト" ⏎ "HarbourPass" ⏎ "の設定です。": a Latin name inside a Chinese or
      // Japanese sentence (spaced, as such names are written).
      if (isCjk(lastChar) && latinStart.test(tail) && cjkContinuesAfter(block, after)) return {kind: 'space', reason}
      if (cacheOf(previous).cjkContinues && isCjk(tail.charAt(0))) return {kind: 'space', reason}
      return undefined
    }

    /**
     * Whether a short Latin block inside Chinese or Japanese text is followed by
     * the rest of its sentence (decided once, cached).
     */
    function cjkContinuesAfter(block: Block, after: Block | undefined): boolean {
      const cache = cacheOf(block)
      if (cache.cjkContinues !== undefined) return cache.cjkContinues
      const value = block.value
      cache.cjkContinues = Boolean(
        after && after.data.kind !== 'list-item' && (!major || after.data.blankBefore < major) && wordCount(value, 8) <= 4 && !endsSentence(value) && isCjk(after.value.charAt(0)) && !isCjkPunctuation(after.value.charAt(0))
      )
      return cache.cjkContinues
    }

    /**
     * Whether the run of short pieces after `blocks[index]` (labels, bare
     * function words, stray punctuation) ends in a clause that goes on in lower
     * case: "Harbour News" ⏎ "and" ⏎ "Radio Nord" ⏎ "have reported, …" (looked at
     * once per block, at most a few blocks ahead).
     */
    function clauseAfterRun(index: number): boolean {
      // Looked up once per block and run (a re-run decides no boundary twice): no cache objects made.
      clauseAfter ||= new Int8Array(blocks.length)
      const known = clauseAfter[index]
      if (known !== 0) return known === 1
      let result = false
      for (let i = index + 1; i < blocks.length && i <= index + runLookahead; i++) {
        const next = blocks[i]
        if (next.data.kind === 'list-item' || (major && next.data.blankBefore >= major)) break
        const value = (next.data.cache?.lines as LineCache | undefined)?.firstPiece ?? next.value
        // A drop cap ("T" ⏎ "he harbour…") or a label that opens something new ("Topics:") ends the run.
        if (value.charCodeAt(value.length - 1) === 58 /* : */ || (value.length === 1 && isLetter(value.charCodeAt(0)))) break
        if (value.length <= 2 || isLabel(value)) continue
        // (", что боится штормов…": a clause that goes on after a comma, too.)
        result = (startsLower(value) && !camelStart.test(value) && !domainStart.test(value)) || startsClosing(value)
        break
      }
      clauseAfter[index] = result ? 1 : 2
      return result
    }

    /**
     * Whether a block goes on in lower case or with a parenthesis (not a comma:
     * "Tag A" ⏎ "," ⏎ "Tag B" is a list).
     */
    function lowerAfter(block: Block): boolean {
      // (Not a list item: "Extra rule" ⏎ "- no sweets…" goes on from its own label, not from the text before it.)
      if ((major && block.data.blankBefore >= major) || block.data.kind === 'list-item') return false
      const value = block.value
      return (startsLower(value) && !camelStart.test(value) && !domainStart.test(value)) || value.charCodeAt(0) === 40
    }

    /**
     * Whether a short block without a sentence end is glued to the block after
     * it (found by looking ahead on a first run, by its joins on a second).
     */
    function continuesAfter(block: Block, after: Block | undefined): boolean {
      const cache = cacheOf(block)
      if (cache.continues !== undefined) return cache.continues
      const first = block.value
      let continues = false
      if (wordCount(first, 8) <= 6 && !endsSentence(first) && after && after.data.kind !== 'list-item') {
        // ("ATTENTION: Comments that insult other readers or" ⏎ "that are off topic…": in hard-wrapped
        // text, a line that the next line's first word would not fit on is a wrapped line of prose, no link text.)
        if ((!major || after.data.blankBefore < major) && !(width !== undefined && after.data.blankBefore === 0 && wrapsOnto(block, after, width))) {
          const tail = after.value
          continues = startsClosing(tail) || (startsLower(tail) && !camelStart.test(tail)) || tail.charCodeAt(0) === 40
          // ("Name" ⏎ "(required)", "Don't Miss" ⏎ "false": a form's note or a script's value alone, no text that goes on.)
          if (continues && (wholeParenthesis.test(tail) || scriptValue.test(tail))) continues = false
          // ("W" ⏎ "hile the crews…": a drop cap starts a paragraph, it is no link text.)
          if (continues && first.length === 1 && dropCap(first, tail)) continues = false
        }
      }
      cache.continues = continues
      return continues
    }

    /**
     * Whether a sentence in a script without capitals ends within the three
     * blocks from `from`, each of them a piece of it (no list item, no
     * paragraph break of the document's major separator, starting with a
     * letter of such a script): "ومدارس الجزر." after a link's text.
     */
    function uncasedSentenceEnds(from: number): boolean {
      for (let k = from; k < blocks.length && k < from + 3; k++) {
        const next = blocks[k]
        if (next.data.fate || next.data.kind === 'list-item' || (major && next.data.blankBefore >= major) || !uncasedLetter.test(next.value.charAt(0))) return false
        if (endsSentence(next.value)) return true
      }
      return false
    }

    /**
     * Whether a block of up to twelve words without a sentence end goes on in
     * lower case or with closing punctuation in the block after it.
     */
    function gluedOnBoth(block: Block, after: Block | undefined): boolean {
      if (!after || after.data.kind === 'list-item' || (major && after.data.blankBefore >= major)) return false
      // (Pieces apart, not the lines of a wrapped paragraph.)
      if (blankSeparated && (after.data.blankBefore === 0 || block.data.blankBefore === 0)) return false
      // "A crew of the harbour board, from the north quay," ⏎ "repaired the ramp…": in hard-wrapped text,
      // a line that the next line's first word would not fit on is a wrapped line of prose, no piece.
      if (width !== undefined && after.data.blankBefore === 0 && wrapsOnto(block, after, width)) return false
      const value = block.value
      if (endsSentence(value) || wordCount(value, 14) > 12) return false
      const next = after.value
      return startsClosing(next) || (startsLower(next) && !camelStart.test(next) && wordCount(next, 3) >= 2)
    }

    /**
     * Join at a hyphen: drop it when the joined word occurs in the document,
     * keep it otherwise ("well-" ⏎ "known" → "well-known").
     */
    function hyphenDecision(head: string, tail: string, keep: Reason = 'unwrap-lines'): Decision {
      const before = hyphenWord.exec(head.slice(-40))
      const after = leadingWord.exec(tail)
      if (before && after && startsLower(after[0])) {
        vocabulary ||= vocabularyOf()
        if (vocabulary.has((before[1] + after[0]).toLowerCase())) return {kind: 'dehyphenate', reason: 'dehyphenate'}
      }
      return {kind: 'none', reason: keep}
    }

    /**
     * Whether `head` ends with a lone capital letter (`T`, `Enjoy Game D`) that
     * starts the word `tail` goes on with, as the document writes it elsewhere
     * (`The`, `Day`) or a function word (`W` ⏎ `hile`).
     */
    function dropCap(head: string, tail: string): boolean {
      const code = head.charCodeAt(head.length - 1)
      if (head.length > 1 && head.charCodeAt(head.length - 2) !== 32) return false
      if (!(code >= 65 && code <= 90) && !(code > 127 && upperLetter.test(head.charAt(head.length - 1)))) return false
      const rest = leadingWord.exec(tail)
      if (!rest) return false
      // "M" ⏎ "ost crews…": a letter on its own that is no word ("A" ⏎ "slow ferry" is).
      if (head.length === 1 && !oneLetterWords.has(head.toLowerCase())) return true
      const joined = (head.charAt(head.length - 1) + rest[0]).toLowerCase()
      // (A function word needs no other evidence: "W" ⏎ "hile the crews…".)
      if (rest[0].length > 1 && anyFunctionWord.has(joined)) return true
      vocabulary ||= vocabularyOf()
      return vocabulary.has(joined)
    }

    /**
     * The lower-cased words of the document (built once, on demand).
     */
    function vocabularyOf(): Set<string> {
      const set = new Set<string>()
        for (const block of blocks) {
        someWord(block.value, (word) => {
          set.add(word.toLowerCase())
          return false
        })
      }
      return set
    }
  }
}

/** Fewest words of a note that starts with an asterisk. */
const minimumNoteWords = 5

/**
 * Give back their asterisk to notes written with one at the margin of the
 * text, a paragraph each (`* Dates may still change.` under a timetable): in a
 * text that is no Markdown, no renderer writes such bullets (text browsers
 * indent theirs or draw `•`), the page does. (A block between blank lines, at
 * the indent of the text before it, five words or more.)
 *
 * @param blocks The blocks (on a first run).
 * @returns The blocks given back their asterisk.
 */
function keepAsterisks(blocks: Block[]): Block[] {
  const kept: Block[] = []
  for (let index = 1; index < blocks.length; index++) {
    const block = blocks[index]
    const data = block.data
    if (data.bullet !== '*' || data.kind !== 'list-item' || data.blankBefore === 0) continue
    const previous = blocks[index - 1]
    const next = blocks[index + 1] as Block | undefined
    if (previous.data.kind === 'list-item' || previous.data.indent !== data.indent || (next && next.data.blankBefore === 0)) continue
    if (wordCount(block.value, minimumNoteWords) < minimumNoteWords) continue
    block.value = '* ' + block.value
    data.kind = 'paragraph'
    data.bullet = undefined
    cacheOf(block).note = true
    kept.push(block)
  }
  return kept
}

/** How many list items start with a hyphen (`- Ferries`), counting up to two. */
function countHyphenItems(blocks: Block[]): number {
  let count = 0
  for (const block of blocks) if (block.data.bullet === '-' && block.data.kind === 'list-item' && ++count > 1) break
  return count
}

// A list number: "1.", "12)".
const listNumber = /^\d{1,3}[.)]$/

/** Whether a block is a list item that starts with its number (`1. The crews…`), not decided on by an earlier step (a list of link targets). */
function isNumbered(block: Block): boolean {
  const marker = block.data.bullet
  return block.data.kind === 'list-item' && !block.data.fate && marker !== undefined && listNumber.test(marker) && block.value.startsWith(marker)
}

/**
 * How to glue two pieces: with a space, or with nothing next to punctuation,
 * between Chinese or Japanese characters, and inside paired ASCII quotes.
 *
 * @param head Text before the break.
 * @param tail Text after the break.
 */
export function joinKind(head: string, tail: string): 'space' | 'none' {
  if (startsClosing(tail) || endsOpening(head)) return 'none'
  const last = head.charAt(head.length - 1)
  const first = tail.charAt(0)
  if (isCjk(last) && isCjk(first)) return 'none'
  // "at http://" ⏎ "www.harbour.example/news": a link cut after its scheme.
  if (last === '/' && head.endsWith('://')) return 'none'
  // `the` ⏎ `'upgrade'`: a quote after the break opens unless one is open before it
  // (after a sentence end, a quote before a capital opens a new quotation: `…she said.` ⏎ `"Then we…`).
  if (first === '"' || first === "'") return quoteOpen(head, first) && !(endsSentence(head) && quotedCapital.test(tail)) ? 'none' : 'space'
  // `said "` ⏎ `hello"`: a quote before the break that opens.
  // (Right after a word or a sentence end it closes, or is an apostrophe: `the dockers'` ⏎ `union`.)
  if (last === '"' || last === "'") return quoteOpen(head.slice(0, -1), last) || closesAfter(head.charCodeAt(head.length - 2)) ? 'space' : 'none'
  return 'space'
}

/**
 * Whether a quote after this character closes: a letter, a digit or a sentence end before it.
 *
 * @param code The code unit before the quote.
 */
function closesAfter(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 44 /* , */
}

// A quote before a capital: `"Then`.
const quotedCapital = /^["']\p{Lu}/u

/**
 * Whether an ASCII quote is open at the end of `text` (an odd number of
 * them; for `'`, only those not between two letters, which are apostrophes).
 *
 * @param text Text.
 * @param quote `"` or `'`.
 */
function quoteOpen(text: string, quote: string): boolean {
  let open = false
  const code = quote.charCodeAt(0)
  const from = text.length > 2000 ? text.length - 2000 : 0
  for (let i = from; i < text.length; i++) {
    if (text.charCodeAt(i) !== code) continue
    if (code === 39 && i > 0 && i + 1 < text.length && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) continue
    open = !open
  }
  return open
}

/**
 * Whether text ends with an ASCII double quote that opens: after a space, with
 * none open before it (`said on the show "`).
 *
 * @param text Text, trimmed.
 */
function opensQuote(text: string): boolean {
  return text.length > 2 && text.charCodeAt(text.length - 1) === 34 && text.charCodeAt(text.length - 2) === 32 && !quoteOpen(text.slice(0, -1), '"')
}

// A date or a time that ends a byline: "19.11.2030, 08:57", "May 3, 2030", "3 hours ago".
const bylineDate = /^\p{L}{0,10}\.? ?\d{1,4}[./ -]/u

// A Chinese or Japanese sentence end, maybe before a closing bracket: "。", "！」".
const cjkStop = /[。！？][」』）]?$/u

// Words of one letter ("A" ⏎ "slow ferry" is no drop cap): articles, pronouns, conjunctions, prepositions.
const oneLetterWords = new Set('a i o e y u à á é è ó ò ú ù я и в с к о у а'.split(' '))

// An upper-case letter beyond ASCII: "É".
const upperLetter = /^\p{Lu}$/u

// Letters (a code unit: `/\p{L}/u` on the one character; no letter past the end of a text).
function isLetter(code: number): boolean {
  return !Number.isNaN(code) && isLetterCode(code)
}

// A dateline at a block start glued to the capitalised word after it: "(Harbour News)The", "KESTREL BAY (HN)The".
const gluedDateline = /^(?:\p{Lu}[\p{L}.'’-]*,?\s){0,4}\(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?\)(?=\p{Lu}(?:\p{Ll}|\s\p{Ll}))/u
// A dash that opens a sentence: "– The crews", "-- The crews".
const dashOpens = /^(?:[—–]|--?)\s+\p{Lu}/u
// Capitalised words, maybe a comma and more of them: "Kestrel Bay, Nordland", "NORTHPORT, NL", "HarbourNews.Net".
const placeShape = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)?$/u
// A dateline: capitalised place words (maybe none), then a news agency or outlet in parentheses: "HONG KONG (AP)", "(Harbour News)".
const dateline = /^(?:\p{Lu}[\p{L}.'’-]*,?\s){0,4}\(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?\)$/u

// A heading: a capital or a digit first, no comma, semicolon or sentence end inside, no possessive at the end.
const headingShape = /^[\p{Lu}\p{N}][^,;.!?。，]*$/u
// A capitalised word, or a word of one capital letter, that opens a sentence: "The crews", "A crew".
const sentenceOpening = /^\p{Lu}(?:\p{Ll}|\s\p{Ll})/u
// A digit and a hyphen at a line end ("5-"), a digit at a line start ("4 on Tuesday").
const digitHyphenEnd = /\p{N}-$/u
const digitStart = /^\p{N}/u

// A heading in quotation marks: "“We write with urgency”".
const quotedHeading = /^[“"‘].+[”"’]$/u

/**
 * Whether a line is shaped like a short heading (`The bottom line`, `Going
 * forward`): four words at most (a longer one may be the start of a sentence
 * cut before a name), a capital first, no comma or sentence end, not ending
 * with a possessive or a colon.
 *
 * @param text The line.
 */
function isHeadingShape(text: string): boolean {
  if (text.length > 100 || wordCount(text, 6) > 4 || !headingShape.test(text)) return false
  const last = text.charCodeAt(text.length - 1)
  return last !== 58 /* : */ && !possessive.test(text.slice(-4))
}

/**
 * Whether a line is a heading on its own line right before a paragraph
 * ("Opening hours" ⏎ "The museum opens at nine on weekdays and…"): a short
 * line of one piece without a sentence end, a comma or a colon, before a
 * line that opens with a capital and holds a sentence ("Wordcount: 412" ⏎
 * "Published: May 4, 2024, 6:18 p.m." stay lines of one paragraph).
 *
 * @param previous The block of the line before.
 * @param head Its text.
 * @param tail The next line.
 */
function isHeadingBefore(previous: Block, head: string, tail: string): boolean {
  // ("“We write with urgency”" ⏎ "In a letter…": a heading may be a quotation.)
  const bare = quotedHeading.test(head) ? head.slice(1, -1) : head
  if (previous.data.joins || head.length > 100 || !headingShape.test(bare) || wordCount(head, 12) > 10 || head.includes(':') || endsFunctionWord(bare)) return false
  // (The paragraph may be a lead-in: "Summary" ⏎ "This report covers three points:".)
  return sentenceOpening.test(tail) && wordCount(tail, 8) >= 6 && (endsSentence(tail) || endsWithColon.test(tail)) && hasAnyFunctionWord(tail)
}

/**
 * Whether a UTF-16 code unit is a Hangul syllable.
 *
 * @param code Code unit.
 */
function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}

/**
 * Whether hard-wrapped text cuts Korean inside words (or, with `cjk`,
 * Chinese and Japanese anywhere): of the wrapped lines that end and go on
 * with a Hangul syllable (a Chinese or Japanese character), at least three
 * and most (70%) fill the line (one more wide character would not fit). A
 * wrap at spaces fills it now and then.
 *
 * @param blocks The blocks, one per input line.
 * @param width The wrap width.
 * @param cjk Look at Chinese and Japanese instead of Korean.
 */
function wideCut(blocks: Block[], width: number, cjk: boolean): boolean {
  let lines = 0
  let full = 0
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]
    const previous = blocks[i - 1]
    if (block.data.blankBefore !== 0) continue
    const head = previous.value
    const tail = block.value
    if (cjk ? !isCjk(tail.charAt(0)) || !isCjk(head.charAt(head.length - 1)) : !isHangul(tail.charCodeAt(0)) || !isHangul(head.charCodeAt(head.length - 1))) continue
    // (Only wrapped lines: the next word would not have fit.)
    const last = lineWidth(previous)
    if (last + 1 + firstWordWidth(block) <= width) continue
    lines++
    if (last + 2 > width) full++
  }
  return full >= 3 && full >= lines * 0.7
}

// Korean particles that end a word (topic and object markers: 은 는 을 를): a line ending with one ends at a space.
const particleEnd = new Set([0xc740, 0xb294, 0xc744, 0xb97c])

// A run of white space.
const spaces = /\s+/
// Punctuation around a word: "harbourpass," → "harbourpass". (Run on the
// words of a line's first or last 60 characters.)
const wordEdges = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu

/**
 * Whether `tail` starts with the word or words that `head` ends with ("About
 * harbourpass" ⏎ "harbourpass sells…", "Our partner: eZ Ferries" ⏎ "eZ Ferries
 * is…"): a heading or label before a text that opens with its subject; a
 * sentence cut in two does not repeat itself across the cut. A heading in
 * capitals repeats them in capitals ("OUR PARTNER: EZ FERRIES" ⏎ "eZ Ferries
 * is…"). One word must have three letters or more and not be a function
 * word ("that" ⏎ "that").
 *
 * @param head Text before the break.
 * @param tail Text after the break.
 */
function repeatsEnd(head: string, tail: string): boolean {
  // Most boundaries: the tail’s first word is not among the head’s last characters.
  const space = tail.indexOf(' ')
  if (space < 1) return false
  const end = head.length > 60 ? head.slice(-60) : head
  const start = tail.slice(0, Math.min(space, 3))
  // ("OUR PARTNER: EZ FERRIES" ⏎ "eZ Ferries is…": a heading in capitals, as some converters write it.)
  if (!end.includes(start) && !end.includes(start.toUpperCase())) return false
  const last = end.split(spaces)
  const first = (tail.length > 60 ? tail.slice(0, 60) : tail).split(spaces)
  // (The tail may be the repeated words alone: "Our partner: eZ Ferries" ⏎ "eZ Ferries" ⏎ "is a …".)
  for (let k = 1; k <= 3 && k <= last.length && k <= first.length; k++) {
    let same = true
    for (let i = 0; i < k && same; i++) {
      const a = last[last.length - k + i].replace(wordEdges, '')
      const b = first[i].replace(wordEdges, '')
      same = a !== '' && (a === b || (a !== a.toLowerCase() && a === a.toUpperCase() && a === b.toUpperCase()))
    }
    if (!same) continue
    const word = first[0].replace(wordEdges, '')
    if (k > 1 || (word.length >= 3 && !anyFunctionWord.has(word.toLowerCase()))) return true
  }
  return false
}

/**
 * Whether a short text is one string written twice ("Harbour viewHarbour
 * view"), as a text browser shows the text of an image and of its copy.
 *
 * @param text Text.
 */
function isDoubled(text: string): boolean {
  const length = text.length
  if (length < 6 || length > 200 || length % 2 !== 0) return false
  const half = length / 2
  if (text.charCodeAt(0) !== text.charCodeAt(half) || text.charCodeAt(half - 1) !== text.charCodeAt(length - 1)) return false
  for (let i = 1; i < half - 1; i++) if (text.charCodeAt(i) !== text.charCodeAt(half + i)) return false
  return true
}

/**
 * Whether `tail` opens with the first two words of `head` ("Ferry fares
 * down" ⏎ "Ferry fares on…"): a sentence cut in two does not start over.
 *
 * @param head Text before the break.
 * @param tail Text after the break.
 */
function restates(head: string, tail: string): boolean {
  const first = head.indexOf(' ')
  if (first < 1) return false
  const second = head.indexOf(' ', first + 1)
  const prefix = second < 0 ? head : head.slice(0, second)
  return tail.length > prefix.length && tail.charCodeAt(prefix.length) === 32 && tail.startsWith(prefix) && !anyFunctionWord.has(head.slice(0, first).toLowerCase())
}

// A headline starts with a capital, a digit or a quote (or in Chinese or Japanese).
const headlineStart = /^["“‘'«„]?[\p{Lu}\d\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
// A sentence end before the next sentence: prose, no headline.
// (Not after an initial: "… WR T.J. Berg to play", "J.J. Lind gives…".)
const sentenceInside = /[.!?](?<!(?:^|[\s.])\p{Lu}[.!?])["”’]?\s+["“]?\p{Lu}/u

/**
 * Whether a block may be a headline of a list: one line of 25 to 150
 * characters (10 in Chinese, Japanese or Korean), from a capital, no period
 * at its end and no sentence end inside ("Ferry crews train for the night
 * crossing this").
 *
 * @param text Text.
 */
function isHeadlineItem(text: string): boolean {
  const n = text.length
  if (n > 150 || n < 10 || (n < 25 && !isCjk(text.charAt(n - 1)) && !isHangul(text.charCodeAt(n - 1)))) return false
  if (!headlineStart.test(text) || text.includes('\n')) return false
  const last = text.charCodeAt(n - 1)
  return last !== 46 /* . */ && last !== 0x3002 /* 。 */ && !sentenceInside.test(text)
}

/**
 * Whether text may be an entry of a menu: 30 characters at most, from a capital, no sentence end ("S.A. Weather & Tides").
 *
 * @param text Text.
 */
function isMenuEntry(text: string): boolean {
  return text.length <= 30 && headlineStart.test(text) && !endsSentence(text)
}

/**
 * Whether text is a short label (three words at most, no sentence end): "sheep farming".
 *
 * @param text Text.
 */
function isLabel(text: string): boolean {
  return wordCount(text, 5) <= 3 && !endsSentence(text)
}

// The short phrases of the packs, by language (made once per language).
const buttonCache = new Map<string, ReadonlySet<string>>()

/**
 * The phrases of a language's packs (and English) of thirty characters at
 * most, the buttons and labels that are boilerplate as whole lines.
 *
 * @param language ISO 639-1 code, or `undefined`.
 */
function buttonsOf(language: string | undefined): ReadonlySet<string> {
  const key = language || ''
  let found = buttonCache.get(key)
  if (!found) {
    found = new Set(lexiconsFor(language).flatMap((d) => d.boilerplate.filter((phrase) => phrase.length <= 30)))
    buttonCache.set(key, found)
  }
  return found
}

/**
 * Whether text ends with a function word of any language ("It was their").
 *
 * @param text Text.
 */
function endsFunctionWord(text: string): boolean {
  const word = lastWord(text)
  return word !== undefined && startsLower(word) && anyFunctionWord.has(word)
}

/**
 * Whether the last word of text is a handle or a hashtag (`@portnews`, `#ferry`): a label, not a word of a sentence.
 *
 * @param text Text.
 * @param word Its last word.
 */
function isTagged(text: string, word: string): boolean {
  const at = text.length - word.length - 1
  if (at < 0) return false
  const code = text.charCodeAt(at)
  return code === 64 /* @ */ || code === 35 /* # */
}

/**
 * Whether text starts with a function word of any language ("By Ivo Marek").
 *
 * @param text Text.
 */
function startsFunctionWord(text: string): boolean {
  const match = leadingWord.exec(text)
  return match !== null && anyFunctionWord.has(match[0].toLowerCase())
}

/**
 * Whether a word at `index` starts a sentence (text start, or a sentence end before it).
 *
 * @param text Text.
 * @param index Where the word starts.
 */
function sentenceStart(text: string, index: number): boolean {
  let i = index
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--
  return i === 0 || (i < index && endsSentence(text.slice(Math.max(0, i - 4), i)))
}

/**
 * The block’s cache for line facts.
 */
function cacheOf(block: Block): LineCache {
  const cache = blockCache(block)
  // Every field present from the start: one object shape, fast reads.
  return ((cache.lines as LineCache | undefined) ||= {
    firstWidth: undefined,
    lastWidth: undefined,
    lastPiece: undefined,
    lastWrapped: undefined,
    firstPiece: undefined,
    continues: undefined,
    cjkContinues: undefined,
    hangs: undefined,
    note: undefined
  })
}

/**
 * Display width of a one-line block as the input shows it: indentation,
 * bullet and the pieces stripped from it included.
 */
/**
 * Display width of a block's first word as the input wrote it (a Markdown
 * link's target belongs to the word the wrap moved: `[Harbour` ⏎
 * `cranes](https://…) rose`).
 */
function firstWordWidth(block: Block): number {
  return block.data.firstWordWidth ?? displayWidth(firstWord(block.value))
}

function lineWidth(block: Block): number {
  const cache = cacheOf(block)
  if (cache.firstWidth === undefined) {
    let width = (block.position.start.column || 1) - 1
    if (block.data.width !== undefined) width += block.data.width
    else {
      width += displayWidth(block.value)
      // Text that an earlier step cut out was on the line: "[photo_3]The crews…".
      if (block.data.stripped) for (const piece of block.data.stripped) width += displayWidth(piece.text)
    }
    cache.firstWidth = width
  }
  return cache.firstWidth
}

// Box-drawing characters: the borders of a table a text browser drew.
const boxDrawing = /[\u2500-\u257F]/

/** Whether a line is a row or a border of a table (box drawing, or cells apart by wide gaps). */
function isTableLine(value: string): boolean {
  return boxDrawing.test(value) || looksLikeTableRow(value)
}

// Wider than this, a line that is one word is a word no wrap can break.
const longWord = 40

/** Whether a one-line block was one word in the input (pieces an earlier step stripped included). */
function isOneWord(block: Block): boolean {
  // Chinese, Japanese and Thai lines have no spaces to wrap at: not one word.
  if (whiteSpace.test(block.value) || isUnspaced(block.value)) return false
  const stripped = block.data.stripped
  return !stripped || !stripped.some((d) => whiteSpace.test(d.text))
}

const whiteSpace = /\s/
// A word wider than `longWord`.
const longWordPattern = /\S{41}/
// A quoted attribute value with a space in it (`title="Ferry fares fall for winter">`): Pandoc wraps raw HTML between attributes, never inside one.
const spacedAttribute = /=(?:"[^"\s]*\s[^"]*"|'[^'\s]*\s[^']*')/

/** Whether a block held a word no wrap can break in the markup an earlier step stripped from it (a link target, an attribute, a quoted attribute value with spaces). */
function holdsLongWord(block: Block): boolean {
  return block.data.stripped?.some((d) => longWordPattern.test(d.text) || spacedAttribute.test(d.text)) ?? false
}

/**
 * The wrap width every block carries (`data.wrapWidth`, set by an earlier
 * step for the renderer it undid: `undoHtml2text`), or `undefined` when
 * they differ or carry none.
 *
 * @param blocks The blocks, one per input line.
 */
function sharedWrapWidth(blocks: Block[]): number | undefined {
  const width = blocks[0].data.wrapWidth
  if (width === undefined) return undefined
  for (const block of blocks) if (block.data.wrapWidth !== width) return undefined
  return width
}

/**
 * Find the wrap width: the width that most lines followed by another line
 * reach but do not pass, when most such lines are full (the next line’s
 * first word would not have fit). `undefined` when the text is not wrapped.
 *
 * @param blocks The blocks, one per input line.
 */
function wrapWidthOf(blocks: Block[]): number | undefined {
  const widths: number[] = []
  const nextWords: number[] = []
  // Lines whose stripped markup held a word no wrap can break (see below).
  const long: boolean[] = []
  // The indentation of each line counted.
  const indents: number[] = []
  let longCount = 0
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]
    // (A bullet alone on its line starts an item too: "-   " ⏎ "    Ada commented on", as Pandoc writes an item that opens with a block.)
    if (block.data.blankBefore !== 0 || block.data.kind === 'list-item' || bareBullet.test(block.value)) continue
    const previous = blocks[i - 1]
    // A line that was markup only ("srcset=\"https://…\"" in Markdown) is no line of text.
    if (block.data.fate || previous.data.fate) continue
    // Nor is a row of a table ("│North │22:40 │01:10 │", "North   22:40   01:10"): laid out, not wrapped.
    if (isTableLine(previous.value)) continue
    const width = cacheOf(previous).lastWidth ?? lineWidth(previous)
    // A long word alone on its line ("(23)](https://…)", a URL) passes any
    // wrap width: it says nothing about the width.
    if (width > longWord && isOneWord(previous)) continue
    // Nor does a line whose markup held such a word among others ("class=\"tag\" title=\"…\">Ceres</a><a href=\"https://…/ceres-robotics/\""
    // in Pandoc's Markdown): it may pass the width for that word. (Within the width, it is a line like any other.)
    const isLong = width > longWord && holdsLongWord(previous)
    if (isLong) longCount++
    long.push(isLong)
    widths.push(width)
    indents.push(previous.data.indent)
    // A date over its headline ("20 Mar 2027, 8:15am" ⏎ "Quay repairs start…") is laid out, not
    // wrapped: a list of teasers has many of one width, full at that width, which no wrap made.
    nextWords.push(isDateLike(previous.value) ? laidOut : firstWordWidth(block))
  }
  if (widths.length < minimumRunLines) return shortWrapWidth(blocks, widths, nextWords)
  // (Read without those lines only when they hide a wrap: "Board](…) will cost" within the width is evidence.)
  const width = wrapWidthFrom(widths, nextWords, undefined) ?? (longCount > 0 && widths.length - longCount >= minimumRunLines ? wrapWidthFrom(widths, nextWords, long) : undefined)
  // A text browser sets the body off by a margin on both sides ("   The crews…", up to column 77 of 80), and
  // lines laid out apart (a footer's box, a table's cells) may pass that width by a few columns: the lines of
  // the main indentation, half of them or more, give the width when it is that little narrower. (Korean
  // cut anywhere at column 77 is then seen as cut.)
  if (width !== undefined) {
    const main = mainIndent(indents)
    if (main !== undefined) {
      const own = wrapWidthFrom(widths, nextWords, indents.map((d) => d !== main))
      if (own !== undefined && own < width && width - own <= marginWidth) return own
    }
  }
  // (A short text has too few lines for the counts: two may not end within a column of each other.)
  return width ?? (widths.length < shortTextLines ? shortWrapWidth(blocks, widths, nextWords) : undefined)
}

/** Most columns that lines laid out apart from the body may pass its wrap width by (a text browser's margin). */
const marginWidth = 4

/**
 * The indentation of half the lines or more, when other lines have another.
 *
 * @param indents The indentation of each line.
 */
function mainIndent(indents: readonly number[]): number | undefined {
  const counts = new Map<number, number>()
  for (const indent of indents) counts.set(indent, (counts.get(indent) || 0) + 1)
  if (counts.size < 2) return undefined
  for (const [indent, count] of counts) if (count * 2 >= indents.length) return indent
  return undefined
}

// A list item's bullet with nothing after it on its line.
const bareBullet = /^[•◦▪▫●○■□☆★✓✔➤►▸‣⁃∙·*+-]$/u

// The next word's width noted for a line laid out, not wrapped (a date over its headline):
// the line counts for the widths lines reach, not for how many are full.
const laidOut = -1

// Fewer lines followed by another than this: a short text, read by `shortWrapWidth` when the counts find no width.
const shortTextLines = 20

/**
 * The wrap width of lines of text (see `wrapWidthOf`).
 *
 * @param widths Widths of the lines followed by another line.
 * @param nextWords Widths of the first word of the line after each.
 * @param skip Lines left out of the cap (and out of the rest when they pass it).
 */
function wrapWidthFrom(widths: readonly number[], nextWords: readonly number[], skip: readonly boolean[] | undefined): number | undefined {
  // The cap: the widest width that many lines reach (w3m: 79 of 80 columns),
  // past stray longer lines (a URL, a table).
  const counts = new Map<number, number>()
  let widest = 0
  let lines = 0
  for (let i = 0; i < widths.length; i++) {
    if (skip?.[i]) continue
    const w = widths[i]
    counts.set(w, (counts.get(w) || 0) + 1)
    if (w > widest) widest = w
    lines++
  }
  const needed = Math.max(2, lines * 0.03)
  let width = 0
  let over = 0
  for (let w = Math.min(widest, 1000); w >= 20; w--) {
    if ((counts.get(w) || 0) + (counts.get(w - 1) || 0) >= needed) {
      // The widest line the wrap allows is one that occurs (no line reaches `w`: the cap is `w - 1`).
      width = counts.get(w) ? w : w - 1
      break
    }
    over += counts.get(w) || 0
  }
  if (width === 0 || width > maximumWrapWidth || over > lines * 0.05) return undefined
  let full = 0
  let counted = 0
  for (let i = 0; i < widths.length; i++) {
    if ((skip?.[i] && widths[i] > width) || nextWords[i] === laidOut) continue
    counted++
    if (widths[i] + 1 + nextWords[i] > width) full++
  }
  // Many run lines are full in wrapped text; a clean text with a paragraph per line has few
  // (and where few are, hardly any line passes the width: a paragraph per line passes it now and then).
  return full >= 3 && (full >= counted * 0.2 || (full >= 10 && full >= counted * 0.1 && over <= Math.max(1, counted * 0.01))) ? width : undefined
}

/**
 * The wrap width of a short text, too short for the counts of `wrapWidthOf`
 * (a note or a brief of a few lines, wrapped at 72 columns): every line
 * followed by another is full (the next line’s first word would not have
 * fit), they all end within a few columns of the widest, and most of them
 * inside a sentence. Two such lines at least, 40 columns wide or more (short
 * lines of a list or a menu are narrower, and a paragraph per line has lines
 * of any length that end sentences).
 *
 * @param blocks The blocks, one per input line.
 * @param widths Widths of the lines followed by another line.
 * @param nextWords Widths of the first word of the line after each.
 */
function shortWrapWidth(blocks: Block[], widths: readonly number[], nextWords: readonly number[]): number | undefined {
  if (widths.length < 2) return undefined
  // Most of those lines end inside a sentence: a sentence per line is no wrap, however long its lines.
  let ends = 0
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i].data.blankBefore === 0 && blocks[i].data.kind !== 'list-item' && !blocks[i].data.fate && !blocks[i - 1].data.fate && endsSentence(blocks[i - 1].value)) ends++
  }
  if (ends * 3 > widths.length) return undefined
  // (A loop: `Math.max(...widths)` overflows the stack past ~120,000 lines.)
  let width = 0
  for (const each of widths) if (each > width) width = each
  if (width < 40 || width > 100) return undefined
  for (let i = 0; i < widths.length; i++) {
    if (nextWords[i] === laidOut) continue
    // "…commuted by road since" (71) ⏎ "January. The board…": 71 + 1 + 8 > 72.
    if (widths[i] < width - Math.max(3, Math.floor(width / 10)) || widths[i] + 1 + nextWords[i] <= width) return undefined
  }
  return width
}

/**
 * Find a separator hierarchy: when the document separates paragraphs with
 * several blank lines and fragments with one (`…the` ⏎⏎ `third ceremony` …
 * `1994.` ⏎⏎⏎⏎ `According to`), the larger count; else `undefined`.
 *
 * @param blocks The blocks.
 */
function majorSeparator(blocks: Block[]): number | undefined {
  const counts = new Map<number, number>()
  for (let i = 1; i < blocks.length; i++) {
    const gap = blocks[i].data.blankBefore
    counts.set(gap, (counts.get(gap) || 0) + 1)
  }
  const ones = counts.get(1) || 0
  let best: number | undefined
  let bestCount = 0
  for (const [gap, count] of counts) {
    if (gap >= 2 && count > bestCount) {
      best = gap
      bestCount = count
    }
  }
  return best !== undefined && bestCount >= 3 && ones >= 3 ? best : undefined
}

// The first separator of a list line: "June 9 – Hall", "Path A: Iceland", "Hall (Group A)".
const listSeparator = /^[^\s].{0,40}?(\s[-–—]{1,2}\s|[:@|(,/])/u

/**
 * The shape of a line that may be a list item: its first separator and how
 * it starts (digit or letter), or `undefined` for a sentence or a long line.
 *
 * @param block A block.
 * @param blankSeparated Whether blank lines separate paragraphs (a line right after another is then no item).
 */
function lineShape(block: Block, blankSeparated: boolean): string | undefined {
  const value = block.value
  if ((block.data.blankBefore === 0 && blankSeparated) || block.data.kind === 'list-item' || value.length > 100 || endsSentence(value)) return undefined
  const match = listSeparator.exec(value)
  if (!match) return undefined
  const code = value.charCodeAt(0)
  return (code >= 48 && code <= 57 ? '0' : 'a') + match[1].trim().charAt(0)
}

/**
 * Find lists written one item per block without bullets: three or more
 * consecutive short lines with the same shape and the same blank lines
 * between them (“June 9 – Harbour Hall” ⏎⏎ “June 12 – Old Mill” ⏎⏎ …). Returns
 * the blocks that continue such a list (and the first item when the line
 * before ends with a colon). Also the items after a lead-in (a line ending
 * with a colon or an ellipsis, or a short heading in capitals). An item that a
 * hard wrap broke over several lines counts once.
 *
 * @param blocks The blocks.
 * @param major The paragraph separator, if any.
 * @param blankSeparated Whether blank lines separate paragraphs (else lines without one between them can be items too).
 * @param width The wrap width, when the text is hard-wrapped.
 */
function listRuns(blocks: Block[], major: number | undefined, blankSeparated: boolean, width: number | undefined): Set<Block> {
  const result = new Set<Block>()
  let start = 0
  let shape: string | undefined
  // The items of the run (a hard-wrapped item counts once).
  let items: Block[] = []
  let lastGap = 0
  for (let i = 0; i <= blocks.length; i++) {
    const block = blocks[i]
    // "June 14 – Harbour Hall (the old" ⏎ "one), Northport": the rest of a hard-wrapped item (its lines are unwrapped).
    // (One such line, short like an item: a wrapped paragraph is no item.)
    if (block && width !== undefined && blankSeparated && items.length > 0 && items[items.length - 1] === blocks[i - 1] && block.data.blankBefore === 0 && block.data.kind !== 'list-item') {
      const previous = blocks[i - 1]
      if (previous.value.length + block.value.length < 100 && !endsSentence(block.value) && wrapsOnto(previous, block, width)) continue
    }
    const own = block ? lineShape(block, blankSeparated) : undefined
    // Blank lines between the items (lines without are kept as lines anyway when blank lines separate paragraphs).
    const gap = block ? block.data.blankBefore : 0
    const same = own !== undefined && own === shape && items.length > 0 && (gap > 0 || !blankSeparated) && gap === lastGap && !(major && gap >= major)
    lastGap = gap
    if (same) {
      items.push(block)
      continue
    }
    if (shape !== undefined && items.length >= 3) {
      for (let j = 1; j < items.length; j++) result.add(items[j])
      const before = blocks[start - 1]
      const first = blocks[start].data.blankBefore
      if (before && (first > 0 || !blankSeparated) && before.value.endsWith(':') && !(major && first >= major)) result.add(blocks[start])
    }
    start = i
    shape = own
    items = block ? [block] : []
  }
  // "They sell:" ⏎⏎ "Courses on sailing" ⏎⏎ "Workshops on knots" ⏎⏎ "Trips to the islands":
  // the items of a list after its lead-in, one per block (the first starts the paragraph).
  // ("WHAT WE SELL" ⏎⏎ "Courses on sailing" ⏎⏎ …: a heading in capitals leads in too.)
  const leadItems: Block[] = []
  for (let i = 1; i < blocks.length; i++) {
    const gap = blocks[i].data.blankBefore
    if ((gap === 0 && blankSeparated) || (major && gap >= major)) continue
    const colon = endsLeadIn(blocks[i - 1].value)
    if (!colon && !isCapitalsHeading(blocks[i - 1].value)) continue
    let end = i
    leadItems.length = 0
    while (end < blocks.length && blocks[end].data.blankBefore === gap && blocks[end].data.kind !== 'list-item') {
      // "Crews find the new routes on the" ⏎ "islands": the lines of an item that the wrap broke.
      let lastLine = end
      let value = blocks[end].value
      if (width !== undefined && blankSeparated) {
        while (lastLine + 1 < blocks.length && value.length <= 150 && blocks[lastLine + 1].data.blankBefore === 0 && blocks[lastLine + 1].data.kind !== 'list-item' && wrapsOnto(blocks[lastLine], blocks[lastLine + 1], width)) {
          lastLine++
          value += ' ' + blocks[lastLine].value
        }
      }
      // "Your" ⏎ "email list will grow": an item cut at a link goes on in the pieces after it…
      let last = lastLine
      while (last - lastLine < 3 && goesOn(blocks[last + 1]) && blocks[last + 1].data.blankBefore === gap) last++
      if (last === lastLine ? !isListItemLine(value) : !isCutItem(blocks, end, last)) break
      // (After a heading in capitals, items are phrases, not rows of a table: "Northport 14 11 — 25".)
      if (!colon && !hasAnyFunctionWord(value)) break
      leadItems.push(blocks[end])
      end = last + 1
    }
    if (leadItems.length >= minimumLeadInItems) for (let j = 1; j < leadItems.length; j++) result.add(leadItems[j])
    if (end > i) i = end - 1
  }
  return result
}

/**
 * Whether a line is the next line of a hard-wrapped one: the line before is
 * full (this line’s first word would not have fit on it).
 *
 * @param previous The line before.
 * @param block The line.
 * @param width The wrap width.
 */
function wrapsOnto(previous: Block, block: Block, width: number): boolean {
  return (cacheOf(previous).lastWidth ?? lineWidth(previous)) + 1 + firstWordWidth(block) > width
}

/**
 * Whether a one-line block after a line that ends a sentence is a line of
 * its own in hard-wrapped text: a few capitalised words that end no sentence
 * (`Advertisement`, `Related Stories`), after which the text breaks before
 * the wrap width (the next line's first word would have fit, a blank line
 * follows, or nothing does).
 *
 * @param head The text before the boundary.
 * @param block The line after it.
 * @param after The line after that.
 * @param width The wrap width.
 */
function standsAlone(head: string, block: Block, after: Block | undefined, width: number): boolean {
  const tail = block.value
  if (tail.length > 40 || !upperStart.test(tail) || block.data.joins !== undefined || !endsSentence(head) || endsAbbreviation(head) || endsSentence(tail)) return false
  // ("… on Monday." ⏎ "Photo: Ana Ruiz/Reuters": the credit of a caption goes with it.)
  if (creditMarks.test(tail) || wordCount(tail, 4) > 3) return false
  return after === undefined || after.data.blankBefore > 0 || lineWidth(block) + 1 + firstWordWidth(after) <= width
}

// Marks of a credit or a note that end a paragraph: "Photo: Ana Ruiz", "Ana Ruiz/Reuters", "(AP)".
const creditMarks = /[:/()[\]@|]/

/**
 * Whether a line goes on with the clause of the line before it: in lower
 * case, with closing punctuation, or with a parenthesis in lower case
 * (", you should aim…", "(cash only) until…").
 *
 * @param tail The line.
 */
function goesOnClause(tail: string): boolean {
  return startsLower(tail) || startsClosing(tail) || parenthesisLower.test(tail)
}

/**
 * Whether the last line of `previous` is longer than `width` (a word too long
 * for any line, such as a link's target, that the wrap could not cut).
 */
function overlong(previous: Block, width: number): boolean {
  return (cacheOf(previous).lastWidth ?? lineWidth(previous)) > width
}

/**
 * Whether the last line of `previous` is full at `width`: it fits in the
 * width, and the first word of `block` would not have fit after it.
 */
function fillsLine(previous: Block, block: Block, width: number): boolean {
  // ("| | Earlier this month, | |": a cell of a table drawn with pipes is no line of prose.)
  if (block.value.charCodeAt(0) === 124 /* | */) return false
  return (cacheOf(previous).lastWidth ?? lineWidth(previous)) <= width && wrapsOnto(previous, block, width)
}

/**
 * Whether the pieces `blocks[from]` to `blocks[to]` are one list item cut at
 * links: a capital start, short, no sentence end or open clause at the end
 * (…an item, not a sentence: "Get ready to start" ⏎ "sailing" ⏎ "this May.").
 *
 * @param blocks The blocks.
 * @param from The first piece.
 * @param to The last piece.
 */
function isCutItem(blocks: Block[], from: number, to: number): boolean {
  if (!itemStart.test(blocks[from].value) || !startsLower(blocks[from + 1].value) || endsOpening(blocks[from].value)) return false
  let length = 0
  for (let i = from; i <= to; i++) length += blocks[i].value.length + 1
  const last = blocks[to].value
  return length <= 150 && !endsSentence(last) && !openEnd.test(last) && !endsFunctionWord(last)
}

// (A lower-case letter anywhere: `holdsCode(value, isLowerCode)`.)
// Two capitals in a row.
const capitals = /\p{Lu}\p{Lu}/u

/**
 * Whether text has a function word of any language ("Sailing on the bay").
 *
 * @param text Text.
 */
function hasAnyFunctionWord(text: string): boolean {
  return someWord(text.toLowerCase(), (word) => anyFunctionWord.has(word))
}

/**
 * Whether a line is lead words in capitals that end with a function word
 * ("CHEER ON", "NOW FOR THE"): the sentence goes on after them.
 *
 * @param value The line.
 */
function leadWords(value: string): boolean {
  if (!isCapitalsHeading(value)) return false
  const word = lastWord(value)
  return word !== undefined && anyFunctionWord.has(word.toLowerCase())
}

/**
 * Whether a line is a short heading in capitals ("WHAT WE SELL", "NOT SCARY").
 *
 * @param value The line.
 */
function isCapitalsHeading(value: string): boolean {
  return value.length <= 40 && !holdsCode(value, isLowerCode) && capitals.test(value) && !endsSentence(value)
}

/**
 * Whether a block continues the one before it as a fragment (lower case or closing punctuation).
 *
 * @param block A block, if any.
 */
function goesOn(block: Block | undefined): boolean {
  if (!block || block.data.kind === 'list-item') return false
  const value = block.value
  return (startsLower(value) && !camelStart.test(value)) || startsClosing(value)
}

/**
 * Whether a line ends like the lead-in to a list: "They sell:", "If you are …", "Such as...".
 *
 * @param value The line.
 */
function endsLeadIn(value: string): boolean {
  const last = value.charCodeAt(value.length - 1)
  return last === 58 /* : */ || last === 0x2026 /* … */ || (last === 46 && value.endsWith('...'))
}
// The fewest items after a lead-in that make a list.
const minimumLeadInItems = 3
// A line that can be a list item: starts with a capital, a digit or a quote, has lower-case letters (not a heading in capitals).
const itemStart = /^[\p{Lu}\d“"‘]/u
// An ending that goes on: "and", a comma, a colon (a fragment or a lead-in, not an item).
const openEnd = /[,;:]$/

/**
 * Whether a line looks like one item of a list: short, no sentence end, a capital start.
 *
 * @param value The line.
 */
function isListItemLine(value: string): boolean {
  return value.length <= 150 && itemStart.test(value) && !endsSentence(value) && !openEnd.test(value) && holdsCode(value, isLowerCode) && !endsFunctionWord(value)
}

/**
 * Whether the text shows fragments split at inline elements: at least three
 * blocks after a blank line (after any line break, in a text without blank
 * lines between its paragraphs) that go on in lower case or with closing
 * punctuation from a block without a sentence end.
 *
 * @param blocks The blocks.
 * @param blankSeparated Whether blank lines separate paragraphs (else every line break can cut a fragment).
 */
function fragmentEvidence(blocks: Block[], blankSeparated: boolean): boolean {
  let count = 0
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.data.blankBefore === 0 && blankSeparated) continue
    // (A heading marked as one, "## related stories", is no piece of a sentence, nor goes one on after it.)
    if (block.data.kind === 'heading' || blocks[i - 1].data.kind === 'heading') continue
    const tail = block.value
    if ((startsLower(tail) && !camelStart.test(tail)) || startsClosing(tail)) {
      if (!endsSentence(blocks[i - 1].value) && ++count >= 3) return true
    }
  }
  return false
}

/**
 * Whether a line can be a bold label run into its text: five words at most, ending with a colon.
 *
 * @param text The line.
 */
function isRunInLabel(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 58 /* : */ && wordCount(text, 8) <= 5
}

// A capital, a digit or a quote at the start: "Lindqvist 25 points.", "“We sailed…".
const runInStart = /^[\p{Lu}\p{N}"“‘«„]/u

/**
 * Whether a block reads as the text after a run-in label: it starts like a
 * sentence, has four words or more, does not end with a colon (a label or a
 * lead-in), and is no date (`Nov 19, 2019 at 7:06 am` after `Ana says:`).
 *
 * @param text The block’s text.
 */
function runsIn(text: string): boolean {
  if (!runInStart.test(text) || text.charCodeAt(text.length - 1) === 58) return false
  const words = wordCount(text, 8)
  return words >= 4 && !(words <= 6 && yearInside.test(text))
}

// Words that make a line a lead-in to what follows, not a label: "Here is the plan:", "Think about it:", "Voici pourquoi :".
const leadInWords = new Set(
  "here here's here’s it this that these those following below what why how hier dies folgende folgendes voici voilà ceci cela suivant suivants suivante suivantes aquí esto siguiente siguientes aqui isto seguinte seguintes ecco questo seguente seguenti вот это следующее следующие".split(
    ' '
  )
)
// The first and the last word of a line.
const firstLetters = /^[\p{L}’']+/u
// (Tried only where a word starts: from each letter of a long word, to its
// end and on, is quadratic.)
const lastLetters = /(?<![\p{L}’'])[\p{L}’']+(?=[^\p{L}’']*$)/u

/**
 * Whether a line ending with a colon is a lead-in: it starts with a word that
 * points ahead (`Here`, `This`), or ends with one or with a function word
 * (`Think about it:`, `The plan is as follows:`).
 *
 * @param text The line.
 */
function leadIn(text: string): boolean {
  const first = firstLetters.exec(text)
  if (first && leadInWords.has(first[0].toLowerCase())) return true
  const last = lastLetters.exec(text)
  if (!last) return false
  const word = last[0].toLowerCase()
  return leadInWords.has(word) || anyFunctionWord.has(word)
}

/**
 * Whether the document shows bold labels run into their text: at least three
 * short lines ending with a colon (`Northport (1-0):`), each followed after a
 * blank line by a sentence (`Lindqvist 25 points.`).
 *
 * @param blocks The blocks.
 * @param major The paragraph separator, if any.
 * @param blankSeparated Whether blank lines separate paragraphs (else a label and its text are on consecutive lines).
 */
function runInEvidence(blocks: Block[], major: number | undefined, blankSeparated: boolean): boolean {
  let count = 0
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]
    const gap = block.data.blankBefore
    if ((gap === 0 && blankSeparated) || (major && gap >= major) || block.data.kind === 'list-item') continue
    const previous = blocks[i - 1]
    if (previous.data.kind === 'list-item' || !isRunInLabel(previous.value) || !runsIn(block.value)) continue
    if (++count >= 3) return true
  }
  return false
}

// The fewest paragraphs the same label without a colon opens, to be read as run into them.
const minRepeatedLabels = 3
// A label run into its paragraph: a capitalised word, and maybe a word in lower case ("Verdict", "In short";
// not a name, "Ana Ruiz", nor a marker with punctuation, "Slot: top").
const runInLabelShape = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?$/u

/**
 * The labels without a colon that a document puts before three paragraphs or
 * more, the same text each time (`In short` ⏎ `The night ferry returns…`): a
 * capitalised word, maybe with a word in lower case after it (`In short`;
 * no name, `Ana Ruiz`), between a sentence end and a block that runs in and
 * ends like a sentence (not a teaser's label, `Promoted` ⏎ `…`, after a headline).
 * Not a phrase of the packs (`Advertisement`, `Related`, `Sponsored`, a
 * section's name), which stands apart on any page.
 *
 * @param blocks The blocks.
 * @param packs The phrase packs of the document's language.
 */
function repeatedRunInLabels(blocks: Block[], packs: ReturnType<typeof lexiconsFor>): Set<string> {
  // The labels three blocks or more hold, then those of them in their place three times or more.
  // (A short word alone on its line, "Share", "Home", is on most pages; the same one three times is not.)
  const seen = new Map<string, number>()
  for (let i = 1; i + 1 < blocks.length; i++) {
    const label = blocks[i].value
    if (label.length <= 40 && runInLabelShape.test(label)) seen.set(label, (seen.get(label) || 0) + 1)
  }
  const labels = new Set<string>()
  const counts = new Map<string, number>()
  for (const [label, count] of seen) if (count >= minRepeatedLabels) counts.set(label, 0)
  if (counts.size === 0) return labels
  for (let i = 1; i + 1 < blocks.length; i++) {
    const label = blocks[i].value
    const count = counts.get(label)
    if (count === undefined || blocks[i].data.kind === 'list-item' || !endsSentence(blocks[i - 1].value)) continue
    const next = blocks[i + 1].value
    if (runsIn(next) && endsSentence(next)) counts.set(label, count + 1)
  }
  for (const [label, count] of counts) {
    if (count < minRepeatedLabels) continue
    const key = label.toLowerCase()
    if (packs.some((pack) => [pack.boilerplate, pack.relatedCues, pack.tagCues, pack.sections, pack.commentCues || [], pack.endCues || []].some((list) => list.includes(key)))) continue
    labels.add(label)
  }
  return labels
}

// The most line breaks after a sentence end that are `<br>` inside paragraphs, not paragraph breaks.
const maximumSentenceBreaks = 3

/**
 * Whether line breaks after a sentence end before a capital (no blank line,
 * no wrap) are rare in a text that separates its paragraphs with blank
 * lines: three at most, and five blank-line breaks or more for each. Then
 * they are line breaks inside paragraphs (`<br>`); many of them are the
 * paragraph breaks of a page that puts no blank line between paragraphs.
 *
 * @param blocks The blocks.
 * @param width The wrap width, when the text is hard-wrapped.
 */
function rareSentenceBreaks(blocks: Block[], width: number | undefined): boolean {
  let breaks = 0
  let blank = 0
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.data.blankBefore > 0) {
      blank++
      continue
    }
    const previous = blocks[i - 1]
    if (block.data.kind === 'list-item' || previous.data.kind === 'list-item' || !endsSentence(previous.value) || startsLower(block.value)) continue
    // (Not the lines of a wrapped paragraph: the next word would have fit.)
    if (width !== undefined && lineWidth(previous) + 1 + firstWordWidth(block) > width) continue
    if (++breaks > maximumSentenceBreaks) return false
  }
  return blank >= breaks * 5
}

/**
 * Whether the document separates paragraphs with blank lines: at least three
 * boundaries have one, and they are not rare (a tenth of all boundaries).
 *
 * @param blocks The blocks.
 */
function blankLinesSeparate(blocks: Block[]): boolean {
  let blank = 0
  let boundaries = 0
  for (let i = 1; i < blocks.length; i++) {
    // (Only between lines of the page: the blank lines inside a script a scraper took, and around it, say nothing of its paragraphs.)
    if (isScriptText(blocks[i]) || isScriptText(blocks[i - 1])) continue
    boundaries++
    if (blocks[i].data.blankBefore > 0) blank++
  }
  return blank >= 3 && blank >= boundaries * 0.1
}

/** Whether `removeScriptText` removed a block (a script's line, a template's marker). */
function isScriptText(block: Block): boolean {
  return block.data.rule === 'script-text' || block.data.rule === 'marker-line'
}

/**
 * The message for a kind of join.
 */
function describeReason(reason: Reason, count: number): string {
  const s = count === 1 ? '' : 's'
  switch (reason) {
    case 'unwrap-lines':
      return `Unwrapped ${count} hard-wrapped line${s}`
    case 'join-fragments':
      return `Joined ${count} fragment${s} split at inline elements`
    case 'dehyphenate':
      return `Removed ${count} hyphen${s} at wrapped line ends`
    case 'drop-stray-period':
      return `Dropped ${count} stray period${s} before a lower-case continuation`
    case 'join-list-continuation':
      return `Joined ${count} list item continuation${s}`
    case 'keep-line-break':
      return `Kept ${count} line break${s} inside paragraphs`
    case 'separate-dateline':
      return `Put a space after ${count} dateline${s} glued to the first sentence`
    case 'strip-list-number':
      return `Removed ${count} list number${s} that a renderer wrote`
    case 'keep-asterisk':
      return `Kept the asterisk of ${count} note${s} written with one`
  }
}
