import fc from 'fast-check'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {normalizeText, parseText, textToTree} from '../src/index.js'
import type {NormalizeTextOptions, Root} from '../src/index.js'
import {nfcStable} from '../src/transforms/normalize-text.js'

/**
 * Parse text and run `normalizeText` alone.
 *
 * @param text The input.
 * @param options Options for `normalizeText`.
 */
function normalize(text: string, options?: NormalizeTextOptions) {
  const processor = unified().use(parseText).use(normalizeText, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  const values = tree.children.map((d) => d.value)
  return {tree, file, values, text: values.join('\n'), rules: file.messages.map((d) => d.ruleId)}
}

// UTF-8 text decoded with the wrong charset: [case, broken, original].
// The sentences are invented; the broken forms are what a Windows-1252 or
// Latin-1 decoder makes of their UTF-8 bytes (undefined Windows-1252 bytes
// come back as C1 controls, as in browsers).
const mojibake: Array<[string, string, string]> = [
  ['French, UTF-8 read as Windows-1252', 'Le cafÃ© de la gare ouvre Ã\u00a0 sept heures, mÃªme le dimanche : un chef-dâ€™Å“uvre.', 'Le café de la gare ouvre à sept heures, même le dimanche : un chef-d’œuvre.'],
  ['French, UTF-8 read as Latin-1', 'Le cafÃ© de la gare ouvre Ã\u00a0 sept heures, mÃªme le dimanche : un chef-dâ\u0080\u0099Å\u0093uvre.', 'Le café de la gare ouvre à sept heures, même le dimanche : un chef-d’œuvre.'],
  ['French, UTF-8 read twice (Windows-1252)', 'Le cafÃƒÂ© de la gare ouvre ÃƒÂ\u00a0 sept heures, mÃƒÂªme le dimanche : un chef-dÃ¢â‚¬â„¢Ã…â€œuvre.', 'Le café de la gare ouvre à sept heures, même le dimanche : un chef-d’œuvre.'],
  ['French quotes, UTF-8 read as Windows-1252', 'Lâ€™Ã©tÃ© dernier, nous nâ€™avons pas vu Â« la mer Â».', 'L’été dernier, nous n’avons pas vu « la mer ».'],
  ['French quotes, UTF-8 read twice (Windows-1252)', 'LÃ¢â‚¬â„¢ÃƒÂ©tÃƒÂ© dernier, nous nÃ¢â‚¬â„¢avons pas vu Ã‚Â« la mer Ã‚Â».', 'L’été dernier, nous n’avons pas vu « la mer ».'],
  ['German, UTF-8 read as Windows-1252', 'Die StraÃŸenbahn fÃ¤hrt Ã¼ber die BrÃ¼cke nach KÃ¶ln.', 'Die Straßenbahn fährt über die Brücke nach Köln.'],
  ['German, UTF-8 read as Latin-1', 'Die StraÃ\u009fenbahn fÃ¤hrt Ã¼ber die BrÃ¼cke nach KÃ¶ln.', 'Die Straßenbahn fährt über die Brücke nach Köln.'],
  ['German, UTF-8 read twice (Windows-1252)', 'Die StraÃƒÅ¸enbahn fÃƒÂ¤hrt ÃƒÂ¼ber die BrÃƒÂ¼cke nach KÃƒÂ¶ln.', 'Die Straßenbahn fährt über die Brücke nach Köln.'],
  ['German, UTF-8 read three times (Windows-1252)', 'Die StraÃƒÆ’Ã…Â¸enbahn fÃƒÆ’Ã‚Â¤hrt ÃƒÆ’Ã‚Â¼ber die BrÃƒÆ’Ã‚Â¼cke nach KÃƒÆ’Ã‚Â¶ln.', 'Die Straßenbahn fährt über die Brücke nach Köln.'],
  ['Spanish, UTF-8 read as Windows-1252', 'Â¿DÃ³nde estÃ¡ el niÃ±o? Â¡MaÃ±ana habrÃ¡ sol en MÃ¡laga!', '¿Dónde está el niño? ¡Mañana habrá sol en Málaga!'],
  ['Spanish, UTF-8 read as Latin-1', 'Â¿DÃ³nde estÃ¡ el niÃ±o? Â¡MaÃ±ana habrÃ¡ sol en MÃ¡laga!', '¿Dónde está el niño? ¡Mañana habrá sol en Málaga!'],
  ['Spanish, UTF-8 read twice (Windows-1252)', 'Ã‚Â¿DÃƒÂ³nde estÃƒÂ¡ el niÃƒÂ±o? Ã‚Â¡MaÃƒÂ±ana habrÃƒÂ¡ sol en MÃƒÂ¡laga!', '¿Dónde está el niño? ¡Mañana habrá sol en Málaga!'],
  ['Portuguese, UTF-8 read as Windows-1252', 'A informaÃ§Ã£o nÃ£o chegou Ã\u00a0 redaÃ§Ã£o de SÃ£o Paulo.', 'A informação não chegou à redação de São Paulo.'],
  ['Portuguese, UTF-8 read as Latin-1', 'A informaÃ§Ã£o nÃ£o chegou Ã\u00a0 redaÃ§Ã£o de SÃ£o Paulo.', 'A informação não chegou à redação de São Paulo.'],
  ['Portuguese, UTF-8 read twice (Windows-1252)', 'A informaÃƒÂ§ÃƒÂ£o nÃƒÂ£o chegou ÃƒÂ\u00a0 redaÃƒÂ§ÃƒÂ£o de SÃƒÂ£o Paulo.', 'A informação não chegou à redação de São Paulo.'],
  ['Italian, UTF-8 read as Windows-1252', 'PerÃ² la cittÃ\u00a0 Ã¨ giÃ\u00a0 cosÃ¬ bella.', 'Però la città è già così bella.'],
  ['Danish, UTF-8 read as Windows-1252', 'Ã˜l pÃ¥ Ã†rÃ¸ og Ã¦bler.', 'Øl på Ærø og æbler.'],
  ['Polish, UTF-8 read as Windows-1252', 'ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„ w Å›rodÄ™.', 'Zażółć gęślą jaźń w środę.'],
  ['Polish, UTF-8 read twice (Windows-1252)', 'ZaÃ…Â¼ÃƒÂ³Ã…â€šÃ„â€¡ gÃ„â„¢Ã…â€ºlÃ„â€¦ jaÃ…ÂºÃ…â€ž w Ã…â€ºrodÃ„â„¢.', 'Zażółć gęślą jaźń w środę.'],
  ['Czech, UTF-8 read as Windows-1252', 'PÅ™Ã\u00adliÅ¡ Å¾luÅ¥ouÄ\u008dkÃ½ kÅ¯Åˆ ÃºpÄ›l Ä\u008fÃ¡belskÃ© Ã³dy.', 'Příliš žluťoučký kůň úpěl ďábelské ódy.'],
  ['Turkish, UTF-8 read as Windows-1252', 'Ä°stanbulâ€™da aÄŸÄ±r bir kÄ±ÅŸ yaÅŸandÄ±.', 'İstanbul’da ağır bir kış yaşandı.'],
  ['Vietnamese, UTF-8 read as Windows-1252', 'Thá»\u009di tiáº¿t hÃ´m nay Ä‘áº¹p.', 'Thời tiết hôm nay đẹp.'],
  ['Russian, UTF-8 read as Windows-1252', 'Ð’Ñ‡ÐµÑ€Ð° Ð² Ð³Ð¾Ñ€Ð¾Ð´Ðµ Ð¾Ñ‚ÐºÑ€Ñ‹Ð»Ð°Ñ\u0081ÑŒ Ð½Ð¾Ð²Ð°Ñ\u008f Ð±Ð¸Ð±Ð»Ð¸Ð¾Ñ‚ÐµÐºÐ°.', 'Вчера в городе открылась новая библиотека.'],
  ['Russian, UTF-8 read as Latin-1', 'Ð\u0092Ñ\u0087ÐµÑ\u0080Ð° Ð² Ð³Ð¾Ñ\u0080Ð¾Ð´Ðµ Ð¾Ñ\u0082ÐºÑ\u0080Ñ\u008bÐ»Ð°Ñ\u0081Ñ\u008c Ð½Ð¾Ð²Ð°Ñ\u008f Ð±Ð¸Ð±Ð»Ð¸Ð¾Ñ\u0082ÐµÐºÐ°.', 'Вчера в городе открылась новая библиотека.'],
  ['Russian, UTF-8 read twice (Windows-1252)', 'Ã\u0090â€™Ã‘â€¡Ã\u0090ÂµÃ‘â‚¬Ã\u0090Â° Ã\u0090Â² Ã\u0090Â³Ã\u0090Â¾Ã‘â‚¬Ã\u0090Â¾Ã\u0090Â´Ã\u0090Âµ Ã\u0090Â¾Ã‘â€šÃ\u0090ÂºÃ‘â‚¬Ã‘â€¹Ã\u0090Â»Ã\u0090Â°Ã‘Â\u0081Ã‘Å’ Ã\u0090Â½Ã\u0090Â¾Ã\u0090Â²Ã\u0090Â°Ã‘Â\u008f Ã\u0090Â±Ã\u0090Â¸Ã\u0090Â±Ã\u0090Â»Ã\u0090Â¸Ã\u0090Â¾Ã‘â€šÃ\u0090ÂµÃ\u0090ÂºÃ\u0090Â°.', 'Вчера в городе открылась новая библиотека.'],
  ['Ukrainian, UTF-8 read as Windows-1252', 'ÐœÐ¸ Ñ—Ð´ÐµÐ¼Ð¾ Ð´Ð¾ Ð›ÑŒÐ²Ð¾Ð²Ð° Ñƒ Ð¿â€™Ñ\u008fÑ‚Ð½Ð¸Ñ†ÑŽ.', 'Ми їдемо до Львова у п’ятницю.'],
  ['Greek, UTF-8 read as Windows-1252', 'Î— Î²Î¹Î²Î»Î¹Î¿Î¸Î®ÎºÎ· Ï„Î·Ï‚ Ï€ÏŒÎ»Î·Ï‚ Î±Î½Î¿Î¯Î³ÎµÎ¹ Î¾Î±Î½Î¬ Î±Ï\u008dÏ\u0081Î¹Î¿.', 'Η βιβλιοθήκη της πόλης ανοίγει ξανά αύριο.'],
  ['Greek, UTF-8 read as Latin-1', 'Î\u0097 Î²Î¹Î²Î»Î¹Î¿Î¸Î®ÎºÎ· Ï\u0084Î·Ï\u0082 Ï\u0080Ï\u008cÎ»Î·Ï\u0082 Î±Î½Î¿Î¯Î³ÎµÎ¹ Î¾Î±Î½Î¬ Î±Ï\u008dÏ\u0081Î¹Î¿.', 'Η βιβλιοθήκη της πόλης ανοίγει ξανά αύριο.'],
  ['Greek, UTF-8 read twice (Windows-1252)', 'ÃŽâ€” ÃŽÂ²ÃŽÂ¹ÃŽÂ²ÃŽÂ»ÃŽÂ¹ÃŽÂ¿ÃŽÂ¸ÃŽÂ®ÃŽÂºÃŽÂ· Ã\u008fâ€žÃŽÂ·Ã\u008fâ€š Ã\u008fâ‚¬Ã\u008fÅ’ÃŽÂ»ÃŽÂ·Ã\u008fâ€š ÃŽÂ±ÃŽÂ½ÃŽÂ¿ÃŽÂ¯ÃŽÂ³ÃŽÂµÃŽÂ¹ ÃŽÂ¾ÃŽÂ±ÃŽÂ½ÃŽÂ¬ ÃŽÂ±Ã\u008fÂ\u008dÃ\u008fÂ\u0081ÃŽÂ¹ÃŽÂ¿.', 'Η βιβλιοθήκη της πόλης ανοίγει ξανά αύριο.'],
  ['Hebrew, UTF-8 read as Windows-1252', '×©×œ×•×\u009d ×œ×›×•×œ×\u009d ×ž×”×¢×™×¨', 'שלום לכולם מהעיר'],
  ['Arabic, UTF-8 read as Windows-1252', 'Ù…Ø±Ø\u00adØ¨Ø§ Ø¨ÙƒÙ… Ù\u0081ÙŠ Ø§Ù„Ù…Ø¯ÙŠÙ†Ø©', 'مرحبا بكم في المدينة'],
  ['Arabic, UTF-8 read as Latin-1', 'Ù\u0085Ø±Ø\u00adØ¨Ø§ Ø¨Ù\u0083Ù\u0085 Ù\u0081Ù\u008a Ø§Ù\u0084Ù\u0085Ø¯Ù\u008aÙ\u0086Ø©', 'مرحبا بكم في المدينة'],
  ['Chinese, UTF-8 read as Windows-1252', 'ä»Šå¤©ä¸‹å\u008dˆå›¾ä¹¦é¦†é‡\u008dæ–°å¼€æ”¾ã€‚', '今天下午图书馆重新开放。'],
  ['Chinese, UTF-8 read as Latin-1', 'ä»\u008aå¤©ä¸\u008bå\u008d\u0088å\u009b¾ä¹¦é¦\u0086é\u0087\u008dæ\u0096°å¼\u0080æ\u0094¾ã\u0080\u0082', '今天下午图书馆重新开放。'],
  ['Chinese, UTF-8 read twice (Windows-1252)', 'Ã¤Â»Å\u00a0Ã¥Â¤Â©Ã¤Â¸â€¹Ã¥Â\u008dË†Ã¥â€ºÂ¾Ã¤Â¹Â¦Ã©Â¦â€\u00a0Ã©â€¡Â\u008dÃ¦â€“Â°Ã¥Â¼â‚¬Ã¦â€\u009dÂ¾Ã£â‚¬â€š', '今天下午图书馆重新开放。'],
  ['Japanese, UTF-8 read as Windows-1252', 'æ\u009d±äº¬ã\u0081®å¤©æ°—ã\u0081¯æ™´ã‚Œã\u0081§ã\u0081™ã€‚', '東京の天気は晴れです。'],
  ['Korean, UTF-8 read as Windows-1252', 'ì„œìš¸ì—\u0090 ë¹„ê°€ ì˜µë‹ˆë‹¤.', '서울에 비가 옵니다.'],
  ['Emoji, UTF-8 read as Windows-1252', 'Great news ðŸŽ‰ see you soon ðŸ‘‹', 'Great news 🎉 see you soon 👋'],
  ['Emoji, UTF-8 read as Latin-1', 'Great news ð\u009f\u008e\u0089 see you soon ð\u009f\u0091\u008b', 'Great news 🎉 see you soon 👋'],
  ['Emoji ZWJ, UTF-8 read as Windows-1252', 'Our team ðŸ‘©â€\u008dðŸ’»ðŸ‘¨â€\u008dðŸ”¬ shipped it â\u009d¤ï¸\u008f', 'Our team 👩\u200d💻👨\u200d🔬 shipped it ❤️'],
  ['Emoji ZWJ, UTF-8 read twice (Windows-1252)', 'Our team Ã°Å¸â€˜Â©Ã¢â‚¬Â\u008dÃ°Å¸â€™Â»Ã°Å¸â€˜Â¨Ã¢â‚¬Â\u008dÃ°Å¸â€\u009dÂ¬ shipped it Ã¢Â\u009dÂ¤Ã¯Â¸Â\u008f', 'Our team 👩\u200d💻👨\u200d🔬 shipped it ❤️'],
  ['Punctuation, UTF-8 read as Windows-1252', 'She said â€œdonâ€™tâ€\u009d â€” and leftâ€¦', 'She said “don’t” — and left…'],
  ['Punctuation, UTF-8 read as Latin-1', 'She said â\u0080\u009cdonâ\u0080\u0099tâ\u0080\u009d â\u0080\u0094 and leftâ\u0080¦', 'She said “don’t” — and left…'],
  ['Punctuation, UTF-8 read twice (Windows-1252)', 'She said Ã¢â‚¬Å“donÃ¢â‚¬â„¢tÃ¢â‚¬Â\u009d Ã¢â‚¬â€\u009d and leftÃ¢â‚¬Â¦', 'She said “don’t” — and left…'],
  ['Punctuation, UTF-8 read three times (Windows-1252)', 'She said ÃƒÂ¢Ã¢â€šÂ¬Ã…â€œdonÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢tÃƒÂ¢Ã¢â€šÂ¬Ã‚Â\u009d ÃƒÂ¢Ã¢â€šÂ¬Ã¢â‚¬Â\u009d and leftÃƒÂ¢Ã¢â€šÂ¬Ã‚Â¦', 'She said “don’t” — and left…'],
  ['Mixed, UTF-8 read as Windows-1252', 'Prices: 5 â‚¬ or Â£4 â€” cafÃ© Â©2024', 'Prices: 5 € or £4 — café ©2024'],

]

// Correct NFC text that must come back byte-identical.
const correct: Array<[string, string]> = [
  ['Latin with diacritics', 'Le café de la gare ouvre à sept heures, même le dimanche : un chef-d’œuvre.'],
  ['German', 'Die Straßenbahn fährt über die Brücke nach Köln. „Das ist groß“, sagt sie.'],
  ['German capitals', '„GROß“ und «ÜBER» im Titel'],
  ['Spanish', '¿Dónde está el niño? ¡Mañana habrá sol en Málaga! ESPAÑA…'],
  ['Portuguese capitals', 'A IRMÃ» e o AMANHÃ” de SÃO PAULO'],
  ['Vietnamese capitals', 'ĐÃ” và NGÃ» trong tiêu đề, thời tiết hôm nay đẹp.'],
  ['Italian capitals', '«COSÌ» disse, e «PERCHÉ»? Però la città è già così bella.'],
  ['French guillemets with no-break spaces', 'Il a dit « oui » et 10 km plus loin « non ».'],
  ['Polish and Czech', 'Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.'],
  ['Turkish and Romanian', 'İstanbul’da ağır bir kış; în școală și țară.'],
  ['Icelandic and Danish', 'Það er gott. Øl på Ærø og æbler.'],
  ['Cyrillic', 'Вчера в городе открылась новая библиотека. Ми їдемо до Львова у п’ятницю.'],
  ['Greek', 'Η βιβλιοθήκη της πόλης ανοίγει ξανά αύριο.'],
  ['Chinese', '今天下午图书馆重新开放。'],
  ['Japanese', '東京の天気は晴れです。カタカナとひらがな。'],
  ['Korean', '서울에 비가 옵니다.'],
  ['Arabic', 'مرحبا بكم في المدينة، هل أنتم بخير؟'],
  ['Persian with zero-width non-joiners', 'من می‌خواهم کتاب‌ها را بخوانم.'],
  ['Hebrew with a right-to-left mark', 'שלום לכולם מהעיר (עברית)‏'],
  ['Hindi with a joiner after a virama', 'क्‍ष और हिन्दी भाषा'],
  ['Thai', 'ภาษาไทยวันนี้อากาศดี'],
  ['Emoji sequences with joiners', 'Our team 👩‍💻👨‍🔬 shipped it ❤️ 🏃🏽‍♀️ 🏳️‍🌈 👨‍👩‍👧‍👦'],
  ['Math with < and >', 'If a < b > c then x<y and 3 > 2; List<Label> and Vec<u8>; if a<b and c>d.'],
  ['Math symbols', '∀x ∈ ℝ: x² ≥ 0, 3×4 = 12, ½ + ¼ = ¾, 90° and ±5%.'],
  ['Currencies and marks', 'Prices: 5 €, £4, ¥100, ©2024 ACME™, §3 ¶2.'],
  ['Ampersands that are not entities', 'R&D, AT&T, Q&A, a&b; ?a=1&copy=2 and &foo; and &copy without semicolon.'],
  ['Angle-bracket titles', '<The Palace: Tale of a Drum> opens tonight.'],
  ['Quotes and dashes', 'She said “don’t” — and left… ‘OK’ – fine.']
]

describe('normalizeText: mojibake', () => {
  test('has enough cases', () => {
    expect(mojibake.length).toBeGreaterThanOrEqual(20)
  })

  for (const [name, broken, original] of mojibake) {
    test(name, () => {
      expect(broken).not.toBe(original)
      const result = normalize(broken)
      expect(result.text).toBe(original)
      expect(result.rules).toContain('fix-mojibake')
    })
  }

  test('a no-break space that became a space: "Ã " and "Â "', () => {
    expect(normalize('Il est allÃ© Ã  Paris.').text).toBe('Il est allé à Paris.')
    expect(normalize('It ended.Â The next one began.').text).toBe('It ended. The next one began.')
  })

  test('a mojibake span next to correct text in the same block', () => {
    expect(normalize('café and donâ€™t').text).toBe('café and don’t')
  })

  test('decomposed text read as Windows-1252', () => {
    expect(normalize('cafe\u00cc\u0081 noir').text).toBe('café noir')
  })

  test('weak spans stay without evidence, go with it', () => {
    // "Ñ…" is "х" only when the text shows other mojibake.
    expect(normalize('ESPAÑ… and more').text).toBe('ESPAÑ… and more')
    expect(normalize('Ð¡Ñ…ÐµÐ¼Ð°').text).toBe('Схема')
  })
})

describe('normalizeText: correct text stays byte-identical', () => {
  test('has enough cases', () => {
    expect(correct.length).toBeGreaterThanOrEqual(20)
  })

  for (const [name, text] of correct) {
    test(name, () => {
      expect(text.normalize('NFC')).toBe(text)
      const result = normalize(text)
      expect(result.text).toBe(text)
      expect(result.file.messages).toEqual([])
    })
  }

  test('property: text in many scripts is left alone', () => {
    const pick = (chars: string) => fc.constantFrom(...[...chars])
    const letters = (chars: string, maxLength: number) => fc.array(pick(chars), {minLength: 1, maxLength}).map((d) => d.join(''))
    // Real words for Latin scripts (random Latin-1 letters would spell
    // mojibake now and then: "ÃŸ"), as written and in capitals.
    const latin = (
      'café crème été où déjà œuvre cœur naïve Noël Ærø øl på ångström straße Größe über Köln Mädchen fährt ' +
      'niño mañana ¿dónde está? ¡sí! acción coração não irmã amanhã São Paulo João pão ' +
      'città però così perché Příliš žluťoučký kůň úpěl ďábelské ódy úžina Zażółć gęślą jaźń Łódź ' +
      'İstanbul ağır kış şehir țară școală în Það þorp ðe Thời tiết hôm nay đẹp ĐÃ NGÃ Việt Nam ' +
      'Ελλάδα Москва rôle forêt Ça Éric Ålesund Øresund ÎLE Œuvre'
    ).split(' ')
    const words = [
      fc.constantFrom(...latin),
      fc.constantFrom(...latin).map((d) => d.toUpperCase()),
      letters('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 10),
      letters('абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯіїєґ', 10),
      letters('αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ', 10),
      letters('的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年图书馆东京天気晴', 8),
      letters('ابتثجحخدذرسشصضطظعغفقكلمنهوي', 8),
      // Persian words with a zero-width non-joiner: "می‌خواهم".
      fc.tuple(letters('پچژکگیابت', 4), letters('پچژکگیابت', 4)).map(([a, b]) => a + '\u200c' + b),
      letters('אבגדהוזחטיכלמנסעפצקרשת', 8),
      fc.constantFrom('👩‍💻', '🏃🏽‍♀️', '❤️', '🎉', '👨‍👩‍👧‍👦', '😀', 'a<b', 'x > y', '3×4', '½', '∑', '10\u00a0km', '&', 'R&D', '©', '°C', '€5', '£3'),
      letters('0123456789', 6)
    ]
    const word = fc.oneof(...words)
    const separator = fc.constantFrom(' ', ', ', '. ', '; ', ' — ', ' « ', ' » ', ' “', '” ', '’', ' (', ') ', '… ', ' – ', ': ')
    const text = fc
      .tuple(word, fc.array(fc.tuple(separator, word), {maxLength: 20}))
      .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''))
      .filter((d) => d.normalize('NFC') === d)

    fc.assert(
      fc.property(text, (value) => {
        expect(normalize(value).text).toBe(value)
      }),
      {numRuns: 1000}
    )
  })
})

