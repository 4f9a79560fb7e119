import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {findMarkdown, isMarkdown, isSmartMarkdown} from '../src/features/markdown.js'
import {checkConservation, cleanup, parseText, stripMarkdown} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `stripMarkdown` on a text. */
function strip(text: string, options?: Parameters<typeof stripMarkdown>[0]) {
  const processor = unified().use(parseText).use(stripMarkdown, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.filter((d) => d.data.fate !== 'removed').map((d) => d.value)}
}

/** Apply `findMarkdown` to a text. */
function apply(text: string, smart = false): string {
  let out = ''
  let at = 0
  for (const span of findMarkdown(text, smart)) {
    out += text.slice(at, span.start) + span.replacement
    at = span.end
  }
  return out + text.slice(at)
}

const links = 'See [the council](https://gazette.example/council) and [the quay](/quay).'

describe('isMarkdown', () => {
  test('two links in Markdown syntax, or heading marks with a link or bold text', () => {
    expect(isMarkdown(links)).toBe(true)
    expect(isMarkdown('# Ferries\n\nRead [more](https://gazette.example/more).')).toBe(true)
    expect(isMarkdown('# One\n\n## Two\n\n### Three')).toBe(true)
    expect(isMarkdown('# Ferries\n\nThe **night** ferry and the **day** ferry.')).toBe(true)
  })

  test('plain scrapes are not Markdown: stars, underscores, hashtags, one bracket pair', () => {
    expect(isMarkdown('Rated 4* by 2_000 readers #ferries #islands')).toBe(false)
    expect(isMarkdown('The fee [see table] (page 4) rose.\n\n# 1 hit of the summer')).toBe(false)
    expect(isMarkdown('Home\n\nNews\n\nThe ferry left at dawn.')).toBe(false)
  })
})

