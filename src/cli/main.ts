#!/usr/bin/env node
/**
 * The `unscrape` command.
 *
 *   unscrape [FILE|-] [--json] [--explain] [--html]
 *   unscrape batch [INPUT.jsonl|-] [-o OUTPUT.jsonl]
 *   unscrape report FILE [-o REPORT.html] | unscrape report INPUT.jsonl -o DIR
 */
import fs from 'node:fs'
import {createInterface} from 'node:readline'
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {cleanupHtml} from '../cleanup-html.js'
import {cleanup} from '../cleanup.js'
import {processLine} from './batch.js'
import {runReport} from '../report/cli.js'

const usage = `Usage:
  unscrape [FILE|-] [--json] [--explain] [--html]   clean one document (stdin without FILE)
  unscrape batch [INPUT.jsonl|-] [-o OUTPUT.jsonl]  clean one {"id","text"|"html"} per line
  unscrape report FILE [-o REPORT.html]            HTML audit report (see unscrape report --help)
  unscrape report INPUT.jsonl -o DIR               one report per line, plus DIR/index.html

Options:
  --json       print the whole result as JSON
  --explain    print what was removed, moved and joined
  --html       treat the input as HTML (default: detected)
  -o, --output FILE   batch output (default: stdout)
  -h, --help   show this help
`

class UsageError extends Error {}

interface Flags {
  positional: string[]
  json: boolean
  explain: boolean
  html: boolean
  output?: string
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
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(usage)
      process.exit(0)
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError('Unknown option ' + arg)
    else flags.positional.push(arg)
  }
  return flags
}

function readInput(name: string | undefined): string {
  return fs.readFileSync(!name || name === '-' ? 0 : name, 'utf8')
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)
}

async function single(flags: Flags): Promise<number> {
  if (flags.positional.length > 1) throw new UsageError('Expected at most one FILE')
  const name = flags.positional[0]
  const text = readInput(name)
  const html = flags.html || looksLikeHtml(text)
  const result = html ? cleanupHtml(text) : cleanup(text)
  if (flags.json) {
    const {messages, ...rest} = result
    process.stdout.write(JSON.stringify({...rest, messages: messages.map((d) => String(d))}, null, 2) + '\n')
  } else if (flags.explain) {
    const file = new VFile({path: name && name !== '-' ? name : 'stdin'})
    file.messages.push(...result.messages)
    process.stdout.write(reporter([file], {verbose: true}) + '\n')
  } else {
    if (result.title) process.stdout.write(result.title + '\n\n')
    process.stdout.write(result.body + '\n')
  }
  return 0
}

async function batch(flags: Flags): Promise<number> {
  if (flags.positional.length > 1) throw new UsageError('Expected at most one INPUT')
  const name = flags.positional[0]
  const input = !name || name === '-' ? process.stdin : fs.createReadStream(name)
  const output: NodeJS.WritableStream = flags.output && flags.output !== '-' ? fs.createWriteStream(flags.output) : process.stdout
  const lines = createInterface({input, crlfDelay: Infinity})
  let failed = 0
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    if (!line.trim()) continue
    const record = processLine(line, lineNumber)
    if ('error' in record) failed++
    if (!output.write(JSON.stringify(record) + '\n')) {
      await new Promise<void>((resolve) => output.once('drain', () => resolve()))
    }
  }
  if (output !== process.stdout) await new Promise<void>((resolve) => output.end(() => resolve()))
  return failed ? 1 : 0
}

async function main(argv: string[]): Promise<number> {
  try {
    if (argv[0] === 'batch') return await batch(parseArgs(argv.slice(1)))
    if (argv[0] === 'report') return await runReport(argv.slice(1))
    return await single(parseArgs(argv))
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write('unscrape: ' + error.message + '\n\n' + usage)
      return 2
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
