/**
 * Parse HTML into the same block tree as the text path, rendering text the
 * way a reader sees it: inline elements joined, blocks separated, `<br>` as a
 * line break (two in a row end the block), list items, headings, captions,
 * table rows and `pre`. Scripts, styles, templates, SVG and hidden elements
 * are dropped. Every block carries DOM facts (`data.dom`): its tag path, link
 * density, nearest landmark, class and id tokens, `rel=tag` links, heading
 * level, and whether it sits in the element that holds most of the page’s
 * paragraph text (`inMain`).
 *
 * Streams the page through htmlparser2’s parser (the one under `cheerio/slim`)
 * without building a DOM: every element is a frame on an explicit stack while
 * it is open (no recursion, and no work per element that grows with the
 * depth: 100,000-deep nesting is fine), and no node objects are left for the
 * garbage collector.
 */
import {append} from '../append.js'
import {decodeHTML, decodeHTMLAttribute} from 'entities'
import {Parser, Tokenizer, type Handler, type ParserOptions} from 'htmlparser2'
import type {Plugin, Processor} from 'unified'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {Block, BlockKind, DomFacts, Root} from '../types.js'
import {blockData, flat, rootData} from './block.js'

/**
 * Plugin: set the processor’s parser to the HTML parser.
 */
export const parseHtml: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (document: string, file?: VFile): Root => htmlToTree(String(document), file)
}

type Landmark = NonNullable<DomFacts['landmark']>

// Elements that are not rendered at all.
const skipped = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'option', 'datalist', 'textarea', 'input', 'button', 'map', 'area',
  'dialog', 'frameset', 'frame', 'link', 'meta', 'base', 'param', 'source', 'track'
])

// Elements that start and end a block.
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption', 'picture', 'listing', 'plaintext', 'xmp'
])

// Table cells: a separator inside a row.
const cellTags = new Set(['td', 'th'])

// Maps, not object literals: a tag or role named `constructor` must find nothing.
const landmarkTags: ReadonlyMap<string, Landmark> = new Map(Object.entries({
  nav: 'nav', header: 'header', footer: 'footer', aside: 'aside', form: 'form', main: 'main', article: 'article'
} as const))
const landmarkRoles: ReadonlyMap<string, Landmark> = new Map(Object.entries({
  navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', search: 'form',
  form: 'form', main: 'main', article: 'article'
} as const))

// Class and id words that mark an element as not article text (for finding
// the main element): "comment-list", "sidebar", "relatedPosts", "ad-slot".
const negativeWord = /^(?:ad|ads|rail)$|comment(?!ary)|sidebar|related|share|sharing|social|promo|widget|advert|sponsor|newsletter|breadcrumb|popular|trending|recommend|outbrain|taboola|disqus|footer/

// Inline "display: none" / "visibility: hidden".
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i
// Runs of HTML white space.
const space = /[ \t\n\r\f]+/g
// Class and id words: "relatedPosts" → related, posts; "entry-content" → entry, content.
const camel = /([a-z\d])([A-Z])/g
const nonWord = /[^a-z\d]+/
// Heading tags.

/** Longest tag path and token list kept on a block. */
const maxPath = 24
const maxTokens = 48

/** A frame of the iterative walk: one open element. */
interface Frame {
  /** Tag name (`''` for the document). */
  name: string
  /** The enclosing frame. */
  parent: Frame | undefined
  /** Tag path from the root (capped), made on first use by `pathOf`. */
  path: string[] | undefined
  /** This frame, or its ancestor at the depth where paths are capped. */
  top: Frame
  /** Tokens of this element and its ancestors (capped, shared when unchanged). */
  tokens: string[]
  /** Class and id words of this element. */
  own: string[]
  /** Tokens of this element and its two nearest ancestors, made on first use by `nearOf`. */
  near: string[] | undefined
  /** Nearest landmark. */
  landmark: Landmark | undefined
  /** Pre-order index of the enclosing `<a>`, 0 when not in a link. */
  link: number
  /** Inside `<a rel=tag>` (`REL_TAG`) or `<a rel="category tag">` (`REL_CATEGORY`), else 0. */
  rel: number
  /** Inside `<pre>`. */
  pre: boolean
  /** Block kind given by this or an enclosing block element. */
  kind: BlockKind
  /** Heading level, if inside a heading. */
  depth: number | undefined
  /** The heading element this one is (or is inside), if any. */
  heading: Frame | undefined
  /** Whether this element is a block element. */
  block: boolean
  /** The nearest block element frame (this one, or an ancestor’s). */
  owner: Frame | undefined
  /** The nearest element (this or an ancestor) whose class, id or landmark says “not article text”. */
  negative: Negative | undefined
  /** Pre-order index of this element. */
  order: number
  /** Index of the first block inside this element. */
  first: number
  /** Nesting depth. */
  level: number
  /** Facts of headings inside it, waiting for its end (`DomFacts.sectionEnd`). */
  sections: DomFacts[] | undefined
  /** The `own` words of the last child whose `near` was made, and that `near` (siblings with one class share it). */
  childOwn: string[] | undefined
  childNear: string[] | undefined
}

