/**
 * Separate tag lists and related headlines from the body: move their blocks
 * to the `tag` and `related` fates (instead of deleting them), clean each
 * item, and split section labels and kickers off headlines.
 *
 * Runs after `removeBoilerplate`: it may take blocks that step marked
 * `removed` (a tag list or headlines outside the article), and takes body
 * blocks only when they are clearly a tag row or a headline run.
 */
import {append} from '../append.js'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  commentedOnLength,
  gluedExcerptTitle,
  headlineShape,
  isArticleMeta,
  isByline,
  isCaptionCredit,
  isCommentHeader,
  isCommenterLine,
  isExcerpt,
  isCountLike,
  isDateLike,
  isLabelShape,
  isTagShape,
  isTitleCaseLabel,
  isUnspaced,
  separatorOnly,
  wordCount
} from '../features/headline.js'
import {endsSentence} from '../features/lines.js'
import {foldSpace, foldedLengthExceeds, isSpaceCode, solidLengthExceeds} from '../features/space.js'
import {holdsCode, isLowerCode, isUpperCode, isWordCode} from '../features/code-class.js'
import {isScriptLiteral} from '../features/code.js'
import {isBrowserPlaceholder} from '../features/image-text.js'
import {cleanHeadline, gluedLabel, kickerSplit, splitGluedTags, splitRepeatedTags, splitSortedTags, splitTagLine, splitWrappedTags, wrapsInsideItem, type CleanHeadline} from '../features/items.js'
import {lexicons, lexiconsFor} from '../lexicon/index.js'
import {inform, quote, span} from '../message.js'
import {foldedLower} from '../parse/block.js'
import type {Block, Position, RelatedItem, Root, Stripped} from '../types.js'

/** Options for `separateSections`. */
export interface Options {
  /** Move tag lists into `tags` (default: `true`); when `false` their blocks stay as the boilerplate step left them. */
  tags?: boolean | null | undefined
  /** Move related headlines into `related` (default: `true`); when `false` their blocks stay as the boilerplate step left them. */
  related?: boolean | null | undefined
  /**
   * Find related headlines by their shape in the text (default: `true`); when
   * `false`, only headlines an earlier step moved to `related` (DOM evidence)
   * are cleaned, deduplicated and given their section labels.
   */
  headlines?: boolean | null | undefined
  /** Clean related items: strip numbers, counts, dates, durations, and split glued section labels (default: `true`). */
  clean?: boolean | null | undefined
  /** Split a kicker run into a headline (`Storm season Coastal towns…`) when the evidence is strong (default: `true`). */
  kickers?: boolean | null | undefined
  /** Most items a tag list may have before it counts as a site-wide tag cloud, unless the body mentions most of them (default: `25`). */
  maxTags?: number | null | undefined
}

// A byline label on its own line ("By", "Author:", "Por").
const bylineWord = /^(?:by|author|written by|posted by|por|par|von|автор|от)[:：]?$/i

const emptyOptions: Readonly<Options> = Object.freeze({})

// Cue keys: "Filed under:" → "filed under"; "— Tags:" → "tags"; "Related Articles »" → "related articles".
const keyTrimStart = /^[\s\p{P}\p{S}]+/u
// (The end is tried only where a run of those marks starts: from each mark of
// a long run, to its end, is quadratic.)
const keyTrimEnd = /(?<![\s:：»›>→\-–—|·•])[\s:：»›>→\-–—|·•]+$/u
// A cue with its items on the same line: "Tags: BGR Deals", "Filed under afghanistan , hostages".
const cueSeparator = /^\s*[:：]?\s*/u
// Rules this step sets on blocks it does not move.
const ownRules = new Set(['tag-cue', 'tag-separator', 'duplicate-tag', 'related-cue', 'related-meta', 'duplicate-headline'])
// Starts lower case: the rest of a headline broken over two lines.
const continuation = /^\p{Ll}/u
// A price on its own: "$139.00", "12,99 €", "£5".
const price = /^(?:(?:from|ab|desde|à partir de)\s+)?(?:[$€£¥₹₽]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥₹₽]|eur|usd|руб\.?))$/iu
/** Whether a block is a price (`price` needs a digit: tested only then). */
function isPrice(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 48 && code <= 57) return price.test(value.trim())
  }
  return false
}
// A list item's number on its own line: "2.", "10)" (a Markdown list of teasers).
const listNumber = /^\d{1,3}[.)]$/
// Long text that reads like article prose.
const prose = /[.!?。！？"”»]$/u

/**
 * Plugin: set `fate: 'tag'` and `fate: 'related'` on blocks.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function separateSections(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `separateSections` options must be an object')
  }
  const maxTags = settings.maxTags ?? 25
  if (typeof maxTags !== 'number' || !(maxTags >= 1)) {
    throw new TypeError('unscrape: `maxTags` must be a positive number, got `' + String(maxTags) + '`')
  }
  const doTags = settings.tags !== false
  const doRelated = settings.related !== false
  const doClean = settings.clean !== false
  const doKickers = settings.kickers !== false
  const byShape = settings.headlines !== false

  return function (tree: Root, file: VFile): undefined {
    if (!doTags && !doRelated) return
    // Decisions depend on the order cues are met: a second run on a separated
    // tree would re-decide from moved blocks, so it leaves the tree as it is.
    if (tree.data.sectionsSeparated) return
    tree.data.sectionsSeparated = true
    const context = createContext(tree, file)
    if (doTags) findTagLists(context, maxTags)
    if (doRelated) findRelated(context, byShape, doClean, doKickers)
  }
}

/** What the passes share for one document. */
interface Context extends Cues {
  tree: Root
  file: VFile
  blocks: Block[]
  /** Normalized key of every block (`filed under`). */
  keys: string[]
  /** How often each key occurs on the page. */
  keyCounts: Map<string, number>
  /** Blocks right after a tag list (its end cues a related run: “More on: X” then headlines). */
  afterTagList: Set<number>
  /** Keys of the article’s title (its headline repeated in lists is not related). */
  titles: Set<string>
  /** Blocks whose tags were split at case boundaries. */
  glued: Block[]
  /** Controls joined to a row of tags (`search`), stripped when the row is taken. */
  rowControls: Map<Block, string[]>
  /** Tags already moved (lower case). */
  seenTags: Set<string>
  /** Index of the first block of article prose. */
  firstProse: number
  /** Lower-cased body text, built on first use. */
  bodyText?: string
  /** Body paragraphs (folded, lower case) by their first characters (`isOwnExcerpt`), built on first use. */
  openings?: Map<string, Array<{block: Block; opening: string}>>
  /** Tag cue found on each block asked about (`null`: none). */
  cueCache: Map<number, CueMatch | null>
  /** Whether each block is a related cue (`isRelatedCue`): 0 not asked yet, 1 yes, 2 no. */
  relatedCueOf: Int8Array
  /** Section label of each block asked about (`null`: none). */
  labelCache: Map<number, Label | null>
  /** `cleanHeadline` of each text asked about (a run’s items are cleaned by several passes). */
  cleanCache: Map<string, CleanHeadline>
  source?: string
  toPoint?: ReturnType<typeof location>['toPoint']
}

/** Cue and label sets of one language, built once per language and shared by every document. */
interface Cues {
  tagCues: Set<string>
  /** Tag cues by their first character (a block is only compared with cues it could start with). */
  tagCuesByFirst: Map<string, string[]>
  /** Length of the longest tag cue. */
  tagCueMaxLength: number
  relatedCues: string[]
  relatedCuesByFirst: Map<string, string[]>
  relatedCueSet: Set<string>
  /** Lengths of the related cues (`relatedCueLengths[n]`: a cue has `n` characters): a text of another length is none, without a lookup. */
  relatedCueLengths: Uint8Array
  /** Related cues of two words of four letters or more, cut at their space (`more ` + ` stories`), by their first character (see `isSplitCue`). */
  splitCuesByFirst: Map<string, SplitCue[]>
  /** Comment cues of two words or more, in every language, by their first character (`leave a reply`). */
  commentCuesByFirst: Map<string, string[]>
  sectionNames: Set<string>
  boilerplate: Set<string>
  boilerplatePrefixes: readonly string[]
  /** Boilerplate prefixes by their first character. */
  boilerplatePrefixesByFirst: Map<string, string[]>
  /** Longer boilerplate phrases, found inside a line (`privacy policy`). */
  uiInside: readonly string[]
  /** `uiInside` as one pattern of literals (`undefined` when there are none). */
  uiInsidePattern: RegExp | undefined
  /** Short boilerplate phrases of two words or more (not cues) that start a line of links (`follow us Facebook Instagram`). */
  uiStartPattern: RegExp | undefined
  /** A text longer than this (white space aside) is no boilerplate phrase and starts with no prefix. */
  uiMaxLength: number
  /** Starts of an article's closing notes (`editor’s note`), lower case. */
  notes: readonly string[]
  /** Headings of a list of sources (`sources`, `references`), as keys. */
  sourceCues: Set<string>
}

/** A cue of two words cut at its space: `more stories` → `more ` and ` stories`. */
interface SplitCue {
  first: string
  last: string
  length: number
}

const cuesCache = new Map<string | undefined, Cues>()
// Characters to escape to match a phrase literally.
const regexSpecial = /[.*+?^${}()|[\]\\/]/g

function byFirst(cues: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const cue of cues) {
    const list = map.get(cue.charAt(0))
    if (list) list.push(cue)
    else map.set(cue.charAt(0), [cue])
  }
  return map
}

function cuesFor(language: string | undefined): Cues {
  let cues = cuesCache.get(language)
  if (cues) return cues
  const packs = lexiconsFor(language)
  // Cues in every language: pages carry widgets in other languages than their text.
  const all = Object.values(lexicons)
  const tagCues = new Set(all.flatMap((d) => d.tagCues).map((d) => keyOf(d)))
  const relatedCues = [...new Set([...new Set(all.flatMap((d) => d.relatedCues))].map((d) => keyOf(d)))]
  cues = {
    tagCues,
    tagCuesByFirst: byFirst(tagCues),
    tagCueMaxLength: Math.max(0, ...[...tagCues].map((d) => d.length)),
    relatedCues,
    relatedCuesByFirst: byFirst(relatedCues),
    relatedCueSet: new Set(relatedCues),
    relatedCueLengths: lengthsOf(relatedCues),
    splitCuesByFirst: splitCues(relatedCues),
    commentCuesByFirst: byFirst(new Set(all.flatMap((d) => d.commentCues || []).filter((d) => d.includes(' ')))),
    sectionNames: new Set(packs.flatMap((d) => d.sections).map((d) => keyOf(d))),
    boilerplate: new Set(packs.flatMap((d) => d.boilerplate)),
    boilerplatePrefixes: packs.flatMap((d) => d.boilerplatePrefixes),
    boilerplatePrefixesByFirst: byFirst(packs.flatMap((d) => d.boilerplatePrefixes)),
    uiInside: [...new Set(packs.flatMap((d) => d.boilerplate))].filter((d) => d.length >= 10 && d.includes(' ')),
    uiInsidePattern: undefined,
    uiStartPattern: undefined,
    uiMaxLength: 59,
    notes: packs.flatMap((d) => d.noteCues || []).map((d) => d.toLowerCase()),
    sourceCues: new Set(packs.flatMap((d) => d.sourceCues || []).map((d) => keyOf(d)))
  }
  if (cues.uiInside.length > 0) cues.uiInsidePattern = new RegExp(cues.uiInside.map((d) => d.replace(regexSpecial, '\\$&')).join('|'))
  const starts = [...cues.boilerplate].filter((d) => d.length < 10 && d.includes(' ') && !cues!.relatedCueSet.has(keyOf(d)))
  if (starts.length > 0) cues.uiStartPattern = new RegExp('^(?:' + starts.map((d) => d.replace(regexSpecial, '\\$&')).join('|') + ') ')
  for (const phrase of cues.boilerplate) if (phrase.length > cues.uiMaxLength) cues.uiMaxLength = phrase.length
  cuesCache.set(language, cues)
  return cues
}

