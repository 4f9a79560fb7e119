/**
 * unscrape: turn what scrapers produce into clean articles.
 */
export {checkOptions, cleanup, createProcessor} from './cleanup.js'
export {cleanupHtml, createHtmlProcessor} from './cleanup-html.js'
export {checkConservation} from './conservation.js'
export type {ConservationOptions, ConservationReport} from './conservation.js'
export type {CheerioDocument, HtmlOptions} from './cleanup-html.js'
export type {CleanupProcessor, Options} from './cleanup.js'
export {decodeHtml} from './parse/decode.js'
export {htmlToTree, parseHtml} from './parse/html.js'
export {parseText, textToTree} from './parse/text.js'
export {toReportHtml} from './report/to-report-html.js'
export type {Options as ReportOptions} from './report/to-report-html.js'
export {toResult, treeToResult} from './result.js'
export {classifyDom} from './transforms/classify-dom.js'
export type {Options as ClassifyDomOptions} from './transforms/classify-dom.js'
export {detectLanguage} from './transforms/detect-language.js'
export type {Options as DetectLanguageOptions} from './transforms/detect-language.js'
export {normalizeText} from './transforms/normalize-text.js'
export type {Options as NormalizeTextOptions} from './transforms/normalize-text.js'
export {repairLineBreaks} from './transforms/repair-line-breaks.js'
export type {Options as RepairLineBreaksOptions} from './transforms/repair-line-breaks.js'
export {removeBoilerplate} from './transforms/remove-boilerplate.js'
export type {Options as RemoveBoilerplateOptions} from './transforms/remove-boilerplate.js'
export {separateSections} from './transforms/separate-sections.js'
export {stripFrontMatter} from './transforms/strip-front-matter.js'
export type {Options as StripFrontMatterOptions} from './transforms/strip-front-matter.js'
export {stripLinkNumbers} from './transforms/strip-link-numbers.js'
export type {Options as StripLinkNumbersOptions} from './transforms/strip-link-numbers.js'
export {stripLinkTargets} from './transforms/strip-link-targets.js'
export type {Options as StripLinkTargetsOptions} from './transforms/strip-link-targets.js'
export {removeScriptText} from './transforms/remove-script-text.js'
export type {Options as RemoveScriptTextOptions} from './transforms/remove-script-text.js'
export {splitGluedBlocks} from './transforms/split-glued-blocks.js'
export type {Options as SplitGluedBlocksOptions} from './transforms/split-glued-blocks.js'
export {splitRunOnText} from './transforms/split-run-on-text.js'
export type {Options as SplitRunOnTextOptions} from './transforms/split-run-on-text.js'
export {stripMarkdown} from './transforms/strip-markdown.js'
export type {Options as StripMarkdownOptions} from './transforms/strip-markdown.js'
export {undoHtml2text} from './transforms/undo-html2text.js'
export type {Options as UndoHtml2textOptions} from './transforms/undo-html2text.js'
export type {Options as SeparateSectionsOptions} from './transforms/separate-sections.js'
export {lexicons} from './lexicon/index.js'
export type {Lexicon} from './lexicon/index.js'
export type {
  Block,
  BlockData,
  BlockKind,
  CleanResult,
  DomFacts,
  Fate,
  Join,
  Point,
  Position,
  RelatedItem,
  Removed,
  Root,
  RootData,
  Stripped,
  Trace,
  TraceSpan
} from './types.js'
