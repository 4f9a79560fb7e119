import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, parseText, splitRunOnText} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `splitRunOnText` on a text. */
function run(text: string, options?: Parameters<typeof splitRunOnText>[0]) {
  const processor = unified().use(parseText).use(splitRunOnText, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.map((d) => d.value)}
}

// An invented page, its parts as a scraper's `get_text(" ")` joins them.
const menu = 'Kestrel Gazette Home News Sport Weather Harbour Life Business Culture Opinion Video Podcasts Newsletters Sign in'
const headline = 'Night ferry returns to the island after a winter without it'
const dateline = 'Tuesday November 19, 2030 5:45 PM EST'
const byline = 'by Ana Ruiz'
const share = 'FACEBOOK TWITTER EMAIL'
const article = [
  'The harbour board voted on Tuesday to bring back the night ferry, a year after the last crossing was cut.',
  'Crews will train through the winter, and the first boat is due to sail in March.',
  '“We have waited for this since the old boat was sold,” said Mira Holm, who runs the bakery by the quay.',
  'The board said the new timetable would add two crossings on Fridays and one on Sundays.',
  'Tickets will cost the same as the day crossing, and students will pay half.',
  'Dr. Lind, who chairs the board, said the vote was the easiest of her six years.',
  'The crossing takes fifty minutes when the sea is calm, and longer in a northern gale.',
  'Islanders had asked for the service at every meeting since the spring.',
  'The old boat now carries freight between two ports on the mainland.',
  'Fishermen on the island welcomed the news but asked for an earlier morning crossing too.',
  'The board will discuss that request at its next meeting in January.',
  'A survey last summer found that most islanders would use the night ferry at least once a month.',
  'Shops on the quay plan to stay open later on the nights the ferry sails.',
  'The ferry company has hired four new deckhands from the island school.',
  'Some residents worry about noise from the engines late at night.',
  'The board promised to measure the noise during the first month of service.',
  'Visitors to the island will be able to book the crossing online from February.',
  'The mayor called the decision a lifeline for families with work on the mainland.',
  'Most of the money for the service comes from a regional transport fund.'
]
const related = 'More from the Gazette Bakery wins prize for its dark rye loaf Harbour wall repairs start next week Council plans new cycle path along the shore road Fishing quotas cut again for the winter season Lighthouse keeper retires after forty years on the rock'
const footer = 'About Us Contact Careers Advertise Privacy Policy Terms of Use Cookie Settings Site Map © 2030 Kestrel Gazette'
const page = [menu, headline, dateline, byline, share, ...article, related, footer].join(' ')

