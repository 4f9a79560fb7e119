// One benchmark task, run in its own child process by `run.mjs` so that its
// peak RSS (`process.resourceUsage().maxRSS`) belongs to this tool alone.
//
//   node test/bench/tool.mjs <tool> '<json config>'
//
// Prints one JSON line on stdout: {tool, pages, bytes, meanMs, p50Ms,
// wallMs, runs, baselineRssMb, peakRssMb, ...}. `bytes` is the UTF-8 size of
// what the tool reads (the dump for text mode, the HTML for the others).
//
// Times (`meanMs`, `p50Ms`) are CPU time of this process (user + system,
// `process.cpuUsage()`), not wall-clock time: the bench machine may be shared,
// and CPU time is what a run costs. `wallMs` is the mean wall-clock time.
import fs from 'node:fs'
import path from 'node:path'
import {Bench} from 'tinybench'

const [tool, rawConfig] = process.argv.slice(2)
const config = JSON.parse(rawConfig || '{}')
const dist = path.resolve(config.root, 'dist/index.js')
const dev = config.dev

/** Read a corpus file (one JSON object per line). */
function readJsonl(name) {
  return fs
    .readFileSync(path.join(dev, name), 'utf8')
    .split('\n')
    .filter((d) => d.trim())
    .map((d) => JSON.parse(d))
}

/** Keep every page, or an evenly spread sample of `count` pages (same ids for every tool). */
function sample(rows, count) {
  if (!count || count >= rows.length) return rows
  const step = rows.length / count
  const out = []
  for (let i = 0; i < count; i++) out.push(rows[Math.floor(i * step)])
  return out
}

const mb = (bytes) => Math.round(bytes / 1048576)

async function main() {
  const {cleanup, cleanupHtml} = await import(dist)
  let pages
  let run
  let extra = {}

  switch (tool) {
    case 'text-nodes':
    case 'text-w3m': {
      pages = sample(readJsonl('inputs-' + tool.slice(5) + '.jsonl'), config.pages).map((d) => d.text)
      run = () => {
        for (const text of pages) cleanup(text)
      }
      break
    }
    case 'html': {
      pages = sample(readJsonl('inputs-html.jsonl'), config.pages).map((d) => d.html)
      run = () => {
        for (const html of pages) cleanupHtml(html)
      }
      break
    }
    case 'readability-linkedom': {
      const {Readability} = await import('@mozilla/readability')
      const {parseHTML} = await import('linkedom')
      pages = sample(readJsonl('inputs-html.jsonl'), config.pages).map((d) => d.html)
      run = () => {
        for (const html of pages) new Readability(parseHTML(html).document).parse()
      }
      break
    }
    case 'readability-jsdom': {
      const {Readability} = await import('@mozilla/readability')
      const {JSDOM, VirtualConsole} = await import('jsdom')
      const rows = sample(readJsonl('inputs-html.jsonl'), config.pages)
      pages = rows.map((d) => d.html)
      // Quiet: jsdom reports every CSS rule it cannot parse.
      const virtualConsole = new VirtualConsole()
      run = () => {
        for (const row of rows) {
          const dom = new JSDOM(row.html, {url: row.url, virtualConsole})
          new Readability(dom.window.document).parse()
          dom.window.close()
        }
      }
      break
    }
    case 'defuddle-linkedom': {
      // `defuddle/node` takes any DOM Document; linkedom is the DOM its own
      // string entry point uses, with the same two polyfills.
      const {Defuddle} = await import('defuddle/node')
      const {parseHTML} = await import('linkedom')
      const rows = sample(readJsonl('inputs-html.jsonl'), config.pages)
      pages = rows.map((d) => d.html)
      run = async () => {
        for (const row of rows) {
          const {document} = parseHTML(row.html)
          if (!document.styleSheets) document.styleSheets = []
          if (document.defaultView && !document.defaultView.getComputedStyle) {
            document.defaultView.getComputedStyle = () => ({display: ''})
          }
          await Defuddle(document, row.url)
        }
      }
      break
    }
    case 'scale': {
      // One dump repeated `times` times into one document.
      const rows = readJsonl('inputs-' + config.style + '.jsonl')
      const sizes = rows.map((d) => d.text.length).sort((a, b) => a - b)
      const median = sizes[Math.floor(sizes.length / 2)]
      const one = rows.find((d) => d.text.length === median).text
      const document = Array.from({length: config.times}, () => one).join('\n\n')
      pages = [document]
      extra = {chars: one.length}
      run = () => {
        cleanup(document)
      }
      break
    }
    case 'shape': {
      // A synthetic input that once cost the square or the cube of its size
      // (see `shapes` in run.mjs), `times` units long.
      const document = shapeOf(config.shape, config.times)
      pages = [document]
      extra = {chars: document.length}
      run = () => {
        if (config.shape === 'keywords') cleanupHtml(document)
        else cleanup(document, config.shape === 'joins' ? {trace: true} : undefined)
      }
      break
    }
    default:
      throw new Error('Unknown tool ' + tool)
  }

  const bytes = pages.reduce((sum, d) => sum + Buffer.byteLength(d), 0)
  if (global.gc) global.gc()
  const baseline = process.memoryUsage().rss

  // CPU time in microseconds as tinybench's clock.
  const cpuClock = {
    name: 'cpuUsage',
    fn: () => {
      const usage = process.cpuUsage()
      return usage.user + usage.system
    },
    fromMs: (ms) => ms * 1000,
    toMs: (value) => Number(value) / 1000
  }
  let wall = 0
  let wallRuns = 0
  const task = async () => {
    const started = performance.now()
    await run()
    wall += performance.now() - started
    wallRuns++
  }

  const bench = new Bench({
    timestampProvider: cpuClock,
    time: config.time ?? 2000,
    iterations: config.iterations ?? 5,
    warmupIterations: config.warmupIterations ?? 1,
    warmupTime: 0,
    throws: true
  })
  bench.add(tool, task)
  await bench.run()
  const result = bench.tasks[0].result
  if (result.state !== 'completed') throw new Error(tool + ': ' + (result.error?.stack || result.state))

  const line = {
    tool,
    pages: pages.length,
    bytes,
    meanMs: result.latency.mean,
    p50Ms: result.latency.p50,
    wallMs: wall / wallRuns,
    runs: result.latency.samplesCount ?? result.runs ?? bench.tasks[0].runs,
    baselineRssMb: mb(baseline),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    ...extra
  }
  process.stdout.write(JSON.stringify(line) + '\n')
}

