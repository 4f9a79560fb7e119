// `npm run bench`: unscrape against its peers over the dev corpus in
// `../shared`, a scaling series, and the batch CLI on worker threads.
// Not part of `npm test` (speed lives here, never in tests).
//
//   node test/bench/run.mjs [--quick] [--only peers,scale,shapes,batch]
//                           [--sample N] [--batch-lines N] [--rss-lines N] [--batch-rounds N]
//
// How it measures:
// - Every tool runs in its own child process (`tool.mjs`), one after the
//   other, so its peak RSS (`process.resourceUsage().maxRSS`) is its own;
//   "base" is the RSS after loading the inputs, before the first run.
// - Times are CPU time (user + system of that process) per pass over the
//   pages, from tinybench with `process.cpuUsage()` as its clock: the bench
//   machine may be shared, and wall-clock time then measures the neighbours.
//   MB/s = UTF-8 bytes of the tool's input (the dump for text mode, the HTML
//   otherwise) / CPU seconds, MB = 10^6 bytes.
// - Readability.js on jsdom and Defuddle are slow (~0.1–0.3 s a page): they
//   run on an evenly spread sample of pages (`--sample`, default 24), and
//   their ratios compare them with unscrape on the same sample.
// - The HTML ratios compare each peer with unscrape HTML measured right
//   before and right after it, on the same pages (the mean of the two): a
//   shared machine's speed drifts over minutes.
// - Batch rows time the real CLI (`dist/cli.js batch … -o /dev/null`) in
//   wall-clock time (parallel speed-up needs it), and read its CPU time
//   (user + system, all threads) and peak RSS with `/usr/bin/time` when
//   present, else (peak RSS only) by polling VmHWM in /proc/<pid>/status. Workers are threads of that one process, so its peak
//   RSS is the total of the main thread and all workers. A batch run's wall
//   time varies by ±10% from run to run on a shared machine: the 1- and
//   2-worker runs alternate `--batch-rounds` times (default 3) and the
//   speed-up is that of their medians.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cli, dev, root, shared} from '../paths.mjs'
import {option as optionOf} from '../script.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))


const args = process.argv.slice(2)
const option = (name, fallback) => optionOf(args, name, fallback)
const quick = args.includes('--quick')
const only = new Set(option('only', 'peers,scale,shapes,batch').split(','))
const samplePages = Number(option('sample', quick ? 8 : 24))
const batchLines = Number(option('batch-lines', quick ? 1000 : 5000))
const rssLines = Number(option('rss-lines', quick ? 5000 : 50000))
const batchRounds = Math.max(1, Number(option('batch-rounds', quick ? 1 : 3)))

const needed = ['inputs-nodes.jsonl', 'inputs-w3m.jsonl', 'inputs-html.jsonl']
if (!needed.every((name) => fs.existsSync(path.join(dev, name)))) {
  console.error(
    'npm run bench needs the dev corpus (' + needed.join(', ') + ') in ' + dev + '\n' +
      '(put ../shared next to the repository, or set UNSCRAPE_SHARED to its path)'
  )
  process.exit(2)
}
if (!fs.existsSync(path.join(root, 'dist/index.js'))) {
  console.error('npm run bench needs a build: run `npm run build` (npm run bench does it)')
  process.exit(2)
}

const fmt = (value, digits = 1) =>
  value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(value >= 10 ? Math.min(digits, 1) : digits)
const pad = (value, width) => String(value).padStart(width)
const padEnd = (value, width) => String(value).padEnd(width)

/** Run one tool in a child process; returns its JSON line. */
function tool(name, config) {
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'tool.mjs'), name, JSON.stringify({root, dev, ...config})], {
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  if (result.status !== 0) {
    console.error(`bench: ${name} failed:\n${result.stderr}`)
    process.exit(1)
  }
  return JSON.parse(result.stdout.trim().split('\n').pop())
}

