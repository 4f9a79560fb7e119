/**
 * Find Markdown syntax in text, the way HTML-to-Markdown converters
 * (turndown, html2text, the crawlers that feed language models) write it:
 * links, images, emphasis, heading marks, quotes, rules, tables, escapes.
 * Every pattern is linear: bounded repetitions over disjoint classes.
 */
import {codeSpans, isCodeLine} from './code.js'
import {findMarkup, markupGate, type MarkupSpan} from './markup.js'

/** A Markdown span: the markup part to remove from a block. */
export interface MarkdownSpan extends MarkupSpan {
  /** Whether the span holds words (a link target, an image) that must be recorded. */
  words: boolean
  /** On the target of a link (`](https://…)`): the length of the link's text, marks and images left out. */
  linkText?: number
}

// A link target: "<…>", or a URL with at most one level of parentheses
// ("https://en.wikipedia.org/wiki/Ferry_(boat)"), then an optional title.
// (html2text wraps a long URL after a hyphen: "…/harbour-" ⏎ "cranes/)"; links
// are read with such a line end as a character of the URL, see `flatLinks`.)
// (A `data:` URL holds a whole image: "![](data:image/svg+xml;base64,PHN2Zy…)", thousands of characters.)
const target =
  '(?:<[^<>\\n]{0,2000}>|[^()\\s]{0,100000}(?:\\([^()\\s]{0,200}\\)[^()\\s]{0,500})?)(?:[ \\t]+(?:"[^"\\n]{0,2000}"|\'[^\'\\n]{0,2000}\'))?[ \\t]*'

