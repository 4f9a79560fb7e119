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

  test('capitals that open a sentence, then a comma and lower-case words, are the sentence\'s, not labels', () => {
    const sentence = 'Singer-fiddlers Ilse Varga Holm and Tomas Berg, drummer Ana Lind and the harbour choir will sail on the first night ferry.'
    expect(run([menu, ...article.slice(0, 3), sentence, ...article.slice(3)].join(' ')).values).toContain(sentence)
    const clause = 'Harbour Board Ferry Service Manager Ilse Varga, who ran the old night ferry for ten years, will skipper the new boat.'
    expect(run([menu, ...article.slice(0, 3), clause, ...article.slice(3)].join(' ')).values).toContain(clause)
    // With a capital after the comma, they are labels.
    const labels = 'Ferries Moorings Lighthouses Regattas Marinas Buoys, Wharves Cranes Slipways'
    expect(run([menu, ...article.slice(0, 3), labels, ...article.slice(3)].join(' ')).values).toContain('Regattas')
  })

  test('capitals inside a sentence after a function word are a name, not labels', () => {
    const sentence = 'The crews met the Kestrel Bay Harbour Board Night Ferry Service Winter Crew on Tuesday.'
    expect(run([menu, sentence, ...article].join(' ')).values).toContain(sentence)
    // (Also after a word or two that open the sentence: two function words in a row are no label's.)
    const opening = 'It was when the Kestrel Bay Harbour Board Night Ferry Service met that the vote passed.'
    expect(run([menu, ...article.slice(0, 4), opening, ...article.slice(4)].join(' ')).values).toContain(opening)
  })

  test('after a function word, capitals as many as a menu\'s are labels; titles in quotes with commas are not', () => {
    const truncated = 'Ferry crews ask for help for the families of injured deckhands and'
    const localMenu = 'Local Island News Harbour Sport Weather Traffic Tides Events Shops Jobs Homes Cars Puzzles Letters'
    const {values} = run([menu, headline, ...article, truncated, localMenu, ...article.slice(0, 4), footer].join(' '))
    expect(values).toContain(truncated)
    expect(values).toContain('Tides')
    // "including “Night Ferry,” “Harbour Song,” …": a list of titles inside a sentence stays whole.
    const songs = 'The band will play its old hits on the tour, including “Night Ferry,” “Harbour Song,” “Kestrel Bay Blues,” “North Pier Dance,” “Winter Tide,” and “Lighthouse Keeper.”'
    expect(run([menu, headline, ...article, songs, footer].join(' ')).values).toContain(songs)
  })

  test('a dateline is cut off the words around it, not a date inside a sentence', () => {
    const {values} = run([menu, headline, 'By Ana Ruiz', dateline, ...article].join(' '))
    expect(values).toContain(dateline)
    expect(values).toContain('By Ana Ruiz')
    const inside = 'The vote was taken on November 19, 2030 after a long debate.'
    expect(run([menu, inside, ...article].join(' ')).values).toContain(inside)
    // A comma of its own between the date and the time (each a text node): "19 Nov 2030 , 9:42am".
    const listed = run([menu, ...article, 'Bakery wins prize for its dark rye loaf 19 Nov 2030 , 9:42am Harbour wall repairs start next week 18 Nov 2030 , 4:10pm', footer].join(' ')).values
    expect(listed).toContain('19 Nov 2030 , 9:42am')
    expect(listed).toContain('Harbour wall repairs start next week')
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
    // A headline before the article's first sentence: a capitalised function word after a lower-case word opens it.
    const opening = 'Harbour club names a new coach for the winter league The former captain said the board had chosen well and that training would start on Monday.'
    const opened = run([menu, ...article, opening, footer].join(' ')).values
    expect(opened).toContain('Harbour club names a new coach for the winter league')
    // Three headlines between two menus: more than twenty words without a sentence end.
    const three = run([menu, ...article, row.slice(0, 3).join(' '), footer].join(' ')).values
    for (const item of row.slice(0, 3)) expect(three).toContain(item)
  })

  test('a page whose menu is written in lower case: fifty words without a sentence end show it', () => {
    const lowerMenu = 'Latest news Local news Food and drink Health and fitness Home and garden Family life Travel tips Money matters Arts and books Science and nature Cars and bikes Jobs and careers Pets and animals Weather today Puzzles and games Letters to the editor Events near you'
    const text = [lowerMenu, ...article, ...article.slice(0, 6)].join(' ')
    const {values} = run(text)
    expect(values).toContain('Health and fitness')
    for (const sentence of article) expect(values).toContain(sentence)
  })

  test('a numbered list run together is cut at its numbers, a score\'s numbers are not', () => {
    const popular = 'Most Read 1 Bakery wins prize for its dark rye loaf 2 Harbour wall repairs start next week 3 “We will sail again,” says the skipper 4 Lighthouse keeper retires after forty years'
    const {values} = run([menu, headline, ...article, popular, footer].join(' '))
    expect(values).toContain('Bakery wins prize for its dark rye loaf')
    expect(values).toContain('Harbour wall repairs start next week')
    expect(values).toContain('3')
    // "Ana Ruiz 1 goal. Mia Holm 2 saves.": numbers before a lower-case word count something.
    const scores = 'Ana Ruiz 1 goal and Mia Holm 2 saves and Ida Berg 3 assists for the harbour side.'
    expect(run([menu, headline, ...article, scores, footer].join(' ')).values).toContain(scores)
  })

  test('a comment\'s header is cut off the comment\'s text: after the verb or the time, and before a name after a sentence end', () => {
    const comments = [
      'Mira Holm on November 19, 2030 at 6:34 pm said:',
      'The night crossing will help the bakery a lot.',
      'Ida Berg November 20, 2030 at 7:02 am',
      'Will the boat take bicycles?',
      'quayfan7 says:',
      'November 21, 2030 at 9:15 pm',
      'Only if there is room on deck.'
    ]
    const {values} = run([menu, headline, ...article, 'Comments', ...comments, footer].join(' '))
    // (The header may be cut further, at its date: its last unit ends with the verb or the time.)
    expect(values.some((d) => d.endsWith('6:34 pm said:'))).toBe(true)
    expect(values).toContain(comments[1])
    expect(values.some((d) => d.endsWith('7:02 am'))).toBe(true)
    expect(values).toContain(comments[3])
    expect(values).toContain(comments[4])
    expect(values).toContain(comments[6])
    // ("on November 19, 2030 at 6:34 pm the board…": a time inside a sentence goes on into it.)
    const sentence = 'The vote came on November 19, 2030 at 6:34 pm and the room cheered for a long time after it.'
    expect(run([menu, headline, ...article, sentence, footer].join(' ')).values).toContain(sentence)
  })

  test('a tag list after its cue is one unit, cut off what is around it', () => {
    // Items between commas (a comma of its own between two links), up to a word whose case differs.
    const commas = 'Filed under harbour , ferries , night crossing , island life'
    let values = run([menu, headline, ...article, 'Copy', commas, 'Share this article:', footer].join(' ')).values
    expect(values).toContain(commas)
    // Words in lower case after a cue with a colon, up to a capital.
    const colon = 'Tags: harbour ferries winter'
    values = run([menu, headline, byline, colon, ...article, footer].join(' ')).values
    expect(values).toContain(colon)
    expect(values).toContain(article[0])
    // Capitalised words after a colon, up to a sentence.
    values = run([menu, headline, ...article, 'Tags: Ferry Bargains Ferry crews vote on the new timetable today', footer].join(' ')).values
    expect(values).toContain('Tags: Ferry Bargains')
    // One item up to a separator.
    values = run([menu, headline, ...article, 'Posted in Harbour Ferry News | Permalink | 3 Comments', footer].join(' ')).values
    expect(values).toContain('Posted in Harbour Ferry News')
    // (A cue word inside a sentence is no cue: "the tags on the crates".)
    const sentence = 'Tags on the crates, the boxes and the sacks show where the freight goes.'
    expect(run([menu, headline, ...article, sentence, footer].join(' ')).values).toContain(sentence)
  })

  test('a header line shorter than the long line after it, with a menu, is run together too', () => {
    const header = [menu, 'Harbour Town Island Life Ferries Weather Tides Events Shops Jobs Homes Cars Puzzles Podcasts Letters Obituaries Notices Classifieds', menu, headline, dateline, byline, share, menu, 'Skip to the main content of this page'].join(' ')
    const body = [...article, footer].join(' ')
    expect(header.length).toBeGreaterThan(500)
    expect(header.length).toBeLessThan(1500)
    expect(body.length).toBeGreaterThan(1500)
    expect(body.length).toBeLessThan((header.length + body.length) * 0.75)
    const {values} = run(header + '\n' + body)
    expect(values).toContain('Weather')
    expect(values).toContain(headline)
    expect(values).toContain(article[1])
  })

  test('a count in parentheses after each item ends the item, not an enumeration in a sentence', () => {
    const popular = 'Most commented Night ferry returns to the island (142) Bakery wins prize for its dark rye loaf (87) Harbour wall repairs start next week (31)'
    const {values} = run([menu, headline, ...article, popular, footer].join(' '))
    expect(values).toContain('Night ferry returns to the island (142)')
    expect(values).toContain('Bakery wins prize for its dark rye loaf (87)')
    const sentence = 'The module has three parts: (1) crew quarters, (2) a galley and (3) a workshop.'
    expect(run([menu, headline, ...article, sentence, footer].join(' ')).values).toContain(sentence)
  })

  test('a photo\'s credit ends its caption, before the sentence after it', () => {
    const captioned = [
      'Crews tie up the night ferry at the north pier. Credit: Ana Ruiz',
      'Fishermen on the island welcomed the news.',
      'The old boat at the quay Photo by Mira Holm',
      '“We have waited for this,” said a baker.',
      'A deckhand coils a rope on the pier. (Photo: Harbour Board)',
      'Shops on the quay plan to stay open later.'
    ]
    const {values} = run([menu, headline, ...article, ...captioned, footer].join(' '))
    // (The credit after a sentence end is a unit of its own.)
    expect(values).toContain('Credit: Ana Ruiz')
    for (const part of captioned.slice(1)) expect(values).toContain(part)
    // A gallery's counter after an image's cue: a unit of its own.
    const gallery = run([menu, headline, ...article, 'Crews at work on the pier. Image 2 of 5 The night ferry leaves the quay at dusk.', footer].join(' ')).values
    expect(gallery).toContain('Image 2 of 5')
    expect(gallery).toContain('The night ferry leaves the quay at dusk.')
    const sentence = 'A photo by Ana Ruiz shows the night ferry at the north pier.'
    expect(run([menu, headline, ...article, sentence, footer].join(' ')).values).toContain(sentence)
  })

  test('a kicker in capitals between two headlines is a unit of its own', () => {
    const row = 'Most read in island news NIGHT OWLS Ferry crews train for the late crossing in a gale STALE BREAD Bakery loses its prize after a tasting row'
    const {values} = run([menu, headline, ...article, row, footer].join(' '))
    expect(values).toContain('NIGHT OWLS')
    expect(values).toContain('Ferry crews train for the late crossing in a gale')
    expect(values).toContain('STALE BREAD')
    // (Capitals inside a sentence, before a lower-case word, stay: "the NATO HQ building".)
    const sentence = 'Crews met at the old NATO HQ building near the quay before the vote on Tuesday.'
    expect(run([menu, headline, ...article, sentence, footer].join(' ')).values).toContain(sentence)
  })

  test('a widget word or a cue before a sentence is cut off it', () => {
    const {values} = run([menu, ...article.slice(0, 8), 'Advertisement', ...article.slice(8, 12), 'Most read', 'The crossing was quiet on Monday.', ...article.slice(12), footer].join(' '))
    expect(values).toContain('Advertisement')
    expect(values).toContain('Most read')
    expect(values).toContain('The crossing was quiet on Monday.')
    // A cue of two words or more that ends a unit (a share row after it): cut off the words before it.
    const before = 'Read more from our series on the Harbour Ferry Service'
    const cued = run([menu, ...article, before, 'Recommended for you', share, ...article.slice(0, 3), footer].join(' ')).values
    expect(cued).toContain(before)
    expect(cued).toContain('Recommended for you')
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

  test('Chinese and Japanese: a full stop, a space and an opening bracket end a unit too', () => {
    const sentences = ['港の理事会は火曜日に夜のフェリーを再開することを決めた。', '「乗組員は冬の間に訓練を受ける」と話した。', '最初の船は三月に出航する予定だ。']
    const labels = ['ホーム', 'ニュース', 'スポーツ', '天気', '経済', '文化']
    const text = [...labels, ...sentences, ...labels, ...sentences].join(' ').repeat(20)
    const {values} = run(text, {runOn: true})
    // "決めた。 「乗組員": the space after a full stop, before a bracket, was a text node's edge.
    expect(values).toContain(sentences[0])
    expect(values).toContain(sentences[1])
  })

  test('a breadcrumb\'s angle brackets and one wider gap do not make a page run together code', () => {
    const sentences = ['港の理事会は火曜日に夜のフェリーを再開することを決めた。', '乗組員は冬の間に訓練を受けることになった。', '最初の船は三月に出航する予定だと理事会は話した。']
    const labels = ['ホーム', 'ニュース', 'スポーツ', '天気', '経済', '文化']
    const body: string[] = []
    for (let i = 0; i < 22; i++) body.push(...sentences)
    // "ホーム > ブログ": a breadcrumb; "文化  港": one text node that ended in a space of its own.
    const text = [...labels, 'ホーム > ブログ > 夜のフェリー', labels.join(' ') + ' ', ...body].join(' ')
    expect(text.length).toBeGreaterThan(1500)
    const {values, file} = run(text)
    expect(file.messages.map((d) => d.ruleId)).toEqual(['split-run-on-text'])
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

describe('splitRunOnText in the preset: rows of tags', () => {
  test('capitalised words inside or after the article are no row of tags: the units of a page run together are guesses', () => {
    // "Night Ferry Crews Train:": a heading inside the article, cut apart at its capitals.
    const text = [menu, headline, ...article.slice(0, 10), 'Night Ferry Crews Train:', ...article.slice(10), footer].join(' ')
    const result = cleanup(text)
    expect(run(text).values).toContain('Night')
    expect(result.tags).toEqual([])
    // A tag list after its cue is still one.
    expect(cleanup([menu, headline, ...article, 'Tags: harbour , ferries , winter', footer].join(' ')).tags).toEqual(['harbour', 'ferries', 'winter'])
  })

  test('a headline in title case cut where its capitals meet: its pieces after the first are marked, a menu\'s labels are not', () => {
    const headlines = "Related Harbour Crews' Winter: The Long Night Shift Begins On North Quay Island Bakery's Secret: Twelve Loaves Before Dawn"
    const capitals = "Video HARBOUR CREW'S 'LONG' WINTER SHIFT BEGINS"
    // (A short line before the page run together: the marks go with their own line.)
    // A menu of more than sixty labels holds possessives and colons too: it is no headline.
    const sections = "Sailors' Corner Editors' Picks Today's Paper Travel: Islands Arts Books Music Film Theatre Food Wine Gardens Homes Cars Money Jobs Schools Weather Tides Maps Letters Obituaries Puzzles Games Podcasts Video Photos Events Shop Archive Help Contact Careers Advertise Privacy Terms Cookies Accessibility Newsletters Alerts Apps Feeds Awards Tickets Offers Dating Classifieds Notices Subscriptions"
    const text = 'Kestrel Gazette\n\n' + [menu, sections, headline, ...article.slice(0, 8), headlines, ...article.slice(8, 12), capitals, ...article.slice(12), footer].join(' ')
    const {tree} = run(text)
    const pieces = tree.children.filter((d) => d.data.headlinePiece).map((d) => d.value)
    expect(pieces).toContain('Winter:')
    expect(pieces).toContain('Secret:')
    // In capitals too ("CREW'S" is a possessive).
    expect(pieces).toContain("'LONG'")
    // The first piece of the run is not marked, nor is any label of the menu.
    expect(pieces).not.toContain('Related')
    expect(tree.children.some((d) => d.value === 'Sport' && !d.data.headlinePiece)).toBe(true)
    const menuLabels = tree.children.filter((d) => d.position!.start.offset! < 'Kestrel Gazette\n\n'.length + menu.length + sections.length)
    expect(menuLabels.length).toBeGreaterThan(10)
    expect(menuLabels.some((d) => d.data.headlinePiece)).toBe(false)
  })

  test('cleanup: a headline cut into pieces between two parts of the article does not cut the article in two', () => {
    const headlines = "Related Harbour Crews' Winter: The Long Night Shift Begins On North Quay Island Bakery's Secret: Twelve Loaves Before Dawn Every Single Day"
    const text = [menu, ...article.slice(0, 8), headlines, ...article.slice(8), footer].join(' ')
    const result = cleanup(text)
    for (const sentence of article) expect(result.body).toContain(sentence)
    expect(result.body).not.toContain('Winter:')
    expect(result.body).not.toContain('Sign in')
  })
})
