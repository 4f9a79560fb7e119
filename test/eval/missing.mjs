// `node test/eval/missing.mjs [--styles nodes,w3m] [--show N] [--class NAME] [--id PREFIX] [--extra]`:
// classify every gold paragraph that the full pipeline does not reproduce
// (needs `npm run build` and `../shared`). Runs the default preset in-process
// and finds the gold paragraph's text among the final blocks (white space
// ignored):
// - `removed:<rule> in|out`: one block holds exactly the paragraph, but its
//   fate is not body (`in` when body blocks lie on both sides of it);
// - `title`, `tag`, `related`: moved to another field;
// - `merged`: a body block equal to it went into a longer output paragraph (a
//   line break or a list);
// - `joined:<fate>`: inside a longer block (wrongly joined to a neighbour);
// - `split:kept|removed|mixed`: cut over several blocks (their fates);
// - `spacing`: one block, same characters, other spaces;
// - `absent`: text not found in the blocks (normalization, image alt text).
// With `--extra`, also lists predicted paragraphs that match no gold one.
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {dev, root} from '../paths.mjs'
import {option as optionOf, readJsonl} from '../script.mjs'

const {createProcessor, createHtmlProcessor} = await import(path.join(root, 'dist/index.js'))

const args = process.argv.slice(2)
const option = (name, fallback) => optionOf(args, name, fallback)
const styles = option('styles', 'nodes,w3m').split(',')
const show = Number(option('show', '0'))
const only = option('id', '')
const onlyClass = option('class', '')
const extra = args.includes('--extra')

const norm = (text) => text.replace(/\s+/g, ' ').trim()
const squash = (text) => text.replace(/\s+/g, '')
const gold = new Map(readJsonl(path.join(dev, 'gold.jsonl')).map((r) => [r.id, r.body]))

