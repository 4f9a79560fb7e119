// `node test/eval/languages.mjs [--dir .eval] [--all]`: body scores per
// language and per non-English page, from the predictions that `npm run eval`
// wrote (`.eval/pred-nodes.jsonl`, `.eval/pred-w3m.jsonl`), scored with the
// corpus scorer in `../shared` (read at run time only). A page's language is
// detected from its gold body by the built library (`npm run build` first).
// `--all` lists English pages too.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {dev, root, score} from '../paths.mjs'

const args = process.argv.slice(2)
const dirIndex = args.indexOf('--dir')
const dir = path.resolve(root, dirIndex >= 0 ? args[dirIndex + 1] : '.eval')
const all = args.includes('--all')
const styles = ['nodes', 'w3m'].filter((d) => fs.existsSync(path.join(dir, 'pred-' + d + '.jsonl')))

if (!fs.existsSync(score) || styles.length === 0) {
  console.error('needs ' + score + ' and ' + dir + '/pred-{nodes,w3m}.jsonl (run `npm run eval` first)')
  process.exit(2)
}
const {cleanup} = await import(path.join(root, 'dist/index.js'))

const gold = fs
  .readFileSync(path.join(dev, 'gold.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((d) => JSON.parse(d))
const language = new Map()
for (const page of gold) {
  const result = cleanup(page.body, {lineBreaks: false, boilerplate: false, sections: false})
  language.set(page.id, result.language || 'und')
}

// style → id → per-page scores
const scores = new Map()
for (const style of styles) {
  const report = JSON.parse(
    execFileSync(process.execPath, [score, '--gold', path.join(dev, 'gold.jsonl'), '--pred', path.join(dir, 'pred-' + style + '.jsonl'), '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  )
  scores.set(style, new Map(report.per_page.map((d) => [d.id, d])))
}

const f = (value) => (typeof value === 'number' ? value.toFixed(3) : '  -  ')
const g = (value) => (typeof value === 'number' ? value.toFixed(2) : '-')
const pad = (value, n) => String(value).padEnd(n)

// Per language: pages, mean page F1 per style.
const languages = [...new Set(language.values())].sort()
console.log(pad('lang', 6) + pad('pages', 7) + styles.map((d) => pad(d + ' F1', 10) + pad('para F1', 9)).join(''))
for (const code of languages) {
  const ids = gold.filter((d) => language.get(d.id) === code).map((d) => d.id)
  let row = pad(code, 6) + pad(ids.length, 7)
  for (const style of styles) {
    const pages = ids.map((id) => scores.get(style).get(id))
    const mean = (get) => pages.reduce((sum, d) => sum + (get(d) ?? 0), 0) / pages.length
    row += pad(f(mean((d) => d.shingle.f1)), 10) + pad(f(mean((d) => d.paragraph.f1)), 9)
  }
  console.log(row)
}

// Per page (non-English unless --all): F1, precision, recall per style.
console.log('\n' + pad('page', 10) + pad('lang', 6) + styles.map((d) => pad(d + ' F1/P/R', 21) + pad('para', 7)).join(''))
for (const page of gold) {
  const code = language.get(page.id)
  if (code === 'en' && !all) continue
  let row = pad(page.id.slice(0, 8), 10) + pad(code, 6)
  for (const style of styles) {
    const d = scores.get(style).get(page.id)
    row += pad(`${f(d.shingle.f1)}/${g(d.shingle.precision)}/${g(d.shingle.recall)}`, 21) + pad(f(d.paragraph.f1), 7)
  }
  console.log(row)
}
