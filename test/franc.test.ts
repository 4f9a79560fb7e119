import fc from 'fast-check'
import {franc as francMin} from 'franc-min'
import {describe, expect, test} from 'vitest'
import {franc} from '../src/features/franc.js'

// Invented sentences in several scripts and languages.
const samples = [
  'The ferry to the island was late again this morning, and the council promised a new timetable before the summer.',
  'El ayuntamiento prometió un nuevo horario para el transbordador antes del verano, después de otro retraso.',
  'A câmara municipal prometeu um novo horário para a balsa antes do verão, depois de mais um atraso.',
  'La mairie a promis un nouvel horaire pour le bac avant l’été, après un nouveau retard ce matin.',
  'Die Gemeinde versprach vor dem Sommer einen neuen Fahrplan für die Fähre, nach einer weiteren Verspätung.',
  'Il comune ha promesso un nuovo orario per il traghetto prima dell’estate, dopo un altro ritardo.',
  'Городской совет пообещал новое расписание парома до лета после очередной задержки утром.',
  '市議会は夏までにフェリーの新しい時刻表を約束しました。今朝もまた遅れました。',
  '시의회는 여름 전에 여객선의 새로운 시간표를 약속했습니다. 오늘 아침에도 늦었습니다.',
  '市议会承诺在夏天之前为渡轮制定新的时刻表，今天早上渡轮又晚点了。',
  'Το δημοτικό συμβούλιο υποσχέθηκε νέο πρόγραμμα για το πλοίο πριν από το καλοκαίρι.',
  'وعد المجلس البلدي بجدول زمني جديد للعبارة قبل الصيف بعد تأخير آخر هذا الصباح.',
  'İstanbul’da belediye, yazdan önce feribot için yeni bir tarife sözü verdi.',
  'Emoji 🚢⛴️ and rare Han 𠀀𠀁 with the ferry timetable, 2024-05-01 12:30!',
  '12345 67890 !!! ??? ... ---',
  ''
]

describe('franc (fast re-implementation)', () => {
  test('gives franc-min’s answer on sample sentences, with both minimum lengths', () => {
    for (const sample of samples) {
      for (const minLength of [10, 20]) {
        expect(franc(sample, minLength), sample).toBe(francMin(sample, {minLength}))
      }
      // Longer than franc’s 2,048-character window.
      const long = (sample + ' ').repeat(40)
      expect(franc(long, 20)).toBe(francMin(long, {minLength: 20}))
    }
  })

  test('gives franc-min’s answer on generated text mixing scripts', () => {
    const pieces = fc.constantFrom(
      ...samples.flatMap((sample) => sample.split(' ')),
      ' ', '\n', '\t', '  ', 'the', 'der', 'и', '的', 'の', '\uD83D', '\uDE00', 'İ', 'ǅ', '\u00A0', '3', '-'
    )
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 400}), fc.constantFrom(1, 10, 20), (parts, minLength) => {
        const text = parts.join(' ')
        expect(franc(text, minLength)).toBe(francMin(text, {minLength}))
      }),
      {numRuns: 300}
    )
  })

  test('gives franc-min’s answer on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
        expect(franc(text, 10)).toBe(francMin(text, {minLength: 10}))
      }),
      {numRuns: 300}
    )
  })
})