for (const style of styles) {
  const processor = style === 'html' ? createHtmlProcessor() : createProcessor()
  // The dumps in `../shared`, or a held-out rendering `npm run eval` wrote to `.eval/`.
  const shared = path.join(dev, 'inputs-' + style + '.jsonl')
  const inputs = readJsonl(fs.existsSync(shared) ? shared : path.join(root, '.eval', 'inputs-' + style + '.jsonl'))
  const classes = new Map()
  // Per class, the page recall it costs (summed over pages, divided by the page count at the end).
  const weights = new Map()
  let pages = 0
  const examples = new Map()
  let total = 0
  let missing = 0
  let extras = 0
  const extraExamples = []
  for (const record of inputs) {
    if (only && !record.id.startsWith(only)) continue
    const body = gold.get(record.id)
    if (body === undefined) continue
    const goldParagraphs = body.split(/\n[ \t]*\n/).map(norm).filter(Boolean)
    pages++
    const file = new VFile({value: record.text ?? record.html})
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    const result = processor.stringify(tree, file)
    const predicted = result.paragraphs.map(norm)
    const counts = new Map()
    for (const p of predicted) counts.set(p, (counts.get(p) || 0) + 1)
    const goldCounts = new Map()
    for (const g of goldParagraphs) goldCounts.set(g, (goldCounts.get(g) || 0) + 1)
    if (extra) {
      for (const p of predicted) {
        const n = goldCounts.get(p) || 0
        if (n > 0) goldCounts.set(p, n - 1)
        else {
          extras++
          if (extraExamples.length < show * 4) extraExamples.push(record.id.slice(0, 6) + ' ' + JSON.stringify(p.slice(0, 160)))
        }
      }
    }
    const blocks = tree.children
    const fates = blocks.map((d) => d.data.fate || 'body')
    // Offsets of each block in the squashed concatenation.
    let all = ''
    const starts = []
    for (const block of blocks) {
      starts.push(all.length)
      all += squash(block.value)
    }
    starts.push(all.length)
    const blockAt = (offset) => {
      let lo = 0
      let hi = blocks.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= offset) lo = mid
        else hi = mid - 1
      }
      return lo
    }
    const firstBody = fates.indexOf('body')
    const lastBody = fates.lastIndexOf('body')
    total += goldParagraphs.length
    for (const g of goldParagraphs) {
      const n = counts.get(g) || 0
      if (n > 0) {
        counts.set(g, n - 1)
        continue
      }
      missing++
      const s = squash(g)
      let at = all.indexOf(s)
      let kind
      let detail = ''
      if (at < 0 || s.length === 0) kind = 'absent'
      else {
        // Prefer an occurrence that starts a block.
        let probe = at
        while (probe >= 0) {
          const i = blockAt(probe)
          if (starts[i] === probe) {
            at = probe
            break
          }
          probe = all.indexOf(s, probe + 1)
        }
        const a = blockAt(at)
        const b = blockAt(at + s.length - 1)
        if (a === b) {
          const block = blocks[a]
          if (starts[a] === at && starts[a + 1] === at + s.length) {
            const fate = fates[a]
            if (norm(block.value) !== g) {
              kind = 'spacing'
              // Where the spaces differ: the gold and the block from the first difference.
              const b = norm(block.value)
              let i = 0
              while (i < g.length && g[i] === b[i]) i++
              detail = `gold «${g.slice(Math.max(0, i - 30), i + 30)}» ‖ block «${b.slice(Math.max(0, i - 30), i + 30)}»`
            }
            else if (fate === 'removed') {
              const inside = a > firstBody && a < lastBody
              kind = 'removed:' + (block.data.rule || '?') + (inside ? ' in' : ' out')
            } else if (fate === 'body') kind = 'merged'
            else kind = fate
            if (kind !== 'spacing') detail = block.data.kind + (block.data.lineBreak ? ' lineBreak' : '')
          } else kind = 'joined:' + fates[a]
          detail ||= norm(block.value).slice(0, 300)
        } else {
          const set = new Set(fates.slice(a, b + 1).map((d) => (d === 'body' ? 'kept' : 'removed')))
          kind = 'split:' + (set.size > 1 ? 'mixed' : [...set][0])
          // Each cut inside the paragraph: the end of the piece before it and the start of the one after.
          const cuts = []
          for (let i = a; i < b; i++) {
            const left = norm(blocks[i].value)
            const right = norm(blocks[i + 1].value)
            cuts.push(`${fates[i]}${blocks[i].data.rule ? ':' + blocks[i].data.rule : ''} «${left.slice(-50)}» ‖ ${fates[i + 1]}${blocks[i + 1].data.rule ? ':' + blocks[i + 1].data.rule : ''} «${right.slice(0, 50)}» gap ${blocks[i + 1].data.blankBefore}`)
          }
          detail = cuts.join('\n      ')
        }
      }
      classes.set(kind, (classes.get(kind) || 0) + 1)
      weights.set(kind, (weights.get(kind) || 0) + 1 / goldParagraphs.length)
      if (!examples.has(kind)) examples.set(kind, [])
      examples.get(kind).push(`${record.id.slice(0, 6)} ${JSON.stringify(g.slice(0, 200))}${detail ? '\n      ' + detail : ''}`)
    }
  }
  console.log(`\n=== ${style}: ${missing} of ${total} gold paragraphs missing${extra ? `, ${extras} extra predicted` : ''} ===`)
  console.log('count  recall  class')
  for (const [kind, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), (weights.get(kind) / pages).toFixed(4), kind)
  if (show) {
    for (const [kind, list] of examples) {
      if (onlyClass && !kind.startsWith(onlyClass)) continue
      console.log('\n--- ' + kind)
      for (const example of list.slice(0, show)) console.log('  ' + example)
    }
    if (extra) {
      console.log('\n--- extra predicted paragraphs')
      for (const example of extraExamples) console.log('  ' + example)
    }
  }
}
