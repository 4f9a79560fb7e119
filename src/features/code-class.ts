/**
 * A fast test of one character class on code points: ASCII decided by a
 * given function, other BMP characters by the pattern once each, then
 * remembered in a table.
 */

/**
 * Make a code point test for a one-character class.
 *
 * @param pattern The class as an anchored one-character pattern (`/^\p{L}$/u`).
 * @param ascii The same class for code points below 0x80.
 * @returns Whether a code point is in the class.
 */
export function codeClass(pattern: RegExp, ascii: (code: number) => boolean): (code: number) => boolean {
  // Whether each BMP character is in the class: 0 not asked yet, 1 yes, 2 no.
  const table = new Uint8Array(0x10000)
  return function (code: number): boolean {
    if (code < 0x80) return ascii(code)
    // Beyond the BMP and the characters not asked yet take one call, which
    // a page's first "’" already makes: a branch that no page has taken yet
    // when V8 optimizes a caller leaves it no type feedback, and a later
    // page deoptimizes it there (each worker compiles it again).
    const known = code <= 0xffff ? table[code] : 0
    return known === 0 ? lookUp(pattern, table, code) : known === 1
  }
}

/** `codeClass` for a character not in the table yet (remembered when in the BMP). */
function lookUp(pattern: RegExp, table: Uint8Array, code: number): boolean {
  if (code > 0xffff) return pattern.test(String.fromCodePoint(code))
  const known = pattern.test(String.fromCharCode(code)) ? 1 : 2
  table[code] = known
  return known === 1
}

/** Whether a code point is a letter or a digit of any script (`[\p{L}\p{N}]`). */
export const isWordCode = codeClass(/^[\p{L}\p{N}]$/u, (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))

/** Whether a code point is a letter (`\p{L}`). */
export const isLetterCode = codeClass(/^\p{L}$/u, (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90))

/** Whether a code point is an upper-case letter (`\p{Lu}`). */
export const isUpperCode = codeClass(/^\p{Lu}$/u, (code) => code >= 65 && code <= 90)

/** Whether a code point is a lower-case letter (`\p{Ll}`). */
export const isLowerCode = codeClass(/^\p{Ll}$/u, (code) => code >= 97 && code <= 122)

/** Whether a code point is a number of any script (`\p{N}`). */
export const isNumberCode = codeClass(/^\p{N}$/u, (code) => code >= 48 && code <= 57)

/**
 * Whether a text holds a code point of a class: `/\p{Lu}/u.test(text)` as
 * `holdsCode(text, isUpperCode)`. A pattern of a large Unicode class calls out
 * to a range search for each character of a text beyond Latin-1; the table
 * answers at once.
 *
 * @param text Any text.
 * @param test A code point test (`codeClass`).
 */
export function holdsCode(text: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    if (test(code)) return true
    // (An add on every character: a branch never taken leaves V8 no type feedback.)
    i += code > 0xffff ? 1 : 0
  }
  return false
}

/**
 * Call `each` with the runs of a class in a text (its words, when the class
 * is letters) in order until it returns `true`; whether one did. The table
 * of `codeClass` reads each character once: a pattern such as
 * `/\p{L}+/gu` calls out to a range search for each character beyond Latin-1.
 *
 * @param text Any text.
 * @param inRun The class of the characters of a run.
 * @param each Called with each run.
 */
export function someRun(text: string, inRun: (code: number) => boolean, each: (run: string) => boolean): boolean {
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    if (inRun(code)) {
      if (start < 0) start = i
    } else if (start >= 0) {
      if (each(text.slice(start, i))) return true
      start = -1
    }
    // (An add on every character: a branch never taken leaves V8 no type feedback.)
    i += code > 0xffff ? 1 : 0
  }
  return start >= 0 && each(text.slice(start))
}
