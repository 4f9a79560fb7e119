/**
 * Strip the metadata block that some scrapers write before the page's text:
 * YAML front matter (`---` ⏎ `title: Ferries return` ⏎ `date: 2031-05-02` ⏎
 * `---`, as `trafilatura --with-metadata` and static-site exports write it)
 * or a header of labelled lines (`Title: Ferries return` ⏎ `URL Source:
 * https://…` ⏎ `Markdown Content:`, as reader services write it).
 *
 * Its lines are no part of the page: they are removed (rule
 * `front-matter`), the title is kept as the document's metadata title (the
 * result's `title` when the text shows none) and the tags, keywords and
 * categories as its `keywords`.
 */
import type {VFile} from 'vfile'
import {inform, span} from '../message.js'
import type {Block, Root} from '../types.js'

/** Options for `stripFrontMatter`. */
export interface Options {
  /**
   * Whether to look for a header of labelled lines (`Title: …` ⏎ `URL
   * Source: …`) besides YAML front matter (default: `true`).
   */
  header?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// Most lines read for a block of front matter.
const maximumLines = 200
// "---" opens and closes YAML front matter ("..." may close it too).
const yamlOpen = /^---[ \t]*$/
const yamlClose = /^(?:---|\.\.\.)[ \t]*$/
// "title: Ferries return", "og:title: …", "tags:": a YAML key and its value.
const yamlField = /^([A-Za-z_][\w.-]{0,60}(?::[\w.-]{1,60}){0,3})[ \t]*:(?:[ \t](.*))?$/
// "  - harbour", "  continued": an item of a YAML list, or a value's next line.
const yamlMore = /^(?:[ \t]+\S|-[ \t]+\S|-$|#)/
// "Title: Ferries return", "URL Source: https://…": a labelled header line.
const headerField = /^([A-Z][A-Za-z]{0,20}(?: [A-Za-z]{1,20}){0,2}):(?:[ \t](.*))?$/

// The labels of a header of labelled lines (compared in lower case).
const headerLabels = new Set([
  'title',
  'url',
  'url source',
  'source',
  'source url',
  'published time',
  'published',
  'date',
  'author',
  'authors',
  'description',
  'language',
  'site name',
  'sitename',
  'hostname',
  'categories',
  'tags',
  'keywords',
  'warning',
  'markdown content',
  'content'
])
// Labels that open such a header.
const headerOpeners = new Set(['title', 'url', 'url source', 'source url'])
// Labels whose values are lists of keywords.
const keywordKeys = new Set(['tags', 'keywords', 'categories'])
// "harbour, ferries; tides": separators inside a keyword value (each item
// is trimmed after: spaces around the separator in the pattern would be
// tried from every space of a long run, quadratic).
const keywordSeparator = /[,;]/

/**
 * Plugin: strip the metadata block at the start of a text (rule
 * `front-matter`), keeping its title as `tree.data.metaTitle` and its tags as
 * `tree.data.keywords`.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function stripFrontMatter(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') {
    throw new TypeError('unscrape: `stripFrontMatter` options must be an object, got `' + String(settings) + '`')
  }
  const header = settings.header !== false

  return function (tree: Root, file: VFile): undefined {
    if (tree.data?.source === 'html') return
    const blocks = tree.children
    if (blocks.length === 0) return
    // (A byte order mark before the first line counts as its indent.)
    const bom = typeof file.value === 'string' && file.value.charCodeAt(0) === 0xfe_ff
    const found = readYaml(blocks, bom) || (header ? readHeader(blocks, bom) : undefined)
    if (!found) return
    for (let i = 0; i < found.end; i++) {
      blocks[i].data.fate = 'removed'
      blocks[i].data.rule = 'front-matter'
    }
    const title = found.fields.get('title')
    if (title) tree.data.metaTitle = title
    const keywords: string[] = []
    for (const [key, value] of found.fields) {
      if (!keywordKeys.has(key)) continue
      for (const word of listValue(value)) if (!keywords.includes(word)) keywords.push(word)
    }
    if (keywords.length > 0) tree.data.keywords = [...(tree.data.keywords || []), ...keywords]
    const names = [...found.fields.keys()]
    inform(
      file,
      `Removed ${found.kind === 'yaml' ? 'front matter' : 'a metadata header'} (${names.length} field${names.length === 1 ? '' : 's'}: ${names.join(', ')})`,
      span(blocks[0], blocks[found.end - 1]),
      'front-matter'
    )
  }
}

/** A metadata block: its kind, the blocks it takes (`0` to `end`), its fields (lower-case keys). */
interface FrontMatter {
  kind: 'yaml' | 'header'
  end: number
  fields: Map<string, string>
}

/**
 * YAML front matter: `---` on the first line, `key: value` lines (with their
 * lists and continued values), `---` or `...`.
 */
function readYaml(blocks: readonly Block[], bom: boolean): FrontMatter | undefined {
  if (!yamlOpen.test(blocks[0].value) || blocks[0].data.indent > (bom ? 1 : 0)) return undefined
  const fields = new Map<string, string>()
  let key: string | undefined
  for (let i = 1; i < blocks.length && i <= maximumLines; i++) {
    const line = blocks[i].value
    const indented = blocks[i].data.indent > 0
    if (!indented && yamlClose.test(line)) return fields.size > 0 ? {kind: 'yaml', end: i + 1, fields} : undefined
    const field = indented ? null : yamlField.exec(line)
    if (field) {
      key = field[1].toLowerCase()
      fields.set(key, unquote(field[2] || ''))
    } else if (key && (indented || yamlMore.test(line))) {
      // "tags:" ⏎ "  - harbour" ⏎ "  - ferries": a list, kept as "harbour, ferries".
      const item = line.replace(/^-[ \t]*/, '')
      if (item.startsWith('#')) continue
      const before = fields.get(key) || ''
      fields.set(key, before ? before + ', ' + unquote(item) : unquote(item))
    } else {
      return undefined
    }
  }
  return undefined
}

/**
 * A header of labelled lines: `Title: …` or `URL Source: …` first, then
 * lines with the labels of page metadata (blank lines between them or not),
 * two at least; a label with no value (`Markdown Content:`) may end it.
 */
function readHeader(blocks: readonly Block[], bom: boolean): FrontMatter | undefined {
  const fields = new Map<string, string>()
  let end = 0
  for (let i = 0; i < blocks.length && i < maximumLines; i++) {
    const field = blocks[i].data.indent > (i === 0 && bom ? 1 : 0) ? null : headerField.exec(blocks[i].value)
    const key = field ? field[1].toLowerCase() : undefined
    if (!field || !key || !headerLabels.has(key) || (i === 0 && !headerOpeners.has(key))) break
    const value = field[2] ? field[2].trim() : ''
    fields.set(key, value)
    end = i + 1
    // "Markdown Content:": the page's text starts on the next line.
    if (!value) break
  }
  return fields.size >= 2 ? {kind: 'header', end, fields} : undefined
}

/** A YAML scalar without its quotes: `"Ferries return"` → `Ferries return`. */
function unquote(value: string): string {
  const text = value.trim()
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) return text.slice(1, -1)
  return text
}

/** The items of a list value: `[harbour, "ferries"]`, `harbour; ferries`, `harbour, ferries`. */
function listValue(value: string): string[] {
  let text = value.trim()
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1)
  return text
    .split(keywordSeparator)
    .map(unquote)
    .filter((d) => d.length > 0)
}
