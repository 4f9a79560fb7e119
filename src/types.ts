/**
 * The block tree that every unscrape transform reads and writes, and the
 * result that `cleanup()` returns.
 *
 * A document is a `root` whose children are `block` nodes in reading order.
 * A block is what a reader would call one line or one paragraph of the page:
 * its text (`value`), its `position` in the input, and `data` facts.
 * Transforms never delete blocks: they set `data.fate` (and `data.rule`), so
 * the result step and the audit report read one field.
 */
import type {Data, Literal, Parent, Position} from 'unist'
import type {VFileMessage} from 'vfile-message'

export type {Point, Position} from 'unist'

/** What a block is, as far as the layout tells. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'table-row'
  | 'caption'
  | 'preformatted'

/** What happens to a block in the result. */
export type Fate = 'body' | 'title' | 'tag' | 'related' | 'removed'

/** Facts the HTML parser knows about a block (absent for text input). */
export interface DomFacts {
  /** Tag names from the root to the block element, e.g. `['html', 'body', 'article', 'p']`. */
  path: string[]
  /** Characters of the block inside `<a>` elements, over all its characters (0–1). */
  linkDensity: number
  /** Number of `<a>` elements in the block. */
  links: number
  /** Nearest landmark around the block, if any. */
  landmark?: 'nav' | 'header' | 'footer' | 'aside' | 'form' | 'main' | 'article'
  /** Lower-cased class and id tokens of the block and its ancestors (`related`, `share`, `tags`…). */
  tokens: string[]
  /** Class and id tokens of the block element and its two nearest ancestors (`tags`, `share`…). */
  near?: string[]
  /**
   * The text of each link of a short block with two links or more (400
   * characters at most, 40 links at most), white space folded: where the
   * items of a row of links end (`harbour`, `night crossing`).
   */
  linkTexts?: string[]
  /** Whether the block sits inside an `<a rel="tag">` list (not `rel="category tag"`: a WordPress category). */
  relTag?: boolean
  /** Whether most of the block’s link text is WordPress category links (`<a rel="category tag">`): the page’s sections. */
  relCategory?: boolean
  /** Heading level (1–6) for `<h1>`…`<h6>`. */
  depth?: number
  /** For a heading: the offset in the source where the heading’s parent element ends (what the heading heads lies before it). */
  sectionEnd?: number
  /** Whether the block is inside the element that holds most of the page’s paragraphs text. */
  inMain?: boolean
  /** For blocks inside the main element: the tokens of the elements between it and the block (`share`, `related`…). */
  innerTokens?: string[]
}

/** A span of the input that was removed from inside a kept block (a comment count, a bullet). */
export interface Stripped {
  /** The removed text. */
  text: string
  /** Kebab-case rule id. */
  rule: string
  /** Where it was in the input. */
  position: Position
}

/** A related headline, cleaned. */
export interface RelatedItem {
  /** The headline. */
  title: string
  /** A section label that the scraper glued to the headline (`Europe` of `EuropeFerry crews demand…`). */
  section?: string
  /** A kicker run into the headline (`Night of Storms` of `Night of Storms Coastal towns stop…`). */
  kicker?: string
}

/** A boundary where two input lines were joined into one block. */
export interface Join {
  /** Offset in the input of the end of the first piece. */
  from: number
  /** Offset in the input of the start of the second piece. */
  to: number
  /** How the pieces were joined: with a space, with nothing, with a newline, or with a dropped hyphen. */
  kind: 'space' | 'none' | 'newline' | 'dehyphenate' | 'drop-period'
}

/** Facts on a block. */
export interface BlockData extends Data {
  /** What the block is. */
  kind: BlockKind
  /** Number of blank lines before the block in the input (text input). */
  blankBefore: number
  /** Leading spaces of the first line (text input). */
  indent: number
  /** The bullet or list number that started the line, removed from `value` (`•`, `*`, `1.`). */
  bullet?: string
  /** Fate in the result; unset means body. */
  fate?: Fate
  /** Rule id that decided a `removed`, `tag`, `related` or `title` fate. */
  rule?: string
  /** Whether the block continues the previous block’s paragraph on a new line (a line break inside a paragraph, set by `repairLineBreaks`). */
  lineBreak?: boolean
  /** The joins made inside this block. */
  joins?: Join[]
  /**
   * The texts `repairLineBreaks` joined into this block, with the spaces it
   * put between them (`['Source: Harbour Desk', ' ', 'Tags']`): the input
   * lines as earlier steps left them (Markdown stripped), for the steps
   * after it that read a block line by line.
   */
  pieces?: string[]
  /** Spans removed from inside the block. */
  stripped?: Stripped[]
  /**
   * Display width of the input line's text, when an earlier step rewrote it
   * so that `value` and `stripped` no longer measure it (a row of links:
   * `[12]Ferries, [13]Quays` → `Ferries | Quays`). `repairLineBreaks` reads
   * wrap widths from it.
   */
  width?: number
  /**
   * Display width of the input line's first word, when an earlier step cut
   * into it (`Harbour](https://…)` → `Harbour`): a wrap put the line break
   * before the whole word. `repairLineBreaks` reads wraps from it.
   */
  firstWordWidth?: number
  /** Level of a Markdown heading, from its marks (`# Night ferry returns`: 1). */
  level?: number
  /**
   * The Markdown links whose text the block holds, and the length of that
   * text, counted by `stripMarkdown` (summed by `repairLineBreaks` over the
   * lines it joins): the link density of a text without a DOM.
   */
  links?: {count: number; text: number}
  /**
   * Whether the block is a piece, after the first, of a headline that
   * `splitRunOnText` cut where its capitals meet as it cuts a menu into its
   * labels (`Ferry Crews'` ⏎ `Winter:` ⏎ `The Long` ⏎ `Night`): the pieces
   * weigh as one block when `removeBoilerplate` finds the article.
   */
  headlinePiece?: boolean
  /** For a `related` or `tag` block that holds the rest of the previous block’s item (a headline broken over two lines): its text is already in that item. */
  continues?: boolean
  /** For `related` blocks: the cleaned item. */
  related?: RelatedItem
  /** For `tag` blocks: the cleaned tag. */
  tag?: string
  /** For `tag` blocks that hold several tags (`afghanistan, hostages, taliban`): all of them, in order. */
  tags?: string[]
  /** DOM facts (HTML input only). */
  dom?: DomFacts
  /**
   * Width the line was wrapped at, in columns from the line start, when the
   * parser knows it: a line of one column of a two-column layout (a text
   * browser wraps each column on its own). `repairLineBreaks` unwraps such
   * lines at this width.
   */
  wrapWidth?: number
  /** Cached per-block analysis (features computed on demand). */
  cache?: Record<string, unknown>
}