// `{.photo width="80"}`, `{#top}`, `{target="_blank"}`: Pandoc's attributes
// after a link, an image, a span or a heading (a class, an id or a key first).
const attributes = '\\{[ \\t]*(?:[#.][^\\s{}]|[\\w-]{1,50}=)[^{}\\n]{0,50000}\\}'
// "![alt](src)": an image, removed whole (with its attributes).
const image = new RegExp('!\\[[^\\[\\]\\n]{0,2000}\\]\\(' + target + '\\)(?:' + attributes + ')?', 'g')
// "[text](href)": a link; the brackets and the target go, the text stays.
// Images inside the text are masked first, so "[![x](a) Caption](b)" is a link.
// ("[text]{.note}": a Pandoc span, whose text stays too.)
const link = new RegExp('\\[([^\\[\\]\\n]{0,1000})\\](?:\\(' + target + '\\)(?:' + attributes + ')?|' + attributes + ')', 'g')
// "# Ferries return {#ferries}": attributes that end a line.
const lineAttributes = new RegExp('[ \\t]' + attributes + '[ \\t]*$', 'gm')
// "::: {.sidebar}", "::: note", ":::": the fences of a Pandoc div, alone on their line.
// (Inside a block quote too: "> ::: {editable=\"text\"}", its marks left to the quote.)
const divFence = /(?<=^ {0,3}(?:>[ \t]?){0,8}):{3,50}(?:[ \t]*\{[^{}\n]{0,50000}\}|[ \t]+[^\s{}:]{1,200})?[ \t]*:{0,50}[ \t]*$/gm
// The halves of a link around blocks: "](href)" and "[" at a line end.
const danglingTarget = new RegExp('\\]\\(' + target + '\\)', 'g')
const danglingOpen = /\[[ \t]*$/gm
// "[text][ref]": a reference link.
const referenceLink = /\[([^[\]\n]{1,1000})\]\[([^[\]\n]{0,100})\]/g
// "[ref]: https://…": a reference definition, on its own line.
const definition = /^ {0,3}\[[^[\]\n]{1,100}\]:[ \t]+\S{1,2000}(?:[ \t]+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?[ \t]*$/gm
// "## Heading ##": the marks of an ATX heading.
const headingOpen = /^ {0,3}#{1,6}(?:[ \t]+|$)/gm
// (Tried only where a run of blanks starts: a search from every blank of a
// long run, each one to the run's end, is quadratic.)
const headingClose = /(?<![ \t])[ \t]+#{1,6}[ \t]*$/gm
// "> quoted": quote marks, nested or not.
const quote = /^ {0,3}(?:>[ \t]?){1,8}/gm
// ":   Fair Hill": the mark of a definition under its term (Pandoc's definition lists).
const definitionMark = /^ {0,3}[:~](?: {3}|\t)(?=\S)/gm

// "---", "* * *", "___", "===": a rule or a setext underline, alone on its line.
const rule = /^ {0,3}(?:(?:-[ \t]*){3,200}|(?:\*[ \t]*){3,200}|(?:_[ \t]*){3,200}|(?:=[ \t]*){3,200})$/gm
// "1. Item", "2) Item": a list number (bullets are the parser’s).
const number = /^ {0,3}\d{1,9}[.)][ \t]+(?=\S)/gm
// A list's first item: a bullet or a number.
const listStart = /^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]/
// The number of a list's first item, which may open a list inside a paragraph: "1.", "1)".
const firstNumber = /^ {0,3}1[.)]/
// "|---|:---:|": a table’s separator row (pipes, dashes, colons, spaces; a
// pipe and a dash at least).
const tableRule = /^[ \t|:-]{3,2000}$/gm
// "| a | b |": the pipes of a table row.
const tableEdge = /^ {0,3}\|[ \t]?|[ \t]?\|[ \t]*$/gm
const tablePipe = /[ \t]\|[ \t]/g
/** A code fence line: "```js", "~~~". */
export const fenceLine = /^ {0,3}(?:`{3,20}|~{3,20})[^`\n]{0,50}$/
const fence = new RegExp(fenceLine.source, 'gm')
// "**strong**", "__strong__", "~~struck~~", "*em*", "_em_", "`code`": the marks
// (html2text closes bold after a space: "**Night ferry **").
const strong = /(\*\*|__|~~)(?=[^\s*_~])([^\n]{0,500}?[^\s*_~\\])[ \t]?\1/g
// (html2text opens it before a space too, "** Night ferry**", "_ **Night ferry**_":
// then not right after a word, "CCI** and CCI***" is no emphasis.)
const strongSpaced = /(?<![\p{L}\p{N}*_~\\])(\*\*|__)[ \t](?=[^\s*_~])([^\n]{0,500}?[^\s*_~\\])[ \t]?\1(?![\p{L}\p{N}])/gu
const starEmphasis = /(?<![\p{L}\p{N}*\\])\*[ \t]?(?=[^\s*])([^*\n]{0,300}?[^\s*\\])\*(?![\p{L}\p{N}*])/gu
const lineEmphasis = /(?<![\p{L}\p{N}_\\])_[ \t]?(?=[^\s_])([^_\n]{0,300}?[^\s_\\])[ \t]?_(?![\p{L}\p{N}_])/gu
// Two bold runs side by side, their marks inside a word (`<b>D</b><b>ay</b>`): "D****ay".
const adjacentStrong = /(?<=[\p{L}\p{N}])(?:\*{4}|_{4})(?=[\p{L}\p{N}])/gu
// A line of bold marks alone: "**" (a rule is three marks or more).
const loneStrong = /^ {0,3}(?:\*\*|__)[ \t]*$/gm
// A mark that may open or close emphasis.
const emphasisMark = /[*_~]/
const code = /(?<!`)`([^`\n]{1,500})`(?!`)/g
// "\*", "1\.", "\[", "it\'s": a backslash escape (Pandoc escapes any ASCII punctuation).
const escape = /\\([!-/:-@[-`{-~])/g
// "…the quay.\" ⏎ "Ferries…": a backslash that ends a line is a hard line
// break (CommonMark; Pandoc writes every `<br>` so), unless it is escaped
// itself ("C:\\" ends with a backslash). (Tried only where a run of
// backslashes starts: from each one of a long run, to its end, is quadratic.)
const hardBreak = /(?<!\\)\\+$/gm

// A link text with a word in it (images are masked with U+0000).
const wordy = /[\p{L}\p{N}]/u
// Between the links of a row: separators only (", ", " | ", " · ").
const separators = /^[\s,;|·•/\\–—-]*$/u
// Before the first link of a row: a short label ("Tags:", "Filed under:").
const rowLabel = /^[^\n[\]]{1,30}[:：][ \t]*$/

/**
 * "Tags: [Ferries](…) [Islands](…)": in a line that is a row of two or more
 * links (and separators, after an optional short label), the links stay
 * separate items: "Tags: Ferries | Islands", the way text scrapes write a
 * menu or a tag row.
 */
function rowOfLinks(text: string, links: Array<[number, number]>, add: (start: number, end: number, words: boolean, replacement?: string) => void) {
  if (links.length < 2) return
  links.sort((a, b) => a[0] - b[0])
  // Line by line ("Tags" ⏎ "[a](…), [b](…)"), but a row wrapped by the
  // converter goes on over its line ends ("[Pilot" ⏎ "Boats](…)[Fog…").
  // Line starts and ends found going forward once: the links come in order,
  // and a search from each link back to its line's start, or on to its end,
  // is quadratic in a long line of links among words.
  let lineStart = 0
  let nextNewline = text.indexOf('\n')
  let first = 0
  while (first < links.length) {
    while (nextNewline !== -1 && nextNewline < links[first][0]) {
      lineStart = nextNewline + 1
      nextNewline = text.indexOf('\n', lineStart)
    }
    let last = first
    while (last + 1 < links.length && wrappedGap(text, last > first ? links[last - 1][1] : -1, links[last], links[last + 1][0])) last++
    // (The row may go on over line ends: its end is the first line end after its last link.)
    let newline = nextNewline
    while (newline !== -1 && newline < links[last][1]) newline = text.indexOf('\n', newline + 1)
    const lineEnd = newline === -1 ? text.length : newline
    rowOnLine(text, links.slice(first, last + 1), lineStart, lineEnd, add)
    first = last + 1
  }
}

/**
 * Whether the text between a link and the next one (at `to`) continues a
 * row (`previousEnd`: where the link before ends, or -1): separators only,
 * and a line end only where a long line holding two links of the row, or a
 * label and a link, was wrapped (a list or a menu with a link per line is
 * no row).
 */
function wrappedGap(text: string, previousEnd: number, link: [number, number], to: number): boolean {
  const from = link[1]
  if (to < from) return false
  const gap = text.slice(from, to)
  if (!separators.test(gap)) return false
  const newline = gap.indexOf('\n')
  if (newline === -1) return true
  if (gap.indexOf('\n', newline + 1) !== -1 || gap.trim() !== '') return false
  const lineStart = text.lastIndexOf('\n', from + newline - 1) + 1
  if (from + newline - lineStart < wrappedLine) return false
  // "[a](…) [b](…)" ⏎ "[c](…)": two links of the row on the line;
  // "Tags: [a](…)" ⏎ "[b](…)": a label and a link.
  return previousEnd >= lineStart || (link[0] >= lineStart && rowLabel.test(text.slice(lineStart, link[0])))
}

// Shortest line a converter wraps (html2text wraps at 78 columns).
const wrappedLine = 60

function rowOnLine(
  text: string,
  links: Array<[number, number]>,
  lineStart: number,
  lineEnd: number,
  add: (start: number, end: number, words: boolean, replacement?: string) => void
) {
  if (links.length < 2) return
  const before = text.slice(lineStart, links[0][0])
  if (before.trim() !== '' && !rowLabel.test(before) && !separators.test(before)) return
  if (!separators.test(text.slice(links[links.length - 1][1], lineEnd))) return
  for (let i = 1; i < links.length; i++) {
    if (links[i][0] < links[i - 1][1] || !separators.test(text.slice(links[i - 1][1], links[i][0]))) return
  }
  for (let i = 1; i < links.length; i++) add(links[i - 1][1], links[i][0], false, ' | ')
}

// "</a>" and "<a href=…>": the tags of a raw HTML link.
const closingLink = /^<\/a\s*>$/i
const openingLink = /^<a[\s>]/i
// Spaces on one line only.
const spaces = /^[ \t]*$/

// Line ends inside a paragraph of wrapped Markdown, and those after a hyphen.
const lineEnds = /\n/g
const hyphenEnds = /-\n/g

/** Cheap test: could a block hold Markdown that `findMarkdown` removes? */
export const markdownGate = /[[\]*_`~#<>{|\\=-]|^ {0,3}(?:\d{1,9}[.)][ \t]|:::|:(?: {3}|\t)\S)/m

// Evidence that a document is Markdown.
const linkEvidence = /\]\((?:https?:\/\/|\/|#|mailto:|\.{1,2}\/|www\.)/g
const headingEvidence = /^#{1,6} \S/gm
const strongEvidence = /\*\*[^\s*][^*\n]{0,200}\*\*/g

/**
 * Whether a document is written in Markdown: two links or images in
 * Markdown syntax (`](https://…`), a heading mark and a link, three heading
 * marks, or heading marks and bold text. Plain text scrapes (text nodes,
 * `w3m`, `innerText`) have none of these.
 *
 * @param text The document (or its first part).
 */
export function isMarkdown(text: string): boolean {
  const links = count(linkEvidence, text, 2)
  if (links >= 2) return true
  const headings = count(headingEvidence, text, 3)
  if (headings >= 3 || (headings >= 1 && links >= 1)) return true
  return headings >= 1 && count(strongEvidence, text, 2) >= 2
}

function count(re: RegExp, text: string, enough: number): number {
  re.lastIndex = 0
  let n = 0
  while (n < enough && re.exec(text)) n++
  return n
}

// Pandoc's signature: a div fence, attributes, or an escaped quote, ellipsis
// or double hyphen (`\"`, `\'`, `\...`, `\--`: with its `smart` extension on,
// Pandoc escapes the ASCII marks it would otherwise read as typography).
const pandocEvidence = /^ {0,3}:{3}|\{[#.][\w-]|\\(?:["']|\.\.\.|--)/m
// Typographic marks that Pandoc's `smart` writer never leaves in the text
// (outside link targets and titles, attributes and raw HTML, which it copies).
const typography = /[‘’“”—–…]/
const copied = /\]\([^()]{0,2000}(?:\([^()]{0,200}\)[^()]{0,2000}){0,5}\)|\{[^{}]{0,50000}\}|<[^<>]{0,2000}>/g

/**
 * Whether a Markdown document was written by Pandoc with its `smart`
 * extension (the default of `pandoc -t markdown`): curly quotes, dashes and
 * ellipses were written as `"`, `'`, `---`, `--`, `...` (and the literal
 * ASCII ones escaped), so they are read back as typography.
 *
 * @param text The document (or its first part).
 */
export function isSmartMarkdown(text: string): boolean {
  return pandocEvidence.test(text) && !typography.test(text.replace(copied, ''))
}

/** Cheap test: could a block of a smart Markdown document hold typography? */
export const smartGate = /["'.-]/

// "---", "--", "...": a dash or an ellipsis written in ASCII (not escaped,
// nor part of a longer run: "----" is a rule).
const asciiTypography = /(?<![\\.-])(?:---|--|\.\.\.)(?![.-])/g
// A quote mark.
const asciiQuote = /["']/g
// What may come before an opening quote: nothing, a space, an opening bracket or a dash.
const beforeOpening = /[\s([{<\/–—-]/
// "'90s", "in '29": an apostrophe that shortens a year.
const decade = /^'\d\d(?!\d)/

/**
 * Text with the given stretches (in order, not overlapping) replaced by as
 * many U+0000, so that patterns read over them.
 *
 * @param text The text.
 * @param ranges `[start, end)` stretches.
 */
function mask(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text
  let result = ''
  let at = 0
  for (const [start, end] of ranges) {
    result += text.slice(at, start) + '\u0000'.repeat(end - start)
    at = end
  }
  return result + text.slice(at)
}

/**
 * Find the emphasis marks around marks or links found before
 * (“**_Night ferry_**”, "_**[Tickets »](…)**_"): the text read again
 * without the characters already taken, the marks found there mapped back
 * to their offsets, one character at a time.
 *
 * @param marked The block's text as the inline patterns read it.
 * @param taken Offsets already taken by a span.
 * @param add Take a span.
 * @param each Run a global pattern over a text.
 */
function emphasisAround(
  marked: string,
  taken: Uint8Array,
  add: (start: number, end: number, words: boolean) => void,
  each: (re: RegExp, source: string, fn: (match: RegExpExecArray) => void) => void
): void {
  // The offset in `marked` of each character left.
  const kept = new Int32Array(marked.length)
  const parts: string[] = []
  let length = 0
  let run = -1
  for (let i = 0; i < marked.length; i++) {
    if (taken[i]) {
      if (run >= 0) parts.push(marked.slice(run, i))
      run = -1
      continue
    }
    if (run < 0) run = i
    kept[length++] = i
  }
  if (run >= 0) parts.push(marked.slice(run))
  const reduced = parts.join('')
  // (Nothing left to pair: no pattern run.)
  if (!emphasisMark.test(reduced)) return
  for (const re of [strong, starEmphasis, lineEmphasis]) {
    each(re, reduced, (m) => {
      const mark = re === strong ? m[1].length : 1
      const close = m.index + m[0].length - mark
      for (let k = 0; k < mark; k++) {
        add(kept[m.index + k], kept[m.index + k] + 1, false)
        add(kept[close + k], kept[close + k] + 1, false)
      }
    })
  }
}

/**
 * The length of a link's text as a reader sees it: without the images
 * masked in it (U+0000) and without emphasis marks
 * (`![](…)**Quay cafe stays open**` → `Quay cafe stays open`).
 *
 * @param text The text between the link's brackets.
 */
function textLength(text: string): number {
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0 && code !== 42 /* * */ && code !== 95 /* _ */) length++
  }
  return length
}

/**
 * Find the Markdown syntax in a block of a Markdown document.
 *
 * @param text The block’s text.
 * @param smart Whether ASCII quotes, dashes and ellipses are typography
 *   (`isSmartMarkdown`): they get their curly or long forms.
 * @returns Spans to remove, in order, not overlapping.
 */
export function findMarkdown(text: string, smart = false): MarkdownSpan[] {
  const spans: MarkdownSpan[] = []
  // Offsets already taken by a span (code spans protect their content).
  const taken = new Uint8Array(text.length)
  const add = (start: number, end: number, words: boolean, replacement = '', linkText?: number) => {
    // Empty spans only insert (a line break between two links).
    if (end < start || (end === start && !replacement)) return
    for (let i = start; i < end; i++) if (taken[i]) return
    taken.fill(1, start, end)
    spans.push(linkText === undefined ? {start, end, replacement, words} : {start, end, replacement, words, linkText})
  }
  const each = (re: RegExp, source: string, fn: (match: RegExpExecArray) => void) => {
    re.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = re.exec(source))) {
      fn(match)
      if (match[0].length === 0) re.lastIndex++
    }
  }

  // Whole lines: fences, rules, table separators, reference definitions.
  each(fence, text, (m) => add(m.index, m.index + m[0].length, false))
  each(divFence, text, (m) => add(m.index, m.index + m[0].length, false))
  each(rule, text, (m) => add(m.index, m.index + m[0].length, false))
  // "**" ⏎ "5 Tips for the quay:" ⏎ "**": the marks of a bold run whose text the converter put on lines of its own.
  each(loneStrong, text, (m) => add(m.index, m.index + m[0].length, false))
  each(tableRule, text, (m) => {
    if (m[0].includes('|') && m[0].includes('-')) add(m.index, m.index + m[0].length, false)
  })
  each(definition, text, (m) => add(m.index, m.index + m[0].length, true))

  // Inline syntax may run over a line end: html2text and e-mail wrap
  // Markdown ("[the harbour" ⏎ "board](https://…)"). Inline patterns read
  // the text with line ends as spaces (same offsets); line patterns read it as it is.
  const multiline = text.includes('\n')
  const flat = (value: string) => (multiline ? value.replace(lineEnds, ' ') : value)
  // For links and images: a line end after a hyphen is no space but part of a URL
  // that html2text wrapped ("…/harbour-" ⏎ "cranes/)"), a character no pattern takes for a space.
  const flatLinks = (value: string) => (multiline ? value.replace(hyphenEnds, '-\u0001').replace(lineEnds, ' ') : value)

  // "`a*b*c`": the backticks go, the content stays as it is.
  each(code, flat(text), (m) => {
    add(m.index, m.index + 1, false)
    taken.fill(1, m.index + 1, m.index + m[0].length - 1)
    add(m.index + m[0].length - 1, m.index + m[0].length, false)
  })

  // Raw HTML that the converter kept ("<span class=\"chart\"><a" ⏎ "href=\"…\">HSI</a></span>"),
  // tags cut over line ends too.
  if (markupGate.test(text)) {
    const markup = findMarkup(text)
    for (let i = 0; i < markup.length; i++) {
      const m = markup[i]
      add(m.start, m.end, true, m.replacement)
      // "…>Blue Harbour</a><a href=…>Pilot Boats</a>": links that touch stay separate items, as in a row of tags.
      const next = markup[i + 1]
      if (next && closingLink.test(text.slice(m.start, m.end)) && openingLink.test(text.slice(next.start, next.start + 3)) && spaces.test(text.slice(m.end, next.start))) {
        add(m.end, next.start, false, ' | ')
      }
    }
  }

  // Images, then links over the text with images masked.
  // (Each pass masks what it found in one go: a paragraph of thousands of links stays linear.)
  const images: Array<[number, number]> = []
  each(image, flatLinks(text), (m) => {
    add(m.index, m.index + m[0].length, true)
    images.push([m.index, m.index + m[0].length])
  })
  let masked = mask(text, images)
  // Links as [open, end] offsets.
  const links: Array<[number, number]> = []
  for (let round = 0; round < 4; round++) {
    // Rounds: "[a [b](x) c](y)" once the inner link is masked; Pandoc nests spans in
    // links three deep ("[[[Tour]{.text}]{.content}](/tour/)").
    const found: Array<[number, number]> = []
    each(link, flatLinks(masked), (m) => {
      const open = m.index
      const close = open + 1 + m[1].length
      const end = open + m[0].length
      add(open, open + 1, false)
      // (A Pandoc span, "[text]{.note}", is no link: its text is the page's own.)
      add(close, end, true, '', m[0].charCodeAt(m[1].length + 2) === 40 /* ( */ ? textLength(m[1]) : undefined)
      // Links with words only: "[![logo](…)](…)" is no item of a row.
      if (round === 0 && wordy.test(m[1])) links.push([open, end])
      found.push([open, end])
    })
    if (found.length === 0) break
    masked = mask(masked, found)
  }
  rowOfLinks(text, links, add)
  // A link around blocks ("[", the blocks, "](href)") leaves its halves in
  // different blocks: an open bracket that ends a line, a target that
  // follows text ("1 hour ago](https://…)").
  each(danglingTarget, flatLinks(masked), (m) => add(m.index, m.index + m[0].length, true))
  each(danglingOpen, masked, (m) => add(m.index, m.index + m[0].length, false))
  each(referenceLink, flat(masked), (m) => {
    const close = m.index + 1 + m[1].length
    add(m.index, m.index + 1, false)
    add(close, m.index + m[0].length, m[2].length > 0)
  })

  // Marks at the start and end of lines.
  each(headingOpen, text, (m) => add(m.index, m.index + m[0].length, false))
  each(headingClose, text, (m) => add(m.index, m.index + m[0].length, false))
  each(lineAttributes, text, (m) => add(m.index, m.index + m[0].length, false))
  each(quote, text, (m) => add(m.index, m.index + m[0].length, false))
  each(definitionMark, text, (m) => add(m.index, m.index + m[0].length, false))
  // (A number at the start of a later line of a paragraph is a wrapped word, "… at age" ⏎ "43. He
  // says…", "… by" ⏎ "2020. If…": only "1." opens a list inside a paragraph, as in CommonMark;
  // the lines of a list that opens the block, or that "1." opened, are items.)
  let inList = listStart.test(text)
  each(number, text, (m) => {
    if (m.index === 0 || inList || firstNumber.test(m[0])) {
      inList = true
      add(m.index, m.index + m[0].length, false)
    }
  })
  if (text.trimStart().startsWith('|')) {
    each(tableEdge, text, (m) => add(m.index, m.index + m[0].length, false))
    each(tablePipe, text, (m) => add(m.index, m.index + m[0].length, false, ' '))
  }

  // "**Tags" ⏎ "[ferries](…), [night crossings](…)**": bold marks around a whole
  // paragraph, however long (the marks of a shorter run are found below).
  for (const mark of ['**', '__']) {
    if (text.length > 4 && text.startsWith(mark) && text.endsWith(mark) && text.indexOf(mark, 2) === text.length - 2) {
      add(0, 2, false)
      add(text.length - 2, text.length, false)
    }
  }
  // Emphasis marks around a run of text.
  let marked = flat(text)
  // "Game D****ay": the closing and opening marks of two bold runs side by side inside a word.
  if (marked.includes('****') || marked.includes('____')) each(adjacentStrong, marked, (m) => add(m.index, m.index + 4, false))
  for (const re of [strong, strongSpaced, starEmphasis, lineEmphasis]) {
    const strongMarks = re === strong || re === strongSpaced
    if (re === starEmphasis && marked.includes('***')) {
      // "**Ferries return***Crews are back.*": bold text, then emphasis; the
      // emphasis opens after the bold text's closing marks, as after a space.
      let masked = ''
      for (let i = 0; i < marked.length; i++) masked += taken[i] && marked.charAt(i) === '*' ? ' ' : marked.charAt(i)
      marked = masked
    }
    each(re, marked, (m) => {
      const mark = strongMarks ? m[1].length : 1
      add(m.index, m.index + mark, false)
      add(m.index + m[0].length - mark, m.index + m[0].length, false)
    })
  }
  // Emphasis around emphasis or around a link: “**_Night ferry_**”, "_**[Tickets »](…)**_",
  // "_[![](…)](…)“Why now?”_": read again without what was found, as a reader sees the text.
  if (spans.length > 0) emphasisAround(marked, taken, add, each)

  each(hardBreak, text, (m) => {
    if (m[0].length % 2 === 1) add(m.index + m[0].length - 1, m.index + m[0].length, false)
  })
  // "1\." → "1.".
  each(escape, text, (m) => add(m.index, m.index + 1, false))

  if (smart) {
    // Lines of script text left between the lines ('{"slot": 1}') keep their
    // marks: read with the Markdown found so far blanked out (a link's target
    // is no code).
    let plain = ''
    for (let i = 0; i < text.length; i++) plain += taken[i] ? ' ' : text.charAt(i)
    const script = new Uint8Array(text.length)
    let lineStart = 0
    for (const line of plain.split('\n')) {
      if (isCodeLine(line.trim()) || codeSpans(line).length > 0) script.fill(1, lineStart, lineStart + line.length)
      lineStart += line.length + 1
    }
    // "1990---2000" → "1990—2000", "wait..." → "wait…".
    each(asciiTypography, text, (m) => script[m.index] || add(m.index, m.index + m[0].length, false, m[0] === '---' ? '—' : m[0] === '--' ? '–' : '…'))
    // '"Ferries," she said' → '“Ferries,” she said'; "it's" → "it’s".
    each(asciiQuote, text, (m) => {
      const at = m.index
      if (script[at] || (at > 0 && text.charAt(at - 1) === '\\')) return
      const before = at === 0 ? ' ' : text.charAt(at - 1)
      const after = text.charAt(at + 1)
      const opening = beforeOpening.test(before) && after !== '' && !/\s/.test(after) && !decade.test(text.slice(at, at + 4))
      add(at, at + 1, false, m[0] === '"' ? (opening ? '“' : '”') : opening ? '‘' : '’')
    })
  }

  return spans.sort((a, b) => a.start - b.start || a.end - b.end)
}
