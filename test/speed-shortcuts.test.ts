import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {gatedPatterns, headlineShape, isByline, isCommentHeader, isCountLike, isDateLike, isUnspaced, wordCount} from '../src/features/headline.js'
import {displayWidth, endsOpening, endsSentence, firstWord, isCjk, isRuleLine, startsClosing, startsLower, wordCount as lineWordCount} from '../src/features/lines.js'
import {PACKED_MAX, packWord, packedGet, packedTable} from '../src/features/packed.js'
import {foldSpace, foldedLengthExceeds, isSpaceCode, solidLengthExceeds} from '../src/features/space.js'
import {wordsOf} from '../src/features/words.js'
import {computeFeatures} from '../src/features/block.js'
import {countNumbers, firstToken, gatedPatterns as boilerplatePatterns} from '../src/transforms/remove-boilerplate.js'
import {lookBehindPatterns as gluedPatterns, scanShortcuts} from '../src/transforms/split-glued-blocks.js'
import {lookBehindPatterns as lineBreakPatterns, someWord} from '../src/transforms/repair-line-breaks.js'
import {holdsCode, isLetterCode, isLowerCode, isNumberCode, isUpperCode} from '../src/features/code-class.js'
import {hasSentenceInside} from '../src/features/lines.js'
import {isLower} from '../src/features/items.js'
import {textToTree} from '../src/parse/text.js'
import {flat, foldedLower, lineBlock} from '../src/parse/block.js'

// Characters that matter to the shortcuts: every kind of white space, Latin
// letters and digits, a dot, an ellipsis, curly quotes, kana, Han, Thai, an emoji.
const alphabet = [
  ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028',
  'a', 'g', 'o', 'A', 'G', 'O', 'k', 'Z', '0', '7', '.', ',', ':', '…', '’', '“', 'é',
  'か', 'カ', '東', 'ก', '😀'
]
const text = fc.array(fc.constantFrom(...alphabet), {maxLength: 40}).map((d) => d.join(''))
const runs = {numRuns: 3000}

describe('hot-path shortcuts give what the regexes give', () => {
  test('isSpaceCode is `\\s`', () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)))
    }
  })

  test('foldSpace is `replace(/\\s+/g, " ")`', () => {
    fc.assert(fc.property(text, (d) => foldSpace(d) === d.replace(/\s+/g, ' ')), runs)
    expect(foldSpace('Harbour  news\n')).toBe('Harbour news ')
  })

  test('foldedLengthExceeds and solidLengthExceeds', () => {
    fc.assert(
      fc.property(text, fc.integer({min: 0, max: 30}), (d, max) => {
        expect(foldedLengthExceeds(d, max)).toBe(d.replace(/\s+/g, ' ').length > max)
        expect(solidLengthExceeds(d, max)).toBe(d.replace(/\s+/g, '').length > max)
      }),
      runs
    )
  })

  test('isUnspaced is the script regex', () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
    fc.assert(fc.property(text, (d) => isUnspaced(d) === unspaced.test(d)), runs)
  })

  test('dates without a digit: only “… ago”', () => {
    expect(isDateLike('an hour ago')).toBe(true)
    expect(isDateLike('A DAY AGO')).toBe(true)
    expect(isDateLike('May 15, 2017')).toBe(true)
    expect(isDateLike('Harbour news')).toBe(false)
  })

  test('headlineShape: the cheap tests first, the same shapes', () => {
    expect(headlineShape('Coastal towns stop trusting the storm forecasts')).toBe(2)
    expect(headlineShape('Harbour ferry crews')).toBe(1)
    expect(headlineShape('Coastal towns stop trusting the forecasts.')).toBe(0)
    expect(headlineShape('Ferry crews demand a pier. Here is why')).toBe(0)
    expect(headlineShape('Harbour news today (12)')).toBe(0)
    expect(headlineShape('Ferry crews and the winter storm season,')).toBe(0)
    expect(headlineShape('港の新しい桟橋について住民が話し合う')).toBe(2)
    expect(headlineShape('港の新しい桟橋について話し合う。')).toBe(0)
  })
})