function createContext(tree: Root, file: VFile): Context {
  const blocks = tree.children
  const keys: string[] = []
  const keyCounts = new Map<string, number>()
  for (const block of blocks) {
    // (What is no part of the page repeats nothing on it: "tags: harbour" in front matter.)
    const outside = isOutsidePage(block)
    const key = outside ? '' : blockKey(block)
    keys.push(key)
    if (!outside) keyCounts.set(key, (keyCounts.get(key) || 0) + 1)
  }
  const cues = cuesFor(tree.data.language)
  // Every field named, in one order, none added later: one object shape for
  // every document keeps the many reads of the context fast.
  return {
    tree,
    file,
    blocks,
    keys,
    keyCounts,
    tagCues: cues.tagCues,
    tagCuesByFirst: cues.tagCuesByFirst,
    tagCueMaxLength: cues.tagCueMaxLength,
    relatedCues: cues.relatedCues,
    relatedCuesByFirst: cues.relatedCuesByFirst,
    relatedCueSet: cues.relatedCueSet,
    relatedCueLengths: cues.relatedCueLengths,
    splitCuesByFirst: cues.splitCuesByFirst,
    commentCuesByFirst: cues.commentCuesByFirst,
    sectionNames: cues.sectionNames,
    boilerplate: cues.boilerplate,
    boilerplatePrefixes: cues.boilerplatePrefixes,
    boilerplatePrefixesByFirst: cues.boilerplatePrefixesByFirst,
    uiInside: cues.uiInside,
    uiInsidePattern: cues.uiInsidePattern,
    uiStartPattern: cues.uiStartPattern,
    uiMaxLength: cues.uiMaxLength,
    notes: cues.notes,
    sourceCues: cues.sourceCues,
    afterTagList: new Set(),
    cueCache: new Map(),
    relatedCueOf: new Int8Array(blocks.length),
    cleanCache: new Map(),
    labelCache: new Map(),
    // Tags an earlier step moved (`rel="tag"` links): not repeated from a cue list.
    seenTags: new Set(
      blocks
        .filter((d) => d.data.fate === 'tag')
        .flatMap((d) => d.data.tags || (d.data.tag ? [d.data.tag] : []))
        .map((d) => d.toLowerCase())
    ),
    glued: [],
    rowControls: new Map(),
    titles: new Set(blocks.filter((d) => d.data.fate === 'title').map((d) => keyOf(d.value))),
    // Any fate: the boilerplate step may have missed the article.
    firstProse: blocks.findIndex((d) => d.value.length >= 120 && prose.test(d.value)),
    bodyText: undefined,
    openings: undefined,
    source: undefined,
    toPoint: undefined
  }
}

/**
 * The key of a text for cue and repeat matching: lower case, single spaces,
 * without surrounding punctuation (`— Tags:` → `tags`).
 *
 * @param text Any text.
 */
function keyOf(text: string): string {
  if (text.length > 120) return ''
  return trimKey(foldSpace(text.toLowerCase()))
}

/** `keyOf(block.value)`, from the block's folded lower case (`foldedLower`, made once). */
function blockKey(block: Block): string {
  return block.value.length > 120 ? '' : trimKey(foldedLower(block))
}