/** The attributes of an element that rendering and metadata read (the first of duplicates wins). */
interface Attributes {
  class: string | undefined
  id: string | undefined
  role: string | undefined
  rel: string | undefined
  style: string | undefined
  /** `hidden` is present. */
  hidden: boolean
  /** `type` (of a `<script>`). */
  type: string | undefined
  /** `property`, `name` and `content` (of a `<meta>`). */
  property: string | undefined
  name: string | undefined
  content: string | undefined
}

/** Attributes with none set. */
function newAttributes(): Attributes {
  return {
    class: undefined, id: undefined, role: undefined, rel: undefined, style: undefined,
    hidden: false, type: undefined, property: undefined, name: undefined, content: undefined
  }
}

// Attributes read, by lower-cased name (`hidden` is a flag, handled apart).
const attributeFields: ReadonlyMap<string, Exclude<keyof Attributes, 'hidden'>> = new Map([
  ['class', 'class'], ['id', 'id'], ['role', 'role'], ['rel', 'rel'], ['style', 'style'],
  ['type', 'type'], ['property', 'property'], ['name', 'name'], ['content', 'content']
] as const)

/** The tokenizer fields `fastForwardTo` reads and moves. */
interface TokenizerCursor {
  buffer: string
  index: number
  offset: number
}

/**
 * htmlparser2's tokenizer, with its scan for the next `<`, quote or `>`
 * (through text, attribute values, comments, scripts and styles) done by
 * `String#indexOf`, which searches natively, instead of a loop over char
 * codes: the same positions, several times faster on long runs.
 */
class ScanningTokenizer extends Tokenizer {}

// Only where htmlparser2 has the method this replaces (the version is pinned;
// a later one without it keeps its own scan).
if (typeof (Tokenizer.prototype as unknown as Record<string, unknown>).fastForwardTo === 'function') {
  Object.defineProperty(ScanningTokenizer.prototype, 'fastForwardTo', {
    configurable: true,
    writable: true,
    value: function fastForwardTo(this: TokenizerCursor, code: number): boolean {
      const found = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset)
      if (found >= 0) {
        this.index = found + this.offset
        return true
      }
      // As htmlparser2 does: the parse loop steps past the last character.
      this.index = this.buffer.length + this.offset - 1
      return false
    }
  })
}

/**
 * A stack as htmlparser2's parser reads its open elements (and its foreign
 * contexts): innermost first, `[0]` the innermost, `unshift` to open, `shift`
 * to close, `indexOf` to find the element a closing tag closes. Kept
 * innermost last in an array, so that opening and closing cost the same at
 * any depth: the parser's own array moves all its items at each open and
 * close (100,000 nested `<div>`: 6 s, a million times more at ten times the depth).
 */
class InnermostFirst<T> {
  /** The items, innermost last. */
  private items: T[]
  /** How many times each item is on the stack: an end tag of no open element finds nothing at once. */
  private counts = new Map<T, number>()

  constructor(innermostFirst: readonly T[]) {
    this.items = [...innermostFirst].reverse()
    for (const item of this.items) this.counts.set(item, (this.counts.get(item) || 0) + 1)
  }

  get length(): number {
    return this.items.length
  }

  /** As an array's: keep the `length` innermost items (the parser empties it on `reset`). */
  set length(length: number) {
    while (this.items.length > length) this.shift()
  }

  /** The innermost item. */
  get 0(): T | undefined {
    return this.items[this.items.length - 1]
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined
    const item = this.items.pop()!
    this.counts.set(item, this.counts.get(item)! - 1)
    return item
  }

  unshift(item: T): number {
    this.counts.set(item, (this.counts.get(item) || 0) + 1)
    return this.items.push(item)
  }

  /** Distance of the innermost `item` from the innermost item, or -1 (the parser then closes everything up to it). */
  indexOf(item: T): number {
    if (!this.counts.get(item)) return -1
    const last = this.items.length - 1
    for (let i = last; i >= 0; i--) if (this.items[i] === item) return last - i
    return -1
  }

  /** The items, innermost first. */
  innermostFirst(): T[] {
    return this.items.slice().reverse()
  }
}

/** The parser fields `DeepParser` replaces and reads (private in htmlparser2's types). */
interface ParserStacks {
  stack: string[] | InnermostFirst<string>
  foreignContext: boolean[] | InnermostFirst<boolean>
  cbs: Partial<Handler>
}

/**
 * htmlparser2's parser with its stacks of open elements kept as
 * `InnermostFirst`: linear in the nesting depth, the same events. (The
 * version is pinned; a parser without those arrays keeps its own.)
 */
export class DeepParser extends Parser {
  constructor(cbs: Partial<Handler>, options: ParserOptions) {
    super(cbs, options)
    const self = this as unknown as ParserStacks
    if (Array.isArray(self.stack) && Array.isArray(self.foreignContext)) {
      self.stack = new InnermostFirst(self.stack)
      self.foreignContext = new InnermostFirst(self.foreignContext)
    }
  }

  /** htmlparser2's `onend`, with the open elements read innermost first from `InnermostFirst`. */
  override onend(): void {
    const self = this as unknown as ParserStacks
    if (!(self.stack instanceof InnermostFirst)) {
      super.onend()
      return
    }
    if (self.cbs.onclosetag) {
      // Every element still open ends where the input ends.
      this.endIndex = this.startIndex
      for (const name of self.stack.innermostFirst()) self.cbs.onclosetag(name, true)
    }
    self.cbs.onend?.()
  }
}

