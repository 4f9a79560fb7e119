/**
 * Conservation and the re-run property on every dev page of `../shared`
 * (run by `npm run test:corpus` from `.ci/run`).
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, cleanupHtml} from '../../src/index.js'
import {wordsOf} from '../../src/conservation.js'
import {kept} from '../property/kept.js'

const dev = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url))

function read(name: string): Array<Record<string, string>> {
  const file = dev + name
  if (!fs.existsSync(file)) {
    throw new Error('Missing ' + file + ': the corpus checks read the dev corpus from ../shared (run them from .ci/run)')
  }
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((d) => JSON.parse(d))
}

for (const kind of ['nodes', 'w3m', 'html'] as const) {
  describe('dev pages, ' + kind, () => {
    const pages = read('inputs-' + kind + '.jsonl')
    const results = pages.map((page) => {
      const input = kind === 'html' ? page.html : page.text
      return {page, input, result: kind === 'html' ? cleanupHtml(input, {trace: true, url: page.url}) : cleanup(input, {trace: true})}
    })

    test('every page conserves its words: nothing lost, nothing invented', () => {
      expect(pages.length).toBeGreaterThan(0)
      const failures: string[] = []
      for (const {page, input, result} of results) {
        const report = checkConservation(input, result, {html: kind === 'html'})
        if (!report.ok) {
          failures.push(page.id.slice(0, 12) + ' lost ' + JSON.stringify(report.lost.slice(0, 8)) + ' invented ' + JSON.stringify(report.invented.slice(0, 8)))
        }
      }
      expect(failures).toEqual([])
    })

    if (kind === 'html') return

    test('cleaning the body again keeps ≥ 99% of its words on every page (and over all pages)', () => {
      let words = 0
      let found = 0
      const below: string[] = []
      for (const {page, result} of results) {
        const again = cleanup(result.body)
        const count = wordsOf(result.body).length
        const share = kept(result.body, (again.title ? again.title + '\n\n' : '') + again.body)
        words += count
        found += share * count
        if (share < 0.99) below.push(page.id.slice(0, 12) + ' ' + (share * 100).toFixed(1) + '%')
      }
      // `node test/corpus/rerun.mjs` shows what a second run takes out of each body, and by which rule.
      expect(below).toEqual([])
      expect(found / words).toBeGreaterThanOrEqual(0.99)
    })
  })
}
