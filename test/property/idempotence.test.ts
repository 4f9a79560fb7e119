import fc from 'fast-check'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {createProcessor, normalizeText, textToTree} from '../../src/index.js'
import type {Root} from '../../src/index.js'
import {document, parameters, timeout} from './documents.js'

// The preset’s transforms, in order, with their options (the parser and the
// compiler set no transformer and are skipped).
const attachers = (createProcessor() as unknown as {attachers: Array<[(...parameters: unknown[]) => unknown, ...unknown[]]>}).attachers
const transforms = attachers.filter(([plugin]) => {
  const probe = unified() as unknown as Processor
  return typeof plugin.call(probe, undefined) === 'function'
})

/** The tree without caches (which a transform may fill lazily). */
function snapshot(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, (key, value) => (key === 'cache' ? undefined : value))
  )
}

function apply(tree: Root, file: VFile, [plugin, ...options]: readonly unknown[]) {
  ;(unified().use(plugin as never, ...(options as never[])) as unknown as Processor<Root, Root, Root>).runSync(tree, file)
}

describe('idempotence of each transform (generated documents)', () => {
  test('the preset has transforms to check', () => {
    expect(transforms.map(([d]) => d.name)).toContain('repairLineBreaks')
  })

  transforms.forEach(([plugin, ...rest], index) => {
    test(plugin.name + ': applied twice = applied once', () => {
      fc.assert(
        fc.property(document, (text) => {
          const file = new VFile({value: text})
          const tree = textToTree(text)
          for (const [before, ...options] of transforms.slice(0, index)) apply(tree, file, [before, ...options])
          // Entity decoding decodes one level by design ("&amp;amp;" → "&amp;"), and
          // markup is stripped before it, so an escaped tag stays text ("&lt;b&gt;" →
          // "<b>"): both off for the second pass.
          const again = plugin === normalizeText ? [plugin, {...(rest[0] as object), entities: false, markup: false}] : [plugin, ...rest]
          apply(tree, file, [plugin, ...rest])
          const once = snapshot(tree)
          apply(tree, file, again)
          expect(snapshot(tree)).toEqual(once)
        }),
        parameters(600)
      )
    }, timeout)
  })
})
