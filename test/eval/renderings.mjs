// Held-out renderings for `npm run eval`: the dev pages as scrapers other
// than the two dumps in `../shared` would give them, made here from the same
// HTML (or dump) at run time, never stored. Rules tuned to the `nodes` and
// `w3m` dumps show here when they do not carry over.
//
// The renderers are written independently of unscrape's own HTML parser
// (a plain cheerio walk, the way `innerText`-style tools work):
// - `nodes-newline`: the BeautifulSoup dump joined with one newline instead
//   of a blank line (`get_text(separator="\n")`);
// - `nodes-crlf`: the BeautifulSoup dump with Windows line ends;
// - `innertext`: block elements on their own line, inline text joined, no
//   blank lines (what `innerText` and many "get text" helpers give);
// - `innertext-blank`: the same with a blank line between blocks;
// - `wrap72`: `innertext-blank` hard-wrapped at 72 columns (lynx, e-mail);
// - `markdown`: what HTML-to-Markdown converters (turndown, html2text, the
//   crawlers that feed language models) give: `# headings`, `- items`,
//   `[links](url)`, `![images](src)`, `**bold**`, blank lines between blocks;
// - `markdown-wrap78`: the same with lines wrapped at 78 columns, as
//   html2text writes it by default (links cut across lines);
// - `lynx`: what `lynx -dump` gives: paragraphs wrapped at 77 columns with
//   a 3-space margin, `* ` list items, `[12]` before each link's text, and
//   the numbered `References` at the end.
// - `textcontent`: the body's whole text with nothing laid out, the way
//   `$('body').text()` (cheerio) and `document.body.textContent` give it:
//   the HTML source's own line breaks and indentation, blocks glued when the
//   source has no white space between them, and the text of scripts, style
//   sheets and templates;
// - `gettext`: the same without scripts and style sheets (BeautifulSoup's
//   `get_text()`).
// - `readability`: the `textContent` of the article Readability.js (on
//   linkedom) extracts, the way a pipeline that runs it first hands its
//   text on: the boilerplate mostly gone, the paragraphs joined by the
//   source's own white space;
// - `markdown-reader`: `markdown` after the header a reader service writes
//   (`Title: …`, `URL Source: …`, `Published Time: …`, `Markdown Content:`);
// - `markdown-frontmatter`: `markdown` after YAML front matter (title, url,
//   date, tags from the page's meta keywords), as extractors write it with
//   their metadata.
import {Readability} from '@mozilla/readability'
import {load} from 'cheerio/slim'
import {parseHTML} from 'linkedom'

const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'select', 'button', 'input', 'textarea'])
const blocks = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'nav',
  'aside', 'table', 'tr', 'blockquote', 'pre', 'figure', 'figcaption', 'form', 'main', 'dl', 'dt', 'dd', 'hr',
  'address', 'br'
])

/**
 * The body's text as `textContent` gives it: every text node as written in
 * the source, nothing added between elements.
 *
 * @param {string} html
 * @param {boolean} scripts Keep the text of scripts and style sheets.
 * @returns {string}
 */
export function textContent(html, scripts) {
  const $ = load(html)
  if (!scripts) $('script, style, noscript, template').remove()
  const body = $('body')
  return (body.length > 0 ? body : $.root()).text()
}

/**
 * Text of a page the way `innerText` lays it out (iterative: deep pages are fine).
 *
 * @param {string} html
 * @returns {string}
 */
export function innerText(html) {
  const document = load(html).root()[0]
  let out = ''
  // Entries: a node to visit, or the marker `null` that closes a block.
  const stack = [document]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null) {
      out += '\n'
      continue
    }
    if (node.type === 'text') {
      out += node.data.replace(/\s+/g, ' ')
      continue
    }
    if (node.type !== 'tag' && node.type !== 'root') continue
    if (node.type === 'tag' && skipped.has(node.name)) continue
    const block = node.type === 'tag' && blocks.has(node.name)
    if (block) {
      out += '\n'
      stack.push(null)
    }
    const children = node.children || []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return out
    .split('\n')
    .map((d) => d.trim())
    .filter(Boolean)
    .join('\n')
}

const headings = {h1: '# ', h2: '## ', h3: '### ', h4: '#### ', h5: '##### ', h6: '###### '}
const emphasis = {strong: '**', b: '**', em: '_', i: '_'}

/**
 * A page as Markdown, the way turndown-style converters write it
 * (iterative: deep pages are fine).
 *
 * @param {string} html
 * @returns {string}
 */