main().catch((error) => {
  process.stderr.write(String(error?.stack || error) + '\n')
  process.exitCode = 1
})

/**
 * The synthetic inputs of the `shape` tool, `times` units long. Each once
 * took time growing faster than its size, or overflowed the stack.
 */
function shapeOf(shape, times) {
  const words = ['the', 'far', 'red', 'cat', 'her', 'fox', 'and', 'hat']
  switch (shape) {
    // A template's marker line repeated: `word` ⏎ `word` ⏎ … (removeScriptText).
    case 'markers':
      return 'word\n'.repeat(times)
    // Prose with an ellipsis every few words and no `...` (removeBoilerplate's excerpt cuts).
    case 'ellipses':
      return 'The crews sailed at dawn… '.repeat(times)
    // Link targets, then a paragraph of labelled lines (stripLinkTargets' rows).
    case 'rows':
      return 'See [https://example.com/1] and [https://example.com/2] and [https://example.com/3] here.\n\n' +
        Array.from({length: times}, (_, i) => `Label ${i}: some value`).join('\n')
    // One word per line: a join per line, in the trace (`{trace: true}`).
    case 'joins':
      return 'The\n' + Array.from({length: times}, (_, i) => words[i % words.length]).join('\n') + '\n'
    // A paragraph, then lines of link targets alone (stripLinkTargets folds each into the paragraph).
    case 'targets':
      return 'The crews sailed at dawn and came back at noon.\n\n' + Array.from({length: times}, (_, i) => `[/img/p${i}.jpg]`).join('\n') + '\n'
    // Markdown with an HTML comment over `times` lines (stripMarkdown folds each into the line before).
    case 'comment':
      return 'The [crews](https://example.com/a) sailed at dawn. The quay opened <!-- a note\n' +
        Array.from({length: times}, (_, i) => `draft line ${i} of the note`).join('\n') + '\n--> at noon.\n'
    // A keywords meta tag of `times` items (cleanupHtml).
    case 'keywords':
      return `<head><meta name="keywords" content="${'a,'.repeat(times)}"></head><body><article><p>${'The crews sailed at dawn. '.repeat(8)}</p></article></body>`
    default:
      throw new Error('Unknown shape ' + shape)
  }
}
