import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, cleanupHtml, parseText, removeScriptText} from '../src/index.js'
import {codeSpans, isCodeLine} from '../src/features/code.js'
import type {Root} from '../src/types.js'

/** Run the parser and `removeScriptText` on a text. */
function run(text: string, options?: Parameters<typeof removeScriptText>[0]) {
  const processor = unified().use(parseText).use(removeScriptText, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  const kept = tree.children.filter((d) => d.data.fate !== 'removed').map((d) => d.value)
  const removed = tree.children.filter((d) => d.data.rule === 'script-text').map((d) => d.value)
  return {tree, file, kept, removed}
}

const prose = [
  'The harbour board voted on Tuesday to bring back the night ferry; crews will train through the winter.',
  'Critics of the plan (among them two former captains) called it “a gamble”, and one said: “We have heard this before.”',
  'The Federal Port Review, "Harbour Outlook," Oct. 16, 2024, put the cost at $38,373 a sailing, up from $34,410.',
  'Score at half time: Kestrel 3–1 Ferrymen [video]',
  'Ask the editor: is x = 2 the answer? Write to us & we will reply.',
  '[사진=항만청] 야간 여객선이 다시 운항한다.',
  '夜行フェリーの運航が再開される（港湾局）。'
]

/** The text of the one stretch of code that `codeSpans` finds in a line (the test fails on none or more). */
function onlyStretch(line: string): string {
  const spans = codeSpans(line)
  expect(spans).toHaveLength(1)
  return line.slice(spans[0][0], spans[0][1])
}

describe('isCodeLine', () => {
  test('JavaScript, JSON, CSS and templates are code', () => {
    for (const line of [
      'googletag.cmd.push(function () { googletag.display("slot-1"); });',
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry"}',
      '.nav__item{margin:0;color:#333}.nav__item a{text-decoration:none}',
      '<div class="card"><h3>{{title}}</h3></div>',
      'window.dataLayer = window.dataLayer || [];',
      'if (!window.ferryAds) {window.ferryAds = {slots: []};',
      '});',
      // A style with its spaces ("; float") and a script's `typeof`.
      'float: none !important; margin: 0 !important; width: 90% !important; text-align: center !important;',
      'ferryAds = typeof ferryAds !== "undefined" ? ferryAds : []',
      // A call alone on its line (a comment's script: "<!--" ⏎ "showForm();" ⏎ "//-->").
      'showHarbourForm();',
      // An ad's settings, one assignment a line.
      'harbour_ad_client = "pub-1234567";',
      'harbour_ad_width = 336;'
    ]) {
      expect(isCodeLine(line), line).toBe(true)
    }
  })

  test('prose with brackets, semicolons, quotes and sums is not', () => {
    for (const line of prose) expect(isCodeLine(line), line).toBe(false)
  })

  test('a template’s unfilled value alone on its line is code; a capitalized answer is not', () => {
    expect(isCodeLine('false')).toBe(true)
    expect(isCodeLine('undefined')).toBe(true)
    expect(isCodeLine('True')).toBe(false)
    expect(isCodeLine('falsehood')).toBe(false)
  })
})

describe('template markers', () => {
  test('the template markers of a page’s HTML comments are removed; a file an article names is not', () => {
    // As a scraper that reads every text node (HTML comments too) writes a page built from templates.
    const text = [
      'harbour/item/story.tpl',
      'text',
      'The harbour board voted on Tuesday to bring back the night ferry, and crews will train through the winter.',
      'e src harbour/widgets/most_read.tpl',
      'end themes/quay/parts/footer.php',
      // The ad unit an ad script names, left in its slot.
      '/1234567/Harbour_Article_Top',
      'Open the file',
      'header.php',
      'and add the line below.',
      '/news/harbour-board'
    ].join('\n\n')
    const {removed, kept} = run(text)
    expect(removed).toEqual(['harbour/item/story.tpl', 'e src harbour/widgets/most_read.tpl', 'end themes/quay/parts/footer.php', '/1234567/Harbour_Article_Top'])
    expect(kept).toContain('header.php')
    expect(kept).toContain('/news/harbour-board')
  })
})

describe('class markers', () => {
  test('the classes an HTML comment names after the element it closes are removed when blank lines stand around them', () => {
    // `<!-- .entry-content -->`, `<!-- #comment-## -->`, as a scraper that reads every text node writes them.
    const text = [
      prose[0],
      '.entry-content',
      'Marta Quill says:',
      '.comment-author.vcard',
      'Good news for the crews.',
      '#comment-##',
      '#harbour',
      'www.harbour.example/timetable',
      '.page-footer .inner'
    ].join('\n\n')
    const {removed, kept} = run(text)
    expect(removed).toEqual(['.entry-content', '.comment-author.vcard', '#comment-##', '.page-footer .inner'])
    // A hashtag stays.
    expect(kept).toContain('#harbour')
  })

  test('the end of an address a wrap put on its own line is no class', () => {
    // "…/night-ferry-returns" ⏎ ".html", "…/harbour" ⏎ ".wide-view": the end of a wrapped line, no sentence end before it.
    const text = ['See https://harbour.example/news/2024/night-ferry-', 'returns', '.html', '', 'The photos are at https://harbour.example/photos/harbour', '.wide-view', 'The board met again.'].join('\n')
    expect(run(text).removed).toEqual([])
  })

  test('one line break between text nodes: a class after a sentence end or a colon goes', () => {
    const text = [prose[0], '.entry-content', 'Marta Quill says:', '.comment-author', 'Good news for the crews.'].join('\n')
    expect(run(text).removed).toEqual(['.entry-content', '.comment-author'])
  })
})

describe('template marker lines', () => {
  const paragraphs = [
    'KESTREL BAY — The harbour board voted on Tuesday to bring back the night ferry after a winter without it.',
    'Crews will train through the spring, and the first boat will leave the north quay at eleven in May.',
    'WHO PAYS FOR IT?',
    '“We have waited three years for this,” said Ana Ruiz, who runs the crew union, after the meeting.',
    'The board will meet again in March to review the cost of fuel and the wages of the night crews.'
  ]

  test('a comment a template puts around every paragraph is removed (rule `marker-line`)', () => {
    // `<!-- text -->` before each paragraph, as a scraper that reads every text node (comments too) takes it.
    const text = ['Home', ...paragraphs.flatMap((d) => ['text', d]), 'text', 'Most read'].join('\n\n')
    const {tree, file, kept} = run(text)
    expect(kept).toEqual(['Home', ...paragraphs, 'Most read'])
    expect(tree.children.filter((d) => d.data.rule === 'marker-line')).toHaveLength(6)
    expect(file.messages.map(String)).toEqual(['3:1-23:5: Removed 6 template marker lines repeated between paragraphs (“text”)'])
    // Through the whole pipeline, the article comes out whole.
    expect(cleanup(text).paragraphs).toEqual(paragraphs)
  })

  test('one line break between text nodes: a marker after a sentence end or after another marker stands alone', () => {
    // "/ quay-open" ⏎ "text" ⏎ "KESTREL BAY — …": Scrapy's `//text()` joined by newlines.
    const text = ['/ quay-open', 'text', paragraphs[0], 'text', paragraphs[1], 'zone', 'text', paragraphs[3]].join('\n')
    expect(run(text).kept).toEqual(['/ quay-open', paragraphs[0], paragraphs[1], 'zone', paragraphs[3]])
  })

  test('one line break between text nodes: a marker after a rule stands alone', () => {
    const text = [paragraphs[0], 'text', paragraphs[1], '___', 'text', paragraphs[3], '___', 'text', paragraphs[4]].join('\n')
    expect(run(text).kept).toEqual([paragraphs[0], paragraphs[1], '___', paragraphs[3], '___', paragraphs[4]])
  })

  test('one line break between text nodes: a known marker after a heading goes too', () => {
    const text = [paragraphs[0], 'text', paragraphs[1], 'text', 'CLOSING NOTES', 'text', paragraphs[3], 'text', paragraphs[4]].join('\n')
    expect(run(text).kept).toEqual([paragraphs[0], paragraphs[1], 'CLOSING NOTES', paragraphs[3], paragraphs[4]])
  })

  test('two markers between paragraphs, a block’s opening and closing comments, go too', () => {
    const text = paragraphs.flatMap((d) => ['wp:paragraph', d, '/wp:paragraph']).join('\n\n')
    expect(run(text).kept).toEqual(paragraphs)
  })

  test('a repeated line with a capital, a colon or a sentence end, or seen twice only, stays', () => {
    for (const marker of ['Advertisement', 'Ana Ruiz:', 'read more.', '5. pay less', 'am']) {
      const text = paragraphs.flatMap((d) => [marker, d]).join('\n\n')
      expect(run(text).kept, marker).toHaveLength(paragraphs.length * 2)
    }
    const twice = [paragraphs[0], 'text', paragraphs[1], 'text', paragraphs[3]].join('\n\n')
    expect(run(twice).kept).toHaveLength(5)
  })

  test('a repeated short line in a sentence, or the last word of a wrapped line, stays', () => {
    // "…to the" ⏎⏎ "harbour board" ⏎⏎ "on Tuesday": a link's text, not next to a paragraph that ends or starts.
    const fragments = Array.from({length: 4}, () => ['The crews wrote a long letter about the winter timetable to the', 'harbour board', 'on Tuesday, and again on Friday, and they are still waiting for an answer.']).flat()
    expect(run(fragments.join('\n\n')).kept).toContain('harbour board')
    // "…its boats, its stalls," ⏎ "concerts": a wrap's last word under its line, at every item.
    const wrapped = Array.from({length: 4}, (_, i) => 'Item ' + i + ': The harbour festival of the year, with its boats, its stalls,\nconcerts\n\nThe crews will train through the spring, and the first boat will leave in May.').join('\n\n')
    expect(run(wrapped).kept).toContain('concerts')
  })
})

describe('codeSpans', () => {
  test('finds the code inside a line of prose, reaching out to white space', () => {
    const line = 'The night ferry is back. var ferryAds={"slot":"top","size":[300,250]};ferryAds.load(); Crews train all winter.'
    expect(onlyStretch(line)).toBe('ferryAds={"slot":"top","size":[300,250]};ferryAds.load();')
  })

  test('a stretch takes the parenthesis it closes, opened before its first mark', () => {
    const line = 'The night ferry is back. (ferrySlots = window.ferrySlots || []).push({}); Crews train all winter (and spring).'
    expect(onlyStretch(line)).toBe('(ferrySlots = window.ferrySlots || []).push({});')
  })

  test('the strings of a list after a key are code however long, escaped or not', () => {
    const sentence = 'The night ferry returns in May after the harbour board voted for it on a cold and windy evening'
    for (const q of ['"', '&q;']) {
      const value = '[' + q + '<p>' + sentence + '.</p>' + q + ',' + q + '<p>' + sentence + ' again.</p>' + q + ']'
      const line = 'Crews train all winter. state={' + q + 'id' + q + ':7,' + q + 'pages' + q + ':' + value + '} The board met again.'
      expect(onlyStretch(line)).toBe(line.slice('Crews train all winter. '.length, -' The board met again.'.length))
    }
  })

  test("a style sheet's long selector lists are code, not gaps of prose between its rules", () => {
    const selectors = Array.from({length: 8}, (_, i) => '.ferry-page .card--wide-' + i + ' .card__title').join(',')
    const css = '.nav{margin:0}' + selectors + '{color:#262626;font-size:14px}' + selectors + ' a:hover{opacity:.6}'
    const line = 'The night ferry is back. ' + css + ' Crews train all winter.'
    expect(onlyStretch(line)).toBe(css)
    // A converter's attribute list: classes in a row.
    const attributes = '{.harbour-article-date .font-size-ten .margin-bottom-ten .float-left-column}'
    const converted = 'The night ferry is back. ::: ' + attributes + ' Crews train all winter.'
    expect(codeSpans(converted).map(([start, end]) => converted.slice(start, end))).toEqual([attributes])
    // Prose with file names keeps its words.
    expect(codeSpans('The timetable comes as a .pdf file and as a .txt file, both on the harbour site.')).toEqual([])
    expect(isCodeLine('Save 20% on the .pdf and .doc timetables & maps')).toBe(false)
  })

  test('a long string of the code is no gap in it', () => {
    const line = 'x={"a":"' + 'b'.repeat(300) + '","c":1};'
    expect(codeSpans(line)).toEqual([[0, line.length]])
  })

  test('the string value of JSON inside a string is code however long, its key may have spaces', () => {
    const sentence = 'You can choose how the harbour office uses your data for each of the purposes listed below'
    const line = 'Crews train all winter. var params = "{\\"Body text\\":\\"' + sentence + ', \\\\\\"it said\\\\\\" twice.\\",\\"Lang\\":\\"en\\"}"; The board met again.'
    expect(onlyStretch(line)).toBe(line.slice('Crews train all winter. var params = '.length, -' The board met again.'.length))
  })

  test('the strings of nested arrays are code however long, escaped or not (a page state that holds its article as rich text)', () => {
    const sentence = 'The night ferry returns in May after the harbour board voted for it on a cold and windy evening'
    for (const q of ['"', '\\"']) {
      const s = (text: string) => q + text + q
      const body = '[' + s('div') + ',[' + s('p') + ',' + s(sentence + ', ') + ',[' + s('a') + ',{' + s('href') + ':' + s('/ferry') + '},' + s('the crews said') + '],' + s(' on Tuesday, and ' + sentence + ' again.') + '],[' + s('p') + ',' + s(sentence + ' once more.') + ']]'
      const state = '{' + s('article') + ':{' + s('body') + ':' + body + '}}'
      // Unescaped in a script ("window.state = {…};"), escaped inside a string ("var state = \"{…}\";").
      const code = q === '"' ? 'window.state = ' + state + ';' : 'var state = "' + state + '";'
      const line = 'Crews train all winter. ' + code + ' The board met again.'
      expect(onlyStretch(line)).toBe(q === '"' ? code : code.slice('var state = '.length))
    }
    // (Prose that quotes a list keeps its words.)
    expect(codeSpans('The sign said ["Closed"], and the crews went home after the last crossing of the evening.')).toEqual([])
  })

  test("the string value of a framework's escaped JSON is code however long", () => {
    const sentence = 'The night ferry returns in May after the harbour board voted for it on a cold and windy evening'
    const value = '&q;&l;p&g;' + sentence + ', \\&q;said\\&q; the crews. ' + sentence + '&l;/p&g;&q;'
    const line = 'Crews train all winter. state={&q;page&q;:{&q;body&q;:' + value + ',&q;id&q;:7}} The board met again.'
    expect(onlyStretch(line)).toBe(line.slice('Crews train all winter. '.length, -' The board met again.'.length))
  })
})

describe('removeScriptText', () => {
  test('removes script lines and the lines of the script between them, keeps prose', () => {
    const text = [
      prose[0],
      'window.ferryConfig = window.ferryConfig || {};',
      'ferryConfig.region = "north";',
      'if (ferryConfig.region) {',
      '  loadTimetable(ferryConfig.region);',
      '}',
      '',
      prose[1],
      '',
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry"}',
      '',
      prose[2]
    ].join('\n')
    const {kept, removed, file} = run(text)
    expect(kept).toEqual([prose[0], prose[1], prose[2]])
    expect(removed).toHaveLength(6)
    expect(file.messages.map((d) => [d.ruleId, d.source])).toEqual([['script-text', 'unscrape']])
    expect(String(file.messages[0])).toBe('2:1-10:81: Removed script, style, template or markup text (6 lines)')
  })

  test('an object literal laid out one key per line goes whole', () => {
    const text = [prose[0], 'var ferryConfig = {', "  theme: 'dark',", "  slots: ['top', 'side'],", '  count: 5', '};', '', prose[1]].join('\n')
    expect(run(text).kept).toEqual([prose[0], prose[1]])
  })

  test('style sheets and templates go too', () => {
    const text = ['.ferry-card {', '  margin: 0 auto;', '  color: #0a3d62;', '}', '', '<li class="ferry"><a href="{{url}}">{{title}}</a></li>', '', prose[0]].join('\n')
    expect(run(text).kept).toEqual([prose[0]])
  })

  test('prose that only looks a little like code stays', () => {
    const {kept, file} = run(prose.join('\n\n'))
    expect(kept).toEqual(prose)
    expect(file.messages).toEqual([])
  })

  test('prose inside HTML tags a converter left in the text stays; a template’s tags go', () => {
    const lines = [
      '<a class="card-link" href="https://harbour.example/timetable">The timetable</a> for the north route is out.',
      '<span class="credit" data-id="desk-7">Photo:</span> The ferry left the quay at ten in the evening.'
    ]
    expect(run(lines.join('\n\n')).kept).toEqual(lines)
    const template = ['<a href="{%=o.url%}" title="{%=o.title%}" onclick="track(\'story\')">', '{%=o.title%}</a>', '', prose[0]].join('\n')
    expect(run(template).kept).toEqual([prose[0]])
  })

  test('a prose line right after a script line stays when it shows no code', () => {
    const text = ['googletag.cmd.push(function () { googletag.display("slot-1"); });', prose[0]].join('\n')
    expect(run(text).kept).toEqual([prose[0]])
  })

  test('cuts the code out of a long line of a minified page, prose on either side apart', () => {
    const first = 'Night ferry returns. The harbour board voted on Tuesday to bring back the night ferry.'
    const code = 'window.ferryAds={"slots":["top","side"],"refresh":30,"lazy":true};(function(){var s=document.createElement("script");s.async=true;document.head.appendChild(s)})();'
    const second = 'Crews will train through the winter, and the first sailing is planned for March.'
    const text = first + ' ' + code + ' ' + second
    const {tree, kept, removed, file} = run(text)
    expect(kept).toEqual([first, second])
    expect(removed).toEqual([code])
    // Each piece points at its own text in the input.
    for (const block of tree.children) {
      expect(text.slice(block.position.start.offset, block.position.end.offset)).toBe(block.value)
    }
    expect(tree.children[1].data.blankBefore).toBe(1)
    expect(String(file.messages[0])).toMatch(/1 stretch inside longer lines\)$/)
  })

  test('`split: false` leaves long mixed lines alone', () => {
    const text = 'Night ferry returns. The harbour board voted on Tuesday to bring back the night ferry. ' + 'window.ferryAds={"slots":["top","side"],"refresh":30,"lazy":true};ferryAds.init();ferryAds.load();'.repeat(3) + ' The crews will train through the winter, the board said, and the first sailing is in March.'
    expect(run(text, {split: false}).kept).toEqual([text])
    expect(run(text).kept).toHaveLength(2)
  })

  test('a long line that is code but for a few words goes whole', () => {
    const text = 'Skip to content ' + 'window.ferryAds={"slots":["top","side"],"refresh":30,"lazy":true};ferryAds.init();'.repeat(4)
    const {kept, removed} = run(text)
    expect(kept).toEqual([])
    expect(removed).toEqual([text])
  })

  test('rejects bad options', () => {
    expect(() => run('a', {split: 'yes' as unknown as boolean})).toThrow(/`scriptText.split` must be a boolean/)
    expect(() => run('a', 5 as unknown as {split: boolean})).toThrow(/options must be an object/)
  })
})

