/**
 * The engine of `unscrape batch`: stream JSON lines in, clean them on worker
 * threads, stream records out in input order.
 *
 * Memory stays constant whatever the input size: the input is read chunk by
 * chunk only while fewer than `workers × 4` tasks are in flight, and results
 * are written (with back-pressure) as soon as every earlier one is written.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {finished} from 'node:stream/promises'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import zlib from 'node:zlib'
import {Piscina} from 'piscina'
// Types only: the library itself is loaded by the workers (or, with no
// workers, on demand), so the main thread stays small.
import {completeLinesEnd, countLineBreaks, eachLine, type BatchTask, type BatchTaskResult} from './lines.js'

/** Options for `runBatch`. */
export interface BatchOptions {
  /** Input file (`.gz` is gunzipped), or `-`/undefined for stdin. */
  input?: string | undefined
  /** Output file (`.gz` is gzipped), or `-`/undefined for stdout. */
  output?: string | undefined
  /** Worker threads; `0` cleans on the main thread (default: the number of cores). */
  workers?: number | undefined
  /** Show a progress bar on stderr (default: when stderr is a TTY). */
  progress?: boolean | undefined
}

/** How a batch run ended. */
export interface BatchSummary {
  /** Non-blank lines written. */
  lines: number
  /** Error records among them. */
  failed: number
  /** Whether SIGINT stopped the run early. */
  interrupted: boolean
}

// Bytes read at a time from a file; each chunk's complete lines make a
// task: small enough to balance the workers, large enough that messaging
// costs little.
const chunkSize = 1 << 16
// Tasks in flight per worker.
const tasksPerWorker = 4
// Young generation of each worker, in MB. Over 1,000 dev pages, 8 MB gave
// 273 scavenges and 13 full collections, 16–24 MB no fewer, 32 MB 80 and 4
// (half the GC time: a page's working set then dies young instead of being
// promoted); more changes nothing. But on 50,000 lines with two workers,
// 32 MB took the whole process to 300 MB of peak RSS and 24 MB to 253 MB,
// in the same time (95 s and 97 s, one run each): 24 it is.
// `UNSCRAPE_WORKER_YOUNG_MB` changes it.
const youngGenerationMb = Number(process.env.UNSCRAPE_WORKER_YOUNG_MB) > 0 ? Number(process.env.UNSCRAPE_WORKER_YOUNG_MB) : 24
// Old generation of each worker, in MB: a page needs a few tens; without a
// cap V8 lets each worker's heap grow far past what it uses. A page too big
// for it (a 20 MB HTML file) runs out of memory in its worker and is cleaned
// again on the main thread, which has V8's default limit.
// `UNSCRAPE_WORKER_HEAP_MB` changes it (tests use a small one).
const oldGenerationMb = Number(process.env.UNSCRAPE_WORKER_HEAP_MB) > 0 ? Number(process.env.UNSCRAPE_WORKER_HEAP_MB) : 160
// V8's interrupt budget when the workers take every core. Each worker's V8
// compiles its hot functions on background threads, on its own (no
// optimized code is shared between threads); with a core to spare that
// costs the workers nothing, but when every core runs a worker those
// threads take turns with the workers. A larger budget (V8's default is
// 67,584) waits for more calls before optimizing a function: fewer and
// better-informed optimizations, less compiling. `UNSCRAPE_WORKER_INTERRUPT_BUDGET`
// changes it (`0`: V8's default).
const busyInterruptBudget =
  process.env.UNSCRAPE_WORKER_INTERRUPT_BUDGET !== undefined && Number(process.env.UNSCRAPE_WORKER_INTERRUPT_BUDGET) >= 0
    ? Number(process.env.UNSCRAPE_WORKER_INTERRUPT_BUDGET)
    : 200_000

/**
 * Run a batch: open the streams (errors such as a missing file throw before
 * anything is written), process every line, close everything.
 *
 * @param options Configuration.
 * @returns The summary (exit code 1 when `failed`).
 */
