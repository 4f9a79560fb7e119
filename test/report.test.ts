import {createHash} from 'node:crypto'
import {parseHTML} from 'linkedom'
import {describe, expect, test} from 'vitest'
import {cleanup, cleanupHtml, toReportHtml} from '../src/index.js'
import type {CleanResult, Trace} from '../src/index.js'

// Parse without running anything (linkedom runs no scripts).
// (Typed loosely: the project compiles without the DOM library.)
type Document = ReturnType<typeof parseHTML>['document']

function dom(html: string): Document {
  return parseHTML(html).document
}

// The text of the input pane, as a reader (or a copy-paste) gets it.
function paneText(document: Document): string {
  return document.querySelector('pre.src')!.textContent!
}

const fragments =
  'Home\n\nWorld\n\nThe harbour of the old town was closed on Monday, and the fishing boats stayed in port while the storm passed.\n\n' +
  'The mayor said the\n\nsea wall\n\nwould be repaired before the winter, and thanked the crews who worked through the night.\n\n' +
  'Share on Facebook\n\nTags\n\n  • Storms\n\n  • Harbours\n'

const hostile =
  'Menu\n\nThe council met on Tuesday <script>alert(1)</script> to discuss the new library, which will open next spring in the old post office.\n\n' +
  'Readers wrote in: <img src=x onerror=alert(2)> and "quotes" and \'apostrophes\' & ampersands </pre></style></textarea> were all printed.\n\n' +
  'Share on Facebook\n'

// A result made by hand: a related headline with a glued section label, a tag, a stripped piece.
function handMade(): {input: string; result: CleanResult} {
  const input = 'Night trains return to the coast<b>\n\nThe first night train in ten years left the capital (12 comments) at nine.\n\nTags\n\nRailways\n\nRelated\n\nTravelFerry fares rise again\n'
  const at = (text: string) => input.indexOf(text)
  const bodyStart = at('The first')
  const bodyEnd = at(' at nine.') + ' at nine.'.length
  const stripped = {text: '(12 comments)', rule: 'comment-count', position: {start: {line: 3, column: 1, offset: at('(12')}, end: {line: 3, column: 1, offset: at('(12') + 13}}}
  const trace: Trace = {
    spans: [
      {start: 0, end: at('<b>') + 3, fate: 'title', rule: 'title-first-line', text: 'Night trains return to the coast<b>'},
      {start: bodyStart, end: bodyEnd, fate: 'body', text: 'The first night train in ten years left the capital at nine.', stripped: [stripped]},
      {start: at('Tags'), end: at('Tags') + 4, fate: 'removed', rule: 'tag-cue', text: 'Tags'},
      {start: at('Railways'), end: at('Railways') + 8, fate: 'tag', rule: 'tag-list', text: 'Railways'},
      {start: at('Related\n'), end: at('Related\n') + 7, fate: 'removed', rule: 'related-cue', text: 'Related'},
      {start: at('TravelFerry'), end: at(' again') + 6, fate: 'related', rule: 'related-list', text: 'Ferry fares rise again', section: 'Travel'}
    ],
    joins: []
  }
  const result: CleanResult = {
    title: 'Night trains return to the coast<b>',
    body: 'The first night train in ten years left the capital at nine.',
    paragraphs: ['The first night train in ten years left the capital at nine.'],
    tags: ['Railways'],
    related: [{title: 'Ferry fares rise again', section: 'Travel'}],
    removed: [stripped, {text: 'Tags', rule: 'tag-cue', position: {start: {line: 5, column: 1, offset: at('Tags')}, end: {line: 5, column: 5, offset: at('Tags') + 4}}}],
    messages: [],
    trace
  }
  return {input, result}
}

