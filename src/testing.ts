/**
 * `unscrape/testing`: check a folder of fixture articles from your own test
 * suite.
 *
 * A fixture is a folder `<name>/` with `input.txt` (or `input.html`) and
 * `expected.json`. `expected.json` is written only by `regenerateFixtures`,
 * which you call on purpose (never on a missing file), and read back by
 * `readFixtures`.
 *
 * ```ts
 * import {test, expect} from 'vitest'
 * import {readFixtures, fixtureActual} from 'unscrape/testing'
 *
 * for (const fixture of readFixtures(new URL('fixtures/', import.meta.url))) {
 *   test(fixture.name, () => {
 *     expect(fixtureActual(fixture)).toEqual(fixture.expected)
 *   })
 * }
 * ```
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cleanupHtml} from './cleanup-html.js'
import {cleanup, type Options} from './cleanup.js'
import type {CleanResult, RelatedItem} from './types.js'

/** What a fixture’s `expected.json` holds: the parts of a result worth pinning. */
export interface FixtureExpectation {
  /** The title, or `null` when none. */
  title: string | null
  /** The body’s paragraphs. */
  paragraphs: string[]
  /** The tags. */
  tags: string[]
  /** The related headlines. */
  related: RelatedItem[]
  /** What was removed, as `rule: text` strings. */
  removed: string[]
  /** The messages, as `String(message)`. */
  messages: string[]
}

/** A fixture read from disk. */
export interface Fixture {
  /** The folder name. */
  name: string
  /** The folder. */
  folder: string
  /** Which input file it has. */
  format: 'text' | 'html'
  /** The input. */
  input: string
  /** The parsed `expected.json`, or `undefined` when there is none yet. */
  expected: FixtureExpectation | undefined
  /** Options from `options.json` in the folder, if any. */
  options: Options | undefined
}

/**
 * Read every fixture folder in `directory` (sorted by name).
 *
 * @param directory A path or `file:` URL.
 * @returns The fixtures.
 */
export function readFixtures(directory: string | URL): Fixture[] {
  const root = typeof directory === 'string' ? directory : fileURLToPath(directory)
  const fixtures: Fixture[] = []
  for (const name of fs.readdirSync(root).sort()) {
    const folder = path.join(root, name)
    if (!fs.statSync(folder).isDirectory()) continue
    const html = path.join(folder, 'input.html')
    const text = path.join(folder, 'input.txt')
    const format = fs.existsSync(html) ? 'html' : fs.existsSync(text) ? 'text' : undefined
    if (!format) throw new Error('unscrape/testing: fixture `' + name + '` has no input.txt or input.html')
    const input = fs.readFileSync(format === 'html' ? html : text, 'utf8')
    const expectedPath = path.join(folder, 'expected.json')
    const optionsPath = path.join(folder, 'options.json')
    fixtures.push({
      name,
      folder,
      format,
      input,
      expected: fs.existsSync(expectedPath) ? JSON.parse(fs.readFileSync(expectedPath, 'utf8')) : undefined,
      options: fs.existsSync(optionsPath) ? JSON.parse(fs.readFileSync(optionsPath, 'utf8')) : undefined
    })
  }
  return fixtures
}

/**
 * Run a fixture and project the result onto what `expected.json` pins.
 *
 * @param fixture The fixture.
 * @param options Options (default: the fixture’s `options.json`).
 */
export function fixtureActual(fixture: Fixture, options?: Options): FixtureExpectation {
  const settings = options || fixture.options
  const result = fixture.format === 'html' ? cleanupHtml(fixture.input, settings) : cleanup(fixture.input, settings)
  return project(result)
}

/**
 * Project a result onto the fields a fixture pins.
 *
 * @param result A result.
 */
export function project(result: CleanResult): FixtureExpectation {
  return {
    title: result.title ?? null,
    paragraphs: result.paragraphs,
    tags: result.tags,
    related: result.related,
    removed: result.removed.map((d) => d.rule + ': ' + d.text),
    messages: result.messages.map((d) => String(d))
  }
}

/**
 * Write `expected.json` for every fixture in `directory` from the current
 * behaviour. Call it on purpose (`npm run fixtures:regenerate`) and review
 * the diff.
 *
 * @param directory A path or `file:` URL.
 * @returns The names of the fixtures whose expectation changed.
 */
export function regenerateFixtures(directory: string | URL): string[] {
  const changed: string[] = []
  for (const fixture of readFixtures(directory)) {
    const next = JSON.stringify(fixtureActual(fixture), null, 2) + '\n'
    const file = path.join(fixture.folder, 'expected.json')
    const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
    if (previous !== next) {
      fs.writeFileSync(file, next)
      changed.push(fixture.name)
    }
  }
  return changed
}

/**
 * A readable line diff of two expectations (for runners without one).
 *
 * @param expected What `expected.json` says.
 * @param actual What the code does now.
 * @returns `''` when equal, else lines prefixed with `-` (expected) and `+` (actual).
 */
export function diffExpectation(expected: FixtureExpectation, actual: FixtureExpectation): string {
  const a = JSON.stringify(expected, null, 2).split('\n')
  const b = JSON.stringify(actual, null, 2).split('\n')
  if (a.join('\n') === b.join('\n')) return ''
  // Longest common subsequence over lines: small inputs, simple table.
  const table: number[][] = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
    }
  }
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push('  ' + a[i])
      i++
      j++
    } else if (j < b.length && (i === a.length || table[i][j + 1] >= table[i + 1][j])) {
      out.push('+ ' + b[j++])
    } else {
      out.push('- ' + a[i++])
    }
  }
  return out.join('\n')
}
