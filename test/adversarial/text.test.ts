/**
 * Hostile text inputs: each must finish with a well-formed result (no crash,
 * no hang) and, where cheap enough, conserve every word. No timing
 * assertions: `npm run bench` shows cost against size.
 */
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, cleanupHtml, htmlToTree, textToTree} from '../../src/index.js'
import type {CleanResult} from '../../src/index.js'

const long = 600_000

// A deterministic PRNG (mulberry32), so failures reproduce.
function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = ['the', 'ferry', 'left', 'harbour', 'at', 'dawn', 'and', 'council', 'voted', 'on', 'a', 'new', 'budget', 'for', 'river', 'bridge', 'in', 'winter']

/** Prose of about `size` characters: paragraphs of sentences, blank lines between. */
function prose(size: number, seed = 1): string {
  const next = random(seed)
  const parts: string[] = []
  let length = 0
  while (length < size) {
    let sentence = ''
    const n = 6 + Math.floor(next() * 14)
    for (let i = 0; i < n; i++) sentence += (i ? ' ' : '') + words[Math.floor(next() * words.length)]
    sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'
    parts.push(sentence)
    length += sentence.length + 1
    if (next() < 0.2) parts.push('\n\n')
  }
  return parts.join(' ')
}

/** A result is well formed: strings where strings belong. */
function wellFormed(result: CleanResult) {
  expect(typeof result.body).toBe('string')
  expect(Array.isArray(result.paragraphs)).toBe(true)
  expect(Array.isArray(result.tags)).toBe(true)
  expect(Array.isArray(result.related)).toBe(true)
  for (const item of result.removed) {
    expect(typeof item.text).toBe('string')
    expect(typeof item.rule).toBe('string')
  }
}

function conserved(text: string) {
  const result = cleanup(text, {trace: true})
  wellFormed(result)
  const report = checkConservation(text, result)
  expect({lost: report.lost, invented: report.invented}).toEqual({lost: [], invented: []})
  return result
}

describe('adversarial text', () => {
  test('empty input', () => {
    const result = conserved('')
    expect(result).toMatchObject({body: '', paragraphs: [], tags: [], related: [], removed: []})
  })

  test('white space only', () => {
    const result = conserved(' \t\n\r\n\u00A0\u2028\u2029\u3000\r  \n\n\f\v')
    expect(result.paragraphs).toEqual([])
  })

  test('20 MB of text', () => {
    const text = prose(20_000_000, 2)
    const result = cleanup(text)
    wellFormed(result)
    expect(result.body.length).toBeGreaterThan(10_000_000)
  }, long)

  test('a 5 MB single line', () => {
    const text = prose(5_000_000, 3).replace(/\n/g, ' ')
    const result = cleanup(text)
    wellFormed(result)
    expect(result.body.length + result.removed.reduce((n, d) => n + d.text.length, 0)).toBeGreaterThan(4_000_000)
  }, long)

  test('1,000,000 one-character lines', () => {
    const text = 'a\n'.repeat(1_000_000)
    const result = cleanup(text)
    wellFormed(result)
  }, long)

  test('random bytes (decoded as UTF-8 and as Latin-1)', () => {
    const next = random(4)
    const bytes = Buffer.alloc(200_000)
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256)
    conserved(bytes.toString('utf8'))
    conserved(bytes.toString('latin1'))
  }, long)

  test('NUL and control characters', () => {
    let text = ''
    for (let code = 0; code < 0x20; code++) text += String.fromCharCode(code) + 'word' + code + ' '
    text += '\u007F\u0080\u0085\u009F and the ferry left\u0000the harbour at dawn.'
    conserved(text)
    conserved('\u0000'.repeat(10_000))
  })

  test('lone surrogates', () => {
    const result = conserved('The ferry \uD800left the \uDC00harbour \uDBFF\uD800 at dawn. \uDFFF')
    expect([result.title, result.body, ...result.removed.map((d) => d.text)].join('\n')).toContain('ferry')
  })

  test('RTL text and combining marks', () => {
    conserved(
      'مدينة النهر تفتح الجسر الجديد بعد سنوات من العمل.\n\nעיר הנמל פתחה את הגשר החדש.\n\n\u202Eevil\u202C \u200Fmark\u200E text.\n\n' +
        'Cafe\u0301 owners in Zu\u0308rich e\u0301te\u0301 a\u0300\u0301\u0302\u0303\u0304 n\u0303o\u0308\u0301.\n\nZalgo t\u0336\u0337\u0338e\u0489\u0489x\u0335t.'
    )
  })

  test('mixed \\r\\n, \\r and \\n', () => {
    const text = 'Menu\r\n\r\nThe ferry left the\rharbour at dawn,\nand the council voted\r\n\r\non a new budget.\r\rTags\n\n  • Ferry\r  • Harbour\r\n'
    const result = conserved(text)
    expect(result.body).not.toMatch(/\r/)
  })

  test('long runs of punctuation, symbols and one huge word', () => {
    conserved('.'.repeat(100_000) + '\n' + '-'.repeat(100_000) + '\n' + '•'.repeat(50_000))
    conserved('x'.repeat(1_000_000))
    conserved('a-\n'.repeat(20_000))
    conserved('&amp;'.repeat(50_000))
    conserved('<b>'.repeat(20_000) + ' the ferry left ' + '</b>'.repeat(20_000))
  }, long)

  test('many short lines that look like headlines, tags and boilerplate', () => {
    const lines: string[] = []
    for (let i = 0; i < 20_000; i++) lines.push(i % 3 === 0 ? 'Tags' : i % 3 === 1 ? '  • Europe' + i : 'EuropeFerry crews demand wages ' + i)
    conserved(lines.join('\n\n'))
  }, long)
})