const cpu = os.cpus()[0]?.model || 'unknown CPU'
console.log(`unscrape bench — node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} cores (${cpu})`)
console.log(`load average at start: ${os.loadavg().map((d) => d.toFixed(1)).join(' ')} (times are CPU time, see test/bench/run.mjs)`)
if (quick) console.log('--quick: fewer pages and runs, numbers are rough')

if (only.has('peers')) peers()
if (only.has('scale')) scale()
if (only.has('shapes')) shapes()
if (only.has('batch')) await batch()
console.log(`\nload average at end: ${os.loadavg().map((d) => d.toFixed(1)).join(' ')}`)

function peers() {
  const fast = {iterations: quick ? 3 : 10, time: quick ? 500 : 3000, warmupIterations: quick ? 1 : 3}
  const slow = {iterations: quick ? 1 : 2, time: 0, warmupIterations: 1}
  const rows = [
    ['unscrape text (nodes dump)', 'text-nodes', fast],
    ['unscrape text (w3m dump)', 'text-w3m', fast],
    ['unscrape HTML (cleanupHtml)', 'html', fast],
    ['Readability.js + linkedom', 'readability-linkedom', {...fast, iterations: quick ? 1 : 3, time: 0}],
    [`Readability.js + jsdom (${samplePages} pages)`, 'readability-jsdom', {...slow, pages: samplePages}],
    [`Defuddle + linkedom (${samplePages} pages)`, 'defuddle-linkedom', {...slow, pages: samplePages}]
  ]
  const results = new Map()
  // unscrape HTML is measured again right before and after each slow peer,
  // on the same pages, and compared with the mean of the two: the machine's
  // speed drifts over minutes (a shared VM), and bracketing cancels a drift
  // that would otherwise favour whichever ran when the machine was faster.
  const brackets = new Map()
  const bracket = (peer, pages) => {
    const config = pages ? {...fast, pages} : fast
    const list = brackets.get(peer) || []
    list.push(tool('html', config))
    brackets.set(peer, list)
  }
  const bracketMs = (peer) => bracketMsOf(brackets, peer)
  console.log(`\n== Per page, dev corpus (${'93'} pages unless said) ==`)
  console.log(`${padEnd('tool', 40)}${pad('pages', 6)}${pad('ms/page', 10)}${pad('MB/s', 9)}${pad('runs', 6)}${pad('peak RSS MB (base)', 20)}`)
  for (const [label, name, config] of rows) {
    if (name !== 'html' && !name.startsWith('text-')) bracket(name, config.pages)
    const r = tool(name, config)
    if (name !== 'html' && !name.startsWith('text-')) bracket(name, config.pages)
    results.set(name, r)
    const msPage = r.meanMs / r.pages
    const mbs = r.bytes / 1e6 / (r.meanMs / 1000)
    console.log(
      `${padEnd(label, 40)}${pad(r.pages, 6)}${pad(fmt(msPage, 3), 10)}${pad(fmt(mbs), 9)}${pad(r.runs, 6)}${pad(`${r.peakRssMb} (${r.baselineRssMb})`, 20)}`
    )
  }

  // unscrape on the sample the slow peers ran on.
  const sampled = new Map()
  for (const name of ['text-nodes', 'text-w3m', 'html']) sampled.set(name, tool(name, {...fast, pages: samplePages}))

  const ours = [
    ['text nodes', 'text-nodes'],
    ['text w3m', 'text-w3m'],
    ['HTML', 'html']
  ]
  const peersList = [
    ['Readability.js + linkedom', 'readability-linkedom', false],
    ['Readability.js + jsdom', 'readability-jsdom', true],
    ['Defuddle + linkedom', 'defuddle-linkedom', true]
  ]
  console.log(`\n== Speed-up: peer ms/page ÷ unscrape ms/page (same pages) ==`)
  console.log(`${padEnd('peer', 30)}${ours.map(([label]) => pad(label, 13)).join('')}`)
  for (const [label, name, isSampled] of peersList) {
    const peer = results.get(name)
    const peerMs = peer.meanMs / peer.pages
    const cells = ours.map(([, ourName]) => {
      const our = (isSampled ? sampled : results).get(ourName)
      const ourMs = ourName === 'html' ? bracketMs(name) : our.meanMs / our.pages
      return pad(fmt(peerMs / ourMs) + '×', 13)
    })
    console.log(`${padEnd(label + (isSampled ? ' *' : ''), 30)}${cells.join('')}`)
  }
  console.log(`* on the ${samplePages}-page sample; unscrape on it: ` +
    ours.map(([label, name]) => `${label} ${fmt(sampled.get(name).meanMs / sampled.get(name).pages, 3)} ms/page`).join(', '))
  console.log(
    'HTML against each peer: the mean of unscrape HTML measured right before and right after that peer, on its pages (' +
      peersList.map(([label, name]) => `${label}: ${brackets.get(name).map((d) => fmt(d.meanMs / d.pages, 3)).join(' and ')} ms/page`).join('; ') +
      ')'
  )

  const text = ['text-nodes', 'text-w3m'].map((d) => results.get(d))
  const textMbs = text.reduce((s, d) => s + d.bytes, 0) / 1e6 / (text.reduce((s, d) => s + d.meanMs, 0) / 1000)
  const textMs = text.reduce((s, d) => s + d.meanMs, 0) / text.reduce((s, d) => s + d.pages, 0)
  const rl = results.get('readability-linkedom')
  const vsLinkedom = rl.meanMs / rl.pages / textMs
  const rj = results.get('readability-jsdom')
  const htmlVsLinkedom = rl.meanMs / rl.pages / bracketMs('readability-linkedom')
  const htmlVsJsdom = rj.meanMs / rj.pages / bracketMs('readability-jsdom')
  console.log(`\nHTML mode: ${fmt(htmlVsLinkedom)}× faster than Readability.js + linkedom (target ≥ 5×: ${htmlVsLinkedom >= 5 ? 'met' : 'NOT met'}), ` +
    `${fmt(htmlVsJsdom)}× faster than Readability.js + jsdom (target ≥ 40×: ${htmlVsJsdom >= 40 ? 'met' : 'NOT met'})`)
  console.log(`\ntext mode, nodes + w3m dumps: ${fmt(textMbs)} MB/s, ${fmt(textMs, 3)} ms/page (target ≥ 30 MB/s: ${textMbs >= 30 ? 'met' : 'NOT met'}); ` +
    `${fmt(vsLinkedom)}× faster than Readability.js + linkedom (target ≥ 40×: ${vsLinkedom >= 40 ? 'met' : 'NOT met'})`)
}

