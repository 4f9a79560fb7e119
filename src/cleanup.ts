/**
 * The preset: `cleanup()`, `cleanupHtml()` and `createProcessor()`.
 */
import {unified, type PluggableList, type Processor} from 'unified'
import {VFile} from 'vfile'
import {parseText} from './parse/text.js'
import {toResult} from './result.js'
import {detectLanguage} from './transforms/detect-language.js'
import {normalizeText, type Options as NormalizeTextOptions} from './transforms/normalize-text.js'
import {removeBoilerplate, type Options as RemoveBoilerplateOptions} from './transforms/remove-boilerplate.js'
import {removeScriptText, type Options as RemoveScriptTextOptions} from './transforms/remove-script-text.js'
import {repairLineBreaks, type Options as RepairLineBreaksOptions} from './transforms/repair-line-breaks.js'
import {splitGluedBlocks, type Options as SplitGluedBlocksOptions} from './transforms/split-glued-blocks.js'
import {splitRunOnText, type Options as SplitRunOnTextOptions} from './transforms/split-run-on-text.js'
import {separateSections, type Options as SeparateSectionsOptions} from './transforms/separate-sections.js'
import {stripFrontMatter, type Options as StripFrontMatterOptions} from './transforms/strip-front-matter.js'
import {stripLinkNumbers, type Options as StripLinkNumbersOptions} from './transforms/strip-link-numbers.js'
import {stripLinkTargets, type Options as StripLinkTargetsOptions} from './transforms/strip-link-targets.js'
import {stripMarkdown, type Options as StripMarkdownOptions} from './transforms/strip-markdown.js'
import {undoHtml2text, type Options as UndoHtml2textOptions} from './transforms/undo-html2text.js'
import type {CleanResult, Root} from './types.js'

/** Options for `cleanup()` and `createProcessor()`; each step’s options, or `false` to skip the step. */
export interface Options {
  /** Options for `stripFrontMatter`, or `false` to skip it (default: `{}`: strip YAML front matter or a header of labelled lines, `Title: …` ⏎ `URL Source: …`, at the start of the text). */
  frontMatter?: Readonly<StripFrontMatterOptions> | false | null | undefined
  /** Options for `stripMarkdown`, or `false` to skip it (default: `{}`: strip when the text is Markdown). */
  markdown?: Readonly<StripMarkdownOptions> | false | null | undefined
  /** Options for `stripLinkNumbers`, or `false` to skip it (default: `{}`: strip when the text numbers its links, as `lynx -dump` does). */
  linkNumbers?: Readonly<StripLinkNumbersOptions> | false | null | undefined
  /** Options for `stripLinkTargets`, or `false` to skip it (default: `{}`: strip when the text writes its link targets in brackets after their text, `the board [https://…]`, as the `html-to-text` package does). */
  linkTargets?: Readonly<StripLinkTargetsOptions> | false | null | undefined
  /** Options for `undoHtml2text`, or `false` to skip it (default: `{}`: undo when the text is `html2text` output, with underscores for the spaces of link text and asterisk headings). */
  html2text?: Readonly<UndoHtml2textOptions> | false | null | undefined
  /** Options for `removeScriptText`, or `false` to skip it (default: `{}`: remove the text of scripts, style sheets and templates a scraper took with the page’s text). */
  scriptText?: Readonly<RemoveScriptTextOptions> | false | null | undefined
  /** Options for `splitGluedBlocks`, or `false` to skip it (default: `{}`: split paragraphs glued without a space, `….The …`, when the text does so as a habit). */
  gluedBlocks?: Readonly<SplitGluedBlocksOptions> | false | null | undefined
  /** Options for `splitRunOnText`, or `false` to skip it (default: `{}`: split a page that a scraper ran together on one line, `get_text(" ")`, into sentences, labels and headlines). */
  runOn?: Readonly<SplitRunOnTextOptions> | false | null | undefined
  /** Options for `normalizeText`, or `false` to skip it (default: `{}`). */
  normalize?: Readonly<NormalizeTextOptions> | false | null | undefined
  /** ISO 639-1 code of the input’s language (default: detected). */
  language?: string | null | undefined
  /** Options for `repairLineBreaks`, or `false` to skip it (default: `{}`). */
  lineBreaks?: Readonly<RepairLineBreaksOptions> | false | null | undefined
  /** Options for `removeBoilerplate`, or `false` to keep every block (default: `{}`). */
  boilerplate?: Readonly<RemoveBoilerplateOptions> | false | null | undefined
  /** Options for `separateSections`, or `false` to leave tags and related to the boilerplate step (default: `{}`). */
  sections?: Readonly<SeparateSectionsOptions> | false | null | undefined
  /** Add `trace` (the fate of every input span) to the result (default: `false`). */
  trace?: boolean | null | undefined
}