/** Keep an attribute if rendering or metadata read it (names come lower-cased; the first of duplicates wins). */
function readAttribute(attribs: Attributes, name: string, value: string) {
  if (name === 'hidden') {
    attribs.hidden = true
    return
  }
  const field = attributeFields.get(name)
  // Values come raw (see `htmlToTree`): "Fish &amp; chips".
  if (field !== undefined && attribs[field] === undefined) attribs[field] = value.includes('&') ? decodeHTMLAttribute(value) : value
}

/** A line under construction. */
// The most links, and the longest block, whose link texts a block keeps (`DomFacts.linkTexts`): a row of tags, not a menu.
const maxLinkTexts = 40
const maxLinkTextsLength = 400
// White space inside a link's text, folded.
const spaceRun = /\s+/g

/**
 * The text of each link in a block's pieces, white space folded.
 *
 * @param group The block's lines of pieces.
 */
function linkTextsOf(group: Piece[][]): string[] {
  const texts: string[] = []
  let last = 0
  for (const line of group) {
    for (const piece of line) {
      if (!piece.link) continue
      if (piece.link === last) texts[texts.length - 1] += piece.text
      else if (trimmedLength(piece.text) > 0) {
        texts.push(piece.text)
        last = piece.link
      }
    }
  }
  return texts.map((d) => d.replace(spaceRun, ' ').trim())
}

interface Piece {
  text: string
  start: number
  end: number
  /** Pre-order index of the enclosing link, or 0. */
  link: number
  /** `Frame.rel` of the text. */
  rel: number
}

/** Side facts on a block, kept out of the tree. */
interface Pending {
  block: Block
  order: number
  /** Article-like text: non-link characters of a sentence-like block. */
  text: number
  /** Characters in links. */
  linkChars: number
  /** The nearest negative element around the block. */
  negative: Negative | undefined
}

/** An element whose class, id or landmark says “not article text” (`comment-list`, `<footer>`). */
interface Negative {
  /** Index of its first block. */
  first: number
  /** Index after its last block (set when the element closes). */
  last: number
  /** The next negative element around it. */
  parent: Negative | undefined
}

/**
 * Turn HTML into a block tree (the parser, exposed for custom pipelines).
 *
 * @param html The page.
 * @param _file The file (unused; kept for the parser signature).
 * @returns The tree, one block per rendered paragraph, heading, list item, caption or table row.
 */
