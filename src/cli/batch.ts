/**
 * One line of `unscrape batch`: parse, clean, and describe the outcome.
 */
import {cleanupHtml} from '../cleanup-html.js'
import {cleanup} from '../cleanup.js'
import type {CleanResult} from '../types.js'
import {eachLine, type BatchTask, type BatchTaskResult} from './lines.js'

export type {BatchTask, BatchTaskResult} from './lines.js'

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

const encoder = new TextEncoder()

/**
 * Process a task: decode its lines, clean each, serialize the records.
 *
 * @param task The lines as UTF-8 bytes.
 * @returns The output lines as UTF-8 (never throws for bad input).
 */
export function processTask(task: BatchTask): BatchTaskResult {
  const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8')
  let output = ''
  let lines = 0
  let failed = 0
  eachLine(text, task.firstLine, (line, lineNumber) => {
    const record = processLine(line, lineNumber)
    lines++
    if ('error' in record) failed++
    output += serialize(record)
  })
  // A fresh buffer (never Node's shared pool): it is sent to the main thread.
  return {output: encoder.encode(output), lines, failed}
}

/**
 * One record as an output line (records come from JSON, so they serialize).
 *
 * @param record The record.
 */
export function serialize(record: BatchRecord): string {
  return JSON.stringify(record) + '\n'
}