describe('headlineShape and isCommentHeader: the gates skip only patterns that cannot match', () => {
  const p = gatedPatterns
  // The straightforward order: every pattern, no gate.
  function reference(text: string): 0 | 1 | 2 {
    const length = text.length
    const cjk = p.unspaced.test(text)
    if (length < 8 || length > (cjk ? 160 : 150)) return 0
    if (p.link.test(text) || p.copyright.test(text) || isByline(text)) return 0
    const category = p.categoryCount.exec(text)
    if (category && (p.unspaced.test(category[1]) ? category[1].length <= 12 : wordCount(category[1]) <= 3)) return 0
    const open = text.lastIndexOf('(')
    const credit = p.creditLabel.test(text) || (text.endsWith(')') && open >= 0 && text.length - open <= 160 && p.creditWord.test(text.slice(open)))
    if (credit || p.commentHeader.test(text) || p.shareCount.test(text) || p.widget.test(text) || / > .+ > | \| .+ \| /u.test(text) || p.pollOrTeaser.test(text) || p.fullDateStart.test(text) || p.namedDate.test(text) || p.address.test(text) || p.isBreadcrumb(text)) return 0
    if (/[^.]\.$/u.test(text) && !(length < 80 && p.abbreviationEnd.test(text))) return 0
    if (p.dateStart.test(text) || p.datedLabel.test(text)) return 0
    if (/[,;:–—-]$/u.test(text)) return 0
    if (isDateLike(text) || isCountLike(text)) return 0
    if (cjk) {
      if (/[。．]$/u.test(text)) return 0
      return length >= 12 && length <= 120 ? 2 : 1
    }
    const first = p.firstLetter.exec(text)
    if (!first) return 0
    if (p.casedLetter.test(first[0]) && !p.upperStart.test(text)) return 0
    if (p.innerSentence.test(text)) return 0
    const words = wordCount(text)
    if (words < 3 || words > 30) return 0
    return words >= 5 && length >= 24 ? 2 : 1
  }
  // Pieces that make the patterns match: keywords, dates, counts, brackets, scripts.
  const piece = fc.constantFrom(
    'Harbour', 'ferry', 'crews', 'demand', 'a', 'new', 'pier', 'the', 'Storm', 'season',
    'says:', 'wrote', 'commented on', 'kommentierte', 'comentó en', 'к записи', '34', 'responses to',
    'has been shared', '4,512', 'times', '(opens in new window)', 'click here', 'Click to', 'enable JavaScript',
    '[ ]', '[photo]', '] [', '>', '|', '(41%', '(More)', '(12)', '(Credit: Harbour Desk)', 'Photo:', 'AP',
    'www.example.com', 'mail@example.org', 'https://x.org', '©', '(c) 2027', 'May 2, 2027', '2027-05-02',
    'June 9', '12.03.2019', 'Published', 'By', 'Jane', 'U.S.', 'podcasts.', 'Here’s', 'why', '2 hours ago',
    '港の新しい桟橋', 'について', '。', 'ก', '…', ',', '-', '.', ':', 'K', 'ſ'
  )
  const line = fc.array(piece, {minLength: 1, maxLength: 12}).chain((words) =>
    fc.constantFrom(' ', '', '  ').map((glue) => words.join(glue))
  )

  test('headlineShape', () => {
    fc.assert(fc.property(line, (d) => headlineShape(d) === reference(d)), {numRuns: 20000})
  })

  test('isCommentHeader', () => {
    fc.assert(fc.property(line, (d) => isCommentHeader(d) === (d.length <= 200 && p.commentHeader.test(d))), {numRuns: 20000})
  })
})

