import {load} from 'cheerio'
import {Parser} from 'htmlparser2'
import {describe, expect, test, vi} from 'vitest'
import {VFile} from 'vfile'
import {classifyDom, cleanupHtml, htmlToTree} from '../src/index.js'
import {DeepParser} from '../src/parse/html.js'
import {serializeDom, type DomNode} from '../src/parse/serialize-dom.js'

const values = (html: string) => htmlToTree(html).children.map((d) => d.value)

describe('htmlToTree', () => {
  test('joins inline elements and separates blocks', () => {
    expect(values('<p>The <a href="#">quay</a> was <b>busy</b>, <em>very</em> busy.</p><p>Second.</p>')).toEqual([
      'The quay was busy, very busy.',
      'Second.'
    ])
  })

  test('keeps no space where the source has none', () => {
    expect(values('<p>sea<b>gulls</b> and <i>terns</i></p>')).toEqual(['seagulls and terns'])
  })

  test('one <br> is a line break, two end the paragraph', () => {
    expect(values('<div>Harbour Road 4<br>North Isle<br><br>Open daily</div>')).toEqual([
      'Harbour Road 4\nNorth Isle',
      'Open daily'
    ])
  })

  test('lists, headings, captions and table rows get their kind', () => {
    const tree = htmlToTree(
      '<h2>Times</h2><ul><li>Early boat</li><li>Late boat</li></ul>' +
        '<figure><img src="x.jpg"><figcaption>The quay at dawn</figcaption></figure>' +
        '<table><tr><td>North</td><td>06:40</td></tr></table>'
    )
    expect(tree.children.map((d) => [d.data.kind, d.value])).toEqual([
      ['heading', 'Times'],
      ['list-item', 'Early boat'],
      ['list-item', 'Late boat'],
      ['caption', 'The quay at dawn'],
      ['table-row', 'North 06:40']
    ])
    expect(tree.children[0].data.dom!.depth).toBe(2)
  })

  test('keeps the white space of pre', () => {
    expect(values('<pre>  a = 1\n  b = 2</pre>')).toEqual(['  a = 1\n  b = 2'])
  })

  test('drops scripts, styles, templates, svg and hidden elements', () => {
    expect(
      values(
        '<p>Kept.</p><script>x()</script><style>p{}</style><noscript>No</noscript><template><p>T</p></template>' +
          '<svg><text>S</text></svg><p hidden>H</p><p style="color:red; display: none">D</p>'
      )
    ).toEqual(['Kept.'])
  })

  test('keeps what `aria-hidden` hides from a screen reader only: it is on the screen', () => {
    // A pull quote that repeats the text, a headline written twice (once for the eye, once for a screen reader).
    expect(
      values('<p>Kept.</p><aside class="pull-quote" aria-hidden="true">“We missed the boat.”</aside><a href="/a"><span aria-hidden="true">Quay reopens</span><span class="sr-only">Quay reopens</span></a>')
    ).toEqual(['Kept.', '“We missed the boat.”', 'Quay reopens'])
  })

  test('positions point into the HTML source', () => {
    const html = '<div>\n  <p>First <a href="#">line</a>.</p>\n</div>'
    const [block] = htmlToTree(html).children
    expect(block.position.start).toEqual({line: 2, column: 6, offset: 11})
    expect(html.slice(block.position.start.offset, block.position.end.offset)).toBe('First <a href="#">line</a>.')
  })

  test('records DOM facts: landmark, tokens, links, rel=tag', () => {
    const tree = htmlToTree(
      '<nav class="main-menu"><a href="/">Home</a></nav>' +
        '<div class="postTags"><a rel="tag" href="/t/a">Boats</a>, <a rel="tag" href="/t/b">Piers</a></div>'
    )
    const [home, boats, piers] = tree.children
    expect(home.data.dom!.landmark).toBe('nav')
    expect(home.data.dom!.tokens).toEqual(['main', 'menu'])
    expect(home.data.dom!.linkDensity).toBe(1)
    expect(boats.value).toBe('Boats')
    expect(boats.data.dom!.relTag).toBe(true)
    expect(boats.data.dom!.tokens).toEqual(['post', 'tags'])
    expect(piers.value).toBe('Piers')
  })

  test('splits class and id words: case changes, digits, non-ASCII, repeats, and the path', () => {
    const tree = htmlToTree(
      '<section class="teaserCard2Box x_Y"><div id="ÜberSicht tag-Liste" class="teaserCard2Box">' +
        '<p class="relatedNews related-news">Ferry times change in May.</p></div></section>'
    )
    const [block] = tree.children
    // "Ü" is not an ASCII word character: "ÜberSicht" gives "ber", "sicht".
    expect(block.data.dom!.tokens).toEqual(['teaser', 'card2', 'box', 'x', 'y', 'ber', 'sicht', 'tag', 'liste', 'related', 'news'])
    // Its own words, its parent’s, then its grandparent’s.
    expect(block.data.dom!.near).toEqual([
      'related', 'news', 'teaser', 'card2', 'box', 'ber', 'sicht', 'tag', 'liste', 'teaser', 'card2', 'box', 'x', 'y'
    ])
    expect(block.data.dom!.path).toEqual(['section', 'div', 'p'])
  })

  test('caps the tag path of deeply nested blocks', () => {
    const tree = htmlToTree('<div>'.repeat(40) + '<p>Deep text.</p>' + '</div>'.repeat(40))
    const path = tree.children[0].data.dom!.path
    expect(path).toHaveLength(24)
    expect(path.every((d) => d === 'div')).toBe(true)
  })

  test('reads 20,000 nested elements, closed or not, inline or blocks, in a heading, without recursion', () => {
    const text = 'The crews met at dawn on the pier and asked for a new one.'
    const n = 20_000
    const shapes = [
      '<div>'.repeat(n) + `<p>${text}</p>` + '</div>'.repeat(n),
      '<div>'.repeat(n) + `<p>${text}</p>`,
      '<b><i>'.repeat(n / 2) + text + '</i></b>'.repeat(n / 2),
      '<p><span>'.repeat(n / 2) + text,
      '<div>'.repeat(n) + `<p>${text}</p>` + '</span>'.repeat(n)
    ]
    for (const html of shapes) {
      const blocks = htmlToTree(html).children
      expect(blocks.map((d) => d.value)).toEqual([text])
    }
    // Every element of a heading a block: each block knows where the heading's parent ends.
    const tree = htmlToTree('<section><h2>' + '<div>Pier</div>'.repeat(n) + '</h2></section><p>After.</p>')
    expect(tree.children).toHaveLength(n + 1)
    expect(tree.children[n - 1].data.dom!.sectionEnd).toBe(tree.children[0].data.dom!.sectionEnd)
    expect(tree.children[n - 1].data.dom!.depth).toBe(2)
  })

  test("the parser's stacks of open elements move no array items, however deep the nesting", () => {
    const unshift = vi.spyOn(Array.prototype, 'unshift')
    try {
      htmlToTree('<div><span>'.repeat(10_000) + 'Deep text.' + '</span></div>'.repeat(10_000))
      // (htmlparser2's own stack: one `unshift` per element, each moving all open elements.)
      expect(unshift.mock.calls.length).toBeLessThan(10)
    } finally {
      unshift.mockRestore()
    }
  })

  test("the parser's events are htmlparser2's own (implied and stray end tags, elements left open, foreign content)", () => {
    const pages = [
      '<p>one<p>two<div>three</p></div>',
      '<ul><li>a<li>b</ul><dl><dt>c<dd>d</dl>',
      '<b><i>x</b></i> y </p> z </br>',
      '<svg><path/><circle></circle><foreignObject><p>in</p></foreignObject></svg><math><mi/></math>',
      '<table><tr><td>a<td>b<tr><td>c</table><select><option>a<option>b</select>',
      '<p><span></x></span></p><div><span>left open'
    ]
    const events = (ParserClass: typeof Parser, html: string) => {
      const seen: string[] = []
      const parser: Parser = new ParserClass({
        onopentagname: (name) => seen.push('open ' + name + ' ' + parser.startIndex),
        onclosetag: (name, implied) => seen.push('close ' + name + ' ' + implied + ' ' + parser.endIndex),
        ontext: (data) => seen.push('text ' + data),
        onend: () => seen.push('end')
      }, {decodeEntities: false})
      parser.end(html)
      return seen
    }
    for (const html of pages) expect(events(DeepParser, html)).toEqual(events(Parser, html))
  })

  test('marks the element with most of the article text as main', () => {
    const long = 'The ferry left the harbour at dawn with forty passengers aboard.'
    const tree = htmlToTree(
      `<div class="menu"><p>Short menu line</p></div><div id="story"><p>${long}</p><p>${long}</p></div><div><p>Footer text here</p></div>`
    )
    expect(tree.children.map((d) => d.data.dom!.inMain)).toEqual([false, true, true, false])
  })

  test('a footer notice longer than a short article is not the article', () => {
    const first = 'The council voted on Tuesday to keep the night ferry running through the winter months.'
    const second = 'Crews will be paid for the extra shifts from a fund the harbour board set up last year.'
    const notice =
      'Our reader service desk answers questions by telephone and by mail on weekdays between nine and five, ' +
      'and on Saturdays it only handles delivery requests; readers abroad can write to the desk at any time of the day, ' +
      'and the desk answers within two working days in English, French or German.'
    const tree = htmlToTree(
      `<div class="page"><div class="story"><p>${first}</p><p>${second}</p></div></div>` +
        `<div class="site-footer"><div class="footer-text"><p>${notice}</p></div></div>`
    )
    expect(tree.children.map((d) => d.data.dom!.inMain)).toEqual([true, true, false])
  })

  test('a negative class on a wrapper of most of the prose does not matter', () => {
    const long = 'The ferry left the harbour at dawn with forty passengers aboard.'
    const tree = htmlToTree(
      `<div class="menu"><p>Home</p><p>Ferries</p></div>` +
        `<div class="layout-with-sidebar"><div class="story"><p>${long}</p><p>${long}</p></div><p>Menu</p></div>`
    )
    expect(tree.children.map((d) => d.data.dom!.inMain)).toEqual([false, false, true, true, false])
  })

  test('text cut by entities and comments is one text; its position spans it', () => {
    const html = '<p>Fish &amp; chips<!-- promo --> by the &quot;quay&quot;</p>'
    const [block] = htmlToTree(html).children
    expect(block.value).toBe('Fish & chips by the "quay"')
    expect(html.slice(block.position.start.offset, block.position.end.offset)).toBe(
      'Fish &amp; chips<!-- promo --> by the &quot;quay&quot;'
    )
  })

  test('decodes entities in text, kept attributes and the title the way a browser does', () => {
    const tree = htmlToTree(
      '<head><title>Tide &amp; Time</title><meta property="og:title" content="Piers &amp; Quays &#x2014; a guide"></head>' +
        '<body><div class="post&#45;tags"><a href="/t">Pier</a></div>' +
        '<p>Fees &lt;5% &copy 2025 &#8220;low&#8221; a&b &notice</p><p class="a&notb">Kept</p>' +
        '<script>if (a &amp;&amp; b) {}</script><p class="hidden&#32;x">Gone</p></body>'
    )
    expect(tree.data.metaTitle).toBe('Piers & Quays — a guide')
    // In text a legacy name without its semicolon counts ("&copy 2025",
    // "&notice" is "¬ice"); in an attribute it does not before a letter.
    expect(tree.children.map((d) => d.value)).toEqual(['Pier', 'Fees <5% © 2025 “low” a&b ¬ice', 'Kept'])
    // `class="post&#45;tags"` is `post-tags`.
    expect(tree.children[0].data.dom!.tokens).toEqual(['post', 'tags'])
    expect(tree.children[2].data.dom!.tokens).toEqual(['a', 'notb'])
    const documentTitle = htmlToTree('<title>Tide &amp; Time</title><p>x</p>').data.metaTitle
    expect(documentTitle).toBe('Tide & Time')
  })

  test('finds the end of scripts, comments, quoted values and text wherever it is', () => {
    const html =
      '<p title="a > b" class=\'c "d"\'>One < two</p><script>if (a < b && "</scr" + "ipt>") {}</script>' +
      '<!-- a > b -- c --><p>Two</p><style>p > a { }</style><p data-x=1>Three</p><![CDATA[ x ]]>' +
      '<textarea><p>No</p></textarea><p>Four'
    expect(values(html)).toEqual(['One < two', 'Two', 'Three', 'Four'])
    const [one, , , four] = htmlToTree(html).children
    expect(html.slice(one.position.start.offset, one.position.end.offset)).toBe('One < two')
    expect(html.slice(four.position.start.offset)).toBe('Four')
    // Cut short inside a quoted value, a comment or a script: nothing after it renders.
    expect(values('<p>Kept</p><p class="open>Lost</p>')).toEqual(['Kept'])
    expect(values('<p>Kept</p><!-- open <p>Lost</p>')).toEqual(['Kept'])
    expect(values('<p>Kept</p><script>var a = "<p>Lost</p>"')).toEqual(['Kept'])
  })

  test('an element or role named like an object property is no landmark', () => {
    const tree = htmlToTree('<constructor><p>One</p></constructor><div role="toString"><p>Two</p></div><nav><p>Three</p></nav>')
    expect(tree.children.map((d) => d.data.dom!.landmark)).toEqual([undefined, undefined, 'nav'])
  })

  test('attribute names in any case; the first of two equal attributes counts', () => {
    expect(values('<P HIDDEN>Gone</P><div Class="sr-only">Gone</div><p class="lead" class="hidden">Kept</p>')).toEqual(['Kept'])
  })

  test('text for screen readers only is not on the page (HTML5 Boilerplate, Drupal, Elementor)', () => {
    expect(values('<p><span class="visuallyhidden">Skip to </span>Quay reopens</p><p><a href="/a"><span class="elementor-screen-only">Prev</span>Harbour works begin</a></p><p class="element-invisible element-focusable">Jump to navigation</p>')).toEqual([
      'Quay reopens',
      'Harbour works begin'
    ])
  })

  test('elements left open are closed at the end of the page', () => {
    expect(values('<div><p>First<p>Second <b>bold<li>Item')).toEqual(['First', 'Second bold', 'Item'])
  })

  test('a heading records where its section element ends', () => {
    const html = '<body><section><h2>Also read</h2><p>One</p></section><p>After</p></body>'
    const [heading, , after] = htmlToTree(html).children
    expect(heading.data.dom!.sectionEnd).toBe(html.indexOf('<p>After'))
    expect(after.data.dom!.sectionEnd).toBeUndefined()
  })

  test('reads only the head’s own metadata, and titles and JSON-LD in the body', () => {
    const tree = htmlToTree(
      '<head><noscript><meta name="keywords" content="hidden"></noscript><title>Harbour &amp; Sea</title></head>' +
        '<body><script type="application/ld+json">{"@type":"Article","headline":"Ferries","keywords":["piers"]}</script>' +
        '<script>var keywords = "none"</script><p>x</p></body>'
    )
    expect(tree.data.keywords).toEqual(['piers'])
    expect(tree.data.metaTitle).toBe('Ferries')
    expect(tree.children.map((d) => d.value)).toEqual(['x'])
  })

  test('reads keywords and the title from metadata', () => {
    const tree = htmlToTree(
      '<head><meta property="og:title" content="Ferries return"><meta name="keywords" content="ferries, harbour">' +
        '<meta property="article:tag" content="Islands">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","keywords":"harbour, spring"}</script></head><body><p>x</p></body>'
    )
    expect(tree.data.metaTitle).toBe('Ferries return')
    expect(tree.data.keywords).toEqual(['ferries', 'harbour', 'Islands', 'spring'])
  })
})

