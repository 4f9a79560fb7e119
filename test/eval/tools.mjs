// Real renderings: the dev pages rendered by the scraping tools installed on
// this machine (text browsers, HTML-to-text and HTML-to-Markdown converters,
// BeautifulSoup, and the Node packages html-to-text and Turndown, which are
// devDependencies), the way a scraper author would call them. `renderings.mjs`
// imitates such output in JavaScript; these are the programs themselves, so
// their quirks are real: html2text's (the C++ one) link text with
// underscores and no blank lines, Pandoc's attributes and raw HTML, Python
// html2text's wrapped URLs.
//
// A tool that is not installed is skipped. `.ci/run` installs the Debian
// packages; locally, `apt-get install lynx elinks links w3m html2text pandoc
// python3-html2text python3-bs4` (or any of them).
//
// Renderings are cached in `.eval/tools/` per tool version: a second run
// only scores.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Python: BeautifulSoup's text with the given separator (the page's text
// nodes joined by it), after dropping what never shows.
const bs4Script = (separator) =>
  [
    'import sys',
    'from bs4 import BeautifulSoup',
    'soup = BeautifulSoup(open(sys.argv[1], encoding="utf-8").read(), "html.parser")',
    'for tag in soup(["script", "style", "noscript", "template", "svg", "head"]):',
    '    tag.decompose()',
    `sys.stdout.write(soup.get_text(${JSON.stringify(separator)}, strip=True))`
  ].join('\n')

// Python: every text node of the page, scripts, styles and HTML comments
// included, joined by the given separator: what a naive scraper gets
// (`soup.find_all(string=True)`, Scrapy's `//text()`).
const bs4AllStrings = (separator) =>
  [
    'import sys',
    'from bs4 import BeautifulSoup',
    'soup = BeautifulSoup(open(sys.argv[1], encoding="utf-8").read(), "html.parser")',
    `sys.stdout.write(${JSON.stringify(separator)}.join(s.strip() for s in soup.find_all(string=True) if s.strip()))`
  ].join('\n')

// Pythons to try for the Python tools.
const pythons = ['python3', '/usr/bin/python3']

/**
 * The tools: a name, how to check it is there (a command whose output names
 * its version, or for a Python tool the code that prints it), and the command
 * for one HTML file.
 */
const tools = [
  {name: 'lynx', version: ['lynx', ['-version']], render: (file) => ['lynx', ['-dump', '-assume_charset=utf-8', '-display_charset=utf-8', '-width=80', file]]},
  {name: 'lynx-nolist', version: ['lynx', ['-version']], render: (file) => ['lynx', ['-dump', '-nolist', '-assume_charset=utf-8', '-display_charset=utf-8', '-width=80', file]]},
  // Without numbers, the targets still listed at the end ("Visible links:" ⏎ "https://…").
  {name: 'lynx-nonumbers', version: ['lynx', ['-version']], render: (file) => ['lynx', ['-dump', '-nonumbers', '-assume_charset=utf-8', '-display_charset=utf-8', '-width=80', file]]},
  {name: 'elinks', version: ['elinks', ['-version']], render: (file) => ['elinks', ['-no-home', '1', '-dump', '1', '-dump-charset', 'utf-8', file]]},
  {name: 'links', version: ['links', ['-version']], render: (file) => ['links', ['-dump', '-codepage', 'utf-8', file]]},
  // With its links numbered: the list at the end has entries for a form's controls ("74. Text field, Name search").
  {name: 'links-numbered', version: ['links', ['-version']], render: (file) => ['links', ['-dump', '-codepage', 'utf-8', '-html-numbered-links', '1', file]]},
  {name: 'w3m-120', version: ['w3m', ['-version']], render: (file) => ['w3m', ['-dump', '-cols', '120', '-T', 'text/html', '-I', 'utf-8', '-O', 'utf-8', file]]},
  // Link numbers before each link and the targets listed at the end, as lynx does; hidden links take numbers too.
  {name: 'w3m-numbers', version: ['w3m', ['-version']], render: (file) => ['w3m', ['-dump', '-cols', '80', '-o', 'display_link_number=1', '-T', 'text/html', '-I', 'utf-8', '-O', 'utf-8', file]]},
  // Narrow dumps (a scraper that sets a terminal's width): rows and lists wrap inside their items.
  {name: 'w3m-60', version: ['w3m', ['-version']], render: (file) => ['w3m', ['-dump', '-cols', '60', '-T', 'text/html', '-I', 'utf-8', '-O', 'utf-8', file]]},
  {name: 'lynx-60', version: ['lynx', ['-version']], render: (file) => ['lynx', ['-dump', '-assume_charset=utf-8', '-display_charset=utf-8', '-width=60', file]]},
  // Debian's html2text (the C++ one: `html2text -version` names it).
  {name: 'html2text', version: ['html2text', ['-version']], expect: /html2text, version 1\./, render: (file) => ['html2text', ['-utf8', file]]},
  {name: 'python-html2text', python: 'import html2text; print(html2text.__version__)', render: (file, python) => [python, ['-m', 'html2text', file, 'utf-8']]},
  {name: 'pandoc-plain', version: ['pandoc', ['--version']], render: (file) => ['pandoc', ['-f', 'html', '-t', 'plain', file]]},
  // Without wrapping: a paragraph per line, items indented under their bullets.
  {name: 'pandoc-plain-nowrap', version: ['pandoc', ['--version']], render: (file) => ['pandoc', ['-f', 'html', '-t', 'plain', '--wrap=none', file]]},
  {name: 'pandoc-markdown', version: ['pandoc', ['--version']], render: (file) => ['pandoc', ['-f', 'html', '-t', 'markdown', file]]},
  {name: 'pandoc-gfm', version: ['pandoc', ['--version']], render: (file) => ['pandoc', ['-f', 'html', '-t', 'gfm', file]]},
  {name: 'bs4-newline', python: 'import bs4; print(bs4.__version__)', render: (file, python) => [python, ['-c', bs4Script('\n'), file]]},
  {name: 'bs4-space', python: 'import bs4; print(bs4.__version__)', render: (file, python) => [python, ['-c', bs4Script(' '), file]]},
  {name: 'bs4-all-strings', python: 'import bs4; print(bs4.__version__)', render: (file, python) => [python, ['-c', bs4AllStrings('\n\n'), file]]},
  // The same joined by one newline (`"\n".join(response.xpath("//text()").getall())` in Scrapy).
  {name: 'bs4-all-strings-newline', python: 'import bs4; print(bs4.__version__)', render: (file, python) => [python, ['-c', bs4AllStrings('\n'), file]]},
  // Node packages (devDependencies), called in the process as a scraper would.
  // html-to-text: its defaults (links as "text [href]", images as "[src]", wrapped at 80 columns).
  {name: 'html-to-text', module: 'html-to-text', convert: async () => {
    const {convert} = await import('html-to-text')
    return (html) => convert(html)
  }},
  // Turndown: Markdown, without what never shows.
  {name: 'turndown', module: 'turndown', convert: async () => {
    const {default: TurndownService} = await import('turndown')
    const service = new TurndownService()
    service.remove(['script', 'style', 'noscript', 'template', 'head'])
    return (html) => service.turndown(html)
  }}
]

