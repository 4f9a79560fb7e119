import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {computeFeatures} from '../src/features/block.js'
import {voteLanguage} from '../src/features/language.js'
import {stopwordsFor} from '../src/features/stopwords.js'
import {cleanup, detectLanguage, removeBoilerplate, textToTree} from '../src/index.js'

// An invented page: menu, headline, byline, article, share row, comments.
const page = [
  'Home', '', 'World', '', 'Sport', '', 'Culture', '', 'Sign in', '',
  'Ferry crews on the northern island demand a new winter timetable', '',
  'By Ana Ruiz', '', 'Nov 15, 2026 5:45 AM', '',
  'The ferry crews of the northern island asked the council on Tuesday for a new winter timetable, saying that the last crossing of the day leaves far too early for the workers of the harbour.',
  '',
  'Photo: Harbour Office',
  '',
  'The council said it would study the request before the end of the month, and that the budget for the extra crossings could come from the tourist tax that was raised in the spring.',
  '',
  'Share on Facebook', '', 'Share on Twitter', '',
  'Leave a reply', '',
  'Marta says:', '',
  'It is about time that somebody listened to the crews, they have been asking for this for years and nobody in the council ever answered their letters.',
  '',
  '© 2026 The Island Courier'
].join('\n')

describe('block features', () => {
  test('measure stop-word density with the language’s list', () => {
    const en = stopwordsFor('en')
    const text = computeFeatures('The crews asked the council for a new timetable.', en, 'en')
    const label = computeFeatures('Harbour Ferry Timetable', en, 'en')
    expect(text.stopDensity).toBeGreaterThan(0.3)
    expect(label.stopDensity).toBeLessThan(0.1)
    expect(text.terminal).toBe(true)
    expect(label.terminal).toBe(false)
    expect(label.capitals).toBe(1)
  })

  test('weigh CJK characters by script', () => {
    const ja = computeFeatures('東京都は今日、新しい計画を発表した。', stopwordsFor('ja'), 'ja')
    expect(ja.length).toBeGreaterThan(40)
    expect(ja.sentences).toBe(1)
    expect(ja.commas).toBe(1)
    expect(ja.stopDensity).toBeGreaterThan(0.2)
  })

  test('see links and empty shapes', () => {
    const none = stopwordsFor('und')
    expect(computeFeatures('https://example.org/a/b', none).linkLike).toBe(true)
    expect(computeFeatures('[photo_12.jpg]', none).linkLike).toBe(true)
    // A path from the site's root; a paragraph of addresses (share buttons), the last one's query ending in a dot.
    expect(computeFeatures('/news/2027/05/ferry-returns.php', none).linkLike).toBe(true)
    expect(computeFeatures('https://social.example/share?url=https://a.example/x\nhttps://pins.example/?d=Ferry%20returns.', none).linkLike).toBe(true)
    // Text, and an address and text.
    expect(computeFeatures('https://a.example/x has the timetable', none).linkLike).toBe(false)
    expect(computeFeatures('/news is where the timetable is', none).linkLike).toBe(false)
    expect(computeFeatures('| »', none).noLetters).toBe(true)
    expect(none.size).toBe(0)
  })
})

describe('voteLanguage', () => {
  test('votes by stop-words', () => {
    expect(voteLanguage('The crews of the island asked the council for a new timetable and it was not the first time.').language).toBe('en')
    expect(voteLanguage('Las tripulaciones de la isla pidieron al consejo un nuevo horario para el invierno y no es la primera vez.').language).toBe('es')
    expect(voteLanguage('Die Besatzungen der Insel haben den Rat um einen neuen Fahrplan gebeten, und das ist nicht das erste Mal.').language).toBe('de')
    expect(voteLanguage('Экипажи парома попросили совет о новом расписании, и это не в первый раз.').language).toBe('ru')
  })

  test('reads a word of Devanagari whole, its vowel signs with it: Hindi is no Marathi', () => {
    // (Cut at the vowel signs, "में" and "है" left bare letters that only Marathi's list has.)
    expect(voteLanguage('शहर की टीम ने कल रात के मैच में दो गोल से जीत हासिल की। कोच ने कहा कि खिलाड़ियों ने बहुत अनुशासन के साथ खेला और विरोधी टीम को कोई मौका नहीं दिया।').language).toBe('hi')
    expect(voteLanguage('मैंने पिछले हफ्ते काम के लिए नया लैपटॉप खरीदा और उसमें फिंगरप्रिंट लॉगिन सेट किया। पहले मुझे थोड़ा डर था, लेकिन यह बहुत आसान निकला।').language).toBe('hi')
    // Marathi stays Marathi.
    expect(voteLanguage('शहराच्या संघाने काल रात्री सामना जिंकला. प्रशिक्षक म्हणाले की खेळाडूंनी खूप शिस्तीने खेळ केला आणि त्यामुळे विरोधी संघाला संधी मिळाली नाही.').language).toBe('mr')
  })

  test('decides by script for CJK', () => {
    expect(voteLanguage('東京都は今日、新しい計画を発表した。').language).toBe('ja')
    expect(voteLanguage('서울시는 오늘 새로운 계획을 발표했다.').language).toBe('ko')
    expect(voteLanguage('北京市今天发布了新的计划。').language).toBe('zh')
  })

  test('says und without evidence', () => {
    expect(voteLanguage('').language).toBe('und')
    expect(voteLanguage('12 34 56').language).toBe('und')
  })
})

