/**
 * Remove the text of scripts, style sheets and templates that a scraper took
 * with the page's text (`$('body').text()` in cheerio,
 * `document.body.textContent`): `googletag.cmd.push(function () {`,
 * `{"@context":"https://schema.org",…}`, `.nav{margin:0}`,
 * `<div class="card">{{title}}</div>`, and the template markers of a page's
 * HTML comments that a scraper reading every text node takes too
 * (`e src harbour/home/title_link.tpl`, `.entry-content`, and a short line
 * repeated next to the paragraphs: `text`, `wp:paragraph`).
 *
 * A line that is program text is removed whole. A long line that holds both
 * (a minified page, read as one line) is cut around each stretch of code:
 * the prose on either side becomes a block of its own, the code is removed.
 */
import type {VFile} from 'vfile'
import {codeSpans, hasCodeMark, isClassMarker, isCodeLine, isTemplateMarker, type CodeSpan} from '../features/code.js'
import {endsSentence} from '../features/lines.js'
import {hasMarkerShape, templateMarkers} from '../features/marker.js'
import {findMarkup, markupGate} from '../features/markup.js'
import {inform, isInputSlice, span} from '../message.js'
import {lineBlock} from '../parse/block.js'
import type {Block, Root} from '../types.js'

/** Options for `removeScriptText`. */
export interface Options {
  /**
   * Cut stretches of code out of long lines that also hold prose (a minified
   * page read as one line), making the prose on either side a block of its
   * own (default: `true`).
   */
  split?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// A line shorter than this is code or prose as a whole: it is never cut.
const minSplitLength = 200
// Text between stretches of code from this length on is prose of its own.
const minProse = 80
// A stretch of code shorter than this stays in its line (a formula, a
// snippet quoted in a sentence).
const minSpanLength = 40

/**
 * Plugin: remove script, style and template text from plain text (rule
 * `script-text`), and the comments a template writes around every paragraph
 * (rule `marker-line`). HTML input needs none of this: its parser skips
 * scripts and comments.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function removeScriptText(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `removeScriptText` options must be an object, got `' + String(settings) + '`')
  }
  const split = settings.split ?? true
  if (typeof split !== 'boolean') {
    throw new TypeError('unscrape: `scriptText.split` must be a boolean, got `' + String(split) + '`')
  }

  return function (tree: Root, file: VFile): undefined {
    if (tree.data?.source === 'html' || tree.children.length === 0) return
    const input = typeof file.value === 'string' ? file.value : undefined
    const blocks = tree.children
    const code: boolean[] = []
    let any = false
    // Long lines are read stretch by stretch (`cut` below); a long line is
    // code as a whole when it has code and no stretch of text between its
    // stretches of code is long enough to be prose ("Skip to content" is not).
    const spans: Array<CodeSpan[] | undefined> = []
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      let is = false
      let found: CodeSpan[] | undefined
      // (A Markdown document's fenced code is its own: `stripMarkdown` marks it preformatted.)
      if (!block.data.fate && block.data.kind !== 'preformatted') {
        // ("e src harbour/home/title_link.tpl": a template's marker from the page's HTML comments.)
        // (".entry-content": the class an HTML comment names, a text node of its own between blank lines.)
        if (block.value.length < minSplitLength) is = isCodeLine(withoutTags(block.value)) || isTemplateMarker(block.value) || (isClassMarker(block.value) && standsApart(blocks, index, code))
        else {
          found = codeSpans(block.value).filter(([start, end]) => end - start >= minSpanLength)
          // The longest piece of text between the stretches.
          let longest = 0
          let at = 0
          for (const [start, end] of found) {
            longest = Math.max(longest, start - at)
            at = end
          }
          longest = Math.max(longest, block.value.length - at)
          is = found.length > 0 && longest < minProse
        }
      }
      code.push(is)
      spans.push(found)
      if (is) any = true
    }
    // "if (ready) {" ⏎ "render(page)" ⏎ "}": a line right before or after a
    // code line (no blank line between) that shows a mark of code is code too.
    if (any) {
      const joinable = (i: number) => !code[i] && !blocks[i].data.fate && !spans[i] && blocks[i].data.kind !== 'preformatted' && hasCodeMark(withoutTags(blocks[i].value))
      for (let i = 1; i < blocks.length; i++) {
        if (code[i - 1] && blocks[i].data.blankBefore === 0 && joinable(i)) code[i] = true
      }
      for (let i = blocks.length - 2; i >= 0; i--) {
        if (code[i + 1] && blocks[i + 1].data.blankBefore === 0 && joinable(i)) code[i] = true
      }
    }

    // "text" ⏎⏎ "The crews…" ⏎⏎ "text" ⏎⏎ "The vote…": the HTML comment a template puts around each paragraph.
    // (Block values are trimmed lines.)
    const values = blocks.map((d) => d.value)
    // (A line right after a line of its paragraph may be the last word of a wrapped line: "…the boats, the stalls," ⏎ "concerts".)
    // ("/ quay-open" ⏎ "text", "___" ⏎ "text": after another marker or a rule, one per line, it stands alone too.)
    const alone = (i: number) => i === 0 || blocks[i].data.blankBefore > 0 || code[i - 1] || endsSentence(values[i - 1]) || hasMarkerShape(values[i - 1]) || !anyLetter.test(values[i - 1])
    const markers = templateMarkers(values, (i) => code[i] || blocks[i].data.fate !== undefined || blocks[i].data.kind === 'preformatted', alone)
    const markerLines: Block[] = []

    const out: Block[] = []
    const removed: Block[] = []
    let lines = 0
    let cuts = 0
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      if (markers.size > 0 && !code[i] && !block.data.fate && markers.has(values[i]) && (alone(i) || values[i - 1].length < maxWrapTail)) {
        block.data.fate = 'removed'
        block.data.rule = 'marker-line'
        markerLines.push(block)
        out.push(block)
        continue
      }
      if (code[i]) {
        block.data.fate = 'removed'
        block.data.rule = 'script-text'
        removed.push(block)
        lines++
        out.push(block)
        continue
      }
      const found = spans[i]
      if (split && found && found.length > 0 && isInputSlice(block, input)) {
        for (const piece of cut(block, found, input!)) {
          if (piece.data.rule === 'script-text') {
            removed.push(piece)
            cuts++
          }
          out.push(piece)
        }
        continue
      }
      out.push(block)
    }
    if (markerLines.length > 0) {
      const shown = [...markers].slice(0, 3).map((d) => '“' + d + '”').join(', ')
      inform(file, `Removed ${markerLines.length} template marker line${markerLines.length === 1 ? '' : 's'} repeated between paragraphs (${shown})`, span(markerLines[0], markerLines[markerLines.length - 1]), 'marker-line')
    }
    if (removed.length === 0) return
    tree.children = out
    const parts: string[] = []
    if (lines > 0) parts.push(`${lines} line${lines === 1 ? '' : 's'}`)
    if (cuts > 0) parts.push(`${cuts} stretch${cuts === 1 ? '' : 'es'} inside longer lines`)
    inform(file, `Removed script, style, template or markup text (${parts.join(' and ')})`, span(removed[0], removed[removed.length - 1]), 'script-text')
  }
}

/**
 * Cut the stretches of code out of a long line: blocks for the prose around
 * them, removed blocks for the code.
 */
function cut(block: Block, spans: readonly CodeSpan[], input: string): Block[] {
  const from = block.position.start
  const base = from.offset!
  const lineStart = base - (from.column - 1)
  const pieces: Block[] = []
  let at = 0
  let blankBefore = block.data.blankBefore
  const add = (start: number, end: number, isCode: boolean) => {
    const piece = lineBlock(input, base + start, base + end, from.line, blankBefore, lineStart)
    if (!piece) return
    if (isCode) {
      piece.data.fate = 'removed'
      piece.data.rule = 'script-text'
    }
    pieces.push(piece)
    // Script text stands between two blocks of the page.
    blankBefore = 1
  }
  for (const [start, end] of spans) {
    if (start > at) add(at, start, false)
    add(start, end, true)
    at = end
  }
  if (at < block.value.length) add(at, block.value.length, false)
  return pieces
}

/**
 * Whether a block stands apart from the lines around it, as a text node of
 * its own: blank lines before and after it (or the text's start or end), or,
 * in a text that puts one line break between text nodes, a sentence end, a
 * colon or code on the line before (not the end of a wrapped line:
 * `…/night-ferry-returns` ⏎ `.html`).
 *
 * @param blocks The blocks.
 * @param index The block.
 * @param code Whether each block before it is code.
 */
function standsApart(blocks: readonly Block[], index: number, code: readonly boolean[]): boolean {
  if (index === 0) return true
  if (blocks[index].data.blankBefore > 0) return index + 1 === blocks.length || blocks[index + 1].data.blankBefore > 0
  const before = blocks[index - 1].value.trimEnd()
  return code[index - 1] || endsSentence(before) || before.endsWith(':')
}

/**
 * A line without its HTML tags: the tags a converter left in the text
 * (`<a class="card" href="…">The timetable</a> is out`) are markup that
 * `normalizeText` strips, no marks of program text; what they hold is read.
 * (A template's tags hold code: `<div class="card">{{title}}</div>` → `{{title}}`.)
 *
 * @param value A line.
 * @returns The line without its tags (the line itself when it has none).
 */
function withoutTags(value: string): string {
  if (!markupGate.test(value)) return value
  const found = findMarkup(value)
  if (found.length === 0) return value
  let result = ''
  let last = 0
  for (const piece of found) {
    if (piece.start < last) continue // Inside a removed element.
    // A tag that holds a template's or a script's text stays: "<a href=\"{%=o.url%}\" onclick=\"track('x')\">".
    if (scriptInTag.test(value.slice(piece.start, piece.end))) continue
    result += value.slice(last, piece.start) + piece.replacement
    last = piece.end
  }
  return result + value.slice(last)
}

// A line shorter than this is no line a wrap filled (a heading: "QUAY NOTES" ⏎ "text"): a known marker after it goes too.
const maxWrapTail = 40
// A letter (a line without any is a rule, a bullet or a number: no line a wrap broke).
const anyLetter = /\p{L}/u
// Marks of code inside a tag: template delimiters, calls, statements, event handlers.
const scriptInTag = /[{}();]|<%|\son[a-z]{2,20}\s*=/
