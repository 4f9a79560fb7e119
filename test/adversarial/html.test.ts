import {describe, expect, test} from 'vitest'
import {cleanupHtml, htmlToTree} from '../../src/index.js'

describe('malformed HTML', () => {
  test('50,000-deep nesting gives a result', () => {
    const depth = 50_000
    const html = '<div>'.repeat(depth) + '<p>Deep in the nest, a sentence that is long enough to count as text.</p>' + '</div>'.repeat(depth)
    const result = cleanupHtml(html)
    expect(result.body).toContain('Deep in the nest')
  })

  test('50,000 unclosed inline and block elements give a result', () => {
    const html = '<p><b><i><span><a href="#">x'.repeat(10_000) + ' the end of a very long paragraph.'
    const tree = htmlToTree(html)
    expect(tree.children.length).toBeGreaterThan(0)
    expect(() => cleanupHtml(html)).not.toThrow()
  })

  test('unclosed tags and stray closers', () => {
    const result = cleanupHtml('<div><p>One sentence about the harbour that runs on and on.<p>Another one</div></span></td><li>item')
    expect(result.body + result.removed.map((d) => d.text).join('\n')).toContain('Another one')
  })

  test('a 20 MB page gives a result', () => {
    const paragraph = (n: number) =>
      `<p>Ferry ${n} left the old harbour at dawn, carrying <a href="#">passengers</a> to the islands.</p>\n`
    const parts: string[] = []
    for (let n = 0, size = 0; size < 20_000_000; n++) {
      parts.push(paragraph(n))
      size += parts[n].length
    }
    const html = '<html><body><article>' + parts.join('') + '</article></body></html>'
    const result = cleanupHtml(html)
    expect(result.paragraphs.length).toBeGreaterThan(100_000)
  }, 120_000)

  test('empty and text-only input', () => {
    expect(cleanupHtml('').body).toBe('')
    expect(cleanupHtml('just text').body + cleanupHtml('just text').removed.length).not.toBe('')
  })
})

// Shapes that once took quadratic time: linear now (well under a second
// each), they took half a minute or more before. A synchronous call cannot be
// cut short, so the timeout fails such a test once it returns, not at 20 s.
const quadraticGuard = 20_000

describe('HTML that once took quadratic time', () => {
  test('a paragraph of 100,000 inline elements (the line built piece by piece)', () => {
    const result = cleanupHtml('<p>' + '<b>Ferry</b> '.repeat(100_000) + '</p>')
    expect(result.body.length + result.removed.reduce((n, d) => n + d.text.length, 0)).toBeGreaterThan(500_000)
  }, quadraticGuard)

  test('a <pre> with a run of 250,000 spaces (the white space trimmed off its end)', () => {
    const result = cleanupHtml('<pre>' + ' '.repeat(250_000) + 'let ferry = 1</pre><pre>\n\n  The harbour opens at dawn.' + ' '.repeat(250_000) + '\n</pre>')
    const text = result.body + result.removed.map((d) => d.text).join('\n')
    expect(text).toContain('The harbour opens at dawn.')
    expect(text).not.toMatch(/^\n|\s$/)
  }, quadraticGuard)
})