export async function runBatch(options: Readonly<BatchOptions>): Promise<BatchSummary> {
  const workers = options.workers ?? defaultWorkers()
  // Open both files synchronously: a missing input or an unwritable output
  // is a usage error before any work starts.
  const inputName = options.input && options.input !== '-' ? options.input : undefined
  const outputName = options.output && options.output !== '-' ? options.output : undefined
  const inputFd = inputName ? fs.openSync(inputName, 'r') : undefined
  if (inputFd !== undefined && fs.fstatSync(inputFd).isDirectory()) {
    fs.closeSync(inputFd)
    throw Object.assign(new Error('EISDIR: illegal operation on a directory, read ' + inputName), {code: 'EISDIR'})
  }
  const summary: BatchSummary = {lines: 0, failed: 0, interrupted: false}
  // First ^C: stop reading, finish and write what is in flight. Second: leave
  // now. Listening starts before the output file exists.
  let stopReading = () => {}
  let sigints = 0
  const onSigint = () => {
    sigints++
    summary.interrupted = true
    if (sigints === 1) stopReading()
    else process.exit(130)
  }
  process.on('SIGINT', onSigint)
  let outputFd: number | undefined
  try {
    outputFd = outputName ? fs.openSync(outputName, 'w') : undefined
  } catch (error) {
    process.off('SIGINT', onSigint)
    throw error
  }

  const raw = inputFd === undefined ? process.stdin : fs.createReadStream('', {fd: inputFd, highWaterMark: chunkSize})
  const size = inputFd === undefined ? 0 : fs.fstatSync(inputFd).size
  // A `.gz` input is decompressed as far as it goes, even when the file is cut short (the
  // default gunzip fails at a truncated end and drops what it holds for a slow reader);
  // a second gunzip, its output thrown away, checks the file whole on the side.
  // (An empty `.gz` file is an empty input, not a truncated one.)
  let input: NodeJS.ReadableStream = raw
  let checked: Promise<Error | undefined> | undefined
  if (inputName && /\.gz$/i.test(inputName) && size > 0) {
    const gunzip = zlib.createGunzip({finishFlush: zlib.constants.Z_SYNC_FLUSH})
    const check = zlib.createGunzip()
    raw.pipe(gunzip)
    raw.pipe(check)
    check.resume()
    checked = new Promise((resolve) => {
      check.on('error', resolve)
      check.on('end', () => resolve(undefined))
    })
    raw.on('error', (error: Error) => gunzip.destroy(error))
    input = gunzip
  }

  const file = outputFd === undefined ? undefined : fs.createWriteStream('', {fd: outputFd})
  const gzip = outputName && /\.gz$/i.test(outputName) ? zlib.createGzip() : undefined
  if (gzip && file) gzip.pipe(file)
  const output: NodeJS.WritableStream = gzip || file || process.stdout
  let outputError: Error | undefined
  output.on('error', (error: Error) => {
    outputError ||= error
  })

  // (Set before the workers start: flags are read as each one compiles.)
  if (workers > 1 && workers >= defaultWorkers() && busyInterruptBudget > 0) v8.setFlagsFromString('--interrupt-budget=' + busyInterruptBudget)
  const pool =
    workers > 0
      ? new Piscina<BatchTask, BatchTaskResult>({
          filename: workerFile(),
          minThreads: workers,
          maxThreads: workers,
          idleTimeout: 60_000,
          // Heap limits per worker (see `youngGenerationMb`, `oldGenerationMb`).
          resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: oldGenerationMb}
        })
      : undefined

  stopReading = () => {
    ;(input as unknown as {destroy?: () => void}).destroy?.()
    if (input !== raw) raw.destroy()
  }
  const showProgress = options.progress ?? Boolean(process.stderr.isTTY)
  const progress = showProgress ? startProgress(summary, () => (raw as fs.ReadStream).bytesRead, size) : undefined

  // Tasks in input order: each result is written as soon as every earlier
  // one is written (not only when the queue is full), so a slow producer
  // on stdin still sees its records come out.
  let inputError: Error | undefined
  const queue: Array<{result?: BatchTaskResult}> = []
  const limit = Math.max(1, workers) * tasksPerWorker
  let wake: (() => void) | undefined
  let pumping = false

  const write = async (result: BatchTaskResult) => {
    summary.lines += result.lines
    summary.failed += result.failed
    if (outputError) return
    if (!output.write(result.output)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          output.off('drain', done)
          output.off('error', done)
          resolve()
        }
        output.on('drain', done)
        output.on('error', done)
      })
    }
  }

  const pump = async () => {
    if (pumping) return
    pumping = true
    try {
      while (queue.length > 0 && queue[0].result) {
        await write(queue.shift()!.result!)
        wake?.()
      }
    } finally {
      pumping = false
    }
    wake?.()
  }

  const waitForRoom = (size: number) =>
    new Promise<void>((resolve) => {
      if (queue.length <= size) resolve()
      else wake = resolve
    })

  const submit = async (task: BatchTask) => {
    const entry: {result?: BatchTaskResult} = {}
    queue.push(entry)
    const promise = pool ? runOnPool(pool, task) : import('./batch.js').then((d) => d.processTask(task))
    void promise.then((result) => {
      entry.result = result
      void pump()
    })
    while (queue.length >= limit) await waitForRoom(limit - 1)
  }

  try {
    // The input is cut into tasks of whole lines as bytes, one task per
    // chunk (what the chunk completed: the next chunk may be slow to come).
    // The main thread only finds line breaks and counts them: decoding,
    // parsing and serializing happen in the workers.
    let carry: Buffer[] = []
    let carryLength = 0
    let firstLine = 1
    let first = true
    const send = async (bytes: Buffer) => {
      const task: BatchTask = {bytes, firstLine}
      firstLine += countLineBreaks(bytes)
      await submit(task)
    }
    try {
      if (summary.interrupted) stopReading()
      for await (let chunk of input as AsyncIterable<Buffer>) {
        if (outputError || summary.interrupted) break
        // A byte order mark before the first line (a file saved by some editors) is no part of it.
        if (first && chunk.length > 0) {
          first = false
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
        }
        const end = completeLinesEnd(chunk)
        if (end === 0) {
          carry.push(chunk)
          carryLength += chunk.length
          continue
        }
        const head = carryLength > 0 ? Buffer.concat([...carry, chunk.subarray(0, end)]) : chunk.subarray(0, end)
        carry = end < chunk.length ? [chunk.subarray(end)] : []
        carryLength = chunk.length - end
        await send(head)
      }
    } catch (error) {
      // Destroying the input on SIGINT ends the loop with an error. Any other error
      // (a truncated `.gz` file, a read error) ends the input: the complete lines read
      // before it are still cleaned and written, and the output closed properly.
      if (!summary.interrupted) inputError = error as Error
    }
    // (Read to its end: wait for the check of a `.gz` file.)
    if (checked && !summary.interrupted && !outputError && !inputError) inputError = await checked
    // (Not the piece of a line that a broken input ends with.)
    if (!summary.interrupted && !outputError && !inputError && carryLength > 0) await send(Buffer.concat(carry))
    while (queue.length > 0) await waitForRoom(0)
    while (pumping) await new Promise<void>((resolve) => setImmediate(resolve))
  } finally {
    process.off('SIGINT', onSigint)
    progress?.stop()
    if (pool) await pool.destroy()
  }

  if (output !== process.stdout) {
    output.end()
    await finished(file!)
  }
  if (outputError && (outputError as NodeJS.ErrnoException).code !== 'EPIPE') throw outputError
  if (inputError) throw new BatchInputError(inputError, summary)
  return summary
}

