/**
 * Split text that a scraper ran together on one line: BeautifulSoup's
 * `get_text(" ", strip=True)`, `" ".join(soup.stripped_strings)`, or any
 * text whose white space was collapsed hands over a whole page as one line
 * of many kilobytes — menu, headline, byline, share buttons, article,
 * related headlines and footer joined by single spaces (`Home News Sport
 * Sign in The council voted on Tuesday to…`). Nothing marks where one block
 * ends, so every later step would see one huge block.
 *
 * The line is cut into units the later steps can judge one by one:
 *
 * - sentences, at sentence ends before a capital, a digit or an opening
 *   quotation mark (not after an initial or a title: `J. Marsh`, `Dr.`,
 *   `U.S.`), and after a Chinese or Japanese full stop; in text of Chinese
 *   or Japanese, whose sentences have no spaces, at every space between
 *   two of their characters or their punctuation too (each was a text
 *   node of the page);
 * - labels: a run of capitalised words (`Home News Sport Weather Sign in`,
 *   `FACEBOOK TWITTER EMAIL`), cut off the prose around it and into its
 *   items, where its capitals meet (`Home` ⏎ `News`…; a name inside a
 *   sentence, after a function word, stays: `the Harbour Board Ferry
 *   Service Winter Timetable was`, unless as many as a menu's; so do the
 *   capitals that open a sentence, when a comma and a word in lower case
 *   follow them: `Singers Tom Ruiz and Pat Moll, drummer…`); a headline in
 *   title case is cut the same way (`Harbour Crews'` ⏎ `Winter:` ⏎ `The
 *   Long…`), its pieces after the first marked `data.headlinePiece` when
 *   two of its words or more are a headline's (a possessive, a colon, a
 *   quote), so that `removeBoilerplate` weighs them as one block;
 * - datelines: a run of date and time words with a year or a clock time
 *   (`Tuesday November 19, 2030 5:45 PM EST`), cut off the words around it;
 * - cues: a widget word or a cue of the phrase packs that opens a unit
 *   before a sentence (`Advertisement “We have…`, `Most read The crossing…`),
 *   and a capitalised cue of two words or more that ends a unit, cut off
 *   the words before it (`…the ferry service Recommended for you`);
 * - copies: a headline written twice in a row (an image's text and its
 *   link), each copy a unit;
 * - tag lists: a capitalised tag cue of the phrase packs and the items
 *   after it, between commas (`Filed under harbour , ferries , night
 *   crossing`), after a colon in lower case (`Tags: harbour ferries`) or
 *   capitalised up to a sentence (`Tags: Ferry Bargains Ferry crews vote…`),
 *   or one item up to a separator (`Posted in Harbour News |`), one unit;
 * - credits: a photo's credit ends its caption before the sentence after
 *   it (`…the pier. Credit: Ana Ruiz` ⏎ `The crews…`, `(Photo: Harbour
 *   Board)` ⏎ `Crews…`), and a gallery's counter is a unit (`Image 2 of
 *   5`);
 * - counts: a count in parentheses after each item of a list, three or
 *   more (`…the island (142) Bakery wins prize (87)`), ends its item;
 * - kickers: two words in capitals or more after a lower-case word and
 *   before a capitalised one (`…a gale NIGHT OWLS Ferry crews…`), a unit;
 * - numbered lists: numbers standing alone that count up by one, a few
 *   words apart (`1 Bakery wins prize 2 Harbour wall…`), each a unit;
 * - comment headers: the text of a comment opens after the commenter's
 *   verb or the time of the comment, when a date stands a few words before
 *   (`Ana on May 3, 2030 at 6:34 pm said:` ⏎ `The crossing…`), and a
 *   commenter's name and verb after a sentence end open a unit
 *   (`…at dawn.` ⏎ `quayfan7 says:`);
 * - headlines: a long unit with no sentence end (a row of related
 *   headlines) is cut where a capitalised word that opens a clause follows
 *   a lower-case one (`…bring back the night ferry Bakery wins prize`),
 *   and a long unit where a capitalised function word follows a
 *   lower-case word (`…for the winter league The former captain said…`).
 *
 * It runs only on such a line (or when told): 1,500 characters or more of
 * short words joined by single spaces (not code, not `textContent` with the
 * source's indentation between its text nodes) that show a menu (a run of
 * twelve capitalised words or more), or, when such lines hold three quarters
 * of the text, three runs of labels or fifty words without a sentence end (a
 * menu in lower case); in a page run together (lines of 500 characters or
 * more that show a menu count towards the three quarters too: a header
 * shorter than the article's line) its lines of 500 characters or more are
 * split as well; not a line that repeats the paragraphs of the page
 * around it (the article again in one piece). A normal text, a single long paragraph
 * and a short input are left alone. Nothing is removed: the units become
 * blocks, one paragraph each, that `removeBoilerplate` and
 * `separateSections` decide on.
 */
import type {VFile} from 'vfile'
import {commentMeta} from '../features/comment-meta.js'
import {functionWordsFor} from '../features/function-words.js'
import {voteLanguage} from '../features/language.js'
import {endsAbbreviation} from '../features/lines.js'
import {isSpaceCode} from '../features/space.js'
import {lexiconsFor} from '../lexicon/index.js'
import {inform, isInputSlice, span} from '../message.js'
import {autoOption} from '../options.js'
import {cutBlock} from '../parse/block.js'
import type {Block, Root} from '../types.js'