describe('adversarial HTML', () => {
  test('a 1 MB attribute', () => {
    const html = '<html><body><p title="' + 'x'.repeat(1_000_000) + '">The ferry left the harbour at dawn, and the council voted on a new budget for the river bridge.</p><img alt="' + 'y '.repeat(500_000) + '"></body></html>'
    const result = cleanupHtml(html, {trace: true})
    wellFormed(result)
    expect(result.body).toContain('The ferry left the harbour')
    expect(result.body).not.toContain('xxxx')
  }, long)

  test('an unclosed comment, CDATA and script', () => {
    for (const html of ['<p>before</p><!-- never closed <p>hidden', '<p>a<![CDATA[ b ]]>c</p>', '<script>var x = "<p>"', '<p>The ferry <', '<']) {
      const result = cleanupHtml(html, {trace: true})
      wellFormed(result)
      const report = checkConservation(html, result, {html: true})
      expect({lost: report.lost, invented: report.invented}).toEqual({lost: [], invented: []})
    }
  })
})

describe('wrong argument types', () => {
  const values = [undefined, null, 42, true, {}, [], () => {}, Symbol('s'), 10n]

  test('cleanup() names `text`', () => {
    for (const value of values) expect(() => cleanup(value as never)).toThrow(/`text`/)
    for (const value of values) expect(() => cleanup(value as never)).toThrow(TypeError)
  })

  test('cleanupHtml() names `html`', () => {
    for (const value of values) expect(() => cleanupHtml(value as never)).toThrow(/`html`/)
  })

  test('options that are not objects name `options`', () => {
    for (const value of [42, 'x', true, [], Symbol('s')]) {
      expect(() => cleanup('text', value as never)).toThrow(TypeError)
      expect(() => cleanup('text', value as never)).toThrow(/`options`/)
      expect(() => cleanupHtml('<p>x</p>', value as never)).toThrow(/`options`/)
    }
  })

  test('a bad step option names the option', () => {
    for (const key of ['normalize', 'lineBreaks', 'boilerplate', 'sections']) {
      expect(() => cleanup('text', {[key]: 3} as never)).toThrow(new RegExp('`options.' + key + '`'))
    }
    expect(() => cleanup('text', {language: 3} as never)).toThrow(/`options.language`/)
  })

  test('textToTree() and htmlToTree() name their argument', () => {
    for (const value of values) {
      expect(() => textToTree(value as never)).toThrow(/unscrape: `text` must be a string/)
      expect(() => htmlToTree(value as never)).toThrow(/unscrape: `html` must be a string/)
    }
  })

  test('checkConservation() names its arguments', () => {
    expect(() => checkConservation(3 as never, cleanup(''))).toThrow(/`input`/)
    expect(() => checkConservation('', null as never)).toThrow(/`result`/)
  })
})

