// Byte-identity check for speed work: run the preset (text and HTML, with
// `trace`, messages included) over every dev input and the held-out
// renderings, and save or compare one digest per page.
//
//   node test/bench/snapshot.mjs save [file]      (default .bench/snapshot.json)
//   node test/bench/snapshot.mjs compare [file]   (exit 1 and list pages that differ)
//
// Needs a build (`npm run build`) and the corpus in `../shared`. Not part of
// `npm test`.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {dev, root} from '../paths.mjs'
import {renderings} from '../eval/renderings.mjs'
import {readJsonl} from '../script.mjs'

const [mode = 'compare', file = path.join(root, '.bench/snapshot.json')] = process.argv.slice(2)
const {cleanup, cleanupHtml} = await import(path.join(root, 'dist/index.js'))

const readDev = (name) => readJsonl(path.join(dev, name))

const nodes = readDev('inputs-nodes.jsonl')
const w3m = readDev('inputs-w3m.jsonl')
const html = readDev('inputs-html.jsonl')

/** One page's outcome as a stable string: the result, its trace, the messages. */
function describe(result) {
  const {messages, ...rest} = result
  return JSON.stringify(rest) + '\n' + messages.map((d) => `${String(d)} [${d.ruleId}] ${d.source}`).join('\n')
}

const digest = (text) => crypto.createHash('sha1').update(text).digest('hex')
const digests = {}
const keep = {}
const add = (key, make) => {
  let text
  try {
    text = describe(make())
  } catch (error) {
    text = 'THROWS ' + String(error?.message || error)
  }
  digests[key] = digest(text)
  keep[key] = text
}

for (const [name, rows] of [['nodes', nodes], ['w3m', w3m]]) {
  for (const row of rows) add(name + ':' + row.id, () => cleanup(row.text, {trace: true}))
}
for (const row of html) add('html:' + row.id, () => cleanupHtml(row.html, {url: row.url, trace: true}))
for (const [name, rows] of renderings({nodes, html})) {
  for (const row of rows) add(name + ':' + row.id, () => cleanup(row.text, {trace: true}))
}
// The default options (no trace) go through the cached default processor.
for (const row of nodes) add('default-nodes:' + row.id, () => cleanup(row.text))
for (const row of html) add('default-html:' + row.id, () => cleanupHtml(row.html))

if (mode === 'save') {
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, JSON.stringify(digests, null, 1))
  fs.writeFileSync(file + '.full.json', JSON.stringify(keep))
  console.log(`saved ${Object.keys(digests).length} digests to ${file}`)
} else {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'))
  const full = fs.existsSync(file + '.full.json') ? JSON.parse(fs.readFileSync(file + '.full.json', 'utf8')) : {}
  const differ = Object.keys({...saved, ...digests}).filter((key) => saved[key] !== digests[key])
  if (differ.length === 0) {
    console.log(`identical: ${Object.keys(digests).length} pages`)
  } else {
    console.log(`${differ.length} of ${Object.keys(digests).length} pages differ: ${differ.slice(0, 20).join(', ')}`)
    const first = differ[0]
    if (full[first] && keep[first]) {
      const a = full[first]
      const b = keep[first]
      let i = 0
      while (i < a.length && a[i] === b[i]) i++
      console.log(`first difference in ${first} at ${i}:\n  saved: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 120))}\n  now:   ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 120))}`)
    }
    process.exitCode = 1
  }
}