describe('cleanupHtml', () => {
  test('throws on a non-string', () => {
    expect(() => cleanupHtml(1 as unknown as string)).toThrow(TypeError)
    expect(() => cleanupHtml({html: () => '<p>x</p>'} as unknown as string)).toThrow(/string, bytes or a cheerio document/)
  })

  test('takes a page loaded with cheerio', () => {
    const long = 'The harbour master says the ferries will run twice a day from the first of May, weather permitting.'
    const html = `<html><head><title>Ferries</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ferries</h1><p>${long}</p></article></body></html>`
    const $ = load(html)
    const result = cleanupHtml($)
    expect(result.paragraphs).toEqual([long])
    expect(result.title).toBe('Ferries')
    expect(result.paragraphs).toEqual(cleanupHtml($.html()).paragraphs)
  })

  test('takes a page loaded with cheerio nested deeper than cheerio can serialize', () => {
    const long = 'The harbour master says the ferries will run twice a day from the first of May, weather permitting.'
    const $ = load('<div>'.repeat(10_000) + `<p>${long}</p>` + '</div>'.repeat(10_000))
    // (Cheerio's own serializer recurses once per element.)
    expect(() => $.html()).toThrow(RangeError)
    expect(cleanupHtml($).paragraphs).toEqual([long])
  })

  test('writes a page loaded with cheerio as cheerio does, without recursion', () => {
    const $ = load(
      '<!DOCTYPE html><html><head><script>if (a < b && c) {}</script><noscript><img src="/pixel.gif"></noscript></head>' +
        '<body><!-- menu --><p class="lead &quot;x&quot;" data-note="fish &amp; chips">Fish &amp; chips &lt;3 &gt; 2&nbsp;ferries</p>' +
        '<br><img src="/a.png" alt=""><template><p>Later</p></template><textarea>a &lt; b</textarea>' +
        '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#pier"/></svg></body></html>'
    )
    expect(serializeDom($.root()[0] as DomNode)).toBe($.html())
  })

  test('returns title, body, tags and keywords', () => {
    const long = 'Crews repainted every hull over the winter, and the harbour master says the boats are ready.'
    const result = cleanupHtml(
      '<head><meta name="keywords" content="ferries"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>' +
        `<article><h1>Ferries return</h1><p>${long}</p><p>${long} Again.</p>` +
        '<p class="tags"><a rel="tag" href="/t/a">Boats</a> <a rel="tag" href="/t/b">Piers</a></p></article></body>'
    )
    expect(result.title).toBe('Ferries return')
    expect(result.paragraphs).toEqual([long, long + ' Again.'])
    expect(result.tags).toEqual(['Boats', 'Piers'])
    // A control of the list is no tag.
    const more = cleanupHtml(
      `<body><article><h1>Ferries return</h1><p>${long}</p><p>${long} Again.</p>` +
        '<ul class="list-of-tags"><li><a href="/t/a">Boats</a></li><li><a href="#">Show more</a></li></ul></article></body>'
    )
    expect(more.tags).toEqual(['Boats'])
    expect(result.keywords).toEqual(['ferries'])
    expect(result.removed.map((d) => d.text)).toContain('Home\nNews')
  })
})

