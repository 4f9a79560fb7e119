// A scraper the way many are written: load a saved page with cheerio, take
// every text node as its own paragraph (links and bold text become
// fragments), then let unscrape repair and clean the text. No network: the
// page is a file.
//
//   node examples/scraper.mjs [PAGE.html]
import fs from 'node:fs'
import {load} from 'cheerio'
import {cleanup, cleanupHtml} from 'unscrape'

const file = process.argv[2] || new URL('page.html', import.meta.url)
const html = fs.readFileSync(file, 'utf8')

// What a typical scraper produces: text nodes joined by blank lines.
const $ = load(html)
$('script, style, noscript, template, svg, head').remove()
const nodes = []
const stack = [$('body').get(0)]
while (stack.length > 0) {
  const node = stack.pop()
  if (node.type === 'text' && node.data.trim()) nodes.push(node.data.trim())
  // Children in reverse, so they come off the stack in document order.
  if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
}
const dump = nodes.join('\n\n')

const fromText = cleanup(dump)
console.log('From the text dump:\n')
console.log(fromText.body)
console.log('\nTags:', fromText.tags.join(', '))

// When the scraper kept the HTML, hand it over as is (the string, or the page
// loaded with cheerio): the DOM adds evidence.
const fromHtml = cleanupHtml(load(html))
console.log('\nFrom the HTML:\n')
if (fromHtml.title) console.log('# ' + fromHtml.title + '\n')
console.log(fromHtml.body)
console.log('\nTags:', fromHtml.tags.join(', '))