/** Mean ms/page of unscrape HTML measured around a peer. */
function bracketMsOf(brackets, peer) {
  const list = brackets.get(peer)
  return list.reduce((sum, d) => sum + d.meanMs / d.pages, 0) / list.length
}

function scale() {
  console.log('\n== Scaling: the median-size dump repeated into one document ==')
  console.log(`${padEnd('dump', 8)}${pad('×', 5)}${pad('chars', 12)}${pad('ms', 11)}${pad('ratio to 1×', 13)}${pad('MB/s', 8)}${pad('peak RSS MB', 13)}`)
  for (const style of ['nodes', 'w3m']) {
    let base
    for (const times of quick ? [1, 10, 100] : [1, 10, 100]) {
      const r = tool('scale', {
        style,
        times,
        iterations: times === 100 ? (quick ? 1 : 3) : 10,
        time: times === 100 ? 0 : quick ? 300 : 1000,
        warmupIterations: times === 100 ? 1 : 3
      })
      base ??= r.meanMs
      const ratio = r.meanMs / base
      console.log(
        `${padEnd(style, 8)}${pad(times, 5)}${pad((r.chars * times).toLocaleString('en'), 12)}${pad(fmt(r.meanMs, 2), 11)}` +
          `${pad(fmt(ratio) + '×', 13)}${pad(fmt(r.bytes / 1e6 / (r.meanMs / 1000)), 8)}${pad(r.peakRssMb, 13)}` +
          (times === 100 ? `   (target ≤ 150×: ${ratio <= 150 ? 'met' : 'NOT met'})` : '')
      )
    }
  }
}

