/**
 * `unscrape report`: write the audit report of one document, or of every
 * document of a JSONL batch (one page each, plus an `index.html`).
 *
 *   unscrape report FILE [-o report.html] [--html]
 *   unscrape report IN.jsonl -o DIR
 */
import fs from 'node:fs'
import path from 'node:path'
import {createInterface} from 'node:readline'
import zlib from 'node:zlib'
import {cleanupHtml} from '../cleanup-html.js'
import {cleanup} from '../cleanup.js'
import {readDocument} from '../cli/read-document.js'
import type {CleanResult} from '../types.js'
import {escapeHtml, page} from './page.js'
import {percent, reportStats, toReportHtml} from './to-report-html.js'

/** Help for the `report` command. */
export const reportUsage = `Usage:
  unscrape report [FILE|-] [-o REPORT.html] [--html]   audit report of one document (stdout without -o)
  unscrape report INPUT.jsonl[.gz] -o DIR [--jsonl]     one page per {"id","text"|"html"} line, plus DIR/index.html
`

/** One document of a batch report, for the index. */
interface IndexRow {
  id: string
  /** The result’s title, or the start of its first paragraph. */
  title?: string
  file?: string
  error?: string
  characters: number
  removed: number
  paragraphs: number
  tags: number
  related: number
}

/**
 * Run `unscrape report`.
 *
 * @param argv Arguments after `report`.
 * @returns Exit code: 0, 1 when a batch line failed, 2 for a usage error.
 */
export async function runReport(argv: readonly string[]): Promise<number> {
  const positional: string[] = []
  let output: string | undefined
  let html = false
  let jsonl = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--html') html = true
    else if (arg === '--jsonl') jsonl = true
    else if (arg === '-o' || arg === '--output') {
      output = argv[++i]
      if (!output) return usageError('Missing value for ' + arg)
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(reportUsage)
      return 0
    } else if (arg.startsWith('-') && arg !== '-') return usageError('Unknown option ' + arg)
    else positional.push(arg)
  }
  if (positional.length > 1) return usageError('Expected at most one FILE')
  const name = positional[0]

  if (jsonl || (name && /\.jsonl(?:\.gz)?$/i.test(name))) {
    if (!output || output === '-') return usageError('A batch report needs `-o DIR`')
    return batchReport(name && name !== '-' ? name : undefined, output)
  }

  const {text, html: isHtml} = readDocument(name, html)
  const result = isHtml ? cleanupHtml(text, {trace: true}) : cleanup(text, {trace: true})
  const report = toReportHtml(text, result, {name: name && name !== '-' ? path.basename(name) : 'stdin'})
  if (output && output !== '-') fs.writeFileSync(output, report)
  else process.stdout.write(report)
  return 0
}

/**
 * Write one page per JSONL line and an index sorted by share removed.
 *
 * @param input The JSONL file (stdin when undefined).
 * @param directory Output folder (created).
 */
async function batchReport(input: string | undefined, directory: string): Promise<number> {
  const raw = input ? fs.createReadStream(input) : process.stdin
  const stream: NodeJS.ReadableStream = input && /\.gz$/i.test(input) ? raw.pipe(zlib.createGunzip()) : raw
  fs.mkdirSync(directory, {recursive: true})
  const rows: IndexRow[] = []
  let lineNumber = 0
  for await (const line of createInterface({input: stream, crlfDelay: Infinity})) {
    lineNumber++
    if (!line.trim()) continue
    let id = 'line:' + lineNumber
    try {
      const record: unknown = JSON.parse(line)
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        throw new Error('Expected a JSON object with `id` and `text` or `html`')
      }
      const fields = record as Record<string, unknown>
      if (fields.id !== undefined && fields.id !== null) id = String(fields.id)
      let text: string
      let result: CleanResult
      if (typeof fields.html === 'string') {
        text = fields.html
        result = cleanupHtml(text, {trace: true, url: typeof fields.url === 'string' ? fields.url : undefined})
      } else if (typeof fields.text === 'string') {
        text = fields.text
        result = cleanup(text, {trace: true})
      } else {
        throw new Error('Expected a string `text` or `html` field')
      }
      const file = String(rows.length + 1).padStart(4, '0') + '-' + slug(id) + '.html'
      fs.writeFileSync(path.join(directory, file), toReportHtml(text, result, {name: id}))
      const stats = reportStats(result)
      rows.push({
        id,
        title: (result.title || result.paragraphs[0] || '').slice(0, 100),
        file,
        characters: stats.characters,
        removed: stats.removed,
        paragraphs: result.paragraphs.length,
        tags: result.tags.length,
        related: result.related.length
      })
    } catch (error) {
      rows.push({id, error: String((error as Error)?.message || error), characters: 0, removed: 0, paragraphs: 0, tags: 0, related: 0})
    }
  }
  fs.writeFileSync(path.join(directory, 'index.html'), indexHtml(rows))
  return rows.some((d) => d.error) ? 1 : 0
}

/**
 * The index page: one row per document, most removed (by share) first,
 * failures at the end.
 *
 * @param rows Documents.
 */
export function indexHtml(rows: readonly IndexRow[]): string {
  const share = (d: IndexRow) => (d.characters ? d.removed / d.characters : 0)
  const sorted = [...rows].sort(
    (a, b) => Number(Boolean(a.error)) - Number(Boolean(b.error)) || share(b) - share(a) || b.removed - a.removed
  )
  const parts = [
    '<header><h1>unscrape report: ' + rows.length + ' documents</h1><p class="meta">Sorted by the share of text removed, most first.</p></header>',
    '<div class="wrap"><section class="pane index"><table><thead><tr><th>document</th><th>title</th><th class="n">removed</th><th class="n">characters removed</th><th class="n">paragraphs</th><th class="n">tags</th><th class="n">related</th></tr></thead><tbody>'
  ]
  for (const row of sorted) {
    if (row.error) {
      parts.push('<tr data-error><td>' + escapeHtml(row.id) + '</td><td class="err" colspan="6">' + escapeHtml(row.error) + '</td></tr>')
      continue
    }
    const p = percent(row.removed, row.characters)
    parts.push(
      '<tr data-removed="' + share(row).toFixed(4) + '"><td><a href="' + escapeHtml(encodeURIComponent(row.file!)) + '">' + escapeHtml(row.id) + '</a></td><td>' + escapeHtml(row.title || '') + '</td>',
      '<td class="n"><meter min="0" max="1" value="' + share(row).toFixed(4) + '"></meter> ' + p + '</td>',
      '<td class="n">' + row.removed + ' / ' + row.characters + '</td><td class="n">' + row.paragraphs + '</td><td class="n">' + row.tags +
        '</td><td class="n">' + row.related + '</td></tr>'
    )
  }
  parts.push('</tbody></table></section></div>')
  return page('unscrape report: ' + rows.length + ' documents', parts.join(''))
}

/**
 * A file-name-safe slug of an id.
 *
 * @param id The document id.
 */
function slug(id: string): string {
  // (The hyphens at the end are tried only where their run starts: from each
  // hyphen of a long run, to its end, is quadratic.)
  return id.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|(?<!-)-+$/g, '').slice(0, 60) || 'document'
}

/**
 * Print a usage error.
 *
 * @param message What is wrong.
 */
function usageError(message: string): number {
  process.stderr.write('unscrape: ' + message + '\n\n' + reportUsage)
  return 2
}