describe('adversarial script text and glued paragraphs', () => {
  test('2 MB of sentences glued without a single space', () => {
    const text = 'Ferry.Boat'.repeat(200_000)
    const result = cleanup(text)
    wellFormed(result)
    expect(result.body.length + result.removed.reduce((n, d) => n + d.text.length, 0)).toBeGreaterThan(1_000_000)
  }, long)

  test('a 2 MB line of minified code with prose between the statements', () => {
    const statement = 'window.ads={"slot":"top","sizes":[[300,250]],"lazy":true};ads.init();'
    const text = (statement + ' The night ferry left the harbour at dawn and the crews waved from the pier. ').repeat(14_000)
    const result = conserved(text)
    expect(result.removed.some((d) => d.rule === 'script-text')).toBe(true)
  }, long)

  test('a 2 MB line of menu links glued, source indentation and glued sentences (textContent)', () => {
    const indentation = '\n' + '      \n'.repeat(30)
    const menu = 'HomeNewsIsland LifeSportWeather'.repeat(40_000)
    const camel = 'harbourFerryTimetableWinterCrossing'.repeat(20_000)
    const text = 'The board met.The crews left.The boat sailed.' + menu + '   ' + camel + '   ' + 'Tickets   go   on   sale'.repeat(10_000) + indentation
    wellFormed(cleanup(text))
  }, long)

  test('unclosed strings, keys and braces', () => {
    const text = ('{"key": "' + 'x'.repeat(50) + "'k': '").repeat(20_000) + '\n' + '{'.repeat(100_000) + '\n' + '"a":'.repeat(100_000)
    wellFormed(cleanup(text))
  }, long)
})

// Shapes that once took quadratic time: linear now (well under a second
// each), they took a minute or more before. A synchronous call cannot be cut
// short, so the timeout fails such a test once it returns, not at 20 s.
const quadraticGuard = 20_000

describe('inputs that once took quadratic time', () => {
  test('a line of 250,000 spaces (the two-column gap search)', () => {
    conserved(' '.repeat(250_000))
    wellFormed(cleanup(' '.repeat(100_000) + 'The ferry left.\n' + ' '.repeat(100_000) + '\tat dawn'))
  }, quadraticGuard)

  test('a list of 30,000 items, in text and in HTML (the list paragraph of the result)', () => {
    const items = Array.from({length: 30_000}, (_, i) => 'The night ferry crossing number ' + i)
    const text = cleanup(items.map((d) => '- ' + d).join('\n'))
    wellFormed(text)
    expect(text.paragraphs.some((d) => d.startsWith('The night ferry crossing number 0\nThe night ferry crossing number 1\n'))).toBe(true)
    const html = cleanupHtml('<dl>' + items.map((d) => '<dt>Crossing<dd>' + d).join('') + '</dl>')
    wellFormed(html)
  }, quadraticGuard)

  test('a keyword list in front matter with a run of 250,000 tabs (the keyword separator)', () => {
    const result = conserved('---\ntitle: Ferries at dawn\nkeywords: harbour' + '\t'.repeat(250_000) + 'ferries, tides ;\tcrews\n---\n\nThe ferry left the harbour at dawn.')
    expect(result.keywords).toEqual(['harbour' + '\t'.repeat(250_000) + 'ferries', 'tides', 'crews'])
  }, quadraticGuard)
})
