import {describe, expect, test} from 'vitest'
import {cleanup} from '../src/index.js'

// Invented samples: small documents with little or no page around the article.
describe('removeBoilerplate on small inputs', () => {
  test('keeps the only paragraph before a “Know more” cue and its tag list', () => {
    const text = [
      'The harbour council met on Tuesday evening and agreed to extend the winter ferry timetable by two crossings, after the crews and several shop owners asked for a later departure so that workers could get home after their shifts.',
      '',
      'Know more',
      '',
      'ferries',
      '',
      'harbour',
      '',
      'winter timetable'
    ].join('\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([text.split('\n')[0]])
    expect(result.body).not.toContain('Know more')
    expect(result.removed.map((d) => d.rule)).not.toContain('outside-article')
  })

  test('keeps the only paragraph before a share row', () => {
    const paragraph =
      'Le conseil du port a décidé mardi soir de prolonger les horaires d’hiver du ferry, après que les équipages ont demandé un départ plus tardif pour les travailleurs du soir.'
    const result = cleanup([paragraph, '', 'Partager', '', 'Facebook', '', 'Twitter'].join('\n'))
    expect(result.paragraphs).toEqual([paragraph])
  })

  test('keeps every paragraph of a short text without boilerplate', () => {
    const paragraphs = [
      'The harbour council met on Tuesday evening and agreed to extend the winter ferry timetable.',
      'Crews had asked for a later departure so that workers could get home after their shifts.',
      'The first extra crossing leaves next Monday.'
    ]
    expect(cleanup(paragraphs.join('\n\n')).paragraphs).toEqual(paragraphs)
    expect(cleanup(paragraphs.slice(0, 2).join('\n\n')).paragraphs).toEqual(paragraphs.slice(0, 2))
  })

  test('keeps two short paragraphs', () => {
    const paragraphs = ['The harbour council met on Tuesday.', 'The crews were pleased.']
    const result = cleanup(paragraphs.join('\n\n'))
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.removed).toEqual([])
  })

  test('keeps a heading and two paragraphs', () => {
    const paragraphs = [
      'Later ferries for the winter',
      'The harbour council met on Tuesday evening and agreed to extend the winter ferry timetable.',
      'The first extra crossing leaves next Monday.'
    ]
    const result = cleanup(paragraphs.join('\n\n'))
    expect([result.title, ...result.paragraphs].filter(Boolean)).toEqual(paragraphs)
  })
})
