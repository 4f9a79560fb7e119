/**
 * `toReportHtml()`: an HTML audit page of one cleanup — the input with every
 * span coloured by its fate, beside the clean output, with counts per rule.
 */
import {describe} from '../cleanup.js'
import type {CleanResult, Fate, Trace, TraceSpan} from '../types.js'
import {escapeHtml, fates, page} from './page.js'

/** Options for `toReportHtml()`. */
export interface Options {
  /** Name of the document, shown in the heading and the page title (default: the result’s title, else `document`). */
  name?: string | null | undefined
}

/** Counts of one report, for index pages. */
export interface ReportStats {
  /** Characters of the input inside spans (text, not markup or blank lines). */
  characters: number
  /** Characters of those that were removed (removed blocks and stripped pieces). */
  removed: number
  /** Number of joins. */
  joins: number
}

/** One row of the summary: a fate and rule with its counts. */
interface Row {
  fate: Fate
  rule: string | undefined
  spans: number
  characters: number
}

/** A marked piece inside a span: a join, a stripped piece, a section label or kicker. */
interface Mark {
  start: number
  end: number
  open: string
}

const emptyOptions: Readonly<Options> = Object.freeze({})

const joinSymbols: Record<string, string> = {
  space: 'joined with a space',
  none: 'joined with nothing',
  newline: 'joined with a line break',
  dehyphenate: 'joined, hyphen dropped',
  'drop-period': 'joined, period dropped'
}

/**
 * Render an audit report of a cleanup as one self-contained HTML page
 * (inline CSS, a tiny optional hover script, a strict Content-Security-Policy,
 * no network). Everything from the input is escaped.
 *
 * Every input span carries `data-fate` (`body`, `title`, `tag`, `related`,
 * `removed`) and, when a rule decided it, `data-rule`; joins are
 * `.join[data-join]`, section labels of related headlines `.section`,
 * stripped pieces `.stripped[data-fate=removed]`.
 *
 * @param input The input given to `cleanup()` or `cleanupHtml()` (offsets of the trace point into it).
 * @param result `cleanup(input, {trace: true})`.
 * @param options Configuration (optional).
 * @returns The HTML page.
 */
export function toReportHtml(
  input: string,
  result: Readonly<CleanResult>,
  options?: Readonly<Options> | null | undefined
): string {
  if (typeof input !== 'string') {
    throw new TypeError('unscrape: `input` must be a string, got ' + describe(input))
  }
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    throw new TypeError('unscrape: `result` must be a cleanup result, got ' + describe(result))
  }
  const trace = result.trace
  if (!trace || !Array.isArray(trace.spans) || !Array.isArray(trace.joins)) {
    throw new TypeError('unscrape: `result.trace` is missing: call `cleanup(input, {trace: true})`')
  }
  const settings = options || emptyOptions
  if (settings.name !== undefined && settings.name !== null && typeof settings.name !== 'string') {
    throw new TypeError('unscrape: `options.name` must be a string, got ' + describe(settings.name))
  }
  const name = settings.name || result.title || 'document'
  const spans = trace.spans
  const rows = summaryRows(trace)
  const stats = reportStats(result)
  const source = trace.source === 'html' ? 'HTML source' : 'text'

  const parts: string[] = []
  parts.push(
    '<header><h1>unscrape report: ' + escapeHtml(name) + '</h1><p class="meta">',
    [
      'input <b>' + escapeHtml(source) + '</b>, ' + count(input.length, 'character'),
      result.language ? 'language <b>' + escapeHtml(result.language) + '</b>' : '',
      count(result.paragraphs.length, 'paragraph'),
      count(result.tags.length, 'tag'),
      result.related.length + ' related',
      '<b>' + percent(stats.removed, stats.characters) + '</b> removed (' + stats.removed + ' of ' + stats.characters + ' characters)',
      count(stats.joins, 'join')
    ]
      .filter(Boolean)
      .join(' · '),
    '</p></header>\n'
  )

  parts.push('<div class="top"><section class="summary"><h2>Counts per rule</h2>', summaryTable(rows), '</section>')
  parts.push('<section><h2>Legend</h2><ul class="legend">')
  for (const fate of fates) {
    parts.push('<li><span class="sw" data-swatch="' + fate + '"></span>' + fate + '</li>')
  }
  parts.push(
    '<li><span class="sw" data-swatch="join"></span>join (fragments glued into one paragraph)</li>',
    '<li><span class="sw" data-swatch="section"></span>section label of a related headline</li>',
    '</ul><p class="meta">Rule ids label the first span of each run; hover any span for its fate and rule.</p></section></div>\n'
  )

  parts.push('<div class="cols"><section class="pane input"><h2>Input (' + escapeHtml(source) + ')</h2><pre class="src">')
  parts.push(inputHtml(input, trace))
  parts.push('</pre></section>\n<section class="pane out"><h2>Clean output</h2>')
  parts.push(outputHtml(result, spans))
  parts.push('</section></div>')

  return page('unscrape report: ' + name, parts.join(''))
}