describe('detectLanguage', () => {
  test('what an earlier step removed does not vote: a text browser’s list of link targets', () => {
    const targets = Array.from({length: 40}, (_, k) => `   ${k + 1}. https://gazette.example/news/the-harbour-board-and-the-ferry-crews-${k}`)
    const text = [
      '   [1]Новости [2]Погода [3]Спорт [4]Культура',
      '',
      '   Экипажи парома попросили совет о новом расписании, и это не в первый раз.',
      '',
      'References',
      '',
      ...targets
    ].join('\n')
    expect(cleanup(text).language).toBe('ru')
  })

  test('encoded data does not vote: a block of base64 longer than the text', () => {
    // "url(data:image/png;base64,iVBOR…)": random letters, read as words, vote for the language with the most short stop-words.
    let seed = 7
    const bytes = Buffer.alloc(2400)
    for (let index = 0; index < bytes.length; index++) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      bytes[index] = seed >> 16
    }
    const text = [
      `url(data:image/png;base64,${bytes.toString('base64')})`,
      '',
      'Die Besatzungen der Insel haben den Rat um einen neuen Fahrplan gebeten, und das ist nicht das erste Mal, dass sie darum bitten.'
    ].join('\n')
    const tree = textToTree(text)
    unified().use(detectLanguage).runSync(tree, new VFile(text))
    expect(tree.data.language).toBe('de')
  })
})

describe('removeBoilerplate', () => {
  test('throws on a bad option', () => {
    expect(() => removeBoilerplate({minLength: -1})).toThrow(TypeError)
  })

  test('finds the article, the title, and reports each reason once per run', () => {
    const result = cleanup(page)
    expect(result.title).toBe('Ferry crews on the northern island demand a new winter timetable')
    expect(result.paragraphs).toEqual([
      'The ferry crews of the northern island asked the council on Tuesday for a new winter timetable, saying that the last crossing of the day leaves far too early for the workers of the harbour.',
      'The council said it would study the request before the end of the month, and that the budget for the extra crossings could come from the tourist tax that was raised in the spring.'
    ])
    const rules = result.removed.map((d) => d.rule)
    expect(rules).toContain('outside-article')
    expect(rules).toContain('caption')
    // The comments (after “Leave a reply”) are not the article.
    expect(result.body).not.toContain('about time')
    const messages = result.messages.filter((d) => d.ruleId === 'outside-article')
    expect(messages.length).toBe(result.removed.filter((d) => d.rule === 'outside-article').length)
  })

  test('keeps captions and bylines on request', () => {
    const result = cleanup(page, {boilerplate: {captions: true}})
    expect(result.paragraphs).toContain('Photo: Harbour Office')
  })

  test('calls to click in every supported language are boilerplate', () => {
    const article =
      'The ferry crews of the northern island asked the council on Tuesday for a new winter timetable, saying that the last crossing of the day leaves far too early for the workers of the harbour.'
    // (The article is English; the language is given, as a caller may.)
    const calls = [
      ['en', 'Click the image above to see the whole timetable of the winter season'],
      ['pt', 'Clique na imagem acima e veja o horário completo da temporada'],
      ['es', 'Haz clic en la imagen para ver el horario completo de la temporada'],
      ['fr', 'Cliquez ici pour voir tout le programme de la saison'],
      ['de', 'Klicken Sie hier, um den ganzen Fahrplan zu sehen'],
      ['it', 'Clicca qui per vedere tutto l’orario della stagione'],
      ['ru', 'Нажмите здесь, чтобы увидеть полное расписание']
    ]
    for (const [language, call] of calls) {
      const result = cleanup([article, call, article.replace('Tuesday', 'Friday')].join('\n\n'), {language})
      expect(result.body).not.toContain(call)
      expect(result.removed).toContainEqual(expect.objectContaining({text: call, rule: 'boilerplate-phrase'}))
    }
  })

  test('calls to share in every supported language are boilerplate', () => {
    const article =
      'The ferry crews of the northern island asked the council on Tuesday for a new winter timetable, saying that the last crossing of the day leaves far too early for the workers of the harbour.'
    const calls = [
      ['en', 'Share this on WhatsApp'],
      ['pt', 'Compartilhe isso no WhatsApp'],
      ['es', 'Comparte esto en WhatsApp'],
      ['fr', 'Partagez sur WhatsApp'],
      ['de', 'Teile dies auf WhatsApp'],
      ['it', 'Condividi questo su WhatsApp'],
      ['ru', 'Поделитесь в WhatsApp']
    ]
    for (const [language, call] of calls) {
      const result = cleanup([article, call, article.replace('Tuesday', 'Friday')].join('\n\n'), {language})
      expect(result.removed).toContainEqual(expect.objectContaining({text: call, rule: 'boilerplate-phrase'}))
    }
  })

  test('keeps a lone short paragraph', () => {
    expect(cleanup('The ferry leaves at noon.').body).toBe('The ferry leaves at noon.')
  })

  test('is the same when run twice', () => {
    const once = cleanup(page)
    const again = cleanup(once.body)
    expect(again.body).toBe(once.body)
  })
})