describe('findMarkdown', () => {
  test('links keep their text; images and targets go', () => {
    expect(apply(links)).toBe('See the council and the quay.')
    expect(apply('![A ferry](https://gazette.example/f.jpg) Crews at dawn')).toBe(' Crews at dawn')
    expect(apply('[![A ferry](f.jpg) The night crossing](https://gazette.example/night)')).toBe(' The night crossing')
    expect(apply('[Ferry (boat)](https://en.example/wiki/Ferry_(boat) "Ferry")')).toBe('Ferry (boat)')
    expect(apply('Read the [report][1] now.')).toBe('Read the report now.')
  })

  test('an image whose target is a `data:` URL goes whole, however long', () => {
    // An icon inlined in the page: "![](data:image/svg+xml;base64,PHN2Zy…)", thousands of characters.
    const data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><path d="M1 1h10v10H1z"/></svg>'.repeat(40)).toString('base64')
    expect(data.length).toBeGreaterThan(3000)
    expect(apply(`<span class="icon">![](data:image/svg+xml;base64,${data})</span> Crews at dawn`)).toBe(' Crews at dawn')
  })

  test('heading, quote and list marks, rules, fences, table pipes', () => {
    expect(apply('## Night ferry ##')).toBe('Night ferry')
    expect(apply('> > Quoted twice')).toBe('Quoted twice')
    expect(apply('1. First\n2) Second')).toBe('First\nSecond')
    // A number at the start of a later line of a paragraph is a wrapped word: only "1." opens a list there.
    expect(apply('The crews voted to keep the ferry until\n2030. The board agreed.')).toBe('The crews voted to keep the ferry until\n2030. The board agreed.')
    expect(apply('The plan has three steps:\n1. Vote\n2. Build')).toBe('The plan has three steps:\nVote\nBuild')
    expect(apply('The crews sail on the\n12. The board agreed.')).toBe('The crews sail on the\n12. The board agreed.')
    expect(apply('- Sail at dawn and come back\nby noon\n2. Rest')).toBe('- Sail at dawn and come back\nby noon\nRest')
    expect(apply('* * *')).toBe('')
    expect(apply('```js\nlet x = 1\n```')).toBe('\nlet x = 1\n')
    expect(apply('| Crossing | Leaves |\n|---|:---:|\n| Night | 23:40 |')).toBe('Crossing Leaves\n\nNight 23:40')
  })

  test('emphasis, code and escapes; snake_case and 2*3 stay', () => {
    expect(apply('The **night** ferry, _late_ and *slow*, ~~cancelled~~.')).toBe('The night ferry, late and slow, cancelled.')
    expect(apply('Set `max_speed` to 2*3 in file_name_here.')).toBe('Set max_speed to 2*3 in file_name_here.')
    expect(apply('1\\. Not a list \\*nor\\* emphasis')).toBe('1. Not a list *nor* emphasis')
  })

  test('html2text writes a space before the closing marks of bold text', () => {
    expect(apply('Last column: **The night ferry never sleeps **')).toBe('Last column: The night ferry never sleeps ')
    expect(apply('**Harbour news: **the pier reopens')).toBe('Harbour news: the pier reopens')
  })

  test('html2text also opens emphasis before a space, and closes `_` after one; not right after a word', () => {
    expect(apply('titled “ ** Salt and Sails** ” this year')).toBe('titled “  Salt and Sails ” this year')
    expect(apply('the show “ _ **Harbour Tales**_ “, made')).toBe('the show “  Harbour Tales “, made')
    expect(apply('[_Want more tides? _](/tides)')).toBe('Want more tides? ')
    // Stars that grade a race stay.
    expect(apply('a class C** and class C*** race')).toBe('a class C** and class C*** race')
  })

  test('a long URL that html2text wrapped after a hyphen is one target', () => {
    expect(apply('[ Pier works to end\nin May\n](https://gazette.example/news/pier-works-to-end-in-may-after-two-\nyears-of-delay/)')).toBe(' Pier works to end\nin May\n')
    expect(apply('![](https://gazette.example/uploads/pier-crane-at-\ndusk-900x400.jpg)')).toBe('')
  })

  test("Pandoc's Markdown: attributes, spans, div fences and escapes", () => {
    expect(apply('the [harbour board](https://gazette.example/board){target="_blank"} met')).toBe('the harbour board met')
    expect(apply('Pier ([[PIER](https://quotes.example/pier){.quote}]{.chart}) rose')).toBe('Pier (PIER) rose')
    expect(apply('![A crane](crane.jpg){.photo\nwidth="80"} at dawn')).toBe(' at dawn')
    expect(apply('## Ferries return {#ferries-return .title}')).toBe('Ferries return')
    expect(apply('::: {.story-body}\nThe crews\\\' pay rose.\n:::\n::: note')).toBe('\nThe crews\' pay rose.\n\n')
    // A div whose attribute copies a whole story's HTML (thousands of characters).
    const copy = '<p>' + 'The crews voted on the new timetable. '.repeat(100) + '</p>'
    expect(apply('::: {data-copy="' + copy + '"}\nThe crews voted.\n:::')).toBe('\nThe crews voted.\n')
  })

  test('bold marks around a whole paragraph, however long', () => {
    const links = Array.from({length: 12}, (_, i) => `[harbour tag ${i}](https://gazette.example/tag/harbour-tag-${i}/)`).join(',\n')
    expect(apply('**Tags\n' + links + '**')).toBe('Tags\n' + Array.from({length: 12}, (_, i) => `harbour tag ${i}`).join(',\n'))
    // Two runs of bold text keep their own marks.
    expect(apply('**Ferries** sail and **crews** train')).toBe('Ferries sail and crews train')
  })

  test('emphasis right after bold text ("**Title***summary*")', () => {
    expect(apply('**Ferries return***Crews are back on the quay.*')).toBe('Ferries returnCrews are back on the quay.')
    expect(apply('**Ferries return**\n*Crews are back.*')).toBe('Ferries return\nCrews are back.')
  })

  test('emphasis around emphasis, around a link or around an image link goes too', () => {
    expect(apply('The route is called “**_Harbour Line – North_**” from May.')).toBe('The route is called “Harbour Line – North” from May.')
    expect(apply('_**[Need a ticket? Ask on the quay »](https://harbour.example/t?utm_source=site_link)**_')).toBe('Need a ticket? Ask on the quay »')
    expect(apply('_[![Quay](https://harbour.example/q.jpg)](https://harbour.example/s?u=a_b_c)“Why a night ferry?”_')).toBe('“Why a night ferry?”')
    // (Marks that pair with nothing stay: snake_case around a link.)
    expect(apply('Set night_mode [here](https://harbour.example/a) or day_mode.')).toBe('Set night_mode here or day_mode.')
  })

  test('two bold runs side by side inside a word, and bold marks alone on their lines, go', () => {
    expect(apply('5 Tips for a Game D****ay on the Quay')).toBe('5 Tips for a Game Day on the Quay')
    expect(apply('**\n5 Tips for the quay:\n**')).toBe('\n5 Tips for the quay:\n')
    // (A rule stays a rule, and four marks between words are no pair inside a word.)
    expect(apply('a **** b')).toBe('a **** b')
  })

  test('a backslash that ends a line is a hard line break; an escaped backslash stays', () => {
    expect(apply('The ferry left at noon.\\\nThe crew stayed.')).toBe('The ferry left at noon.\nThe crew stayed.')
    expect(apply('Save it in C:\\\\\nthen reboot.')).toBe('Save it in C:\\\nthen reboot.')
    expect(apply('Odd one out\\\\\\\nnext')).toBe('Odd one out\\\nnext')
  })

  test("Pandoc's smart Markdown: ASCII quotes, dashes and ellipses are typography; escaped ones stay", () => {
    const text = `"Ferries," she said, "won't stop"---not in '29... The crew's \\"lucky\\" knot\\... 5\\--6`
    expect(apply(text, true)).toBe('“Ferries,” she said, “won’t stop”—not in ’29… The crew’s "lucky" knot... 5--6')
    // Off by default, and never inside script text left between the lines.
    expect(apply(text)).toBe(`"Ferries," she said, "won't stop"---not in '29... The crew's "lucky" knot... 5--6`)
    expect(apply('The pier (1990--2001) reopened.\nvar slot = {"size": "wide", "id": 4};', true)).toBe('The pier (1990–2001) reopened.\nvar slot = {"size": "wide", "id": 4};')
  })

  test('raw HTML the converter kept goes, tags cut over lines too; touching links stay separate items', () => {
    expect(apply('Pier (<span class="chart"><a\nhref="https://quotes.example/pier"\nclass="quote">PIER</a></span>) rose')).toBe('Pier (PIER) rose')
    expect(apply('<a href="/t/quay" class="tag">Quay</a><a href="/t/tides" class="tag">Spring\nTides</a> <a href="/t/fog">Fog</a>')).toBe('Quay | Spring\nTides | Fog')
    // A line end between two links: each keeps its line.
    expect(apply('<a href="/a">Night ferry</a>\n<a href="/b">Day ferry</a>')).toBe('Night ferry\nDay ferry')
  })

  test('the halves of a link around blocks go', () => {
    expect(apply('[')).toBe('')
    expect(apply('1 hour ago](https://gazette.example/night)[')).toBe('1 hour ago')
    expect(apply('](https://gazette.example/night) Read on')).toBe(' Read on')
  })

  test('links, images and emphasis cut at a line end (wrapped Markdown) go whole', () => {
    expect(apply('Say [the harbour\nboard](https://gazette.example/board) voted.')).toBe('Say the harbour\nboard voted.')
    expect(apply('A ![crane on the\nquay](crane.jpg) here, and _Night\nFerry_ there.')).toBe('A  here, and Night\nFerry there.')
    expect(apply('**Ferries\nreturn** and `code`')).toBe('Ferries\nreturn and code')
    // Line marks still read each line: a heading after a line.
    expect(apply('Intro\n# Ferries')).toBe('Intro\nFerries')
  })

  test('a row of links stays a row of items', () => {
    expect(apply('Tags: [Ferries](/t/f), [Islands](/t/i)')).toBe('Tags: Ferries | Islands')
    expect(apply('[Home](/) [News](/news) [Sport](/sport)')).toBe('Home | News | Sport')
    expect(apply('Tags\n[Ferries](/t/f), [Islands](/t/i)')).toBe('Tags\nFerries | Islands')
    // Words between the links: a sentence, not a row.
    expect(apply('[Ferries](/t/f) and [Islands](/t/i)')).toBe('Ferries and Islands')
  })

  test('a row of links wrapped by the converter stays one row', () => {
    // Glued links, cut inside their text at the wrap width.
    expect(apply('[Harbours](https://gazette.example/section/harbours/) [Pilot\nBoats](https://gazette.example/tag/pilot-boats/)[Fog\nHorns](https://gazette.example/tag/fog-horns/)[RNLI](https://gazette.example/tag/rnli/)')).toBe(
      'Harbours | Pilot\nBoats | Fog\nHorns | RNLI'
    )
    // Wrapped at the space between two links: the line held a label and a link, or two links.
    expect(apply('Tags:[pier works](https://gazette.example/post/tags/pier-works/page1)\n[harbour](https://gazette.example/post/tags/harbour/page1) [quay](/q)')).toBe('Tags:pier works | harbour | quay')
    expect(apply('[pier works](https://gazette.example/post/tags/pier-works/page1) [tide](/t)\n[harbour](https://gazette.example/post/tags/harbour/page1)')).toBe('pier works | tide | harbour')
    // One link per line, long only for its target: a list, no row.
    expect(apply('[Available from the\nharbour shop](https://shop.example/harbour/items/lantern-model-b?tag=gazette-20&camp=2025)\n[We may earn a\ncommission](https://shop.example/harbour/items/lantern-model-b?tag=gazette-20)')).toBe(
      'Available from the\nharbour shop\nWe may earn a\ncommission'
    )
    // A link around an image only is no item: "[![logo](…)](…)[Ferries resume](…)".
    expect(apply('[![The pier](https://gazette.example/pier.jpg)](https://gazette.example/a)[Ferries resume\nat dawn](https://gazette.example/a)')).toBe('Ferries resume\nat dawn')
  })
})