/**
 * Render the pages with every tool found; cached per tool version.
 *
 * @param {Array<{id: string, html: string}>} pages The dev pages.
 * @param {string} dir Cache directory.
 * @returns {Promise<Array<[string, Array<{id: string, text: string}>]>>} Renderings by tool.
 */
export async function toolRenderings(pages, dir) {
  const htmlDir = path.join(dir, 'html')
  fs.mkdirSync(htmlDir, {recursive: true})
  for (const page of pages) {
    const file = path.join(htmlDir, page.id + '.html')
    if (!fs.existsSync(file)) fs.writeFileSync(file, page.html)
  }
  const made = []
  for (const tool of tools) {
    if (tool.module) {
      const rendered = await moduleRendering(tool, pages, dir)
      if (rendered) made.push([tool.name, rendered])
      continue
    }
    // Python modules: the first Python that has them (Debian's packages are the system Python's).
    const candidates = tool.python ? pythons.map((python) => [python, [python, ['-c', tool.python]]]) : [[undefined, tool.version]]
    let version = ''
    let python
    for (const [interpreter, [command, args]] of candidates) {
      const check = spawnSync(command, args, {encoding: 'utf8', timeout: 10_000})
      const first = ((check.stdout || '') + (check.stderr || '')).split('\n').find((d) => d.trim()) || ''
      if (check.error || check.status !== 0 || !first || (tool.expect && !tool.expect.test(check.stdout + check.stderr))) continue
      version = first
      python = interpreter
      break
    }
    if (!version) continue
    const cache = path.join(dir, tool.name + '.jsonl')
    const stamp = path.join(dir, tool.name + '.version')
    if (fs.existsSync(cache) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version + '\n' + pages.length) {
      made.push([tool.name, fs.readFileSync(cache, 'utf8').trim().split('\n').map((d) => JSON.parse(d))])
      continue
    }
    const records = await pool(pages, Math.max(1, Math.min(2, os.cpus().length)), async (page) => ({
      id: page.id,
      text: await run(tool.render(path.join(htmlDir, page.id + '.html'), python), dir)
    }))
    fs.writeFileSync(cache, records.map((d) => JSON.stringify(d)).join('\n') + '\n')
    fs.writeFileSync(stamp, version + '\n' + pages.length)
    made.push([tool.name, records])
  }
  return made
}

/**
 * Render the pages with a Node package; cached per package version.
 * Skipped when the package is not installed.
 */
async function moduleRendering(tool, pages, dir) {
  let version
  try {
    version = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', tool.module, 'package.json'), 'utf8')).version
  } catch {
    return undefined
  }
  const cache = path.join(dir, tool.name + '.jsonl')
  const stamp = path.join(dir, tool.name + '.version')
  const key = tool.module + ' ' + version + '\n' + pages.length
  if (fs.existsSync(cache) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === key) {
    return fs.readFileSync(cache, 'utf8').trim().split('\n').map((d) => JSON.parse(d))
  }
  const convert = await tool.convert()
  const records = pages.map((page) => {
    let text = ''
    try {
      text = convert(page.html)
    } catch {}
    return {id: page.id, text}
  })
  fs.writeFileSync(cache, records.map((d) => JSON.stringify(d)).join('\n') + '\n')
  fs.writeFileSync(stamp, key)
  return records
}

/** Run a command; its stdout (empty after an error or 60 s). */
function run([command, args], cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd, stdio: ['ignore', 'pipe', 'ignore'], env: {...process.env, HOME: cwd, TERM: 'dumb', LANG: 'C.UTF-8'}})
    const chunks = []
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.on('data', (d) => chunks.push(d))
    child.on('error', () => resolve(''))
    child.on('close', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
  })
}

/** Map over items with `size` jobs at a time, in order. */
async function pool(items, size, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index])
    }
  }
  await Promise.all(Array.from({length: size}, worker))
  return results
}