/**
 * Counts of a traced result: characters in spans, characters removed, joins.
 *
 * @param result A result with `trace`.
 */
export function reportStats(result: Readonly<CleanResult>): ReportStats {
  const stats: ReportStats = {characters: 0, removed: 0, joins: result.trace ? result.trace.joins.length : 0}
  for (const span of result.trace ? result.trace.spans : []) {
    const size = Math.max(0, span.end - span.start)
    stats.characters += size
    if (span.fate === 'removed') stats.removed += size
    else if (span.stripped) for (const d of span.stripped) stats.removed += strippedSize(d.position)
  }
  return stats
}

/**
 * Summary rows: one per fate and rule, in fate order, then most characters first.
 *
 * @param trace The trace.
 */
function summaryRows(trace: Trace): Row[] {
  const rows = new Map<string, Row>()
  const add = (fate: Fate, rule: string | undefined, characters: number) => {
    const key = fate + '\u0000' + (rule || '')
    let row = rows.get(key)
    if (!row) rows.set(key, (row = {fate, rule, spans: 0, characters: 0}))
    row.spans++
    row.characters += characters
  }
  for (const span of trace.spans) {
    add(span.fate, span.rule, Math.max(0, span.end - span.start))
    if (span.stripped) for (const d of span.stripped) add('removed', d.rule, strippedSize(d.position))
  }
  return [...rows.values()].sort(
    (a, b) => fates.indexOf(a.fate) - fates.indexOf(b.fate) || b.characters - a.characters || String(a.rule).localeCompare(String(b.rule))
  )
}

/**
 * The summary table.
 *
 * @param rows Rows.
 */
function summaryTable(rows: Row[]): string {
  const parts = ['<table><thead><tr><th>fate</th><th>rule</th><th class="n">spans</th><th class="n">characters</th></tr></thead><tbody>']
  for (const row of rows) {
    parts.push(
      '<tr data-row-fate="' + row.fate + '"' + (row.rule ? ' data-row-rule="' + escapeHtml(row.rule) + '"' : '') + '>',
      '<td><span class="sw" data-swatch="' + row.fate + '"></span> ' + row.fate + '</td>',
      '<td>' + (row.rule ? '<code>' + escapeHtml(row.rule) + '</code>' : '—') + '</td>',
      '<td class="n">' + row.spans + '</td><td class="n">' + row.characters + '</td></tr>'
    )
  }
  parts.push('</tbody></table>')
  return parts.join('')
}

/**
 * The input with every span wrapped and coloured.
 *
 * @param input The input.
 * @param trace The trace.
 */
function inputHtml(input: string, trace: Trace): string {
  const order = trace.spans.map((_, i) => i).sort((a, b) => trace.spans[a].start - trace.spans[b].start || a - b)
  const joins = [...trace.joins].sort((a, b) => a.from - b.from)
  let out = ''
  let cursor = 0
  let joinIndex = 0
  let previous: TraceSpan | undefined

  for (const index of order) {
    const span = trace.spans[index]
    const start = clamp(span.start, cursor, input.length)
    const end = clamp(span.end, start, input.length)
    if (start > cursor) out += gapHtml(input.slice(cursor, start))

    const marks: Mark[] = []
    // "The judges praised the loaf for its⏎⏎dark crust": the gap between joined pieces.
    while (joinIndex < joins.length && joins[joinIndex].from < start) joinIndex++
    while (joinIndex < joins.length && joins[joinIndex].from <= end) {
      const join = joins[joinIndex++]
      if (join.to > end || join.to < join.from) continue
      const label = joinSymbols[join.kind] || 'joined'
      marks.push({
        start: join.from,
        end: join.to,
        open: '<span class="join" data-join="' + escapeHtml(join.kind) + '" title="' + escapeHtml(label) + '">'
      })
    }
    if (span.stripped) {
      for (const [j, d] of span.stripped.entries()) {
        const from = d.position.start.offset
        const to = d.position.end.offset
        if (typeof from !== 'number' || typeof to !== 'number' || from < start || to > end) continue
        marks.push({
          start: from,
          end: to,
          open:
            '<span class="stripped" id="s' + index + 'x' + j + '" data-fate="removed" data-rule="' + escapeHtml(d.rule) +
            '" title="' + escapeHtml('removed · ' + d.rule) + '">'
        })
      }
    }
    const slice = input.slice(start, end)
    // "BusinessMill Lane shops reopen…": the glued section label.
    for (const [kind, label] of [['section', span.section], ['kicker', span.kicker]] as const) {
      if (!label) continue
      const at = slice.indexOf(label)
      if (at === -1) continue
      marks.push({
        start: start + at,
        end: start + at + label.length,
        open: '<span class="' + kind + '" data-' + kind + '="' + escapeHtml(label) + '" title="' + escapeHtml(kind + ' label: ' + label) + '">'
      })
    }

    const first = !previous || previous.fate !== span.fate || previous.rule !== span.rule
    out +=
      '<span class="s' + (first ? ' first' : '') + '" id="s' + index + '" data-fate="' + escapeHtml(span.fate) + '"' +
        (span.rule ? ' data-rule="' + escapeHtml(span.rule) + '"' : '') +
        (span.section ? ' data-section="' + escapeHtml(span.section) + '"' : '') +
        ' title="' + escapeHtml(spanTitle(span, slice)) + '">'
    marks.sort((a, b) => a.start - b.start || b.end - a.end)
    let inner = start
    for (const mark of marks) {
      if (mark.start < inner) continue
      out += escapeHtml(input.slice(inner, mark.start)) + mark.open + escapeHtml(input.slice(mark.start, mark.end)) + '</span>'
      inner = mark.end
    }
    out += escapeHtml(input.slice(inner, end)) + '</span>'
    cursor = end
    previous = span
  }
  if (cursor < input.length) out += gapHtml(input.slice(cursor))
  return out
}