describe('normalizeText: entities', () => {
  const cases: Array<[string, string]> = [
    ['caf&eacute; cr&egrave;me', 'café crème'],
    ['don&#8217;t', 'don’t'],
    ['smile &#x1F600;', 'smile 😀'],
    ['AT&amp;T', 'AT&T'],
    ['escaped twice: don&amp;#8217;t', 'escaped twice: don’t'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&lt;b&gt; is a tag', '<b> is a tag'],
    ['&foo; stays', '&foo; stays'],
    ['&copy without a semicolon stays', '&copy without a semicolon stays'],
    ['?a=1&copy=2', '?a=1&copy=2']
  ]
  for (const [input, output] of cases) {
    test(input, () => {
      const result = normalize(input)
      expect(result.text).toBe(output)
      expect(result.rules.includes('decode-entities')).toBe(input !== output)
    })
  }

  test('an escaped tag is text, not markup', () => {
    expect(normalize('Use the &lt;br&gt; element').text).toBe('Use the <br> element')
  })
})

describe('normalizeText: markup', () => {
  const cases: Array<[string, string]> = [
    ['First line<br>second line', 'First line second line'],
    ['First<br/>second<BR />third', 'First second third'],
    ['<span class="x">Hello</span> world', 'Hello world'],
    ['Some <b>bold</b> and <i>italic</i> text', 'Some bold and italic text'],
    ['<p>Paragraph text</p>', 'Paragraph text'],
    ['<p>Paragraph text', 'Paragraph text'],
    ['Before <!-- a comment with <b> inside --> after', 'Before after'],
    ['Text <a href="https://example.com/x?a=1&b=2" rel=\'nofollow\'>link</a>.', 'Text link.'],
    ['Lead <script>var a = 1 < 2;</script>follow', 'Lead follow'],
    ['Photo <img src="a.png" alt="A cat"> caption', 'Photo caption'],
    ['Word exported<o:p></o:p>', 'Word exported'],
    ['a < b > c', 'a < b > c'],
    ['x<y', 'x<y'],
    ['a<b>c', 'a<b>c'],
    ['if a<b and c>d', 'if a<b and c>d'],
    ['List<Label> and Map<Source>', 'List<Label> and Map<Source>'],
    ['Vec<u8>', 'Vec<u8>'],
    ['<The Palace: Tale of a Drum>', '<The Palace: Tale of a Drum>'],
    ['an unclosed <!-- comment', 'an unclosed <!-- comment']
  ]
  for (const [input, output] of cases) {
    test(input, () => {
      const result = normalize(input)
      expect(result.text).toBe(output)
      expect(result.rules.includes('strip-markup')).toBe(input !== output)
    })
  }

  test('stripped markup is recorded with its place in the input', () => {
    const {tree} = normalize('Title\n\nSome <b>bold</b> text')
    const block = tree.children[1]
    expect(block.value).toBe('Some bold text')
    expect(block.data.stripped).toEqual([
      {text: '<b>', rule: 'strip-markup', position: {start: {line: 3, column: 6, offset: 12}, end: {line: 3, column: 9, offset: 15}}},
      {text: '</b>', rule: 'strip-markup', position: {start: {line: 3, column: 13, offset: 19}, end: {line: 3, column: 17, offset: 23}}}
    ])
    expect(block.position).toEqual({start: {line: 3, column: 1, offset: 7}, end: {line: 3, column: 22, offset: 28}})
  })

  test('image placeholders glued to the start of a paragraph are stripped and recorded', () => {
    const {tree, rules} = normalize('Title\n\n[ferry_3][ferry]The crews <b>repainted</b> the hull.\n\n[12]Timetables\n\n[photo] The caption\n\n[citation needed]Text')
    expect(tree.children.map((d) => d.value)).toEqual(['Title', 'The crews repainted the hull.', 'Timetables', '[photo] The caption', '[citation needed]Text'])
    expect(tree.children[1].data.stripped).toEqual([
      {text: '<b>', rule: 'strip-markup', position: {start: {line: 3, column: 27, offset: 33}, end: {line: 3, column: 30, offset: 36}}},
      {text: '</b>', rule: 'strip-markup', position: {start: {line: 3, column: 39, offset: 45}, end: {line: 3, column: 43, offset: 49}}},
      {text: '[ferry_3][ferry]', rule: 'strip-placeholder', position: {start: {line: 3, column: 1, offset: 7}, end: {line: 3, column: 17, offset: 23}}}
    ])
    expect(rules).toContain('strip-placeholder')
    expect(normalize('[12]Timetables', {markup: false}).values).toEqual(['[12]Timetables'])
  })

  test('a text browser’s placeholder for an image without text or a button before a block’s text is stripped and recorded', () => {
    const {tree, rules} = normalize('Title\n\n[IMG] Ferry crews vote to keep the late crossing\n\n(BUTTON) View comments\n\n[IMG]\n\n(BUTTON) (BUTTON)\n\nThe crews met (BUTTON) at dawn.')
    expect(tree.children.map((d) => d.value)).toEqual(['Title', 'Ferry crews vote to keep the late crossing', 'View comments', '[IMG]', '(BUTTON) (BUTTON)', 'The crews met (BUTTON) at dawn.'])
    expect(tree.children[2].data.stripped).toEqual([
      {text: '(BUTTON) ', rule: 'strip-placeholder', position: {start: {line: 5, column: 1, offset: 57}, end: {line: 5, column: 10, offset: 66}}}
    ])
    // (Placeholders alone stay, as an image's line: later steps weigh them.)
    expect(tree.children.map((d) => d.data.fate)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
    expect(rules).toContain('strip-placeholder')
    expect(normalize('(BUTTON) View comments', {markup: false}).values).toEqual(['(BUTTON) View comments'])
  })

  test('replacement characters alone on a line (what elinks writes for a character it cannot show) go', () => {
    const {tree, rules} = normalize('The crews met at dawn.\n\n                                       \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\n\nThey sailed at noon.\n\nCaf\uFFFD on the quay')
    expect(tree.children.map((d) => d.data.fate)).toEqual([undefined, 'removed', undefined, undefined])
    expect(tree.children[1].data.rule).toBe('strip-placeholder')
    // (Inside text, a replacement character stays: the word around it is text.)
    expect(tree.children[3].value).toBe('Caf\uFFFD on the quay')
    expect(rules).toContain('strip-placeholder')
  })

  test('an image’s text written twice by a text browser goes, alone or glued to the paragraph', () => {
    const {tree, rules} = normalize('Title\n\nShy owlShy owl\n\nAna RuizAna RuizIf we have not met, I run the harbour office.\n\nHarbour view Harbour view Harbour view\n\nWalla Walla\n\nNew York New York')
    expect(tree.children.map((d) => d.data.fate)).toEqual([undefined, 'removed', undefined, 'removed', undefined, undefined])
    expect(tree.children[1].data.rule).toBe('strip-placeholder')
    expect(tree.children[2].value).toBe('If we have not met, I run the harbour office.')
    expect(tree.children[2].data.stripped).toEqual([
      {text: 'Ana RuizAna Ruiz', rule: 'strip-placeholder', position: {start: {line: 5, column: 1, offset: 23}, end: {line: 5, column: 17, offset: 39}}}
    ])
    expect(tree.children.slice(4).map((d) => d.value)).toEqual(['Walla Walla', 'New York New York'])
    expect(rules).toContain('strip-placeholder')
  })

  test('a block of markup only is removed as a whole', () => {
    const {tree} = normalize('Text\n<img src="pixel.gif" width="1">\nMore text')
    expect(tree.children.map((d) => d.data.fate)).toEqual([undefined, 'removed', undefined])
    expect(tree.children[1].data.rule).toBe('strip-markup')
    expect(tree.children[1].value).toBe('<img src="pixel.gif" width="1">')
  })
})

describe('normalizeText: invisible characters', () => {
  const cases: Array<[string, string, string]> = [
    ['zero-width space', 'zero\u200bwidth', 'zerowidth'],
    ['soft hyphen inside a word', 'infor\u00admation', 'information'],
    ['soft hyphen next to a space (harmless)', 'US \u00adforces', 'US \u00adforces'],
    ['byte order mark', 'Title\ufeff text', 'Title text'],
    ['word joiner', 'a\u2060b', 'ab'],
    ['C0 control', 'bell\u0007 here', 'bell here'],
    ['form feed is white space', 'one\u000ctwo', 'one two'],
    ['C1 control', 'stray\u0090 control', 'stray control'],
    ['joiner in Latin text', 'Auf\u200dlage', 'Auflage'],
    ['non-joiner in Latin text', 'Auf\u200clage', 'Auflage'],
    ['joiner in an emoji sequence', 'coder 👩\u200d💻', 'coder 👩\u200d💻'],
    ['joiner after a skin tone and before a sign', 'runner 🏃🏽\u200d♀️', 'runner 🏃🏽\u200d♀️'],
    ['joiner after an emoji, before a letter', 'x 😀\u200dabc', 'x 😀abc'],
    ['non-joiner between Persian letters', 'می\u200cخواهم', 'می\u200cخواهم'],
    ['non-joiner at the end of a Persian word', 'می\u200c خواهم', 'می خواهم'],
    ['joiner after a Devanagari virama', 'क्\u200dष', 'क्\u200dष'],
    ['right-to-left mark in Hebrew text', 'שלום (עברית)\u200f', 'שלום (עברית)\u200f'],
    ['right-to-left mark in English text', 'Hello\u200f world', 'Hello world'],
    ['bidi embedding in English text', '\u202aHello\u202c world', 'Hello world'],
    ['bidi isolate in Arabic text', 'مرحبا \u2068abc\u2069', 'مرحبا \u2068abc\u2069']
  ]
  for (const [name, input, output] of cases) {
    test(name, () => {
      const result = normalize(input)
      expect(result.text).toBe(output)
      expect(result.rules.includes('remove-invisible')).toBe(input !== output)
    })
  }

  test('a line of invisible characters only is left to later steps', () => {
    const {tree, file} = normalize('First\n\n\u200b\n\nSecond')
    expect(tree.children.map((d) => d.value)).toEqual(['First', '\u200b', 'Second'])
    expect(tree.children[1].data.fate).toBe(undefined)
    expect(file.messages).toEqual([])
  })
})

describe('normalizeText: spaces', () => {
  test('folds runs of spaces and no-break spaces inside a block', () => {
    expect(normalize('one  two\u00a0\u00a0three \u00a0 four').text).toBe('one two three four')
  })

  test('keeps a single no-break space and tabs', () => {
    expect(normalize('10\u00a0km\tand\tmore').text).toBe('10\u00a0km\tand\tmore')
  })

  test('keeps the line structure: one block per line, positions unchanged', () => {
    const input = 'First  line\nsecond   line\n\nthird    line'
    const before = textToTree(input)
    const {tree} = normalize(input)
    expect(tree.children.map((d) => d.value)).toEqual(['First line', 'second line', 'third line'])
    expect(tree.children.map((d) => d.position)).toEqual(before.children.map((d) => d.position))
  })

  test('leaves preformatted blocks alone', () => {
    const tree = textToTree('code  with   spaces')
    tree.children[0].data.kind = 'preformatted'
    const file = new VFile('code  with   spaces')
    normalizeText()(tree, file)
    expect(tree.children[0].value).toBe('code  with   spaces')
  })
})

describe('normalizeText: Unicode form', () => {
  test('NFC by default', () => {
    const result = normalize('cafe\u0301')
    expect(result.text).toBe('café')
    expect(result.rules).toEqual(['normalize-unicode'])
  })

  test('the code units skipped by the cheap test are stable under NFC', () => {
    const unstable: string[] = []
    for (let code = 0x300; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCharCode(code)
      const mark = /\p{M}/u.test(char) && !(code >= 0xfe00 && code <= 0xfe0f)
      if (nfcStable(code) && (mark || char.normalize('NFC') !== char)) unstable.push(code.toString(16))
    }
    expect(unstable).toEqual([])
  })

  test('composes after mojibake and entities', () => {
    expect(normalize('cafe&#769;').text).toBe('café')
  })

  test('another form', () => {
    expect(normalize('café', {form: 'NFD'}).text).toBe('cafe\u0301')
    expect(normalize('ﬁne ①', {form: 'NFKC'}).text).toBe('fine 1')
  })

  test('`form: false` keeps the form', () => {
    expect(normalize('cafe\u0301', {form: false}).text).toBe('cafe\u0301')
  })
})

describe('normalizeText: hostile input', () => {
  // Each would take minutes if a step were quadratic (the test timeout guards).
  test('long lines of near-markup, unclosed elements and runs', () => {
    expect(normalize('<script>'.repeat(50_000)).text).toBe('<script>'.repeat(50_000))
    expect(normalize('<!-- '.repeat(50_000)).text).toBe('<!-- '.repeat(50_000).trim())
    expect(normalize('<a x=y'.repeat(50_000)).text).toBe('<a x=y'.repeat(50_000))
    expect(normalize('a<b '.repeat(50_000)).text).toBe('a<b '.repeat(50_000).trim())
    // The first bare tag opens the line, so it is markup; the others have no end tag.
    expect(normalize('<b>x '.repeat(50_000)).text).toBe(('x ' + '<b>x '.repeat(49_999)).trim())
    expect(normalize('x' + ' '.repeat(100_000) + 'y').text).toBe('x y')
    expect(normalize('&amp'.repeat(50_000)).text).toBe('&amp'.repeat(50_000))
  })

  test('long lines of mojibake and joiners', () => {
    expect(normalize('Ã©'.repeat(100_000)).text).toBe('é'.repeat(100_000))
    expect(normalize('ÐŸÑ€Ð¸Ð²ÐµÑ‚ '.repeat(20_000)).text).toBe('Привет '.repeat(20_000).trim())
    // Isolated weak spans and nothing else: no evidence, left alone.
    expect(normalize('Ð¸ '.repeat(50_000)).text).toBe('Ð¸ '.repeat(50_000).trim())
    expect(normalize('👩\u200d'.repeat(50_000)).text).toBe('👩\u200d'.repeat(49_999) + '👩')
  })
})

describe('normalizeText: options and messages', () => {
  const input = 'caf&eacute;  <b>x</b> donâ€™t zero\u200bwidth cafe\u0301'

  test('all fixes, one message per rule, in order, spanning first to last block', () => {
    const result = normalize(input + '\n' + input)
    expect(result.values).toEqual(['café x don’t zerowidth café', 'café x don’t zerowidth café'])
    expect(result.rules).toEqual(['strip-markup', 'decode-entities', 'fix-mojibake', 'remove-invisible', 'fold-spaces', 'normalize-unicode'])
    const messages = result.file.messages
    expect(messages.every((d) => d.source === 'unscrape' && !d.fatal)).toBe(true)
    expect(String(messages[0])).toMatch(/^1:1-2:\d+: Stripped 4 pieces of markup in 2 blocks$/)
    expect(messages[2].reason).toBe('Repaired 2 mojibake sequences in 2 blocks')
  })

  test('each fix can be turned off', () => {
    expect(normalize(input, {markup: false}).text).toContain('<b>')
    expect(normalize(input, {entities: false}).text).toContain('&eacute;')
    expect(normalize(input, {mojibake: false}).text).toContain('â€™')
    expect(normalize(input, {invisible: false}).text).toContain('\u200b')
    expect(normalize(input, {spaces: false}).text).toContain('  ')
    expect(normalize(input, {form: false}).text).toContain('e\u0301')
  })

  test('invalid options throw', () => {
    // @ts-expect-error: invalid on purpose.
    expect(() => normalizeText({entities: 'yes'})).toThrow(TypeError)
    // @ts-expect-error: invalid on purpose.
    expect(() => normalizeText({form: 'NFX'})).toThrow(TypeError)
  })

  test('text with nothing to fix is not touched', () => {
    const result = normalize('Plain text, nothing to do.\nAnother line.')
    expect(result.values).toEqual(['Plain text, nothing to do.', 'Another line.'])
    expect(result.file.messages).toEqual([])
  })
})
