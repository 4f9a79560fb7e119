import {describe, expect, test} from 'vitest'
import * as unscrape from '../src/index.js'

describe('public API', () => {
  test('exports exactly these names', () => {
    expect(Object.keys(unscrape).sort()).toEqual([
      'checkConservation',
      'checkOptions',
      'cleanup',
      'cleanupHtml',
      'createProcessor',
      'detectLanguage',
      'lexicons',
      'normalizeText',
      'parseText',
      'removeBoilerplate',
      'repairLineBreaks',
      'separateSections',
      'textToTree',
      'toResult',
      'treeToResult'
    ])
  })

  test('has no default export', () => {
    expect('default' in unscrape).toBe(false)
  })
})
