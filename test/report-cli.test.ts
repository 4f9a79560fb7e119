import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import zlib from 'node:zlib'
import {parseHTML} from 'linkedom'
import {afterAll, describe, expect, test} from 'vitest'
import {cleanup, cleanupHtml, toReportHtml} from '../src/index.js'

// `npm test` builds first, so the bin is the one users run.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const example = fileURLToPath(new URL('../examples/article.txt', import.meta.url))
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'unscrape-report-'))

afterAll(() => fs.rmSync(temporary, {recursive: true, force: true}))

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8'})
}

// (Typed loosely: the project compiles without the DOM library.)
type Document = ReturnType<typeof parseHTML>['document']

function dom(html: string): Document {
  return parseHTML(html).document
}

describe('unscrape report', () => {
  test('writes the report of one file to stdout', () => {
    const result = run(['report', example])
    expect(result.status).toBe(0)
    const text = fs.readFileSync(example, 'utf8')
    expect(result.stdout).toBe(toReportHtml(text, cleanup(text, {trace: true}), {name: 'article.txt'}))
    const document = dom(result.stdout)
    expect(document.querySelector('h1')!.textContent).toBe('unscrape report: article.txt')
    expect(document.querySelector('pre.src')!.textContent).toBe(text)
  })

  test('writes to -o, reads stdin, and detects HTML', () => {
    const output = path.join(temporary, 'page.html')
    const page = '<!doctype html><html><body><p>The night market reopened on the quay with forty stalls and a brass band.</p></body></html>'
    const result = run(['report', '-', '-o', output], page)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    const report = fs.readFileSync(output, 'utf8')
    expect(report).toBe(toReportHtml(page, cleanupHtml(page, {trace: true}), {name: 'stdin'}))
    expect(dom(report).querySelector('pre.src')!.textContent).toBe(page)
  })

  test('writes one page per batch line and an index sorted by share removed', () => {
    const input = path.join(temporary, 'in.jsonl')
    const directory = path.join(temporary, 'out')
    const article = 'The school choir sang at the harbour festival on Saturday, and the mayor joined them for the last song of the evening.'
    fs.writeFileSync(
      input,
      [
        JSON.stringify({id: 'clean', text: article}),
        JSON.stringify({id: 'noisy/../<b>', text: 'Menu\n\nSearch\n\nSign in\n\n' + article + '\n\nShare on Facebook\n\nShare on Twitter'}),
        '{oops',
        '',
        JSON.stringify({id: 'page', html: '<p>' + article + '</p>'})
      ].join('\n')
    )
    const result = run(['report', input, '-o', directory])
    expect(result.status).toBe(1)
    const index = dom(fs.readFileSync(path.join(directory, 'index.html'), 'utf8'))
    const links = [...index.querySelectorAll('tbody a')]
    expect(links.map((d) => d.textContent).sort()).toEqual(['clean', 'noisy/../<b>', 'page'])
    for (const link of links) {
      const file = decodeURIComponent(link.getAttribute('href')!)
      expect(path.dirname(path.join(directory, file))).toBe(directory)
      const page = dom(fs.readFileSync(path.join(directory, file), 'utf8'))
      expect(page.querySelector('h1')!.textContent).toBe('unscrape report: ' + link.textContent)
    }
    // Each row shows the document's title or first words, escaped.
    for (const row of index.querySelectorAll('tbody tr[data-removed]')) expect(row.children[1].textContent).toMatch(/^The school choir sang/)
    const shares = [...index.querySelectorAll('tbody tr[data-removed]')].map((d) => Number(d.getAttribute('data-removed')))
    expect(shares[0]).toBeGreaterThan(0)
    expect(shares).toEqual([...shares].sort((a, b) => b - a))
    const failed = index.querySelector('tr[data-error]')!
    expect(failed.textContent).toContain('line:3')
    expect(failed.textContent).toMatch(/JSON/)
    expect(fs.readdirSync(directory).length).toBe(4)
  })

  test('exit 0 for a batch without failures', () => {
    const input = path.join(temporary, 'ok.jsonl')
    fs.writeFileSync(input, JSON.stringify({id: 1, text: 'A short line of text.'}) + '\n')
    expect(run(['report', input, '-o', path.join(temporary, 'ok')]).status).toBe(0)
    // Gzipped batches too.
    fs.writeFileSync(input + '.gz', zlib.gzipSync(JSON.stringify({id: 'zipped', text: 'Another short line of text.'}) + '\n'))
    expect(run(['report', input + '.gz', '-o', path.join(temporary, 'zipped')]).status).toBe(0)
    expect(fs.readFileSync(path.join(temporary, 'zipped', 'index.html'), 'utf8')).toContain('0001-zipped.html')
  })

  test('exit 2 on a usage error', () => {
    const batch = run(['report', path.join(temporary, 'in.jsonl')])
    expect(batch.status).toBe(2)
    expect(batch.stderr).toMatch(/-o DIR/)
    expect(run(['report', '--nope']).status).toBe(2)
    expect(run(['report', 'a', 'b']).status).toBe(2)
    expect(run(['report', path.join(temporary, 'missing.txt')]).status).toBe(2)
  })
})