/** A lower-cased, folded text without surrounding punctuation (see `keyOf`). */
function trimKey(key: string): string {
  // The trims run only where they may cut: "— tags:" but not "harbour news".
  if (key.length > 0 && !isAsciiAlphanumeric(key.charCodeAt(0))) key = key.replace(keyTrimStart, '')
  if (key.length > 0 && isKeyEnd(key.charCodeAt(key.length - 1))) key = key.replace(keyTrimEnd, '')
  return key
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** `text.toLowerCase().startsWith(cue, offset)` for text that is ASCII up to the end of the cue. */
function startsWithAsciiLower(text: string, cue: string, offset: number): boolean {
  if (offset + cue.length > text.length) return false
  for (let j = 0; j < cue.length; j++) if (asciiLower(text.charCodeAt(offset + j)) !== cue.charCodeAt(j)) return false
  return true
}

/** Whether the first `end` characters of a text are ASCII. */
function isAscii(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
}

/** Whether a character is one `keyTrimEnd` cuts. */
function isKeyEnd(code: number): boolean {
  return (
    isSpaceCode(code) ||
    code === 58 /* : */ ||
    code === 0xff1a /* ： */ ||
    code === 0xbb /* » */ ||
    code === 0x203a /* › */ ||
    code === 62 /* > */ ||
    code === 0x2192 /* → */ ||
    code === 45 /* - */ ||
    code === 0x2013 /* – */ ||
    code === 0x2014 /* — */ ||
    code === 124 /* | */ ||
    code === 0xb7 /* · */ ||
    code === 0x2022 /* • */
  )
}

/** `cleanHeadline`, once per text. */
function cleanOnce(context: Context, text: string): CleanHeadline {
  let cleaned = context.cleanCache.get(text)
  if (!cleaned) {
    cleaned = cleanHeadline(text)
    context.cleanCache.set(text, cleaned)
  }
  return cleaned
}

function isBody(block: Block): boolean {
  return !block.data.fate || block.data.fate === 'body'
}

// A count before a button's label: "12 Share", "0 Tweet about this".
const leadingCount = /^\d{1,6}\s*/

/** Whether a block starts with a closing note's cue (`Editor’s note: …`, `Originally published on …`). */
function isClosingNote(context: Context, block: Block): boolean {
  if (context.notes.length === 0 || block.value.length > 400) return false
  const lower = foldedLower(block)
  return context.notes.some((d) => lower.startsWith(d))
}

function isUiPhrase(context: Context, text: string, block?: Block): boolean {
  // A paragraph: longer than any phrase, too long for a prefix.
  if (solidLengthExceeds(text, context.uiMaxLength)) return false
  // (A block's own text: its folded lower case is made once.)
  let lower = (block !== undefined && block.value === text ? foldedLower(block) : foldSpace(text.toLowerCase())).trim()
  // "0 Tweet about this on Twitter": a share button with its count.
  const code = lower.charCodeAt(0)
  if (code >= 48 && code <= 57) lower = lower.replace(leadingCount, '')
  if (context.boilerplate.has(lower)) return true
  if (lower.length < 60) {
    for (const prefix of context.boilerplatePrefixesByFirst.get(lower.length > 0 ? lower.charAt(0) : '') || []) if (lower.startsWith(prefix)) return true
  }
  return false
}

/** Whether a short line holds a longer boilerplate phrase: "Use of this site means you accept our privacy policy". */
function holdsUiPhrase(context: Context, text: string): boolean {
  if (text.length > 160 || !context.uiInsidePattern) return false
  const lower = text.toLowerCase()
  // (One pattern of the phrases as literals: faster than an `includes` each.)
  // "FOLLOW US Facebook Instagram": a short phrase at the start of a line of links too.
  return context.uiInsidePattern.test(lower) || (context.uiStartPattern !== undefined && context.uiStartPattern.test(lower))
}

/** Whether block `index` is the cue of a related list (“Read next”, “Most Popular Today”), decided once per block. */
function isRelatedCue(context: Context, index: number): boolean {
  // (Asked of the same block by several passes: decided once.)
  const known = context.relatedCueOf[index]
  if (known !== 0) return known === 1
  const is = relatedCueAt(context, index)
  context.relatedCueOf[index] = is ? 1 : 2
  return is
}

/** Whether block `index` is the cue of a related list (`isRelatedCue` without its memory). */
function relatedCueAt(context: Context, index: number): boolean {
  const key = context.keys[index]
  if (!key || key.length > 60) return false
  if (context.relatedCueSet.has(key)) return true
  // "Other related stories", "Статьи по теме": a word before a cue of two words or more.
  // (A rest is cut out only when a cue has its length.)
  const lengths = context.relatedCueLengths
  const space = key.indexOf(' ')
  if (space > 0 && key.length <= 48 && lengths[key.length - space - 1] === 1) {
    const rest = key.slice(space + 1)
    if (rest.includes(' ') && context.relatedCueSet.has(rest)) return true
  }
  // "Marta Quill's Most Recent Stories": a name before a cue of three words or more.
  if (key.length <= 48) {
    for (let at = key.indexOf(' '), words = 1; at > 0 && words <= 3; at = key.indexOf(' ', at + 1), words++) {
      if (lengths[key.length - at - 1] !== 1) continue
      const rest = key.slice(at + 1)
      if (context.relatedCueSet.has(rest) && wordCount(rest) >= 3) return true
    }
  }
  // "Featured Video View all": a list heading with its link to the whole list.
  if (key.length <= 48 && listLink.test(key) && wordCount(key) <= 6) return true
  // "Most Popular Today", "More from Business": a cue and a few words.
  for (const cue of context.relatedCuesByFirst.get(key.charAt(0)) || []) {
    if (key.length > cue.length && key.startsWith(cue) && key.charAt(cue.length) === ' ') {
      const extra = wordCount(key) - wordCount(cue)
      if (extra <= 3) return true
      // "More from the Harbour Evening Gazette": a cue and the name of a site.
      if (extra <= 5 && isTitleCaseLabel(lastWords(foldSpace(context.blocks[index].value).trim(), extra), 5)) return true
      // "Related coverage from Harbour Guides: Money:": a cue and the name of a section, closed by a colon.
      if (extra <= 8 && context.blocks[index].value.trimEnd().endsWith(':')) return true
    }
  }
  // "More Great Harbour Stories": a cue of two words with a few words between them.
  if (key.length <= 48) {
    for (const cue of context.splitCuesByFirst.get(key.charAt(0)) || []) {
      if (key.length > cue.length + 1 && isSplitCue(key, cue)) return true
    }
  }
  return false
}

/**
 * Whether a short line is the heading of a comment form with its controls
 * (`Leave a Comment Close this form`): a comment cue of two words or more and at
 * most three words after it.
 */
function opensComments(context: Context, text: string): boolean {
  if (text.length > 80) return false
  const lower = foldSpace(text.toLowerCase()).trim()
  for (const cue of context.commentCuesByFirst.get(lower.charAt(0)) || []) {
    if (lower.startsWith(cue) && (lower.length === cue.length || (lower.charAt(cue.length) === ' ' && wordCount(lower) - wordCount(cue) <= 3))) return true
  }
  return false
}

/**
 * Length of a related cue of two words or more that opens a headline on its
 * line (`Read Next Ferry crews vote…`, a text browser's row), with the space
 * after it; `0` when there is none. The headline starts with a capital, a
 * digit or a quote and has three words or more.
 */
function leadingCue(context: Context, text: string): number {
  const lower = text.slice(0, 64).toLowerCase()
  for (const cue of context.relatedCuesByFirst.get(lower.charAt(0)) || []) {
    if (!cue.includes(' ') || !lower.startsWith(cue) || lower.charAt(cue.length) !== ' ') continue
    const rest = text.slice(cue.length + 1)
    // (Not the cue twice: "You may also like You may also like".)
    if (headlineStart.test(rest) && wordCount(rest) >= 3 && !rest.toLowerCase().startsWith(cue)) return cue.length + 1
  }
  return 0
}

// A headline's first character: a capital, a digit or an opening quote.
const headlineStart = /^[\p{Lu}\p{N}"'‘“«]/u

/** The last `count` words of a text. */
function lastWords(text: string, count: number): string {
  const words = text.split(' ')
  return words.slice(Math.max(0, words.length - count)).join(' ')
}

/**
 * The cues of two words (`more stories`) that may have words between them
 * (`more great harbour stories`), cut once at their space; both words have
 * four letters or more (`also on` is no cue around `also available on`).
 */
function splitCues(cues: readonly string[]): Map<string, SplitCue[]> {
  const map = new Map<string, SplitCue[]>()
  for (const cue of cues) {
    const space = cue.indexOf(' ')
    if (space < 4 || cue.length - space - 1 < 4 || cue.indexOf(' ', space + 1) >= 0) continue
    const split = {first: cue.slice(0, space + 1), last: cue.slice(space), length: cue.length}
    const list = map.get(cue.charAt(0))
    if (list) list.push(split)
    else map.set(cue.charAt(0), [split])
  }
  return map
}

/** Which lengths the cues have: `lengths[n] === 1` when a cue has `n` characters. */
function lengthsOf(cues: readonly string[]): Uint8Array {
  const lengths = new Uint8Array(Math.max(0, ...cues.map((d) => d.length)) + 1)
  for (const cue of cues) lengths[cue.length] = 1
  return lengths
}

/** Whether `key` is a split cue with one to three words between its words. */
function isSplitCue(key: string, cue: SplitCue): boolean {
  if (!key.startsWith(cue.first) || !key.endsWith(cue.last)) return false
  const inside = wordCount(key) - 2
  return inside >= 1 && inside <= 3
}

/**
 * Whether an item is the opening of a paragraph of the body cut short by an
 * ellipsis (`Good morning! Here is the harbour news you need to...`): the
 * article's own summary, as the page's description repeats it, not another
 * article's headline.
 *
 * @param item The item's block.
 * @param text The item's title.
 */
function isOwnExcerpt(context: Context, item: Block, text: string): boolean {
  // "…need to..." / "…need to…": no regex, whose `\s*` before `$` is tried from every start.
  const trimmed = text.trimEnd()
  const cut = trimmed.endsWith('...') ? 3 : trimmed.endsWith('…') ? 1 : 0
  if (cut === 0) return false
  const prefix = foldSpace(trimmed.slice(0, -cut)).trim().toLowerCase()
  if (prefix.length < EXCERPT_KEY || wordCount(prefix) < 4) return false
  if (context.openings === undefined) {
    // Body paragraphs by their first characters: one lookup per item, whatever the page's size.
    context.openings = new Map()
    for (const block of context.blocks) {
      if (!isBody(block) || block.value.length < EXCERPT_KEY) continue
      const opening = foldSpace(block.value).toLowerCase()
      const key = opening.slice(0, EXCERPT_KEY)
      const list = context.openings.get(key)
      if (list) list.push({block, opening})
      else context.openings.set(key, [{block, opening}])
    }
  }
  const list = context.openings.get(prefix.slice(0, EXCERPT_KEY))
  if (list === undefined) return false
  // (Another block, which goes on after the cut or whose cut follows a sentence's end: a headline
  // cut short is a line of the body until it is moved, and so is its copy in a second list.)
  const whole = endsSentence(prefix)
  return list.some((d) => d.block !== item && d.opening.startsWith(prefix) && (whole || !ellipsisOnly.test(d.opening.slice(prefix.length))))
}

/** Characters of a paragraph's opening that index it (`isOwnExcerpt`). */
const EXCERPT_KEY = 24
// Nothing but an ellipsis after a paragraph's opening (`isOwnExcerpt`).
const ellipsisOnly = /^\s*(?:\.{3}|…)?$/u

/**
 * Whether an item is a list of the article's tags run together with commas
 * (`ferries,harbour,winter storms`: the page's keywords, as its metadata
 * writes them), every part a tag already found.
 */
function isKeywordList(context: Context, text: string): boolean {
  if (!text.includes(',') || context.seenTags.size < 2) return false
  const parts = text.split(',')
  if (parts.length < 2) return false
  for (const part of parts) if (!context.seenTags.has(foldSpace(part).trim().toLowerCase())) return false
  return true
}

/** Whether the body mentions the text (case-insensitive). */
function mentioned(context: Context, text: string): boolean {
  if (context.bodyText === undefined) {
    const parts: string[] = []
    for (const block of context.blocks) {
      if (isBody(block) && block.value.length >= 80) parts.push(block.value.toLowerCase())
    }
    context.bodyText = parts.join('\n')
  }
  const needle = text.toLowerCase()
  return needle.length >= 2 && context.bodyText.includes(needle)
}

/**
 * Whether the body names `text` as a word or words ("SeaCat", not the "cat"
 * of "cater") outside `block` (a long row of tags is itself in the body text).
 */
function namedBeside(context: Context, text: string, block: Block): boolean {
  if (text.length < 2 || !mentioned(context, text)) return false
  const needle = text.toLowerCase()
  const own = isBody(block) && block.value.length >= 80 ? occurrences(block.value.toLowerCase(), needle, 1) : 0
  return occurrences(context.bodyText || '', needle, own + 1) > own
}

/** How often `needle` stands in `text` as a word or words, counted up to `enough`. */
function occurrences(text: string, needle: string, enough: number): number {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1 && count < enough; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32
    const after = at + needle.length < text.length ? text.charCodeAt(at + needle.length) : 32
    if (!isWordCode(before) && !isWordCode(after)) count++
  }
  return count
}

/** Position of `text` inside a block, searched in the input; the block’s position when not found. */
function locate(context: Context, block: Block, text: string): Position {
  const start = block.position.start.offset
  const end = block.position.end.offset
  if (context.tree.data.source === 'text' && start !== undefined && end !== undefined && text) {
    context.source ??= String(context.file.value ?? '')
    const at = context.source.indexOf(text, start)
    if (at >= 0 && at + text.length <= end) {
      context.toPoint ??= location(context.file).toPoint
      const from = context.toPoint(at)
      const to = context.toPoint(at + text.length)
      if (from && to) return {start: from, end: to}
    }
  }
  return structuredClone(block.position)
}

function strip(context: Context, block: Block, text: string, rule: string) {
  const stripped: Stripped = {text, rule, position: locate(context, block, text)}
  ;(block.data.stripped ||= []).push(stripped)
}

function setFate(block: Block, fate: 'tag' | 'related' | 'removed', rule: string) {
  block.data.fate = fate
  block.data.rule = rule
}

// ---------------------------------------------------------------------------
// Tags.

/** A tag cue found on a block: alone (`Tags`) or with its items (`Tags: a, b`). */
type CueMatch = {rest: undefined} | {rest: string; cue: string}

function tagCueOf(context: Context, index: number): CueMatch | undefined {
  // Asked for the same block by several passes: computed once.
  const cached = context.cueCache.get(index)
  if (cached !== undefined) return cached || undefined
  const found = findTagCue(context, index)
  context.cueCache.set(index, found || null)
  return found
}

function findTagCue(context: Context, index: number): CueMatch | undefined {
  const key = context.keys[index]
  if (key && context.tagCues.has(key)) return {rest: undefined}
  const raw = context.blocks[index].value
  if (raw.length > 2000) return undefined
  // "Harbour news…": a first letter no cue starts with.
  let first = 0
  while (first < raw.length && isSpaceCode(raw.charCodeAt(first))) first++
  const code = raw.charCodeAt(first)
  if (isAsciiAlphanumeric(code) && !context.tagCuesByFirst.has(String.fromCharCode(code | (code >= 65 && code <= 90 ? 32 : 0)))) return undefined
  // A paragraph ("The crews met at dawn…"): its start, folded, settles that no
  // cue opens it, without folding the whole block. (The folded start is the
  // start of the folded block, up to the cut, which the cues do not reach.)
  if (raw.length > longBlock) {
    const head = foldSpace(raw.slice(0, longBlock)).trim()
    const at = keyTrimStart.exec(head)?.[0].length ?? 0
    if (head.length >= at + context.tagCueMaxLength + 2 && cuesAt(context, head, at).length === 0) return undefined
  }
  const value = foldSpace(raw).trim()
  const offset = keyTrimStart.exec(value)?.[0].length ?? 0
  if (offset >= value.length) return undefined
  for (const cue of cuesAt(context, value, offset)) {
    const after = value.slice(offset + cue.length)
    // "Tags: BGR Deals", "Filed under afghanistan , hostages", "タグ：ソフトウェア".
    const separator = cueSeparator.exec(after)![0]
    if (separator.length === 0 && !isUnspaced(cue) && !isGluedCueList(value, offset, after)) continue
    const rest = after.slice(separator.length).trim()
    // "Tags terms:": a cue in two parts.
    if (rest.length <= 16 && /[:：]$/u.test(rest) && wordCount(rest) <= 2) return {rest: undefined}
    if (rest) return {rest, cue: value.slice(0, value.length - rest.length).trim()}
  }
  return undefined
}

// A block longer than this is first read at its start only (`findTagCue`).
const longBlock = 200

// "harbour news, night ferries": list separators; ". The": a sentence end inside.
const listComma = /[,;，、]/g
const sentenceInside = /[.!?。！？](?:\s|$)/u

/**
 * "Tagscalendar 2027, harbour news, night ferries": a capitalised cue glued to
 * the list after it (`textContent` joins a label and its links without a
 * space) — a lower-case letter or a digit right after a cue of four letters
 * or more, three items or more, no colon, no sentence end.
 */
function isGluedCueList(value: string, offset: number, after: string): boolean {
  const head = value.charCodeAt(offset)
  const next = after.charCodeAt(0)
  if (!(head >= 65 && head <= 90) || !((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) || after.length > 600) return false
  // (Not a longer word and its label, "Tagline: fast, cheap", nor a short cue, "Tag".)
  if (value.length - offset - after.length < 4 || after.includes(':') || sentenceInside.test(after)) return false
  let commas = 0
  listComma.lastIndex = 0
  while (listComma.exec(after) && commas < 2) commas++
  return commas >= 2
}

/**
 * The tag cues that a folded, trimmed text starts with at `offset`.
 *
 * Only the start is compared: when it is ASCII, character by character
 * (cues are lower case), else on the lower-cased text.
 */
function cuesAt(context: Context, value: string, offset: number): string[] {
  const ascii = isAscii(value, Math.min(value.length, offset + context.tagCueMaxLength))
  const lower = ascii ? undefined : value.toLowerCase()
  const firstChar = lower === undefined ? String.fromCharCode(asciiLower(value.charCodeAt(offset))) : lower.charAt(offset)
  const found: string[] = []
  for (const cue of context.tagCuesByFirst.get(firstChar) || []) {
    if (lower === undefined ? startsWithAsciiLower(value, cue, offset) : lower.startsWith(cue, offset)) found.push(cue)
  }
  return found
}

/**
 * The input lines a block was joined from (`RNLI` + `winter storms`), or its
 * value when it was not joined or the input is not text.
 */
function pieces(context: Context, block: Block, raw = false): string[] {
  const joins = block.data.joins
  const start = block.position.start.offset
  const end = block.position.end.offset
  if (!joins || joins.length === 0 || context.tree.data.source !== 'text' || start === undefined || end === undefined) {
    return [block.value]
  }
  context.source ??= String(context.file.value ?? '')
  const sorted = [...joins].sort((a, b) => a.from - b.from)
  const result: string[] = []
  let from = start
  for (const join of sorted) {
    if (join.from < from || join.to > end) return [block.value]
    result.push(context.source.slice(from, join.from).trim())
    from = join.to
  }
  result.push(context.source.slice(from, end).trim())
  // Only when the pieces rebuild the value (normalization may have changed the text).
  let rebuilt = ''
  for (let k = 0; k < result.length; k++) {
    if (k > 0) {
      const kind = sorted[k - 1].kind
      if (kind === 'space') rebuilt += ' '
      else if (kind !== 'none') return [block.value]
    }
    rebuilt += result[k]
  }
  // "Harbours  Fog Horns": spaces folded since; `raw` keeps the input's.
  if (rebuilt !== block.value && !(raw && foldSpace(rebuilt) === block.value)) return [block.value]
  return result.filter((d) => d.length > 0)
}

/**
 * The input lines joined into a block, like `pieces`, also when an earlier
 * step changed their text (see below): for finding a tag cue among them.
 */
function joinedPieces(context: Context, block: Block): string[] {
  const fromInput = pieces(context, block)
  if (fromInput.length > 1 || !block.data.pieces || block.data.pieces.length < 3) return fromInput
  // "**Source:** Harbour Desk" ⏎ "**Tags**": lines an earlier step changed
  // (Markdown stripped) no longer rebuild from the input; the texts joined are
  // the pieces, as long as they still make the block's text.
  const parts = block.data.pieces
  let rebuilt = ''
  for (const part of parts) rebuilt += part
  if (rebuilt !== block.value) return fromInput
  // Texts joined without a space are one piece ("…calendar-" ⏎ "2027/), [Tides]…": a link target wrapped).
  const result: string[] = []
  let current = ''
  for (const part of parts) {
    if (part === ' ') {
      if (current.trim()) result.push(current.trim())
      current = ''
    } else current += part
  }
  if (current.trim()) result.push(current.trim())
  return result
}

/**
 * The input line joined last into a block (`search` in `… Tugboats search`),
 * when the block's text still ends with it.
 */
function lastPiece(context: Context, block: Block): string | undefined {
  const joins = block.data.joins
  const end = block.position.end.offset
  if (!joins || joins.length === 0 || context.tree.data.source !== 'text' || end === undefined) return undefined
  let last = joins[0]
  for (const join of joins) if (join.to > last.to) last = join
  if (last.to > end) return undefined
  context.source ??= String(context.file.value ?? '')
  const text = foldSpace(context.source.slice(last.to, end)).trim()
  return text && text.length < block.value.length && block.value.endsWith(text) ? text : undefined
}

/** The tags in one block of a list: a list line (`a, b, c`), the lines it was joined from, or glued labels. */
function tagItems(context: Context, block: Block, first: boolean): string[] | undefined {
  const value = foldSpace(block.value).trim()
  // "By Harbour Desk Staff" after the list.
  if (isByline(value)) return undefined
  let items = splitTagLine(value)
  if (items && items.length === 1 && block.data.joins && block.data.joins.length > 0) {
    // "sad arrombamento veiculo": three lines joined.
    const parts = pieces(context, block).filter((d) => !separatorOnly.test(d))
    if (parts.length > 1 && parts.every((d) => isTagShape(d))) items = parts
  }
  if (!items && (first || context.glued.includes(previousBlock(context, block)!)) && value.length > 40) {
    items = splitGluedTags(value)
    // "Fair TradeHarbour Policy" + "StormsWinter" + "Ferries": glued tags wrapped over lines.
    items ||= block.data.joins && block.data.joins.length > 0 ? splitWrappedTags(pieces(context, block)) : undefined
    if (items) context.glued.push(block)
  }
  return items
}

function findTagLists(context: Context, maxTags: number) {
  const {blocks} = context
  // Blocks whose tags were split at case boundaries (`Harbour PolicyFerries`).
  const glued = context.glued
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].data.fate === 'tag' || isOutsidePage(blocks[i])) continue
    // A title holds no tag list, unless lines were joined into it: "Photo: Harbour Desk" + "Tags" + "ferries, storms".
    const isTitle = blocks[i].data.fate === 'title'
    // "May 3, 2030 - By Ana Ruiz - Tags: ferries, storms": a row of fields with a tag cue among them.
    if (!isTitle && takeFieldRow(context, i, maxTags)) continue
    let cue = isTitle ? undefined : tagCueOf(context, i)
    // Input lines joined before the cue line: "Source: Harbour Desk" + "Tags" + "ferries, storms".
    let prefix: string | undefined
    let cueAt = 0
    const joins = blocks[i].data.joins
    if (!cue && joins && joins.length > 1) {
      const parts = joinedPieces(context, blocks[i])
      for (let c = 1; c < parts.length - 1; c++) {
        if (!context.tagCues.has(keyOf(parts[c]))) continue
        const before = parts.slice(0, c).join(' ')
        if (!isBody(blocks[i]) || (before.length <= 80 && !prose.test(before))) {
          // A title that holds a tag list is not the title.
          if (isTitle && parts.length - c < 2) break
          prefix = before
          cueAt = c
          cue = {rest: parts.slice(c + 1).join(' '), cue: parts[c]}
        }
        break
      }
    }
    if (!cue) continue
    // "Posted in:" on every teaser card: labels of other articles.
    if (cue.rest === undefined && (context.keyCounts.get(context.keys[i]) || 0) > 2) continue

    let inline: string[] | undefined
    let fromPieces = false
    if (cue.rest !== undefined) {
      // "Filed under afghanistan , hostages , middle east".
      // "Posted in: Music" on every teaser: a card label, not this article’s tags.
      if (context.keys[i] && (context.keyCounts.get(context.keys[i]) || 0) > 1) continue
      const parts = pieces(context, blocks[i])
      if (parts.length > cueAt + 1 && context.tagCues.has(keyOf(parts[cueAt]))) {
        // "Tags" + "bridges" + "cycling" joined into one block, or
        // "Tags" + "ferries, winter" + "storms, harbours": a list wrapped over lines.
        inline = splitWrappedTags(parts.slice(cueAt + 1).filter((d) => !separatorOnly.test(d)))
        fromPieces = true
      }
      if (!inline) {
        inline = splitTagLine(cue.rest)
        if (!inline) {
          inline = splitGluedTags(cue.rest)
          if (inline) glued.push(blocks[i])
        }
        // "Topics: storm season storm season 2027".
        // "Tags:lc 500 lexus lexus lc": sorted tags, printed with spaces only.
        if (!inline || inline.length === 1) inline = splitRepeatedTags(cue.rest) || splitSortedTags(cue.rest) || inline
      }
      if (!inline || inline.length > maxTags) continue
      // "Posted in Grants | Permalink | 1 Comment": keep the labels, strip the rest.
      const dropped = inline.filter((d) => isUiPhrase(context, d) || isCountLike(d))
      inline = inline.filter((d) => !isUiPhrase(context, d) && !isCountLike(d))
      if (inline.length === 0) continue
      for (const item of dropped) strip(context, blocks[i], item, 'tag-cue')
      // "Tags:night ferry" ⏎ "harbour board" ⏎ "outer islands": one tag on the line of a cue with a colon, the
      // rest on the lines right after it (links on lines of their own in the HTML source,
      // kept by `textContent` or as raw HTML in Markdown) are read as one list below.
      if (!fromPieces && !(inline.length === 1 && /[:：]$/u.test(cue.cue) && listGoesOn(context, i))) {
        const block = blocks[i]
        const usable = addTags(context, inline, block)
        if (usable.length === 0) continue
        // "Source: Harbour Desk" + "Tags" + "ferries, storms": what came before the cue goes with it.
        if (prefix) strip(context, block, prefix, 'tag-cue')
        strip(context, block, cue.cue, 'tag-cue')
        setFate(block, 'tag', 'tag-list')
        block.data.tag = usable[0]
        block.data.tags = usable
        context.afterTagList.add(i + 1)
        inform(context.file, `Moved ${usable.length} tag${usable.length === 1 ? '' : 's'} to \`tags\`: ${quote(usable.join(', '))}`, span(block), 'tag-list')
        continue
      }
    }

    // "Tags" then "• Lighthouses", "• Storms"…, or "Filed under" then "ferries", ",", "storms"…
    let j = i + 1
    // "Tags" then "terms:": a cue broken over two lines.
    if (!inline && j < blocks.length && blocks[j].value.length <= 16 && /[:：]$/u.test(blocks[j].value) && wordCount(blocks[j].value) <= 2) j++
    const itemBlocks: Array<{block: Block; items: string[] | undefined}> = []
    let count = 0
    if (inline) {
      itemBlocks.push({block: blocks[i], items: inline})
      count = inline.length
    }
    for (; j < blocks.length; j++) {
      const block = blocks[j]
      if (block.data.fate === 'title' || block.data.fate === 'tag') break
      // "<div class=\"tags-list\">" (raw HTML in Markdown), "[48]": nothing but markup, no block between the cue and its tags.
      if (isMarkupOnly(block)) continue
      const value = block.value.trim()
      if (separatorOnly.test(value)) {
        itemBlocks.push({block, items: undefined})
        continue
      }
      if (tagCueOf(context, j) || isRelatedCue(context, j) || isUiPhrase(context, value)) break
      // "By" then "Harbour Gazette Staff": a byline after the list, not a tag.
      if (bylineWord.test(value)) break
      const items = tagItems(context, block, itemBlocks.length === 0)
      if (!items) break
      // A headline after the list, unless the body names it or a short tag follows
      // ("Harbour Winter Storm Season" then "Ferries").
      if (items.length === 1 && headlineShape(value) === 2 && !mentioned(context, value) && !shortTagNext(context, j + 1)) break
      itemBlocks.push({block, items})
      count += items.length
      if (count > maxTags * 4) break
    }
    // Drop trailing separators.
    while (itemBlocks.length > 0 && !itemBlocks[itemBlocks.length - 1].items) itemBlocks.pop()
    if (count === 0) continue
    // "[Night" ⏎ "Crossings](…),": a tag whose link text the converter wrapped;
    // "…, sea walls, storm" ⏎ "damage, …": a list wrapped inside an item.
    let widest = 0
    for (const entry of itemBlocks) if (entry.items) widest = Math.max(widest, foldSpace(entry.block.value).trim().length)
    for (let k = 1; k < itemBlocks.length; k++) {
      const above = itemBlocks[k - 1].items
      const below = itemBlocks[k].items
      if (!above || !below || above.length === 0 || below.length === 0 || itemBlocks[k].block.data.blankBefore !== 0) continue
      const upper = itemBlocks[k - 1].block
      const plain = context.tree.data.source === 'text' && wrapsInsideItem(foldSpace(upper.value).trim(), above.length > 1, foldSpace(itemBlocks[k].block.value).trim(), widest)
      joinWrappedItem(context, upper, above, below, plain)
    }
    // A site-wide tag cloud (many items) or a menu above the article: few of them in the body.
    if (count > maxTags || (i < context.firstProse && i < blocks.length * 0.25)) {
      let hits = 0
      for (const entry of itemBlocks) for (const item of entry.items || []) if (mentioned(context, item)) hits++
      if (hits < count * 0.5) {
        i = j - 1
        continue
      }
    }

    const cueBlock = blocks[i]
    if (inline) {
      // Stripped below, once the block holds tags.
    } else {
      if (isBody(cueBlock) || cueBlock.data.fate === 'removed') setFate(cueBlock, 'removed', 'tag-cue')
      for (let k = i + 1; k < j && blocks[k] !== itemBlocks[0].block; k++) if (!isMarkupOnly(blocks[k])) setFate(blocks[k], 'removed', 'tag-cue')
    }
    const all: string[] = []
    for (const entry of itemBlocks) {
      if (!entry.items) {
        setFate(entry.block, 'removed', 'tag-separator')
        continue
      }
      if (entry.items.length === 0) {
        // "Crossings](…),": the end of a tag that the line before holds now.
        setFate(entry.block, 'tag', 'tag-list')
        entry.block.data.tags = []
        continue
      }
      // "facebook", "print" joined to the last tags.
      const ui = entry.items.filter((d) => isUiPhrase(context, d))
      const fresh = addTags(context, ui.length > 0 ? entry.items.filter((d) => !isUiPhrase(context, d)) : entry.items, entry.block)
      if (fresh.length === 0) {
        setFate(entry.block, 'removed', 'duplicate-tag')
        continue
      }
      for (const item of ui) strip(context, entry.block, item, 'boilerplate-phrase')
      setFate(entry.block, 'tag', 'tag-list')
      entry.block.data.tag = fresh[0]
      if (fresh.length > 1) entry.block.data.tags = fresh
      append(all, fresh)
    }
    if (inline && cue.rest !== undefined && cueBlock.data.fate === 'tag') {
      if (prefix) strip(context, cueBlock, prefix, 'tag-cue')
      strip(context, cueBlock, cue.cue, 'tag-cue')
    }
    const last = itemBlocks[itemBlocks.length - 1].block
    context.afterTagList.add(blocks.indexOf(last, i) + 1)
    // (A list whose tags the page listed before moves none: its blocks went as duplicates.)
    if (all.length > 0) inform(context.file, `Moved ${all.length} tag${all.length === 1 ? '' : 's'} to \`tags\`: ${quote(all.join(', '))}`, span(itemBlocks[0].block, last), 'tag-list')
    i = j - 1
  }

  // (Not in a page run together on one line: its capitalised words were cut
  // apart at guesses, "Fair" ⏎ "Hill" ⏎ "Gazette", no row of links.)
  if (!context.tree.data.runOn) findTagRows(context)
  const split = glued.filter((d) => d.data.fate === 'tag')
  if (split.length > 0) {
    inform(context.file, `Split tags printed without spaces between them in ${split.length} block${split.length === 1 ? '' : 's'}`, span(split[0], split[split.length - 1]), 'split-glued-tags')
  }
}

