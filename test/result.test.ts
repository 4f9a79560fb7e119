import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {treeToResult} from '../src/index.js'
import type {Block, Root} from '../src/index.js'

function block(value: string, offset: number, data: Partial<Block['data']>): Block {
  return {
    type: 'block',
    value,
    position: {start: {line: 1, column: offset + 1, offset}, end: {line: 1, column: offset + value.length + 1, offset: offset + value.length}},
    data: {kind: 'paragraph', blankBefore: 1, indent: 0, ...data}
  }
}

describe('treeToResult()', () => {
  test('a section label that its item holds is not output twice; one no item holds goes to removed', () => {
    const tree: Root = {
      type: 'root',
      data: {},
      children: [
        block('Harbour', 0, {fate: 'related', rule: 'section-label', continues: true}),
        block('Ferry crews demand more', 10, {fate: 'related', rule: 'related-list', related: {section: 'Harbour', title: 'Ferry crews demand more'}}),
        block('Podcasts', 40, {fate: 'related', rule: 'section-label', continues: true}),
        block('Island bakers count a record summer', 50, {fate: 'related', rule: 'related-list', related: {title: 'Island bakers count a record summer'}})
      ]
    }
    const result = treeToResult(tree, new VFile())
    expect(result.related).toEqual([{section: 'Harbour', title: 'Ferry crews demand more'}, {title: 'Island bakers count a record summer'}])
    expect(result.removed.map((d) => [d.rule, d.text])).toEqual([['section-label', 'Podcasts']])
  })

  test('a removed block keeps a cut that is still in its text once', () => {
    const tree: Root = {
      type: 'root',
      data: {},
      children: [
        block('Week 12 power rankings (133)', 0, {
          fate: 'removed',
          rule: 'not-headline',
          stripped: [{text: '(133)', rule: 'strip-item', position: {start: {line: 1, column: 24}, end: {line: 1, column: 29}}}]
        })
      ]
    }
    expect(treeToResult(tree, new VFile()).removed.map((d) => d.text)).toEqual(['Week 12 power rankings (133)'])
  })
})