// Synthetic inputs that once took time growing with the square or the cube
// of their size (found by fuzzing), or overflowed the stack: each at n and
// 4n units. Linear code takes about 4× as long for 4× the input.
function shapes() {
  console.log('\n== Adversarial shapes: n and 4n units of one synthetic input (linear: ratio near 4×) ==')
  console.log(`${padEnd('shape', 10)}${pad('units', 10)}${pad('chars', 12)}${pad('ms', 11)}${pad('ratio', 9)}`)
  const list = [
    ['markers', 20_000],
    ['ellipses', 40_000],
    ['rows', 4_000],
    ['joins', 50_000],
    ['keywords', 50_000],
    ['targets', 10_000],
    ['comment', 10_000]
  ]
  for (const [shape, units] of list) {
    let base
    for (const times of [units, units * 4]) {
      const r = tool('shape', {shape, times, iterations: quick ? 1 : 3, time: 0, warmupIterations: 1})
      base ??= r.meanMs
      const ratio = r.meanMs / base
      console.log(
        `${padEnd(shape, 10)}${pad(times.toLocaleString('en'), 10)}${pad(r.chars.toLocaleString('en'), 12)}${pad(fmt(r.meanMs, 2), 11)}` +
          `${pad(fmt(ratio) + '×', 9)}` + (times > units ? `   (linear: ${ratio <= 8 ? 'yes' : 'NO'})` : '')
      )
    }
  }
}

async function batch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unscrape-bench-'))
  try {
    const rows = ['nodes', 'w3m'].flatMap((style) =>
      fs.readFileSync(path.join(dev, `inputs-${style}.jsonl`), 'utf8').split('\n').filter((d) => d.trim()).map((d) => JSON.parse(d))
    )
    const small = path.join(dir, 'small.jsonl')
    const few = path.join(dir, 'few.jsonl')
    const big = path.join(dir, 'big.jsonl')
    const smallCount = await repeat(rows, batchLines, small)
    const timer = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : 'polling VmHWM in /proc/<pid>/status'

    console.log(`\n== Batch CLI (wall-clock; peak RSS of the whole process, all worker threads included, by ${timer}) ==`)
    console.log(`input: nodes + w3m dumps repeated to ${smallCount.toLocaleString('en')} lines (${fmt(fs.statSync(small).size / 1e6)} MB)`)
    // Alternating rounds; the median run of each (by wall time) stands for it.
    const ones = []
    const twos = []
    for (let round = 0; round < batchRounds; round++) {
      ones.push(await timeCli(['batch', small, '-o', '/dev/null', '--workers', '1', '--no-progress']))
      twos.push(await timeCli(['batch', small, '-o', '/dev/null', '--workers', '2', '--no-progress']))
    }
    const median = (runs) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]
    const one = median(ones)
    const two = median(twos)
    if (batchRounds > 1) {
      console.log(`${batchRounds} alternating rounds, wall seconds: 1 worker ${ones.map((d) => fmt(d.seconds, 2)).join(', ')}; 2 workers ${twos.map((d) => fmt(d.seconds, 2)).join(', ')} (medians below)`)
    }
    const line = (label, r, count = smallCount) =>
      console.log(
        `${padEnd(label, 14)}${pad(fmt(r.seconds, 2) + ' s', 10)}${pad(fmt(count / r.seconds) + ' pages/s', 18)}` +
          `${pad('CPU ' + (r.cpuSeconds === undefined ? 'n/a' : fmt(r.cpuSeconds, 2) + ' s'), 14)}${pad('peak RSS ' + r.rssMb + ' MB', 20)}  exit ${r.code}`
      )
    line('1 worker', one)
    line('2 workers', two)
    const speedup = one.seconds / two.seconds
    console.log(`2 workers vs 1: ${speedup.toFixed(2)}× faster, medians (target ≥ 1.6×: ${speedup >= 1.6 ? 'met' : 'NOT met'}; needs 2 idle cores)`)
    if (one.cpuSeconds !== undefined && two.cpuSeconds !== undefined) {
      // What two idle cores would give: the 1-worker wall time over half the
      // 2-worker CPU time (each worker compiles and warms up on its own).
      console.log(`CPU: 2 workers use ${fmt(two.cpuSeconds / one.cpuSeconds, 2)}× the CPU time of 1; bound on two idle cores: ${fmt(one.seconds / (two.cpuSeconds / 2), 2)}×`)
    }
    // Each worker compiles and warms up the code on its own (V8 shares no
    // optimized code between threads): the same runs on a fifth of the input
    // tell the warm-up apart from the steady rate.
    const fewCount = await repeat(rows, Math.round(batchLines / 5), few)
    const oneFew = await timeCli(['batch', few, '-o', '/dev/null', '--workers', '1', '--no-progress'])
    const twoFew = await timeCli(['batch', few, '-o', '/dev/null', '--workers', '2', '--no-progress'])
    const rate = (large, small) => (smallCount - fewCount) / (large.seconds - small.seconds)
    console.log(
      `steady rate (lines ${fewCount.toLocaleString('en')} to ${smallCount.toLocaleString('en')}): 1 worker ${fmt(rate(one, oneFew))} pages/s, ` +
        `2 workers ${fmt(rate(two, twoFew))} pages/s: ${fmt(rate(two, twoFew) / rate(one, oneFew), 2)}× (the rest of the time is each worker's warm-up)`
    )

    const bigCount = await repeat(rows, rssLines, big)
    console.log(`\ninput: ${bigCount.toLocaleString('en')} lines (${fmt(fs.statSync(big).size / 1e6)} MB), 2 workers`)
    const large = await timeCli(['batch', big, '-o', '/dev/null', '--workers', '2', '--no-progress'])
    line('2 workers', large, bigCount)
    console.log(`total peak RSS ${large.rssMb} MB with 2 workers on ${bigCount.toLocaleString('en')} lines (target < 300 MB: ${large.rssMb < 300 ? 'met' : 'NOT met'})`)
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