// Fields of a row: "May 3, 2030 - By Ana Ruiz | Tags: ferries" (a dash, a bar or a dot between spaces).
const fieldSeparator = / [|·•–-] /u

/**
 * Take the tags of a row of fields (a post's meta line) that holds a tag cue
 * after its first field (`May 3, 2030 - By Ana Ruiz - Tags: ferries,
 * storms`), or two of them (`Posted in Harbour | Tagged ferries, storms |
 * Leave a comment`): each cue's items are tags; the other fields (a date, a
 * byline, a control) are no article text either.
 *
 * A cue takes a colon after it, or two items or more (`Tagged ferries,
 * storms`); once one does, a cue without either counts too (`Posted in
 * Harbour`). Every item has the shape of a tag; the row ends no sentence
 * inside.
 *
 * @returns Whether the block became a tag list.
 */
function takeFieldRow(context: Context, index: number, maxTags: number): boolean {
  const block = context.blocks[index]
  const raw = block.value
  // (Most blocks hold no field separator: settled without folding.)
  if (raw.length > 400 || !fieldSeparator.test(raw)) return false
  const value = foldSpace(raw).trim()
  if (sentenceInside.test(value)) return false
  const fields = value.split(fieldSeparator)
  const found: Array<{field: string; cue: string; items: string[]}> = []
  let strong = false
  let later = false
  for (let k = 0; k < fields.length; k++) {
    const field = fields[k].trim()
    const offset = keyTrimStart.exec(field)?.[0].length ?? 0
    if (offset >= field.length) continue
    for (const cue of cuesAt(context, field, offset)) {
      const after = field.slice(offset + cue.length)
      const separator = cueSeparator.exec(after)![0]
      // ("Topical notes": a word that starts like a cue.)
      if (separator.length === 0) continue
      const rest = after.slice(separator.length).trim()
      if (!rest) continue
      let items = splitTagLine(rest)
      if (!items) return false
      // "Tags: harbour night crossing": where the links end (HTML), or tags that repeat or extend one another.
      if (items.length === 1) items = linkRun(rest, block.data.dom?.linkTexts) || splitRepeatedTags(rest) || splitSortedTags(rest) || items
      // (Else three words or more with spaces only say nothing of where the tags end: `Tags: harbour night crossing`.)
      if (items.length === 1 && wordCount(items[0]) >= 3) continue
      if (separator.includes(':') || separator.includes('：') || items.length > 1) strong = true
      if (k > 0) later = true
      found.push({field, cue: field.slice(0, field.length - rest.length).trim(), items})
      break
    }
  }
  if (!strong || (!later && found.length < 2)) return false
  const items = found.flatMap((d) => d.items).filter((d) => !isUiPhrase(context, d) && !isCountLike(d))
  if (items.length === 0 || items.length > maxTags) return false
  const usable = addTags(context, items, block)
  if (usable.length === 0) return false
  for (const field of fields) {
    const entry = found.find((d) => d.field === field.trim())
    if (entry) strip(context, block, entry.cue, 'tag-cue')
    else if (field.trim()) strip(context, block, field.trim(), 'tag-cue')
  }
  setFate(block, 'tag', 'tag-list')
  block.data.tag = usable[0]
  block.data.tags = usable
  context.afterTagList.add(index + 1)
  inform(context.file, `Moved ${usable.length} tag${usable.length === 1 ? '' : 's'} to \`tags\` from a row of fields: ${quote(usable.join(', '))}`, span(block), 'tag-list')
  return true
}