describe('isSmartMarkdown', () => {
  test("Pandoc's signature and no typography in the text", () => {
    expect(isSmartMarkdown('::: {.story}\nThe crew\\\'s knot held --- "twice".\n:::')).toBe(true)
    expect(isSmartMarkdown('The crew\\\'s knot held "twice" [here](/a){.more}.')).toBe(true)
    // Link titles, attributes and raw HTML keep the page's own marks.
    expect(isSmartMarkdown('::: {.story}\n[Quay](/q "The crew’s quay"){.more} held "twice".\n<span title="A — B"></span>')).toBe(true)
    // Curly quotes or dashes left in the text: not written by the smart writer.
    expect(isSmartMarkdown('::: {.story}\nThe crew’s knot held — “twice”.\n:::')).toBe(false)
    // No sign of Pandoc (another converter leaves ASCII quotes as they were).
    expect(isSmartMarkdown('# Ferries\n\nThe crew\'s knot held "twice" [here](/a).')).toBe(false)
  })
})

describe('stripMarkdown', () => {
  test('a hard line break alone on its line is an empty line: the next line starts a paragraph', () => {
    const text = '# Ferries\n\nThe [ferry](/f) left at noon.\\\n\\\nThe crew stayed ashore.\\\nThe pier closed.'
    const {tree, values} = strip(text)
    expect(values).toEqual(['Ferries', 'The ferry left at noon.', 'The crew stayed ashore.', 'The pier closed.'])
    const kept = tree.children.filter((d) => d.data.fate !== 'removed')
    expect(kept.map((d) => d.data.blankBefore)).toEqual([0, 1, 1, 0])
    expect(cleanup(text).body).not.toContain('\\')
  })

  test("Pandoc's smart Markdown gets its curly quotes and dashes back", () => {
    const text = '::: {.story}\n# Ferries\n\n"We sail at dawn," the [captain](/c) said---and the crew\\\'s "lucky"\nknot held.\n:::'
    expect(strip(text).values).toEqual(['Ferries', '“We sail at dawn,” the captain said—and the crew\'s “lucky”', 'knot held.'])
    // Another converter's Markdown keeps its ASCII quotes.
    expect(strip('# Ferries\n\n"We sail at dawn," the [captain](/c) said, [here](/h).').values).toEqual(['Ferries', '"We sail at dawn," the captain said, here.'])
  })

  test('strips a Markdown document, records targets and images, marks headings', () => {
    const {tree, file, values} = strip('# Ferries return\n\n' + links + '\n\n![Quay](q.jpg)\n')
    expect(values).toEqual(['Ferries return', 'See the council and the quay.'])
    expect(tree.children[0].data.kind).toBe('heading')
    expect(tree.children[1].data.stripped!.map((d) => d.text)).toEqual(['](https://gazette.example/council)', '](/quay)'])
    expect(tree.children[1].data.stripped![0].position.start).toEqual({line: 3, column: 17, offset: 34})
    expect(tree.children[2].data).toMatchObject({fate: 'removed', rule: 'strip-markdown'})
    expect(file.messages.map(String)).toEqual(['1:1-5:15: Stripped 6 pieces of Markdown in 3 blocks'])
    expect(tree.data.markdown).toBe(true)
  })

  test('marks heading levels, setext headings too', () => {
    const {tree, values} = strip('# Ferries return\n\n### Night crossing\n\nQuay repairs\n============\n\nTimetable\n---------\n\n' + links + '\n')
    expect(values).toEqual(['Ferries return', 'Night crossing', 'Quay repairs', 'Timetable', 'See the council and the quay.'])
    expect(tree.children.filter((d) => !d.data.fate).map((d) => [d.data.kind, d.data.level])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['heading', 1],
      ['heading', 2],
      ['paragraph', undefined]
    ])
  })

  test('counts the links of a line and the length of their text (no Pandoc span, no image, no marks)', () => {
    const {tree} = strip('[![](a.jpg)**Quay cafe** stays open](https://gazette.example/cafe)[Night ferry](/ferry) and [a note]{.aside} at dawn.\n')
    // "Quay cafe stays open" (20) and "Night ferry" (11); "[a note]{.aside}" is a span, not a link.
    expect(tree.children[0].data.links).toEqual({count: 2, text: 31})
  })

  test('reads the lines of a wrapped paragraph together', () => {
    const text = [
      '# Ferries return',
      '',
      'The [harbour',
      'board](https://gazette.example/board) voted on Tuesday, and the ![night',
      'ferry](ferry.jpg) _will run_ again, [said',
      'the chair](/chair).'
    ].join('\n')
    const {tree, values} = strip(text)
    expect(values).toEqual(['Ferries return', 'The harbour', 'board voted on Tuesday, and the', 'will run again, said', 'the chair.'])
    // The image goes whole, recorded line by line; the link targets too.
    expect(tree.children.flatMap((d) => d.data.stripped || []).map((d) => d.text)).toEqual([
      '](https://gazette.example/board)',
      '![night',
      'ferry](ferry.jpg)',
      '](/chair)'
    ])
  })

  test('a line inside a raw HTML tag cut over three lines is no block and no paragraph break', () => {
    const text =
      'The pier index (<span class="chart"><a\nhref="https://quotes.example/pier"\nclass="quote">PIER</a></span>) rose by two points on Monday.\n\n' +
      'See [more](https://gazette.example/more) and [less](https://gazette.example/less).'
    const {tree} = strip(text)
    expect(tree.children.map((d) => d.value)).toEqual(['The pier index (', 'PIER) rose by two points on Monday.', 'See more and less.'])
    // What the folded line held is recorded with the line before.
    expect(tree.children[0].data.stripped!.map((d) => d.text)).toContain('href="https://quotes.example/pier"')
    expect(cleanup(text).paragraphs[0]).toBe('The pier index (PIER) rose by two points on Monday.')
  })

  test('the lines of an HTML comment cut over many lines fold into the line before it, each recorded there in order', () => {
    const note = Array.from({length: 5}, (_, i) => `draft ${i + 1} of the note on the night ferry`)
    const text = [links, '', 'The quay opened <!-- a note', ...note, '--> at noon, the board said.'].join('\n')
    const {tree, values} = strip(text)
    expect(values).toEqual(['See the council and the quay.', 'The quay opened', 'at noon, the board said.'])
    const host = tree.children.find((d) => d.value === 'The quay opened')
    expect(host?.data.stripped?.map((d) => d.text)).toEqual(['<!-- a note', ...note])
  })

  test('the middle line of a link target wrapped over three lines is no block and no paragraph break', () => {
    const text = [
      'The plan was sent to [the harbour board](https://www.harbour-',
      'gazette.example/2027/05/02/the-harbour-board-meets-to-talk-about-the-cranes-',
      'and-the-winter-timetable/) on Monday, and the crews will vote on it in June.',
      '',
      'See [more](https://gazette.example/more) and [less](https://gazette.example/less).'
    ].join('\n')
    expect(cleanup(text).paragraphs[0]).toBe('The plan was sent to the harbour board on Monday, and the crews will vote on it in June.')
  })

  test('leaves plain text alone unless told', () => {
    const text = 'The **only** bold line.\n\nAnd a [bracket](here).'
    expect(strip(text).values).toEqual(['The **only** bold line.', 'And a [bracket](here).'])
    expect(strip(text, {markdown: true}).values).toEqual(['The only bold line.', 'And a bracket.'])
    expect(strip(links + '\n\n' + links, {markdown: false}).values).toEqual([links, links])
  })

  test('a text browser’s nested list with `#` bullets is no Markdown', () => {
    const text = [
      '     * [1]Harbour',
      '          + [2]Ferries',
      '               o [3]Timetables',
      '   Seasons:',
      '                    # [4]Winter',
      '                    # [5]Summer',
      '                    # [6]Night crossings',
      '     * [7]Weather',
      '',
      '   The [8]harbour board voted on Tuesday to bring back the night ferry.',
      '   ____________________'
    ].join('\n')
    const {values, file} = strip(text)
    expect(values).toContain('# [4]Winter')
    expect(values).toContain('____________________')
    expect(file.messages).toEqual([])
  })

  test('rejects bad options', () => {
    expect(() => stripMarkdown('yes' as never)).toThrow(TypeError)
    expect(() => stripMarkdown({markdown: 'sometimes' as never})).toThrow(/markdown/)
  })
})