/**
 * The input could not be read to its end (a truncated or corrupt `.gz`
 * file, a read error). Every complete line read before the error was
 * cleaned and written, and the output closed (a `.gz` output is whole).
 */
export class BatchInputError extends Error {
  /** What was written before the error. */
  summary: BatchSummary

  /**
   * @param cause The error reading the input.
   * @param summary What was written.
   */
  constructor(cause: Error, summary: BatchSummary) {
    super(
      'could not read the whole input (' + cause.message + '): wrote the ' + summary.lines.toLocaleString('en') + ' complete line' +
        (summary.lines === 1 ? '' : 's') + ' read before the error'
    )
    this.name = 'BatchInputError'
    this.cause = cause
    this.summary = summary
  }
}

/**
 * Run a task on the pool. When a worker dies (or the task fails for any
 * other reason than bad input), run each line again on its own, so that only
 * the line that kills a worker gets an error record.
 */
async function runOnPool(pool: Piscina<BatchTask, BatchTaskResult>, task: BatchTask): Promise<BatchTaskResult> {
  try {
    return await pool.run(task)
  } catch (error) {
    const lines: Array<{line: string; lineNumber: number}> = []
    eachLine(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8'), task.firstLine, (line, lineNumber) => {
      lines.push({line, lineNumber})
    })
    if (lines.length === 1) return outOfMemory(error) ? onMainThread(task) : crashed(lines[0].line, lines[0].lineNumber, error)
    const results = await Promise.all(
      lines.map(({line, lineNumber}) => {
        const one: BatchTask = {bytes: Buffer.from(line), firstLine: lineNumber}
        return pool.run(one).catch((error_: unknown) => (outOfMemory(error_) ? onMainThread(one) : crashed(line, lineNumber, error_)))
      })
    )
    return {
      output: Buffer.concat(results.map((d) => d.output)),
      lines: results.reduce((sum, d) => sum + d.lines, 0),
      failed: results.reduce((sum, d) => sum + d.failed, 0)
    }
  }
}