describe('packed word tables', () => {
  test('a packed table answers as a Map of the same words', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'e', 'Z', "'", '0', 'é'), minLength: 0, maxLength: 16})
    fc.assert(
      fc.property(fc.uniqueArray(word, {maxLength: 60}), fc.array(word, {maxLength: 40}), (words, probes) => {
        const map = new Map(words.map((d, i) => [d, i] as const))
        const table = packedTable(map)
        for (const probe of [...words, ...probes]) {
          const key = packWord(probe)
          if (!key) continue
          expect(packedGet(table, key[0], key[1])).toBe(map.get(probe) ?? -1)
        }
      }),
      {numRuns: 500}
    )
    expect(packWord('unfortunately!')).toEqual(packWord('unfortunately!'))
    expect(packWord('a'.repeat(PACKED_MAX + 1))).toBeUndefined()
    expect(packWord('café')).toBeUndefined()
  })
})

describe('line tests: character checks before the regexes', () => {
  // Rule, bracket, quote and wide characters besides the shared alphabet.
  const lineText = fc
    .array(fc.constantFrom(...alphabet, '-', '—', '━', '=', '*', '•', '(', '[', '“', ')', '」', '?', '!', 'ｶ', '한', '\u0301', '\ud840\udc00', 'ä'), {maxLength: 24})
    .map((d) => d.join(''))

  test('displayWidth counts as the wide-character regex does', () => {
    const wide = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/
    const reference = (text: string) => {
      let width = 0
      for (const char of text) {
        const code = char.codePointAt(0)!
        if (code >= 0x300 && code <= 0x36f) continue
        width += (code >= 0x20000 && code <= 0x3fffd) || wide.test(char) ? 2 : 1
      }
      return width
    }
    fc.assert(fc.property(lineText, (d) => displayWidth(d) === reference(d)), runs)
    expect(displayWidth('港の桟橋 ok')).toBe(11)
    expect(displayWidth('\ud800x')).toBe(2)
  })

  test('endsSentence, startsClosing, endsOpening, startsLower, isCjk, isRuleLine, wordCount', () => {
    fc.assert(
      fc.property(lineText, (d) => {
        expect(endsSentence(d)).toBe(/[.!?…。！？｡][\p{Pf}\p{Pe}"'’”»)\]]*$/u.test(d.slice(-16)))
        expect(startsClosing(d)).toBe(/^(?:[,.;:)\]}”’%、。，．！？：；）」』】〉》]|[!?](?![\p{L}\p{N}])|»(?! \p{Lu})|[“‘][,.;:!?)]|[“‘] \p{Ll})/u.test(d))
        expect(endsOpening(d)).toBe(/[([{«“‘„‚¿¡（「『【〈《]$/u.test(d.slice(-2)))
        expect(startsLower(d)).toBe(/^\p{Ll}/u.test(d))
        expect(isCjk(d.charAt(0))).toBe(/[\u2E80-\u2FDF\u3001-\u303F\u3041-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF60]/u.test(d.charAt(0)))
        expect(isRuleLine(d)).toBe(/^[\u2500-\u257F\p{Pd}_=~*.·•●]{3,}$/u.test(d.replace(/\s+/g, '')))
        expect(lineWordCount(d, 1000)).toBe(d ? d.split(/\s+/).length : 0)
      }),
      {numRuns: 5000}
    )
    expect(isRuleLine('\u00a0━━━━━━')).toBe(true)
    expect(isRuleLine('“━━━')).toBe(false)
  })
})

describe('wordsOf scans as the word pattern matches', () => {
  test('the runs of `[\\p{L}\\p{N}_]`', () => {
    const piece = fc.constantFrom(...alphabet, '_', 'ß', 'Ж', '٣', '²', '\ud835\udc00', '\ud800', '\udc00', "'", '-', 'x')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        expect(wordsOf(text)).toEqual(text.match(/[\p{L}\p{N}_]+/gu) || [])
      }),
      {numRuns: 5000}
    )
    expect(wordsOf('Ferry_crews vote: 3 to 1')).toEqual(['Ferry_crews', 'vote', '3', 'to', '1'])
  })
})

