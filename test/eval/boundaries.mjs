// `node test/eval/boundaries.mjs [--styles nodes,w3m] [--out .eval/boundaries.jsonl]`:
// label every block boundary the pipeline leaves or makes (needs `npm run
// build` and `../shared`) with what the gold body does there, to weigh a
// candidate rule by how often it is right. One JSON line per boundary:
// `{style, id, left, right, gap, leftKind, rightKind, leftFate, rightFate,
// leftRule, rightRule, joined, gold}` where `joined` is how the pipeline
// joined it (`apart`, `newline`, or a join kind) and `gold` is `join`
// (the gold has the two texts in one line), `line` (one line break),
// `para` (a paragraph break) or `?` (not found).
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {dev, root} from '../paths.mjs'
import {option as optionOf, readJsonl} from '../script.mjs'

const {createProcessor} = await import(path.join(root, 'dist/index.js'))

const args = process.argv.slice(2)
const option = (name, fallback) => optionOf(args, name, fallback)
const styles = option('styles', 'nodes,w3m').split(',')
const out = option('out', path.join(root, '.eval/boundaries.jsonl'))

const squash = (text) => text.replace(/\s+/g, '')
const gold = new Map(readJsonl(path.join(dev, 'gold.jsonl')).map((r) => [r.id, r.body]))
const goldText = new Map()
for (const [id, body] of gold) {
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  goldText.set(id, paragraphs.map((p) => p.split('\n').map(squash).join('↵')).join('¶'))
}

const SIDE = 40
function label(g, left, right) {
  const s = squash(left).slice(-SIDE)
  const t = squash(right).slice(0, SIDE)
  if (!s || !t) return '?'
  if (g.includes(s + t)) return 'join'
  if (g.includes(s + '↵' + t)) return 'line'
  if (g.includes(s + '¶' + t)) return 'para'
  return '?'
}

const lines = []
for (const style of styles) {
  const processor = createProcessor()
  for (const record of readJsonl(path.join(dev, 'inputs-' + style + '.jsonl'))) {
    const g = goldText.get(record.id)
    if (g === undefined) continue
    const input = record.text
    const file = new VFile({value: input})
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    const blocks = tree.children
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      const data = block.data
      // Joins made inside the block.
      for (const join of data.joins || []) {
        const left = input.slice(Math.max(0, join.from - 120), join.from)
        const right = input.slice(join.to, join.to + 120)
        lines.push({
          style,
          id: record.id.slice(0, 8),
          left: left.replace(/\s+/g, ' ').slice(-80),
          right: right.replace(/\s+/g, ' ').slice(0, 80),
          gap: (input.slice(join.from, join.to).match(/\n/g) || []).length,
          ...lineContext(input, join.from, join.to),
          fate: data.fate || 'body',
          rule: data.rule,
          joined: join.kind,
          gold: label(g, left, right)
        })
      }
      if (i === 0) continue
      const previous = blocks[i - 1]
      lines.push({
        style,
        id: record.id.slice(0, 8),
        left: previous.value.replace(/\s+/g, ' ').slice(-80),
        right: block.value.replace(/\s+/g, ' ').slice(0, 80),
        leftFull: previous.value.length <= 300 ? previous.value : undefined,
        rightFull: block.value.length <= 300 ? block.value : undefined,
        gap: data.blankBefore,
        leftKind: previous.data.kind,
        rightKind: data.kind,
        leftFate: previous.data.fate || 'body',
        rightFate: data.fate || 'body',
        leftRule: previous.data.rule,
        rightRule: data.rule,
        joined: data.lineBreak ? 'newline' : 'apart',
        gold: label(g, previous.value, block.value)
      })
    }
  }
}
fs.mkdirSync(path.dirname(out), {recursive: true})
fs.writeFileSync(out, lines.map((d) => JSON.stringify(d)).join('\n') + '\n')
const tally = new Map()
for (const line of lines) {
  const key = `${line.style} ${line.joined === 'apart' || line.joined === 'newline' ? line.joined : 'joined'} gold:${line.gold}`
  tally.set(key, (tally.get(key) || 0) + 1)
}
for (const [key, n] of [...tally].sort()) console.log(String(n).padStart(6), key)
console.log('wrote ' + out)

// The input line that ends at `from`, the non-blank line before it, the line that starts at `to`.
function lineContext(input, from, to) {
  const lineStart = input.lastIndexOf('\n', from - 1) + 1
  const leftLine = input.slice(lineStart, from).trim()
  let end = lineStart - 1
  while (end > 0 && /\s/.test(input.charAt(end - 1))) end--
  const prevStart = input.lastIndexOf('\n', end - 1) + 1
  const prevLine = end > 0 ? input.slice(prevStart, end).trim() : ''
  let rightEnd = input.indexOf('\n', to)
  if (rightEnd < 0) rightEnd = input.length
  return {leftLine: leftLine.slice(-200), prevLine: prevLine.slice(-80), rightLine: input.slice(to, rightEnd).trim().slice(0, 200)}
}