export function markdown(html) {
  const document = load(html).root()[0]
  let out = ''
  // Entries: a node to visit, or a string to write when its element closes.
  const stack = [document]
  const lists = []
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') {
      if (node === '\u0000ol' || node === '\u0000ul') lists.pop()
      else out += node
      continue
    }
    if (node.type === 'text') {
      out += node.data.replace(/\s+/g, ' ')
      continue
    }
    if (node.type !== 'tag' && node.type !== 'root') continue
    const name = node.type === 'tag' ? node.name : ''
    if (skipped.has(name)) continue
    const children = node.children || []
    let after = ''
    if (name === 'img') {
      const alt = (node.attribs.alt || '').replace(/\s+/g, ' ').trim()
      out += '![' + alt + '](' + (node.attribs.src || '') + ')'
      continue
    }
    if (name === 'br') {
      out += '\n'
      continue
    }
    if (name === 'a' && node.attribs.href) {
      out += '['
      after = '](' + node.attribs.href + ')'
    } else if (emphasis[name]) {
      out += emphasis[name]
      after = emphasis[name]
    } else if (headings[name]) {
      out += '\n\n' + headings[name]
      after = '\n\n'
    } else if (name === 'li') {
      const list = lists[lists.length - 1]
      out += '\n' + (list && list.ordered ? ++list.n + '. ' : '- ')
      after = '\n'
    } else if (name === 'ul' || name === 'ol') {
      lists.push({ordered: name === 'ol', n: 0})
      out += '\n\n'
      after = '\n\n'
      stack.push('\u0000' + name)
    } else if (name === 'td' || name === 'th') {
      out += '| '
      after = ' '
    } else if (name === 'tr') {
      out += '\n'
      after = '|\n'
    } else if (name === 'blockquote') {
      out += '\n\n> '
      after = '\n\n'
    } else if (name && blocks.has(name)) {
      out += '\n\n'
      after = '\n\n'
    }
    if (after) stack.push(after)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return out
    .split('\n')
    .map((d) => d.replace(/^\s+|\s+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * A page the way `lynx -dump` writes it (iterative: deep pages are fine):
 * paragraphs wrapped at 77 columns with a 3-space margin, headings at the
 * margin, list items as `     * item` or `    1. item`, each link's text
 * after its number (`[12]harbour`), and a `References` list of the link
 * targets at the end.
 *
 * @param {string} html
 * @param {string | undefined} url The page's address (relative link targets are resolved against it).
 * @returns {string}
 */
export function lynx(html, url) {
  const document = load(html).root()[0]
  // lynx lists absolute targets.
  const resolve = (href) => {
    try {
      return new URL(href, url).href
    } catch {
      return href
    }
  }
  const links = []
  // Blocks: {text, margin, bullet}; `current` is the open one.
  const out = []
  let current = {text: '', margin: 3, bullet: ''}
  const lists = []
  const close = () => {
    const text = current.text.replace(/\s+/g, ' ').trim()
    if (text) out.push({...current, text})
    current = {text: '', margin: 3, bullet: ''}
  }
  const stack = [document]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') {
      if (node === '\u0000list') lists.pop()
      else close()
      continue
    }
    if (node.type === 'text') {
      current.text += node.data
      continue
    }
    if (node.type !== 'tag' && node.type !== 'root') continue
    const name = node.type === 'tag' ? node.name : ''
    if (skipped.has(name) || name === 'img') continue
    if (name === 'br') {
      close()
      continue
    }
    const children = node.children || []
    if (name === 'a' && node.attribs.href && !node.attribs.href.startsWith('#')) {
      links.push(resolve(node.attribs.href.trim()))
      current.text += '[' + links.length + ']'
    }
    if (name && blocks.has(name)) {
      close()
      stack.push('\u0000close')
      if (name === 'ul' || name === 'ol') {
        lists.push({ordered: name === 'ol', n: 0})
        stack.push('\u0000list')
      }
      if (headings[name]) current.margin = 0
      else if (name === 'li') {
        const list = lists[lists.length - 1]
        const depth = Math.max(1, lists.length)
        current.bullet = list && list.ordered ? String(++list.n) + '. ' : '* '
        current.margin = 3 + depth * 2 - (current.bullet.length - 2)
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  close()
  const lines = []
  for (const block of out) {
    const first = ' '.repeat(Math.max(0, block.margin - (block.bullet ? 0 : 0))) + block.bullet
    const rest = ' '.repeat(block.margin + block.bullet.length)
    let line = first
    let empty = true
    for (const word of block.text.split(' ')) {
      if (!empty && line.length + 1 + word.length > 77) {
        lines.push(line)
        line = rest + word
      } else {
        line += (empty ? '' : ' ') + word
      }
      empty = false
    }
    lines.push(line, '')
  }
  if (links.length > 0) {
    lines.push('References', '')
    links.forEach((href, i) => lines.push(String(i + 1).padStart(4) + '. ' + href))
  }
  return lines.join('\n')
}

/**
 * Hard-wrap every paragraph at `width` columns.
 *
 * @param {string} text
 * @param {number} width
 */
export function wrap(text, width) {
  return text
    .split('\n\n')
    .map((paragraph) => wrapWords(paragraph, width))
    .join('\n\n')
}

/**
 * Greedy wrap of the words of one text at `width` columns (a word longer
 * than the width stays whole on its own line).
 *
 * @param {string} text
 * @param {number} width
 */
function wrapWords(text, width) {
  const lines = []
  let line = ''
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? line + ' ' + word : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

/**
 * Hard-wrap every line longer than `width` columns at spaces, the way
 * html2text wraps its Markdown (a link may be cut: `[the harbour` ⏎
 * `board](https://…)`).
 *
 * @param {string} text
 * @param {number} width
 */
export function wrapLines(text, width) {
  return text
    .split('\n')
    .map((line) => (line.length <= width ? line : wrapWords(line, width)))
    .join('\n')
}

/**
 * The held-out renderings of the dev pages.
 *
 * @param {{nodes: Array<{id: string, text: string}>, html: Array<{id: string, html: string}>}} pages
 * @returns {Map<string, Array<{id: string, text: string}>>}
 */
export function renderings(pages) {
  const inner = pages.html.map((d) => ({id: d.id, text: innerText(d.html)}))
  const blank = inner.map((d) => ({id: d.id, text: d.text.replace(/\n/g, '\n\n')}))
  return new Map([
    ['nodes-newline', pages.nodes.map((d) => ({id: d.id, text: d.text.replace(/\n\n/g, '\n')}))],
    ['nodes-crlf', pages.nodes.map((d) => ({id: d.id, text: d.text.replace(/\n/g, '\r\n')}))],
    ['innertext', inner],
    ['innertext-blank', blank],
    ['wrap72', blank.map((d) => ({id: d.id, text: wrap(d.text, 72)}))],
    ['markdown', pages.html.map((d) => ({id: d.id, text: markdown(d.html)}))],
    ['markdown-wrap78', pages.html.map((d) => ({id: d.id, text: wrapLines(markdown(d.html), 78)}))],
    ['lynx', pages.html.map((d) => ({id: d.id, text: lynx(d.html, d.url)}))],
    ['textcontent', pages.html.map((d) => ({id: d.id, text: textContent(d.html, true)}))],
    ['gettext', pages.html.map((d) => ({id: d.id, text: textContent(d.html, false)}))],
    ['readability', pages.html.map((d) => ({id: d.id, text: readabilityText(d.html)}))],
    ['markdown-reader', pages.html.map((d) => ({id: d.id, text: readerHeader(d) + markdown(d.html)}))],
    ['markdown-frontmatter', pages.html.map((d) => ({id: d.id, text: frontMatter(d) + markdown(d.html)}))]
  ])
}

/**
 * The text of the article Readability.js finds in a page (empty when it
 * finds none).
 *
 * @param {string} html
 * @returns {string}
 */
function readabilityText(html) {
  try {
    const {document} = parseHTML(html)
    return new Readability(document).parse()?.textContent || ''
  } catch {
    return ''
  }
}

/**
 * A page's metadata from its HTML: the `<title>`, the first date found in
 * its meta tags, its meta keywords.
 *
 * @param {{html: string, url?: string}} page
 */
function metadata(page) {
  const $ = load(page.html)
  const title = $('title').first().text().replace(/\s+/g, ' ').trim()
  const date = $('meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]').first().attr('content') || ''
  const keywords = ($('meta[name="keywords"]').first().attr('content') || '').split(',').map((d) => d.trim()).filter(Boolean)
  return {title, date, keywords, url: page.url || ''}
}

/**
 * The header a reader service writes before a page's Markdown.
 *
 * @param {{html: string, url?: string}} page
 */
function readerHeader(page) {
  const meta = metadata(page)
  let text = `Title: ${meta.title}\n\nURL Source: ${meta.url}\n\n`
  if (meta.date) text += `Published Time: ${meta.date}\n\n`
  return text + 'Markdown Content:\n'
}

/**
 * YAML front matter with a page's metadata.
 *
 * @param {{html: string, url?: string}} page
 */
function frontMatter(page) {
  const meta = metadata(page)
  let text = `---\ntitle: ${meta.title}\nurl: ${meta.url}\n`
  if (meta.date) text += `date: ${meta.date}\n`
  if (meta.keywords.length > 0) text += `tags: ${meta.keywords.join(', ')}\n`
  return text + '---\n'
}