/**
 * Text between spans: blank lines, or markup of an HTML source (dimmed).
 *
 * @param text The gap.
 */
function gapHtml(text: string): string {
  return /^\s*$/.test(text) ? escapeHtml(text) : '<span class="gap">' + escapeHtml(text) + '</span>'
}

/**
 * The hover text of a span.
 *
 * @param span The span.
 * @param source Its input text.
 */
function spanTitle(span: TraceSpan, source: string): string {
  let title = span.fate + (span.rule ? ' · ' + span.rule : '')
  if (span.section) title += ' · section “' + span.section + '”'
  if (span.kicker) title += ' · kicker “' + span.kicker + '”'
  if ((span.fate === 'tag' || span.fate === 'related') && span.text !== source) title += ' → ' + span.text
  if (span.stripped) title += ' · ' + count(span.stripped.length, 'piece') + ' stripped'
  return title
}

/**
 * The clean output: title, paragraphs, tags, related, and a list of removals.
 *
 * @param result The result.
 * @param spans Trace spans (for hover links).
 */
function outputHtml(result: Readonly<CleanResult>, spans: readonly TraceSpan[]): string {
  const ids = (list: number[]) => (list.length ? ' data-link="' + list.map((i) => 's' + i).join(' ') + '"' : '')
  const parts: string[] = []
  const titles = indexes(spans, 'title')
  const tagSpans = indexes(spans, 'tag')
  const relatedSpans = indexes(spans, 'related')

  if (result.title !== undefined) {
    parts.push('<h3 class="title" data-fate="title"' + ids(titles.slice(0, 1)) + '>' + escapeHtml(result.title) + '</h3>')
  }

  parts.push('<h3>Body</h3><div class="body">')
  // Body spans, and titles after the first (they are paragraphs too), in order.
  const bodyLike = spans
    .map((_, i) => i)
    .filter((i) => spans[i].fate === 'body' || (spans[i].fate === 'title' && result.title !== undefined && i !== titles[0]))
  let k = 0
  for (const paragraph of result.paragraphs) {
    const linked: number[] = []
    // Paragraphs hold one span, or consecutive list items; resync after a mismatch.
    for (let skip = 0; skip < 3 && !linked.length && k + skip < bodyLike.length; skip++) {
      let cursor = 0
      let j = k + skip
      while (j < bodyLike.length) {
        const at = paragraph.indexOf(spans[bodyLike[j]].text, cursor)
        if (at === -1) break
        linked.push(bodyLike[j])
        cursor = at + spans[bodyLike[j]].text.length
        j++
      }
      if (linked.length) k = j
    }
    parts.push('<p data-fate="body"' + ids(linked) + '>' + escapeHtml(paragraph) + '</p>')
  }
  if (!result.paragraphs.length) parts.push('<p class="none">(no body)</p>')
  parts.push('</div>')

  parts.push('<h3>Tags</h3>')
  if (result.tags.length) {
    parts.push('<ul class="tags">')
    for (const [i, tag] of result.tags.entries()) {
      parts.push('<li data-fate="tag"' + ids(i < tagSpans.length ? [tagSpans[i]] : []) + '>' + escapeHtml(tag) + '</li>')
    }
    parts.push('</ul>')
  } else parts.push('<p class="none">(none)</p>')

  parts.push('<h3>Related</h3>')
  if (result.related.length) {
    parts.push('<ol class="related">')
    for (const [i, item] of result.related.entries()) {
      parts.push(
        '<li data-fate="related"' +
          (item.section ? ' data-section="' + escapeHtml(item.section) + '"' : '') +
          ids(i < relatedSpans.length ? [relatedSpans[i]] : []) +
          '>' +
          (item.section ? '<span class="label" title="section">' + escapeHtml(item.section) + '</span>' : '') +
          (item.kicker ? '<span class="label" title="kicker">' + escapeHtml(item.kicker) + '</span>' : '') +
          '<span class="headline">' + escapeHtml(item.title) + '</span></li>'
      )
    }
    parts.push('</ol>')
  } else parts.push('<p class="none">(none)</p>')

  if (result.keywords && result.keywords.length) {
    parts.push('<h3>Keywords (metadata)</h3><p class="keywords">' + escapeHtml(result.keywords.join(', ')) + '</p>')
  }

  parts.push('<details><summary>Removed (' + result.removed.length + ')</summary><ol class="removed">')
  const anchors = removalAnchors(spans)
  for (const item of result.removed) {
    const from = item.position.start.offset ?? -1
    const to = item.position.end.offset ?? -1
    const linked: string[] = []
    let lo = 0
    let hi = anchors.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (anchors[mid].start < from) lo = mid + 1
      else hi = mid
    }
    for (let j = lo; j < anchors.length && anchors[j].start < to; j++) if (anchors[j].end <= to) linked.push(anchors[j].id)
    parts.push(
      '<li data-rule="' + escapeHtml(item.rule) + '"' + (linked.length ? ' data-link="' + linked.join(' ') + '"' : '') +
        '><code>' + escapeHtml(item.rule) + '</code> ' + escapeHtml(item.text) + '</li>'
    )
  }
  parts.push('</ol></details>')

  // "40:1-47:12: Removed 8 boilerplate blocks (outside-article): “Menu”…"
  const messages = Array.isArray(result.messages) ? result.messages : []
  parts.push('<details><summary>Messages (' + messages.length + ')</summary><ol class="messages">')
  for (const message of messages) {
    parts.push('<li' + (message.ruleId ? ' data-rule="' + escapeHtml(message.ruleId) + '"' : '') + '>' + escapeHtml(String(message)) + '</li>')
  }
  parts.push('</ol></details>')
  return parts.join('')
}

