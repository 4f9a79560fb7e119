/**
 * One line of `unscrape batch`: parse, clean, and describe the outcome.
 */
import {cleanupHtml} from '../cleanup-html.js'
import {cleanup} from '../cleanup.js'
import type {CleanResult} from '../types.js'

/** An output line: the result without messages, or an error. */
export type BatchRecord =
  | ({id: unknown} & Omit<CleanResult, 'messages'>)
  | {id: unknown; error: string}

/**
 * Process one non-blank input line.
 *
 * @param line The JSON text of the line.
 * @param lineNumber 1-based line number, for records without an id.
 * @returns The output record (never throws).
 */
export function processLine(line: string, lineNumber: number): BatchRecord {
  let id: unknown = 'line:' + lineNumber
  try {
    let input: unknown
    try {
      input = JSON.parse(line)
    } catch (error) {
      return {id, error: 'Invalid JSON: ' + (error as Error).message}
    }
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      return {id, error: 'Expected a JSON object with `id` and `text` or `html`'}
    }
    const record = input as Record<string, unknown>
    if (record.id !== undefined && record.id !== null) id = record.id
    let result: CleanResult
    if (typeof record.html === 'string') {
      result = cleanupHtml(record.html, {url: typeof record.url === 'string' ? record.url : undefined})
    } else if (typeof record.text === 'string') {
      result = cleanup(record.text)
    } else {
      return {id, error: 'Expected a string `text` or `html` field'}
    }
    const {messages: _messages, ...rest} = result
    return {id, ...rest}
  } catch (error) {
    return {id, error: String((error as Error)?.message || error)}
  }
}

/** A slice of the input sent to a worker: lines and their 1-based line numbers. */
export interface BatchTask {
  /** Non-blank input lines. */
  lines: string[]
  /** The line number of each line. */
  numbers: number[]
}

/** What a worker sends back for a task. */
export interface BatchTaskResult {
  /** The output lines, each ending in `\n`, in input order. */
  output: string
  /** How many output lines. */
  lines: number
  /** How many of them are error records. */
  failed: number
}

/**
 * Process a task: every line to its output line.
 *
 * @param task The lines.
 * @returns The serialized records (never throws for bad input).
 */
export function processTask(task: BatchTask): BatchTaskResult {
  let output = ''
  let failed = 0
  for (let i = 0; i < task.lines.length; i++) {
    const record = processLine(task.lines[i], task.numbers[i])
    if ('error' in record) failed++
    output += serialize(record)
  }
  return {output, lines: task.lines.length, failed}
}

/**
 * One record as an output line (records come from JSON, so they serialize).
 *
 * @param record The record.
 */
export function serialize(record: BatchRecord): string {
  return JSON.stringify(record) + '\n'
}