/**
 * The links whose texts, joined by spaces, make `text` (`harbour night
 * crossing` from `harbour`, `night crossing`): the items of a row of links
 * that the page printed with spaces only.
 */
function linkRun(text: string, links: readonly string[] | undefined): string[] | undefined {
  if (!links) return undefined
  for (let first = 0; first < links.length; first++) {
    let joined = ''
    for (let last = first; last < links.length && joined.length < text.length; last++) {
      joined += (last > first ? ' ' : '') + links[last]
      if (joined === text) return last > first && links.slice(first, last + 1).every((d) => isTagShape(d)) ? links.slice(first, last + 1) : undefined
    }
  }
  return undefined
}

/**
 * Whether the block after a tag cue's line goes on with its list: on the next
 * line (no blank line between), a line of tags itself (`harbour board`,
 * `outer islands | storms`), not a cue, a phrase of the interface or a byline.
 */
function listGoesOn(context: Context, index: number): boolean {
  // ("<a href=…" ⏎ "class=\"tag\">harbour board</a>": a line of raw HTML between them is none.)
  let at = index + 1
  while (at < context.blocks.length && isMarkupOnly(context.blocks[at]) && context.blocks[at].data.blankBefore === 0) at++
  const next = context.blocks[at]
  if (!next || next.data.blankBefore !== 0 || next.data.kind === 'list-item' || next.data.fate === 'title' || next.data.fate === 'tag' || tagCueOf(context, at) || isRelatedCue(context, at)) return false
  const value = next.value.trim()
  if (isUiPhrase(context, value) || bylineWord.test(value)) return false
  const items = tagItems(context, next, false)
  return items !== undefined && items.length > 0 && !(items.length === 1 && headlineShape(value) === 2)
}

/**
 * Whether an earlier step found a block to be no part of the page: the links
 * a text browser lists from the document's head ("Link: canonical") or at its
 * end ("51. Harbour webcams" ⏎ "file:///page/webcams"), a scraper's front
 * matter ("title: Ferries return").
 */
function isOutsidePage(block: Block): boolean {
  const rule = block.data.rule
  return rule === 'head-links' || rule === 'link-references' || rule === 'front-matter'
}

/** Whether an earlier step found nothing but markup in a block (`<div class="tags">`, `[48]`). */
function isMarkupOnly(block: Block): boolean {
  const rule = block.data.rule
  return rule === 'strip-markdown' || rule === 'strip-markup' || rule === 'strip-link-numbers'
}

/**
 * A row of short labels right after the article, most of them mentioned in
 * the body, with no cue (`Harbours`, `Pilot Boats`, `winter storms`).
 */
function findTagRows(context: Context) {
  const {blocks} = context
  let lastProse = -1
  // Blocks since the last paragraph of prose, not counting markup alone ("<div class=\"share\">" ⏎ "</div>").
  let since = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (isBody(block) && block.value.length >= 80 && prose.test(block.value)) {
      lastProse = i
      since = 0
      continue
    }
    if (!isMarkupOnly(block)) since++
    // ("__________": a rule an earlier step found to be markup only starts no row.)
    if (lastProse < 0 || since > 3 || block.data.fate === 'tag' || block.data.fate === 'title' || isMarkupOnly(block)) continue
    // A run of short labels.
    let j = i
    const items: string[][] = []
    while (j < blocks.length && j - i < 16) {
      // "Most Read": a list of headlines starts.
      if (isRelatedCue(context, j) || tagCueOf(context, j)) break
      // ("confidential)": the rest of a link target that a converter wrapped, "::: share-block": markup inside the row or after it holds no tag.)
      if (isMarkupOnly(blocks[j])) {
        items.push([])
        j++
        continue
      }
      const row = rowItems(context, blocks[j])
      if (!row) break
      items.push(row)
      j++
    }
    joinWrappedRows(context, i, items)
    const flat: string[] = []
    for (const row of items) for (const item of row) flat.push(item)
    const n = flat.length
    if (n < 3 || j - i >= 16) continue
    // The row ends the article: no prose right after it.
    const next = blocks[j]
    if (next && isBody(next) && next.value.length >= 80 && prose.test(next.value)) continue
    let hits = 0
    for (const item of flat) if (mentioned(context, item)) hits++
    if (hits < 3 || hits < n * 0.6) continue
    const kept: string[] = []
    for (let k = i; k < j; k++) {
      if (isMarkupOnly(blocks[k])) continue
      if (items[k - i].length === 0) {
        // "Boats": the end of a tag that the line before holds now.
        setFate(blocks[k], 'tag', 'tag-row')
        blocks[k].data.tags = []
        continue
      }
      const fresh = addTags(context, items[k - i], blocks[k])
      if (fresh.length === 0) {
        setFate(blocks[k], 'removed', 'duplicate-tag')
        continue
      }
      setFate(blocks[k], 'tag', 'tag-row')
      for (const control of context.rowControls.get(blocks[k]) || []) strip(context, blocks[k], control, 'boilerplate-phrase')
      blocks[k].data.tag = fresh[0]
      if (fresh.length > 1) blocks[k].data.tags = fresh
      append(kept, fresh)
    }
    context.afterTagList.add(j)
    inform(context.file, `Moved a row of ${kept.length} tags beside the body to \`tags\`: ${quote(kept.join(', '))}`, span(blocks[i], blocks[j - 1]), 'tag-row')
    i = j - 1
    lastProse = -1
  }
}

/**
 * "Harbours | Pilot" ⏎ "Boats | Fog": a row of Markdown links that a
 * converter wrapped inside an item (the input line ends inside a link's
 * text: `[Pilot` ⏎ `Boats](…)`). The item cut by the line end is made whole
 * again in the row above.
 *
 * @param first Index of the block of the first row.
 * @param items The items of each row, changed in place.
 */
function joinWrappedRows(context: Context, first: number, items: string[][]) {
  for (let k = 1; k < items.length; k++) {
    const above = items[k - 1]
    const below = items[k]
    const upper = context.blocks[first + k - 1]
    const lower = context.blocks[first + k]
    if (lower.data.blankBefore !== 0 || above.length === 0 || below.length === 0) continue
    if (!rowSeparator.test(upper.value) && !rowSeparator.test(lower.value)) continue
    joinWrappedItem(context, upper, above, below)
  }
}

/**
 * "…)[Pilot" ⏎ "Boats](…": when the input line of `upper` ends inside a
 * link's text, or `wrapped` says the text was wrapped inside its last item
 * (`…, sea walls, storm` ⏎ `damage, …`: see `wrapsInsideItem`), its last
 * item and the first of the line below are one tag (`Pilot Boats`): `above`
 * gets it, `below` loses its first item.
 */
function joinWrappedItem(context: Context, upper: Block, above: string[], below: string[], wrapped = false) {
  if (!wrapped && !endsInsideLink(context, upper)) return
  const joined = above[above.length - 1] + ' ' + below[0]
  if (!isTagShape(joined) || wordCount(joined) > 4) return
  above[above.length - 1] = joined
  below.shift()
}

/** Whether the input line of a block ends inside a link's text (`…)[Pilot`, Markdown wrapped at a width). */
function endsInsideLink(context: Context, block: Block): boolean {
  const start = block.position.start.offset
  const end = block.position.end.offset
  if (start === undefined || end === undefined || context.tree.data.source !== 'text') return false
  context.source ??= String(context.file.value ?? '')
  const line = context.source.slice(start, end)
  return line.lastIndexOf('[') > line.lastIndexOf(']')
}

/** Whether block `index` is one short tag (`Ferries`, `Pilot Boats`). */
function shortTagNext(context: Context, index: number): boolean {
  const block = context.blocks[index]
  if (!block || block.data.fate === 'title' || block.value.length > 40) return false
  const value = foldSpace(block.value).trim()
  return isTagShape(value) && wordCount(value) <= 3 && headlineShape(value) < 2 && !isUiPhrase(context, value)
}

/** Tags not seen yet on the page (`taliban` after “Filed under … taliban”). */
function addTags(context: Context, items: string[], block: Block): string[] {
  const fresh: string[] = []
  const repeated: string[] = []
  for (const item of items) {
    const key = item.toLowerCase()
    if (context.seenTags.has(key)) {
      repeated.push(item)
      continue
    }
    context.seenTags.add(key)
    fresh.push(item)
  }
  // Kept in `removed[]` when the block still holds other tags.
  if (fresh.length > 0) for (const item of repeated) strip(context, block, item, 'duplicate-tag')
  return fresh
}

// "Ferries | Storms | Pilot Boats": links a converter wrote as one row.
const rowSeparator = /\s[|·•]\s/u
// "Harbours  Fog HornsPilot Boats": inline links that `innerText` wrote with the spaces between them.
const wideGap = / {2,}/

// Longest row of tags read (16 tags of a few words).
const rowMax = 600

