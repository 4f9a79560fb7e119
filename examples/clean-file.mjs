// Clean a scraped text file and print the article, its tags and what was removed.
//
//   node examples/clean-file.mjs [FILE]
import fs from 'node:fs'
import {cleanup} from 'unscrape'

const file = process.argv[2] || new URL('article.txt', import.meta.url)
const result = cleanup(fs.readFileSync(file, 'utf8'))

if (result.title) console.log('# ' + result.title + '\n')
console.log(result.body)
console.log('\nTags:', result.tags.join(', ') || '(none)')
for (const item of result.related) {
  console.log('Related:', item.section ? `[${item.section}] ${item.title}` : item.title)
}
console.log('\nRemoved:')
for (const entry of result.removed) {
  console.log(`  ${entry.position.start.line}:${entry.position.start.column} ${entry.rule}: ${entry.text.replace(/\n/g, ' | ')}`)
}