/** Options for `splitRunOnText`. */
export interface Options {
  /**
   * Whether the text is a page run together on one line: `'auto'` decides
   * per line of 1,500 characters or more (words joined by single spaces
   * that show a menu, a run of twelve capitalised words, or three runs of
   * labels or fifty words without a sentence end when such lines hold three
   * quarters of the text), `true` splits
   * every line of 1,500 characters or more, `false` never splits (default:
   * `'auto'`).
   */
  runOn?: boolean | 'auto' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// A line at least this long is no paragraph of a laid-out text.
const minLineLength = 1500
// A line at least this long is cut too in a page run together.
const minPartLength = 500
// Share of the text such lines hold in a page run together.
const minShare = 0.75
// Capitalised words in a row that show a menu (a sentence's names are shorter).
const menuRun = 12
// Runs of labels, or words without a sentence end (a menu of words in lower case), that show a page's furniture in a line without a menu.
const minRuns = 3
const maxStretch = 50
// Capitalised words in a row that make a run of labels after a sentence end…
const labelRun = 5
// …and after a lower-case word.
const labelRunInside = 8
// Words before the end of a run of labels where the sentence after it may open ("Courtesy Harbour “We have", "Email The Kestrel Bay Singers will").
const sentenceReach = 4
// Capitalised words a sentence may open with before two function words ("It was when the").
const maxOpening = 2
// Lower-case words that may stand between two runs of labels and keep them one ("Skip to main content").
const maxGap = 2
// Words of a unit without a sentence end (and with one) beyond which it is a row of headlines.
const maxHeadlines = 20
const maxSentence = 60
// Characters of a word that its classification reads.
const wordHead = 40
const wordTail = 8

// Longest mean word (with its space) of a page's text run together; most code marks per word.
const maxMeanWord = 9
const maxCode = 0.02
// Most gaps wider than one space per word (a scraper that joins with one space leaves few).
const maxGaps = 0.01
// Paragraphs of a page whose starts a copy of its text repeats: their least length, the characters compared, the fewest.
const minParagraph = 60
const startLength = 40
const minCopies = 3
// Most words of a cue before a sentence.
const maxCue = 3
// Fewest and most words of a headline written twice in a row.
const minCopy = 4
const maxCopy = 24
// Particles that end labels ("Sign in", "Log out", "Contact us"), function words here.
const particles = ['in', 'up', 'out', 'off', 'us']
// Capitalised words after "by" that are a byline's name ("By Ana Ruiz").
const maxName = 3

// Token classes.
const CAPITAL = 1
const LOWER = 2
const FUNCTION = 3
const NUMBER = 4
const SYMBOL = 5
const UNCASED = 6

// Opening punctuation before a word: "“We", "(AP)", "«Мы".
const opener = /^[“‘"'(\[«¿¡„]+/u
// An upper-case letter; a lower-case letter; a digit; any letter.
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const numeral = /\p{N}/u
const letter = /\p{L}/u
// Closing punctuation after a word: "day.”", "said),". (Run on a word's
// first 40 or last 8 characters, or on one character.)
const closing = /[”’"')\]»]+$/u
// A sentence end at the end of a word, maybe before closing punctuation: "day.", "now?”", "wait…".
const sentenceEnd = /[.!?…][”’"')\]»]*$/u
// A comma or a semicolon at the end of a word.
const clauseEnd = /[,;]$/
// What opens a sentence: a capital or a digit, maybe after an opening quotation mark.
const sentenceStart = /^[“‘"«„]?[\p{Lu}\p{N}]/u
// An opening quotation mark at the start of a word: a quotation opens a sentence.
const quoteStart = /^[“‘"«„]/u
// An initial ("J"), or initials with inner periods ("U.S", "e.g").
const initials = /^(?:\p{L}\.)*\p{L}$/u
// A year, a clock time, a numeric date: what makes date words a dateline.
const yearWord = /^(?:1[89]|20)\d\d(?:\D|$)/
const clockWord = /^\d{1,2}[:h]\d\d(?::\d\d)?(?:[ap]\.?m\.?)?[,.]?$/i
const numericDate = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,.]?$/
// A number of a date: "19", "19,", "19th", "2030.".
const dateNumber = /^\d{1,4}(?:st|nd|rd|th|er|\.º)?[,.]?$/
// A time zone after a clock time: "EST", "HST".
const zone = /^\p{Lu}{2,4}$/u
// A separator inside a dateline: "November 18 | 5:45 PM", "- Updated", "19 Nov 2030 , 9:42am".
const dateSeparator = /^[|·•–—,-]$/
// A word in capitals: "FACEBOOK", "EST".
const allCaps = /^\p{Lu}{2,}/u
// The words before a byline's name: "by Ana Ruiz", "von", "por", "par".
const byWords = new Set(['by', 'von', 'por', 'par'])
// A colon at the end of a word: "Deal alert:".
const colonEnd = /:$/
// Most words of a tag; fewest commas of a tag list; most words of a tag list in lower case.
const maxTagWords = 6
const minTagCommas = 2
const maxTagRun = 30
const maxTagScan = 400
// A count in parentheses after an item ("(142)", "(7)"); the fewest in a line that make them a list's.
const parenCount = /^\(\d{1,6}\)$/
const minCounts = 3
// A photo's credit: its cue ("Credit:", "Photo by", "Courtesy of"), the words that link the cue to the name, and the words of a credit in parentheses ("(Photo: Ana Ruiz)", "(AP)").
const creditWord = /^(?:credits?|crédits?|créditos?|credito|bildnachweis|photo|photograph|foto|image|slide|courtesy|cortesía|cortesia)$/u
const creditLink = new Set(['by', 'of', 'de', 'von', 'di', 'par', 'por'])
const parenCredit = /\b(?:credits?|photo|foto|image|getty|reuters|afp|ap|epa|efe|dpa|ansa|courtesy|istock|shutterstock|handout)\b/iu
// A gallery's counter: "4 of 5", "4 de 5".
const counterNumber = /^\d{1,3}$/
const counterOf = new Set(['of', 'de', 'von', 'di', 'sur', 'из'])
// Fewest words of a kicker in capitals.
const minKicker = 2
// Words of a comment's header before its verb or time ("Ana on May 3, 2030 at 6:34 pm said:").
const maxHeader = 10
// The number of a list's item standing alone ("1", "12"); the most words of an item; the fewest numbers of a list.
const listNumber = /^\d{1,2}$/
const maxListItem = 30
const minListNumbers = 3
// Chinese and Japanese characters; their full stops.
const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const cjkStop = /[。！？]/u
// A character at the edge of a Chinese or Japanese text node: theirs, or their punctuation and full-width forms ("した。", "「脱獄」").
const cjkEdge = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF65]/u
// Share of words in Chinese or Japanese that makes a line theirs.
const minCjk = 0.2
// Most characters of a Chinese or Japanese label.
const maxCjkLabel = 8

/** The words the cuts read, from the phrase packs. */
interface Words {
  /** Function words (and particles that end labels). */
  words: ReadonlySet<string>
  /** Words of dates and times. */
  dates: ReadonlySet<string>
  /** Widget words and cues, lower case (`advertisement`, `most read`). */
  cues: ReadonlySet<string>
  /** Tag cues, lower case (`tags`, `filed under`). */
  tagCues: ReadonlySet<string>
}

/** A word of the line. */
interface Token {
  start: number
  end: number
}

/**
 * Plugin: split a page run together on one line into sentences, labels,
 * datelines and headlines (rule `split-run-on-text`), each a paragraph.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function splitRunOnText(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `splitRunOnText` options must be an object, got `' + String(settings) + '`')
  }
  const mode = autoOption(settings.runOn, 'runOn.runOn')

  return function (tree: Root, file: VFile): undefined {
    if (mode === false || tree.data?.source === 'html' || tree.children.length === 0) return
    const input = typeof file.value === 'string' ? file.value : undefined
    const blocks = tree.children
    let total = 0
    let long = 0
    for (const block of blocks) {
      total += block.value.length
      if (isLong(block, input)) long += block.value.length
    }
    if (long === 0) return
    // Lines that hold most of the text: the page is run together.
    let runTogether = long >= total * minShare

    // The language, for function words and date words (detectLanguage runs later).
    let sample = ''
    for (const block of blocks) if (isLong(block, input) && sample.length < 4000) sample += block.value.slice(0, 4000) + '\n'
    const language = voteLanguage(sample).language
    // (With the particles that end labels: "Sign in", "Log out".)
    const words = new Set([...functionWordsFor(language), ...particles])
    const dates = new Set<string>()
    // Cues and widget words that stand before a sentence ("Advertisement", "Share", "Most read").
    const cues = new Set<string>()
    const tagCues = new Set<string>()
    for (const pack of lexiconsFor(language)) {
      for (const word of pack.dateWords || []) dates.add(word)
      for (const list of [pack.boilerplate, pack.relatedCues, pack.tagCues, pack.commentCues || []]) for (const cue of list) cues.add(cue)
      for (const cue of pack.tagCues) tagCues.add(cue)
    }

    // (With a header line shorter than the long ones that shows a menu: "Home News Sport… by Ana Ruiz Nov 19, 2030" ⏎ "5:45 PM The board…".)
    if (!runTogether && mode === 'auto') {
      for (const block of blocks) {
        if (isLong(block, input) || block.value.length < minPartLength || block.data.fate || !isInputSlice(block, input)) continue
        const tokens = tokensOf(block.value)
        if (isProse(block.value, tokens) && longestRun(block.value, tokens, tokens.map((d) => classOf(block.value, d, words))) >= menuRun) long += block.value.length
      }
      runTogether = long >= total * minShare
    }

    const cuts: Array<number[] | undefined> = []
    // Per line, the offsets where a piece of a headline starts (`headlinePiece`).
    const softs = new Map<Block, Set<number>>()
    let soft = new Set<number>()
    // The starts of the page's paragraphs, read once when needed.
    let starts: Set<string> | undefined
    for (const block of blocks) {
      // (In a page run together, a shorter line between its long ones is run together too: a header of a thousand characters.)
      if (!isLong(block, input) && !(runTogether && block.value.length >= minPartLength && !block.data.fate && isInputSlice(block, input))) {
        cuts.push(undefined)
        continue
      }
      const tokens = tokensOf(block.value)
      // (Code, style sheets and words glued without spaces are not a page's text run together.)
      if (mode === 'auto' && !isProse(block.value, tokens)) {
        cuts.push(undefined)
        continue
      }
      const classes = tokens.map((d) => classOf(block.value, d, words))
      // A line that shows a menu (a long paragraph has none), or, in a page
      // run together, three runs of labels.
      const menu = mode !== 'auto' || longestRun(block.value, tokens, classes) >= menuRun
      // (Not a copy of the page's own paragraphs in one piece, which `removeBoilerplate` knows by its size.)
      if (mode === 'auto' && !runTogether && isCopy(block.value, tokens, starts ||= paragraphStarts(blocks))) {
        cuts.push(undefined)
        continue
      }
      cuts.push(menu || runTogether ? cutPoints(block.value, tokens, classes, {words, dates, cues, tagCues}, menu, soft) : undefined)
      if (soft.size > 0) {
        softs.set(block, soft)
        soft = new Set()
      }
    }

    const out: Block[] = []
    let first: Block | undefined
    let last: Block | undefined
    let lines = 0
    let count = 0
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      const points = cuts[i]
      if (!points || points.length === 0) {
        out.push(block)
        continue
      }
      const pieces = cutBlock(input!, block, points, 1)
      const headlines = softs.get(block)
      for (const piece of pieces) {
        if (headlines?.has(piece.position.start.offset! - block.position.start.offset!)) piece.data.headlinePiece = true
        out.push(piece)
      }
      if (pieces.length > 0) {
        first ||= pieces[0]
        last = pieces[pieces.length - 1]
        count += pieces.length
      }
      lines++
    }
    if (lines === 0) return
    tree.children = out
    tree.data.runOn = true
    inform(
      file,
      `Split ${lines} line${lines === 1 ? '' : 's'} that ran a page together into ${count} sentences, labels and headlines`,
      span(first!, last!),
      'split-run-on-text'
    )
  }
}

/** Whether a block is a line long enough to be a page run together (and still the input's text). */
function isLong(block: Block, input: string | undefined): boolean {
  return block.value.length >= minLineLength && !block.data.fate && isInputSlice(block, input)
}

/** The words of a line (runs of non-space characters), with their offsets. */
function tokensOf(value: string): Token[] {
  const tokens: Token[] = []
  let start = -1
  for (let i = 0; i <= value.length; i++) {
    const space = i === value.length || isSpaceCode(value.charCodeAt(i))
    if (space) {
      if (start >= 0) tokens.push({start, end: i})
      start = -1
    } else if (start < 0) start = i
  }
  return tokens
}

/**
 * Whether a line is words separated by spaces, as a page's text run
 * together is: short words (a style sheet's selectors and words glued
 * without spaces are long), few of them marked as code (`{`, `;`, `=`).
 */
function isProse(value: string, tokens: Token[]): boolean {
  if (tokens.length === 0) return false
  // (Chinese and Japanese write a sentence as one long word.)
  let cjk = 0
  for (const token of tokens) if (cjkChar.test(value.charAt(token.start))) cjk++
  if (cjk < tokens.length * minCjk && value.length / tokens.length > maxMeanWord) return false
  let code = 0
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i)
    // "Home > Blog": an angle bracket standing alone separates a breadcrumb's parts.
    if ((char === 60 || char === 62) && (i === 0 || isSpaceCode(value.charCodeAt(i - 1))) && (i + 1 === value.length || isSpaceCode(value.charCodeAt(i + 1)))) continue
    // { } ; = < >
    if (char === 123 || char === 125 || char === 59 || char === 61 || char === 60 || char === 62) code++
  }
  if (code > tokens.length * maxCode) return false
  // "Menu    The crossing": the source's indentation between the text nodes (`textContent`), not one space.
  let gaps = 0
  for (let i = 1; i < tokens.length; i++) if (tokens[i].start - tokens[i - 1].end > 1) gaps++
  // (One gap is a text node that ended in a space of its own.)
  return gaps <= Math.max(1, tokens.length * maxGaps)
}

/** The first characters of the document's paragraphs (blocks of sixty characters up to a line run together). */
function paragraphStarts(blocks: readonly Block[]): Set<string> {
  const starts = new Set<string>()
  for (const block of blocks) {
    const value = block.value
    if (value.length >= minParagraph && value.length < minLineLength) starts.add(value.slice(0, startLength))
  }
  return starts
}

/**
 * Whether a line repeats the page's paragraphs ("The board voted on
 * Tuesday… Crews will train…" when both are paragraphs of the page too):
 * three of its sentences or more start like one of them.
 */
function isCopy(value: string, tokens: Token[], starts: ReadonlySet<string>): boolean {
  if (starts.size < minCopies) return false
  let hits = starts.has(value.slice(0, startLength)) ? 1 : 0
  for (let i = 0; i + 1 < tokens.length && hits < minCopies; i++) {
    if (endsSentenceAt(value, tokens, i) && starts.has(value.slice(tokens[i + 1].start, tokens[i + 1].start + startLength))) hits++
  }
  return hits >= minCopies
}

/** The start of a word, as much as its classification reads. */
function headOf(value: string, token: Token): string {
  return value.slice(token.start, Math.min(token.end, token.start + wordHead))
}

/** The end of a word, as much as its classification reads. */
function tailOf(value: string, token: Token): string {
  return value.slice(Math.max(token.start, token.end - wordTail), token.end)
}

/** A word in lower case without the punctuation around it: "“The," → "the". */
function bareWord(value: string, token: Token): string {
  const head = headOf(value, token).replace(opener, '')
  let end = head.length
  while (end > 0 && !letter.test(head.charAt(end - 1)) && !numeral.test(head.charAt(end - 1))) end--
  return head.slice(0, end).toLowerCase()
}

/** The class of a word: capitalised, lower case (a function word or not), a number, a symbol, or a letter without case. */
function classOf(value: string, token: Token, words: ReadonlySet<string>): number {
  const head = headOf(value, token).replace(opener, '')
  const first = head.charAt(0)
  // ("ホーム ニュース スポーツ": short Chinese or Japanese text nodes are labels, a sentence is prose.)
  if (cjkChar.test(first)) return isCjkLabel(value, token) ? CAPITAL : UNCASED
  if (upper.test(first)) return CAPITAL
  if (lower.test(first)) return words.has(bareWord(value, token)) ? FUNCTION : LOWER
  if (numeral.test(first)) return NUMBER
  if (letter.test(first) || (head.length > 1 && letter.test(head.charAt(1)))) return UNCASED
  return SYMBOL
}

/** Whether a class is a label's: a capitalised word, a number or a symbol. */
function isLabelClass(kind: number): boolean {
  return kind === CAPITAL || kind === NUMBER || kind === SYMBOL
}

/**
 * The most capitalised words in a row in a line (function words between
 * them do not break the row; a lower-case word, a comma or a sentence end does).
 */
function longestRun(value: string, tokens: Token[], classes: number[]): number {
  let best = 0
  let run = 0
  for (let i = 0; i < tokens.length; i++) {
    const kind = classes[i]
    if (kind === LOWER || kind === UNCASED) run = 0
    else if (kind === CAPITAL) run++
    if (run > best) best = run
    const tail = tailOf(value, tokens[i])
    if (clauseEnd.test(tail) || sentenceEnd.test(tail)) run = 0
  }
  return best
}

/**
 * Whether the capitalised words from `i` to `j`, after a sentence end, open
 * a sentence: a comma ends them and the sentence goes on in lower case
 * ("Singers Tom Ruiz and Pat Moll, drummer Ana Lind…", "Harbour Board
 * chair Dr. Lind, who…"); a menu has no such comma ("Arts Culture Sport").
 * Fewer capitalised words than a menu's run.
 */
function subjectBeforeComma(value: string, tokens: Token[], classes: number[], i: number, j: number): boolean {
  if (j >= tokens.length || j - i >= menuRun || (classes[j] !== LOWER && classes[j] !== FUNCTION)) return false
  return clauseEnd.test(tailOf(value, tokens[j - 1]).replace(closing, ''))
}

/** Whether the word at `i` ends a sentence, before the word at `i + 1`: "day. The", "now?” “We" (not "Dr. Lind", "J. Marsh", "U.S. Army"). */
function endsSentenceAt(value: string, tokens: Token[], i: number): boolean {
  const tail = tailOf(value, tokens[i])
  if (!sentenceEnd.test(tail)) return false
  if (!sentenceStart.test(headOf(value, tokens[i + 1]))) return false
  const bare = tail.replace(closing, '')
  if (bare.endsWith('.') && !bare.endsWith('..')) {
    const word = headOf(value, tokens[i]).replace(opener, '').replace(closing, '').slice(0, -1)
    if (initials.test(word) || endsAbbreviation(word + '.')) return false
  }
  return true
}

/**
 * Where to cut a run-on line: the offsets where units start (none when
 * the line shows no menu, fewer than three runs of labels and no fifty
 * words without a sentence end).
 */
function cutPoints(value: string, tokens: Token[], classes: number[], lexicon: Words, menu: boolean, soft?: Set<number>): number[] {
  const {words, dates, cues, tagCues} = lexicon
  const n = tokens.length
  // cut[i]: a unit starts at word i.
  const cut = new Uint8Array(n + 1)
  // pieces[i]: the unit at word i goes on with a headline cut where its capitals meet.
  const pieces = new Uint8Array(n + 1)
  for (let i = 0; i + 1 < n; i++) if (endsSentenceAt(value, tokens, i)) cut[i + 1] = 1

  // Runs of labels: capitalised words, numbers and symbols (function words between them too).
  const runs: Array<[number, number]> = []
  let i = 0
  while (i < n) {
    if (!isLabelClass(classes[i])) {
      i++
      continue
    }
    let j = i
    let strength = 0
    while (j < n && classes[j] !== LOWER && classes[j] !== UNCASED && (j === i || !cut[j])) {
      // "It was when the Harbour Board…": two function words in a row after a word or two are a sentence's, not a label's.
      if (classes[j] === FUNCTION && classes[j - 1] === FUNCTION && strength <= maxOpening) break
      if (classes[j] === CAPITAL || classes[j] === NUMBER) strength++
      j++
      // "Reprints, Rights", "“Night Ferry,” “Harbour Song”": a comma ends the run (not inside a date: "November 19, 2030").
      if (clauseEnd.test(tailOf(value, tokens[j - 1]).replace(closing, '')) && !(j < n && classes[j] === NUMBER)) break
    }
    let end = j
    while (end > i && classes[end - 1] === FUNCTION) end--
    // After a function word the capitals are a name inside a sentence ("the Harbour Board Ferry Service"),
    // unless they are as many as a menu's ("…injured deckhands and Local Island News Harbour Sport…").
    const before = i > 0 && !cut[i] ? classes[i - 1] : 0
    const need = before === 0 ? labelRun : before === FUNCTION ? menuRun : labelRunInside
    if (strength >= need && !(before === 0 && subjectBeforeComma(value, tokens, classes, i, j))) runs.push([i, end])
    i = Math.max(j, i + 1)
  }
  // Runs that only a word or two apart ("Skip to main content Menu News") are one.
  const merged: Array<[number, number]> = []
  for (const run of runs) {
    const previous = merged[merged.length - 1]
    if (previous) {
      let lowers = 0
      let ended = cut[run[0]] > 0
      for (let k = previous[1]; k < run[0]; k++) {
        if (classes[k] === LOWER || classes[k] === UNCASED) lowers++
        if (cut[k]) ended = true
      }
      if (!ended && lowers <= maxGap) {
        previous[1] = run[1]
        continue
      }
    }
    merged.push([run[0], run[1]])
  }
  // (A long paragraph has no labels in it: in a page run together, three runs of them show its furniture.)
  if (!menu && merged.length < minRuns && longestStretch(cut, n) < maxStretch) return []
  for (const run of merged) {
    const [a, b] = run
    // "… said on Tuesday Home News Sport": the labels start a unit.
    if (a > 0) cut[a] = 2
    if (b >= n || cut[b]) continue
    // "Sign in The council voted": the sentence opens at the last capital of
    // the run, or at an opening quotation mark or a capitalised function word
    // shortly before it ("Courtesy Harbour Board “We have waited").
    let start = b - 1
    while (start > a && classes[start] !== CAPITAL && classes[start] !== NUMBER) start--
    for (let k = b - 1; k > a && k >= b - sentenceReach; k--) {
      if (quoteStart.test(headOf(value, tokens[k]))) {
        start = k
        break
      }
    }
    for (let k = b - 1; k > a && k >= b - sentenceReach; k--) {
      if (classes[k] === CAPITAL && words.has(bareWord(value, tokens[k])) && classes[k - 1] !== LOWER) {
        if (k < start) start = k
        break
      }
    }
    cut[start] = 2
    // (The labels end where the sentence opens: "The Kestrel Bay Singers" after them stays whole.)
    run[1] = start
  }

  // Datelines: "November 19, 2030 5:45 PM EST", cut off what is around them
  // where both sides are other units (not "on November 19, 2030 the board").
  const dated = new Uint8Array(n)
  i = 0
  while (i < n) {
    if (!isDateWord(value, tokens[i], dates)) {
      i++
      continue
    }
    let j = i
    let strong = false
    while (j < n) {
      const head = headOf(value, tokens[j])
      const isDate =
        isDateWord(value, tokens[j], dates) ||
        (j > i && clockWord.test(headOf(value, tokens[j - 1])) && zone.test(head)) ||
        (j > i && dateSeparator.test(head) && j + 1 < n && isDateWord(value, tokens[j + 1], dates))
      if (!isDate) break
      if (yearWord.test(head) || clockWord.test(head) || numericDate.test(head)) strong = true
      j++
      if (j - i > 1 && cut[j]) break
    }
    if (strong && j - i >= 2) {
      for (let k = i; k < j; k++) dated[k] = 1
      const open = i === 0 || cut[i] > 0 || !words.has(bareWord(value, tokens[i - 1]))
      // ("… 5:45 PM EST by Ana Ruiz": a byline after it.)
      const close = j >= n || cut[j] > 0 || classes[j] === CAPITAL || classes[j] === SYMBOL || byWords.has(bareWord(value, tokens[j]))
      if (open && close) {
        if (i > 0) cut[i] = 2
        if (j < n) cut[j] = 2
      }
    }
    i = Math.max(j, i + 1)
  }

  // A comment's header before its text: "Ana on May 3, 2030 at 6:34 pm
  // said: The crossing…", "Ana May 3, 2030 at 6:34 pm The crossing…": the
  // text opens after the commenter's verb or the time, when a year or a clock
  // time stands a few words before.
  for (let k = 0; k + 1 < n; k++) {
    const tail = tailOf(value, tokens[k])
    const end = colonEnd.test(tail) || clockWord.test(headOf(value, tokens[k])) || dates.has(bareWord(value, tokens[k]))
    if (!end || cut[k + 1] || !sentenceStart.test(headOf(value, tokens[k + 1]))) continue
    let timed = false
    for (let q = Math.max(0, k - maxHeader); q <= k && !timed; q++) {
      const head = headOf(value, tokens[q])
      if (yearWord.test(head) || clockWord.test(head)) timed = true
    }
    if (timed && commentMeta.test(value.slice(tokens[Math.max(0, k - maxHeader)].start, tokens[k].end))) cut[k + 1] = 2
  }
  // "…the pier at dawn. quayfan7 says: May 3, 2030…": a commenter's name and
  // verb after a sentence end open a comment (a lower-case name too).
  for (let k = 1; k < n; k++) {
    if (!colonEnd.test(tailOf(value, tokens[k])) || !commentMeta.test(headOf(value, tokens[k]))) continue
    for (let q = k - 1; q > 0 && q >= k - maxName; q--) {
      if (cut[q] || sentenceEnd.test(tailOf(value, tokens[q - 1]))) {
        cut[q] = 2
        if (k + 1 < n) cut[k + 1] = 2
        break
      }
    }
  }

  // A headline written twice in a row (an image's text and its link):
  // each copy a unit ("Harbour wall repairs start Harbour wall repairs start").
  const texts = tokens.map((d) => headOf(value, d))
  i = 0
  while (i < n) {
    let length = 0
    for (let size = minCopy; size <= maxCopy && i + 2 * size <= n; size++) {
      if (texts[i] !== texts[i + size]) continue
      let same = true
      for (let q = 1; q < size && same; q++) if (texts[i + q] !== texts[i + size + q]) same = false
      if (same) {
        // ("the harbour the harbour the harbour": a copy of four different words or more, not a text that repeats itself.)
        if (new Set(texts.slice(i, i + size)).size >= minCopy) length = size
        break
      }
    }
    if (length === 0) {
      i++
      continue
    }
    if (i > 0) cut[i] = 1
    cut[i + length] = 1
    if (i + 2 * length < n) cut[i + 2 * length] = 1
    i += 2 * length
  }

  // A widget word or a cue that opens a unit before a sentence: "Advertisement “We
  // have…", "Most read The crossing…", "Share The board…" (one to three words).
  for (let k = 0; k < n; k++) {
    if (k > 0 && !cut[k]) continue
    if (classes[k] !== CAPITAL) continue
    let phrase = ''
    for (let size = 1; size <= maxCue && k + size < n; size++) {
      phrase += (size > 1 ? ' ' : '') + bareWord(value, tokens[k + size - 1])
      if (cut[k + size]) break
      if (cues.has(phrase) && sentenceStart.test(headOf(value, tokens[k + size])) && classes[k + size + 1] !== CAPITAL) {
        cut[k + size] = 1
        break
      }
    }
  }

  // The items of a run of labels, where their capitals meet ("Home News" → "Home" ⏎ "News"),
  // not inside a dateline nor after a function word, nor inside the name after
  // "by" ("By Ana Ruiz" stays).
  for (const [a, b] of merged) {
    const headline = isHeadlineRun(value, tokens, a, b)
    let name = 0
    for (let k = a + 1; k < b; k++) {
      if (name > 0 && classes[k] === CAPITAL && !allCaps.test(headOf(value, tokens[k]))) {
        name--
        continue
      }
      name = 0
      if ((dated[k] && dated[k - 1]) || words.has(bareWord(value, tokens[k - 1]))) {
        if (byWords.has(bareWord(value, tokens[k - 1]))) name = maxName - 1
        continue
      }
      if (isLabelClass(classes[k - 1]) && isLabelClass(classes[k]) && !cut[k]) {
        cut[k] = 2
        if (headline) pieces[k] = 1
      }
    }
  }

  // A numbered list run together ("1 Harbour wall repairs start 2 Bakery
  // wins prize 3 …"): numbers standing alone, not before a lower-case word,
  // that count up by one, three or more, each a few words after the one
  // before, are its items' numbers, each a unit of its own (not a score's:
  // "Ana Ruiz 2 goals. Mia Holm 3 saves.").
  const numbers = new Int32Array(n).fill(-1)
  for (let k = 0; k + 1 < n; k++) {
    if (listNumber.test(headOf(value, tokens[k])) && classes[k + 1] !== LOWER && classes[k + 1] !== FUNCTION) numbers[k] = Number(headOf(value, tokens[k]))
  }
  // following[k]: the word of the number after the one at k, close after it.
  const following = new Int32Array(n).fill(-1)
  for (let k = 0; k < n; k++) {
    if (numbers[k] < 0) continue
    for (let q = k + 2; q < n && q <= k + maxListItem; q++) {
      if (numbers[q] === numbers[k] + 1) {
        following[k] = q
        break
      }
    }
  }
  // chain[k]: numbers counting up from k.
  const chain = new Int32Array(n)
  for (let k = n - 1; k >= 0; k--) if (numbers[k] >= 0) chain[k] = following[k] >= 0 ? chain[following[k]] + 1 : 1
  for (let k = 0; k < n; k++) {
    if (chain[k] < minListNumbers) continue
    for (let q = k; q >= 0; q = following[q]) {
      if (q > 0) cut[q] = 2
      if (q + 1 < n) cut[q + 1] = 2
      chain[q] = 0
    }
  }

  // A photo's credit ends its caption, before the sentence after it: "…in the
  // rain. Credit: Ana Ruiz The crews…", "Photo by Ana Ruiz “We…", "…the pier.
  // (Photo: Harbour Board) Crews…" (the cue capitalised, the credit's name a
  // few capitalised words; not "a photo by Ana Ruiz shows…").
  for (let k = 0; k + 2 < n; k++) {
    const word = bareWord(value, tokens[k])
    if (classes[k] === CAPITAL && creditWord.test(word) && (colonEnd.test(tailOf(value, tokens[k])) || creditLink.has(bareWord(value, tokens[k + 1])))) {
      const name = colonEnd.test(tailOf(value, tokens[k])) ? k + 1 : k + 2
      for (let q = name + 1; q < n && q <= name + maxName + 1; q++) {
        if (opensSentence(value, tokens, classes, q)) {
          cut[q] = 2
          break
        }
        if (classes[q] !== CAPITAL && classes[q] !== SYMBOL) break
      }
    }
    // "(Photo: Harbour Board) Crews…", "(AP) Crews…".
    if (closing.test(tailOf(value, tokens[k])) && tailOf(value, tokens[k]).endsWith(')') && opensSentence(value, tokens, classes, k + 1)) {
      for (let q = k; q >= 0 && q >= k - maxName - 2; q--) {
        const head = headOf(value, tokens[q])
        if (head.startsWith('(')) {
          const group = value.slice(tokens[q].start + 1, tokens[k].end - 1)
          if (!group.includes('(') && !group.includes(')') && parenCredit.test(group)) cut[k + 1] = 2
          break
        }
      }
    }
  }

  // A gallery's counter: "…the pier. (Photo: Ana Ruiz) Image 4 of 5 The
  // crews…" (after an image's cue or where a unit starts, before a capital):
  // a unit of its own.
  for (let k = 0; k + 3 < n; k++) {
    if (!counterNumber.test(headOf(value, tokens[k])) || !counterOf.has(bareWord(value, tokens[k + 1])) || !counterNumber.test(headOf(value, tokens[k + 2]))) continue
    if (Number(headOf(value, tokens[k])) > Number(headOf(value, tokens[k + 2])) || !(classes[k + 3] === CAPITAL || quoteStart.test(headOf(value, tokens[k + 3])))) continue
    const cued = k > 0 && classes[k - 1] === CAPITAL && creditWord.test(bareWord(value, tokens[k - 1]))
    if (!cued && !cut[k]) continue
    const start = cued ? k - 1 : k
    if (start > 0) cut[start] = 2
    cut[k + 3] = 2
  }

  // A count in parentheses after each item of a list: "…to the island (142)
  // Bakery wins prize (87) Crews vote…" (three or more, each before a
  // capital or a number): an item ends after its count.
  const counted: number[] = []
  for (let k = 0; k < n; k++) {
    if (parenCount.test(headOf(value, tokens[k])) && (k + 1 === n || classes[k + 1] === CAPITAL || classes[k + 1] === NUMBER)) counted.push(k)
  }
  if (counted.length >= minCounts) for (const k of counted) if (k + 1 < n) cut[k + 1] = 2

  // A kicker in capitals before a headline: "…in a gale NIGHT OWLS Ferry
  // crews train…" (two words in capitals or more, between words that are
  // not, the one after capitalised): a unit of its own.
  for (let k = 0; k < n; k++) {
    if (!isCapitalsWord(value, tokens[k]) || (k > 0 && isCapitalsWord(value, tokens[k - 1]))) continue
    let end = k
    while (end < n && isCapitalsWord(value, tokens[end])) end++
    if (end - k >= minKicker && end < n && classes[end] === CAPITAL && k > 0 && (classes[k - 1] === LOWER || classes[k - 1] === FUNCTION)) {
      cut[k] = 2
      cut[end] = 2
    }
    k = end - 1
  }

  // A long unit without sentence end is a row of headlines: cut where a
  // capitalised word that opens a clause follows a lower-case word
  // ("…the night ferry Bakery wins prize").
  let from = 0
  for (let k = 1; k <= n; k++) {
    if (k < n && !cut[k]) continue
    const terminal = sentenceEnd.test(tailOf(value, tokens[k - 1]))
    if (k - from > (terminal ? maxSentence : maxHeadlines)) {
      for (let q = from + 1; q < k - 1; q++) {
        const previous = classes[q - 1]
        const tail = tailOf(value, tokens[q - 1])
        if ((previous === LOWER || previous === FUNCTION || colonEnd.test(tail)) && !clauseEnd.test(tail) && classes[q] === CAPITAL && (classes[q + 1] === LOWER || classes[q + 1] === FUNCTION)) cut[q] = 2
      }
    }
    // "…a new coach for the harbour club The former captain said…": in a long
    // unit, a capitalised function word after a lower-case word opens a
    // sentence (a headline ends before it).
    if (k - from > maxHeadlines) {
      for (let q = from + 2; q < k - 2; q++) {
        if (classes[q - 1] === LOWER && !clauseEnd.test(tailOf(value, tokens[q - 1])) && classes[q] === CAPITAL && words.has(bareWord(value, tokens[q])) && !allCaps.test(headOf(value, tokens[q]))) cut[q] = 2
      }
    }
    from = k
  }

  // A cue of two words or more, capitalised, that ends a unit: "…the ferry
  // service Recommended for you" ⏎ (a share row): the cue heads what
  // follows, a unit of its own.
  for (let k = 2; k <= n; k++) {
    if (k < n && !cut[k]) continue
    let phrase = ''
    for (let size = 1; size <= maxCue && k - size >= 0; size++) {
      const at = k - size
      if (size > 1 && cut[at + 1]) break
      phrase = bareWord(value, tokens[at]) + (size > 1 ? ' ' + phrase : '')
      if (size >= 2 && classes[at] === CAPITAL && at > 0 && !cut[at] && cues.has(phrase)) {
        cut[at] = 2
        break
      }
    }
  }

  // A tag list after its cue: "Filed under harbour , ferries , night
  // crossing Share this", "Tags: harbour ferries winter The crossing…" (the
  // cue capitalised, then items between commas, or in lower case after a
  // colon): one unit, cue and items, cut off what is around it.
  for (let k = 0; k + 1 < n; k++) {
    if (classes[k] !== CAPITAL) continue
    let phrase = ''
    let size = 0
    for (let c = 1; c <= maxCue && k + c < n; c++) {
      phrase += (c > 1 ? ' ' : '') + bareWord(value, tokens[k + c - 1])
      if (tagCues.has(phrase)) size = c
      if (colonEnd.test(tailOf(value, tokens[k + c - 1]))) break
    }
    if (size === 0) continue
    const end = tagListEnd(value, tokens, classes, k + size)
    if (end < 0) continue
    if (k > 0) cut[k] = 2
    for (let q = k + 1; q < end; q++) cut[q] = 0
    if (end < n) cut[end] = 2
    k = end - 1
  }

  // Chinese and Japanese: a space between two of their characters was a
  // text node's edge ("ニュース スポーツ"), and a full stop ends a sentence.
  const points: number[] = []
  for (let k = 1; k < n; k++) {
    const cjk = cjkEdge.test(value.charAt(tokens[k].start)) && cjkEdge.test(value.charAt(tokens[k - 1].end - 1))
    if (cut[k] || cjk) points.push(tokens[k].start)
    if (cut[k] && pieces[k]) soft?.add(tokens[k].start)
  }
  // (Full stops inside a word: "…した。次に…".)
  if (!cjkStop.test(value)) return points
  const withStops: number[] = []
  let next = 0
  for (let k = 0; k < n; k++) {
    const token = tokens[k]
    while (next < points.length && points[next] <= token.start) withStops.push(points[next++])
    if (token.end - token.start < 2) continue
    for (let at = token.start; at < token.end - 1; at++) {
      if (cjkStop.test(value.charAt(at)) && !closing.test(value.charAt(at + 1)) && !cjkStop.test(value.charAt(at + 1))) withStops.push(at + 1)
    }
  }
  while (next < points.length) withStops.push(points[next++])
  return withStops
}

// Most words of a run of capitals that `isHeadlineRun` reads as headlines (a few of them in a row).
const maxHeadlineRun = 60
// A word of a headline, not a menu's label: a possessive ("Harbour's", "CREW'S", "Crews'"), a colon
// ("Ferries: The…"), a word in quotes ("'Winter'").
const headlineMark = /^['‘“"]|['’][sS]?$|[:'’”"]$/u

/**
 * Whether the capitalised words from `a` to `b` are a headline in title case
 * or in capitals rather than a menu (`Ferry Crews' Winter: The Long Night
 * Shift`): two words or more marked as a headline's (`headlineMark`) among
 * six or more.
 */
function isHeadlineRun(value: string, tokens: Token[], a: number, b: number): boolean {
  // (A menu of a hundred labels may hold two possessives: "Sailors' Corner", "Editors' Picks".)
  if (b - a < 6 || b - a > maxHeadlineRun) return false
  let marks = 0
  for (let k = a; k < b && marks < 2; k++) {
    const head = headOf(value, tokens[k])
    const tail = tailOf(value, tokens[k])
    if (headlineMark.test(head.charAt(0)) || headlineMark.test(tail.charCodeAt(tail.length - 1) === 44 ? tail.slice(0, -1) : tail)) marks++
  }
  return marks >= 2
}

/**
 * Where the tag list that starts at word `start` ends (the word after it),
 * or `-1` when no list starts there: three items or more between commas
 * ("harbour , ferries , night crossing"), each of a few words, the last as
 * long as the longest before it at most and ending where a word's case
 * differs from the items' ("… winter Share"); or, after a cue that ends
 * with a colon, words in lower case up to a capital ("Tags: harbour
 * ferries The crossing") or capitalised words up to a sentence ("Tags:
 * Ferry Bargains Ferry crews vote…"); or one item of a few words up to a separator
 * ("Posted in Harbour News | Permalink").
 */
function tagListEnd(value: string, tokens: Token[], classes: number[], start: number): number {
  const n = tokens.length
  if (start >= n) return -1
  const lowerItems = classes[start] === LOWER || classes[start] === FUNCTION || classes[start] === NUMBER
  // Items between commas.
  let commas = 0
  let longest = 0
  let words = 0
  let itemStart = start
  let k = start
  // (A list of a few hundred words at most: each cue reads a bounded stretch.)
  for (; k < n && k - start < maxTagScan; k++) {
    const text = headOf(value, tokens[k])
    if (text === ',') {
      if (words === 0 || words > maxTagWords) break
      commas++
      longest = Math.max(longest, words)
      words = 0
      continue
    }
    if (words === 0 && commas > 0 && (classes[k] === CAPITAL) === lowerItems && classes[k] !== NUMBER) break
    if (words === 0) itemStart = k
    words++
    if (clauseEnd.test(tailOf(value, tokens[k]))) {
      if (words > maxTagWords) break
      commas++
      longest = Math.max(longest, words)
      words = 0
      continue
    }
    if (words > maxTagWords) break
  }
  if (commas >= minTagCommas) {
    // The last item: as long as the longest at most, up to a word whose case differs.
    // ("… , winter , Share": a list that ends with its comma ends there.)
    if (words === 0) return k
    let end = itemStart
    let taken = 0
    while (end < n && taken < longest && !sentenceEnd.test(tailOf(value, tokens[Math.max(start, end - 1)]))) {
      if (taken > 0 && lowerItems && classes[end] === CAPITAL) break
      end++
      taken++
    }
    return end
  }
  // "Posted in Harbour News | Permalink": one item up to a separator.
  for (let q = start; q < n && q - start <= maxTagWords; q++) {
    if (dateSeparator.test(headOf(value, tokens[q])) && headOf(value, tokens[q]) !== ',') return q > start ? q : -1
    if (sentenceEnd.test(tailOf(value, tokens[q])) || clauseEnd.test(tailOf(value, tokens[q]))) break
  }
  // "Tags: Harbour News Ferry crews vote…": capitalised words after a colon, up to a sentence.
  if (colonEnd.test(tailOf(value, tokens[start - 1])) && classes[start] === CAPITAL) {
    for (let q = start + 1; q < n && q - start <= maxTagWords; q++) {
      if (opensSentence(value, tokens, classes, q)) return q
      if (classes[q] !== CAPITAL && classes[q] !== NUMBER) break
    }
  }
  // "Tags: harbour ferries winter The crossing": lower-case words after a colon.
  if (!colonEnd.test(tailOf(value, tokens[start - 1])) || !lowerItems) return -1
  let end = start
  while (end < n && end - start < maxTagRun && (classes[end] === LOWER || classes[end] === FUNCTION || classes[end] === NUMBER) && !sentenceEnd.test(tailOf(value, tokens[end]))) end++
  if (end < n && classes[end] !== CAPITAL) return -1
  return end
}

/** Whether a sentence opens at word `q`: a capitalised word before a lower-case one ("Crews will"), or an opening quotation mark. */
function opensSentence(value: string, tokens: Token[], classes: number[], q: number): boolean {
  if (q >= tokens.length) return false
  if (quoteStart.test(headOf(value, tokens[q]))) return true
  return classes[q] === CAPITAL && q + 1 < tokens.length && (classes[q + 1] === LOWER || classes[q + 1] === FUNCTION)
}

/** Whether a word is written in capitals: "TRAVELLER", "DON'T", "‘NAÏVE" (two capitals or more, no lower-case letter). */
function isCapitalsWord(value: string, token: Token): boolean {
  const head = headOf(value, token)
  let capitals = 0
  for (const char of head) {
    if (lower.test(char)) return false
    if (upper.test(char)) capitals++
  }
  return capitals >= 2
}

/** The most words between two sentence ends (or the line's ends). */
function longestStretch(cut: Uint8Array, n: number): number {
  let best = 0
  let from = 0
  for (let k = 1; k <= n; k++) {
    if (k < n && !cut[k]) continue
    if (k - from > best) best = k - from
    from = k
  }
  return best
}

/** Whether a word is a short text node of Chinese or Japanese, no sentence: "ニュース". */
function isCjkLabel(value: string, token: Token): boolean {
  return token.end - token.start <= maxCjkLabel && cjkChar.test(value.charAt(token.start)) && !cjkStop.test(value.slice(token.start, token.end))
}

/** Whether a word is a word of dates: a month, a weekday, a number of a date, a clock time. */
function isDateWord(value: string, token: Token, dates: ReadonlySet<string>): boolean {
  const head = headOf(value, token)
  if (dateNumber.test(head) || clockWord.test(head) || numericDate.test(head)) return true
  const bare = head.toLowerCase().replace(/[,;]$/, '')
  return dates.has(bare) || dates.has(bareWord(value, token))
}
