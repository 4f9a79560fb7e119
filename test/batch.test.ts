import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import zlib from 'node:zlib'
import {afterAll, describe, expect, test} from 'vitest'

// `npm test` builds first, so the bin is the one users run.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const crashWorker = fileURLToPath(new URL('batch/crash-worker.mjs', import.meta.url))
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'unscrape-batch-'))

afterAll(() => fs.rmSync(temporary, {recursive: true, force: true}))

function run(args: string[], input?: string | Buffer, env?: Record<string, string>) {
  return spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8', env: {...process.env, ...env}})
}

// Invented pages: a short article between a menu and a footer.
function page(n: number): string {
  return [
    'Home',
    'Sport',
    `The harbour town of Kelby ${n} voted on Tuesday to rebuild its old stone pier, which storms damaged twice last winter.`,
    'The council said the work would start in spring and take about two years, with the ferry moving to a temporary berth.',
    'Share on Facebook',
    `© ${2000 + (n % 20)} Kelby Gazette`
  ].join('\n\n')
}

function lines(count: number): string {
  const out: string[] = []
  for (let n = 0; n < count; n++) {
    if (n % 17 === 5) out.push('{broken json ' + n)
    else if (n % 23 === 7) out.push('')
    else out.push(JSON.stringify({id: 'p' + n, text: page(n)}))
  }
  return out.join('\n') + '\n'
}

function parse(stdout: string) {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
}

describe('unscrape batch --workers', () => {
  const input = lines(300)
  const inline = run(['batch', '--workers', '0'], input)

  test('the main-thread run gives one record per non-blank line, errors included', () => {
    expect(inline.status).toBe(1)
    const records = parse(inline.stdout)
    const expected = input.split('\n').filter((line) => line.trim()).length
    expect(records.length).toBe(expected)
    expect(records.filter((d) => d.error).length).toBeGreaterThan(0)
    expect(records.find((d) => d.id === 'p0').body).toContain('stone pier')
  })

  test('workers keep the input order and give the same output', () => {
    for (const workers of ['1', '2', '3']) {
      const result = run(['batch', '-', '--workers', workers], input)
      expect(result.status).toBe(1)
      expect(result.stdout).toBe(inline.stdout)
    }
  })

  test('error records are numbered by input line, blank lines included', () => {
    const records = parse(inline.stdout)
    // Line 6 (n = 5) is broken JSON.
    expect(records[5]).toEqual({id: 'line:6', error: expect.stringMatching(/Invalid JSON/)})
  })

  test('exit 0 when every line succeeds, with workers', () => {
    const result = run(['batch', '--workers', '2'], JSON.stringify({id: 'x', text: page(1)}) + '\n')
    expect(result.status).toBe(0)
    expect(parse(result.stdout)).toEqual([expect.objectContaining({id: 'x'})])
  })

  test('a byte order mark before the first line is no part of it', () => {
    const result = run(['batch', '--workers', '0'], '\uFEFF' + JSON.stringify({id: 'a', text: page(1)}) + '\n')
    expect(result.status).toBe(0)
    expect(parse(result.stdout)[0].id).toBe('a')
  })

  test('CRLF and CR line endings are line breaks', () => {
    const body = JSON.stringify({id: 1, text: page(1)}) + '\r\n' + JSON.stringify({id: 2, text: page(2)}) + '\r' + '{bad'
    const records = parse(run(['batch', '--workers', '1'], body).stdout)
    expect(records.map((d) => d.id)).toEqual([1, 2, 'line:3'])
  })

  test('a line break or a character split between two reads of a file stays whole', () => {
    // The file is read 64 KiB at a time: "\r\n" straddles the first boundary,
    // a two-byte "é" the second; a lone "\r" ends the input.
    const read = 65_536
    const first = JSON.stringify({id: 'first', text: page(1)})
    const line1 = first.slice(0, -2) + ' '.repeat(read - 1 - Buffer.byteLength(first)) + '"}'
    const start2 = read + 1
    const prefix = JSON.stringify({id: 'second', text: page(2) + ' '}).slice(0, -2)
    const fill = 'café '.repeat(20_000)
    // Cut the filler so that an "é" (2 bytes) starts on the last byte of the second read.
    let cut = 0
    while (start2 + Buffer.byteLength(prefix + fill.slice(0, cut)) !== 2 * read - 1 || fill[cut] !== 'é') cut++
    const line2 = prefix + fill.slice(0, cut + 40) + '"}'
    const file = path.join(temporary, 'boundaries.jsonl')
    fs.writeFileSync(file, line1 + '\r\n' + line2 + '\n\n{bad\r')
    expect(Buffer.byteLength(line1)).toBe(read - 1)
    const result = run(['batch', file, '--workers', '2'])
    expect(parse(result.stdout).map((d) => d.id)).toEqual(['first', 'second', 'line:4'])
    expect(result.stdout).not.toContain('\uFFFD')
  })

  test('a worker that dies gives an error record for its line only, and the run goes on', () => {
    const body = [
      JSON.stringify({id: 'a', text: page(1)}),
      JSON.stringify({id: 'b', text: 'die'}),
      JSON.stringify({text: 'die'}),
      JSON.stringify({id: 'd', text: page(2)})
    ].join('\n')
    const result = run(['batch', '--workers', '2'], body, {UNSCRAPE_BATCH_WORKER: crashWorker})
    expect(result.status).toBe(1)
    const records = parse(result.stdout)
    expect(records.map((d) => d.id)).toEqual(['a', 'b', 'line:3', 'd'])
    expect(records[1].error).toMatch(/Worker crashed/)
    expect(records[2].error).toMatch(/Worker crashed/)
    expect(records[0].body).toContain('stone pier')
    expect(records[3].body).toContain('stone pier')
  })
})