/** Whether a worker died of its heap cap (a huge page, not a bug). */
function outOfMemory(error: unknown): boolean {
  return (error as {code?: unknown} | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
}

/** Clean a line on the main thread, without the workers' heap cap. */
async function onMainThread(task: BatchTask): Promise<BatchTaskResult> {
  const {processTask} = await import('./batch.js')
  return processTask(task)
}

/** The error record for a line whose worker died. */
function crashed(line: string, lineNumber: number, error: unknown): BatchTaskResult {
  let id: unknown = 'line:' + lineNumber
  try {
    const value: unknown = JSON.parse(line)
    const given = value && typeof value === 'object' ? (value as {id?: unknown}).id : undefined
    if (given !== undefined && given !== null) id = given
  } catch {}
  const reason = String((error as Error)?.message || error)
  return {output: Buffer.from(JSON.stringify({id, error: 'Worker crashed: ' + reason}) + '\n'), lines: 1, failed: 1}
}

/** The default number of workers: one per core. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

/**
 * The worker module next to this bundle (`worker.js` or `worker.cjs`);
 * `UNSCRAPE_BATCH_WORKER` replaces it (tests use it to make a worker crash).
 */
function workerFile(): string {
  if (process.env.UNSCRAPE_BATCH_WORKER) return path.resolve(process.env.UNSCRAPE_BATCH_WORKER)
  const self = fileURLToPath(import.meta.url)
  return path.join(path.dirname(self), 'worker' + (self.endsWith('.cjs') ? '.cjs' : '.js'))
}

/**
 * A one-line progress bar on stderr: pages, pages/s, and the share of the
 * input read when its size is known.
 */
function startProgress(summary: BatchSummary, bytesRead: () => number, size: number) {
  const started = Date.now()
  const draw = (final: boolean) => {
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? summary.lines / seconds : 0
    let text = `${summary.lines.toLocaleString('en')} pages  ${Math.round(rate).toLocaleString('en')} pages/s`
    if (summary.failed) text += `  ${summary.failed.toLocaleString('en')} failed`
    if (size > 0) {
      const share = Math.min(1, (bytesRead() || 0) / size)
      const width = 20
      const full = Math.round(share * width)
      text = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${Math.floor(share * 100)}%  ` + text
    }
    process.stderr.write('\r' + text + '\u001B[K' + (final ? '\n' : ''))
  }
  const timer = setInterval(() => draw(false), 200)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      draw(true)
    }
  }
}
