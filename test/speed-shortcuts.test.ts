import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {headlineShape, isDateLike, isUnspaced} from '../src/features/headline.js'
import {foldSpace, foldedLengthExceeds, isSpaceCode, solidLengthExceeds} from '../src/features/space.js'

// Characters that matter to the shortcuts: every kind of white space, Latin
// letters and digits, a dot, an ellipsis, curly quotes, kana, Han, Thai, an emoji.
const alphabet = [
  ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028',
  'a', 'g', 'o', 'A', 'G', 'O', 'k', 'Z', '0', '7', '.', ',', ':', '…', '’', '“', 'é',
  'か', 'カ', '東', 'ก', '😀'
]
const text = fc.array(fc.constantFrom(...alphabet), {maxLength: 40}).map((d) => d.join(''))
const runs = {numRuns: 3000}

describe('hot-path shortcuts give what the regexes give', () => {
  test('isSpaceCode is `\\s`', () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)))
    }
  })

  test('foldSpace is `replace(/\\s+/g, " ")`', () => {
    fc.assert(fc.property(text, (d) => foldSpace(d) === d.replace(/\s+/g, ' ')), runs)
    expect(foldSpace('Harbour  news\n')).toBe('Harbour news ')
  })

  test('foldedLengthExceeds and solidLengthExceeds', () => {
    fc.assert(
      fc.property(text, fc.integer({min: 0, max: 30}), (d, max) => {
        expect(foldedLengthExceeds(d, max)).toBe(d.replace(/\s+/g, ' ').length > max)
        expect(solidLengthExceeds(d, max)).toBe(d.replace(/\s+/g, '').length > max)
      }),
      runs
    )
  })

  test('isUnspaced is the script regex', () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
    fc.assert(fc.property(text, (d) => isUnspaced(d) === unspaced.test(d)), runs)
  })

  test('dates without a digit: only “… ago”', () => {
    expect(isDateLike('an hour ago')).toBe(true)
    expect(isDateLike('A DAY AGO')).toBe(true)
    expect(isDateLike('May 15, 2017')).toBe(true)
    expect(isDateLike('Harbour news')).toBe(false)
  })

  test('headlineShape: the cheap tests first, the same shapes', () => {
    expect(headlineShape('Coastal towns stop trusting the storm forecasts')).toBe(2)
    expect(headlineShape('Harbour ferry crews')).toBe(1)
    expect(headlineShape('Coastal towns stop trusting the forecasts.')).toBe(0)
    expect(headlineShape('Ferry crews demand a pier. Here is why')).toBe(0)
    expect(headlineShape('Harbour news today (12)')).toBe(0)
    expect(headlineShape('Ferry crews and the winter storm season,')).toBe(0)
    expect(headlineShape('港の新しい桟橋について住民が話し合う')).toBe(2)
    expect(headlineShape('港の新しい桟橋について話し合う。')).toBe(0)
  })
})