export function htmlToTree(html: string, _file?: VFile): Root {
  if (typeof html !== 'string') {
    throw new TypeError('unscrape: `html` must be a string, got ' + (html === null ? 'null' : typeof html))
  }
  const place = location(html)
  const meta: MetaFacts = {keywords: [], title: undefined, headline: undefined, documentTitle: undefined}

  const pending: Pending[] = []
  const tokenCache = new Map<string, Words>()
  // Elements with article-like text: [order, end order, good, level].
  const candidates: Candidate[] = []
  let order = 0

  // The block under construction.
  let lines: Piece[][] = [[]]
  let kind: BlockKind = 'paragraph'
  let owner: Frame | undefined

  const root: Frame = {
    name: '', parent: undefined, path: [], top: undefined as unknown as Frame, tokens: [], own: [], near: [], landmark: undefined,
    link: 0, rel: 0, pre: false, kind: 'paragraph', depth: undefined, heading: undefined, block: true, negative: undefined,
    order: order++, first: 0, level: 0, owner: undefined, sections: undefined, childOwn: undefined, childNear: undefined
  }
  root.owner = root
  root.top = root
  const stack: Frame[] = [root]

  // Depth inside an element that is not rendered (`<script>`, `<head>`, a
  // hidden element): its descendants are skipped, 0 outside.
  let skip = 0
  // Whether the skipped element is `<head>` (its metadata children are read).
  let inHead = false
  // A `<title>` or JSON-LD `<script>` whose text is being read, at `skip` depth `level`.
  let capture: {name: string; attribs: Attributes; text: string; level: number} | undefined
  // The open tag being read: its name (`''` when none) and the attributes so
  // far. It is handled at the next event, when all its attributes are in.
  let tagName = ''
  let attributes = newAttributes()
  // Text events in a row are one text node ("a < b" comes in two).
  let textValue = ''
  let textStart = -1
  let textEnd = -1

  // No `onopentag`: htmlparser2 then builds no attribute object per element;
  // `onattribute` hands over each attribute and only the ones read are kept.
  // Entities are decoded here, not by the tokenizer: without decoding it
  // skips through text and attribute values with a fast scan for the next
  // `<` or quote instead of a state step per character, and only the text
  // that is rendered and the attributes that are kept get decoded.
  const parser = new DeepParser({
    onopentagname(name) {
      if (tagName) openTag()
      else if (textStart >= 0) flushText()
      tagName = name
      attributes = newAttributes()
    },
    onattribute(name, value) {
      readAttribute(attributes, name, value)
    },
    ontext(data) {
      if (tagName) openTag()
      if (textStart < 0) textStart = parser.startIndex
      textValue += data
      textEnd = parser.endIndex
    },
    onclosetag() {
      if (tagName) openTag()
      else if (textStart >= 0) flushText()
      close(parser.endIndex)
    },
    oncomment() {
      if (tagName) openTag()
      else if (textStart >= 0) flushText()
    },
    onprocessinginstruction() {
      if (tagName) openTag()
      else if (textStart >= 0) flushText()
    }
  }, {decodeEntities: false, Tokenizer: ScanningTokenizer})
  parser.end(html)
  if (tagName) openTag()
  if (textStart >= 0) flushText()
  leave(root, html.length - 1)
  flush()

  const children = pending.map((d) => d.block)
  markMain(pending, candidates)

  const tree: Root = {type: 'root', children, data: rootData('html')}
  if (meta.keywords.length > 0) tree.data.keywords = unique(meta.keywords)
  const title = meta.title || meta.headline || meta.documentTitle
  if (title) tree.data.metaTitle = title
  return tree

  function flushText() {
    const data = textValue
    const start = textStart
    const end = textEnd + 1
    textValue = ''
    textStart = -1
    if (skip > 0) {
      if (capture && skip === capture.level) capture.text += data
      return
    }
    text(data.includes('&') ? decodeHTML(data) : data, start, end)
  }

  function openTag() {
    const name = tagName
    tagName = ''
    open(name, attributes)
  }

  function open(name: string, attribs: Attributes) {
    if (skip > 0) {
      skip++
      // Read metadata from the head without rendering it.
      if (inHead && skip === 2 && isMeta(name, attribs)) startMeta(name, attribs, 2)
      return
    }
    const frame = stack[stack.length - 1]
    if (isMeta(name, attribs)) {
      startMeta(name, attribs, 1)
      skipFrom(false)
      return
    }
    if (name === 'head') {
      skipFrom(true)
      return
    }
    if (skipped.has(name) || isHidden(attribs)) {
      skipFrom(false)
      return
    }
    if (name === 'br') {
      if (owner) lines.push([])
      skipFrom(false)
      return
    }
    if (name === 'hr' || name === 'img') {
      if (name === 'hr') flush()
      skipFrom(false)
      return
    }

    const block = blockTags.has(name)
    if (block) flush()
    const child = enter(frame, attribs, name, block, tokenCache)
    child.owner = block ? child : frame.owner
    child.first = pending.length
    if (child.negative && child.negative !== frame.negative) child.negative.first = pending.length
    child.order = order++
    if (name === 'a') child.link = child.order
    stack.push(child)
  }

  function skipFrom(head: boolean) {
    skip = 1
    inHead = head
  }

  // Read a metadata element at `skip` depth `level`; a `<title>` or
  // `<script>` once its text is in.
  function startMeta(name: string, attribs: Attributes, level: number) {
    if (name === 'meta') readMeta(name, attribs, '', meta)
    else capture = {name, attribs, text: '', level}
  }

  function close(end: number) {
    if (skip > 0) {
      if (capture && skip === capture.level) {
        readMeta(capture.name, capture.attribs, capture.text, meta)
        capture = undefined
      }
      skip--
      return
    }
    // htmlparser2 closes every element it opened; the document frame stays.
    if (stack.length > 1) leave(stack.pop()!, end)
  }

  // Leave an element: `end` is the index of its last character.
  function leave(frame: Frame, end: number) {
    if (frame.block) flush()
    else if (cellTags.has(frame.name)) {
      const line = lines[lines.length - 1]
      if (line.length > 0) line.push({text: ' ', start: 0, end: 0, link: 0, rel: 0})
    }
    if (frame.sections) for (const facts of frame.sections) facts.sectionEnd = end + 1
    if (frame.negative && frame.negative.last < 0 && (stack.length === 0 || stack[stack.length - 1].negative !== frame.negative)) {
      frame.negative.last = pending.length
    }
    if (pending.length > frame.first) {
      candidates.push({
        tokens: frame.tokens.length,
        order: frame.order,
        end: order,
        first: frame.first,
        last: pending.length,
        level: frame.level
      })
    }
  }

  function flush() {
    const groups: Piece[][][] = [[]]
    // Two line breaks in a row (an empty line) end a paragraph.
    for (const line of lines) {
      if (line.every((d) => trimmedLength(d.text) === 0)) {
        if (groups[groups.length - 1].length > 0) groups.push([])
      } else groups[groups.length - 1].push(line)
    }
    for (const group of groups) {
      if (group.length === 0 || !owner) continue
      const rows = owner.pre ? undefined : group.map((d) => linkRow(d))
      if (rows && rows.some(Boolean)) {
        // A row of links ("Tags<br>A, B, C"): one block per link; a long run
        // of links is a cloud, not a list.
        for (let i = 0; i < group.length; i++) {
          const row = rows[i]
          if (!row) emit([group[i]], kind)
          else for (const item of row) emit([item], row.length > maxRow ? kind : 'list-item')
        }
      } else emit(group, kind)
    }
    lines = [[]]
    owner = undefined
  }

  function emit(group: Piece[][], kind: BlockKind) {
    const frame = owner!
    let value = ''
    let linkChars = 0
    let relChars = 0
    let categoryChars = 0
    let lastLink = 0
    let links = 0
    let start = -1
    let end = -1
    for (let i = 0; i < group.length; i++) {
      let line = ''
      // Whether `line` ends in a space (kept aside: `line.endsWith` would
      // flatten the growing string at every piece, quadratic in a long line).
      let space = true
      for (const piece of group[i]) {
        let text = piece.text
        if (!frame.pre && space && text.startsWith(' ')) text = text.slice(1)
        if (!text) continue
        space = text.endsWith(' ')
        const size = trimmedLength(text)
        if (piece.link) {
          linkChars += size
          if (piece.rel === REL_TAG) relChars += size
          else if (piece.rel === REL_CATEGORY) categoryChars += size
          if (piece.link !== lastLink && size > 0) {
            links++
            lastLink = piece.link
          }
        }
        line += text
        if (size > 0) {
          if (start < 0) start = piece.start
          end = piece.end
        }
      }
      line = frame.pre ? line.trimEnd() : line.trim()
      if (i > 0) value += '\n'
      value += line
    }
    // (`trimEnd`, not /\s+$/: the pattern, tried from each space of a long run, is quadratic.)
    value = frame.pre ? withoutLeadingNewlines(value.trimEnd()) : value.trim()
    if (!value || start < 0) return
    const length = value.length
    const facts: DomFacts = {
      path: pathOf(frame),
      linkDensity: Math.min(1, linkChars / length),
      links,
      tokens: frame.tokens,
      near: nearOf(frame)
    }
    if (frame.landmark) facts.landmark = frame.landmark
    if (relChars > 0 && relChars >= linkChars * 0.5) facts.relTag = true
    if (categoryChars > 0 && categoryChars >= linkChars * 0.5) facts.relCategory = true
    // The text of each link of a short block ("Tags: harbour night crossing" is two links), read again from its pieces.
    if (links >= 2 && links <= maxLinkTexts && length <= maxLinkTextsLength) facts.linkTexts = linkTextsOf(group)
    if (frame.depth) {
      facts.depth = frame.depth
      // Where the heading's parent ends: "<section><h3>You may also like</h3>…</section>".
      // (The heading is kept on each frame: a walk up to it from every block
      // is quadratic in "<h2><div>a<div>b<div>c…".)
      const parent = frame.heading?.parent
      if (parent && parent !== root) (parent.sections ||= []).push(facts)
    }
    const block: Block = {
      type: 'block',
      // (In one piece: the value was joined from the text nodes, and the transforms read it character by character.)
      value: flat(value),
      position: {start: point(start), end: point(end)},
      data: blockData(kind, 1, 0, undefined, facts)
    }
    // Article-like text: sentences, not link lists.
    let plain = 0
    if (kind !== 'heading' && kind !== 'caption') {
      plain = length - linkChars
      if (plain < 25 || linkChars / length >= 0.5) plain = 0
    }
    pending.push({block, order: frame.order, text: plain, linkChars, negative: frame.negative})
  }

  function point(offset: number) {
    const found = place.toPoint(offset)
    return found
      ? {line: found.line, column: found.column, offset}
      : {line: 1, column: offset + 1, offset}
  }

  function text(data: string, start: number, end: number) {
    const frame = stack[stack.length - 1]
    const value = frame.pre ? data : collapse(data)
    if (!value) return
    if (!owner) {
      if (!value.trim()) return
      owner = blockOwner()
      kind = owner.kind
    }
    lines[lines.length - 1].push({text: value, start, end, link: frame.link, rel: frame.rel})
  }

  // The innermost block element: its facts describe the block.
  function blockOwner(): Frame {
    return stack[stack.length - 1].owner || root
  }
}