describe('unscrape batch with gzip', () => {
  test('reads .jsonl.gz and writes .jsonl.gz (round trip)', () => {
    const input = lines(60)
    const gzIn = path.join(temporary, 'in.jsonl.gz')
    const gzOut = path.join(temporary, 'out.jsonl.gz')
    const plainOut = path.join(temporary, 'out.jsonl')
    fs.writeFileSync(gzIn, zlib.gzipSync(input))
    expect(run(['batch', gzIn, '-o', gzOut, '--workers', '2']).status).toBe(1)
    expect(run(['batch', gzIn, '-o', plainOut, '--workers', '0']).status).toBe(1)
    const plain = run(['batch', '-', '--workers', '0'], input).stdout
    expect(zlib.gunzipSync(fs.readFileSync(gzOut)).toString('utf8')).toBe(plain)
    expect(fs.readFileSync(plainOut, 'utf8')).toBe(plain)
  })

  test('a corrupt .gz input fails with a message, not a stack trace', () => {
    const bad = path.join(temporary, 'bad.jsonl.gz')
    fs.writeFileSync(bad, 'not gzip at all\n')
    const result = run(['batch', bad, '--workers', '0'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^unscrape: could not read the whole input \(incorrect header check\)/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('a truncated .gz input: every complete line is cleaned and written, the .gz output is whole, exit 1', () => {
    const input = lines(300)
    const whole = zlib.gzipSync(input)
    const cut = path.join(temporary, 'cut.jsonl.gz')
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)))
    // The complete lines before the cut, as the plain input gives them.
    const readable = zlib.gunzipSync(whole.subarray(0, Math.floor(whole.length * 0.6)), {finishFlush: zlib.constants.Z_SYNC_FLUSH}).toString('utf8')
    const complete = readable.slice(0, readable.lastIndexOf('\n') + 1)
    const expected = run(['batch', '-', '--workers', '0'], complete).stdout
    for (const workers of ['0', '2']) {
      const out = path.join(temporary, 'cut-out-' + workers + '.jsonl.gz')
      const result = run(['batch', cut, '-o', out, '--workers', workers])
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/^unscrape: could not read the whole input \(unexpected end of file\): wrote the \d+ complete lines/)
      expect(zlib.gunzipSync(fs.readFileSync(out)).toString('utf8')).toBe(expected)
    }
  })

  test('an empty .gz file is an empty input', () => {
    const empty = path.join(temporary, 'empty.jsonl.gz')
    fs.writeFileSync(empty, '')
    const result = run(['batch', empty, '--workers', '0'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
  })
})

describe('unscrape batch usage errors', () => {
  test('exit 2 on a bad --workers value', () => {
    for (const value of ['x', '-1', '']) {
      const result = run(['batch', '--workers', value], '')
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(/--workers/)
    }
  })

  test('exit 2 on a missing input file, and no output file is left behind', () => {
    const out = path.join(temporary, 'never.jsonl')
    const result = run(['batch', path.join(temporary, 'missing.jsonl'), '-o', out])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/ENOENT/)
    expect(fs.existsSync(out)).toBe(false)
  })

  test('exit 2 on two inputs', () => {
    expect(run(['batch', 'a.jsonl', 'b.jsonl']).status).toBe(2)
  })
})

describe('unscrape batch and SIGINT', () => {
  // Start a batch on stdin (kept open), wait until `ready(out)`, send SIGINT.
  async function interrupt(out: string, ready: () => boolean) {
    const child = spawn(process.execPath, [cli, 'batch', '-', '-o', out, '--workers', '1'], {stdio: ['pipe', 'ignore', 'pipe']})
    child.stdin.write(lines(40))
    return new Promise<number | null>((resolve) => {
      const poll = setInterval(() => {
        if (ready()) {
          clearInterval(poll)
          child.kill('SIGINT')
        }
      }, 25)
      child.on('exit', (code) => {
        clearInterval(poll)
        resolve(code)
      })
    })
  }

  const ids = lines(40)
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => (line.startsWith('{"id"') ? JSON.parse(line).id : index))

  test('writes every finished record (whole lines, in order) and exits 130', async () => {
    const out = path.join(temporary, 'interrupted.jsonl')
    const code = await interrupt(out, () => fs.existsSync(out) && fs.readFileSync(out, 'utf8').includes('\n'))
    expect(code).toBe(130)
    const text = fs.readFileSync(out, 'utf8')
    expect(text.endsWith('\n')).toBe(true)
    const records = parse(text)
    expect(records.length).toBeGreaterThan(0)
    expect(records.filter((d) => !d.error).map((d) => d.id)).toEqual(ids.slice(0, records.length).filter((d) => typeof d === 'string'))
  })

  test('closes a gzip output properly', async () => {
    const out = path.join(temporary, 'interrupted.jsonl.gz')
    // The CLI listens for SIGINT before it creates the output file.
    const code = await interrupt(out, () => fs.existsSync(out))
    expect(code).toBe(130)
    const text = zlib.gunzipSync(fs.readFileSync(out)).toString('utf8')
    const records = text ? parse(text) : []
    expect(records.filter((d) => !d.error).map((d) => d.id)).toEqual(ids.slice(0, records.length).filter((d) => typeof d === 'string'))
  })
})
