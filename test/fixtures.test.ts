import {describe, expect, test} from 'vitest'
import {diffExpectation, fixtureActual, readFixtures} from '../src/testing.js'

const fixtures = readFixtures(new URL('fixtures/', import.meta.url))

describe('fixtures', () => {
  test('there are fixtures, each with an expectation', () => {
    expect(fixtures.length).toBeGreaterThan(0)
    for (const fixture of fixtures) {
      expect(fixture.expected, fixture.name + ' has no expected.json (run `npm run fixtures:regenerate`)').toBeDefined()
    }
  })

  for (const fixture of fixtures) {
    test(fixture.name, () => {
      const actual = fixtureActual(fixture)
      if (fixture.expected) expect(actual, diffExpectation(fixture.expected, actual)).toEqual(fixture.expected)
    })
  }
})