/**
 * Split a line that is a row of links (`Tags: Ferries, Islands | Transport`)
 * into one piece list per link (and one for a short leading label), or
 * `undefined` when the line is not such a row.
 */
function linkRow(line: Piece[]): Piece[][] | undefined {
  // Most lines hold fewer than two links: nothing to split.
  let linkRuns = 0
  let previous = 0
  for (const piece of line) {
    if (piece.link && piece.link !== previous) linkRuns++
    previous = piece.link
  }
  if (linkRuns < 2) return undefined
  const segments: Piece[][] = []
  let current: Piece[] = []
  let currentLink = -1
  for (const piece of line) {
    if (piece.link !== currentLink) {
      if (current.length > 0) segments.push(current)
      current = []
      currentLink = piece.link
    }
    current.push(piece)
  }
  if (current.length > 0) segments.push(current)
  let links = 0
  const items: Piece[][] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    const text = segment.map((d) => d.text).join('').trim()
    if (segment[0].link) {
      if (!separatorsOnly.test(text)) {
        links++
        items.push(segment)
      }
    } else if (!separatorsOnly.test(text)) {
      // A short label before the links ("Tags", "Filed under") or between
      // them ("Category: News - Tags: Ferries, Islands").
      if (text.length > 30 || (items.length > 0 && !label.test(text))) return undefined
      items.push(segment)
    }
  }
  return links >= 2 ? items : undefined
}