describe('splitRunOnText', () => {
  test('cuts a page run together on one line into labels, headline, dateline and sentences, and says so once', () => {
    const {values, file, tree} = run(page)
    // The menu's items, one per unit ("Sign in" kept whole: a function word ends it).
    expect(values.slice(0, 4)).toEqual(['Kestrel', 'Gazette', 'Home', 'News'])
    expect(values).toContain('Sign in')
    expect(values).toContain(dateline)
    for (const sentence of article) expect(values).toContain(sentence)
    // The related headlines, each a unit of its own.
    expect(values).toContain('Harbour wall repairs start next week')
    expect(values).toContain('Council plans new cycle path along the shore road')
    expect(file.messages.map((d) => [d.ruleId, d.source])).toEqual([['split-run-on-text', 'unscrape']])
    // Each unit points at its own text and opens a paragraph.
    for (const block of tree.children) expect(page.slice(block.position.start.offset, block.position.end.offset)).toBe(block.value)
    expect(tree.children.slice(1).every((d) => d.data.blankBefore === 1)).toBe(true)
  })

  test('no cut after an initial, a title or an abbreviation', () => {
    const text = [menu, 'The board met J. Marsh and Dr. Lind in the U.S. embassy on Tuesday.', ...article, footer].join(' ')
    expect(run(text).values).toContain('The board met J. Marsh and Dr. Lind in the U.S. embassy on Tuesday.')
  })

  test('the sentence after a run of labels opens at its first word', () => {
    const {values} = run([menu, 'The council voted on Tuesday.', ...article].join(' '))
    expect(values).toContain('Sign in')
    expect(values).toContain('The council voted on Tuesday.')
    // An opening quotation mark after the labels opens the sentence.
    const quoted = run([menu, share, 'Courtesy Harbour Board “We have waited for this,” she said.', ...article].join(' ')).values
    expect(quoted).toContain('“We have waited for this,” she said.')
    // A name that opens the sentence stays whole.
    const named = run([menu, share, 'The Kestrel Bay Singers will sail on the night ferry.', ...article].join(' ')).values
    expect(named).toContain('The Kestrel Bay Singers will sail on the night ferry.')
  })

  test('capitals inside a sentence after a function word are a name, not labels', () => {
    const sentence = 'The crews met the Kestrel Bay Harbour Board Night Ferry Service Winter Crew on Tuesday.'
    expect(run([menu, sentence, ...article].join(' ')).values).toContain(sentence)
    // (Also after a word or two that open the sentence: two function words in a row are no label's.)
    const opening = 'It was when the Kestrel Bay Harbour Board Night Ferry Service met that the vote passed.'
    expect(run([menu, ...article.slice(0, 4), opening, ...article.slice(4)].join(' ')).values).toContain(opening)
  })

  test('a dateline is cut off the words around it, not a date inside a sentence', () => {
    const {values} = run([menu, headline, 'By Ana Ruiz', dateline, ...article].join(' '))
    expect(values).toContain(dateline)
    expect(values).toContain('By Ana Ruiz')
    const inside = 'The vote was taken on November 19, 2030 after a long debate.'
    expect(run([menu, inside, ...article].join(' ')).values).toContain(inside)
  })

  test('a long row of headlines without a sentence end is cut into its headlines', () => {
    const row = [
      'Ferry crews vote on the new winter timetable',
      'Bakery wins prize for its dark rye loaf',
      'Harbour wall repairs start next week after storm damage',
      'Council plans new cycle path along the shore road',
      'Fishing quotas cut again for the winter season',
      'Lighthouse keeper retires after forty years on the rock',
      'School on the island gets a new roof before the rains'
    ]
    const {values} = run([menu, ...article, row.join(' ')].join(' '))
    for (const item of row) expect(values).toContain(item)
  })

  test('a page whose menu is written in lower case: fifty words without a sentence end show it', () => {
    const lowerMenu = 'Latest news Local news Food and drink Health and fitness Home and garden Family life Travel tips Money matters Arts and books Science and nature Cars and bikes Jobs and careers Pets and animals Weather today Puzzles and games Letters to the editor Events near you'
    const text = [lowerMenu, ...article, ...article.slice(0, 6)].join(' ')
    const {values} = run(text)
    expect(values).toContain('Health and fitness')
    for (const sentence of article) expect(values).toContain(sentence)
  })

  test('a widget word or a cue before a sentence is cut off it', () => {
    const {values} = run([menu, ...article.slice(0, 8), 'Advertisement', ...article.slice(8, 12), 'Most read', 'The crossing was quiet on Monday.', ...article.slice(12), footer].join(' '))
    expect(values).toContain('Advertisement')
    expect(values).toContain('Most read')
    expect(values).toContain('The crossing was quiet on Monday.')
  })

  test('a headline written twice in a row is cut into its two copies', () => {
    const twice = 'Lighthouse keeper retires after forty years on the rock'
    const {values} = run([menu, ...article, 'Most read', twice, twice, 'Bakery wins prize', footer].join(' '))
    expect(values.filter((d) => d === twice)).toHaveLength(2)
    // A sentence that repeats a few words is no headline twice.
    const chant = 'The crowd on the quay sang ho ho ho ho ho ho ho ho ho ho until the ferry left.'
    expect(run([menu, ...article, chant, footer].join(' ')).values).toContain(chant)
  })

  test('Chinese and Japanese: a space between their characters and a full stop end a unit', () => {
    const sentences = ['港の理事会は火曜日に夜のフェリーを再開することを決めた。', '乗組員は冬の間に訓練を受ける。', '最初の船は三月に出航する予定だ。']
    const labels = ['ホーム', 'ニュース', 'スポーツ', '天気', '経済', '文化']
    const text = [...labels, sentences.join(''), ...labels, sentences.join('')].join(' ').repeat(20)
    const {values} = run(text, {runOn: true})
    expect(values).toContain('ニュース')
    expect(values).toContain(sentences[1])
  })

  test('a text with line breaks, a single long paragraph and a short input are left alone', () => {
    const lines = [menu, headline, ...article, related, footer].join('\n')
    expect(run(lines).file.messages).toEqual([])
    expect(run(lines).values).toHaveLength(lines.split('\n').length)
    // One paragraph of 1,500 characters and more: sentences, no furniture.
    const paragraph = [...article, ...article].join(' ')
    expect(paragraph.length).toBeGreaterThan(1500)
    expect(run(paragraph).values).toEqual([paragraph])
    expect(run(page.slice(0, 1000)).values).toEqual([page.slice(0, 1000)])
  })

  test('a line that repeats the paragraphs of the page around it (a copy of the article in one piece) is left whole', () => {
    const copy = [menu, ...article, footer].join(' ')
    const text = [headline, ...article, copy, 'Bakery wins prize for its dark rye loaf'].join('\n')
    const {values, file} = run(text)
    expect(values).toContain(copy)
    expect(file.messages).toEqual([])
  })

  test('options: `runOn: false` never splits, `true` splits a long paragraph too', () => {
    expect(run(page, {runOn: false}).values).toEqual([page])
    const paragraph = [...article, ...article].join(' ')
    expect(run(paragraph, {runOn: true}).values).toHaveLength(article.length * 2)
    expect(() => run(page, {runOn: 'yes' as unknown as boolean})).toThrow(/runOn/)
  })

  test('cleanup: the article of a page run together, without its menu and footer', () => {
    const result = cleanup(page)
    for (const sentence of article) expect(result.body).toContain(sentence)
    expect(result.body).not.toContain('Newsletters')
    expect(result.body).not.toContain('Privacy Policy')
    expect(checkConservation(page, cleanup(page, {trace: true})).ok).toBe(true)
    // Without the step the page is one block, kept whole.
    expect(cleanup(page, {runOn: false}).body).toContain('Newsletters')
  })
})