function rowItems(context: Context, block: Block): string[] | undefined {
  if (block.data.fate === 'title' || block.data.fate === 'tag' || block.value.length > rowMax) return undefined
  let found = pieces(context, block, true)
  // "… HarbourXTugboats" + "search": a control joined to the row's last line goes to `removed[]`.
  let ui: string[] | undefined
  while (found.length > 1 && isUiPhrase(context, foldSpace(found[found.length - 1]))) (ui ||= []).push(foldSpace(found.pop()!))
  if (!ui && found.length === 1) {
    // Markdown stripped since the join: only the last line is known.
    const last = lastPiece(context, block)
    if (last && isUiPhrase(context, last)) {
      ;(ui ||= []).push(last)
      found = [found[0].slice(0, found[0].length - last.length).trim()]
    }
  }
  let parts: string[] = []
  // "Harbours | Pilot" + "Boats | Fog": a row wrapped inside its items is read whole.
  if (found.length > 1 && found.some((d) => rowSeparator.test(d))) found = [found.join(' ')]
  for (const piece of found) {
    if (rowSeparator.test(piece)) append(parts, splitTagLine(foldSpace(piece)) || [foldSpace(piece)])
    else if (wideGap.test(piece.trim())) append(parts, piece.trim().split(wideGap).map((d) => foldSpace(d)))
    else parts.push(foldSpace(piece))
  }
  // "Fog HornsPilot BoatsHarbourX": a row printed without spaces (maybe
  // wrapped over lines), cut where the body names the tags.
  if (parts.some((d) => d.length > 40)) {
    const known = (piece: string) => namedBeside(context, piece, block)
    const glued = parts.length === 1 ? splitGluedTags(foldSpace(parts[0]), known) : splitWrappedTags(parts, known)
    if (glued) {
      parts = glued
      context.glued.push(block)
    }
  }
  for (const value of parts) {
    if (value.length < 3 || !isTagShape(value) || wordCount(value) > 4) return undefined
    if (isUiPhrase(context, value) || context.sectionNames.has(keyOf(value))) return undefined
  }
  if (ui) context.rowControls.set(block, ui)
  return parts
}

// ---------------------------------------------------------------------------
// Related headlines.

/** A run of headline blocks with the small blocks between them. */
interface Run {
  /** Index of the cue block, if the run follows one. */
  cue: number | undefined
  /** Indices of headline blocks. */
  items: number[]
  /** Shape of each headline (1 weak, 2 strong). */
  shapes: Array<1 | 2>
  /** For each item, the indices of the small blocks before it (after the previous item). */
  gaps: number[][]
  /** Small blocks after the last item. */
  tail: number[]
  /** Item index → index of the block that continues its headline. */
  continued: Map<number, number>
  /** Items an earlier step moved to `related` (DOM evidence): accepted as they are. */
  trusted?: boolean
}

/**
 * Indices of the entries of a nested list under a short label (`  • Sport` ⏎
 * `      □ Harbour Cup results`): a site menu’s submenus, not headlines. A
 * text browser marks each level of a list with its own bullet or indents it
 * further; the entries of a list of headlines stand on one level.
 */
function menuEntries(blocks: Block[]): Set<number> {
  const found = new Set<number>()
  // The first item of the list sets its top level; the last top-level item heads what follows it.
  let top: Block | undefined
  let head: Block | undefined
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.data.kind !== 'list-item' || block.data.bullet === undefined) {
      top = head = undefined
      continue
    }
    if (!top) {
      top = head = block
      continue
    }
    if (bulletKind(block) === bulletKind(top) && block.data.indent <= top.data.indent) {
      head = block
      continue
    }
    // "Sport", "Guides & Tools": a label heads the submenu.
    if (head && head.value.length <= 40 && wordCount(head.value) <= 5) found.add(i)
  }
  return found
}

/** A list item's bullet, with every list number the same (`1.` and `2.` are one level). */
function bulletKind(block: Block): string | undefined {
  const bullet = block.data.bullet
  return bullet !== undefined && isWordCode(bullet.charCodeAt(0)) ? '1.' : bullet
}

function findRelated(context: Context, byShape: boolean, doClean: boolean, doKickers: boolean) {
  const {blocks} = context
  const runs: Run[] = []
  const menu = byShape ? menuEntries(blocks) : undefined
  let run: Run | undefined
  let pending: number[] = []
  let pendingCue: number | undefined
  let fillers = 0
  // After a heading of sources, until the run after it closes: citations, no headlines.
  let sources = false

  const close = () => {
    if (run && run.items.length > 0 && !sources) {
      run.tail = pending.slice(0, 3)
      runs.push(run)
    }
    run = undefined
    pending = []
    pendingCue = undefined
    fillers = 0
    sources = false
  }

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const fate = block.data.fate
    // "[" ⏎ "](/harbour/ferry-crews)": the halves of a link a converter wrote
    // around an image, or "[48]", a text browser's link number: nothing but
    // markup, no block between headlines at all.
    // ("false" ⏎ "Ferry crews vote…": a template's value that `removeScriptText` removed is no label either.)
    if (isMarkupOnly(block) || (block.data.rule === 'script-text' && isScriptLiteral(block.value))) continue
    if (!byShape) {
      // Headlines an earlier step moved (DOM evidence), and the small blocks between them.
      if (fate !== 'related' && isRelatedCue(context, i)) {
        // "Editors’ Picks": another list starts.
        close()
      } else if (fate === 'related' && block.data.rule !== 'section-label') {
        if (run && fillers >= 4) {
          const carry = pending.slice(-3)
          close()
          pending = carry
        }
        run ||= {cue: undefined, items: [], shapes: [], gaps: [], tail: [], continued: new Map(), trusted: true}
        run.items.push(i)
        run.shapes.push(2)
        run.gaps.push(pending)
        pending = []
        fillers = 0
      } else if (fate !== 'title' && fate !== 'tag' && block.value.length <= 320 && !(isBody(block) && prose.test(block.value))) {
        // Labels, teasers, dates between the headlines; before the first one, the last three.
        fillers++
        pending.push(i)
        if (!run && pending.length > 3) pending.shift()
        if (run && fillers > 4) close()
      } else {
        close()
      }
      continue
    }
    // Blocks this step already decided (a second run changes nothing), and
    // what is no part of the page (`isOutsidePage`).
    if (fate === 'title' || fate === 'tag' || fate === 'related' || (block.data.rule !== undefined && (ownRules.has(block.data.rule) || isOutsidePage(block)))) {
      close()
      continue
    }
    if (context.afterTagList.has(i) && !run) pendingCue = i - 1

    if (isRelatedCue(context, i)) {
      close()
      pendingCue = i
      continue
    }
    // "Sources:" ⏎ "Harbour Board, “Fares for 2030,” May 2030" ⏎ …: a list of sources, no related headlines.
    if (context.sourceCues.has(context.keys[i])) {
      close()
      sources = true
      continue
    }

    const value = block.value
    // Longer than any headline once its white space is folded: no headline (and no need to fold it).
    // ("Marta Quill commented on Ferry crews vote…": the title after the commenter.)
    const shape = foldedLengthExceeds(value, 220) || menu!.has(i) ? 0 : headlineShape(commentedTitle(foldSpace(value)))
    const inBody = isBody(block)
    // (A block removed as a boilerplate phrase is no headline: "Click the image above to see the table";
    // nor is an image's caption: "Workers pour the deck" ⏎ "Credit: Harbour Board".)
    if (shape > 0 && block.data.rule !== 'boilerplate-phrase' && block.data.rule !== 'caption' && !isUiPhrase(context, value, block) && !holdsUiPhrase(context, value) && !tagCueOf(context, i) && !opensComments(context, value)) {
      // Four small blocks or more since the last headline: another list.
      if (run && fillers >= 4) {
        const carry = pending
        close()
        pending = carry
      }
      if (!run) {
        run = {cue: pendingCue, items: [], shapes: [], gaps: [], tail: [], continued: new Map()}
      }
      run.items.push(i)
      run.shapes.push(shape as 1 | 2)
      run.gaps.push(pending)
      pending = []
      fillers = 0
      continue
    }

    // "CoastCalloway, the? New captain?" then "that rules the harbour": the rest of the headline.
    if (run && pending.length === 0 && run.items[run.items.length - 1] === i - 1 && continuation.test(value) && value.length <= 100 && !prose.test(value)) {
      run.continued.set(i - 1, i)
      continue
    }

    // Small blocks between headlines: labels, dates, counts, bylines, teasers.
    // (The length tests first: they settle most blocks without a pattern.)
    const small =
      value.length <= 40 ||
      (!inBody && value.length <= 320) ||
      separatorOnly.test(value) ||
      isLabelShape(value) ||
      isDateLike(value) ||
      isCountLike(value) ||
      isByline(value) ||
      // A post's excerpt under its title: "Crews met at dawn to talk about the […]".
      (value.length <= 320 && isExcerpt(value.trimEnd()))
    if (!small) {
      close()
      continue
    }
    // Bullets, list numbers and buttons ("•", "2.", "Read more") do not count.
    if (!separatorOnly.test(value) && !listNumber.test(value) && !isUiPhrase(context, value, block)) fillers++
    // "Harbour works begin" ⏎ "Crews met at dawn to talk about the […]": a post's title over its excerpt.
    if (run && pending.length === 0 && run.items[run.items.length - 1] === i - 1 && isExcerpt(value.trimEnd())) run.shapes[run.shapes.length - 1] = 2
    pending.push(i)
    if (fillers > 4) {
      const keepCue = !run && pendingCue !== undefined && fillers <= 6
      if (keepCue) continue
      close()
    }
  }
  close()

  for (const candidate of runs) acceptRun(context, candidate, doClean, doKickers)
}

// A site's name after a title: " | Harbour Courier", " - The Quay Times".
const siteName = /^ [|·–—-] \S.{0,40}$/u

/**
 * Whether a key is the article's title with the site's name after it
 * (`ferry fares rise again | harbour courier`): the page's own title, as
 * its `<title>` gives it.
 */
function withSiteName(context: Context, key: string): boolean {
  for (const title of context.titles) if (title && key.length > title.length && key.startsWith(title) && siteName.test(key.slice(title.length))) return true
  return false
}

/**
 * Whether article text stands between a cue and the first headline after it
 * (`Up next` ⏎ `Harbour: Hosts Northport on Friday.` ⏎ … ⏎ `Video of the
 * week`): the cue heads that text, a section of the article; it stays.
 */
function headsText(blocks: Block[], cue: number, first: number): boolean {
  // (A sentence: not the kickers of a box inside the article, `RANDY ANDY`, which the article goes on after.)
  for (let k = cue + 1; k < first; k++) if (isBody(blocks[k]) && prose.test(blocks[k].value)) return true
  return false
}

/** A line without the commenter before a commented article's title (`Marta Quill commented on …`). */
function commentedTitle(text: string): string {
  const length = commentedOnLength(text)
  return length > 0 ? text.slice(length) : text
}

/**
 * Turn some items of a run back into small blocks between headlines: labels
 * and names among headlines (`Marcus Webb`, `Climate & Environment`), and
 * the summary under each headline of a teaser list.
 */
function demoteItems(context: Context, run: Run): Run {
  const {blocks} = context
  const n = run.items.length
  if (run.trusted || n < 2) return run
  let strong = 0
  for (const shape of run.shapes) if (shape === 2) strong++
  const drop = new Set<number>()
  if (strong > 0) {
    for (let k = 0; k < n; k++) {
      if (run.shapes[k] !== 1) continue
      const value = foldSpace(blocks[run.items[k]].value).trim()
      // "Climate & Environment", "Marcus Webb": a label or a name, not a headline.
      if (isTitleCaseLabel(value) || labelText(context, run.items[k]) !== undefined && (context.keyCounts.get(context.keys[run.items[k]]) || 0) > 1) drop.add(k)
    }
  }
  dropImageTexts(context, run, drop)
  // "Headline" then "Its summary" (no final period), then a byline, for each
  // teaser: in a run of such pairs, the second line of each is the summary.
  // A copy of the previous headline (image alt, then link) belongs to its teaser.
  const clusters: number[][] = []
  let separated = true
  let previousKey = ''
  const lengths = new Map<number, number>()
  for (let k = 0; k < n; k++) {
    if (drop.has(k)) {
      separated = true
      continue
    }
    const folded = foldSpace(blocks[run.items[k]].value)
    const title = cleanOnce(context, folded).title
    lengths.set(k, title.length)
    const key = keyOf(title)
    const copy = key !== '' && key === previousKey && run.gaps[k].length <= 2
    previousKey = key
    if (copy) continue
    // "Harbour works beginCrews met at dawn to […]": a title with its own excerpt is a teaser of its own.
    const withExcerpt = gluedExcerptTitle(folded.trim()) > 0
    if (separated || withExcerpt || run.gaps[k].length > 0) clusters.push([k])
    else clusters[clusters.length - 1].push(k)
    separated = withExcerpt || run.continued.has(run.items[k])
  }
  if (clusters.length >= 3) {
    let pairs = 0
    let longer = 0
    for (const cluster of clusters) {
      if (cluster.length !== 2) continue
      pairs++
      const first = lengths.get(cluster[0])!
      const second = lengths.get(cluster[1])!
      if (second > first) longer++
    }
    if (pairs >= clusters.length * 0.75 && longer >= pairs * 0.75) {
      for (const cluster of clusters) if (cluster.length === 2) drop.add(cluster[1])
    }
  }
  if (drop.size === 0) return run
  const result: Run = {cue: run.cue, items: [], shapes: [], gaps: [], tail: [], continued: run.continued}
  let pending: number[] = []
  for (let k = 0; k < n; k++) {
    const index = run.items[k]
    if (drop.has(k)) {
      append(pending, run.gaps[k]).push(index)
      const rest = run.continued.get(index)
      if (rest !== undefined) pending.push(rest)
      continue
    }
    result.items.push(index)
    result.shapes.push(run.shapes[k])
    result.gaps.push([...pending, ...run.gaps[k]])
    pending = []
  }
  result.tail = [...pending, ...run.tail]
  return result
}