describe('cleanup with script text', () => {
  // What `$('body').text()` gives: the source's indentation, and the scripts.
  const page = [
    '\t\t',
    '\t\tHome',
    '\t\tFerries',
    '\t\twindow.dataLayer = window.dataLayer || [];',
    '\t\tfunction gtag(){dataLayer.push(arguments);}',
    "\t\tgtag('js', new Date());",
    '\t',
    '\tNight ferry returns to the island route',
    '\t',
    '\t\t' + prose[0],
    '\t\t',
    '\t\tThe new boat seats two hundred people and carries twelve cars, and the board expects it to be full on Fridays.',
    '\t\t',
    '\t\tTickets go on sale in February, with lower fares for islanders and for students who cross every day.',
    '\t\t{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry returns to the island route"}',
    '\t\t.share-bar{display:flex;gap:4px}.share-bar a{color:#fff}',
    '\t'
  ].join('\n')

  test('the body has no code, and the code is in removed[]', () => {
    const result = cleanup(page)
    expect(result.body).not.toMatch(/dataLayer|@context|display:flex/)
    expect(result.body).toContain('Tickets go on sale in February')
    expect(result.removed.filter((d) => d.rule === 'script-text').map((d) => d.text)).toEqual([
      'window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n' + "gtag('js', new Date());",
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry returns to the island route"}\n.share-bar{display:flex;gap:4px}.share-bar a{color:#fff}'
    ])
    expect(checkConservation(page, result).ok).toBe(true)
  })

  test('`scriptText: false` keeps the code in the text', () => {
    const result = cleanup(page, {scriptText: false})
    expect(result.removed.filter((d) => d.rule === 'script-text')).toEqual([])
  })

  test('HTML input is left to the HTML parser', () => {
    const result = cleanupHtml('<html><body><p>' + prose[0] + '</p><p>window.x = {"a":1};</p></body></html>')
    expect(result.removed.filter((d) => d.rule === 'script-text')).toEqual([])
  })
})