describe('toReportHtml()', () => {
  test('throws a TypeError naming the bad argument', () => {
    const result = cleanup('Some text', {trace: true})
    expect(() => toReportHtml(1 as unknown as string, result)).toThrow(/`input`/)
    expect(() => toReportHtml('Some text', null as unknown as CleanResult)).toThrow(/`result`/)
    expect(() => toReportHtml('Some text', cleanup('Some text'))).toThrow(/trace: true/)
    expect(() => toReportHtml('Some text', result, {name: 3 as unknown as string})).toThrow(/`options.name`/)
  })

  test('wraps every span with its fate and rule, and keeps the input text whole', () => {
    const result = cleanup(fragments, {trace: true})
    const document = dom(toReportHtml(fragments, result))
    const spans = [...document.querySelectorAll('pre.src > .s')]
    expect(spans.length).toBe(result.trace!.spans.length)
    for (const [i, element] of spans.entries()) {
      const span = result.trace!.spans[i]
      expect(element.getAttribute('data-fate')).toBe(span.fate)
      expect(element.getAttribute('data-rule')).toBe(span.rule ?? null)
      expect(element.textContent).toBe(fragments.slice(span.start, span.end))
      expect(element.getAttribute('title')).toContain(span.fate)
    }
    expect(paneText(document)).toBe(fragments)
    expect(document.querySelector('.s[data-fate=removed][data-rule=boilerplate-phrase]')!.textContent).toBe('Share on Facebook')
  })

  test('marks every join, between the joined pieces', () => {
    const result = cleanup(fragments, {trace: true})
    expect(result.trace!.joins.length).toBeGreaterThan(0)
    const document = dom(toReportHtml(fragments, result))
    const joins = [...document.querySelectorAll('.s[data-fate=body] .join')]
    expect(joins.map((d) => d.getAttribute('data-join'))).toEqual(result.trace!.joins.map((d) => d.kind))
    expect(joins.map((d) => d.textContent)).toEqual(result.trace!.joins.map((d) => fragments.slice(d.from, d.to)))
    expect(document.querySelector('header')!.textContent).toContain(result.trace!.joins.length + ' joins')
    // Every message is listed, as `String(message)` reads.
    const messages = [...document.querySelectorAll('.messages li')].map((d) => d.textContent)
    expect(messages).toEqual(result.messages.map(String))
    expect(messages.length).toBeGreaterThan(0)
  })

  test('shows the clean output beside the input', () => {
    const result = cleanup(fragments, {trace: true})
    const document = dom(toReportHtml(fragments, result))
    const paragraphs = [...document.querySelectorAll('.out p[data-fate=body]')].map((d) => d.textContent)
    expect(paragraphs).toEqual(result.paragraphs)
    expect([...document.querySelectorAll('.out [data-fate=tag]')].map((d) => d.textContent)).toEqual(result.tags)
    // Hover links point at spans that exist.
    for (const element of document.querySelectorAll('[data-link]')) {
      for (const id of element.getAttribute('data-link')!.split(' ')) expect(document.getElementById(id)).not.toBeNull()
    }
    expect(document.querySelectorAll('.out p[data-link]').length).toBe(result.paragraphs.length)
  })

  test('counts spans and characters per rule', () => {
    const result = cleanup(fragments, {trace: true})
    const document = dom(toReportHtml(fragments, result))
    const rows = [...document.querySelectorAll('.summary tbody tr')]
    const spans = rows.reduce((sum, row) => sum + Number(row.children[2].textContent), 0)
    expect(spans).toBe(result.trace!.spans.length)
    const row = document.querySelector('.summary tr[data-row-fate=removed][data-row-rule=boilerplate-phrase]')!
    const expected = result.trace!.spans.filter((d) => d.rule === 'boilerplate-phrase')
    expect(Number(row.children[2].textContent)).toBe(expected.length)
    expect(Number(row.children[3].textContent)).toBe(expected.reduce((sum, d) => sum + d.end - d.start, 0))
  })

  test('marks section labels of related headlines, stripped pieces, tags and the title', () => {
    const {input, result} = handMade()
    const document = dom(toReportHtml(input, result))
    const related = document.querySelector('.s[data-fate=related]')!
    expect(related.getAttribute('data-section')).toBe('Travel')
    expect(related.querySelector('.section')!.textContent).toBe('Travel')
    expect(related.getAttribute('title')).toContain('section “Travel”')
    const stripped = document.querySelector('.s[data-fate=body] .stripped')!
    expect(stripped.getAttribute('data-fate')).toBe('removed')
    expect(stripped.getAttribute('data-rule')).toBe('comment-count')
    expect(stripped.textContent).toBe('(12 comments)')
    expect(document.querySelector('.s[data-fate=tag]')!.textContent).toBe('Railways')
    expect(document.querySelector('.out li[data-fate=related]')!.getAttribute('data-section')).toBe('Travel')
    expect(document.querySelector('.out li[data-fate=related] .headline')!.textContent).toBe('Ferry fares rise again')
    expect(document.querySelector('.out [data-fate=title]')!.textContent).toBe('Night trains return to the coast<b>')
    expect(document.querySelector('.out [data-fate=title] b')).toBeNull()
    expect(paneText(document)).toBe(input)
    // The stripped piece counts as removed, under its rule.
    expect(document.querySelector('.summary tr[data-row-rule=comment-count]')!.children[3].textContent).toBe('13')
    expect(document.querySelector('.removed li[data-rule=comment-count]')!.getAttribute('data-link')).toBe('s1x0')
  })

  test('escapes everything from the input, in text and attributes', () => {
    const result = cleanup(hostile, {trace: true})
    const html = toReportHtml(hostile, result, {name: '"><script>alert(3)</script>'})
    expect(html).not.toMatch(/<script>alert/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;')
    const document = dom(html)
    expect(document.querySelectorAll('script').length).toBe(1)
    expect(document.querySelectorAll('img, textarea, [onerror]').length).toBe(0)
    expect(document.querySelectorAll('style').length).toBe(1)
    expect(document.querySelectorAll('pre').length).toBe(1)
    expect(paneText(document)).toBe(hostile)
    expect(document.title).toBe('unscrape report: "><script>alert(3)</script>')
  })

  test('escapes hostile rule ids and section labels in attributes', () => {
    const {input, result} = handMade()
    const evil = '" onmouseover="alert(4)" x="'
    result.trace!.spans[5].section = evil
    result.trace!.spans[2].rule = evil
    result.related[0].section = evil
    const document = dom(toReportHtml(input, result))
    expect(document.querySelectorAll('[onmouseover]').length).toBe(0)
    expect(document.querySelector('.s[data-fate=related]')!.getAttribute('data-section')).toBe(evil)
    expect(document.querySelector('.s[data-fate=removed]')!.getAttribute('data-rule')).toBe(evil)
  })

  test('allows only its own style and script, by hash', () => {
    const html = toReportHtml(fragments, cleanup(fragments, {trace: true}))
    const document = dom(html)
    const policy = document.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content')!
    const sha = (text: string) => "'sha256-" + createHash('sha256').update(text).digest('base64') + "'"
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain('script-src ' + sha(document.querySelector('script')!.textContent!))
    expect(policy).toContain('style-src ' + sha(document.querySelector('style')!.textContent!))
    expect(policy).not.toContain('unsafe')
    // The policy comes before anything it governs; nothing loads from elsewhere.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
    expect(html).not.toMatch(/\b(?:src|href)=|url\(|@import/i)
  })

  test('shows an HTML source with markup between spans', () => {
    const page = '<!doctype html><html><body><nav>Home</nav><p>The lighthouse keeper retired on Friday after forty years of service on the rocky island.</p></body></html>'
    const result = cleanupHtml(page, {trace: true})
    const document = dom(toReportHtml(page, result))
    expect(document.querySelectorAll('pre.src .s').length).toBe(result.trace!.spans.length)
    expect(document.querySelectorAll('pre.src p, pre.src nav, nav').length).toBe(0)
    expect(paneText(document)).toBe(page)
    expect(document.querySelector('.out p[data-fate=body]')!.textContent).toBe(result.paragraphs[0])
  })

  test('handles empty input and spans outside the input', () => {
    expect(dom(toReportHtml('', cleanup('', {trace: true}))).querySelector('.out .none')!.textContent).toBe('(no body)')
    const {input, result} = handMade()
    result.trace!.spans.push({start: input.length + 5, end: input.length + 50, fate: 'removed', rule: 'x', text: ''})
    result.trace!.spans.push({start: Number.NaN, end: 3, fate: 'body', text: ''})
    expect(paneText(dom(toReportHtml(input, result)))).toBe(input)
  })
})
