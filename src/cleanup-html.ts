/**
 * `cleanupHtml()`: clean an HTML page, and the HTML preset processor.
 */
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {decodeHtml} from './parse/decode.js'
import {parseHtml} from './parse/html.js'
import {isDomNode, serializeDom} from './parse/serialize-dom.js'
import {classifyDom, type Options as ClassifyDomOptions} from './transforms/classify-dom.js'
import type {CleanResult, Root} from './types.js'
import {checkOptions, describe, presetOn, type CleanupProcessor, type Options as CleanupOptions} from './cleanup.js'

/** Options for `cleanupHtml()`. */
export interface HtmlOptions extends CleanupOptions {
  /** The page’s URL (default: none). */
  url?: string | null | undefined
  /**
   * The page’s encoding when `html` is bytes, such as the charset of the HTTP
   * `Content-Type` header (default: from a byte order mark, then a `<meta
   * charset>`, then UTF-8 when the bytes are valid UTF-8, else windows-1252).
   */
  encoding?: string | null | undefined
  /** Options for `classifyDom`, or `false` to leave every block to the text heuristics (default: `{}`). */
  dom?: Readonly<ClassifyDomOptions> | false | null | undefined
}

/**
 * A page loaded with cheerio (`const $ = cheerio.load(html)`, or the `$` a
 * crawler such as Crawlee’s `CheerioCrawler` hands over): `cleanupHtml` reads
 * the document it serializes (`$.html()`).
 */
export interface CheerioDocument {
  (...parameters: never[]): unknown
  /** The whole document as HTML. */
  html(): string | null
  /** The document root. */
  root(): unknown
}

let defaultProcessor: CleanupProcessor | undefined

// `separateSections` options of the HTML preset.
const htmlSections = Object.freeze({headlines: false})

/**
 * Create the HTML preset processor: `parseHtml`, then the same steps as
 * `createProcessor()` with `classifyDom` once the language is known.
 *
 * @param options Configuration (optional).
 * @returns A frozen unified processor; `processor.processSync(html).result` is a `CleanResult`.
 */
export function createHtmlProcessor(options?: Readonly<HtmlOptions> | null | undefined): CleanupProcessor {
  const settings = checkOptions(options) as Readonly<HtmlOptions>
  const dom = settings.dom
  if (dom !== undefined && dom !== null && dom !== false && (typeof dom !== 'object' || Array.isArray(dom))) {
    throw new TypeError('unscrape: `options.dom` must be an object or `false`, got ' + describe(dom))
  }
  // Related headlines come from the DOM (`classifyDom`); the text heuristics
  // of `separateSections` still find tag lists after cues.
  const sections = settings.sections === undefined || settings.sections === null ? htmlSections : settings.sections
  return presetOn(
    unified().use(parseHtml) as unknown as Processor<Root>,
    {...settings, sections},
    dom === false ? [] : [[classifyDom, withKept(dom || undefined, settings.boilerplate)]]
  )
}

/**
 * The `classifyDom` options with the boilerplate step’s `captions` and
 * `bylines` (one switch keeps them in both steps), unless set there.
 *
 * @param dom Options for `classifyDom`.
 * @param boilerplate Options for `removeBoilerplate`.
 */
function withKept(dom: Readonly<ClassifyDomOptions> | undefined, boilerplate: HtmlOptions['boilerplate']): Readonly<ClassifyDomOptions> | undefined {
  if (!boilerplate) return dom
  const captions = boilerplate.captions === true && (dom?.captions === undefined || dom.captions === null)
  const bylines = boilerplate.bylines === true && (dom?.bylines === undefined || dom.bylines === null)
  if (!captions && !bylines) return dom
  return {...dom, ...(captions ? {captions: true} : {}), ...(bylines ? {bylines: true} : {})}
}

/**
 * Clean an HTML page: render its text the way a reader sees it (with DOM
 * facts on every block), classify blocks by DOM evidence, then run the same
 * steps as `cleanup()`. Positions in messages and `removed` point into the
 * HTML source (for a cheerio document: into the HTML it serializes).
 *
 * @param html The page: a string, bytes (a `Buffer` or `Uint8Array`, decoded
 *   with `decodeHtml`), or a page loaded with cheerio (`$`).
 * @param options Configuration (optional).
 * @returns The clean article.
 */
export function cleanupHtml(input: string | Uint8Array | CheerioDocument, options?: Readonly<HtmlOptions> | null | undefined): CleanResult {
  checkOptions(options)
  const encoding = options?.encoding
  if (encoding !== undefined && encoding !== null && typeof encoding !== 'string') {
    throw new TypeError('unscrape: `options.encoding` must be a string, got ' + describe(encoding))
  }
  const html = isCheerio(input) ? cheerioHtml(input) : input instanceof Uint8Array ? decodeHtml(input, encoding) : input
  if (typeof html !== 'string') {
    throw new TypeError('unscrape: `html` must be a string, bytes or a cheerio document, got ' + describe(html))
  }
  if (options && options.url !== undefined && options.url !== null && typeof options.url !== 'string') {
    throw new TypeError('unscrape: `options.url` must be a string, got ' + describe(options.url))
  }
  const {url, encoding: _encoding, ...rest} = options || {}
  const hasOptions = Object.keys(rest).length > 0
  const processor = hasOptions ? createHtmlProcessor(rest) : (defaultProcessor ||= createHtmlProcessor())
  const file = new VFile({value: html})
  const tree = processor.parse(file) as Root
  if (url) tree.data.url = url
  processor.runSync(tree, file)
  const result = processor.stringify(tree, file) as unknown as CleanResult
  result.messages = file.messages
  return result
}

/**
 * The HTML a cheerio document serializes (`$.html()`). Cheerio's serializer
 * recurses once per element: on a document nested thousands of elements deep
 * it overflows the call stack, and the document is then written without
 * recursion (`serializeDom`, the same HTML for what parse5 loaded).
 */
function cheerioHtml($: CheerioDocument): string {
  try {
    return String($.html() ?? '')
  } catch (error) {
    const root = ($.root() as ArrayLike<unknown> | undefined)?.[0]
    if (!(error instanceof RangeError) || !isDomNode(root)) throw error
    return serializeDom(root)
  }
}

/** Whether a value is a cheerio document (`$`): a function with `html` and `root`. */
function isCheerio(value: unknown): value is CheerioDocument {
  return (
    typeof value === 'function' &&
    typeof (value as Partial<CheerioDocument>).html === 'function' &&
    typeof (value as Partial<CheerioDocument>).root === 'function'
  )
}
