/**
 * What the ReDoS checks share: the regexes of `src/`, recheck's settings and
 * the report of a flagged pattern. The checks are two files so the test
 * runner runs them side by side, on two cores.
 */
import {fileURLToPath} from 'node:url'
import type {checkSync} from 'recheck'
import {regexesOf, sourceFiles, type FoundRegex} from './regexes.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const src = fileURLToPath(new URL('../../src', import.meta.url))

/** Every regex of `src/` (literals and `RegExp` calls). */
export const regexes: FoundRegex[] = sourceFiles(src).flatMap((file) => regexesOf(file, root))

/** recheck's parameters without any time limit: only step limits decide. */
export const deterministic = {timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null} as const

/** A pattern a checker does not clear, with recheck's verdict. */
export interface Flagged {
  where: string
  pattern: string
  status: string
  complexity: string | undefined
}

/**
 * The report of a pattern recheck does not clear.
 *
 * @param regex The pattern found in `src/`.
 * @param result recheck's verdict.
 */
export function flaggedOf(regex: FoundRegex, result: ReturnType<typeof checkSync>): Flagged {
  return {
    where: regex.where,
    pattern: '/' + regex.source + '/' + regex.flags,
    status: result.status,
    complexity: result.status === 'vulnerable' ? result.complexity.type : undefined
  }
}