// Most links in a row that still reads as a list (more is a cloud).
const maxRow = 30
// A label between links: "- Tags:".
const label = /:\s*$/

// Separators between links in a row: ", ", " | ", " · ", " / ".
const separatorsOnly = /^[\s,;|·•/\\\-–—:]*$/u

const relTag = /(?:^|\s)tag(?:\s|$)/i
/** `Frame.rel` of `<a rel="tag">`. */
const REL_TAG = 1
/** `Frame.rel` of `<a rel="category tag">`. */
const REL_CATEGORY = 2
const relCategory = /(?:^|\s)category(?:\s|$)/i

/**
 * Make the frame for an element.
 */
function enter(parent: Frame, attribs: Attributes, name: string, block: boolean, cache: Map<string, Words>): Frame {
  let tokens = parent.tokens
  let words = emptyTokens
  let negative = false
  const entry = tokenize(attribs.class, attribs.id, cache)
  if (entry) {
    words = entry.words
    negative = entry.negative
    if (words.length > 0 && tokens.length < maxTokens) {
      // Siblings with the same class under one parent share the merged list.
      const inherited = tokens
      let merged = entry.merged.get(inherited)
      if (!merged) {
        merged = inherited.slice()
        for (const word of words) {
          if (merged.length >= maxTokens) break
          if (!inherited.includes(word)) merged.push(word)
        }
        entry.merged.set(inherited, merged)
      }
      tokens = merged
    }
  }
  let negativeFrame = parent.negative
  let landmark = parent.landmark
  const role = attribs.role ? landmarkRoles.get(attribs.role.toLowerCase()) : undefined
  const own = landmarkTags.get(name) || role
  if (own) landmark = own
  if (own === 'nav' || own === 'footer' || own === 'aside' || own === 'form') negative = true
  if (negative) negativeFrame = {first: 0, last: -1, parent: parent.negative}
  let kind = parent.kind
  let depth = parent.depth
  const level = headingLevel(name)
  if (level > 0) {
    kind = 'heading'
    depth = level
  } else if (name === 'li' || name === 'dt' || name === 'dd') kind = 'list-item'
  else if (name === 'figcaption' || name === 'caption') kind = 'caption'
  else if (name === 'tr') kind = 'table-row'
  else if (name === 'pre' || name === 'listing' || name === 'xmp' || name === 'plaintext') kind = 'preformatted'
  else if (block && parent.kind === 'table-row') {
    // A block inside a table cell (layout tables): a paragraph again.
    kind = 'paragraph'
  } else if (block && (name === 'p' || name === 'div' || name === 'blockquote' || name === 'section' || name === 'article')) {
    // A paragraph inside a list item is still part of the item; otherwise a paragraph.
    if (parent.kind !== 'list-item' && parent.kind !== 'caption') kind = 'paragraph'
  }
  // `rel="tag"`, but not WordPress’s `rel="category tag"`: a category is the
  // page’s section, not one of its tags.
  const rel = name === 'a' && attribs.rel ? (relCategory.test(attribs.rel) ? REL_CATEGORY : relTag.test(attribs.rel) ? REL_TAG : 0) : 0
  const frame: Frame = {
    name,
    parent,
    path: undefined,
    top: undefined as unknown as Frame,
    tokens,
    own: words,
    near: undefined,
    landmark,
    link: parent.link,
    rel: parent.rel || rel,
    pre: parent.pre || kind === 'preformatted',
    kind,
    depth,
    heading: parent.heading,
    block,
    negative: negativeFrame,
    order: 0,
    first: 0,
    level: parent.level + 1,
    owner: undefined,
    sections: undefined,
    childOwn: undefined,
    childNear: undefined
  }
  frame.top = frame.level <= maxPath ? frame : parent.top
  if (level > 0) frame.heading = frame
  return frame
}

/**
 * The tag path of a frame (`['html', 'body', 'div', 'p']`, capped at
 * `maxPath` names), made once per frame that owns a block: most elements own
 * none, so paths are not built while walking.
 */
function pathOf(frame: Frame): string[] {
  if (frame.path) return frame.path
  const top = frame.top
  if (!top.path) {
    // Names from the capped ancestor up to the root, written back to front.
    const path = new Array<string>(top.level)
    let ancestor: Frame | undefined = top
    for (let i = top.level - 1; i >= 0 && ancestor; i--) {
      path[i] = ancestor.name
      ancestor = ancestor.parent
    }
    top.path = path
  }
  frame.path = top.path
  return frame.path
}
/**
 * Collapse HTML white space (`[ \t\n\r\f]+`) to one space; most text
 * nodes are either already collapsed or only the indentation between tags.
 */
function collapse(data: string): string {
  // One pass: whether the text has a tab, line break, form feed or two
  // spaces in a row (else it stays as it is), and whether it is all white space.
  let changed = false
  let blank = true
  let previous = 0
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i)
    if (code === 32) {
      if (previous === 32) changed = true
    } else if (code === 9 || code === 10 || code === 13 || code === 12) changed = true
    else {
      blank = false
      if (changed) break
    }
    previous = code
  }
  if (!changed) return data
  return blank ? ' ' : data.replace(space, ' ')
}

