import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, parseText, stripFrontMatter} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `stripFrontMatter` on a text. */
function strip(text: string, options?: Parameters<typeof stripFrontMatter>[0]) {
  const processor = unified().use(parseText).use(stripFrontMatter, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.filter((d) => d.data.fate !== 'removed').map((d) => d.value)}
}

const story = [
  'The harbour board voted on Tuesday to bring the night ferry back to the island route.',
  '',
  'Crews will train through the winter, and the first crossing is planned for March.'
].join('\n')

// As an extractor writes its metadata before the text (`--with-metadata`).
const yaml = [
  '---',
  'title: Night ferry returns',
  'author: Ilse Varga',
  'url: https://gazette.example/night-ferry',
  'date: 2031-05-02',
  'tags: ferries, islands',
  'categories: [Harbour, "Transport"]',
  '---',
  story
].join('\n')

// As a reader service writes a page: labelled lines, then the text.
const header = [
  'Title: Night ferry returns',
  '',
  'URL Source: https://gazette.example/night-ferry',
  '',
  'Published Time: 2031-05-02T09:45:00Z',
  '',
  'Markdown Content:',
  story
].join('\n')

describe('stripFrontMatter', () => {
  test('YAML front matter: removed, its title and tags kept as metadata', () => {
    const {tree, file, values} = strip(yaml)
    expect(values).toEqual([story.split('\n')[0], story.split('\n')[2]])
    expect(tree.children.slice(0, 8).every((d) => d.data.fate === 'removed' && d.data.rule === 'front-matter')).toBe(true)
    expect(tree.data.metaTitle).toBe('Night ferry returns')
    expect(tree.data.keywords).toEqual(['ferries', 'islands', 'Harbour', 'Transport'])
    expect(file.messages.map(String)).toEqual(['1:1-8:4: Removed front matter (6 fields: title, author, url, date, tags, categories)'])
  })

  test('Windows line ends and a byte order mark', () => {
    expect(strip(yaml.replace(/\n/g, '\r\n')).tree.data.metaTitle).toBe('Night ferry returns')
    expect(strip('\uFEFF' + yaml).tree.data.metaTitle).toBe('Night ferry returns')
    expect(strip('\uFEFF' + header).tree.data.metaTitle).toBe('Night ferry returns')
  })

  test('a YAML list under its key, quoted values, comments', () => {
    const {tree} = strip(['---', 'title: "Night ferry: the return"', '# exported by a crawler', 'tags:', '  - ferries', '  - islands', '---', story].join('\n'))
    expect(tree.data.metaTitle).toBe('Night ferry: the return')
    expect(tree.data.keywords).toEqual(['ferries', 'islands'])
  })

  test('a header of labelled lines, up to the label with no value', () => {
    const {tree, file, values} = strip(header)
    expect(values).toEqual([story.split('\n')[0], story.split('\n')[2]])
    expect(tree.data.metaTitle).toBe('Night ferry returns')
    expect(file.messages.map(String)).toEqual(['1:1-7:18: Removed a metadata header (4 fields: title, url source, published time, markdown content)'])
    // Not with `header: false`.
    expect(strip(header, {header: false}).values[0]).toBe('Title: Night ferry returns')
  })

  test('text that only looks like it stays', () => {
    // A rule, then prose: no front matter.
    expect(strip('---\nThe harbour board voted on Tuesday.\n---\n' + story).tree.data.metaTitle).toBeUndefined()
    // Front matter never closed.
    expect(strip('---\ntitle: Night ferry returns\n\n' + story).values[0]).toBe('---')
    // Labelled lines that are no page metadata, or one alone.
    expect(strip('Ferries: back in March\nCrews: training\n\n' + story).values[0]).toBe('Ferries: back in March')
    expect(strip('Title: Night ferry returns\n\n' + story).values[0]).toBe('Title: Night ferry returns')
    // Later in the text, a label is the page's own.
    expect(strip(story + '\n\nTitle: Night ferry returns\nURL Source: https://gazette.example/a').values).toHaveLength(4)
  })

  test('bad options throw', () => {
    expect(() => strip(yaml, 'yes' as never)).toThrow(/`stripFrontMatter` options must be an object/)
  })
})

describe('cleanup with front matter', () => {
  test('the metadata is out of the body, tags and related; the title and keywords come from it', () => {
    for (const text of [yaml, header]) {
      const result = cleanup(text)
      expect(result.body).toBe(story)
      expect(result.title).toBe('Night ferry returns')
      expect(result.tags).toEqual([])
      expect(result.related).toEqual([])
      expect(result.removed.map((d) => d.rule)).toEqual(['front-matter'])
      expect(checkConservation(text, result).ok).toBe(true)
    }
    expect(cleanup(yaml).keywords).toEqual(['ferries', 'islands', 'Harbour', 'Transport'])
    // The front matter's "tags:" does not make the page's own tag cue a card label seen twice.
    expect(cleanup('---\ntitle: Night ferry returns\ntags: ferries, islands\n---\n' + story + '\n\nTags: Ferries, Islands').tags).toEqual(['Ferries', 'Islands'])
    // Off with `frontMatter: false`.
    expect(cleanup(yaml, {frontMatter: false}).removed.some((d) => d.rule === 'front-matter')).toBe(false)
  })
})