/**
 * "3." ⏎ "Divers inspect the harbour wall" ⏎ "12 Mar 2027, 9:10am" ⏎
 * "Harbour wall to be rebuilt before winter": in a numbered list of teasers
 * (a text browser writes each image's text), a teaser's first line of
 * headline shape, set apart from its second by a date or a byline, is the
 * image's text, and the second is the headline (also with the number on
 * the line of the image's text: "3. Divers inspect the harbour wall"). Needs
 * three numbered teasers, half of them with such a first line.
 */
function dropImageTexts(context: Context, run: Run, drop: Set<number>) {
  const {blocks} = context
  const n = run.items.length
  if (n < 4) return
  // Teasers: the items from one list number to the next.
  const teasers: number[][] = []
  let numbers = 0
  for (let k = 0; k < n; k++) {
    // "3." on a line of its own, or "3. Divers inspect the harbour wall": the item's own number.
    let numbered = bulletKind(blocks[run.items[k]]) === '1.'
    for (const g of run.gaps[k]) if (listNumber.test(blocks[g].value)) numbered = true
    if (numbered) numbers++
    if (numbered || k === 0) teasers.push([k])
    else teasers[teasers.length - 1].push(k)
  }
  if (numbers < 3) return
  const found: number[] = []
  for (const teaser of teasers) {
    // Only the first two lines: the last teaser may run into the next list.
    if (teaser.length < 2 || run.gaps[teaser[1]].length === 0 || run.continued.has(run.items[teaser[0]])) continue
    found.push(teaser[0])
  }
  if (found.length < 2 || found.length * 2 < teasers.length) return
  for (const k of found) drop.add(k)
}

/**
 * "Ferry crews vote to keep the late crossing" ⏎ "Marta Quill" ⏎ "Published
 * 9:10 AM" ⏎ "A ferry at the pier" ⏎ (the article): before the article's
 * first prose, the one headline of a run followed by a byline or a date is
 * the article's own headline, with the image text after it; the items right
 * before it (no block between) are its header too. A teaser list has a
 * byline or a date after most of its headlines, not after one.
 */
function dropArticleHeader(context: Context, run: Run): Run {
  const {blocks} = context
  const n = run.items.length
  if (run.trusted || run.cue !== undefined || n < 2 || context.firstProse < 0 || run.items[n - 1] >= context.firstProse) return run
  let found = -1
  for (let k = 0; k < n; k++) {
    const after = k + 1 < n ? run.gaps[k + 1] : run.tail
    if (!after.some((index) => isArticleMeta(foldSpace(blocks[index].value).trim()))) continue
    // Two headlines with a byline or a date: a list of teasers.
    if (found >= 0) return run
    found = k
  }
  if (found < 0 || n - 1 - found > 2) return run
  let start = found
  while (start > 0 && run.gaps[start].length === 0) start--
  const result: Run = {cue: run.cue, items: run.items.slice(0, start), shapes: run.shapes.slice(0, start), gaps: run.gaps.slice(0, start), tail: [], continued: run.continued}
  return result
}

function acceptRun(context: Context, original: Run, doClean: boolean, doKickers: boolean) {
  const {blocks} = context
  if (original.cue === undefined && !original.trusted) {
    // Without a cue a run needs two strong headlines, and demoting items never
    // adds one: most runs (a lone headline-like line) are decided here.
    let strong = 0
    for (const shape of original.shapes) if (shape === 2) strong++
    if (strong < 2) return
  }
  const run = dropArticleHeader(context, demoteItems(context, original))
  const n = run.items.length
  if (n === 0) return
  let strong = 0
  let inBody = 0
  for (let k = 0; k < n; k++) {
    if (run.shapes[k] === 2) strong++
    if (isBody(blocks[run.items[k]])) inBody++
  }

  const cued = run.cue !== undefined || run.trusted === true
  // "$139.00" between the lines: product boxes of a shop widget, not headlines.
  if (!run.trusted) {
    let prices = 0
    for (const gap of run.gaps) for (const index of gap) if (isPrice(blocks[index].value)) prices++
    for (const index of run.tail) if (isPrice(blocks[index].value)) prices++
    if (prices >= 2) return
    // "harbourfan says:" between the lines: a comment thread (not "Marta Quill commented on", which names an article).
    const opensComment = (value: string) => isCommentHeader(value) && !isCommenterLine(value)
    let comments = 0
    for (const gap of run.gaps) for (const index of gap) if (opensComment(blocks[index].value)) comments++
    for (const index of run.tail) if (opensComment(blocks[index].value)) comments++
    if (comments >= 2) return
  }
  if (run.trusted) {
    // Moved by an earlier step: only labelled and cleaned here.
  } else if (!cued) {
    if (strong < 2 || strong < n * 0.4) return
    // Body blocks need more than their shape: a run of short sentences in an
    // article ("Crowds filled the square!" / "Ferries ran late.") looks like
    // headlines, above all in a body without its page around it.
    if (inBody > 0) return
  } else if (inBody > 0 && strong === 0) {
    return
  }

  // Section labels shown inside the items: before or after each headline.
  const labelOf = (indices: number[], last: boolean): number | undefined => {
    const ordered = last ? [...indices].reverse() : indices
    for (const index of ordered) {
      if (labelText(context, index) !== undefined) return index
    }
    return undefined
  }

  // "Business" ⏎ "Headline" ⏎ "Crowds on the quay" ⏎ "Business" ⏎ "Headline": between the copies of a
  // card's headline, the label also shown before it (not the image text).
  const repeatedLabel = (between: number[], before: number[]): number | undefined => {
    for (const index of between) {
      const found = labelText(context, index)
      if (!found) continue
      for (const other of before) if (labelText(context, other)?.label === found.label) return index
    }
    return undefined
  }

  // Clean every item first: copies of one headline (image alt, then link) are one item.
  const cleanedItems: CleanHeadline[] = []
  const copyOf: number[] = []
  // "Ferry crews demand a new pier" + "CITY NEWS": a label line joined to the headline.
  const joinedLabels = new Map<number, string>()
  for (let k = 0; k < n; k++) {
    const rest = run.continued.get(run.items[k])
    // A headline the DOM step moved is cleaned there already ("… (133)" cut and recorded).
    let value = blocks[run.items[k]].data.related?.title ?? blocks[run.items[k]].value
    if (doClean && !run.trusted && rest === undefined) {
      const joined = joinedLabel(context, blocks[run.items[k]])
      if (joined) {
        joinedLabels.set(k, joined.label)
        value = joined.rest
      }
    }
    let text = foldSpace(rest === undefined ? value : value + ' ' + blocks[rest].value)
    // "Read Next Ferry crews vote…": the list's cue on the line of its first headline.
    const cue = doClean && !run.trusted ? leadingCue(context, text) : 0
    const cueText = text.slice(0, cue).trim()
    if (cue > 0) text = text.slice(cue)
    const cleaned = doClean ? cleanOnce(context, text) : {title: text, index: 0, cuts: []}
    cleanedItems.push(cue > 0 ? {title: cleaned.title, index: cleaned.index + cue, cuts: [{text: cueText, index: 0}, ...cleaned.cuts]} : cleaned)
    const previous = k > 0 ? (copyOf[k - 1] >= 0 ? -1 : k - 1) : -1
    // (Two comments on one article are two entries: "Marta Quill commented on …", "Ilse Varga commented on …".)
    const commented = commentedOnLength(value) > 0
    let copy = previous >= 0 && !commented && run.gaps[k].length <= 2 && keyOf(cleanedItems[k].title) === keyOf(cleanedItems[previous].title)
    // "Crews vote on the new timetable - Photo" ⏎ "Crews vote on the new timetable": an image's text
    // (the headline and a media word) before the headline's link: the same headline, the word cut.
    if (!copy && previous >= 0 && !commented && run.gaps[k].length <= 2) {
      const before = cleanedItems[previous]
      const suffix = mediaSuffix(before.title, cleanedItems[k].title)
      if (suffix !== undefined) {
        const at = before.title.length - suffix.length
        cleanedItems[previous] = {title: before.title.slice(0, at).trimEnd(), index: before.index, cuts: [...before.cuts, {text: suffix.trim(), index: before.index + at}]}
        copy = true
      }
    }
    copyOf.push(copy ? previous : -1)
  }
  // For each first copy: the small blocks before it, between its copies, and after it.
  const gapAfter = (k: number): number[] => {
    let next = k + 1
    while (next < n && copyOf[next] === k) next++
    return next < n ? run.gaps[next] : run.tail
  }
  const inner = (k: number): number[] => (k + 1 < n && copyOf[k + 1] === k ? run.gaps[k + 1] : [])
  let before = 0
  let after = 0
  let between = 0
  let entries = 0
  // Labels right next to their headline: "HollywoodLife" then "4 hours ago" after it.
  let beforeNext = 0
  let afterNext = 0
  // Labels that read as section names ("Business", "AUTO NEWS"), not bylines ("Marta Quill").
  let beforeKnown = 0
  let afterKnown = 0
  for (let k = 0; k < n; k++) {
    if (copyOf[k] >= 0) continue
    entries++
    if (labelOf(inner(k), false) !== undefined) between++
    const gap = run.gaps[k]
    const found = labelOf(gap, true)
    if (found !== undefined) {
      before++
      if (found === gap[gap.length - 1]) beforeNext++
      if (knownLabel(context, found)) beforeKnown++
    }
    const next = gapAfter(k)
    const foundAfter = labelOf(next, false)
    if (foundAfter !== undefined) {
      after++
      if (foundAfter === next[0]) afterNext++
      if (knownLabel(context, foundAfter)) afterKnown++
    }
  }
  const need = Math.max(2, Math.ceil(entries * 0.5))
  const mode =
    between >= need
      ? 'between'
      : before >= need &&
          (before > after || (before === after && (beforeKnown > afterKnown || (beforeKnown === afterKnown && beforeNext >= afterNext))))
        ? 'before'
        : after >= need
          ? 'after'
          : entries === 1 && before === 1 && !cued
            ? 'before'
            : undefined

  let sections = 0
  let kickers = 0
  let strips = 0
  let duplicates = 0
  let notHeadlines = 0
  const seen = new Set<string>()
  let firstSection: string | undefined
  const moved: Block[] = []

  for (let k = 0; k < n; k++) {
    const block = blocks[run.items[k]]
    // The same headline twice (image alt, then link): keep one.
    if (copyOf[k] >= 0) {
      if (blocks[run.items[copyOf[k]]].data.fate === 'related') {
        setFate(block, 'removed', 'duplicate-headline')
        duplicates++
      }
      continue
    }
    // "Puzzles & Games" among headlines: a menu label, unless the list holds only such short titles.
    if (!run.trusted) {
      if (run.shapes[k] === 1 && strong > 0 && isTitleCaseLabel(foldSpace(block.value).trim())) continue
      // The article’s own headline, repeated in a list, or with the site's name after it (the page's title: "… | Harbour Courier").
      if (context.titles.has(context.keys[run.items[k]]) || withSiteName(context, context.keys[run.items[k]])) continue
      // "ferries,harbour,winter storms": the page's keywords, each a tag of the article.
      if (isKeywordList(context, block.value)) continue
    } else if (isCommentHeader(block.value) || isCaptionCredit(block.value)) {
      // "Marta Quill commented on", "The pier at dawn (Credit: Harbour Desk)": a link, not a headline.
      setFate(block, 'removed', 'not-headline')
      notHeadlines++
      continue
    }
    const rest = run.continued.get(run.items[k])
    const cleaned = cleanedItems[k]
    let title = cleaned.title
    // ("[pier-420x280] Ferry fares rise again": the article's own headline once the image's name is cut.)
    if (!run.trusted && title !== block.value && context.titles.has(keyOf(title))) continue
    // "Good morning! Here is the harbour news you need to...": the article's own summary cut short (the page's description).
    if (!run.trusted && isOwnExcerpt(context, block, title)) continue
    const item: RelatedItem = {title}

    // "AUTO NEWS" before the headline, between its copies, or "Fact Check" under it.
    let labelIndex: number | undefined
    if (mode === 'before') labelIndex = labelOf(run.gaps[k], true)
    else if (mode === 'after') labelIndex = labelOf(gapAfter(k), false)
    else if (mode === 'between') labelIndex = repeatedLabel(inner(k), run.gaps[k]) ?? labelOf(inner(k), false)

    if (doClean) {
      for (const cut of cleaned.cuts) strip(context, block, cut.text, 'strip-item')
      strips += cleaned.cuts.length
      // "EuropeFerry crews demand…": a label glued to the headline.
      const glued = joinedLabels.has(k) ? undefined : gluedLabel(title)
      const joined = joinedLabels.get(k)
      if (joined !== undefined) {
        // Kept in the item’s `section`, out of its title.
        item.section = joined
        sections++
        firstSection ??= joined
      } else if (glued && isSectionLabel(context, glued.label, glued.rest, run)) {
        item.section = glued.label
        item.title = title = glued.rest
        sections++
        firstSection ??= glued.label
      } else if (labelIndex !== undefined) {
        const label = blocks[labelIndex]
        const found = labelText(context, labelIndex)!
        item.section = found.label
        // A label shared by two items is cut once.
        if (label.data.rule !== 'section-label') for (const cut of found.cuts) strip(context, label, cut, 'strip-item')
        // Its text now lives in the item’s `section`.
        setFate(label, 'related', 'section-label')
        label.data.continues = true
        sections++
        firstSection ??= item.section
      }
      if (doKickers && !item.section) {
        const split = kickerSplit(title)
        if (split) {
          item.kicker = split.kicker
          item.title = split.rest
          kickers++
        }
      }
    }

    // The same headline again in one list (a carousel repeating its cards): one item.
    const seenKey = keyOf(item.title)
    if (!run.trusted && seenKey && seen.has(seenKey) && rest === undefined && commentedOnLength(block.value) === 0) {
      setFate(block, 'removed', 'duplicate-headline')
      duplicates++
      continue
    }
    seen.add(seenKey)
    if (!run.trusted) setFate(block, 'related', 'related-list')
    block.data.related = item
    moved.push(block)
    if (rest !== undefined) {
      setFate(blocks[rest], 'related', 'related-list')
      blocks[rest].data.continues = true
    }
  }

  if (notHeadlines) {
    const first = blocks[run.items[0]]
    const last = blocks[run.items[n - 1]]
    inform(context.file, `Removed ${notHeadlines} comment link${notHeadlines === 1 ? '' : 's'} or caption${notHeadlines === 1 ? '' : 's'} from related headlines`, span(first, last), 'not-headline')
  }
  if (moved.length === 0) return
  if (run.cue !== undefined && !headsText(blocks, run.cue, run.items[0])) {
    const cue = blocks[run.cue]
    if (isBody(cue) || (cue.data.fate === 'removed' && cue.data.rule === 'outside-article')) setFate(cue, 'removed', 'related-cue')
  }
  // Dates, counts and bylines between headlines in the body region.
  if (!run.trusted) {
    for (let k = 1; k < n; k++) {
      // (Not the article's closing note: "Originally published on Harbour News.")
      for (const index of run.gaps[k]) if (isBody(blocks[index]) && !isClosingNote(context, blocks[index])) setFate(blocks[index], 'removed', 'related-meta')
    }
  }

  const first = moved[0]
  const last = moved[moved.length - 1]
  const place = span(first, last)
  const m = moved.length
  if (!run.trusted) inform(context.file, `Moved ${m} related headline${m === 1 ? '' : 's'} to \`related\`: ${quote(first.data.related!.title)}`, place, 'related-list')
  if (sections) inform(context.file, `Split ${sections} section label${sections === 1 ? '' : 's'} off related headlines: ${quote(firstSection!)}`, place, 'section-label')
  if (kickers) inform(context.file, `Split ${kickers} kicker${kickers === 1 ? '' : 's'} off related headlines`, place, 'kicker')
  if (strips) inform(context.file, `Stripped ${strips} number${strips === 1 ? '' : 's'}, count${strips === 1 ? '' : 's'} or date${strips === 1 ? '' : 's'} from related headlines`, place, 'strip-item')
  if (duplicates) inform(context.file, `Dropped ${duplicates} repeated related headline${duplicates === 1 ? '' : 's'}`, place, 'duplicate-headline')
}

