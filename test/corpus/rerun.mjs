// Diagnose the re-run property on the dev pages: clean each dump, clean the
// body again, and print what the second run took out of the body (by rule).
// Usage: npm run -s build && node test/corpus/rerun.mjs [nodes|w3m ...] [--id prefix] [--all]
import fs from 'node:fs'
import path from 'node:path'
import {cleanup} from '../../dist/index.js'
import {dev} from '../paths.mjs'
const args = process.argv.slice(2)
const idAt = args.indexOf('--id')
const only = idAt >= 0 ? args[idAt + 1] : undefined
const all = args.includes('--all')
const kinds = args.filter((d, i) => !d.startsWith('--') && (idAt < 0 || i !== idAt + 1))
const word = /[\p{L}\p{N}]+/gu

function kept(body, text) {
  const have = new Map()
  for (const w of text.match(word) || []) have.set(w, (have.get(w) || 0) + 1)
  const words = body.match(word) || []
  let found = 0
  for (const w of words) {
    const c = have.get(w) || 0
    if (c > 0) {
      found++
      have.set(w, c - 1)
    }
  }
  return words.length === 0 ? 1 : found / words.length
}

for (const kind of kinds.length > 0 ? kinds : ['nodes', 'w3m']) {
  const pages = fs.readFileSync(path.join(dev, 'inputs-' + kind + '.jsonl'), 'utf8').split('\n').filter(Boolean).map((d) => JSON.parse(d))
  let words = 0
  let found = 0
  const below = []
  for (const page of pages) {
    if (only && !page.id.startsWith(only)) continue
    const first = cleanup(page.text)
    const again = cleanup(first.body, {trace: true})
    const share = kept(first.body, (again.title ? again.title + '\n\n' : '') + again.body)
    const count = (first.body.match(word) || []).length
    words += count
    found += share * count
    if (share >= 0.99 && !all && !only) continue
    below.push(page.id.slice(0, 4) + ' ' + (share * 100).toFixed(1) + '%')
    console.log('=== ' + kind + ' ' + page.id.slice(0, 12) + ' ' + (share * 100).toFixed(1) + '% of ' + count + ' words')
    let last
    for (const s of again.trace.spans) {
      if (s.fate === 'body' || s.fate === 'title') {
        last = undefined
        if (s.stripped) for (const d of s.stripped) console.log('  strip ' + d.rule + ': ' + JSON.stringify(d.text.slice(0, 80)))
        continue
      }
      const label = s.fate + ' ' + (s.rule || '')
      const text = JSON.stringify(s.text.slice(0, 100))
      console.log((label === last ? '    ' : '  ' + label + ': ') + text)
      last = label
    }
  }
  console.log('## ' + kind + ': all pages ' + ((found / words) * 100).toFixed(2) + '%; below 99%: ' + below.join(', '))
}
