/**
 * Decode an HTML page given as bytes (what an HTTP client or `fs.readFile`
 * without an encoding returns), the way a browser picks its encoding: a byte
 * order mark, then the encoding the caller knows (the `Content-Type` header),
 * then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
 * 1,024 bytes, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
import iconv from 'iconv-lite'

/** How many bytes the `<meta>` prescan reads (as browsers do). */
const prescanBytes = 1024


// Labels browsers read as another encoding (WHATWG Encoding Standard):
// Latin-1 and ASCII pages are decoded as windows-1252, and so on.
const aliases: ReadonlyMap<string, string> = new Map([
  ['iso-8859-1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['l1', 'windows-1252'],
  ['us-ascii', 'windows-1252'],
  ['ascii', 'windows-1252'],
  ['iso-8859-9', 'windows-1254'],
  ['latin5', 'windows-1254'],
  ['tis-620', 'windows-874'],
  ['iso-8859-11', 'windows-874'],
  ['gb2312', 'gbk'],
  ['gb_2312', 'gbk'],
  ['x-gbk', 'gbk'],
  ['euc-kr', 'cp949'],
  ['ks_c_5601-1987', 'cp949'],
  ['x-sjis', 'shift_jis'],
  ['ms_kanji', 'shift_jis'],
  // A page cannot declare UTF-16 in ASCII: a `<meta>` that says so means UTF-8.
  ['utf-16', 'utf-8'],
  ['utf-16le', 'utf-8'],
  ['utf-16be', 'utf-8']
])

const fatalUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decode an HTML page given as bytes.
 *
 * @param bytes The page (a `Buffer` or any `Uint8Array`).
 * @param encoding The encoding the caller knows, such as the charset of the
 *   HTTP `Content-Type` header (default: none). A byte order mark still wins;
 *   an unknown label is ignored.
 * @returns The page as a string.
 */
export function decodeHtml(bytes: Uint8Array, encoding?: string | null | undefined): string {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError('unscrape: `bytes` must be a Uint8Array or a Buffer')
  }
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const bom = byteOrderMark(view)
  if (bom) return iconv.decode(view.subarray(bom.length), bom.encoding)
  const label = known(encoding) || known(declared(view))
  if (label) return label === 'utf-8' ? view.toString('utf8') : iconv.decode(view, label)
  try {
    return fatalUtf8.decode(view)
  } catch {
    // Not UTF-8, and nothing says what it is: what browsers in most locales assume.
    return iconv.decode(view, 'windows-1252')
  }
}

/**
 * The encoding a page declares in a `<meta>` in its first 1,024 bytes
 * (lower-cased): `<meta charset="windows-1251">`, `<meta
 * http-equiv="Content-Type" content="text/html; charset=koi8-r">`. Read with
 * string search, not a pattern: a tag is scanned once.
 */
function declared(view: Buffer): string | undefined {
  // Latin-1 keeps one character per byte: the ASCII of the markup reads as is.
  const head = view.subarray(0, prescanBytes).toString('latin1').toLowerCase()
  for (let at = head.indexOf('<meta'); at >= 0; at = head.indexOf('<meta', at + 5)) {
    const close = head.indexOf('>', at)
    const tag = head.slice(at + 5, close < 0 ? head.length : close)
    for (let found = tag.indexOf('charset'); found >= 0; found = tag.indexOf('charset', found + 7)) {
      let i = skipSpaces(tag, found + 7)
      if (tag.charCodeAt(i) !== 61 /* = */) continue
      i = skipSpaces(tag, i + 1)
      if (tag.charCodeAt(i) === 34 /* " */ || tag.charCodeAt(i) === 39 /* ' */) i = skipSpaces(tag, i + 1)
      let end = i
      while (end < tag.length && end - i < 40 && isLabelCharacter(tag.charCodeAt(end))) end++
      if (end > i) return tag.slice(i, end)
    }
  }
  return undefined
}

function skipSpaces(text: string, from: number): number {
  let i = from
  while (i < text.length && (text.charCodeAt(i) === 32 || (text.charCodeAt(i) >= 9 && text.charCodeAt(i) <= 13))) i++
  return i
}

/** A character of an encoding label: `a-z0-9_.:-`. */
function isLabelCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 58 || code === 45
}

/** A label iconv-lite can decode, after the browser aliases, lower-cased; else `undefined`. */
function known(label: string | null | undefined): string | undefined {
  if (typeof label !== 'string') return undefined
  const lower = label.trim().toLowerCase()
  if (!lower) return undefined
  const name = aliases.get(lower) || lower
  if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8'
  return iconv.encodingExists(name) ? name : undefined
}

function byteOrderMark(view: Buffer): {encoding: string; length: number} | undefined {
  if (view.length >= 3 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) return {encoding: 'utf-8', length: 3}
  if (view.length >= 2 && view[0] === 0xff && view[1] === 0xfe) return {encoding: 'utf-16le', length: 2}
  if (view.length >= 2 && view[0] === 0xfe && view[1] === 0xff) return {encoding: 'utf-16be', length: 2}
  return undefined
}
