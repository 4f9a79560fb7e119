/**
 * Find stray markup in text: HTML comments and tags that are clearly tags
 * (`<br>`, `<span class="x">`, `</p>`), never comparisons (`a < b > c`,
 * `x<y`) or generics (`List<Label>`).
 */

/** A piece of markup found in a text. */
export interface MarkupSpan {
  /** Offset of the start in the text. */
  start: number
  /** Offset of the end in the text. */
  end: number
  /** What replaces it: a space for elements that break lines, else nothing. */
  replacement: string
}

// HTML element names (plus `o:p` of Word exports).
const elements = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote body br button caption center cite code col colgroup ' +
    'dd del details dfn div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr ' +
    'html i iframe img input ins kbd label legend li link main mark meta nav nobr noscript object ol optgroup option p ' +
    'param picture pre q s samp script section select small source span strike strong style sub summary sup svg table ' +
    'tbody td textarea tfoot th thead time title tr tt u ul var video wbr o:p'
  ).split(' ')
)

// Elements whose tag stands for a line break or a block edge.
const breaking = new Set(
  'address article aside blockquote body br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(' ')
)

// Void elements: no closing tag to look for.
const voids = new Set('br hr img input meta link source wbr col embed param'.split(' '))

// Elements whose content is code, not text: dropped with their tags.
const rawText = new Set(['script', 'style'])

/** Cheap test: could the text hold a tag or a comment? */
export const markupGate = /<(?:[a-zA-Z/]|!--)/

// A start or end tag: "<br>", "<br/>", "<span class=\"x\">", "</p>".
// Attribute names cannot hold white space, quotes, `=` or `>`; each
// attribute is introduced by white space: no overlapping repetitions.
const tag =
  /<(\/?)([a-zA-Z][a-zA-Z\d]{0,9}(?::[a-zA-Z]{1,9})?)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g

const lower = /^[a-z\d:]+$/
const upper = /^[A-Z\d:]+$/
const wordBefore = /[\p{L}\p{N}_]/u

/**
 * Find the markup in a text.
 *
 * @param text The text.
 * @returns Spans, in order, not overlapping.
 */
export function findMarkup(text: string): MarkupSpan[] {
  const spans: MarkupSpan[] = []

  // Comments and raw-text elements first (their content may hold "<" or ">").
  const hidden: Array<[number, number]> = []
  let from = 0
  while (from < text.length) {
    const open = text.indexOf('<!--', from)
    if (open === -1) break
    const close = text.indexOf('-->', open + 4)
    if (close === -1) break // No later comment can close either.
    hidden.push([open, close + 3])
    from = close + 3
  }

  const lowerText = rawTextIn(text) ? text.toLowerCase() : ''

  tag.lastIndex = 0
  let match: RegExpExecArray | null
  let hiddenIndex = 0
  // Offset of the last end tag of each element name (-1: none).
  const lastCloses = new Map<string, number>()
  // Raw-text elements with no end tag left.
  const unclosed = new Set<string>()
  while ((match = tag.exec(text))) {
    const start = match.index
    const end = start + match[0].length
    // Skip tags inside comments.
    while (hiddenIndex < hidden.length && hidden[hiddenIndex][1] <= start) hiddenIndex++
    if (hiddenIndex < hidden.length && hidden[hiddenIndex][0] <= start) {
      tag.lastIndex = hidden[hiddenIndex][1]
      continue
    }

    const closing = match[1] === '/'
    const rawName = match[2]
    const attributes = match[3]
    // "<Label>" in "List<Label>" is not HTML: tags are lower or upper case.
    if (!lower.test(rawName) && !upper.test(rawName)) continue
    const name = rawName.toLowerCase()
    if (!elements.has(name)) continue
    if (closing && (attributes || match[4])) continue
    // "<b and c>" in "if a<b and c>d": attributes need at least one `name=value`.
    if (attributes && !attributes.includes('=')) continue

    if (!closing && !attributes && !voids.has(name)) {
      // A bare start tag ("<b>", "<p>") needs its end tag later in the text,
      // or must open the text: "x<b>y" could be a comparison.
      const needsClose = name.length === 1 || (start > 0 && wordBefore.test(text.charAt(start - 1)))
      if (needsClose && start > 0) {
        let lastClose = lastCloses.get(name)
        if (lastClose === undefined) {
          lastClose = lastEndTag(text, name)
          lastCloses.set(name, lastClose)
        }
        if (lastClose < end) continue
      }
    }

    if (!closing && rawText.has(name) && !unclosed.has(name)) {
      const close = lowerText.indexOf('</' + name, end)
      // No end tag after this one: none after later ones either.
      if (close === -1) unclosed.add(name)
      else {
        const closeEnd = text.indexOf('>', close)
        const stop = closeEnd === -1 ? text.length : closeEnd + 1
        spans.push({start, end: stop, replacement: ' '})
        tag.lastIndex = stop
        continue
      }
    }

    spans.push({start, end, replacement: breaking.has(name) ? ' ' : ''})
  }

  for (const [start, end] of hidden) spans.push({start, end, replacement: ''})
  return hidden.length > 0 ? spans.sort((a, b) => a.start - b.start) : spans
}

const closeTags = new Map<string, RegExp>()

/**
 * Offset of the last end tag of an element in a text.
 *
 * @param text The text.
 * @param name Lower-case element name.
 * @returns Its offset, or `-1`.
 */
function lastEndTag(text: string, name: string): number {
  let regex = closeTags.get(name)
  if (!regex) {
    regex = new RegExp('</' + name + '\\s*>', 'gi')
    closeTags.set(name, regex)
  }
  regex.lastIndex = 0
  let last = -1
  let match: RegExpExecArray | null
  while ((match = regex.exec(text))) last = match.index
  return last
}

/**
 * Whether the text may hold a `<script>` or `<style>` element.
 *
 * @param text The text.
 */
function rawTextIn(text: string): boolean {
  return /<(?:script|style)/i.test(text)
}
