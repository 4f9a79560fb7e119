// A/B of two builds in one process, for speed work on a shared machine:
// interleaved passes over the dev dumps (or the HTML pages with --html),
// CPU time per pass (process.cpuUsage), median and min of each, and B/A.
// With --per-page, A and B take turns on every page (ABBA) instead of on
// every pass: the load of other processes then weighs on both alike (on a
// shared VM, B/A of a build against itself stays within about ±2%, against
// ±5% or more per pass).
//
//   node test/bench/ab.mjs <a/index.js> <b/index.js> [--rounds N] [--html] [--per-page]
//
// Not part of `npm test`. Copy a build aside first (`cp -r dist .bench/dist-a`).
import fs from 'node:fs'
import path from 'node:path'
import {dev} from '../paths.mjs'

const args = process.argv.slice(2)
const files = args.filter((d) => !d.startsWith('--') && !/^\d+$/.test(d))
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 12
const html = args.includes('--html')
const turnPerPage = args.includes('--per-page')
const [a, b] = await Promise.all(files.slice(0, 2).map((d) => import(path.resolve(d))))
const read = (name) => fs.readFileSync(path.join(dev, name), 'utf8').split('\n').filter((d) => d.trim()).map((d) => JSON.parse(d))
const pages = html ? read('inputs-html.jsonl').map((d) => d.html) : ['nodes', 'w3m'].flatMap((s) => read(`inputs-${s}.jsonl`).map((d) => d.text))
const pass = (lib) => {
  const run = html ? lib.cleanupHtml : lib.cleanup
  const t0 = process.cpuUsage()
  for (const page of pages) run(page)
  const t = process.cpuUsage(t0)
  return (t.user + t.system) / 1000
}
for (let i = 0; i < 4; i++) {
  pass(a)
  pass(b)
}
if (turnPerPage) {
  const time = (lib, page) => {
    const t0 = process.cpuUsage()
    ;(html ? lib.cleanupHtml : lib.cleanup)(page)
    const t = process.cpuUsage(t0)
    return t.user + t.system
  }
  const ratios = []
  let totalA = 0
  let totalB = 0
  for (let r = 0; r < rounds; r++) {
    let roundA = 0
    let roundB = 0
    pages.forEach((page, i) => {
      if ((i + r) % 2) {
        roundA += time(a, page)
        roundB += time(b, page)
      } else {
        roundB += time(b, page)
        roundA += time(a, page)
      }
    })
    totalA += roundA
    totalB += roundB
    ratios.push(roundB / roundA)
  }
  ratios.sort((x, y) => x - y)
  const ms = (total) => (total / 1000 / rounds / pages.length).toFixed(3)
  console.log(`${pages.length} pages × ${rounds} rounds, per page: A ${ms(totalA)} ms, B ${ms(totalB)} ms CPU`)
  console.log(`B/A: total ${(totalB / totalA).toFixed(3)}, median of rounds ${ratios[Math.floor(rounds / 2)].toFixed(3)} [${ratios[0].toFixed(3)}–${ratios[rounds - 1].toFixed(3)}]`)
  process.exit(0)
}
const times = {a: [], b: []}
for (let i = 0; i < rounds; i++) {
  // ABBA order: neither side always goes first.
  if (i % 2 === 0) {
    times.a.push(pass(a))
    times.b.push(pass(b))
  } else {
    times.b.push(pass(b))
    times.a.push(pass(a))
  }
}
const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]
const min = (list) => Math.min(...list)
const perPage = (ms) => (ms / pages.length).toFixed(3)
console.log(`${pages.length} pages × ${rounds} rounds, ms/page CPU: A median ${perPage(median(times.a))} min ${perPage(min(times.a))}; B median ${perPage(median(times.b))} min ${perPage(min(times.b))}`)
console.log(`B/A: median ${(median(times.b) / median(times.a)).toFixed(3)}, min ${(min(times.b) / min(times.a)).toFixed(3)}; pairwise median ${median(times.b.map((d, i) => d / times.a[i])).toFixed(3)}`)