describe('cleanup on Markdown', () => {
  const article =
    '[Skip to content](#main)\n\n- [Home](/)\n- [Islands](/islands)\n- [Weather](/weather)\n\n' +
    '# Night ferry keeps its winter timetable\n\n' +
    'The [harbour council](https://gazette.example/council) voted on Tuesday to keep the night ferry running through the winter, after *three months* of debate.\n\n' +
    'Crews will be paid for the extra shifts from a fund the board set up last year, and the vote was close: seven to five.\n\n' +
    'The last crossing will leave the quay at twenty to midnight, and tickets bought on board will cost the same as at the office.\n\n' +
    'Islanders who travel every week can ask for a season ticket, which the board says will pay for itself within two months.\n\n' +
    'Tags: [Ferries](/tag/ferries) [Islands](/tag/islands)\n'

  test('gives the article, its title and tags, and accounts for every word', () => {
    const result = cleanup(article, {trace: true})
    expect(result.title).toBe('Night ferry keeps its winter timetable')
    expect(result.paragraphs).toEqual([
      'The harbour council voted on Tuesday to keep the night ferry running through the winter, after three months of debate.',
      'Crews will be paid for the extra shifts from a fund the board set up last year, and the vote was close: seven to five.',
      'The last crossing will leave the quay at twenty to midnight, and tickets bought on board will cost the same as at the office.',
      'Islanders who travel every week can ask for a season ticket, which the board says will pay for itself within two months.'
    ])
    expect(result.tags).toEqual(['Ferries', 'Islands'])
    expect(checkConservation(article, result).ok).toBe(true)
  })

  test('a nested list whose first item starts its parent item ("*   *   …", as turndown writes it) loses both bullets', () => {
    const text = article.replace(
      'Tags:',
      'Before you sail, check that you can:\n\n*   *   Find the **first** crossing\n    *   Pay for a ticket on board\n    *   Plan your way home\n\nTags:'
    )
    expect(cleanup(text).paragraphs.slice(-2)).toEqual(['Before you sail, check that you can:', 'Find the first crossing\nPay for a ticket on board\nPlan your way home'])
    // (A rule written with spaced stars stays a rule.)
    expect(cleanup(article.replace('Tags:', '* * *\n\nTags:')).paragraphs).toHaveLength(4)
  })

  test('wrapped Markdown: a list item goes on after a target too long for the width, and a number a wrap put at a line start stays a word', () => {
    const wrapped = [
      '# Night ferry keeps running',
      '',
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after **three months** of debate in the',
      'council chamber and on the quay, where the crews had waited since',
      '2019. The vote was close, and the mayor said the ferry would run until',
      '2030 at least.',
      '',
      '- If you travel every week, ask for a [season',
      'ticket](https://gazette.example/tickets/season-ticket-for-islanders-who-travel-every-week),',
      'which pays for itself within two months of crossings to the mainland.',
      '- The last crossing leaves at twenty to midnight from the north',
      '[quay](https://gazette.example/maps/north-quay-where-the-night-ferry-leaves-from-at-night)',
      '(next to the old customs house) and the first one at six.',
      '',
      'The crews will be paid for the extra shifts from a fund the board set',
      'up last year, and the first crossing is planned for the second week of',
      'May, when the new timetable starts and the ticket office opens again.'
    ].join('\n')
    expect(cleanup(wrapped).paragraphs).toEqual([
      'The harbour board met on Tuesday and voted to keep the night ferry running through the winter, after three months of debate in the council chamber and on the quay, where the crews had waited since 2019. The vote was close, and the mayor said the ferry would run until 2030 at least.',
      'If you travel every week, ask for a season ticket, which pays for itself within two months of crossings to the mainland.\n' +
        'The last crossing leaves at twenty to midnight from the north quay (next to the old customs house) and the first one at six.',
      'The crews will be paid for the extra shifts from a fund the board set up last year, and the first crossing is planned for the second week of May, when the new timetable starts and the ticket office opens again.'
    ])
  })

  test('wrapped Markdown: an indented list item line that goes on in capitals after a target too long for the width is the same headline (pandoc)', () => {
    // As `pandoc -t markdown` wraps a link whose text and target do not fit: the
    // rest of the text moves down with the whole target, "Islands](https://…)".
    const item = (head: string, rest: string, slug: string, count: number) => [
      `-   [${head}`,
      `    ${rest}](https://gazette.example/2027/05/${slug}-and-what-the-crews-said-after-the-vote "${head} ${rest}")`,
      `    (${count})`
    ]
    const text = [
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after three months of debate in the council',
      'chamber, where the crews had waited since the spring for an answer.',
      '',
      'The crews will be paid for the extra shifts from a fund the board set',
      'up last year, and the first crossing is planned for the second week of',
      'May, when the new timetable starts and the ticket office opens again.',
      '',
      'Most read',
      '',
      ...item('Harbour board approves the new ferry timetable for the', 'Islands', 'harbour-board-approves-timetable', 41),
      ...item('Fish market moves to the old customs shed in', 'March', 'fish-market-moves', 17),
      ...item('Lighthouse keepers repaint the tower before the gales of', 'November', 'lighthouse-keepers-repaint', 9)
    ].join('\n')
    const titles = cleanup(text).related.map((d) => d.title)
    expect(titles).toEqual([
      'Harbour board approves the new ferry timetable for the Islands',
      'Fish market moves to the old customs shed in March',
      'Lighthouse keepers repaint the tower before the gales of November'
    ])
  })

  test('wrapped Markdown: menu items that the wrap cut before a target with a title, or before the whole text, stay whole items (pandoc)', () => {
    const text = [
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after three months of debate in the council',
      'chamber, where the crews had waited since the spring for an answer.',
      '',
      '-   [Harbour](https://gazette.example/harbour/ "Harbour news")',
      // The link and its title do not fit, so the title moves down with the target.
      '-   [Ferry',
      '    Timetables](https://gazette.example/ferry/timetables/ "Ferry timetables")',
      // A link text that starts with a space: the wrap leaves the bracket alone on the item's line.
      '-   [',
      '    Facebook](https://www.facebook.example/harbour-gazette){target="_blank"}',
      '-   [Contact',
      '    Us](https://gazette.example/about/contact-the-newsroom.html "Contact Us")',
      '',
      'The crews will be paid for the extra shifts from a fund the board set',
      'up last year, and the first crossing is planned for the second week of',
      'May, when the new timetable starts and the ticket office opens again.'
    ].join('\n')
    const paragraphs = cleanup(text, {boilerplate: false, sections: false}).paragraphs
    expect(paragraphs[1]).toBe('Harbour\nFerry Timetables\nFacebook\nContact Us')
  })

  test('wrapped Markdown: raw links a wrap cut after their opening "<a" go on with the sentence; after a label they are items (pandoc’s GitHub Markdown)', () => {
    const intro = [
      '## Night ferry',
      '',
      'See the [timetable](https://gazette.example/ferry/timetable) and the [map](https://gazette.example/ferry/map).',
      '',
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after three months of debate in the council',
      'chamber, where the crews had waited since the spring for an answer.',
      ''
    ]
    const raw = (slug: string, text: string, after = '') => [`<a href="https://social.example/${slug}/status/1195388119937359872"`, `target="_blank" rel="noopener noreferrer">${text}</a>${after}`]
    const text = [
      ...intro,
      'While the post shown above claimed that the ferry costs $17 million, other',
      ...raw('ana', 'harbour'),
      ...raw('bo', 'news'),
      ...raw('cy', 'sites', ' have offered'),
      'different figures, and the mayor thanked',
      ...raw('di', 'Ana Ruiz', ' for the count.'),
      '',
      'The crews will be paid for the extra shifts from a fund the board set',
      'up last year, and the first crossing is planned for the second week of',
      'May, when the new timetable starts and the ticket office opens again.',
      '',
      'Tags:<a href="https://gazette.example/tags/route-9"',
      'class="tag">route 9</a>',
      '<a href="https://gazette.example/tags/ferries"',
      'class="tag">ferries</a>',
      '<a href="https://gazette.example/tags/night-ferry"',
      'class="tag">night ferry</a>',
      ''
    ].join('\n')
    const result = cleanup(text)
    expect(result.paragraphs).toContain('While the post shown above claimed that the ferry costs $17 million, other harbour news sites have offered different figures, and the mayor thanked Ana Ruiz for the count.')
    expect(result.tags).toEqual(['route 9', 'ferries', 'night ferry'])
  })

  test('the mark of a Pandoc definition (":   ") goes; its term stays', () => {
    // (A term that ends with a colon of its own keeps one: no "Ferry office:: Harbour Street 4…".)
    const definitions = 'Ferry office:\n:   Harbour Street 4, open from nine to five\n\nTicket desk\n:   On the quay, open before each crossing'
    const paragraphs = cleanup(article.replace('Tags:', definitions + '\n\nTags:'), {boilerplate: false, sections: false}).paragraphs
    expect(paragraphs).toContain('Ferry office:\nHarbour Street 4, open from nine to five')
    expect(paragraphs).toContain('Ticket desk\nOn the quay, open before each crossing')
  })

  test('Pandoc spans nested three deep in a link lose all their brackets', () => {
    const nested = '[[[ Ferry timetables ]{.nav-text .nav-border}]{.nav-content}](/ferry/timetables/){.nav-link}'
    const paragraphs = cleanup(article.replace('Tags:', `See the ${nested} for the winter.\n\nTags:`), {boilerplate: false, sections: false}).paragraphs
    expect(paragraphs).toContain('See the Ferry timetables for the winter.')
  })

  test('the fences of a Pandoc div inside a block quote go, and the quote stays', () => {
    const quote = '> ::: {editable="text"}\n> If the crews sail at dawn, the harbour is quiet.\n>\n> If they sail at noon, the whole town comes to watch.\n> :::'
    const paragraphs = cleanup(article.replace('Tags:', quote + '\n\nTags:')).paragraphs
    expect(paragraphs).toContain('If the crews sail at dawn, the harbour is quiet.')
    expect(paragraphs).toContain('If they sail at noon, the whole town comes to watch.')
    expect(paragraphs.join('\n')).not.toContain(':::')
  })

  test('an image whose text and title are whole captions (hundreds of characters, as pandoc copies them) goes whole', () => {
    const caption = 'A ferry leaves the north quay at dawn on May 12, 2027, while the crews of the night service wait on the jetty for the first boat of the winter timetable, which the harbour board approved on Tuesday after three months of debate in the council chamber, where the crews had waited since the spring for an answer. Photo by Ana Ruiz for the Harbour Gazette'
    const text = article.replace('Tags:', `![${caption}](/img/2027/05/ferry-at-dawn.jpg "${caption}")\n\nTags:`)
    const result = cleanup(text)
    expect(caption.length).toBeGreaterThan(300)
    expect(result.body).not.toContain('ferry-at-dawn')
    expect(result.body).not.toContain('Photo by Ana Ruiz')
  })

  test('the top heading is the title even with a long row of video teasers between it and the article', () => {
    const videos = Array.from({length: 60}, (_, i) => [`### [Video ${i + 1}: seals and winter storms at the lighthouse](/videos/${i})`, '', `[![](/img/v${i}.jpg)](/videos/${i})`, '']).flat()
    const body = [
      'The harbour board voted on Tuesday to keep the night ferry running through the winter, after three months of debate in the council chamber.',
      'Crews will be paid for the extra shifts from a fund the board set up last year, and the vote on the night ferry was close: seven to five.',
      'The last crossing of the night ferry will leave the quay at twenty to midnight, and tickets bought on board will cost the same as at the office.',
      'Islanders who take the night ferry every week can ask for a season ticket, which the board says will pay for itself within two months.'
    ]
    const title = 'Why the night ferry keeps running through the winter'
    const text = ['[Home](/) [News](/news) [Video](/video)', '', title, '='.repeat(title.length), '', 'By [Ana Ruiz](/ana), Harbour Courier', '', ...videos, ...body.flatMap((d) => [d, ''])].join('\n')
    const result = cleanup(text)
    expect(result.title).toBe(title)
    expect(result.paragraphs).toEqual(body)
  })

  test('a heading marked as one ends at a blank line, even where fragments show', () => {
    const tips = ['Sail slowly', 'Drink water', 'Sleep more', 'Walk daily']
    const sections = tips.map((tip, i) => {
      const word = tip.split(' ')[1]
      return `## ${i + 1}. ${tip}\n\n[${word[0].toUpperCase() + word.slice(1)}](https://gazette.example/tips/${i}) is a\nhabit that helps you keep to a plan, the crews of the night ferry said on\nTuesday after the vote.`
    })
    // (Teasers cut at their links after the article: lower-case lines that show fragments.)
    const teasers = ['- [](/a)', '', '[Ferry crews vote to keep the late crossing after a long', 'night](/b)', '', '- [](/c)', '', '[Quay cafe stays open', 'late](/d)']
    const text = ['# Habits of the night crews', '', 'The crews of the night ferry shared their habits with us on the quay.', '', ...sections.flatMap((d) => [d, '']), '## related stories', '', ...teasers].join('\n')
    const paragraphs = cleanup(text).paragraphs
    expect(paragraphs.slice(1, 3)).toEqual(['1. Sail slowly', 'Slowly is a habit that helps you keep to a plan, the crews of the night ferry said on Tuesday after the vote.'])
    expect(paragraphs).toContain('4. Walk daily')
  })

  test('wrapped Markdown is unwrapped at the widths the converter saw (link targets, marks, attributes)', () => {
    // "[Harbour" ⏎ "Board](https://…)": the wrap moved the whole word with its target.
    const wrapped = [
      '# Night ferry keeps running',
      '',
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after **three months** of debate in the',
      'council chamber and on the quay.',
      '',
      'Shares of the ferry company rose after the [Harbour',
      'Board](https://gazette.example/quote/harbour-board-holdings-limited-winter-update)',
      'said the crossings would go on, and the crews were told on **Wednesday**',
      'that their extra shifts would be paid from a fund.',
      '',
      'The last crossing will leave the quay at twenty to midnight, and the',
      '[tickets bought on',
      'board](https://gazette.example/tickets/on-board-fares-winter) will cost',
      'the same as at the office by the pier.'
    ].join('\n')
    const paragraph = 'Shares of the ferry company rose after the Harbour Board said the crossings would go on, and the crews were told on Wednesday that their extra shifts would be paid from a fund.'
    expect(cleanup(wrapped).paragraphs).toEqual([
      'The harbour board met on Tuesday and voted to keep the night ferry running through the winter, after three months of debate in the council chamber and on the quay.',
      paragraph,
      'The last crossing will leave the quay at twenty to midnight, and the tickets bought on board will cost the same as at the office by the pier.'
    ])
    // Pandoc writes attributes after the link, wrapped too.
    const pandoc = [
      '# Night ferry keeps running',
      '',
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after **three months** of debate in the',
      'council chamber and on the quay.',
      '',
      'Shares of the ferry company rose after the [Harbour',
      'Board](https://gazette.example/quote/harbour-board-holdings){.company',
      'target="_blank"} said the crossings would go on, and the crews were told',
      'on **Wednesday** that their extra shifts would be paid from a fund.',
      '',
      'The last crossing will leave the quay at twenty to midnight, and the',
      '[tickets bought on',
      'board](https://gazette.example/tickets/on-board-fares-winter) will cost',
      'the same as at the office by the pier.'
    ].join('\n')
    expect(cleanup(pandoc).paragraphs[1]).toBe(paragraph)
    // Raw HTML lines, longer than the wrap, are no lines of text: they do not hide the wrap.
    const image = [
      '<img',
      'src="https://gazette.example/uploads/night-ferry-at-the-quay.jpg"',
      'srcset="https://gazette.example/uploads/night-ferry-400.jpg 400w, https://gazette.example/uploads/night-ferry-800.jpg 800w"',
      'sizes="(max-width: 800px) 100vw, 800px" />'
    ].join('\n')
    const parts = wrapped.split('\n\n')
    const withImage = [...parts.slice(0, 2), image, ...parts.slice(2)].join('\n\n')
    expect(cleanup(withImage).paragraphs[1]).toBe(paragraph)
  })

  test('the preset option turns it off', () => {
    expect(cleanup(article, {markdown: false}).body).toContain('[harbour council](https://gazette.example/council)')
  })
})

describe('fenced code', () => {
  const doc = [
    '# Timetables in your own [ferry app](https://ferries.example/)',
    '',
    'The harbour board publishes its **timetable** as JSON, and any app can read it with a few lines:',
    '',
    '```js',
    'const times = await fetch(url).then((r) => r.json());',
    "times.filter((t) => t.route === 'north').map((t) => t.*departs*);",
    '```',
    '',
    'The feed is updated every night, after the last crossing.'
  ].join('\n')

  test('the lines between two fences are kept as they are, marked preformatted', () => {
    const {tree, values} = strip(doc)
    expect(values).toContain("times.filter((t) => t.route === 'north').map((t) => t.*departs*);")
    const code = tree.children.filter((d) => d.data.kind === 'preformatted').map((d) => d.value)
    expect(code).toEqual(['const times = await fetch(url).then((r) => r.json());', "times.filter((t) => t.route === 'north').map((t) => t.*departs*);"])
  })

  test('and stay in the body: a Markdown document’s code is no script text', () => {
    const result = cleanup(doc)
    expect(result.body).toContain('const times = await fetch(url).then((r) => r.json());')
    expect(result.removed.filter((d) => d.rule === 'script-text')).toEqual([])
  })
})