/**
 * Removed spans and stripped pieces, by start offset, with their element ids.
 *
 * @param spans Trace spans.
 */
function removalAnchors(spans: readonly TraceSpan[]): Array<{start: number; end: number; id: string}> {
  const anchors: Array<{start: number; end: number; id: string}> = []
  for (const [i, span] of spans.entries()) {
    if (span.fate === 'removed') anchors.push({start: span.start, end: span.end, id: 's' + i})
    if (span.stripped) {
      for (const [j, d] of span.stripped.entries()) {
        const start = d.position.start.offset
        const end = d.position.end.offset
        if (typeof start === 'number' && typeof end === 'number') anchors.push({start, end, id: 's' + i + 'x' + j})
      }
    }
  }
  return anchors.sort((a, b) => a.start - b.start)
}

/**
 * Indexes of spans with a fate.
 *
 * @param spans Spans.
 * @param fate Fate.
 */
function indexes(spans: readonly TraceSpan[], fate: Fate): number[] {
  const list: number[] = []
  for (const [i, span] of spans.entries()) if (span.fate === fate) list.push(i)
  return list
}

/**
 * Characters covered by a stripped piece.
 *
 * @param position Its position.
 */
function strippedSize(position: {start: {offset?: number | undefined}; end: {offset?: number | undefined}}): number {
  const start = position.start.offset
  const end = position.end.offset
  return typeof start === 'number' && typeof end === 'number' ? Math.max(0, end - start) : 0
}

/**
 * Clamp a number.
 *
 * @param value Value.
 * @param min Minimum.
 * @param max Maximum.
 */
function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, min), max) : min
}

/**
 * `3 tags`, `1 tag`.
 *
 * @param n Count.
 * @param noun Singular noun.
 */
function count(n: number, noun: string): string {
  return n + ' ' + noun + (n === 1 ? '' : 's')
}

/**
 * `45%`.
 *
 * @param part Part.
 * @param whole Whole.
 */
export function percent(part: number, whole: number): string {
  return whole ? Math.round((part / whole) * 100) + '%' : '0%'
}
