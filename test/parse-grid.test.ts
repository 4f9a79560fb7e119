import {describe, expect, test} from 'vitest'
import {cleanup, textToTree} from '../src/index.js'
import {findGridTables} from '../src/parse/grid.js'

// A page laid out in a table, as `pandoc -t plain` draws it: the article on
// the left, a menu on the right, the footer in a second row.
const page = [
  'Harbour Gazette',
  '',
  '+-----------------------------------+-----------------------------------+',
  '| Night ferry returns               | Home                              |',
  '|                                   |                                   |',
  '| The harbour board voted on        | Weather                           |',
  '| Tuesday to bring back the night   |                                   |',
  '| ferry, which stopped running in   | Sport                             |',
  '| the spring when the old boat was  |                                   |',
  '| sold.                             |                                   |',
  '|                                   |                                   |',
  '| Crews will train through the      |                                   |',
  '| winter, the board said.           |                                   |',
  '+-----------------------------------+-----------------------------------+',
  '| Copyright 2027                    | Contact                           |',
  '+-----------------------------------+-----------------------------------+'
].join('\n')

describe('grid tables', () => {
  test('finds a table from its first border to its last, with the columns’ edges', () => {
    const lines = page.split('\n')
    let start = 0
    const spans = lines.map((d) => {
      const span = {start, end: start + d.length}
      start += d.length + 1
      return span
    })
    expect(findGridTables(page, spans)).toEqual([{first: 2, end: 16, bounds: [0, 36, 72]}])
  })

  test('reads each row cell by cell, each cell’s lines in order, at their place in the input', () => {
    const tree = textToTree(page)
    expect(tree.children.map((d) => d.value)).toEqual([
      'Harbour Gazette',
      'Night ferry returns',
      'The harbour board voted on',
      'Tuesday to bring back the night',
      'ferry, which stopped running in',
      'the spring when the old boat was',
      'sold.',
      'Crews will train through the',
      'winter, the board said.',
      'Home',
      'Weather',
      'Sport',
      'Copyright 2027',
      'Contact'
    ])
    for (const block of tree.children) expect(page.slice(block.position.start.offset, block.position.end.offset)).toBe(block.value)
    // A cell starts a paragraph; so does a blank line inside one.
    expect(tree.children.map((d) => d.data.blankBefore > 0)).toEqual([false, true, true, false, false, false, false, true, false, true, true, true, true, true])
  })

  test('in the preset, the article’s paragraphs come out whole', () => {
    expect(cleanup(page, {boilerplate: false, sections: false}).paragraphs).toContain(
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in the spring when the old boat was sold.'
    )
  })

  test('lines that break the grid are no table', () => {
    const broken = page.replace('| Tuesday to bring back the night   |                                   |', '| Tuesday to bring back the night | and more |')
    expect(textToTree(broken).children.some((d) => d.value.startsWith('|'))).toBe(true)
    expect(textToTree('+---+\nplain text').children.map((d) => d.value)).toEqual(['+---+', 'plain text'])
  })
})
