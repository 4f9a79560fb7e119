/**
 * `unscrape batch` on hostile JSONL: one output line per non-blank input
 * line, in order; a bad line is an error record and the run goes on; the
 * exit code reports failures.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

// Lines that are not a usable record, each with what its error names.
const bad: Array<[string, RegExp]> = [
  ['{not json', /JSON/],
  ['[1, 2, 3]', /object/],
  ['42', /object/],
  ['"text"', /object/],
  ['null', /object/],
  ['{"id": "x"}', /text|html/],
  ['{"id": "y", "text": 42}', /text|html/],
  ['{"id": "z", "html": ["<p>"]}', /text|html/],
  ['{"id": "w", "text": "unterminated', /JSON/]
]

function lines(n: number): {input: string; expected: Array<{id: string; error?: RegExp}>} {
  const input: string[] = []
  const expected: Array<{id: string; error?: RegExp}> = []
  for (let i = 0; i < n; i++) {
    const lineNumber = input.length + 1
    if (i % 5 === 4) {
      const [line, error] = bad[i % bad.length]
      input.push(line)
      let id: unknown
      try {
        id = JSON.parse(line)?.id
      } catch {}
      expected.push({id: typeof id === 'string' ? id : 'line:' + lineNumber, error})
    } else if (i % 7 === 3) {
      input.push(JSON.stringify({id: 'h' + i, html: '<p>The ferry left the harbour at dawn \u0000 ' + i + '.</p><div><span>'}))
      expected.push({id: 'h' + i})
    } else {
      input.push(JSON.stringify({id: 't' + i, text: 'Menu\r\n\r\nThe ferry left the\n\nharbour at dawn ' + i + '.\uD800'}))
      expected.push({id: 't' + i})
    }
    if (i % 11 === 0) input.push('   ')
  }
  return {input: input.join('\n') + '\n', expected}
}

describe('unscrape batch on hostile lines', () => {
  for (const workers of [undefined, '2']) {
    test('N lines in, N records out, in order, errors as records' + (workers ? ' (--workers 2)' : ''), () => {
      const {input, expected} = lines(120)
      const result = spawnSync(process.execPath, [cli, 'batch', '-', ...(workers ? ['--workers', workers] : [])], {input, encoding: 'utf8'})
      expect(result.status).toBe(1)
      const records = result.stdout.trim().split('\n').map((d) => JSON.parse(d))
      expect(records.length).toBe(expected.length)
      records.forEach((record, i) => {
        expect(String(record.id)).toBe(expected[i].id)
        if (expected[i].error) expect(record.error).toMatch(expected[i].error!)
        else expect(typeof record.body).toBe('string')
      })
    }, 120_000)
  }

  test('a page too big for a worker’s heap is cleaned on the main thread, in its place', () => {
    const paragraph = 'The ferry left the harbour at dawn with forty passengers and a crate of chickens.\n\nMenu\n\n'
    const input = [
      JSON.stringify({id: 'before', text: 'The quay was quiet.'}),
      JSON.stringify({id: 'huge', text: paragraph.repeat(30_000)}),
      JSON.stringify({id: 'after', text: 'The quay was busy.'})
    ].join('\n')
    // A worker heap far too small for the huge page (it is 2.6 MB of text).
    const env = {...process.env, UNSCRAPE_WORKER_HEAP_MB: '24'}
    const result = spawnSync(process.execPath, [cli, 'batch', '-', '--workers', '1'], {input, encoding: 'utf8', env, maxBuffer: 1 << 28})
    expect(result.status).toBe(0)
    const records = result.stdout.trim().split('\n').map((d) => JSON.parse(d))
    expect(records.map((d) => d.id)).toEqual(['before', 'huge', 'after'])
    expect(records[1].error).toBeUndefined()
    expect(records[1].body).toContain('The ferry left the harbour at dawn')
  }, 120_000)

  test('exit 0 when every line is good, even with blank lines and CRLF', () => {
    const input = [JSON.stringify({id: 1, text: 'One.'}), '', JSON.stringify({id: 2, text: ''}), '\r'].join('\r\n')
    const result = spawnSync(process.execPath, [cli, 'batch', '-'], {input, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout.trim().split('\n').map((d) => JSON.parse(d).id)).toEqual([1, 2])
  })
})