/** The text without the line breaks it starts with ("\n\n  code" → "  code"). */
function withoutLeadingNewlines(text: string): string {
  let start = 0
  while (text.charCodeAt(start) === 10) start++
  return start > 0 ? text.slice(start) : text
}

/**
 * `text.trim().length` without making the trimmed string (the same white
 * space as `String#trim`: ASCII space and controls, no-break spaces, the
 * Unicode space separators, line and paragraph separators, BOM).
 */
function trimmedLength(text: string): number {
  let start = 0
  let end = text.length
  while (start < end && isTrimmed(text.charCodeAt(start))) start++
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--
  return end - start
}

function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/** The level of a heading tag (`h1`–`h6`), or 0. */
function headingLevel(name: string): number {
  if (name.length !== 2 || name.charCodeAt(0) !== 104 /* h */) return 0
  const digit = name.charCodeAt(1) - 48
  return digit >= 1 && digit <= 6 ? digit : 0
}

// Tokens shared by elements with no class or id near them.
const emptyTokens: string[] = []

/**
 * The class and id words of a frame and its two nearest ancestors (the
 * grandparent’s capped at 8), made once per frame that owns a block.
 */
function nearOf(frame: Frame): string[] {
  if (frame.near) return frame.near
  // Iterative: pages nest elements 50,000 deep.
  const missing: Frame[] = []
  let ancestor: Frame | undefined = frame
  while (ancestor && !ancestor.near) {
    missing.push(ancestor)
    ancestor = ancestor.parent
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    const current = missing[i]
    const parent = current.parent
    if (!parent || current.own.length + parent.own.length === 0) current.near = emptyTokens
    else if (parent.childOwn === current.own) current.near = parent.childNear
    else {
      const above = parent.near!
      const grand = above.length > parent.own.length ? above.slice(parent.own.length, parent.own.length + 8) : emptyTokens
      current.near = current.own.concat(parent.own, grand)
      // "<li class="card">" × 20 under one list: one list for all of them.
      parent.childOwn = current.own
      parent.childNear = current.near
    }
  }
  return frame.near!
}

// Classes that hide an element (Bootstrap, Tailwind, WordPress, Drupal, Elementor and HTML5 Boilerplate screen-reader text).
const hiddenClass = /(?:^|\s)(?:hidden|d-none|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|elementor-screen-only|element-invisible|is-hidden)(?:\s|$)/i

function isHidden(attribs: Attributes): boolean {
  if (attribs.hidden) return true
  // (Not `aria-hidden`: what it hides from a screen reader is on the screen, "<span aria-hidden>Title</span><span class="sr-only">Title</span>".)
  if (attribs.class && hiddenClass.test(attribs.class)) return true
  const style = attribs.style
  return style !== undefined && hiddenStyle.test(style)
}

/** The words of one class and id value, split once per page. */
interface Words {
  /** Lower-cased words. */
  words: string[]
  /** Whether a word says “not article text” (`negativeWord`). */
  negative: boolean
  /** Inherited token list → that list with these words added. */
  merged: Map<string[], string[]>
}

/**
 * The lower-cased words of class and id values, or `undefined` for an
 * element with neither.
 */
function tokenize(className: string | undefined, id: string | undefined, cache: Map<string, Words>): Words | undefined {
  if (!className && !id) return undefined
  // Class values repeat across a page ("card-title"): split each once.
  const key = id ? (className || '') + '#' + id : className!
  let entry = cache.get(key)
  if (!entry) {
    const words: string[] = []
    if (className) splitWords(className, words)
    if (id) splitWords(id, words)
    let negative = false
    for (const word of words) if (negativeWord.test(word)) negative = true
    entry = {words, negative, merged: new Map()}
    cache.set(key, entry)
  }
  return entry
}

/**
 * Add the lower-cased ASCII words of a class or id value to `words`
 * (`"postCard related-list"` → `post`, `card`, `related`, `list`), splitting
 * at non-word characters and lower-to-upper case changes.
 */
function splitWords(value: string, words: string[]) {
  const text = value.length > 500 ? value.slice(0, 500) : value
  let word = ''
  let previous = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128) {
      // Rare: let the Unicode case mapping decide ("İ" lower-cases to "i̇").
      for (const d of text.replace(camel, '$1 $2').toLowerCase().split(nonWord)) addWord(d, words)
      return
    }
    const upper = code >= 65 && code <= 90
    const lower = (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
    if (upper || lower) {
      // "postCard": a capital after a small letter or digit starts a word.
      if (upper && ((previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57))) {
        addWord(word, words)
        word = ''
      }
      word += upper ? String.fromCharCode(code + 32) : text[i]
    } else {
      addWord(word, words)
      word = ''
    }
    previous = code
  }
  addWord(word, words)
}

function addWord(word: string, words: string[]) {
  if (word && word.length < 40 && !words.includes(word)) words.push(word)
}

/**
 * Mark blocks inside the element that holds most of the article-like text,
 * discounted by its link density (a list of teasers has text too, but much
 * of it in links).
 */
