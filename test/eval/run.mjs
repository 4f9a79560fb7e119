// `npm run eval`: run the batch CLI over the dev corpus in `../shared` and
// print the scores (body shingle F1, paragraph F1, tags, related) and the
// seed case, and how many fixes `normalizeText` made of each kind. Not part
// of `npm test`.
//
//   node test/eval/run.mjs [--styles nodes,w3m,html] [--worst N] [--json]
//                          [--options '{"normalize":false}'] [--no-renderings]
//
// After the dumps in `../shared` it scores held-out renderings of the same
// pages (`renderings.mjs`: one-newline and CRLF dumps, innerText-style text,
// a 72-column wrap, Markdown, lynx, textContent…), made at run time, and the
// pages rendered by the real tools installed on the machine (`tools.mjs`:
// lynx, elinks, links, w3m, html2text, Pandoc, BeautifulSoup): a check that
// rules carry over to scrapers we were not tuned on.
//
// With `--options`, predictions come from the built library (`dist/index.js`)
// called in-process with those `cleanup()` options instead of the batch CLI:
// handy to measure a step by turning it off.
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {cli, dev, root, score, shared} from '../paths.mjs'
import {renderings} from './renderings.mjs'
import {toolRenderings} from './tools.mjs'
import {titleReferences, titleScore} from './titles.mjs'
import {option as optionOf, readJsonl} from '../script.mjs'

const out = path.join(root, '.eval')

const args = process.argv.slice(2)
const option = (name, fallback) => optionOf(args, name, fallback)
const styles = option('styles', 'nodes,w3m,html').split(',')
const worst = option('worst', '10')
const cleanupOptions = option('options', undefined) === undefined ? undefined : JSON.parse(option('options'))
const library = await import(path.join(root, 'dist/index.js'))

if (!fs.existsSync(dev) || !fs.existsSync(score)) {
  console.error('npm run eval needs the corpus at ' + shared + ' (set UNSCRAPE_SHARED to move it)')
  process.exit(2)
}
fs.mkdirSync(out, {recursive: true})
// The titles the dev pages give themselves (og:title, <h1>, <title>), for the title line and column.
const titles = titleReferences(readJsonl(path.join(dev, 'inputs-html.jsonl')))
const titleText = (file) => {
  const got = titleScore(file, titles)
  return `${got.matched}/${got.pages}`
}

for (const style of styles) {
  const input = path.join(dev, 'inputs-' + style + '.jsonl')
  if (!fs.existsSync(input)) continue
  const pred = path.join(out, 'pred-' + style + '.jsonl')
  const started = process.hrtime.bigint()
  let how
  if (cleanupOptions) {
    predictInProcess(input, pred, cleanupOptions)
    how = 'in-process, options ' + JSON.stringify(cleanupOptions)
  } else {
    const batch = spawnSync(process.execPath, [cli, 'batch', input, '-o', pred], {stdio: ['ignore', 'inherit', 'inherit']})
    how = 'batch exit ' + batch.status
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  console.log(`\n=== ${style} (${(ms / 1000).toFixed(1)} s, ${how}) ===`)
  const report = execFileSync(
    process.execPath,
    [score, '--gold', path.join(dev, 'gold.jsonl'), '--pred', pred, '--annotations', path.join(dev, 'annotations.jsonl'), '--worst', worst],
    {encoding: 'utf8'}
  )
  console.log(report.trim())
  const title = titleScore(pred, titles)
  console.log(`title        ${title.matched}/${title.pages} match the page's own (og:title, <h1> or <title>), ${title.none} without a title`)
  printRuleCounts(pred)
  printNormalizeCounts(input)
}

// Held-out renderings: body and paragraph F1 of each (one line per rendering).
if (!args.includes('--no-renderings') && !cleanupOptions) {
  const readDev = (name) => readJsonl(path.join(dev, name))
  const made = renderings({nodes: readDev('inputs-nodes.jsonl'), html: readDev('inputs-html.jsonl')})
  console.log('\n=== held-out renderings (made from the dev pages at run time) ===')
  printRenderings(made)
  // The same pages rendered by the real tools installed here (skipped when none is).
  const real = await toolRenderings(readDev('inputs-html.jsonl'), path.join(out, 'tools'))
  if (real.length > 0) {
    console.log('\n=== real tools (the dev pages rendered by the programs installed here, test/eval/tools.mjs) ===')
    printRenderings(real.map(([name, records]) => ['tool-' + name, records]))
  }
}

// Score renderings: one line each, body and paragraph F1, tags and related F1, and the raw text's body F1.
function printRenderings(made) {
  console.log('rendering             body F1  paragraph F1  tags F1  related F1  title  (raw text: body F1)')
  for (const [name, records] of made) {
    const input = path.join(out, 'inputs-' + name + '.jsonl')
    const pred = path.join(out, 'pred-' + name + '.jsonl')
    const raw = path.join(out, 'raw-' + name + '.jsonl')
    fs.writeFileSync(input, records.map((d) => JSON.stringify(d)).join('\n') + '\n')
    fs.writeFileSync(raw, records.map((d) => JSON.stringify({id: d.id, body: d.text})).join('\n') + '\n')
    spawnSync(process.execPath, [cli, 'batch', input, '-o', pred], {stdio: ['ignore', 'inherit', 'inherit']})
    const scores = (file) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [score, '--gold', path.join(dev, 'gold.jsonl'), '--pred', file, '--annotations', path.join(dev, 'annotations.jsonl'), '--json'],
          {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}
        )
      )
    const got = scores(pred)
    const before = scores(raw)
    const f1 = (value, width) => (value === null || value === undefined ? '-' : value.toFixed(3)).padStart(width)
    console.log(
      name.padEnd(22) +
        f1(got.shingle.f1, 7) +
        f1(got.paragraph.f1, 14) +
        f1(got.tags.f1, 9) +
        f1(got.related.f1, 12) +
        titleText(pred).padStart(7) +
        '  (' +
        before.shingle.f1.toFixed(3) +
        ')'
    )
  }
}