/** Write `rows` repeated (with distinct ids) until at least `count` lines. */
async function repeat(rows, count, file) {
  const out = fs.createWriteStream(file)
  let n = 0
  for (let round = 0; n < count; round++) {
    for (const row of rows) {
      const ok = out.write(JSON.stringify({id: row.id + '#' + round, text: row.text}) + '\n')
      n++
      if (!ok) await new Promise((resolve) => out.once('drain', resolve))
    }
  }
  await new Promise((resolve) => out.end(resolve))
  return n
}

/** Run the CLI; wall-clock seconds, exit code and peak RSS in MB. */
function timeCli(cliArgs) {
  const useTime = fs.existsSync('/usr/bin/time')
  const command = useTime ? '/usr/bin/time' : process.execPath
  const commandArgs = useTime ? ['-f', '%M %U %S', process.execPath, cli, ...cliArgs] : [cli, ...cliArgs]
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, commandArgs, {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    let hwm = 0
    child.stderr.on('data', (d) => (stderr += d))
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))
            if (match) hwm = Math.max(hwm, Number(match[1]))
          } catch {}
        }, 20)
    child.on('error', reject)
    child.on('exit', (code) => {
      if (poll) clearInterval(poll)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      let kb = hwm
      let cpuSeconds
      if (useTime) {
        const [maxRss, user, system] = stderr.trim().split('\n').pop().split(' ').map(Number)
        kb = maxRss
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user + system
        stderr = stderr.trim().split('\n').slice(0, -1).join('\n')
      }
      if (code !== 0 && code !== 1) {
        reject(new Error('batch exited with ' + code + ':\n' + stderr))
        return
      }
      resolve({seconds, cpuSeconds, code, rssMb: kb ? Math.round(kb / 1024) : 'n/a'})
    })
  })
}
