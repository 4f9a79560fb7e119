import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, cleanupHtml} from '../../src/index.js'
import {document, htmlDocument, parameters, timeout} from './documents.js'

describe('conservation (generated documents)', () => {
  test('every input word is in exactly one of title, body, tags, related and removed; none is invented beyond recorded joins and splits', () => {
    fc.assert(
      fc.property(document, (text) => {
        const report = checkConservation(text, cleanup(text, {trace: true}))
        expect(report.lost, 'lost words').toEqual([])
        expect(report.invented, 'invented words').toEqual([])
      }),
      parameters(4000)
    )
  }, timeout)

  test('HTML: the rendered text is conserved', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const report = checkConservation(html, cleanupHtml(html, {trace: true}), {html: true})
        expect({lost: report.lost, invented: report.invented}).toEqual({lost: [], invented: []})
      }),
      parameters(600)
    )
  }, timeout)
})