describe('classifyDom', () => {
  const long = 'Crews repainted every hull over the winter, and the harbour master says the boats are ready.'

  test('drops captions, comments and repeated widgets from the article', () => {
    const result = cleanupHtml(
      `<article><p>${long}</p><figure><figcaption>The quay at dawn</figcaption></figure>` +
        `<p class="promo-line">Get the app for the ferry timetable today</p><p>${long}</p>` +
        `<ol class="comment-list"><li><p>I have taken this ferry for years and it is always late in spring.</p></li></ol></article>`
    )
    expect(result.paragraphs).toEqual([long])
    expect(result.removed.map((d) => d.rule)).toEqual(['dom-caption', 'dom-class', 'dom-duplicate', 'dom-class'])
  })

  test('drops the links to the previous and next article after the text', () => {
    const card = (side: string, title: string) =>
      `<div class="grid ${side}"><p><a href="/${side}">${side === 'prev' ? 'Previous story' : 'Next story'}</a></p>` +
      `<a href="/a/${side}"><h5>${title}</h5></a><p class="excerpt">The crews of the old quay have a word to say about it</p></div>`
    const result = cleanupHtml(
      `<article><h1>Ferries return</h1><p>${long}</p><p>${long} Again.</p>` +
        `<div class="grid next-prev">${card('next', 'Quay cafe stays open all winter')}${card('prev', 'Night ferry back on the north route')}</div>` +
        '</article>'
    )
    expect(result.paragraphs).toEqual([long, long + ' Again.'])
    expect(result.body).not.toContain('crews of the old quay')
  })

  test('moves link headlines outside the article to related, not menu labels', () => {
    const result = cleanupHtml(
      `<nav><ul><li><a href="/a">Letters to the editor</a></li></ul></nav><article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><ul><li><a href="/b">Island bakers count a record summer of visitors (12)</a></li>' +
        '<li><a href="/c">A short teaser that ends like a sentence and is not a headline.</a></li></ul></aside>'
    )
    expect(result.related).toEqual([{title: 'Island bakers count a record summer of visitors'}])
    // The count cut off the headline is recorded.
    expect(result.removed).toContainEqual(expect.objectContaining({text: '(12)', rule: 'strip-item'}))
  })

  test('a link to the authors’ pages outside the article is no headline', () => {
    const result = cleanupHtml(
      `<article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><ul><li><a href="/authors/ana-ruiz-and-tom-reed">By Ana Ruiz and Tom Reed</a></li>' +
        '<li><a href="/b">By the numbers: island bakers count a record summer</a></li>' +
        '<li><a href="/c">Island bakers count a record summer of visitors</a></li></ul></aside>'
    )
    expect(result.related).toEqual([{title: 'By the numbers: island bakers count a record summer'}, {title: 'Island bakers count a record summer of visitors'}])
  })

  test('a category with its count, a breadcrumb and a pointer outside the article are no headlines', () => {
    const result = cleanupHtml(
      `<article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><ul><li><a href="/c/1">港のニュースと話題(29)</a></li><li><a href="/c/2">Harbour News and Notes from the North Quay ›</a></li>' +
        '<li><a href="/about">→ About this blog and its writers</a></li>' +
        '<li><a href="/b">Island bakers count a record summer of visitors</a></li></ul></aside>'
    )
    expect(result.related).toEqual([{title: 'Island bakers count a record summer of visitors'}])
  })

  test('a keywords meta tag of 130,000 items does not overflow the stack', () => {
    const html = `<head><meta name="keywords" content="${'a,'.repeat(130_000)}"></head><body><article><p>${long}</p></article></body>`
    expect(cleanupHtml(html).paragraphs).toEqual([long])
  })

  test('the entries of a drop-down menu are no headlines, however long', () => {
    const result = cleanupHtml(
      '<header><ul class="nav"><li><a href="/guides">Guides</a><ul class="dropdown-menu">' +
        '<li><a href="/g/1">Guide: How to Plan a Winter Crossing</a></li><li><a href="/g/2">Submit a Photo of the Harbour at Night</a></li></ul></li></ul></header>' +
        `<article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><ul><li><a href="/b">Island bakers count a record summer of visitors</a></li></ul></aside>'
    )
    expect(result.related).toEqual([{title: 'Island bakers count a record summer of visitors'}])
  })

  test('a related cue in a link outside the article is the list’s cue, not one of its headlines', () => {
    const result = cleanupHtml(
      `<article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><h3><a href="/news">Other news in this section</a></h3><ul><li><a href="/b">Island bakers count a record summer of visitors</a></li></ul></aside>'
    )
    expect(result.related).toEqual([{title: 'Island bakers count a record summer of visitors'}])
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'Other news in this section', rule: 'related-cue'}))
  })

  test('a related cue inside a headline link is cut off and recorded; names and words that open headlines stay', () => {
    const result = cleanupHtml(
      `<article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><ul><li><a href="/b">Read next Island bakers count a record summer of visitors</a></li>' +
        '<li><a href="/c">Related: Night ferry keeps its winter timetable after the vote</a></li>' +
        '<li><a href="/d">Popular uprising in the harbour choir over the new anthem</a></li>' +
        '<li><a href="/e">More from Harbour Gazette readers about the night ferry</a></li></ul></aside>'
    )
    expect(result.related.map((d) => d.title)).toEqual([
      'Island bakers count a record summer of visitors',
      'Night ferry keeps its winter timetable after the vote',
      'Popular uprising in the harbour choir over the new anthem',
      'More from Harbour Gazette readers about the night ferry'
    ])
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'Read next', rule: 'related-cue'}))
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'Related:', rule: 'related-cue'}))
  })

  test('a section’s heading that the metadata title only begins with is not the title; the h1 is', () => {
    const result = cleanupHtml(
      '<head><meta property="og:title" content="Kestrel Bay harbour week: the night ferry keeps its winter timetable"></head><body>' +
        '<div class="kicker"><h2>Kestrel Bay</h2></div>' +
        '<article><h1>Harbour week in Kestrel Bay: the night ferry keeps its winter timetable</h1>' +
        `<p>${long}</p><p>${long} Again.</p></article></body>`
    )
    expect(result.title).toBe('Harbour week in Kestrel Bay: the night ferry keeps its winter timetable')
  })

  test('without a heading, the block that is the metadata title is the title', () => {
    const result = cleanupHtml(
      '<head><meta property="og:title" content="Night ferry keeps its winter timetable"></head><body>' +
        '<div class="content"><div class="post-title">Night ferry keeps its winter timetable</div>' +
        `<p>${long}</p><p>${long} Again.</p></div></body>`
    )
    expect(result.title).toBe('Night ferry keeps its winter timetable')
    expect(result.paragraphs).toEqual([long, long + ' Again.'])
  })

  test('a run of short links in the article is a navigation run; one short link is kept', () => {
    const html =
      `<article><p>${long}</p><p>Photos: <a href="/g">Gallery</a></p><p>${long} Again.</p>` +
      '<ul class="icons"><li><a href="/1">Mastodon</a></li><li><a href="/2">Print</a></li><li><a href="/3">Forum</a></li></ul>' +
      '<p><a href="/">Back</a></p></article>'
    const tree = htmlToTree(html)
    classifyDom()(tree, new VFile(html))
    expect(tree.children.map((d) => d.data.rule || d.data.fate)).toEqual([
      'body', 'body', 'body', 'navigation-run', 'boilerplate-phrase', 'navigation-run', 'navigation-run'
    ])
    expect(cleanupHtml(html).paragraphs).toEqual([long, 'Photos: Gallery', long + ' Again.'])
  })

  test('a call to action in a link list is boilerplate, not a headline', () => {
    const result = cleanupHtml(
      `<article><p>${long}</p><p>${long} Again.</p></article>` +
        '<aside><ul><li><a href="/b">Island bakers count a record summer of visitors</a></li>' +
        '<li><a href="/n">Sign up for our newsletter and get the ferry times first</a></li>' +
        '<li><a href="/t">Click here for the full winter timetable of every crossing</a></li></ul></aside>'
    )
    expect(result.related.map((d) => d.title)).toEqual(['Island bakers count a record summer of visitors'])
    expect(result.removed.some((d) => d.text.includes('Sign up for our newsletter and get the ferry times first'))).toBe(true)
  })

  test('a WordPress category link (rel="category tag") is the section, not a tag', () => {
    const result = cleanupHtml(
      `<article><header><span class="post-cat"><a rel="category tag" href="/c/harbour">Harbour</a></span></header>` +
        `<p>${long}</p><p>${long} Again.</p>` +
        '<footer class="entry-footer"><a rel="tag" href="/t/ferries">Ferries</a>, <a rel="tag" href="/t/quays">Quays</a></footer></article>'
    )
    expect(result.tags).toEqual(['Ferries', 'Quays'])
    expect(htmlToTree('<p><a rel="category tag" href="/c/x">Harbour</a></p>').children[0].data.dom!.relTag).toBeUndefined()
  })

  test('a paragraph of category links in the article is removed, not body; after a cue they are tags', () => {
    const categories = '<a rel="category tag" href="/c/harbour">Harbour news</a>, <a rel="category" href="/c/boats">Boats and crews</a>'
    const html = `<article><p>${long}</p><p>${long} Again.</p><p>${categories}</p></article>`
    const result = cleanupHtml(html)
    expect(result.paragraphs).toEqual([long, long + ' Again.'])
    expect(result.tags).toEqual([])
    expect(result.removed.map((d) => d.rule)).toContain('dom-category')
    expect(htmlToTree(html).children.map((d) => d.data.dom!.relCategory)).toEqual([undefined, undefined, true, true])
    const filed = cleanupHtml(`<article><p>${long}</p><p>${long} Again.</p><p>Filed under ${categories}</p></article>`)
    expect(filed.paragraphs).toEqual([long, long + ' Again.'])
    expect(filed.tags).toEqual(['Harbour news', 'Boats and crews'])
  })

  test('teaser cards inside the article element: headlines to related, summaries removed', () => {
    const card = (title: string, summary: string) =>
      `<div class="card"><h3 class="card-title"><a href="/x">${title}</a></h3><p class="card-summary">${summary}</p></div>`
    const result = cleanupHtml(
      `<main><h1>Keepers stay</h1><p class="text">${long}</p><p class="text">${long} Twice.</p>` +
        '<h4>More from the Ledger</h4>' +
        card('Ferry timetable changes for the spring crossings', 'The morning crossing moves half an hour earlier.') +
        card('Fishing quotas split the harbour council down the middle', 'Half of the council wants the quota cut.') +
        card('School on the outer island reopens with nine pupils', 'A couple from the mainland now runs it.') +
        '</main>'
    )
    expect(result.paragraphs).toEqual([long, long + ' Twice.'])
    expect(result.related.map((d) => d.title)).toEqual([
      'Ferry timetable changes for the spring crossings',
      'Fishing quotas split the harbour council down the middle',
      'School on the outer island reopens with nine pupils'
    ])
    expect(result.removed.map((d) => d.rule)).toEqual(['related-cue', 'dom-teaser', 'dom-teaser', 'dom-teaser'])
  })

  test('a long teaser summary does not end the run of cards; nor does one after the last heading', () => {
    const card = (title: string, summary: string) =>
      `<li class="card"><h3><a href="/x">${title}</a></h3><div class="card-summary">${summary}</div></li>`
    const short = 'The morning crossing moves half an hour earlier.'
    const longer = `${long} ${long} ${long} ${long} ${long}`
    const result = cleanupHtml(
      `<main><h1>Keepers stay</h1><p class="text">${long}</p><p class="text">${long} Twice.</p><ul>` +
        card('Ferry timetable changes for the spring crossings', short) +
        card('Fishing quotas split the harbour council down the middle', short) +
        card('School on the outer island reopens with nine pupils', longer) +
        card('Night ferry keeps its winter timetable after the vote', short) +
        card('Island bakers count a record summer of visitors', longer) +
        '</ul></main>'
    )
    expect(longer.length).toBeGreaterThan(400)
    expect(result.paragraphs).toEqual([long, long + ' Twice.'])
    expect(result.related).toHaveLength(5)
  })

  test('linked headings between the article’s own paragraphs keep those paragraphs', () => {
    const short = 'The board will send a second boat each month, its chair said.'
    const link = (title: string) => `<h3><a href="/x">${title}</a></h3>`
    const result = cleanupHtml(
      `<main><p class="text">${long}</p>` +
        link('Read more: How the supply boat crossed in the storm') + `<p class="text">${short}</p>` +
        link('Read more: The lamp that has not failed in sixty years') + `<p class="text">${short} Again.</p>` +
        link('Read more: Harbour board budget under pressure again') + `<p class="text">${long} Twice.</p></main>`
    )
    expect(result.paragraphs).toEqual([long, short, short + ' Again.', long + ' Twice.'])
  })

  test('a related cue heading heads the rest of its element; a sibling paragraph ends it', () => {
    const teaser = (text: string) => `<div class="item"><p>${text}</p><p><a href="/s">Share</a></p></div>`
    const cards =
      '<section><h3>You may also like…</h3>' +
      teaser('The lighthouse keepers of the north coast kept a diary for two hundred years, and the island library has now put every page of it online for readers.') +
      teaser('A baker on the pier makes one kind of bread only, and the queue in front of her shop starts an hour before the first ferry arrives in the morning.') +
      '</section>'
    const result = cleanupHtml(`<main><article><p>${long}</p><p>${long} Again.</p></article>${cards}</main>`)
    expect(result.paragraphs).toEqual([long, long + ' Again.'])
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'You may also like…', rule: 'related-cue'}))
    // A related box inside the article: the paragraphs after it are the article's.
    const inside = cleanupHtml(
      `<main><article><p>${long}</p><h4>Related</h4><ul><li><a href="/r">Night ferry keeps its winter timetable after the vote</a></li></ul>` +
        `<p>${long} Again.</p><p>${long} Twice.</p></article></main>`
    )
    expect(inside.paragraphs).toEqual([long, long + ' Again.', long + ' Twice.'])
  })

  test('a cue heading with a word of the site after it heads its element too ("Most popular recipes")', () => {
    const card = (title: string, text: string) => `<div class="tile"><div class="title"><a href="/r">${title}</a></div><div class="body">${text}</div></div>`
    const cards =
      '<div class="tiles"><h2>Most popular recipes</h2>' +
      card('Harbour fish soup', 'Three kinds of fish and potatoes. Ready in an hour.') +
      card('Buckwheat porridge', 'A simple porridge on water in twenty minutes. Good for breakfast.') +
      card('Apple pie', 'Shortcrust pastry with apples and cinnamon. Bakes for forty minutes.') +
      '</div>'
    const result = cleanupHtml(`<main><article><p>${long}</p><p>${long} Again.</p></article>${cards}</main>`)
    expect(result.paragraphs).toEqual([long, long + ' Again.'])
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'Most popular recipes', rule: 'related-cue'}))
  })

  test('inside the article: a link to another article with its cue goes to related, a credited caption and a counted button are removed', () => {
    const second = 'The first crossing leaves the quay at ten in the evening, the board said on Tuesday.'
    const caption = 'Crews load the last cars onto the night ferry (Image: Harbour Desk)'
    const agency = 'Crews load the last cars onto the night ferry at the north pier on Tuesday. (Tom Reed/Reuters)'
    const result = cleanupHtml(
      `<article><p>${long}</p><p><strong>Related: Seven ways the harbour changed in a decade</strong></p>` +
        `<div class="media"><p>${caption}</p></div><p>${second}</p><p>${agency}</p><p>View all (12)</p><p>${long} Again.</p></article>`
    )
    expect(result.paragraphs).toEqual([long, second, long + ' Again.'])
    expect(result.related).toEqual([{title: 'Seven ways the harbour changed in a decade'}])
    expect(result.removed).toContainEqual(expect.objectContaining({text: caption, rule: 'dom-caption'}))
    expect(result.removed).toContainEqual(expect.objectContaining({text: agency, rule: 'dom-caption'}))
    const credit = cleanupHtml(`<article><p>${long}</p><div class="media"><p>Ana Ruiz, ASSOCIATED PRESS</p><p>Image 2 of 5</p></div><p>${second}</p><p>Write to Ana Ruiz at ana@harbour.example</p><p>Tom Reed contributed to this report.</p></article>`)
    expect(credit.paragraphs).toEqual([long, second])
    // (A run of removed blocks is one entry.)
    expect(credit.removed.some((d) => d.rule === 'dom-caption' && d.text.includes('Ana Ruiz, ASSOCIATED PRESS') && d.text.includes('Image 2 of 5'))).toBe(true)
    expect(credit.removed.some((d) => d.rule === 'dom-byline' && d.text.includes('Write to Ana Ruiz') && d.text.includes('contributed to this report'))).toBe(true)
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'View all (12)', rule: 'boilerplate-phrase'}))
    // A date line in an element without a date's name; a line that only starts like one stays.
    const dated = cleanupHtml(`<article><h1>Night ferry returns</h1><div class="top"><p>Updated 9:10 am EST, Monday, March 1, 2027</p></div><p>${long}</p><p>Date night at the harbour</p><p>${second}</p></article>`)
    expect(dated.paragraphs).toEqual([long, 'Date night at the harbour', second])
    expect(dated.removed).toContainEqual(expect.objectContaining({text: 'Updated 9:10 am EST, Monday, March 1, 2027', rule: 'dom-byline'}))
    expect(cleanupHtml(`<article><p>${long}</p><p>Published March 1st, 2027 - 09:10 GMT</p><p>${second}</p></article>`, {boilerplate: {bylines: true}}).paragraphs).toEqual([long, 'Published March 1st, 2027 - 09:10 GMT', second])
    // `{boilerplate: {captions: true}}` keeps captions in HTML too.
    const kept = cleanupHtml(`<article><p>${long}</p><div class="media"><p>${caption}</p></div><p>${second}</p></article>`, {boilerplate: {captions: true}})
    expect(kept.paragraphs).toEqual([long, caption, second])
    // A quote box's button glued to its quote; a newsletter form's answer; a notice about the reader's browser.
    const quote = 'Every crossing is a promise to the island that the mainland has not forgotten it.'
    const boxed = cleanupHtml(
      `<article><p>${long}</p><p><span><a href="/q">${quote}</a></span><a class="btn" href="/tweet">Click To Tweet</a></p>` +
        `<p>We've detected you are on an old browser. Please update it for the best experience.</p><p>You have been successfully subscribed!</p><p>${second}</p></article>`
    )
    expect(boxed.paragraphs).toEqual([long, quote, second])
    // (A run of removed blocks is one entry.)
    const phrases = boxed.removed.filter((d) => d.rule === 'boilerplate-phrase').map((d) => d.text.split('\n'))
    expect(phrases).toEqual([['Click To Tweet', "We've detected you are on an old browser. Please update it for the best experience.", 'You have been successfully subscribed!']])
    // After the last paragraph and its rule, lines that send the reader to an address; inside the article they stay.
    const pointer = 'Follow our coverage of the harbour at https://news.example/harbour'
    const more = 'More harbour news: https://news.example/harbour and https://social.example/harbour'
    const pointed = cleanupHtml(`<article><p>${long}</p><p>${pointer}</p><p>${second}</p><p>___</p><p>${more}</p><p>${pointer}</p></article>`)
    expect(pointed.paragraphs).toEqual([long, pointer, second, '___'])
    expect(pointed.removed).toContainEqual(expect.objectContaining({text: more, rule: 'trailing-pointer'}))
    // (An address that is no line's end, a line without a cue: no pointer.)
    const unpointed = `<article><p>${long}</p><p>Find the timetable at https://news.example/ferry before you travel.</p><p>The board's page: https://news.example/board</p></article>`
    expect(cleanupHtml(unpointed).paragraphs).toEqual([long, 'Find the timetable at https://news.example/ferry before you travel.', "The board's page: https://news.example/board"])
    // The author's note about themselves as one of the article's last two blocks; earlier it is article text.
    const bioNote = 'Ana Ruiz is a staff writer at the Harbour Courier, covering the island and its ferries.'
    const inside = 'Lena Voss is a reporter at the Courier and was on the first crossing with the crews.'
    const withBio = cleanupHtml(`<article><p>${long}</p><p>${inside}</p><p>${second}</p><p>${long} Again.</p><p>${bioNote}</p></article>`)
    expect(withBio.paragraphs).toEqual([long, inside, second, long + ' Again.'])
    expect(withBio.removed).toContainEqual(expect.objectContaining({text: bioNote, rule: 'dom-byline'}))
    // A paragraph that ends like a sentence after a cue word stays ("Related: …." is a sentence).
    const own = 'Related: the board also voted to repaint the old pier before the summer.'
    expect(cleanupHtml(`<article><p>${long}</p><p>${own}</p><p>${long} Again.</p></article>`).paragraphs).toEqual([long, own, long + ' Again.'])
  })
})
