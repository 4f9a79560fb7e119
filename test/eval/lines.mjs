// `node test/eval/lines.mjs [--styles nodes,w3m] [--show N] [--id PREFIX]`:
// measure line-break repair alone, independent of boilerplate removal. Runs
// the pipeline with `boilerplate: false, sections: false` over the dev corpus
// (needs `npm run build` and `../shared`) and reports, per style:
// - recall: share of gold paragraphs (whitespace-normalised) equal to an
//   output paragraph, averaged over pages;
// - over-joined: gold paragraphs found only inside a longer output paragraph;
// - split: gold paragraphs whose text is present but cut into pieces.
// `--show N` prints N examples of each failure.
import path from 'node:path'
import {dev, root} from '../paths.mjs'
import {option as optionOf, readJsonl} from '../script.mjs'

const {cleanup, cleanupHtml} = await import(path.join(root, 'dist/index.js'))

const args = process.argv.slice(2)
const option = (name, fallback) => optionOf(args, name, fallback)
const styles = option('styles', 'nodes,w3m').split(',')
const show = Number(option('show', '0'))
const only = option('id', '')

const norm = (text) => text.replace(/\s+/g, ' ').trim()
const gold = new Map(readJsonl(path.join(dev, 'gold.jsonl')).map((r) => [r.id, r.body]))

for (const style of styles) {
  const inputs = readJsonl(path.join(dev, 'inputs-' + style + '.jsonl'))
  let recallSum = 0
  let pages = 0
  let total = 0
  let hit = 0
  let over = 0
  let split = 0
  let bytes = 0
  let ms = 0
  const examples = {over: [], split: [], other: []}
  for (const record of inputs) {
    if (only && !record.id.startsWith(only)) continue
    const body = gold.get(record.id)
    if (body === undefined) continue
    const goldParagraphs = body.split(/\n[ \t]*\n/).map(norm).filter(Boolean)
    if (goldParagraphs.length === 0) continue
    const started = performance.now()
    const options = {boilerplate: false, sections: false}
    const result = record.html === undefined ? cleanup(record.text, options) : cleanupHtml(record.html, options)
    ms += performance.now() - started
    bytes += Buffer.byteLength(record.text ?? record.html)
    const predicted = result.paragraphs.map(norm)
    const counts = new Map()
    for (const p of predicted) counts.set(p, (counts.get(p) || 0) + 1)
    const joinedOut = predicted.join('\n')
    let pageHit = 0
    for (const g of goldParagraphs) {
      const n = counts.get(g) || 0
      if (n > 0) {
        counts.set(g, n - 1)
        pageHit++
        continue
      }
      if (predicted.some((p) => p.includes(g))) {
        over++
        if (examples.over.length < show) examples.over.push({id: record.id.slice(0, 8), gold: g, pred: predicted.find((p) => p.includes(g))})
      } else if (joinedOut.replace(/\n/g, ' ').includes(g) || piecesPresent(g, predicted)) {
        split++
        if (examples.split.length < show) examples.split.push({id: record.id.slice(0, 8), gold: g, pieces: pieces(g, predicted)})
      } else if (examples.other.length < show) examples.other.push({id: record.id.slice(0, 8), gold: g})
    }
    total += goldParagraphs.length
    hit += pageHit
    recallSum += pageHit / goldParagraphs.length
    pages++
  }
  console.log(
    `${style}: pages ${pages}, block recall ${(recallSum / pages).toFixed(3)} (micro ${(hit / total).toFixed(3)}, ${hit}/${total}), over-joined ${over}, split ${split}, other ${total - hit - over - split}; ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`
  )
  if (show) {
    for (const [kind, list] of Object.entries(examples)) {
      for (const example of list) console.log(kind.toUpperCase(), JSON.stringify(example, null, 1).slice(0, 1500))
    }
  }
}

// Output paragraphs that overlap the gold paragraph (start or end inside it).
function pieces(g, predicted) {
  return predicted.filter((p) => p.length > 2 && g.includes(p)).slice(0, 6)
}
function piecesPresent(g, predicted) {
  const list = pieces(g, predicted)
  return list.reduce((n, p) => n + p.length, 0) > g.length * 0.5
}
