import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'

// `npm test` builds first, so the bin is the one users run.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const example = fileURLToPath(new URL('../examples/article.txt', import.meta.url))

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8'})
}

describe('unscrape batch', () => {
  test('one output line per non-blank input line, in order, with errors as records', () => {
    const input = [
      JSON.stringify({id: 'a', text: 'It was their\n\nfifth visit\n\nto the island this spring, and the ferry was late again by an hour.'}),
      '',
      '{not json',
      JSON.stringify({id: 'c'}),
      JSON.stringify({id: 'd', html: '<p>The new bridge over the river opened on Monday after four years of building work.</p>', text: 'ignored'}),
      '   '
    ].join('\n')
    const result = run(['batch', '-'], input)
    expect(result.status).toBe(1)
    const lines = result.stdout.trim().split('\n').map((d) => JSON.parse(d))
    expect(lines.map((d) => d.id)).toEqual(['a', 'line:3', 'c', 'd'])
    expect(lines[0].body).toBe('It was their fifth visit to the island this spring, and the ferry was late again by an hour.')
    expect(lines[0]).not.toHaveProperty('messages')
    expect(lines[1].error).toMatch(/JSON/)
    expect(lines[2].error).toMatch(/text/)
    expect(lines[3].body).toBe('The new bridge over the river opened on Monday after four years of building work.')
  })

  test('exit 0 when every line succeeds', () => {
    const result = run(['batch'], JSON.stringify({id: 1, text: ''}) + '\n')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({id: 1, body: '', paragraphs: []})
  })

  test('exit 2 on a usage error', () => {
    const result = run(['batch', '--nope'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Unknown option --nope/)
  })
})

describe('unscrape FILE', () => {
  test('prints the body', () => {
    const result = run([example])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('The judges praised the loaf for its dark crust and its open crumb')
    expect(result.stdout).not.toContain('Share on Facebook')
  })

  test('--json prints the result with messages as strings', () => {
    const result = JSON.parse(run([example, '--json']).stdout)
    expect(result.paragraphs.length).toBeGreaterThan(0)
    expect(typeof result.messages[0]).toBe('string')
  })

  test('--explain prints a report of what was removed', () => {
    const result = run([example, '--explain'])
    expect(result.stdout).toMatch(/\d+:\d+-\d+:\d+\s+info\s+Removed/)
  })

  test('text saved as UTF-16 with its byte order mark is decoded by it; HTML so saved is detected', () => {
    const utf16 = (text: string, bigEndian = false) => {
      const bytes = Buffer.from('\ufeff' + text, 'utf16le')
      return bigEndian ? bytes.swap16() : bytes
    }
    const text = 'The harbour board met at dawn.\n\nThe crews cheered when the vote was read.\n'
    for (const bigEndian of [false, true]) {
      const result = spawnSync(process.execPath, [cli, '-'], {input: utf16(text, bigEndian), encoding: 'utf8'})
      expect(result.status).toBe(0)
      expect(result.stdout).toBe('The harbour board met at dawn.\n\nThe crews cheered when the vote was read.\n')
    }
    const html = '<!doctype html><html><body><article><p>The harbour board met at dawn and voted to bring back the night ferry.</p></article></body></html>'
    const page = spawnSync(process.execPath, [cli, '-'], {input: utf16(html), encoding: 'utf8'})
    expect(page.stdout).toBe('The harbour board met at dawn and voted to bring back the night ferry.\n')
  })

  test('a missing file is a usage error', () => {
    const result = run(['/nonexistent/file.txt'])
    expect(result.status).toBe(2)
  })
})