/** The frozen preset processor: text in, `CleanResult` out (at `file.result`). */
export type CleanupProcessor = Processor<Root, Root, Root, Root, CleanResult>

const emptyOptions: Readonly<Options> = Object.freeze({})

/**
 * Create the preset processor. Use it to process many documents with the
 * same options, or as a starting point for your own pipeline.
 *
 * @param options Configuration (optional).
 * @returns A frozen unified processor; `processor.processSync(text).result` is a `CleanResult`.
 */
export function createProcessor(options?: Readonly<Options> | null | undefined): CleanupProcessor {
  const settings = checkOptions(options)
  return presetOn(unified().use(parseText) as unknown as Processor<Root>, settings)
}

/**
 * Add the preset’s transforms and compiler to a processor that has a parser.
 *
 * @param processor A processor with a parser.
 * @param settings Checked options.
 * @param afterLanguage Plugins to run once the language is known, before `repairLineBreaks` (the HTML preset’s `classifyDom`).
 */
export function presetOn(
  processor: Processor<Root>,
  settings: Readonly<Options>,
  afterLanguage?: PluggableList
): CleanupProcessor {
  const chain = processor as unknown as Processor<Root, Root, Root>
  if (settings.frontMatter !== false) chain.use(stripFrontMatter, settings.frontMatter)
  if (settings.html2text !== false) chain.use(undoHtml2text, settings.html2text)
  if (settings.markdown !== false) chain.use(stripMarkdown, settings.markdown)
  if (settings.linkNumbers !== false) chain.use(stripLinkNumbers, settings.linkNumbers)
  if (settings.linkTargets !== false) chain.use(stripLinkTargets, settings.linkTargets)
  if (settings.scriptText !== false) chain.use(removeScriptText, settings.scriptText)
  if (settings.gluedBlocks !== false) chain.use(splitGluedBlocks, settings.gluedBlocks)
  if (settings.runOn !== false) chain.use(splitRunOnText, settings.runOn)
  if (settings.normalize !== false) chain.use(normalizeText, settings.normalize)
  chain.use(detectLanguage, {language: settings.language})
  if (afterLanguage) chain.use(afterLanguage)
  if (settings.lineBreaks !== false) chain.use(repairLineBreaks, settings.lineBreaks)
  if (settings.boilerplate !== false) chain.use(removeBoilerplate, settings.boilerplate)
  if (settings.sections !== false) chain.use(separateSections, settings.sections)
  chain.use(toResult, {trace: settings.trace})
  return chain.freeze() as unknown as CleanupProcessor
}

let defaultProcessor: CleanupProcessor | undefined

/**
 * Clean scraped text: repair line breaks, remove boilerplate, separate tags
 * and related headlines.
 *
 * @param text The scraped text.
 * @param options Configuration (optional).
 * @returns The clean article with everything that was removed or moved.
 */
export function cleanup(text: string, options?: Readonly<Options> | null | undefined): CleanResult {
  if (typeof text !== 'string') {
    throw new TypeError('unscrape: `text` must be a string, got ' + describe(text))
  }
  const processor = options ? createProcessor(options) : (defaultProcessor ||= createProcessor())
  return run(processor, text)
}

/**
 * Run a preset processor on a document.
 *
 * @param processor The processor.
 * @param document The input.
 */
export function run(processor: CleanupProcessor, document: string): CleanResult {
  const file = new VFile({value: document})
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  const result = processor.stringify(tree, file) as unknown as CleanResult
  result.messages = file.messages
  return result
}

/**
 * Check options, throwing a TypeError naming the bad one.
 *
 * @param options Options as given.
 */
export function checkOptions(options: unknown): Readonly<Options> {
  if (options === null || options === undefined) return emptyOptions
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('unscrape: `options` must be an object, got ' + describe(options))
  }
  const settings = options as Options
  for (const key of ['frontMatter', 'markdown', 'linkNumbers', 'linkTargets', 'html2text', 'scriptText', 'gluedBlocks', 'runOn', 'normalize', 'lineBreaks', 'boilerplate', 'sections'] as const) {
    const value = settings[key]
    if (value !== undefined && value !== null && value !== false && (typeof value !== 'object' || Array.isArray(value))) {
      throw new TypeError('unscrape: `options.' + key + '` must be an object or `false`, got ' + describe(value))
    }
  }
  if (settings.language !== undefined && settings.language !== null && typeof settings.language !== 'string') {
    throw new TypeError('unscrape: `options.language` must be a string, got ' + describe(settings.language))
  }
  return settings
}

/**
 * Describe a value for an error message.
 *
 * @param value Anything.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value + ' `' + String(value).slice(0, 20) + '`'
}
