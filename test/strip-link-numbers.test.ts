import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, parseText, stripLinkNumbers} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `stripLinkNumbers` on a text. */
function strip(text: string, options?: Parameters<typeof stripLinkNumbers>[0]) {
  const processor = unified().use(parseText).use(stripLinkNumbers, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.filter((d) => d.data.fate !== 'removed').map((d) => d.value)}
}

// A page as `lynx -dump` writes it: a 3-space margin, `[n]` before every
// link's text, and the link targets at the end.
const dump = [
  '   [1]Home [2]Ferries [3]Weather',
  '',
  'Night ferry returns to the island route',
  '',
  '   The [4]harbour board voted on Tuesday to bring back the night ferry, which',
  '   stopped running in [5]2019 when the old boat was sold.',
  '',
  '   [6] [7] [8]',
  '',
  '   Crews will train through the winter, the board’s [9]“summer plan” says.',
  '',
  '   Tags: [10]Ferries, [11]Islands',
  '',
  'References',
  '',
  '   1. https://gazette.example/',
  '   2. https://gazette.example/ferries',
  '   3. https://gazette.example/weather',
  '   4. https://gazette.example/board',
  '   5. https://gazette.example/2019',
  '',
  '   Hidden links:',
  '   6. https://share.example/a',
  '   7. mailto:desk@gazette.example',
  '   8. /print',
  '   9. https://gazette.example/plan',
  '  10. https://gazette.example/tag/ferries',
  '  11. https://gazette.example/tag/islands'
].join('\n')

