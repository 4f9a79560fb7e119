import {describe, expect, test} from 'vitest'
import {cleanup, textToTree} from '../src/index.js'

// A site menu as lynx draws it: `*`, `+`, `o` and `#` for the levels.
const menu = [
  '     * Harbour',
  '          + Ferries',
  '               o Timetables',
  '               o Night crossings',
  '                    # Winter',
  '               o Fares',
  '     * Weather'
]

describe('textToTree: nested list bullets', () => {
  test('`o` and `#` lines under list items are items of deeper levels', () => {
    const tree = textToTree(menu.join('\n'))
    expect(tree.children.map((d) => [d.data.kind, d.data.bullet, d.value])).toEqual([
      ['list-item', '*', 'Harbour'],
      ['list-item', '+', 'Ferries'],
      ['list-item', 'o', 'Timetables'],
      ['list-item', 'o', 'Night crossings'],
      ['list-item', '#', 'Winter'],
      ['list-item', 'o', 'Fares'],
      ['list-item', '*', 'Weather']
    ])
    // The position points at the item's text.
    const text = menu.join('\n')
    const item = tree.children[2]
    expect(text.slice(item.position.start.offset, item.position.end.offset)).toBe('Timetables')
  })

  test('a word that starts a wrapped line stays a word: at the item’s text column, or outside a list', () => {
    const text = [
      '   * A crew of the harbour board said the new boat comes soon and',
      '     o barco chega amanhã.',
      '',
      '   The board voted on Tuesday to bring back the night ferry, and',
      '       o barco chega amanhã.'
    ].join('\n')
    const tree = textToTree(text)
    expect(tree.children.filter((d) => d.data.bullet === 'o')).toEqual([])
  })

  test('in the preset, the menu is lines of its own, not one line of items run together', () => {
    const article = '\n\nNight ferry returns\n\n   The harbour board voted on Tuesday to bring back the night ferry, which stopped running in the spring.'
    const result = cleanup(menu.join('\n') + article, {boilerplate: false, sections: false})
    expect(result.paragraphs[0].split('\n')).toEqual(['Harbour', 'Ferries', 'Timetables', 'Night crossings', 'Winter', 'Fares', 'Weather'])
  })
})
