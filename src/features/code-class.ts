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
    if (code > 0xffff) return pattern.test(String.fromCodePoint(code))
    let known = table[code]
    if (known === 0) {
      known = pattern.test(String.fromCharCode(code)) ? 1 : 2
      table[code] = known
    }
    return known === 1
  }
}

/** Whether a code point is a letter or a digit of any script (`[\p{L}\p{N}]`). */
export const isWordCode = codeClass(/^[\p{L}\p{N}]$/u, (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))
