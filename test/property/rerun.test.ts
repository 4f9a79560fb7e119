import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {cleanup} from '../../src/index.js'
import {article, cleanArticle, parameters, timeout} from './documents.js'
import {kept} from './kept.js'

const entity = /&(?:[a-zA-Z][a-zA-Z\d]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/

describe('re-running the preset on its own output (generated articles)', () => {
  test('keeps at least 99% of the body’s words', () => {
    fc.assert(
      fc.property(article(false), (text) => {
        const body = cleanup(text).body
        // Entity decoding decodes one level by design ("&amp;amp;" → "&amp;" → "&").
        fc.pre(!entity.test(body))
        const again = cleanup(body)
        expect(kept(body, (again.title ? again.title + '\n\n' : '') + again.body)).toBeGreaterThanOrEqual(0.99)
      }),
      parameters(800)
    )
  }, timeout)

  // A body without its page: short sentences, lists and lines of data between
  // paragraphs read like headlines or navigation when nothing marks them so.
  test('a clean article with short paragraphs (sentences, lists, data) is a fixed point', () => {
    fc.assert(
      fc.property(cleanArticle, (text) => {
        const again = cleanup(text)
        // (Unicode normalization composes "cafe\u0301" into one letter.)
        expect(kept(text.normalize('NFC'), (again.title ? again.title + '\n\n' : '') + again.body)).toBeGreaterThanOrEqual(0.99)
      }),
      parameters(400)
    )
  }, timeout)
})