describe('firstWord and the parser’s line ends', () => {
  test('firstWord is `/^\\S+/` within 80 characters', () => {
    fc.assert(fc.property(text, (d) => firstWord(d) === (/^\S+/.exec(d.slice(0, 80))?.[0] ?? '')), runs)
    expect(firstWord('x'.repeat(100))).toBe('x'.repeat(80))
  })

  test('lines split at "\\n" alone as at any line terminator', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '\n\n', 'Harbour', '\r\n', '\r', '\u2028')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 20}), (parts) => {
        const input = parts.join('')
        const lines = textToTree(input).children.map((d) => [d.value, d.position.start.line, d.position.start.offset, d.data.blankBefore])
        const newlines = textToTree(input.replace(/\r\n|[\r\u2028\u2029]/g, (d) => '\n' + ' '.repeat(d.length - 1))).children.map((d) => [d.value, d.position.start.line, d.position.start.offset, d.data.blankBefore])
        expect(lines).toEqual(newlines)
      }),
      runs
    )
  })
})

describe('block features: the terminal end without its regex', () => {
  test('`terminal` is `/(?:[.!?…。！？]|[.!?。！？]["”’»)」』]|[:;])$/u`', () => {
    const piece = fc.constantFrom('a', ' ', '.', '!', '?', '…', '。', '！', '？', ':', ';', '"', '”', '’', '»', ')', '」', '』', '\ud83d\ude00', 'Z')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}), (parts) => {
        const text = parts.join('')
        expect(computeFeatures(text, new Set()).terminal).toBe(/(?:[.!?…。！？]|[.!?。！？]["”’»)」』]|[:;])$/u.test(text.slice(-3)))
      }),
      runs
    )
  })
})

