import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, cleanupHtml} from '../src/index.js'
import type {CleanResult} from '../src/index.js'

const text =
  'Menu\n\nThe ferry crews demand higher wages after a long winter on the northern rail-\nway line to the harbour.\n\nTags\n\n  • Ferry\n  • Harbour'

function result(fields: Partial<CleanResult>): CleanResult {
  return {body: '', paragraphs: [], tags: [], related: [], removed: [], messages: [], ...fields}
}

describe('checkConservation()', () => {
  test('a cleanup result conserves every word', () => {
    const report = checkConservation(text, cleanup(text, {trace: true}))
    expect(report).toMatchObject({ok: true, lost: [], invented: []})
    expect(report.inputWords).toBe(report.resultWords + report.joined.length - report.split.length)
  })

  test('reports a lost word occurrence and an invented one', () => {
    const report = checkConservation('The ferry left. The ferry came back.', result({body: 'The ferry left. The boat came back.'}))
    expect(report.ok).toBe(false)
    expect(report.lost).toEqual(['ferry'])
    expect(report.invented).toEqual(['boat'])
  })

  test('a word in two places is invented once', () => {
    const report = checkConservation('Harbour news today.', result({body: 'Harbour news today.', tags: ['Harbour']}))
    expect(report.invented).toEqual(['Harbour'])
  })

  test('removed text counts as conserved', () => {
    const report = checkConservation('Menu\n\nThe ferry left.', result({body: 'The ferry left.', removed: [{text: 'Menu', rule: 'x', position: {start: {line: 1, column: 1}, end: {line: 1, column: 5}}}]}))
    expect(report.ok).toBe(true)
  })

  test('a recorded join explains a glued word; without one it is invented', () => {
    const input = 'The northern rail-\nway line.'
    const joins = [{from: 18, to: 19, kind: 'dehyphenate' as const}]
    const joined = checkConservation(input, result({body: 'The northern railway line.', trace: {spans: [], joins}}))
    expect(joined).toMatchObject({ok: true, joined: ['railway']})
    const unrecorded = checkConservation(input, result({body: 'The northern railway line.', trace: {spans: [], joins: []}}))
    expect(unrecorded.invented).toEqual(['railway'])
    expect(unrecorded.lost.sort()).toEqual(['rail', 'way'])
  })

  test('a join explains only the word glued where it was made', () => {
    const input = 'The rail-\nway line runs north east.'
    const joins = [{from: 8, to: 10, kind: 'dehyphenate' as const}]
    // "northeast" is glued nowhere in the input: the one join cannot explain it.
    const report = checkConservation(input, result({body: 'The railway line runs northeast.', trace: {spans: [], joins}}))
    expect(report.joined).toEqual(['railway'])
    expect(report.invented).toEqual(['northeast'])
    expect(report.lost.sort()).toEqual(['east', 'north'])
  })

  test('joins in a row glue one word of three pieces', () => {
    const input = 'The inter\nnation\nal fleet.'
    const joins = [
      {from: 9, to: 10, kind: 'none' as const},
      {from: 16, to: 17, kind: 'none' as const}
    ]
    const report = checkConservation(input, result({body: 'The international fleet.', trace: {spans: [], joins}}))
    expect(report).toMatchObject({ok: true, joined: ['international']})
  })

  test('tags split where they were glued are conserved, other words are not', () => {
    const message = cleanup('x').messages
    const input = 'Harbour PolicyFerries StormSeasonTides'
    const split = {ruleId: 'split-glued-tags'} as (typeof message)[number]
    const ok = checkConservation(input, result({tags: ['Harbour Policy', 'Ferries', 'Storm', 'Season', 'Tides'], messages: [split]}))
    expect(ok).toMatchObject({ok: true})
    expect(ok.split.sort()).toEqual(['PolicyFerries', 'StormSeasonTides'])
    // Without the record the same result loses the glued words.
    const unrecorded = checkConservation(input, result({tags: ['Harbour Policy', 'Ferries', 'Storm', 'Season', 'Tides']}))
    expect(unrecorded.lost.sort()).toEqual(['PolicyFerries', 'StormSeasonTides'])
  })

  test('a copy cut off its headline may cut a glued word at its end', () => {
    const input = 'Tide tables for the pierTide tables for the pier'
    const title = 'Tide tables for the pier'
    const position = {start: {line: 1, column: 1}, end: {line: 1, column: 48}}
    const cut = {text: title, rule: 'strip-item', position}
    const trace = {spans: [{start: 0, end: 48, fate: 'related' as const, text: title, stripped: [cut]}], joins: []}
    const report = checkConservation(input, result({related: [{title}], removed: [cut], trace}))
    expect(report).toMatchObject({ok: true, split: ['pierTide']})
    // Without the trace the cut is not paired with the headline.
    expect(checkConservation(input, result({related: [{title}], removed: [cut]})).lost).toEqual(['pierTide'])
  })

  test('a section label split off a related headline is conserved', () => {
    const report = checkConservation('EuropeFerry crews demand more', result({related: [{section: 'Europe', title: 'Ferry crews demand more'}]}))
    expect(report).toMatchObject({ok: true, split: ['EuropeFerry']})
  })

  test('normalized input: entities and invisible characters are not words of the input', () => {
    const input = 'Caf&eacute; owners\u200B say no.'
    expect(checkConservation(input, cleanup(input)).ok).toBe(true)
    expect(checkConservation(input, result({body: 'Café owners say no.'})).ok).toBe(true)
  })

  test('HTML: covers the rendered text, not markup or metadata', () => {
    const html = '<html><head><title>T</title><meta name="keywords" content="alpha"></head><body><nav>Menu</nav><p>The ferry left the <a href="/h">harbour</a> at dawn.</p><script>var x = 1</script></body></html>'
    const report = checkConservation(html, cleanupHtml(html), {html: true})
    expect(report).toMatchObject({ok: true, lost: [], invented: []})
    expect(checkConservation(html, result({body: 'The ferry left the harbour at dawn.'}), {html: true}).lost).toEqual(['Menu'])
  })

  test('throws a TypeError naming the argument', () => {
    expect(() => checkConservation(1 as never, result({}))).toThrow(/`input`/)
    expect(() => checkConservation('a', 'b' as never)).toThrow(/`result`/)
    expect(() => checkConservation('a', result({}), 3 as never)).toThrow(/`options`/)
  })
})
