import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, parseText, splitGluedBlocks} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `splitGluedBlocks` on a text. */
function run(text: string, options?: Parameters<typeof splitGluedBlocks>[0]) {
  const processor = unified().use(parseText).use(splitGluedBlocks, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.map((d) => d.value)}
}

// What `textContent` gives for paragraphs with no white space between them.
const glued = [
  'The harbour board voted on Tuesday to bring back the night ferry.',
  'Crews will train through the winter, the board said.',
  '“We have waited for this,” one islander said.',
  'Why now?',
  'I asked the captain about the crossing.',
  'The old boat was sold in 2019, and the island had no evening crossing since.',
  '"It is a lifeline," said the mayor.'
]

describe('splitGluedBlocks', () => {
  test('splits paragraphs glued at sentence ends, and says so once', () => {
    const {values, file, tree} = run(glued.join(''))
    expect(values).toEqual(glued)
    expect(file.messages.map((d) => [d.ruleId, d.source])).toEqual([['split-glued-blocks', 'unscrape']])
    const text = glued.join('')
    expect(String(file.messages[0])).toBe(`1:1-1:${text.length + 1}: Split 6 paragraphs glued to the one before without a space (“….The …”)`)
    // Each piece points at its own text, and opens a paragraph.
    for (const block of tree.children) expect(text.slice(block.position.start.offset, block.position.end.offset)).toBe(block.value)
    expect(tree.children.slice(1).map((d) => d.data.blankBefore)).toEqual([1, 1, 1, 1, 1, 1])
  })

  test('a straight quote after the end opens the next paragraph when the quotes before are paired', () => {
    const text = 'She said "no" twice.' + '"We will sail," the captain said.' + 'Nobody argued.' + 'The crossing took an hour.'
    expect(run(text).values).toEqual(['She said "no" twice.', '"We will sail," the captain said.', 'Nobody argued.', 'The crossing took an hour.'])
  })

  test('a slip or two in a text that spaces its sentences is left alone', () => {
    const text = [
      'The harbour board voted on Tuesday to bring back the night ferry. Crews will train through the winter.',
      'The old boat was sold last spring.The island had no evening crossing since. Islanders asked for one every year.',
      'The mayor called it a lifeline. Tickets go on sale in February. Students pay half.'
    ].join('\n')
    const {values, file} = run(text)
    expect(values).toHaveLength(3)
    expect(file.messages).toEqual([])
    // Unless told.
    expect(run(text, {glued: true}).values).toHaveLength(4)
    expect(run(glued.join(''), {glued: false}).values).toHaveLength(1)
  })

  test('in text that keeps its source indentation, three glued ends are the habit whatever their share', () => {
    // Many spaced sentences (comments, teasers) around three glued paragraph ends.
    const spaced = 'Readers wrote in about the crossing. Some liked it. Others did not. The mayor did. '.repeat(10).trim()
    const article = 'The board voted on Tuesday.Crews will train all winter.The old boat was sold.Tickets go on sale soon.'
    const indentation = '\n' + '      \n'.repeat(30)
    const text = '    ' + article + indentation + '    ' + spaced + indentation
    expect(run(text).values).toEqual([
      'The board voted on Tuesday.',
      'Crews will train all winter.',
      'The old boat was sold.',
      'Tickets go on sale soon.',
      spaced
    ])
    // Laid out text with the same sentences: a slip.
    expect(run(article + '\n\n' + spaced).values).toEqual([article, spaced])
    // Two spaces after a sentence end are the source's there (`</p>  <p>`), a typist's elsewhere.
    const double = 'The board voted on Tuesday.  Crews will train all winter.  The old boat was sold.  Tickets go on sale soon.'
    expect(run('    ' + double + indentation + '    ' + spaced + indentation).values).toEqual([
      'The board voted on Tuesday.',
      'Crews will train all winter.',
      'The old boat was sold.',
      'Tickets go on sale soon.',
      spaced
    ])
    expect(run(double + '\n\n' + spaced).values).toEqual([double, spaced])
  })

  test('two spaces after a sentence end are a paragraph break where the text ends its sentences with one', () => {
    // `textContent` of an article whose source has two spaces between `</p>` and `<p>`.
    const paragraphs = [
      'The harbour board voted on Tuesday to bring back the night ferry. The vote was close.',
      'Crews will train through the winter, the board said. The first crossing is set for May.',
      'The old boat was sold in 2019. The island had no evening crossing since.',
      'Tickets go on sale in April. Islanders pay half.'
    ]
    expect(run(paragraphs.join('  ')).values).toEqual(paragraphs)
    // Paragraphs of one sentence or two: a third of the sentence ends with one space is enough.
    const short = ['The board voted on Tuesday.', 'The vote was close. Crews will train all winter.', 'The old boat was sold.', 'Tickets go on sale in April. Islanders pay half.']
    expect(run(short.join('  ')).values).toEqual(short)
    // A typist who puts two spaces after a sentence puts them after each: one paragraph.
    const typed = paragraphs.join(' ').replace(/\. /g, '.  ')
    expect(run(typed).values).toEqual([typed])
    // Or after five in a row, with other sentences after them that take one.
    const mixed = 'The board met.  The vote was close.  Crews train in May.  The boat was sold.  Fares go up.  ' + paragraphs.join(' ')
    expect(run(mixed).values).toEqual([mixed])
  })

  test('a long line is cut at the white space the source left between elements', () => {
    // A minified page's `textContent`: one line, elements apart only where the source had indentation.
    const paragraph = 'The harbour board voted on Tuesday to bring back the night ferry. '.repeat(12).trim()
    const other = 'Crews will train through the winter, the board said, and the old shed will be their classroom. '.repeat(8).trim()
    const parts = ['Home', 'News', 'Island news', 'Sport', paragraph, 'Share', 'Email', other, '© 2030 The Island Courier']
    const line = parts.join('   ') + '\t' + 'Contact us'
    expect(run(line).values).toEqual([...parts, 'Contact us'])
    // Two spaces after a sentence (a typist's habit) and short lines stay.
    const typed = paragraph.replace(/\. /g, '.  ') + '  ' + other
    expect(run(typed).values).toEqual([typed])
    expect(run('Home   News   Sport   Weather').values).toEqual(['Home   News   Sport   Weather'])
  })

  test('a sentence that ends on an acronym is glued to a whole word, not to a piece of a name', () => {
    const pieces = ['The crews told the BBC.', 'Tickets go on sale in May.', 'The report is in the journal HMJ.', '"Nobody argued," the captain said.', 'The board met again.']
    expect(run(pieces.join('')).values).toEqual(pieces)
    expect(run('The site runs on ASP.Net and the U.S.Army paid.The board met.The crews left.', {glued: true}).values).toEqual([
      'The site runs on ASP.Net and the U.S.Army paid.',
      'The board met.',
      'The crews left.'
    ])
  })

  test('a caption or a heading that ends on a parenthesis is cut off the paragraph glued to it', () => {
    const pieces = ['The old pier at dawn (Photo: Ana Ruiz)', 'According to the board, the pier will be rebuilt by spring.', 'How we got here (and what comes next)', 'Within a year the crossing will take half an hour.']
    expect(run(glued.join('') + pieces.join('')).values.slice(glued.length)).toEqual(pieces)
    // (Not code, nor a parenthesis opened far before.)
    const code = 'Call render(page)Then wait.'
    expect(run(glued.join('') + code).values.slice(glued.length)).toEqual([code])
  })

  test('abbreviations, initials and addresses are no glue', () => {
    const text =
      'The U.S.Army sent a boat.' + 'Write to www.HarbourNews.org or to Mr.Lind.' + 'See harbour.example/News.Today for times.' + 'The crossing took an hour.' + 'Nobody argued.' + 'The board met again.'
    expect(run(text, {glued: true}).values).toEqual([
      'The U.S.Army sent a boat.',
      'Write to www.HarbourNews.org or to Mr.Lind.',
      'See harbour.example/News.Today for times.',
      'The crossing took an hour.',
      'Nobody argued.',
      'The board met again.'
    ])
  })

  test('a sentence that ends on a number, a parenthesis or a quotation is glued too', () => {
    const pieces = [
      'The old boat was sold in 2019.',
      'Fares went up by a third (2).',
      'The crews called the plan “late”.',
      '“The captain told us to wait for him.’”',
      'Nobody argued with the harbour master.',
      'The guide lists the stops, in order.',
      '1. Take the early ferry, it leaves the quay at six.',
      'Они сказали: «мы ждём весны».',
      'Паром вернётся в марте.'
    ]
    expect(run(pieces.join('')).values).toEqual(pieces)
    // (A decimal and a version number stay whole.)
    expect(run('Fares drop to $19.99. Check the times.The board met.', {glued: true}).values).toEqual(['Fares drop to $19.99. Check the times.', 'The board met.'])
    expect(run('It costs 2.50 now.The board met in v2.Harbour hall.The crossing took an hour.', {glued: true}).values).toEqual([
      'It costs 2.50 now.',
      'The board met in v2.Harbour hall.',
      'The crossing took an hour.'
    ])
  })

  test('a heading glued to its paragraph is cut off too, names written in camel case stay whole', () => {
    const pieces = [
      'The harbour board voted on Tuesday to bring back the night ferry.',
      'Crews will train through the winter, the board said.',
      'Opening hours',
      'The ticket office opens at six on weekdays, and an hour later on Sundays.',
      'Night Services',
      'The last ferry leaves the quay at midnight.',
      'Nobody argued with the harbour master.'
    ]
    // "hoursThe": a heading in lower case before a capital; "ServicesThe" (a capitalised word) only before a function word.
    expect(run(pieces.join('')).values).toEqual(pieces)
    // Names and code stay whole: "iPhone", "McNeil", "LinkedIn", "WeChat", "getElementById", "#harbourLife".
    const names = 'Write on LinkedIn or WeChat to Ms McNeil.' + 'Her iPhone app calls getElementById once.' + 'Follow #harbourLife for news.' + pieces[5]
    expect(run(names, {glued: true}).values).toEqual([
      'Write on LinkedIn or WeChat to Ms McNeil.',
      'Her iPhone app calls getElementById once.',
      'Follow #harbourLife for news.',
      pieces[5]
    ])
    // A row of names without a sentence is cut elsewhere (where the body names them).
    const row = 'Blue HarbourCeres LabsCLPSlunar landerSierra Mills Corp SpaceXKestrel'
    expect(run(pieces.join('') + '\n' + row).values.slice(-1)).toEqual([row])
    // A glued sentence end or two and headings glued to their paragraphs make the habit together.
    const few = 'Opening hoursThe ticket office opens at six. Crews train all winter.Nobody argued. Night servicesThe last ferry leaves at midnight. Fares went up in May.'
    expect(run(few).values).toEqual([
      'Opening hours',
      'The ticket office opens at six. Crews train all winter.',
      'Nobody argued. Night services',
      'The last ferry leaves at midnight. Fares went up in May.'
    ])
    // Not in a text that does not glue its blocks as a habit.
    const spaced = 'Opening hoursThe ticket office opens at six. Crews train all winter. The board met on Monday. Nobody argued.'
    expect(run(spaced).values).toEqual([spaced])
  })

  test('a word in capitals, a lead-in with a colon and the source indentation between blocks are glue too', () => {
    const pieces = [
      'The harbour board voted on Tuesday to bring back the night ferry.',
      'UNESCO says the old pier can hold the new cranes.',
      'DEAR READER: the crossing is free in May.',
      'Here is the plan:',
      'The crews train through the winter.',
      'Nobody argued with the harbour master.'
    ]
    expect(run(pieces.join(''), {glued: true}).values).toEqual(pieces)
    // "at six.      The crews": `</p>` and `<p>` on one line of the page's source (a typist's two spaces are kept).
    const text = 'The ferry leaves at six.      The crews voted.\tThe board met.  It said so.'
    expect(run(text, {glued: true}).values).toEqual(['The ferry leaves at six.', 'The crews voted.', 'The board met.  It said so.'])
    // "Here is the thing …The crews": an ellipsis glued to a capital.
    expect(run('Here is the thing …The crews voted.Nobody argued...We sailed.', {glued: true}).values).toEqual([
      'Here is the thing …',
      'The crews voted.',
      'Nobody argued...',
      'We sailed.'
    ])
    // A lead-in with a colon before a heading glued to its paragraph, in a block with no sentence glued: every cut, in the order of the text.
    expect(run('The board met on Tuesday.Crews voted.\nHere is what to know:There is still a chance for these crewsAs it stands, each crew sails twice a week.', {glued: true}).values).toEqual([
      'The board met on Tuesday.',
      'Crews voted.',
      'Here is what to know:',
      'There is still a chance for these crews',
      'As it stands, each crew sails twice a week.'
    ])
    // Headings in capitals glued on either side: after a colon, after a word in lower case, before a capitalised word.
    const capitals = 'The board met on Tuesday.Crews rank the crossings like this:NOT HARD TO SAILSailing by day with the wind behind you Sailing past the pierINTIMIDATINGSailing at night in a gale'
    expect(run(capitals, {glued: true}).values).toEqual([
      'The board met on Tuesday.',
      'Crews rank the crossings like this:',
      'NOT HARD TO SAIL',
      'Sailing by day with the wind behind you Sailing past the pier',
      'INTIMIDATING',
      'Sailing at night in a gale'
    ])
    // A term in capitals, a name in mixed case: no heading.
    const terms = 'The board met on Tuesday.Crews chose leanFIRE, and the fatFIRE plan went to the iPHONE team and the NASA crew at the HTMLElement desk.'
    expect(run(terms, {glued: true}).values).toEqual(['The board met on Tuesday.', 'Crews chose leanFIRE, and the fatFIRE plan went to the iPHONE team and the NASA crew at the HTMLElement desk.'])
    // Times and addresses stay whole.
    expect(run('The ferry leaves at 10:30.Write to https://harbour.example today.', {glued: true}).values).toEqual([
      'The ferry leaves at 10:30.',
      'Write to https://harbour.example today.'
    ])
  })

  test('the links of a menu run into each other become lines; headlines and code stay whole', () => {
    const menu = 'About UsPrivacy PolicyContactFerry TimesSitemap'
    const text = glued.join('') + '\n' + menu + '\nLatest NewsHarbour Board Votes To Bring Back The Night FerryCrews Train All Winter In Old Sheds\nvar timeStamp = {nowAt: closeStamp}'
    const {values, tree} = run(text)
    expect(values.slice(glued.length)).toEqual([
      'About Us',
      'Privacy Policy',
      'Contact',
      'Ferry Times',
      'Sitemap',
      'Latest NewsHarbour Board Votes To Bring Back The Night FerryCrews Train All Winter In Old Sheds',
      'var timeStamp = {nowAt: closeStamp}'
    ])
    // (The links are lines of one run: no blank line between them.)
    expect(tree.children.slice(glued.length + 1, glued.length + 5).map((d) => d.data.blankBefore)).toEqual([0, 0, 0, 0])
  })

  test('the links of a menu glued inside a longer block are cut off it as lines; names and code stay whole', () => {
    const menu = ['Home', 'News', 'Island Life', 'Sport', 'Weather']
    const after = 'Our readers like the new timetable, and the cafe on the quay stays open later.'
    const line = glued.join('') + menu.join('') + after
    const {values, tree} = run(line)
    expect(values).toEqual([...glued, ...menu, after])
    // (The links are lines of one run, the run a paragraph of its own.)
    expect(tree.children.slice(glued.length, glued.length + menu.length + 1).map((d) => d.data.blankBefore)).toEqual([1, 0, 0, 0, 0, 1])
    // Names in camel case, code and menus of long links stay.
    const names = 'She sold her iPhone, iPad, MacBook and AirPods on eBay.'
    const code = 'It ran document.getElementsByTagName and then the playerPropertyObj loaded.'
    const long = 'Read the Harbour Board Minutes In FullSee the Timetable For The Winter MonthsAsk the Crews About The Night FerryWrite to the Editor of This Paper'
    expect(run(glued.join('') + names + code + long).values.slice(glued.length)).toEqual([names, code, long])
  })

  test('cards of a list whose title is glued to its summary are cut in two, whatever the habit', () => {
    // `<h3>Title</h3><p>Summary</p>` read as `textContent`: one line per card, the title run into the summary.
    const cards = [
      ['Night ferry returns in spring', 'The board voted to bring back the evening crossing after six years.'],
      ['Quay cafe stays open later', 'Owners say the new timetable brings walkers in after dark.'],
      ['Harbour Guide 2026', 'Tickets, times and the best walks on the island, in one place.'],
      ['Island choir sings in the square', 'Forty voices and a brass band filled the harbour on Sunday.']
    ]
    const text = 'Latest from the island\n' + cards.map(([title, summary]) => title + summary).join('\n')
    const {values, tree, file} = run(text)
    expect(values).toEqual(['Latest from the island', ...cards.flat()])
    // Title and summary are paragraphs apart; each piece points at its own text.
    expect(tree.children.slice(1).map((d) => d.data.blankBefore)).toEqual([0, 1, 0, 1, 0, 1, 0, 1])
    for (const block of tree.children) expect(text.slice(block.position.start.offset, block.position.end.offset)).toBe(block.value)
    expect(file.messages.map(String)).toEqual(['2:1-5:92: Split 4 cards of a list whose title is glued to its summary (“…strikeThe union…”)'])
    // Two cards are no list; `glued: false` turns the step off.
    expect(run(cards.slice(0, 2).map(([title, summary]) => title + summary).join('\n')).values).toHaveLength(2)
    expect(run(text, {glued: false}).values).toHaveLength(5)
  })

  test('names in camel case are no card glue: repeated, short, a function word, in code, or after a sentence', () => {
    const cards = ['Night ferry returnsThe board voted to bring back the evening crossing.', 'Quay cafe stays openOwners say the new timetable brings walkers in.', 'Island choir singsForty voices filled the harbour on Sunday.']
    const names = [
      // A name the page writes twice (here, in the line after).
      'New PlayStation games this week and what the critics think of them so far.',
      // Two letters before the capital; a function word; code.
      'Why the McNeil family sold the old boatyard after forty years on the quay.',
      'Borrow the ebook with the OverDrive app of the island library this winter.',
      'The harbourPlayer setting = {autoplay: true} loads the video of the meeting.',
      // The capital after a sentence end: a title has none.
      'The crews met. Then the boardVoted for the plan, and the mayor said so too.'
    ]
    for (const line of names) {
      // (Between cards of a list, where a glue would be cut.)
      const text = [cards[0], line, cards[1], cards[2], 'More on the PlayStation later.'].join('\n')
      const {values} = run(text)
      expect(values).toContain(line)
      expect(values).toHaveLength(8)
    }
  })

  test('a section label glued to each headline of a list is no card: a headline does not end like a sentence', () => {
    const lines = ['IslandsFerry crews vote to strike over the winter timetable', 'SportHarbour rowing club wins the regional final again', 'WeatherStorm closes the quay road for a second night']
    expect(run(lines.join('\n')).values).toEqual(lines)
    // With summaries that end like sentences (an ellipsis too), they are cards.
    const cards = lines.map((d, i) => d + ['.', '…', ' [...]'][i])
    expect(run(cards.join('\n')).values).toHaveLength(6)
  })

  test('rejects bad options', () => {
    expect(() => run('a', {glued: 'yes' as unknown as boolean})).toThrow(/`gluedBlocks.glued` must be 'auto', true or false/)
  })

  test('cleanup returns the paragraphs apart, and keeps every word', () => {
    const text = 'Night ferry returns\n\n' + glued.join('')
    const result = cleanup(text)
    // (The short first line may be taken as the title or kept as a paragraph.)
    expect(result.paragraphs.slice(-glued.length)).toEqual(glued)
    expect(checkConservation(text, result).ok).toBe(true)
    expect(cleanup(text, {gluedBlocks: false}).paragraphs.length).toBeLessThan(3)
  })
})