// The seed case.
const seedDir = path.join(shared, 'corpus/seed')
if (fs.existsSync(seedDir)) {
  const seedIn = path.join(out, 'seed-in.jsonl')
  const seedOut = path.join(out, 'pred-seed.jsonl')
  fs.writeFileSync(seedIn, JSON.stringify({id: 'seed', text: fs.readFileSync(path.join(seedDir, 'input.txt'), 'utf8')}) + '\n')
  spawnSync(process.execPath, [cli, 'batch', seedIn, '-o', seedOut], {stdio: 'inherit'})
  console.log('\n=== seed ===')
  console.log(execFileSync(process.execPath, [score, '--seed', seedDir, '--pred', seedOut], {encoding: 'utf8'}).trim())
}

// How many blocks each rule removed, over all pages of a style.
function printRuleCounts(pred) {
  const counts = new Map()
  for (const line of fs.readFileSync(pred, 'utf8').split('\n')) {
    if (!line) continue
    const record = JSON.parse(line)
    for (const entry of record.removed || []) counts.set(entry.rule, (counts.get(entry.rule) || 0) + 1)
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1])
  if (rows.length) console.log('removed entries by rule: ' + rows.map(([rule, n]) => rule + ' ' + n).join(', '))
}

// Predictions from the library, in-process, with `cleanup()` options.
function predictInProcess(input, pred, options) {
  const lines = []
  for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line)
    try {
      const result =
        typeof record.html === 'string'
          ? library.cleanupHtml(record.html, {...options, url: record.url})
          : library.cleanup(record.text, options)
      const {messages: _messages, ...rest} = result
      lines.push(JSON.stringify({id: record.id, ...rest}))
    } catch (error) {
      lines.push(JSON.stringify({id: record.id, error: String(error)}))
    }
  }
  fs.writeFileSync(pred, lines.join('\n') + '\n')
}

// How many fixes of each kind `normalizeText` made over all pages of a
// style (its messages read "Repaired 3 mojibake sequences in 2 blocks").
// Only the normalization runs: the later steps are turned off.
function printNormalizeCounts(input) {
  if (cleanupOptions && cleanupOptions.normalize === false) return
  const normalize = cleanupOptions?.normalize || {}
  const options = {normalize, lineBreaks: false, boilerplate: false, sections: false}
  const rules = ['strip-markup', 'decode-entities', 'fix-mojibake', 'remove-invisible', 'fold-spaces', 'normalize-unicode', 'strip-placeholder']
  const fixes = new Map(rules.map((d) => [d, 0]))
  const pages = new Map(rules.map((d) => [d, 0]))
  for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line)
    let result
    try {
      result = typeof record.html === 'string' ? library.cleanupHtml(record.html, options) : library.cleanup(record.text, options)
    } catch {
      continue
    }
    for (const message of result.messages) {
      if (!fixes.has(message.ruleId)) continue
      fixes.set(message.ruleId, fixes.get(message.ruleId) + Number(/\d+/.exec(message.reason)?.[0] || 1))
      pages.set(message.ruleId, pages.get(message.ruleId) + 1)
    }
  }
  console.log('normalize fixes (pages): ' + rules.map((d) => `${d} ${fixes.get(d)} (${pages.get(d)})`).join(', '))
}