describe('computeFeatures counts scripts by table as the script ranges do', () => {
  // Kana, Han (with function characters), Hangul (with particles), CJK sentence and comma marks.
  const cjkText = fc
    .array(fc.constantFrom(...alphabet, 'の', 'ン', '的', '是', '한', '국', '은', '다', 'ᄀ', 'ㄱ', '。', '！', '、', '，', '；', '…', '豈'), {maxLength: 30})
    .map((d) => d.join(''))

  test('length, sentences and commas', () => {
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0
    fc.assert(
      fc.property(cjkText, (text) => {
        const features = computeFeatures(text, new Set())
        const cjk = count(text, /[\u3040-\u30ff\u31f0-\u31ff\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/gu)
        const hangul = count(text, /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/gu)
        expect(features.length).toBe(text.length + 2 * cjk + hangul)
        expect(features.sentences).toBe(count(text, /[.!?](?=[ "')\n]|$)|[。！？…]/gu))
        expect(features.commas).toBe(count(text, /[,;、，；]/gu))
      }),
      runs
    )
  })

  test('Korean particles and Chinese function characters stand for stop-words', () => {
    // Two of three words end in a particle; two of six Han characters are function characters.
    expect(computeFeatures('항구는 배가 출발', new Set()).stopDensity).toBeCloseTo(2 / 3)
    expect(computeFeatures('港口的船是新', new Set()).stopDensity).toBeCloseTo(Math.min(1, (2 * 2.5) / 6))
  })
})

describe('removeBoilerplate: the gates never drop a match', () => {
  test('firstToken is the first word `split(/[\\s|·•,/]+/u)` gives', () => {
    const separated = fc.array(fc.constantFrom(...alphabet, '|', '·', '•', '/', ',', 'share', 'x'), {maxLength: 12}).map((d) => d.join(''))
    fc.assert(fc.property(separated, (d) => firstToken(d) === (d.split(/[\s|·•,/]+/u).find((token) => token !== '') ?? '')), runs)
    expect(firstToken(' | share • print')).toBe('share')
  })

  test('bylines and captions: by their first character', () => {
    const {bylinePattern, captionFirst, captionStart, mayBeByline, mayStart, photoCaptionFirst, photoCaptionStart} = boilerplatePatterns
    const piece = fc.constantFrom(
      'By', 'by ', 'Written by', 'POSTED BY', 'Por', 'von', 'di', 'Door', 'Автор:', 'текст', 'Author:', 'reporter', 'The ', 'Associated Press', 'Reuters', 'AFP',
      'Agence France-Presse', 'dpa', 'EFE', 'ansa', 'UPI', 'AP', '記者', '기자', 'Photo', '(', '[', ']', 'image', 'Picture', 'Foto', 'fotografía', 'imagem',
      'Bild', 'фото', 'Credit', 'ſource', 'Quelle', 'fuente', 'fonte', 'Illustration', 'VIDEO', 'File', ' - ', 'In this', 'this', 'photo', 'En esta', 'nesta',
      'Sur cette', 'auf diesem', 'in questa', 'на этом', 'Marta', ' ', 'Quill', ':', '2027', 'ferry'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 6}), (parts) => {
        const value = parts.join('')
        if (bylinePattern.test(value)) expect(mayBeByline(value)).toBe(true)
        if (captionStart.test(value)) expect(mayStart(value, captionFirst)).toBe(true)
        if (photoCaptionStart.test(value)) expect(mayStart(value, photoCaptionFirst)).toBe(true)
      }),
      {numRuns: 20000}
    )
    expect(mayBeByline('Ferry crews vote')).toBe(false)
  })

  test('every line `commentMeta` matches passes the gate', () => {
    const {commentMeta, mayEndComment} = boilerplatePatterns
    const piece = fc.constantFrom(
      'Marta', 'says', 'SAYS', 'ſayſ', 'said', 'wrote', 'Schrieb', 'escribió', 'ESCRIBIÓ', 'escribe', 'disse', 'diz', 'dice', 'написал', 'НАПИСАЛА', 'a écrit',
      'at', 'AT', '4:47', '12:05', 'pm', 'a.m.', 'P.M', 'reply', 'Responder', 'antworten', 'rispondi', 'ответить', 'répondre', '返信', '답글',
      ' ', ' ', ':', '.', 'x', 'the'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}), (parts) => {
        const value = parts.join('')
        if (commentMeta.test(value.slice(-32))) expect(mayEndComment(value)).toBe(true)
      }),
      {numRuns: 20000}
    )
    expect(mayEndComment('Marta Quill says:')).toBe(true)
    expect(mayEndComment('Ferry crews vote on the timetable')).toBe(false)
  })
})