/** One line or paragraph of the page. */
export interface Block extends Literal {
  type: 'block'
  /** The block’s text, without bullet and surrounding white space. */
  value: string
  position: Position
  data: BlockData
}

/** Facts on the whole document. */
export interface RootData extends Data {
  /** Which input the tree came from. */
  source?: 'text' | 'html'
  /** Whether the text was the C++ `html2text`’s output, no Markdown (set by `undoHtml2text`). */
  html2text?: boolean
  /** Whether the text was Markdown (set by `stripMarkdown`). */
  markdown?: boolean
  /** ISO 639-1 code of the detected language (`en`, `ru`…), or `und`. */
  language?: string
  /** How the text looks: see `repairLineBreaks`. */
  rendering?: 'fragments' | 'wrapped' | 'clean' | 'mixed'
  /** Wrap width found for hard-wrapped text. */
  wrapWidth?: number
  /** Blank lines that separate paragraphs when the text also separates fragments with fewer (set by `repairLineBreaks`). */
  paragraphSeparator?: number
  /** Whether blank lines separate the paragraphs, so a line after another without one is a line break inside a paragraph (set by `repairLineBreaks`). */
  blankSeparated?: boolean
  /** Whether the text was a page run together on one line, its blocks cut at guessed boundaries (set by `splitRunOnText`). */
  runOn?: boolean
  /** Set by `separateSections` once it ran (a second run leaves the tree as it is). */
  sectionsSeparated?: boolean
  /** `article:tag`, `keywords` meta and JSON-LD keywords (HTML input), or the tags, keywords and categories of a text's front matter. */
  keywords?: string[]
  /** Title found in metadata (HTML input) or in a text's front matter. */
  metaTitle?: string
  /** The input URL, when given. */
  url?: string
}

/** The document. */
export interface Root extends Parent {
  type: 'root'
  children: Block[]
  data: RootData
}

/** A record of text that is not in the result, and why. */
export interface Removed {
  /** What was removed. */
  text: string
  /** Kebab-case rule id (see the README’s rule table). */
  rule: string
  /** Where it was in the input (the HTML source for HTML input). */
  position: Position
}

/** What `cleanup()` and `cleanupHtml()` return. */
export interface CleanResult {
  /** The article’s headline, when the input shows it. */
  title?: string
  /** The article: paragraphs joined by one blank line. */
  body: string
  /** The article’s paragraphs. */
  paragraphs: string[]
  /** The article’s tag list as shown on the page. */
  tags: string[]
  /** Headlines of other articles. */
  related: RelatedItem[]
  /** Metadata keywords (HTML meta tags, or a text's front matter; often more than the page shows). */
  keywords?: string[]
  /** Detected language (ISO 639-1, or `und`). */
  language?: string
  /** Every piece of input text that is not in title, body, tags or related. */
  removed: Removed[]
  /** Every decision, as vfile messages (`String(message)` reads `40:1-47:12: Removed …`). */
  messages: VFileMessage[]
  /** The fate of every input span (only with `{trace: true}`). */
  trace?: Trace
}

/** The fate of input spans (with `{trace: true}`). */
export interface Trace {
  /** Which input the offsets point into: the text, or the HTML source (`cleanupHtml`). */
  source?: 'text' | 'html'
  /** One entry per block, in reading order. */
  spans: TraceSpan[]
  /** Every join between input pieces. */
  joins: Join[]
}

/** What happened to one block of the input. */
export interface TraceSpan {
  /** Start offset in the input. */
  start: number
  /** End offset in the input. */
  end: number
  /** The block’s fate. */
  fate: Fate
  /** Rule id, for fates other than body. */
  rule?: string
  /** The text it became (after joins and cleaning). */
  text: string
  /** For related headlines: the section label, when split off. */
  section?: string
  /** For related headlines: the kicker, when split off. */
  kicker?: string
  /** Spans stripped from inside the block. */
  stripped?: Stripped[]
}
