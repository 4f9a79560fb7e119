import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {cleanup, createProcessor} from '../../src/index.js'
import type {CleanResult} from '../../src/index.js'
import {document, parameters, timeout} from './documents.js'

function plain(result: CleanResult) {
  return {...result, messages: result.messages.map((d) => String(d) + ' ' + d.ruleId)}
}

describe('determinism (generated documents)', () => {
  test('the same input gives the same result, with the shared and a fresh processor', () => {
    fc.assert(
      fc.property(document, (text) => {
        const first = plain(cleanup(text, {trace: true}))
        expect(plain(cleanup(text, {trace: true}))).toEqual(first)
        const file = createProcessor({trace: true}).processSync(text)
        expect(plain({...(file.result as CleanResult), messages: file.messages})).toEqual(first)
      }),
      parameters(1000)
    )
  }, timeout)
})
