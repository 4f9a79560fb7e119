import {describe, expect, test} from 'vitest'
import * as unscrape from '../src/index.js'

describe('public API', () => {
  test('exports exactly these names', () => {
    expect(Object.keys(unscrape).sort()).toEqual([
      'checkConservation',
      'checkOptions',
      'classifyDom',
      'cleanup',
      'cleanupHtml',
      'createHtmlProcessor',
      'createProcessor',
      'decodeHtml',
      'detectLanguage',
      'htmlToTree',
      'lexicons',
      'normalizeText',
      'parseHtml',
      'parseText',
      'removeBoilerplate',
      'removeScriptText',
      'repairLineBreaks',
      'separateSections',
      'splitGluedBlocks',
      'splitRunOnText',
      'stripFrontMatter',
      'stripLinkNumbers',
      'stripLinkTargets',
      'stripMarkdown',
      'textToTree',
      'toReportHtml',
      'toResult',
      'treeToResult',
      'undoHtml2text'
    ])
  })

  test('has no default export', () => {
    expect('default' in unscrape).toBe(false)
  })
})