function markMain(pending: Pending[], candidates: Candidate[]) {
  const n = pending.length
  // Prefix sums over blocks in document order: an element’s blocks are a range.
  const all = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) all[i + 1] = all[i] + pending[i].text
  const total = all[n]
  if (total <= 0) return
  const chars = new Float64Array(n + 1)
  const links = new Float64Array(n + 1)
  const prose = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    chars[i + 1] = chars[i] + pending[i].block.value.length
    links[i + 1] = links[i] + pending[i].linkChars
    prose[i + 1] = prose[i] + (pending[i].text > 0 ? 1 : 0)
  }
  // A “negative” class on a wrapper of most of the page (`<body
  // class="has-sidebar">`) says nothing: only smaller negative elements count.
  // A wrapper holds several prose blocks: a footer with one long notice
  // (`<div class="footer-text">`) can hold more prose than a short article,
  // but in one block.
  const good = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    const item = pending[i]
    let negative = false
    let steps = 0
    for (let d = item.negative; d && steps < 64; d = d.parent, steps++) {
      const last = d.last < 0 ? n : d.last
      if (all[last] - all[d.first] < total * 0.5 || prose[last] - prose[d.first] < 2) {
        negative = true
        break
      }
    }
    good[i + 1] = good[i] + (negative ? 0 : item.text)
  }
  let best: Candidate | undefined
  let bestScore = 0
  // Candidates come in post-order (children first): on a tie, keep the deeper one.
  for (const candidate of candidates) {
    const size = chars[candidate.last] - chars[candidate.first]
    if (size <= 0) continue
    const density = (links[candidate.last] - links[candidate.first]) / size
    const score = (good[candidate.last] - good[candidate.first]) * (1 - density)
    if (score > bestScore * 1.01 || (best && score >= bestScore * 0.99 && candidate.level > best.level)) {
      if (score > bestScore) bestScore = score
      best = candidate
    }
  }
  if (!best) return
  for (let i = 0; i < n; i++) {
    const dom = pending[i].block.data.dom!
    dom.inMain = i >= best.first && i < best.last
    if (dom.inMain) dom.innerTokens = dom.tokens.slice(best.tokens)
  }
}

/** An element with blocks inside. */
interface Candidate {
  /** Number of tokens of the element and its ancestors. */
  tokens: number
  /** Pre-order index. */
  order: number
  /** Pre-order index after its last descendant. */
  end: number
  /** Index of its first block. */
  first: number
  /** Index after its last block. */
  last: number
  /** Nesting depth. */
  level: number
}

/** Metadata read from the head and JSON-LD. */
interface MetaFacts {
  keywords: string[]
  title: string | undefined
  headline: string | undefined
  documentTitle: string | undefined
}

/** Whether an element carries metadata: `<meta>`, `<title>`, a JSON-LD `<script>`. */
function isMeta(name: string, attribs: Attributes): boolean {
  return name === 'meta' || name === 'title' || (name === 'script' && ldJson.test(attribs.type || ''))
}

const ldJson = /ld\+json/i

/** Read a metadata element (`text` is the text of a `<title>` or `<script>`). */
function readMeta(name: string, attribs: Attributes, source: string, meta: MetaFacts) {
  if (name === 'title') {
    // `<title>` text comes raw ("Harbour &amp; Sea"); script text has no entities.
    const text = (source.includes('&') ? decodeHTML(source) : source).replace(space, ' ').trim()
    if (text && !meta.documentTitle) meta.documentTitle = text
    return
  }
  if (name === 'script') {
    readJsonLd(source, meta)
    return
  }
  const key = (attribs.property || attribs.name || '').toLowerCase()
  const content = (attribs.content || '').replace(space, ' ').trim()
  if (!content) return
  if (key === 'og:title' || key === 'twitter:title') {
    if (!meta.title) meta.title = content
  } else if (key === 'article:tag') {
    meta.keywords.push(content)
  } else if (key === 'keywords' || key === 'news_keywords') {
    append(meta.keywords, splitKeywords(content))
  }
}

function splitKeywords(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((d) => d.replace(space, ' ').trim())
    .filter((d) => d.length > 0 && d.length < 100)
}

function readJsonLd(source: string, meta: MetaFacts) {
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    return
  }
  // Iterative walk over the JSON-LD graph (bounded).
  const queue: unknown[] = [data]
  let seen = 0
  while (queue.length > 0 && seen < 2000) {
    const value = queue.pop()
    seen++
    if (Array.isArray(value)) {
      for (const item of value) queue.push(item)
      continue
    }
    if (!value || typeof value !== 'object') continue
    const record = value as Record<string, unknown>
    const type = String(record['@type'] || '')
    const articleLike = /article|posting|report|blog|webpage|newsarticle/i.test(type)
    if (articleLike && typeof record.headline === 'string' && !meta.headline) {
      meta.headline = record.headline.replace(space, ' ').trim() || undefined
    }
    if (articleLike && record.keywords) {
      const keywords = record.keywords
      if (typeof keywords === 'string') append(meta.keywords, splitKeywords(keywords))
      else if (Array.isArray(keywords)) {
        for (const item of keywords) if (typeof item === 'string') append(meta.keywords, splitKeywords(item))
      }
    }
    if (record['@graph']) queue.push(record['@graph'])
    if (record.mainEntity) queue.push(record.mainEntity)
  }
}

function unique(values: string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const value of values) {
    const key = value.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      result.push(value)
    }
  }
  return result
}
