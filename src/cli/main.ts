#!/usr/bin/env node
/**
 * The `unscrape` command.
 *
 *   unscrape [FILE|-] [--json] [--explain] [--html]
 *   unscrape batch [INPUT.jsonl[.gz]|-] [-o OUTPUT.jsonl[.gz]] [--workers N]
 *   unscrape report FILE [-o REPORT.html] | unscrape report INPUT.jsonl -o DIR
 */
import {append} from '../append.js'
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {readDocument} from './read-document.js'
import {BatchInputError, defaultWorkers, runBatch} from './run-batch.js'

const usage = `Usage:
  unscrape [FILE|-] [--json] [--explain] [--html]   clean one document (stdin without FILE)
  unscrape batch [INPUT.jsonl|-] [-o OUTPUT.jsonl]  clean one {"id","text"|"html"} per line
                                                    (.jsonl.gz files are read and written gzipped)
  unscrape report FILE [-o REPORT.html]            HTML audit report (see unscrape report --help)
  unscrape report INPUT.jsonl -o DIR               one report per line, plus DIR/index.html

Options:
  --json       print the whole result as JSON
  --explain    print what was removed, moved and joined
  --html       treat the input as HTML (default: detected)
  -o, --output FILE   batch output (default: stdout)
  --workers N  batch worker threads, 0 = main thread (default: the number of cores)
  --no-progress  batch: no progress bar (shown on stderr only when it is a terminal)
  -h, --help   show this help
`

class UsageError extends Error {}

interface Flags {
  positional: string[]
  json: boolean
  explain: boolean
  html: boolean
  output?: string
  workers?: number
  progress?: boolean
}

function parseArgs(argv: string[]): Flags {
  const flags: Flags = {positional: [], json: false, explain: false, html: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') flags.json = true
    else if (arg === '--explain') flags.explain = true
    else if (arg === '--html') flags.html = true
    else if (arg === '-o' || arg === '--output') {
      const value = argv[++i]
      if (!value) throw new UsageError('Missing value for ' + arg)
      flags.output = value
    } else if (arg === '--workers') {
      const value = argv[++i]
      if (!value || !/^\d{1,4}$/.test(value)) throw new UsageError('Expected a number of workers (0 or more) after --workers')
      flags.workers = Number(value)
    } else if (arg === '--no-progress') {
      flags.progress = false
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(usage)
      process.exit(0)
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError('Unknown option ' + arg)
    else flags.positional.push(arg)
  }
  return flags
}

async function single(flags: Flags): Promise<number> {
  if (flags.positional.length > 1) throw new UsageError('Expected at most one FILE')
  const name = flags.positional[0]
  // (The markup at the start is ASCII in every encoding a page declares in a `<meta>`.)
  const {bytes, text, html} = readDocument(name, flags.html)
  // Loaded here, not at start: `unscrape batch` cleans on worker threads, and
  // its main thread stays small without the library.
  // HTML is decoded the way a browser would (a BOM, `<meta charset>`, else UTF-8); text by its BOM, else as UTF-8.
  const result = html ? (await import('../cleanup-html.js')).cleanupHtml(bytes) : (await import('../cleanup.js')).cleanup(text)
  if (flags.json) {
    const {messages, ...rest} = result
    process.stdout.write(JSON.stringify({...rest, messages: messages.map((d) => String(d))}, null, 2) + '\n')
  } else if (flags.explain) {
    const file = new VFile({path: name && name !== '-' ? name : 'stdin'})
    append(file.messages, result.messages)
    process.stdout.write(reporter([file], {verbose: true}) + '\n')
  } else {
    if (result.title) process.stdout.write(result.title + '\n\n')
    process.stdout.write(result.body + '\n')
  }
  return 0
}

async function batch(flags: Flags): Promise<number> {
  if (flags.positional.length > 1) throw new UsageError('Expected at most one INPUT')
  const summary = await runBatch({
    input: flags.positional[0],
    output: flags.output,
    workers: flags.workers ?? defaultWorkers(),
    progress: flags.progress
  })
  if (summary.interrupted) return 130
  return summary.failed ? 1 : 0
}

async function main(argv: string[]): Promise<number> {
  try {
    if (argv[0] === 'batch') return await batch(parseArgs(argv.slice(1)))
    if (argv[0] === 'report') return await (await import('../report/cli.js')).runReport(argv.slice(1))
    return await single(parseArgs(argv))
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write('unscrape: ' + error.message + '\n\n' + usage)
      return 2
    }
    if (error instanceof BatchInputError) {
      process.stderr.write('unscrape: ' + error.message + '\n')
      return 1
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      process.stderr.write('unscrape: ' + (error as Error).message + '\n')
      return 2
    }
    throw error
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write('unscrape: ' + String(error?.stack || error) + '\n')
    process.exitCode = 1
  }
)