describe('stripLinkNumbers', () => {
  test('removes the links of the document’s head an elinks dump starts with, wrapped ones whole', () => {
    const text = [
      '   Link: [1]pingback',
      '   Link: [2]Harbour Gazette » Feed (alternate)',
      '   Link: [3]Harbour Gazette » Night ferry returns to the island route Comments',
      '   Feed (alternate)',
      '   Link: [4]Quay repairs start in spring (previous)',
      '   IFrame: [5]social_frame_https',
      '   Link: [5]canonical',
      '   [6]Skip to content',
      '',
      '   [7]Home [8]Ferries [9]Weather',
      '',
      'Night ferry returns to the island route',
      '',
      '   The [10]harbour board voted on Tuesday to bring back the night ferry.'
    ].join('\n')
    const {tree, file, values} = strip(text)
    const removed = tree.children.filter((d) => d.data.rule === 'head-links')
    expect(removed).toHaveLength(7)
    expect(removed.at(-4)?.value).toBe('Feed (alternate)')
    expect(values).toEqual(['Skip to content', 'Home | Ferries | Weather', 'Night ferry returns to the island route', 'The harbour board voted on Tuesday to bring back the night ferry.'])
    expect(file.messages.map((d) => d.ruleId)).toContain('head-links')
  })

  test('a head link that reads as a headline is no related headline', () => {
    const text = [
      '   Link: [1]Harbour Gazette » Feed (alternate)',
      '   Link: [2]Harbour Gazette » Comments Feed (alternate)',
      '   Link: [3]Harbour Gazette » Night Ferry Returns To The Island Route Comments',
      '   Feed (alternate)',
      '   Link: [4]Quay Repairs Start In Spring After Board Vote (previous)',
      '   Link: [5]Pilots Train For The Winter Season On The Bay (next)',
      '',
      '   [6]Home [7]Ferries [8]Weather',
      '',
      'Night ferry returns to the island route',
      '',
      '   The [9]harbour board voted on Tuesday to bring back the night ferry, which stopped',
      '   running in 2019 when the old boat was sold. Crews will train through the winter.',
      '',
      '   The first crossing leaves the quay at ten in the evening, the board said.'
    ].join('\n')
    const result = cleanup(text)
    expect(result.related.map((d) => d.title).filter((d) => d.includes('Link:'))).toEqual([])
    expect(result.removed.filter((d) => d.rule === 'head-links').map((d) => d.text).join(' ')).toContain('Quay Repairs Start In Spring')
  })

  test('removes the links of the document’s head that lynx writes first, after a "#"', () => {
    const body = ['', '   [3]Home [4]Ferries [5]Weather', '', 'Night ferry returns to the island route', '', '   The [6]harbour board voted on Tuesday to bring back the night ferry.']
    const numbered = strip(['   #[1]Harbour Gazette » Feed [2]Harbour Gazette » Comments', '   Feed', ...body].join('\n'))
    const head = numbered.tree.children.filter((d) => d.data.rule === 'head-links').map((d) => d.value)
    expect(head).toHaveLength(2)
    expect(head[0]).toMatch(/^#\[1\]Harbour Gazette » Feed/)
    expect(numbered.values[0]).toBe('Home | Ferries | Weather')
    const plain = strip(['   #alternate Harbour Gazette » Feed', ...body.map((d) => d.replace(/\[\d+\]/g, ''))].join('\n'))
    expect(plain.tree.children.filter((d) => d.data.rule === 'head-links')).toHaveLength(1)
    // A hashtag that starts a text is no such line.
    const tags = strip(['#harbour #ferries', '', 'The harbour board voted on Tuesday to bring back the night ferry.'].join('\n'))
    expect(tags.values).toEqual(['#harbour #ferries', 'The harbour board voted on Tuesday to bring back the night ferry.'])
  })

  test('removes the links of the document’s head a dump without numbers starts with (links)', () => {
    const text = [
      '   Link: canonical',
      '   Link: alternate en',
      '   Link: prev: Quay repairs start in spring after the board',
      '   vote on Tuesday',
      '   Link: next: Pilots train for the winter season on the bay',
      '   Skip to content',
      '',
      'Night ferry returns to the island route',
      '',
      '   The harbour board voted on Tuesday to bring back the night ferry.'
    ].join('\n')
    const {tree, values} = strip(text)
    expect(tree.children.filter((d) => d.data.rule === 'head-links')).toHaveLength(5)
    expect(values).toEqual(['Skip to content', 'Night ferry returns to the island route', 'The harbour board voted on Tuesday to bring back the night ferry.'])
    // One such line alone may be the page's text.
    const alone = ['Link: the board’s summer plan', '', 'The harbour board voted on Tuesday to bring back the night ferry.'].join('\n')
    expect(strip(alone).values).toEqual(['Link: the board’s summer plan', 'The harbour board voted on Tuesday to bring back the night ferry.'])
  })

  test('keeps a line that names a link in the page’s text', () => {
    const text = ['   [1]Home [2]Ferries [3]Weather', '', '   Link: [4]the board’s summer plan (PDF)', '', '   The [5]harbour board voted on Tuesday.'].join('\n')
    const {values} = strip(text)
    expect(values).toContain('Link: the board’s summer plan (PDF)')
  })

  test('strips the number before each link’s text, and numbers alone', () => {
    const {values} = strip(dump)
    expect(values).toEqual([
      'Home | Ferries | Weather',
      'Night ferry returns to the island route',
      'The harbour board voted on Tuesday to bring back the night ferry, which',
      'stopped running in 2019 when the old boat was sold.',
      'Crews will train through the winter, the board’s “summer plan” says.',
      'Tags: Ferries | Islands'
    ])
  })

  test('removes the list of link targets at the end, its headings included', () => {
    const {tree, file} = strip(dump)
    const removed = tree.children.filter((d) => d.data.rule === 'link-references')
    expect(removed.map((d) => d.value)).toEqual([
      'References',
      '1. https://gazette.example/',
      '2. https://gazette.example/ferries',
      '3. https://gazette.example/weather',
      '4. https://gazette.example/board',
      '5. https://gazette.example/2019',
      'Hidden links:',
      '6. https://share.example/a',
      '7. mailto:desk@gazette.example',
      '8. /print',
      '9. https://gazette.example/plan',
      '10. https://gazette.example/tag/ferries',
      '11. https://gazette.example/tag/islands'
    ])
    expect(file.messages.map(String)).toEqual([
      '14:1-28:42: Removed the 11 link targets a text browser lists at the end (13 lines)',
      '1:4-12:34: Stripped 11 link numbers of a text browser'
    ])
    expect(file.messages.map((d) => d.ruleId)).toEqual(['link-references', 'strip-link-numbers'])
  })

  test('removes entries that name the link on the number’s line and give the target under it (elinks)', () => {
    const text = dump.replace('   7. mailto:desk@gazette.example', '   7. Write to the desk\n\tmailto:desk@gazette.example').replace('   9. https://gazette.example/plan', '   9. Harbour plan (PDF)\n\thttps://gazette.example/plan')
    const {tree, file} = strip(text)
    const removed = tree.children.filter((d) => d.data.rule === 'link-references')
    expect(removed.map((d) => d.value)).toContain('9. Harbour plan (PDF)')
    expect(removed.map((d) => d.value)).toContain('References')
    expect(tree.children.filter((d) => d.data.rule !== 'link-references').some((d) => d.value.includes('gazette.example/'))).toBe(false)
    expect(String(file.messages[0])).toMatch(/Removed the 11 link targets/)
  })

  test('a titled entry of the list at the end is no related headline', () => {
    const text = [
      '   [1]Home [2]Ferries [3]Weather',
      '',
      'Night ferry returns to the island route',
      '',
      '   The [4]harbour board voted on Tuesday to bring back the night ferry, which stopped',
      '   running in 2019 when the old boat was sold. Crews will train through the winter.',
      '',
      '   The first crossing leaves the quay at ten in the evening, the board said.',
      '',
      'References',
      '',
      '   Visible links',
      '   1. https://gazette.example/',
      '   2. https://gazette.example/ferries',
      '   3. https://gazette.example/weather',
      '   4. Pilots train for the winter season on the bay',
      '\thttps://gazette.example/2027/pilots-train-for-winter',
      '   5. Quay repairs start in spring after the board vote',
      '\thttps://gazette.example/2027/quay-repairs-start',
      '   6. Fish market moves to the old customs shed in March',
      '\thttps://gazette.example/2027/fish-market-moves'
    ].join('\n')
    const result = cleanup(text)
    expect(result.related).toEqual([])
    expect(result.body).not.toMatch(/gazette\.example|Pilots train/)
    expect(result.removed.filter((d) => d.rule === 'link-references').map((d) => d.text).join(' ')).toContain('Fish market moves')
  })

  test('entries for a form’s controls do not end the list (links with numbered links)', () => {
    const text = dump.replace('   7. mailto:desk@gazette.example', '   7. Text field, Name search\n   8. Post form: https://gazette.example/subscribe').replace('   8. /print', '   9. Button\n   10. Checkbox, Name topics, Value ferries')
    const {tree} = strip(text)
    const removed = tree.children.filter((d) => d.data.rule === 'link-references').map((d) => d.value)
    expect(removed).toContain('References')
    expect(removed).toContain('10. Checkbox, Name topics, Value ferries')
    expect(tree.children.filter((d) => d.data.fate !== 'removed').some((d) => /gazette\.example|Text field/.test(d.value))).toBe(false)
  })

  test('targets with spaces in them are targets too', () => {
    const text = dump.replace('   7. mailto:desk@gazette.example', '   7. whatsapp://send?text=Night ferry returns https://gazette.example/night').replace('   8. /print', '   8. javascript: void(0);')
    const {tree} = strip(text)
    const removed = tree.children.filter((d) => d.data.rule === 'link-references').map((d) => d.value)
    expect(removed).toHaveLength(13)
    expect(removed).toContain('8. javascript: void(0);')
  })

  test('records every number it strips, at its place in the input', () => {
    const {tree} = strip(dump)
    const stripped = tree.children.flatMap((d) => d.data.stripped || [])
    expect(stripped.map((d) => d.text)).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]', '[9]', '[10]', '[11]'])
    for (const piece of stripped) expect(dump.slice(piece.position.start.offset, piece.position.end.offset)).toBe(piece.text)
    expect(stripped.every((d) => d.rule === 'strip-link-numbers')).toBe(true)
    // "[6] [7] [8]": nothing but numbers, the block goes whole.
    const alone = tree.children.find((d) => d.value === '[6] [7] [8]')
    expect(alone?.data.fate).toBe('removed')
    expect(alone?.data.rule).toBe('strip-link-numbers')
  })

  test('removes the list of targets a dump without numbers ends with (`lynx -nonumbers`)', () => {
    const text = [
      '   Home Ferries Weather',
      '',
      'Night ferry returns to the island route',
      '',
      '   The harbour board voted on Tuesday to bring back the night ferry, which',
      '   stopped running in 2019 when the old boat was sold.',
      '',
      '   Visible links:',
      'https://gazette.example/',
      'file:///ferries/',
      'javascript: void(0);',
      'whatsapp://send?text=Night ferry returns https://gazette.example/night',
      'mailto:desk@gazette.example',
      '',
      '   Hidden links:',
      'https://gazette.example/print'
    ].join('\n')
    const {tree, file, values} = strip(text)
    expect(values).toEqual(['Home Ferries Weather', 'Night ferry returns to the island route', 'The harbour board voted on Tuesday to bring back the night ferry, which', 'stopped running in 2019 when the old boat was sold.'])
    expect(tree.children.filter((d) => d.data.rule === 'link-references').map((d) => d.value)[0]).toBe('Visible links:')
    expect(file.messages.map(String)).toEqual(['8:4-16:30: Removed the 6 link targets a text browser lists at the end (8 lines)'])
  })

  test('a few addresses an article ends with stay (no numbers, under three, or ten without a heading)', () => {
    const article = ['The harbour board voted on Tuesday to bring back the night ferry.', '', 'Sources:', 'https://gazette.example/board-minutes', 'https://gazette.example/ferry-plan']
    expect(strip(article.join('\n')).values).toEqual(['The harbour board voted on Tuesday to bring back the night ferry.', 'Sources:', 'https://gazette.example/board-minutes', 'https://gazette.example/ferry-plan'])
    const unheaded = ['The harbour board voted on Tuesday to bring back the night ferry.', '', ...Array.from({length: 9}, (_, i) => 'https://gazette.example/notes/' + i)]
    expect(strip(unheaded.join('\n')).values).toHaveLength(10)
    const long = [...unheaded, 'https://gazette.example/notes/9']
    expect(strip(long.join('\n')).values).toEqual(['The harbour board voted on Tuesday to bring back the night ferry.'])
  })

  test('w3m’s list of targets (`[1] https://…`) counts from 1 again without hiding the numbering', () => {
    const text = [
      '[1]Home [2]News [3]Ferries',
      '',
      'The [4]harbour board met on Tuesday, and the [5]night ferry is back.',
      '',
      'References:',
      '',
      '[1] https://gazette.example/',
      '[2] https://gazette.example/news/',
      '[3] https://gazette.example/ferries/',
      '[4] https://gazette.example/board/',
      '[5] https://gazette.example/night-ferry/'
    ].join('\n')
    const {values, tree} = strip(text)
    expect(values).toEqual(['Home | News | Ferries', 'The harbour board met on Tuesday, and the night ferry is back.'])
    expect(tree.children.filter((d) => d.data.rule === 'link-references')).toHaveLength(6)
  })

  test('numbers that jump forward (links the dump does not show) and go on from there still count', () => {
    // w3m with `display_link_number`: hidden links take numbers too, so the count jumps.
    const text = [
      '[1]Home [2]News [3]Ferries',
      '',
      'Night ferry returns to the island route',
      '',
      'The [40]harbour board met on Tuesday, and the [41]night ferry is back on the',
      'island route after five years, the [42]board said.',
      '',
      'Tags: [43]ferries [44]islands [45]harbour'
    ].join('\n')
    expect(strip(text).values).toEqual([
      'Home | News | Ferries',
      'Night ferry returns to the island route',
      'The harbour board met on Tuesday, and the night ferry is back on the',
      'island route after five years, the board said.',
      'Tags: ferries | islands | harbour'
    ])
  })

  test('a footnote glued to the word before it stays when it does not go on from the last number', () => {
    const text = 'The [1]port fee [2]rose in 1850.[3][12] See the [4]table and [5]notes.'
    expect(strip(text).values).toEqual(['The port fee rose in 1850.[12] See the table and notes.'])
  })

  test('a number glued between two words keeps them apart', () => {
    expect(strip('[1]Menu [2]Help\n\nTopics[3]Ferries[4]Quays\n\nSee [5]more').values).toEqual(['Menu | Help', 'Topics Ferries | Quays', 'See more'])
  })

  test('a line of prose with links is no row', () => {
    const text = '[1]Home\n\nRead the [2]report and the [3]appendix.\n\n[4]Ferries and [5]quays are full of people every summer evening now'
    expect(strip(text).values).toEqual([
      'Home',
      'Read the report and the appendix.',
      'Ferries and quays are full of people every summer evening now'
    ])
  })

  test('a row of links wrapped over lines is one row, its items whole', () => {
    const text = [
      '   [1]Home',
      '',
      '   Tags:[2]fog horns [3]pilot boats [4]North Sea Ferries Ltd. [5]winter',
      '   storms, [6]tugboats,',
      '   [7]night ferry',
      '',
      '   The [8]harbour board said on Tuesday that',
      '   [9]pilot boats would run again.'
    ].join('\n')
    const {values, tree} = strip(text)
    // The bar that a line-start number stands for ends the line before.
    expect(values).toEqual([
      'Home',
      'Tags: fog horns | pilot boats | North Sea Ferries Ltd. | winter',
      'storms | tugboats |',
      'night ferry',
      'The harbour board said on Tuesday that',
      'pilot boats would run again.'
    ])
    // The lines of the row keep the width they had in the input (for the wrap width).
    expect(tree.children.slice(1, 4).map((d) => d.data.width)).toEqual([68, 20, 14])
    expect(tree.children[4].data.width).toBe(undefined)
  })

  test('a line whose first word holds a number, or that opens under a row, keeps that word’s input width', () => {
    // A dump wraps before a whole word, numbers included: "Ferries[5]tugboats[6]night" did not fit on the line above.
    const text = [
      '   [1]Home',
      '',
      '   [2]fog horns [3]pilot boats [4]North Sea',
      '   Ferries[5]tugboats[6]night ferry',
      '   [7]harbour works [8]sea walls',
      '',
      '   The [9]harbour board said on Tuesday that',
      '   [10]pilot boats would run again.'
    ].join('\n')
    const {tree} = strip(text)
    const widths = tree.children.map((d) => d.data.firstWordWidth)
    // "Ferries[5]tugboats[6]night", then "[7]harbour" under a row of links.
    expect(widths.slice(2, 4)).toEqual([26, 10])
    // A number that opens a paragraph's first line, or a line under prose, is no part of the word a wrap moved.
    expect(widths[1]).toBe(undefined)
    expect(widths[5]).toBe(undefined)
  })

  test('a row after label lines of its own, and before lines that are no items, is a row', () => {
    // As elinks writes a tag list glued link to link, then the byline, no blank line between.
    const text = [
      '   [1]Home',
      '',
      '   Topics',
      '   filed under:',
      '   [2]Night Ferries[3]Harbour Board Minutes[4]Winter',
      '   Storms[5]Pilot Boats',
      '   By',
      '   [6]Lena Voss'
    ].join('\n')
    expect(strip(text).values).toEqual(['Home', 'Topics', 'filed under:', 'Night Ferries | Harbour Board Minutes | Winter', 'Storms | Pilot Boats', 'By', 'Lena Voss'])
    // Without a label that ends with a colon, the start of a paragraph of prose is no row.
    const prose = ['   As both [1]Harbour News and [2]Coast Radio have', '   reported, the board will meet again on Friday to vote on the plan.', '   [3]Lena Voss'].join('\n')
    expect(strip(prose).values).toEqual([
      'As both Harbour News and Coast Radio have',
      'reported, the board will meet again on Friday to vote on the plan.',
      'Lena Voss'
    ])
  })

  test('a row after a label inside a paragraph is a row, the lines around it are not', () => {
    // As lynx writes a post's header: the date and author, the category, the tags, then the text, no blank line between.
    const text = [
      '   [1]Home',
      '',
      '   Ferry ramp repaired after the storm',
      '   05/10/2027 - Posted by: Ilse Varga - Category: [2]Harbour -',
      '   Tags: [3]ferry [4]storm damage [5]ramp',
      '   A crew of the harbour repaired the ramp of the old [6]ferry this morning.'
    ].join('\n')
    expect(strip(text).values).toEqual([
      'Home',
      'Ferry ramp repaired after the storm',
      '05/10/2027 - Posted by: Ilse Varga - Category: Harbour -',
      'Tags: ferry | storm damage | ramp',
      'A crew of the harbour repaired the ramp of the old ferry this morning.'
    ])
    // A label inside prose is no row's: "said: [3]the board [4]agreed" ends in a sentence.
    const prose = ['   [1]Home', '', '   The captain spoke first.', '   He said: [2]the board [3]agreed to every point of the plan.'].join('\n')
    expect(strip(prose).values).toEqual(['Home', 'The captain spoke first.', 'He said: the board agreed to every point of the plan.'])
  })

  test('links that touch make a row before a line of prose, with no label', () => {
    // As lynx writes a tag row the HTML glued link to link, then a comments notice on the next line.
    const text = [
      '   [1]Home',
      '',
      '   [2]Harbours [3]Pilot Boats[4]Fog Horns[5]Night',
      '   Ferries[6]Tugboats',
      '   Please turn on JavaScript to read the [7]comments of our readers.'
    ].join('\n')
    expect(strip(text).values).toEqual(['Home', 'Harbours | Pilot Boats | Fog Horns | Night', 'Ferries | Tugboats', 'Please turn on JavaScript to read the comments of our readers.'])
  })

  test('a paragraph of prose over lines is no row, whatever its links', () => {
    const text = 'Read the [1]report\n[2]harbour board minutes\n[3]and the appendix'
    expect(strip(text).values).toEqual(['Read the report', 'harbour board minutes', 'and the appendix'])
    // A list or a menu, a link per line.
    expect(strip('   [1]Home\n   [2]News\n   [3]Ferries').values).toEqual(['Home', 'News', 'Ferries'])
    expect(strip('     * [1]News\n     * [2]Ferries\n     * [3]Weather [4]Tides').values).toEqual(['News', 'Ferries', 'Weather Tides'])
  })

  test('plain text with bracketed numbers is left alone', () => {
    const footnotes = 'The port opened in 1850.[1] It grew fast.[2]\n\nSee table [3] and figure [4].\n\n[5]'
    const {values, file} = strip(footnotes)
    expect(values).toEqual(['The port opened in 1850.[1] It grew fast.[2]', 'See table [3] and figure [4].', '[5]'])
    expect(file.messages).toEqual([])
    // Numbers glued to the text after them, but not counting up: a list of scores.
    expect(strip('[3]Ferries\n\n[1]Quays\n\n[7]Tides\n\n[2]Locks').values).toEqual(['[3]Ferries', '[1]Quays', '[7]Tides', '[2]Locks'])
  })

  test('`numbered: true` always strips, `false` never', () => {
    expect(strip('The [7]harbour.', {numbered: true}).values).toEqual(['The harbour.'])
    expect(strip(dump, {numbered: false}).values[0]).toBe('[1]Home [2]Ferries [3]Weather')
    expect(() => strip('x', {numbered: 'yes' as unknown as boolean})).toThrow(/numbered/)
    expect(() => strip('x', 1 as unknown as null)).toThrow(TypeError)
  })

  test('in the preset: a clean article, nothing lost', () => {
    const result = cleanup(dump)
    expect(result.paragraphs).toContain(
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in 2019 when the old boat was sold.'
    )
    expect(result.body).not.toMatch(/\[\d+\]|https:/)
    expect(result.tags).toEqual(['Ferries', 'Islands'])
    expect(checkConservation(dump, result).ok).toBe(true)
    expect(cleanup(dump, {linkNumbers: false}).body).toMatch(/\[4\]harbour/)
  })

  test('in the preset: a wrapped row of tags after a cue ends the article', () => {
    const page = [
      '   The [1]harbour board met on Tuesday to discuss fog horns and the pilot',
      '   boats that guide ships past the breakwater every night, said [2]Ann Lee.',
      '',
      '   The RNLI crews said winter storms had kept North Sea Ferries Ltd. in',
      '   port for four days, and the night ferry was cancelled while tugboats',
      '   stood by.',
      '',
      '   Tags: [3]fog horns [4]pilot boats [5]RNLI [6]North Sea Ferries [7]winter',
      '   storms [8]night ferry',
      '',
      '   NOTICE: Comments with unreadable text or that lack respect for other',
      '   readers will not be approved by the moderator.',
      '',
      '   [9]Home [10]Contact'
    ].join('\n')
    const result = cleanup(page)
    expect(result.tags).toEqual(['fog horns', 'pilot boats', 'RNLI', 'North Sea Ferries', 'winter storms', 'night ferry'])
    expect(result.body).not.toMatch(/NOTICE|fog horns \|/)
    expect(result.paragraphs).toHaveLength(2)
    expect(() => cleanup(dump, {linkNumbers: 3 as unknown as false})).toThrow(/linkNumbers/)
  })
})