describe('code point tables and look-behinds give what the Unicode patterns give', () => {
  // Letters and numbers beyond Latin-1 and beyond the BMP, and lone
  // surrogates: where a table read by code unit and a `/u` pattern could part.
  const wide = [...alphabet, 'É', 'é', 'ж', 'Ж', 'ß', '٣', '½', 'Ⅻ', '𝐀', '𝑎', '𝟎', '𠀀', '\ud800', '\udc00', '-', '(', ')', '!', '?', ';', '"', '”', '»']
  const wideText = fc.array(fc.constantFrom(...wide), {maxLength: 40}).map((d) => d.join(''))

  test('holdsCode is the one-class pattern', () => {
    fc.assert(
      fc.property(wideText, (d) => {
        expect(holdsCode(d, isUpperCode)).toBe(/\p{Lu}/u.test(d))
        expect(holdsCode(d, isLowerCode)).toBe(/\p{Ll}/u.test(d))
        expect(holdsCode(d, isNumberCode)).toBe(/\p{N}/u.test(d))
        expect(holdsCode(d, isLetterCode)).toBe(/\p{L}/u.test(d))
      }),
      runs
    )
  })

  test('isLower (a table per code unit) is the case-mapping test, asked again or not', () => {
    const mapped = (char: string) => char !== char.toUpperCase() && char === char.toLowerCase()
    for (const pass of [1, 2]) {
      for (let code = 0; code < 0x10000; code++) {
        const char = String.fromCharCode(code)
        expect(isLower(code), `${code.toString(16)} (pass ${pass})`).toBe(mapped(char))
      }
    }
    // Past the end of a text: no character, no letter.
    expect(isLower(Number.NaN)).toBe(false)
  })

  test('isUnspaced finds unspaced scripts beyond the BMP too', () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
    fc.assert(fc.property(wideText, (d) => isUnspaced(d) === unspaced.test(d)), runs)
    expect(isUnspaced('Harbour “𠀀”')).toBe(true)
  })

  test('countNumbers counts the standalone numbers the pattern finds', () => {
    const numberPattern = /(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/gu
    const numeric = fc.array(fc.constantFrom('1', '7', '٣', '½', '𝟎', 'a', 'Ж', '𝑎', ' ', '-', '(', ')', ':', '\ud800'), {maxLength: 24}).map((d) => d.join(''))
    fc.assert(
      fc.property(numeric, (d) => {
        const all = d.match(numberPattern)?.length ?? 0
        expect(countNumbers(d, Number.POSITIVE_INFINITY)).toBe(all)
        expect(countNumbers(d, 2)).toBe(Math.min(all, 2))
      }),
      runs
    )
    expect(countNumbers('Southbay 14 11 — TYPO3', 5)).toBe(2)
  })

  test('the look-behind forms find what the forms opening with the letters find', () => {
    const piece = fc.constantFrom('a', 'b', 'é', 'ж', '𝑎', 'A', 'Ж', '𝐀', '.', '!', '?', ':', ' ', ' ', '\t', '\u00a0', '”', '“', '"', ')', ']', '’', "'", '«')
    const sentence = fc.array(piece, {maxLength: 30}).map((d) => d.join(''))
    const ends = (re: RegExp, d: string) => {
      const found: number[] = []
      re.lastIndex = 0
      let match
      while ((match = re.exec(d))) found.push(match.index + match[0].length)
      return found
    }
    const before = {
      indented: /\p{Ll}{2}[.!?][”’"')\]]?(?:[ \u00A0]{3,}|[ \u00A0]*\t[ \t\u00A0]*)(?=[“‘«"]?\p{Lu}\p{Ll})/gu,
      doubleSpaced: /\p{Ll}{2}[.!?][”’"')\]]?  (?=[“‘«"]?\p{Lu}\p{Ll})/gu,
      sentenceGap: /\p{Ll}{2}[.!?][”’"')\]]?( {1,2})(?=[“‘«"]?\p{Lu}\p{Ll})/gu,
      colonGlue: /\p{Ll}{2}:(?=[“‘«"]?\p{Lu}[\p{Ll}\s’']|\p{Lu}{2,}\s)/gu,
      parenGlue: /(?<=\p{L}{2})\)(?=[“‘«"]?\p{Lu}\p{Ll}{2,}\s)/gu
    }
    fc.assert(
      fc.property(sentence, (d) => {
        for (const name of ['indented', 'doubleSpaced', 'sentenceGap', 'colonGlue', 'parenGlue'] as const) expect(ends(gluedPatterns[name], d)).toEqual(ends(before[name], d))
        expect(lineBreakPatterns.openSentence.test(d)).toBe(/\p{Ll}{2}[.!?][”’"')]*\s+\p{Lu}\p{Ll}+$/u.test(d))
        expect(gatedPatterns.innerSentence.test(d)).toBe(/\p{Ll}{3}\.["”’»]?\s+["“‘«]?\p{Lu}/u.test(d))
        expect(hasSentenceInside(d)).toBe(/\p{Ll}{2}\.[”’"')]*\s+[“‘"']?\p{Lu}/u.test(d))
      }),
      {numRuns: 20000}
    )
    expect(ends(gluedPatterns.colonGlue, 'three stops:Harbour Hall')).toEqual([12])
    // A heading in capitals glued after the colon (the second form).
    expect(ends(gluedPatterns.colonGlue, 'storm notes:HARBOUR SHUT today')).toEqual([12])
  })

  test('splitGluedBlocks: the word and case loops', () => {
    const {camel, hasCaseStep, hasFunctionWord} = scanShortcuts
    const words = new Set(['the', 'and', 'été', 'жил'])
    const piece = fc.constantFrom('the', 'The', 'THE', 'and', 'été', 'ÉTÉ', 'жил', 'Жил', 'x', '𝑎', '𝐀', 'I', ' ', ' ', ',', '’', '\ud800', 'Harbour', 'iPhone', 'hoursThe')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), (parts) => {
        const d = parts.join('')
        expect(hasFunctionWord(d, words)).toBe((d.match(/\p{L}+/gu) || []).some((w) => words.has(w.toLowerCase())))
        camel.lastIndex = 0
        if (camel.test(d)) expect(hasCaseStep(d)).toBe(true)
      }),
      {numRuns: 20000}
    )
    expect(hasCaseStep('Opening hoursThe museum')).toBe(true)
    // A card's glue: the loop finds where the pattern first matches in the title's reach.
    const {cardGlue, cardGlueAt} = scanShortcuts
    const cardPiece = fc.constantFrom('the', 'The', 'THE', 'été', 'Été', 'жил', 'Жил', 'x', '𝑎', '𝐀', '𝐀𝑎𝑎', 'I', ' ', ',', '\ud800', 'Harbour', 'iPhone', 'hoursThe', '7', '2026', 'Tickets')
    fc.assert(
      fc.property(fc.array(cardPiece, {maxLength: 12}), fc.integer({min: 0, max: 40}), (parts, limit) => {
        const d = parts.join('')
        cardGlue.lastIndex = 0
        const match = cardGlue.exec(d.slice(0, limit))
        expect(cardGlueAt(d, limit)).toBe(match ? match.index : -1)
      }),
      {numRuns: 20000}
    )
    expect(cardGlueAt('Night ferry returnsThe board voted', 160)).toBe(18)
    expect(cardGlueAt('Harbour Guide 2026Tickets', 160)).toBe(17)
    expect(cardGlueAt('Harbour Guide 2026Tickets', 19)).toBe(-1)
    expect(hasCaseStep('Opening hours The museum')).toBe(false)
  })

  test('repairLineBreaks: someWord reads the words of the word pattern', () => {
    const piece = fc.constantFrom('the', 'The', 'été', 'e\u0301', 'жил', '𝑎', 'x', ' ', ',', '’', '-', '\ud800', '٣', 'İ')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), (parts) => {
        const d = parts.join('')
        const seen: string[] = []
        someWord(d, (word) => {
          seen.push(word)
          return false
        })
        expect(seen).toEqual(d.match(/[\p{L}\p{M}]+/gu) || [])
      }),
      {numRuns: 20000}
    )
  })

  test('flat keeps every character of a slice', () => {
    const long = 'The crews voted on Monday ’ 😀 \ud800 to keep the late crossing'
    fc.assert(fc.property(fc.nat(long.length), fc.nat(long.length), (a, b) => flat(long.slice(a, b)) === long.slice(a, b)), runs)
    expect(flat('')).toBe('')
  })

  test('foldedLower is the folded lower case of the value it is asked for', () => {
    const block = lineBlock('Ferry  CREWS vote’s', 0, 19, 1, 0)!
    expect(foldedLower(block)).toBe('ferry crews vote’s')
    block.value = 'Harbour\tNEWS'
    expect(foldedLower(block)).toBe('harbour news')
    fc.assert(fc.property(text, (d) => {
      block.value = d
      return foldedLower(block) === foldSpace(d.toLowerCase())
    }), runs)
  })
})
