/**
 * Look short ASCII words up without cutting them out of the text: a word of
 * up to `PACKED_MAX` characters is two numbers (seven characters of seven
 * bits each), built while the text is scanned, and a table in typed arrays
 * maps them to a value. No string is sliced or hashed.
 *
 * Scanners keep `lo`, `hi` and the length of the current word and add each
 * character with `packInto`; the table answers `-1` for a word it lacks.
 */

/** Longest word that is packed. */
export const PACKED_MAX = 14

/** A table of packed words (open addressing; `lo === 0` is an empty slot). */
export interface PackedTable {
  /** Each slot's `lo` and `hi` side by side (`keys[2 * slot]`, `keys[2 * slot + 1]`): one cache line read per probe. */
  keys: Float64Array
  values: Int32Array
  /** Bits of the table size. */
  bits: number
  /**
   * A bit per hash of the words (a Bloom filter, eight bits a word): most
   * words of a text are in no list, and this small set says so without a
   * probe into the table (no false “no”).
   */
  filter: Int32Array
  /** Bits of the filter size. */
  filterBits: number
}

/**
 * Pack a word: `[lo, hi]`, or `undefined` when it is empty, longer than
 * `PACKED_MAX`, or holds a character that is not ASCII (or is U+0000).
 *
 * @param word The word.
 */
export function packWord(word: string): [number, number] | undefined {
  if (word.length === 0 || word.length > PACKED_MAX) return undefined
  let lo = 0
  let hi = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code === 0 || code >= 0x80) return undefined
    if (i < 7) lo = lo * 128 + code
    else hi = hi * 128 + code
  }
  return [lo, hi]
}

function slotOf(lo: number, hi: number, bits: number): number {
  const a = (lo >>> 0) ^ ((lo / 4294967296) | 0)
  const b = (hi >>> 0) ^ ((hi / 4294967296) | 0)
  return Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits)
}

/** The filter bit of a packed word (another hash than its slot). */
function filterBitOf(lo: number, hi: number, bits: number): number {
  const a = (lo >>> 0) ^ ((lo / 4294967296) | 0)
  const b = (hi >>> 0) ^ ((hi / 4294967296) | 0)
  return Math.imul(b ^ Math.imul(a, 0xcc9e2d51), 0x1b873593) >>> (32 - bits)
}

/**
 * Build a table from words and their values (words that do not pack are
 * left out: look them up some other way).
 *
 * @param entries Words and values (`>= 0`).
 */
export function packedTable(entries: Iterable<readonly [string, number]>): PackedTable {
  return tableOf(packWords(entries))
}

// (Two functions, each ending with its loop: V8 compiles a long loop on
// the fly (on-stack replacement) and enters that code again at the loop of
// later calls; code after the loop, which the first call had not run yet,
// had no type feedback, and each later call deoptimized there.)

/** The words that pack, as `[lo, hi, value]`. */
function packWords(entries: Iterable<readonly [string, number]>): Array<[number, number, number]> {
  const packed: Array<[number, number, number]> = []
  for (const [word, value] of entries) {
    const key = packWord(word)
    if (key) packed.push([key[0], key[1], value])
  }
  return packed
}

/** A table of packed words. */
function tableOf(packed: ReadonlyArray<readonly [number, number, number]>): PackedTable {
  // At most half full: short probes, and a small table (fewer cache misses).
  let bits = 4
  while (1 << bits < packed.length * 2) bits++
  const size = 1 << bits
  let filterBits = 5
  while (1 << filterBits < packed.length * 8) filterBits++
  const table: PackedTable = {keys: new Float64Array(2 * size), values: new Int32Array(size), bits, filter: new Int32Array(1 << (filterBits - 5)), filterBits}
  const {keys} = table
  const mask = size - 1
  for (const [lo, hi, value] of packed) {
    const bit = filterBitOf(lo, hi, filterBits)
    table.filter[bit >>> 5] |= 1 << (bit & 31)
    let slot = slotOf(lo, hi, bits)
    for (;;) {
      if (keys[2 * slot] === 0) {
        keys[2 * slot] = lo
        keys[2 * slot + 1] = hi
        table.values[slot] = value
        break
      }
      // The same word twice: the first value stays.
      if (keys[2 * slot] === lo && keys[2 * slot + 1] === hi) break
      slot = (slot + 1) & mask
    }
  }
  return table
}

/**
 * The value of a packed word, or `-1`.
 *
 * @param table The table.
 * @param lo First seven characters.
 * @param hi The rest.
 */
export function packedGet(table: PackedTable, lo: number, hi: number): number {
  const bit = filterBitOf(lo, hi, table.filterBits)
  if ((table.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1
  const keys = table.keys
  const mask = table.values.length - 1
  for (let slot = slotOf(lo, hi, table.bits); ; slot = (slot + 1) & mask) {
    const entry = keys[2 * slot]
    if (entry === lo && keys[2 * slot + 1] === hi) return table.values[slot]
    if (entry === 0) return -1
  }
}