// " - Photo", " | Video", ": Gallery": a dash, bar or colon and one or two words after a headline; " image": one word.
const shortSuffix = /^\s*[-–—|:]\s*\p{L}+(?: \p{L}+)?\s*$|^ \p{Ll}+$/u

/**
 * The short suffix that an image's text adds to a headline (`Crews vote - Photo`
 * after `Crews vote`), or `undefined` when `long` is no such copy of `short`.
 *
 * @param long The item that may be the copy.
 * @param short The headline.
 */
function mediaSuffix(long: string, short: string): string | undefined {
  if (short.length < 20 || long.length > short.length + 24 || !long.startsWith(short)) return undefined
  const rest = long.slice(short.length)
  return shortSuffix.test(rest) ? rest : undefined
}

/**
 * Whether a glued prefix is a section label: a common section name, a block
 * of its own elsewhere on the page, or glued to several headlines.
 */
function isSectionLabel(context: Context, label: string, rest: string, run: Run): boolean {
  const key = keyOf(label)
  if (!key || key.length < 3) return false
  if (context.sectionNames.has(key)) return true
  if ((context.keyCounts.get(key) || 0) > 0) return true
  if (context.tagCues.has(key) || context.relatedCueSet.has(key)) return true
  // "CoastHarbour workers…" where "Harbour workers…" is another headline on the page.
  if ((context.keyCounts.get(keyOf(rest)) || 0) > 0) return true
  // "CoastCalloway…", "CoastHarbour…": the same label on two headlines with different continuations.
  const continuations = new Set<string>()
  for (const index of run.items) {
    const glued = gluedLabel(context.blocks[index].value)
    if (glued && keyOf(glued.label) === key) continuations.add(glued.rest.split(' ')[0])
  }
  return continuations.size >= 2
}

// Upper case only ("AUTO NEWS", "MÚSICA"): an upper-case letter and no lower-case one.
function isUpperCaseOnly(text: string): boolean {
  return holdsCode(text, isUpperCode) && !holdsCode(text, isLowerCode)
}

/**
 * Whether a label block reads as a section name: in the section lexicon, a
 * cue, or written in capitals (`AUTO NEWS`); a byline name is not.
 */
function knownLabel(context: Context, index: number): boolean {
  const found = labelText(context, index)
  if (!found) return false
  const key = keyOf(found.label)
  return context.sectionNames.has(key) || context.tagCues.has(key) || isUpperCaseOnly(found.label)
}

// A list heading's link to the whole list: "… View all", "… Alle anzeigen".
const listLink = /\s(?:view all|see all|show all|view more|see more|alle anzeigen|mehr anzeigen|ver todo|ver todos|ver más|voir tout|voir plus|vedi tutti|ver tudo|все новости|смотреть все|すべて見る|もっと見る|查看全部|更多)$/u
// "Posted on: ", "Category: " before a label.
const labelPrefix = /^(\p{L}[\p{L} ]{0,18})[:：]\s*(?=\S)/u
/**
 * A section label on its own input line, joined to a headline before or
 * after it (`AUTO NEWS` + `Ferry crews demand…`): a label shape that is a
 * section name, written in capitals, or a block of its own elsewhere.
 */
function joinedLabel(context: Context, block: Block): {label: string; rest: string} | undefined {
  if (!block.data.joins || block.data.joins.length === 0) return undefined
  const parts = pieces(context, block)
  if (parts.length < 2) return undefined
  const first = parts[0]
  const last = parts[parts.length - 1]
  if (isJoinedLabel(context, last) && headlineShape(parts.slice(0, -1).join(' ')) > 0) {
    return {label: last, rest: parts.slice(0, -1).join(' ')}
  }
  if (isJoinedLabel(context, first) && headlineShape(parts.slice(1).join(' ')) > 0) {
    return {label: first, rest: parts.slice(1).join(' ')}
  }
  return undefined
}

function isJoinedLabel(context: Context, text: string): boolean {
  if (!isLabelShape(text) || isUiPhrase(context, text)) return false
  const key = keyOf(text)
  if (context.sectionNames.has(key) || (context.keyCounts.get(key) || 0) > 0) return true
  return text.length >= 4 && isUpperCaseOnly(text)
}

/** A section label and what to cut from its block. */
interface Label {
  label: string
  cuts: string[]
}

/** Whether `:` or `：` is among the first `max` characters of a text. */
function hasColon(text: string, max: number): boolean {
  const end = Math.min(text.length, max)
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 58 || code === 0xff1a) return true
  }
  return false
}

// "Интересное 0": a label with a count after it. (Run on a label whose white
// space is folded: a search starts at a space and reads to the next one at most.)
const labelCount = /\s+\(?\d[\d,.]*\)?$/u

/**
 * The section label a small block shows (`AUTO NEWS`, `Posted in: Music`),
 * and what to cut from it, or `undefined`.
 */
function labelText(context: Context, index: number): Label | undefined {
  // Asked for the same block by several passes: computed once.
  const cached = context.labelCache.get(index)
  if (cached !== undefined) return cached || undefined
  const found = findLabel(context, index)
  context.labelCache.set(index, found || null)
  return found
}

function findLabel(context: Context, index: number): Label | undefined {
  const value = foldSpace(context.blocks[index].value).trim()
  // "[IMG]" ⏎ "Ferry crews vote…": a text browser's placeholder for the teaser's image, no section.
  if (isBrowserPlaceholder(value)) return undefined
  // "Ben Ruiz commented on" ⏎ "Why the ferry runs": a recent-comments widget's commenter, no section.
  if (isCommenterLine(value)) return undefined
  const cuts: string[] = []
  let label = value
  const cue = tagCueOf(context, index)
  if (cue) {
    // "Posted in: Music Features" on a teaser.
    if (cue.rest === undefined) return undefined
    cuts.push(cue.cue)
    label = cue.rest
  } else if (isRelatedCue(context, index)) {
    return undefined
  } else {
    // "Posted on: Harbour Life", "Rubrik: Kultur" (a colon among the first 40 code units: up to 19 letters, astral ones take two).
    const prefixed = hasColon(value, 40) ? labelPrefix.exec(value) : null
    if (prefixed && wordCount(prefixed[1]) <= 2) {
      cuts.push(prefixed[0].trim())
      label = value.slice(prefixed[0].length)
    }
  }
  const count = labelCount.exec(label)
  if (count && count.index > 0) {
    cuts.push(count[0].trim())
    label = label.slice(0, count.index)
  }
  if (!isLabelShape(label) || isUiPhrase(context, label)) return undefined
  return {label, cuts}
}

function previousBlock(context: Context, block: Block): Block | undefined {
  const index = context.blocks.indexOf(block)
  return index > 0 ? context.blocks[index - 1] : undefined
}
