import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import iconv from 'iconv-lite'
import {describe, expect, test} from 'vitest'
import {cleanupHtml, decodeHtml} from '../src/index.js'

const russian = 'Паром в гавань пришёл с опозданием на два часа, но все пассажиры остались довольны поездкой.'
const page = (meta: string, text: string) => `<html><head>${meta}<title>Паром</title></head><body><article><p>${text}</p></article></body></html>`

describe('decodeHtml', () => {
  test('reads the encoding a <meta charset> declares', () => {
    const bytes = iconv.encode(page('<meta charset="Windows-1251">', russian), 'windows-1251')
    expect(decodeHtml(bytes)).toContain(russian)
  })

  test('the first <meta> with a charset counts, in any case, with spaces and quotes around the label', () => {
    const meta = '<meta name="viewport" content="width=device-width"><META CHARSET = \'KOI8-R\' ><meta charset="utf-8">'
    expect(decodeHtml(iconv.encode(page(meta, russian), 'koi8-r'))).toContain(russian)
  })

  test('reads the charset of <meta http-equiv="Content-Type">', () => {
    const bytes = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', russian), 'koi8-r')
    expect(decodeHtml(bytes)).toContain(russian)
  })

  test('the encoding the caller knows wins over the <meta>, a byte order mark over both', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', russian), 'windows-1251')
    expect(decodeHtml(bytes, 'windows-1251')).toContain(russian)
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="windows-1251">', russian))])
    expect(decodeHtml(withBom, 'koi8-r')).toBe(page('<meta charset="windows-1251">', russian))
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', russian), 'utf-16le')])
    expect(decodeHtml(utf16)).toContain(russian)
  })

  test('Latin-1 means windows-1252, as in browsers; an unknown label is ignored', () => {
    const french = 'Les dockers ont fêté l’arrivée du ferry — enfin.'
    const bytes = iconv.encode(page('<meta charset="iso-8859-1">', french), 'windows-1252')
    expect(decodeHtml(bytes)).toContain(french)
    expect(decodeHtml(Buffer.from(page('<meta charset="no-such-thing">', russian)))).toContain(russian)
  })

  test('without a declaration: UTF-8 when the bytes are valid UTF-8, else windows-1252', () => {
    expect(decodeHtml(Buffer.from(page('', russian)))).toContain(russian)
    expect(decodeHtml(new Uint8Array(iconv.encode('<p>Café crème</p>', 'windows-1252')))).toBe('<p>Café crème</p>')
  })

  test('throws on a non-byte input', () => {
    expect(() => decodeHtml('<p>x</p>' as unknown as Uint8Array)).toThrow(TypeError)
  })
})

describe('cleanupHtml on bytes', () => {
  test('decodes bytes before cleaning; options.encoding is the header’s charset', () => {
    const bytes = iconv.encode(page('<meta charset="windows-1251">', russian), 'windows-1251')
    expect(cleanupHtml(bytes).paragraphs).toEqual([russian])
    const undeclared = iconv.encode(page('', russian), 'windows-1251')
    expect(cleanupHtml(undeclared, {encoding: 'windows-1251'}).paragraphs).toEqual([russian])
    expect(() => cleanupHtml(undeclared, {encoding: 1251 as unknown as string})).toThrow(/encoding/)
  })

  test('the CLI decodes an HTML file the way a browser would', () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unscrape-decode-'))
    try {
      const file = path.join(dir, 'page.html')
      fs.writeFileSync(file, iconv.encode('<!doctype html>' + page('<meta charset="windows-1251">', russian), 'windows-1251'))
      const result = spawnSync(process.execPath, [cli, file], {encoding: 'utf8'})
      expect(result.status).toBe(0)
      expect(result.stdout).toContain(russian)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
