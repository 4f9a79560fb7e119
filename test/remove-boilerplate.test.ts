import {describe, expect, test} from 'vitest'
import {computeFeatures} from '../src/features/block.js'
import {stopwordsFor} from '../src/features/stopwords.js'
import {announcedCounts, holdsCue} from '../src/features/announcement.js'
import {cleanup} from '../src/index.js'
import {commentMeta} from '../src/features/comment-meta.js'
import {headlineShape, holdsSentenceEnd, isTagShape} from '../src/features/headline.js'
import {gatedPatterns} from '../src/transforms/remove-boilerplate.js'

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

  test('keeps the only paragraph of a page before “Know more”, its tags and related headlines', () => {
    const paragraph =
      'The harbour council met on Tuesday evening and agreed to extend the winter ferry timetable by two crossings, after the crews and several shop owners asked for a later departure so that workers could get home after their shifts.'
    const page = [
      'Home', 'News', 'Island', 'Sport', 'Culture', 'Sign in',
      'Later ferries for the winter', 'By Ana Ruiz', paragraph,
      'Know more', 'ferries', 'harbour', 'winter timetable',
      'Related stories', 'School boat gets a second deck', 'Fish market moves to the customs house', 'Storm closes the causeway for two days',
      '© 2026 The Island Courier'
    ].join('\n\n')
    const result = cleanup(page)
    expect(result.title).toBe('Later ferries for the winter')
    expect(result.paragraphs).toEqual([paragraph])
    expect(result.tags).toEqual(['ferries', 'harbour', 'winter timetable'])
  })

  test('a cue run together with its first tag (`textContent`) is a cue, not a paragraph of the article', () => {
    const first =
      'The harbour council met on Tuesday evening and agreed to extend the winter ferry timetable by two crossings, after the crews and several shop owners asked for a later departure.'
    const second =
      'The new crossings start in December. The council will look at the numbers again in spring and decide then whether the late boats stay for the summer season as well.'
    const card =
      'The council is now offering a deal on its season pass that is tailored to families who cross with children. Starting from forty crowns, you can build a family pass that covers every crossing of the winter and the first weeks of spring, with a discount on the night boats as well.'
    // "Related" + "harbour": the cue and the first tag link after it, glued.
    const result = cleanup([first, second, 'Related harbour', card].join('\n\n'))
    expect(result.paragraphs.slice(0, 2)).toEqual([first, second])
    expect(result.body).not.toContain('Related harbour')
    expect(result.removed.map((d) => d.text)).toContain('Related harbour')
    // A cue and a name in capitals is a heading of its own ("Related Harbour News" is no cue and its tag).
    expect(cleanup([first, second, 'Related Harbour News', card].join('\n\n')).body).toContain('Related Harbour News')
  })

  test('a row of Markdown links that hold most of its text is a row of cards, not article', () => {
    const first =
      'The harbour council met on Tuesday evening and agreed to extend the [winter ferry timetable](https://gazette.example/timetable) by two crossings, after the crews and several shop owners asked for a later departure.'
    const second =
      'The new crossings start in December. The council will look at the numbers again in spring and decide then whether the late boats stay for the summer season as well.'
    // html2text writes cards that are links around a headline and a summary as links that touch.
    const cards = [
      '[![](https://gazette.example/a.jpg)**Quay cafe stays open** _The owners say the cafe will stay open through the winter after all._](https://gazette.example/cafe)',
      '[![](https://gazette.example/b.jpg)**School boat gets a second deck** _The council voted to pay for the work before the spring term._](https://gazette.example/school-boat)',
      '[![](https://gazette.example/c.jpg)**Storm closes the causeway** _The road to the north quay stayed shut for two days last week._](https://gazette.example/storm)'
    ].join('')
    const third =
      'Ferry crews said they were ready. The first late boat leaves the quay at ten in the evening, and the last one comes back from the outer islands just after midnight.'
    const own = first.replace('[winter ferry timetable](https://gazette.example/timetable)', 'winter ferry timetable')
    // After the article, and inside it (a box of teasers between two paragraphs).
    expect(cleanup(['# Later ferries for the winter', first, second, cards].join('\n\n')).paragraphs).toEqual([own, second])
    const result = cleanup(['# Later ferries for the winter', first, cards, second, third].join('\n\n'))
    expect(result.paragraphs).toEqual([own, second, third])
    expect(result.removed.find((d) => d.text.startsWith('Quay cafe stays open'))?.rule).toBe('low-text-density')
    // Wrapped at 78 columns, as html2text writes it: the links of its lines add up.
    const wrapped = cards.replace(/(.{1,78})(?: |$)/g, '$1\n').trim()
    expect(wrapped.split('\n').length).toBeGreaterThan(5)
    expect(cleanup(['# Later ferries for the winter', first, wrapped, second, third].join('\n\n')).paragraphs).toEqual([own, second, third])
  })

  test('keeps the only paragraph before a share row', () => {
    const paragraph =
      'Le conseil du port a décidé mardi soir de prolonger les horaires d’hiver du ferry, après que les équipages ont demandé un départ plus tardif pour les travailleurs du soir.'
    const result = cleanup([paragraph, '', 'Partager', '', 'Facebook', '', 'Twitter'].join('\n'))
    expect(result.paragraphs).toEqual([paragraph])
  })

  test('removes a row of share buttons after its label in any language, keeps a line of contacts', () => {
    const story = 'The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the outer islands.\n\nCrews will train through the winter, and the first crossing is planned for March.\n\n'
    for (const row of ['Share: Facebook  Twitter', 'Share this: Facebook | Twitter | Email', 'Teilen: Facebook  Twitter  E-Mail', 'Facebook · WhatsApp · Telegram']) {
      const result = cleanup(story + row)
      expect(result.body).not.toContain('Facebook')
      expect(result.removed.some((d) => d.rule === 'boilerplate-phrase' && d.text.includes('Facebook'))).toBe(true)
    }
    const russian = 'Портовый совет в понедельник проголосовал за возвращение ночного парома между заливом и островами.\n\nЭкипажи начнут подготовку на следующей неделе, а первый рейс намечен на март.\n\n'
    expect(cleanup(russian + 'Поделиться: ВКонтакте  Telegram').body).not.toContain('ВКонтакте')
    const contact = 'Contact: Ilse Varga, harbour office, press@harbour.example'
    expect(cleanup(story + contact).body).toContain(contact)
  })

  test('removes an image’s text written twice and wrapped by a text browser', () => {
    const text = [
      'The harbour board voted on Monday to bring back the night ferry between Kestrel',
      'Bay and the outer islands, after a long winter without it. Crews will sail',
      'twice a week from the first of May.',
      '',
      'Stairs leading up to the old harbour quay at duskStairs leading up to the old',
      'harbour quay at dusk',
      '',
      'Islanders welcomed the vote. “We missed the boat,” said one of them, who has',
      'commuted by road since January and works at the fish market in Kestrel Bay',
      'every morning.'
    ].join('\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([
      'The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the outer islands, after a long winter without it. Crews will sail twice a week from the first of May.',
      'Islanders welcomed the vote. “We missed the boat,” said one of them, who has commuted by road since January and works at the fish market in Kestrel Bay every morning.'
    ])
    expect(result.removed.map((d) => d.rule)).toEqual(['repeated-line'])
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

  test('keeps the whole of an article alone, a long list of short lines inside it too (an extractor’s output)', () => {
    const intro = [
      'The harbour shop opened its winter sale on Tuesday, and the crews who work the night ferry were first in line when the doors opened at eight.',
      'Most of the gear the shop sells is for the boats, but this year it also has lamps, coats and boots for the people who wait on the quay.'
    ]
    const items = ['Harbour Lamp 3', 'Bright enough for the quay at night', 'Charges in two hours', 'Quay Coat', 'Warm down to minus ten', 'Charges in two hours', 'Deck Boots', 'Grip on a wet deck', 'Warm down to minus ten', 'Night Torch', 'Lights the pier end', 'Charges in two hours']
    const outro = [
      'The sale runs until the end of the month, the shop said, and the crews of the night ferry get a further tenth off everything on the shelves.',
      'Islanders who want to order by phone can call the shop on weekdays, and the goods come over on the next morning’s crossing at no extra cost.',
      'The shop has sold gear to the harbour for forty years, and its owner said the winter sale is the busiest week of the year by far.'
    ]
    const text = [...intro, ...items, ...outro].join('\n\n')
    const result = cleanup(text)
    expect(result.body).toContain(intro[0])
    expect(result.body).toContain(intro[1])
    expect(result.body).toContain('Harbour Lamp 3')
    expect(result.body).toContain(outro[2])
    // The same in a page: its menu shows the page, and the article is its densest run again.
    const paged = cleanup(['Menu', 'Home', 'News', 'Share on Facebook', ...intro, ...items, ...outro, 'Privacy policy'].join('\n\n'))
    expect(paged.body).toContain(outro[2])
    expect(paged.body).not.toContain('Share on Facebook')
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

// An invented page: article, then teasers of other articles, each a headline,
// a date the page repeats, and a summary paragraph.
const teaser = (headline: string, summary: string) => [headline, '', 'Nov 20, 2026', '', summary, '']
const teaserPage = [
  'Home', '', 'Harbour', '', 'Island', '',
  'Ferry crews win later winter crossings', '',
  'Nov 20, 2026', '',
  'The harbour council agreed on Tuesday evening to add two late crossings to the winter ferry timetable, after the crews asked for a departure that lets the evening shift get home.',
  '',
  'The first of the new crossings will leave the island at ten in the evening from next Monday, and the council said it would look at the numbers again in the spring.',
  '',
  'Share', '', 'Island', '', 'Ferries', '',
  ...teaser(
    'New lighthouse keeper starts in January',
    'The old lighthouse on the northern cape will have a keeper again from January, the first one since the light was automated more than twenty years ago, the trust said.'
  ),
  ...teaser(
    'School boat gets a second deck',
    'The small boat that takes the children of the outer islands to school is being rebuilt with a second deck, so that it can carry twice as many pupils in the bad weather of the winter.'
  ),
  ...teaser(
    'Fish market moves to the old customs house',
    'The fish market will move into the old customs house on the quay in the summer, after the council voted to spend the money that was left from the repair of the harbour wall.'
  ),
  ...teaser(
    'Storm closes the causeway for two days',
    'The causeway to the mainland was closed for two days this week when the storm pushed the sea over the road, and the council said it would raise the lowest part of it next year.'
  ),
  '© 2026 The Island Courier'
].join('\n')

describe('removeBoilerplate and teaser lists', () => {
  test('stops the article before teasers that stand between repeated lines', () => {
    const result = cleanup(teaserPage)
    expect(result.paragraphs).toHaveLength(2)
    expect(result.paragraphs[0]).toMatch(/^The harbour council agreed/)
    expect(result.paragraphs[1]).toMatch(/^The first of the new crossings/)
    expect(result.body).not.toContain('lighthouse')
  })

  test('stops the article before summaries cut short under their headlines', () => {
    const article = [
      'The harbour council agreed on Tuesday evening to add two late crossings to the winter ferry timetable, after the crews asked for a departure that lets the evening shift get home.',
      'The first of the new crossings will leave the island at ten in the evening from next Monday, and the council said it would look at the numbers again in the spring.',
      'The crews said they were pleased, but that they would keep asking for a boat on Sunday evenings as well, when most of the weekend visitors go back to the mainland.'
    ]
    const teasers = [
      'New lighthouse keeper starts in January',
      'The old lighthouse on the northern cape will have a keeper again from January, the first one since the light was automated more than twenty years ago, and the...',
      'School boat gets a second deck',
      'The small boat that takes the children of the outer islands to school is being rebuilt with a second deck, so that it can carry twice as many pupils in the bad…',
      'Fish market moves to the old customs house',
      'The fish market will move into the old customs house on the quay in the summer, after the council voted to spend the money that was left from the repair of […]',
      'Storm closes the causeway for two days',
      'The causeway to the mainland was closed for two days this week when the storm pushed the sea over the road, and the council said it would raise the lowest...'
    ]
    const result = cleanup([...article, 'Share', 'Tweet', ...teasers].join('\n\n'))
    expect(result.paragraphs).toEqual(article)
  })

  test('keeps paragraphs that images separate (a zero-width space, a placeholder)', () => {
    const paragraphs = [
      'The harbour council agreed on Tuesday evening to add two late crossings to the winter ferry timetable, after the crews asked for it.',
      'Crews had asked for a later departure for years, so that the workers of the evening shift could get home without waiting for the morning boat.',
      'The first of the new crossings will leave the island at ten in the evening from next Monday, and the council will look at the numbers in the spring.',
      'The shop owners of the quay said they would stay open later on the evenings of the new crossings.'
    ]
    const image = (n: number) => ['\u200B', '', `[IMG_20261120_${n}]`, '', '\u200B', '']
    const text = [
      'Menu', '', 'Home', '', 'News', '', 'Contact', '',
      paragraphs[0], '', ...image(1), paragraphs[1], '', ...image(2), paragraphs[2], '', ...image(3), paragraphs[3], '',
      'Share on Facebook', '', 'Share on Twitter'
    ].join('\n')
    expect(cleanup(text).paragraphs).toEqual(paragraphs)
    // Two placeholders on one line, glued or spaced (a lazy image and its own).
    for (const twice of ['[lazyload-p][IMG_20261120_4]', '[IMG_20261120_4] [IMG_20261120_5]']) {
      const result = cleanup(text.replace(paragraphs[3], twice + '\n\n' + paragraphs[3]))
      expect(result.paragraphs).toEqual(paragraphs)
      expect(result.removed.find((d) => d.text.includes(twice))?.rule).toBe('low-text-density')
    }
  })
})

describe('removeBoilerplate and copies', () => {
  test('drops a huge block that repeats the article in one piece', () => {
    const paragraphs = [
      'The harbour council agreed on Tuesday evening to add two late crossings to the winter ferry timetable, after the crews asked for a departure that lets the evening shift get home.',
      'Crews had asked for a later departure for years, so that the workers of the evening shift could get home without waiting for the first boat of the next morning.',
      'The first of the new crossings will leave the island at ten in the evening from next Monday, and the council will look at the numbers again in the spring.',
      'The shop owners of the quay said they would stay open later on the evenings of the new crossings, and the café by the pier will serve soup to the passengers.',
      'The crews said they were pleased, but that they would keep asking for a boat on Sunday evenings as well, when most of the weekend visitors go back to the mainland.',
      'The council said the cost of the two crossings would come from the tourist tax, which was raised in the spring after a long debate between the island’s two parties.',
      'A spokesman for the ferry company said the boats and the crews were ready, and that the company would publish the new timetable on its website by Friday.'
    ]
    const text = [
      'Menu', '', 'Home', '', 'News', '',
      ...paragraphs.flatMap((d) => [d, '']),
      'Share on Facebook', '', 'Share on Twitter', '',
      paragraphs.join(' ')
    ].join('\n')
    expect(cleanup(text).paragraphs).toEqual(paragraphs)
  })

  test('drops the later copy of a run of paragraphs the page shows twice', () => {
    const paragraphs = [
      'The harbour council agreed on Tuesday evening to add two late crossings to the winter ferry timetable, after the crews asked for a departure that lets the evening shift get home.',
      'Crews had asked for a later departure for years, so that the workers of the evening shift could get home without waiting for the first boat of the next morning.',
      'The first of the new crossings will leave the island at ten in the evening from next Monday, and the council will look at the numbers again in the spring.',
      'The shop owners of the quay said they would stay open later on the evenings of the new crossings, and the café by the pier will serve soup to the passengers.'
    ]
    // The article twice, one copy right after the other (a template that repeats its text), lines one newline apart.
    const text = ['Harbour Courier', 'Late ferries for the evening shift', ...paragraphs, '', ...paragraphs, '', 'Share on Facebook'].join('\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(paragraphs)
    // The copy is reported.
    expect(result.removed.some((d) => d.text.startsWith(paragraphs[0]) && d.text.endsWith(paragraphs[3]))).toBe(true)
    // Two paragraphs the page repeats are no copy of a run: a quote the article gives twice stays.
    const twice = [paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[0], paragraphs[3]]
    expect(cleanup(['Harbour Courier', ...twice].join('\n\n')).paragraphs).toEqual(twice)
  })
})

describe('removeBoilerplate at the start of the comments', () => {
  test('does not reach from the last paragraph over a comment cue to the sentence after it', () => {
    const article = [
      'The island choir will go on tour next summer for the first time in thirty years, with concerts in eight towns of the coast and two on the mainland.',
      'Tickets for all the concerts go on sale on Friday at the harbour office, and the choir said that children under twelve will get in for free.',
      'We are the choir of the island since 1952!'
    ]
    const text = [
      'Home', 'Music', 'Island', 'Sign in',
      ...article,
      'Join the discussion',
      'Nobody has written here yet, so be the first one.',
      'Search', '© 2026 The Island Courier'
    ].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual(article)
  })

  test('comments whose header opens their own paragraph start the comments', () => {
    // As a scraper that keeps only `<p>` elements writes them: header and comment in one paragraph.
    const article = [
      'Our harbour open thread gives readers a place to ask questions about the ferry service or anything else on their minds, in the comments below. As always, you can also write to the harbour office if you would rather talk in private.',
      'You can read our spring open thread here.'
    ]
    const comments = [
      'Mira Holm on March 3, 2027 at 6:15 pm said: Is there any news on the late ferry for the winter? The timetable on the board still shows the summer crossings, and the island schools would like to know before the term starts.',
      'Ana Ruiz on March 4, 2027 at 8:40 am said: Thanks for asking, Mira. The board meets next week and the winter timetable will be posted the day after the meeting.',
      'Ivo Marek on March 5, 2027 at 10:05 am said: Will the night crossing on Fridays stay? Many of us work late on the mainland and the bus does not wait for the last boat.'
    ]
    expect(cleanup([...article, ...comments].join('\n\n')).paragraphs).toEqual(article)
  })
})

describe('removeBoilerplate and the article’s own headings and rules', () => {
  const one =
    'The island choir will go on tour next summer for the first time in thirty years, with concerts in eight towns of the coast and two on the mainland.'
  const two =
    'Tickets for all the concerts go on sale on Friday at the harbour office, and the choir said that children under twelve will get in for free.'
  const three =
    'The choir has sixty members this year, the most since it was founded, and it rehearses twice a week in the old school hall by the harbour.'

  test('keeps a heading that a table of contents repeats outside the article', () => {
    const text = [
      'Home', 'Music', 'Island', 'Sign in',
      'In this article', '1. The tour', '2. The tickets',
      'Choir goes on tour',
      one, '2. The tickets', two, three,
      'Share on Facebook', '© 2026 The Island Courier'
    ].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual([one, '2. The tickets', two, three])
  })

  test('keeps a rule typed as "___" inside the article and right after it', () => {
    const text = ['Home', 'Music', 'Island', 'Sign in', one, '___', two, three, '___', 'Follow the choir on social media', '© 2026 The Island Courier'].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual([one, '___', two, three, '___'])
  })
})

describe('removeBoilerplate and a copyright notice after the article', () => {
  const one =
    'The island choir will go on tour next summer for the first time in thirty years, with concerts in eight towns of the coast and two on the mainland.'
  const two =
    'Tickets for all the concerts go on sale on Friday at the harbour office, and the choir said that children under twelve will get in for free.'
  const three =
    'The choir has sixty members this year, the most since it was founded, and it rehearses twice a week in the old school hall by the harbour.'
  const page = (after: string[]) => ['Home', 'Music', 'Island', 'Sign in', 'Choir goes on tour', one, two, three, ...after].join('\n\n')

  test('keeps the notice of the agency that wrote the article, right after its last paragraph', () => {
    const notice = '© 2026 Coast Press. All rights reserved. This story may not be printed or sent on without leave.'
    const result = cleanup(page([notice, 'Comments', 'Sign in to comment', 'Share on Facebook']))
    expect(result.paragraphs).toEqual([one, two, three, notice])
    expect(cleanup(page(['Copyright 2026 Island Radio. All rights reserved.', 'Share on Facebook'])).paragraphs).toEqual([one, two, three, 'Copyright 2026 Island Radio. All rights reserved.'])
  })

  test('drops a photo credit, the site’s bare notice and its notice after its footer', () => {
    expect(cleanup(page(['© Ana Ruiz', 'Share on Facebook', '© 2026 The Island Courier'])).paragraphs).toEqual([one, two, three])
    expect(cleanup(page(['© 2026 The Island Courier', 'Terms of use'])).paragraphs).toEqual([one, two, three])
    expect(cleanup(page(['Share on Facebook', 'Follow us', '© 2026 The Island Courier'])).paragraphs).toEqual([one, two, three])
  })
})

describe('removeBoilerplate and articles of short lines', () => {
  test('keeps a results list next to the article', () => {
    const results = [
      'ISLAND LEAGUE',
      'Northport d. Southbay 3-1',
      'Northport (4-0):',
      'Ana Ruiz 2 goals. Bea Costa 1 goal. Carla Mendes 5 saves.',
      'Southbay (1-3):',
      'Dora Lima 1 goal.',
      'Eastcliff d. Westmoor 2-0',
      'Eastcliff (2-1):',
      'Eva Sousa 1 goal, 1 assist. Fay Nunes 1 goal.',
      'Westmoor (0-4):',
      'Gil Rocha 7 saves.',
      'Harbour Town d. Lighthouse 4-2',
      'Harbour Town 1 2 1 — 4',
      'Lighthouse 0 1 1 — 2'
    ]
    const lead =
      'The island league played its fourth round on Tuesday night, with Northport keeping its perfect record after a hard game against Southbay in the rain.'
    const text = [
      'Home', 'Sport', 'League', 'Sign in',
      'Northport stays perfect',
      lead,
      ...results,
      'Share on Facebook', 'Share on Twitter', 'Terms of Service', 'Privacy Notice', '© 2026 The Island Courier'
    ].join('\n\n')
    const result = cleanup(text)
    // (The team labels, bold in the page, run into their lines: `repairLineBreaks`.)
    const runIn: string[] = []
    for (const line of results) {
      if (runIn.length > 0 && runIn[runIn.length - 1].endsWith('):')) runIn[runIn.length - 1] += ' ' + line
      else runIn.push(line)
    }
    expect(result.paragraphs).toEqual([lead, ...runIn])
  })

  test('keeps a timetable after the article', () => {
    const article = [
      'The island choir will go on tour next summer for the first time in thirty years, with concerts in eight towns of the coast and two on the mainland.',
      'Tickets for all the concerts go on sale on Friday at the harbour office, and the choir said that children under twelve will get in for free.'
    ]
    const dates = [
      'Summer tour 2027:',
      'June 9 -- Harbour Hall, Northport',
      'June 12 -- Old Church, Southbay',
      'June 20 -- Fish Market, Eastcliff',
      'July 2 -- Town Theatre, Westmoor',
      'July 9 -- Lighthouse Park, Cape Point'
    ]
    const text = ['Home', 'Music', 'Choir sets out on its first tour in thirty years', ...article, ...dates, 'Share on Facebook', 'Related stories', 'Ferry crews win later crossings', 'School boat gets a second deck'].join('\n\n')
    // repairLineBreaks keeps a list of alike lines as the lines of one paragraph.
    expect(cleanup(text).paragraphs).toEqual([...article, dates.join('\n')])
  })
})

describe('removeBoilerplate: a table without prose', () => {
  test('a long run of data lines is the article, not the teasers beside it', () => {
    const timetable = [
      'Stage 1: 9 March – Northport',
      'Stage 2: 23 March – Southbay / Old Mill',
      'Stage 3: 6 April – Eastcliff',
      'Stage 4: 20 April – Westmoor',
      'Stage 5: 4 May – Cape Point',
      'Stage 6: 18 May – Harbour Town',
      'Stage 7: 1 June – to be announced',
      'Stage 8: 15 June – Lighthouse Park',
      'Stage 9: 29 June – Northport',
      'Stage 10: 13 July – Southbay'
    ]
    const teasers = [
      'Click on the picture above to read every column our editor has written about the island races and the people who run them.',
      'Find out when the next race is on television, with the track, the weather for the practice sessions and the odds of every boat.',
      'Our weekly podcast is back for its twelfth season, talking about everything that happened in the world of sailing this month.'
    ]
    const text = [
      'Home', 'Races', 'Calendar', 'Podcast', 'Sign in',
      'Island sailing calendar 2027',
      ...timetable,
      'Share on Facebook', 'Share on Twitter',
      'Tags sailing calendar, island races',
      'Most read',
      ...teasers,
      '© 2027 The Island Courier'
    ].join('\n\n')
    const result = cleanup(text)
    for (const line of timetable) expect(result.body).toContain(line)
  })
})

describe('removeBoilerplate: a clean article is a fixed point', () => {
  const first =
    'The island league played its fourth round of 2027 on Tuesday night, and the crowd at the harbour ground stayed until the last whistle despite the rain and the cold wind.'
  // (A paragraph with a date is no line of data: it joins the article as a paragraph.)
  const second =
    'The league will publish the full table on 12 March 2027, after the referees have sent in their reports and the two protests about the late goals have been heard by the board.'

  test('keeps the lines of data between two paragraphs', () => {
    const results = [
      'Northport d. Southbay 3-1',
      'Eastcliff d. Westmoor 2-0',
      'Harbour Town d. Lighthouse 4-2',
      'Harbour Town 1 2 1 — 4',
      'Lighthouse 0 1 1 — 2',
      'Cape Point d. Old Mill 1-0',
      'Cape Point 0 1 0 — 1',
      'Old Mill 0 0 0 — 0'
    ]
    const text = [first, ...results, second].join('\n\n')
    expect(cleanup(text).body).toBe(text)
    // Whichever paragraph the article is found in first.
    const longer = [first, ...results, second + ' ' + second].join('\n\n')
    expect(cleanup(longer).body).toBe(longer)
  })

  test('keeps short lines of text between the article and the end of the input', () => {
    const list = ['The crews of the morning ferry', 'The teachers of the island school', 'The volunteers of the harbour market']
    const text = [first, second, 'The board thanked the following:', ...list].join('\n\n')
    const result = cleanup(text)
    // (The list may stay one paragraph of lines.)
    expect(result.body.replace(/\n+/g, '\n')).toBe(text.replace(/\n+/g, '\n'))
    expect(result.related).toEqual([])
  })

  test('still drops a footer of labels after the article', () => {
    const text = [first, second, 'About us', 'Contact', 'Advertise'].join('\n\n')
    expect(cleanup(text).body).toBe([first, second].join('\n\n'))
  })

  test('a navigation run goes on across the blocks removed between its labels', () => {
    // "[icon]" between the labels: on a second run, without them, the labels would be one run.
    const text = [
      'Home', 'Sign in',
      first,
      'Ana Ruiz Harbour photo', '[photo_1.jpg]', 'Bea Costa Harbour photo', '[photo_2.jpg]', 'Carla Mendes Harbour photo',
      second,
      '© 2026 The Island Courier'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.body).toBe([first, second].join('\n\n'))
    const navigation = result.removed.filter((d) => d.rule === 'navigation-run')
    expect(navigation).toHaveLength(1)
    expect(navigation[0].text).toContain('[photo_1.jpg]')
    expect(cleanup(result.body).body).toBe(result.body)
  })
})

describe('removeBoilerplate: a lead-in the author writes twice', () => {
  const paragraphs = [
    'The island ferry company spent the whole summer rebuilding its timetable, after a season in which two boats were delayed almost every evening and the crews had to call the passengers one by one.',
    'Most of the delays came from the old loading ramp at the north quay, which can only take one lorry at a time and jams whenever the tide is low and the ramp stands at its steepest.',
    'A new ramp would cost more than the company earns in two years, and the island council has said more than once that it will not pay for a quay that only one company uses.',
    'So the crews found another way: they now load the lorries at the south quay and send the cars to the north one, which splits the queue in two and costs nothing at all.',
    'The captains say the new order has cut the average delay from forty minutes to nine, and that the evening boat has left on time on every day of the last three weeks.',
    'Passengers who travel with a car are asked to arrive twenty minutes earlier than before, since the cars now wait at the far end of the harbour while the lorries board.'
  ]
  const page = (first: string, second: string, footer: string[]) =>
    [
      'Home', 'Ferries', 'Ports', 'Timetables', 'Sign in',
      'How the ferry crews beat the evening delays',
      paragraphs[0], paragraphs[1], first, paragraphs[2], paragraphs[3], second, paragraphs[4], paragraphs[5],
      'Share', 'Facebook', 'Twitter',
      ...footer,
      '© 2027 The Island Courier'
    ].join('\n\n')

  test('keeps every copy where each stands between two paragraphs', () => {
    const result = cleanup(page('Here’s the catch:', 'Here’s the catch …', ['About us', 'Contact']))
    expect(result.paragraphs).toEqual([paragraphs[0], paragraphs[1], 'Here’s the catch:', paragraphs[2], paragraphs[3], 'Here’s the catch …', paragraphs[4], paragraphs[5]])
    expect(result.removed.map((d) => d.text)).not.toContain('Here’s the catch:')
  })

  test('a line the page also shows outside the article stays out', () => {
    // ("Read on …" in the footer too: a button of the page, not the author's words.)
    const result = cleanup(page('Read on …', 'Read on …', ['About us', 'Read on …', 'Contact']))
    expect(result.paragraphs).toEqual(paragraphs)
    // (Both copies inside the article go as repeated lines; the footer's goes with the footer.)
    expect(result.removed.filter((d) => d.text === 'Read on …' && d.rule === 'repeated-line')).toHaveLength(2)
  })
})

describe('removeBoilerplate: a list that a colon line introduces', () => {
  const first =
    'The island ferry company released a new version of its timetable app on Monday, after a summer in which the old one crashed whenever two boats were delayed at once and the crews had to call every passenger.'
  const second = 'The company says the app now works offline, which matters on the northern crossing where there is no signal at all.'
  const items = [
    'Live positions of every ferry on the coast',
    'A warning when your crossing is cancelled by the storm service',
    'Tickets that you can show without a signal on the deck'
  ]
  const page = (intro: string, list: string[]) =>
    [
      'Home', 'Ferries', 'Ports', 'Timetables', 'Sign in',
      'A new timetable app for the islands',
      first, second,
      intro, ...list,
      'Share', 'Facebook', 'Twitter',
      'About us', 'Contact', 'Advertise',
      '© 2027 The Island Courier'
    ].join('\n\n')

  test('keeps the items after the last paragraph', () => {
    const result = cleanup(page('The new version brings:', items))
    // (The items may stay one paragraph of lines.)
    expect(result.body.replace(/\n+/g, '\n')).toBe([first, second, 'The new version brings:', ...items].join('\n'))
  })

  test('the introducing line may be a label the menu also shows', () => {
    // (It introduces the article's list, once inside the article: the article's heading.)
    const result = cleanup(page('Timetables:', items))
    expect(result.body.replace(/\n+/g, '\n')).toBe([first, second, 'Timetables:', ...items].join('\n'))
  })

  test('headlines after a related cue that ends in a colon stay out', () => {
    const result = cleanup(page('Related coverage from our harbour desk:', items))
    expect(result.paragraphs.slice(0, 2)).toEqual([first, second])
    for (const item of items) expect(result.body).not.toContain(item)
  })

  test('menu labels after a colon line stay out', () => {
    const labels = ['Island news', 'Weather', 'Harbour cams', 'Jobs']
    const result = cleanup(page('More from us:', labels))
    expect(result.paragraphs.slice(0, 2)).toEqual([first, second])
    for (const label of labels) expect(result.body).not.toContain(label)
  })
})

describe('removeBoilerplate: captions shown twice', () => {
  const paragraphs = [
    'The harbour board voted on Monday to keep the night ferry running through the winter, after the crews and the shop owners of the island sent in more than two thousand letters.',
    'The board had planned to stop the last crossing in November, because the boat ran almost empty on weekdays and the fuel bill had doubled since the spring.',
    'Its chair said the letters showed how many people work late shifts on the mainland, and that the board would look at the numbers again in the spring.'
  ]
  const caption = (n: number) => `Crew members of the night ferry load the last cars of the evening onto the deck in Northport, photo number ${n}.`

  test('a carousel of captions written twice before the article stays out', () => {
    const carousel = [1, 2, 3].flatMap((n) => [caption(n), caption(n), `Island news headline number ${n} for the week`])
    const result = cleanup([...carousel, ...paragraphs].join('\n\n'))
    expect(result.paragraphs).toEqual(paragraphs)
  })

  test('a gallery of captions written twice inside the article does not cut it', () => {
    const gallery = [1, 2, 3].flatMap((n) => [`Image ${n} of 3`, caption(n), caption(n)])
    const result = cleanup([paragraphs[0], paragraphs[1], ...gallery, paragraphs[2]].join('\n\n'))
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.removed.map((d) => d.rule)).toContain('repeated-line')
  })
})

describe('removeBoilerplate: a list of teasers', () => {
  const article = [
    'NORTHPORT — The harbour board voted on Monday to keep the night ferry running through the winter, after the crews and the shop owners of the island sent in more than two thousand letters.',
    'The board had planned to stop the last crossing in November, because the boat ran almost empty on weekdays and the fuel bill had doubled since the spring.',
    'Its chair said the letters showed how many people work late shifts on the mainland, and that the board would look at the numbers again in the spring.'
  ]
  const teasers = [
    'Lighthouse Keepers Open Their Diaries To The Public', 'The island library put two hundred years of notes online this week.',
    'Bakers On The Pier Count A Record Summer', 'The queue starts an hour before the first ferry arrives.',
    'Is The Causeway Safe In A Storm?', 'Engineers say the old stones have held for a century, and will hold for another.',
    'School Boat Gets A Second Deck', 'The pupils of the outer islands will no longer stand in the rain.'
  ]

  test('headline-and-summary pairs before the article are not its text', () => {
    const page = ['Latest News', ...teasers, 'More', 'Ferry Board Keeps The Night Crossing', 'November 19, 2026 at 9:45 am', ...article, '© 2026 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
  })

  test('headlines glued to their summaries (no line between them) are teasers too', () => {
    // "…To The PublicThe island library…": a rendering that glues inline elements.
    const glued: string[] = []
    for (let i = 0; i < teasers.length; i += 2) glued.push(teasers[i] + teasers[i + 1])
    const page = ['Latest News', ...glued, 'More', 'Ferry Board Keeps The Night Crossing', 'November 19, 2026 at 9:45 am', ...article, '© 2026 The Island Courier'].join('\n\n')
    expect(glued[0]).toContain('PublicThe island')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
  })

  test('cards with an image’s text before the headline and a byline with a date before the summary are teasers too', () => {
    // After the article and a heading (no cue): "Harbour master" (the image's text), the headline in capitals, "Ana Ruiz Tuesday November 19, 2030", the summary.
    const names = ['Harbour master', 'Old lighthouse', 'Bakery on the pier', 'Causeway at dawn']
    const bylines = ['Ana Ruiz Tuesday November 19, 2030', 'Paul Kerr Monday November 18, 2030', 'Ana Ruiz Monday November 18, 2030', 'Mira Olsen Sunday November 17, 2030']
    const cards: string[] = []
    // (Summaries as long as the article's own paragraphs.)
    const more = ' The board met with the crews on the quay on Monday, and the mayor asked for a report on the costs before the spring.'
    for (let i = 0; i < teasers.length; i += 2) cards.push('* ' + names[i / 2], teasers[i].toUpperCase(), bylines[i / 2], teasers[i + 1] + more)
    const page = ['Home', 'Ferry Board Keeps The Night Crossing', 'November 19, 2030 at 9:45 am', ...article, 'MORE ISLAND COURIER', ...cards, '© 2030 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
  })

  test('a name with a capital inside is no glued headline', () => {
    // "…singer-keyboardist McDonald…", "O'Brien": sentences of the article.
    const names = [
      'Singers Ana Ruiz and Paul Kerr, harbour-keeper McAllister, and the ferry crews will sing on the pier on Saturday night.',
      'The Harbour Choir Will Sing With Captain O’Brien on the quay, the board said, and the last ferry will wait for them.',
      ...article
    ]
    const result = cleanup(['Home', 'News', 'Ferry Board Keeps The Night Crossing', ...names, '© 2026 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual(names)
  })

  test('teasers glued into one block, each excerpt cut short, are teasers too', () => {
    // `textContent` of a row of cards: "…the old stones have hel... School Boat Gets…".
    const cut = (summary: string) => summary.slice(0, -12) + '...'
    const more = ' The board met with the crews on the quay on Monday to talk it over with them.'
    let row = ''
    for (let i = 0; i < teasers.length; i += 2) row += teasers[i] + ' ' + cut(teasers[i + 1] + more) + ' '
    const page = ['Home', 'Ferry Board Keeps The Night Crossing', ...article, row.trim(), '© 2026 The Island Courier'].join('\n\n')
    expect(cleanup(page).paragraphs).toEqual(article)
  })

  test('a paragraph with a few pauses in it is no row of teasers', () => {
    // Three ellipses, but the pieces before them are short, or no capital follows.
    const paragraph =
      'Well... the captain waited. Then he said the crossing would go on, storm or no storm, because the crews had never missed a night in forty years and he would not be the first... and the harbour cheered... Nobody slept.'
    const page = ['Home', 'Ferry Board Keeps The Night Crossing', article[0], paragraph, article[1], '© 2026 The Island Courier'].join('\n\n')
    expect(cleanup(page).paragraphs).toEqual([article[0], paragraph, article[1]])
  })

  test('an article with a subheading over each paragraph keeps them', () => {
    const sections = [
      article[0],
      'Why The Crossing Was At Risk', article[1],
      'What The Crews Asked For', 'They asked for one more boat.',
      'What Happens Next', article[2]
    ]
    const result = cleanup(['Home', 'News', 'Sport', 'The night ferry stays', ...sections, 'About us', 'Contact', '© 2026 The Island Courier'].join('\n\n'))
    expect(result.title).toBe('The night ferry stays')
    expect(result.body).toBe(sections.join('\n\n'))
  })
})

describe('block features: words', () => {
  test('count words with inner apostrophes, in any script, and their capitals', () => {
    const fr = computeFeatures('L’homme n\'est pas là, dit Ana.', stopwordsFor('fr'), 'fr')
    expect(fr.words).toBe(6)
    expect(fr.capitals).toBeCloseTo(2 / 6)
    expect(fr.stopDensity).toBeGreaterThan(0.3)
    const ru = computeFeatures('Экипажи парома попросили совет — и это не в первый раз.', stopwordsFor('ru'), 'ru')
    expect(ru.words).toBe(10)
    expect(ru.capitals).toBeCloseTo(1 / 10)
    expect(ru.stopDensity).toBeGreaterThan(0.2)
    // Korean glues particles to words: they stand for stop-words.
    const ko = computeFeatures('서울시는 오늘 새로운 여객선 시간표를 발표했다.', stopwordsFor('ko'), 'ko')
    expect(ko.words).toBe(6)
    expect(ko.stopDensity).toBeGreaterThan(0.4)
    expect(computeFeatures('서울 부산 제주 여객선', stopwordsFor('ko'), 'ko').stopDensity).toBeLessThan(0.3)
    // Punctuation, symbols and emoji are no words: "« 2026 » © ✓ 🙂".
    expect(computeFeatures('« 2026 » © ✓ 🙂', stopwordsFor('en'), 'en').words).toBe(1)
  })
})

describe('removeBoilerplate: cards that the article announces', () => {
  const intro = [
    'Winter on the island means wet crossings, and the ferry deck is no place for a thin coat when the wind turns in the afternoon and the spray comes over the rail.',
    'We tried a dozen jackets on the morning boat for a month, in rain, sleet and one memorable hailstorm. Here are our 4 favourite rain jackets for the crossing, with their prices, below.'
  ]
  const products = [
    ['Harbourline Storm Shell', ['Taped seams that keep the rain out for hours', 'A hood that stays up in a strong wind', 'Two deep pockets for tickets and gloves'], 'Harbourline Storm Shell (blue, men and women)', '$129.00'],
    ['Northport Deck Parka', ['A warm lining for the night crossing in January', 'Reflective strips on the sleeves and the back', 'Fits over a thick jumper without pulling'], 'Northport Deck Parka - Navy', '$189.50'],
    ['Gull Light Anorak', ['Folds into its own pocket when the sun comes out', 'Weighs less than a sandwich and a flask', 'A zip at the side for getting it on quickly'], 'Gull Light Anorak (yellow)', '$74.99'],
    ['Causeway Long Coat', ['Long enough to cover your knees on the open deck', 'A collar that closes high against the spray', 'Sewn in the old rope works of the harbour'], 'Causeway Long Coat - Olive', '$215.00']
  ] as const
  const cards = products.flatMap(([name, features, full, price]) => [name, ...features, full, price, 'In stock at the harbour shop', 'Buy now'])
  const page = (paragraphs: string[], after: string[]) =>
    [
      'Home', 'News', 'Deals', 'Ferries', 'Sign in',
      'The 4 best rain jackets for the ferry deck this winter',
      'By Ana Ruiz', 'November 19, 2026',
      ...paragraphs,
      ...after,
      'Tags:', 'Deals', 'Winter',
      'Related stories', 'School boat gets a second deck', 'Fish market moves to the customs house', 'Storm closes the causeway for two days',
      'About us', 'Contact', '© 2026 The Island Courier'
    ].join('\n\n')

  test('a listicle keeps its cards up to the last closing line', () => {
    const result = cleanup(page(intro, ['Our picks:', ...cards]))
    expect(result.title).toBe('The 4 best rain jackets for the ferry deck this winter')
    const body = result.body.replace(/\n+/g, '\n')
    expect(body.startsWith(intro.join('\n') + '\n')).toBe(true)
    expect(body.endsWith(cards.join('\n'))).toBe(true)
    expect(result.tags).toEqual(['Deals', 'Winter'])
    expect(result.related.map((d) => d.title)).toContain('School boat gets a second deck')
    expect(result.messages.map((d) => d.ruleId)).toContain('announced-cards')
  })

  test('the same with one newline between the lines', () => {
    const text = page(intro, ['Our picks:', ...cards]).replace(/\n\n/g, '\n')
    const body = cleanup(text).body.replace(/\n+/g, '\n')
    for (const line of cards) expect(body).toContain(line)
  })

  const paragraphs = [
    intro[0],
    'The harbour shop says its jackets sold out twice this month. More stories from the harbour are below.'
  ]
  const headlines = [
    'School boat gets a second deck for the pupils of the outer islands',
    'Fish market moves to the old customs house by the pier',
    'Storm closes the causeway for two days and the buses stop',
    'Bakers on the pier count a record summer of queues'
  ]

  test('related headlines after an article that points below stay out', () => {
    // (The headline names 4 and four headlines follow: one own line a card is no card.)
    const related = headlines.flatMap((headline) => [headline, '3 min read'])
    const result = cleanup(page(paragraphs, related))
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.messages.map((d) => d.ruleId)).not.toContain('announced-cards')
  })

  const teasers = headlines.flatMap((headline, n) => [
    headline,
    `The council will decide on it at its meeting next month, and the crews have asked to be heard first, says report ${n}.`,
    '3 min read'
  ])

  test('teasers with a summary stay out (the headline names their number)', () => {
    const result = cleanup(page(paragraphs, teasers))
    expect(result.paragraphs.slice(0, 2)).toEqual(paragraphs)
    // (The first teaser right after the article may pass for its last paragraph; the list does not.)
    for (const headline of headlines.slice(1)) expect(result.body).not.toContain(headline)
    expect(result.messages.map((d) => d.ruleId)).not.toContain('announced-cards')
  })

  test('teasers after a related cue stay out', () => {
    const result = cleanup(page(paragraphs, ['More from the harbour', ...teasers]))
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.messages.map((d) => d.ruleId)).not.toContain('announced-cards')
  })

  test('cards after a paragraph that does not point forward stay out', () => {
    const other = [intro[0], 'We tried a dozen jackets on the morning boat for a month, in rain, sleet and one memorable hailstorm.']
    const result = cleanup(page(other, cards))
    expect(result.paragraphs).toEqual(other)
  })
})

describe('announcement features', () => {
  test('counts that stand as a word, not prices, shares, decimals or dates', () => {
    expect(announcedCounts('The 12 best lamps for a reading corner')).toEqual([12])
    expect(announcedCounts('Our top 7: lamps from $24 to 24,99 €, 30% off, version 2.5, at 10:30')).toEqual([7])
    expect(announcedCounts('Updated May 14, 2027 and 14 May 2027 for the X200 and 3D printers')).toEqual([])
    expect(announcedCounts('Two lamps and 2 chairs, 1000 ways')).toEqual([])
  })

  test('forward cues as whole words', () => {
    expect(holdsCue('see our picks below.', ['below'])).toBe(true)
    expect(holdsCue('the belowground parking', ['below'])).toBe(false)
    expect(holdsCue('voici les lampes', ['voici'])).toBe(true)
  })
})

describe('removeBoilerplate: an advertisement box inside the article', () => {
  const paragraphs = [
    'The island show-jumping season ends in October, and the harbour riding club has put together its list of the four events that no rider on the coast should miss this autumn.',
    'WATCH the junior finals on the beach at Northport on the first weekend of the month, when the tide is low enough for a full course of twelve fences on the sand; www.example.org.',
    'VISIT the autumn fair of the riding club, with its parade of ponies, a market of saddles and boots and a cake stall that the bakers of the pier run every year; www.example.org.'
  ]
  // (Names and dates, few stop-words: a paragraph that does not outweigh the box by itself.)
  const last =
    'ATTEND the Northport Riding Club Autumn Clinic, Oct. 28–29, Old Causeway Farm, Harbour Road, Northport. Coach Ana Ruiz, Olympic team trainer Tom Lee. VIP dinner Oct. 26. Few seats left; www.example.org.'
  const page = (box: string[]) =>
    [
      'Home', 'Riding', 'Events', 'Sign in',
      'Four things to do in October',
      ...paragraphs,
      ...box,
      last,
      'Tags', 'October', 'Show jumping', 'Northport',
      'Related stories', 'Five things to do in June', 'Six things to do in May',
      'About us', 'Contact', '© 2027 The Island Rider'
    ].join('\n\n')

  test('the article goes on over the box to its last paragraph', () => {
    const result = cleanup(page(['Advertisement', 'Thanks for watching!', 'Visit website']))
    expect(result.paragraphs.slice(0, 3)).toEqual(paragraphs)
    expect(result.paragraphs).toContain(last)
    expect(result.body).not.toContain('Advertisement')
    expect(result.tags).toEqual(['October', 'Show jumping', 'Northport'])
  })

  test('not over a related cue', () => {
    const result = cleanup(page(['Advertisement', 'Most read', 'Visit website']))
    expect(result.paragraphs).toEqual(paragraphs)
  })
})

describe('removeBoilerplate: a box of related headlines inside the article', () => {
  const first = [
    'The harbour board confirmed on Monday that a third ferry of the night service has been taken out of use, after inspectors found rust in the hull plates below the car deck.',
    'The board said the two other boats would run an extra crossing each evening until the repairs are done, which could take until the end of the winter.'
  ]
  // (Short paragraphs: each one alone weighs less than the box before it.)
  const rest = [
    'The inspectors said the rust was found early and that the boat was never unsafe.',
    'Crews were told about the repairs at a meeting on Sunday night.',
    'Passengers with tickets for the third boat will be moved to the others.'
  ]
  const page = (box: string[]) =>
    [
      'Home', 'News', 'Ferries', 'Sign in',
      'Third night ferry out of service',
      ...first,
      ...box,
      ...rest,
      'Related stories', 'School boat gets a second deck', 'Fish market moves to the customs house', 'Storm closes the causeway for two days',
      'About us', 'Contact', '© 2027 The Island Courier'
    ].join('\n\n')

  test('the article goes on after the box', () => {
    const box = [
      'Most read',
      'Rust found on the old lighthouse tender', '[NEWS]',
      'Why the night boats cost so much to run', '[ANALYSIS]',
      'Shipyard hires twenty welders for the winter', '[JOBS]',
      'The night ferry at the quay (Image: Harbour Board)'
    ]
    const result = cleanup(page(box))
    expect(result.paragraphs.slice(0, 2)).toEqual(first)
    for (const paragraph of rest) expect(result.paragraphs).toContain(paragraph)
    expect(result.body).not.toContain('Rust found on the old lighthouse tender')
  })

  test('a long list of headlines after the article is no box', () => {
    const list = ['Most read']
    for (const n of [1, 2, 3, 4, 5, 6]) list.push(`Harbour news of the week, part ${n} of the series`, '[NEWS]')
    const result = cleanup(page(list))
    expect(result.paragraphs).toEqual(first)
  })
})

describe('removeBoilerplate: a heading that closes the article', () => {
  const article = [
    'The harbour board voted on Monday to keep the night ferry running through the winter, after the crews and the shop owners of the island sent in more than two thousand letters.',
    'The board had planned to stop the last crossing in November, because the boat ran almost empty on weekdays and the fuel bill had doubled since the spring.',
    'Its chair said the letters showed how many people work late shifts on the mainland, and that the board would look at the numbers again in the spring.'
  ]
  const sources = [
    'Island Courier, "Night ferry runs empty on weekdays, board says," Oct. 2, 2026',
    'Harbour Board, minutes of the meeting of November 16, 2026, published the next day',
    'Interview with the ferry crews’ union, a phone call of about an hour on Nov. 17, 2026',
    'Northport Chamber of Commerce, "Late shifts on the mainland, a survey of 400 workers," 2026'
  ]

  test('the citations after “Sources:” are not the article', () => {
    const page = ['Home', 'News', 'Ferry Board Keeps The Night Crossing', ...article, 'Sources:', ...sources, '© 2026 The Island Courier'].join('\n\n')
    expect(cleanup(page).paragraphs).toEqual(article)
  })

  test('in other languages too', () => {
    const page = ['Inicio', 'Noticias', ...article, 'Fuentes', ...sources].join('\n\n')
    expect(cleanup(page, {language: 'es'}).paragraphs).toEqual(article)
  })

  test('a sentence about sources is article text', () => {
    const text = [...article, 'Sources at the harbour said the vote was close, and that two members wanted to wait for the spring numbers.'].join('\n\n')
    expect(cleanup(['Home', 'News', text, '© 2026 The Island Courier'].join('\n\n')).paragraphs).toEqual(text.split('\n\n'))
  })
})

describe('removeBoilerplate: a tag line ends the article', () => {
  const article = [
    'The harbour board confirmed on Monday that a third ferry of the night service has been taken out of use, after inspectors found rust in the hull plates below the car deck.',
    'The board said the two other boats would run an extra crossing each evening until the repairs are done, which could take until the end of the winter.',
    'Passengers with tickets for the third boat will be moved to the others, and the board will refund those who cannot travel at another time of the evening.'
  ]
  const tagLine = 'Tags: night ferry, harbour board, repairs, winter timetable'
  // (A box of the page after the tags: a comment policy, a newsletter, a column of the sidebar.)
  const after = [
    'Please note: comments that insult other readers or have nothing to do with the story will not be published by the moderators of the site.',
    'Sign up',
    'Get the morning headlines of the island delivered to your inbox every day before the first ferry leaves the quay.',
    'Share',
    'Our columnist on the long history of the harbour and its boats, from the first steamers to the ferries of today, in a series of twelve parts.'
  ]

  test('what follows a tag line after the article is not article', () => {
    const page = ['Home', 'News', 'Sign in', 'Third night ferry out of service', ...article, tagLine, ...after, 'About us', '© 2027 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
    expect(result.tags).toEqual(['night ferry', 'harbour board', 'repairs', 'winter timetable'])
  })

  test('a tag line above the article, after teasers, does not cut it', () => {
    const teasers = [
      'School boat gets a second deck. The pupils of the outer islands will no longer stand in the rain on the way to school.',
      'Fish market moves to the customs house. The traders say the old hall by the pier was too cold for the winter months.'
    ]
    const page = ['Home', 'News', ...teasers, 'Third night ferry out of service', 'November 19, 2027', tagLine, ...article, 'About us', '© 2027 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    for (const paragraph of article) expect(result.paragraphs).toContain(paragraph)
  })
})

describe('removeBoilerplate: notes between the article and a tag line', () => {
  const rows = [
    'Round 1: 10 March – Northport',
    'Round 2: 8 April – Southbay',
    'Round 3: 22 April – Eastcliff',
    'Round 4: 6 May – Westharbour',
    'Round 5: 20 May – Northport',
    'Round 6: 5 August – the island circuit',
    'Round 7: 19 August – to be announced',
    'Round 8: 9 September – Southbay',
    'Round 9: 23 September – Eastcliff'
  ]
  const notes = ['* the dates may still be changed by the organisers of the series', '* the calendar above was published by the club in January']
  const sidebar = [
    'Please note: comments that insult other readers or have nothing to do with the story will not be published by the moderators of the site.',
    'Share',
    'Our columnist on the long history of the harbour races and their boats, from the first regattas to the series of today, in twelve parts.',
    'Share',
    'The podcast of the island is back for its twelfth season, talking about everything that happened on the water in the last few weeks.'
  ]
  const page = ['Home', 'Races', 'Sign in', 'The racing calendar for 2028', ...rows, ...notes, 'Tags: racing calendar, harbour series, Northport, Southbay', ...sidebar, 'About us', '© 2027 The Island Courier'].join('\n\n')

  test('keeps the notes, and cleaning the body again keeps them too', () => {
    const result = cleanup(page)
    const lines = result.body.split(/\n+/)
    // (Their asterisks are the page's text: no renderer but Markdown writes such bullets.)
    expect(lines.slice(-2)).toEqual(notes)
    for (const row of rows) expect(lines).toContain(row)
    expect(result.body).not.toContain('columnist')
    // (The same words; the line breaks of the notes are the line repair's to decide.)
    const words = (text: string) => text.split(/\s+/)
    expect(words(cleanup(result.body).body)).toEqual(words(result.body))
  })
})

describe('removeBoilerplate: a news photo’s long caption', () => {
  const article = [
    'NORTHPORT (AP) — The harbour board voted on Monday to keep the night ferry running through the winter, after the crews and the shop owners of the island sent in more than two thousand letters.',
    'The board had planned to stop the last crossing in November, because the boat ran almost empty on weekdays and the fuel bill had doubled since the spring.',
    'Its chair said the letters showed how many people work late shifts on the mainland, and that the board would look at the numbers again in the spring.'
  ]
  const caption =
    'In this photo taken on Monday, Nov. 16, 2026, crew members of the night ferry tie up the boat at the north pier in Northport, where the harbour board met later that day to decide on the winter timetable, after weeks of letters from the island. (AP Photo/Ana Ruiz)'

  test('is removed even when it is long', () => {
    const page = ['Home', 'News', 'Night ferry stays', caption, ...article, '© 2026 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
    expect(result.removed.some((d) => d.rule === 'caption' && d.text.startsWith('In this photo'))).toBe(true)
  })

  test('a paragraph that starts like one but has no credit is article text', () => {
    const own = 'In this photo book, published on Monday, the island’s children drew the night ferry as they see it from their windows, with the lights of the mainland behind it.'
    const result = cleanup(['Home', 'News', 'Night ferry stays', article[0], own, article[1], article[2], '© 2026 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual([article[0], own, article[1], article[2]])
  })

  test('“Like this article?” ends the article', () => {
    const bio = 'Ana Ruiz is a freelance writer based in Northport. Her work has appeared in a number of island papers, including the Courier and the Harbour Weekly.'
    const page = ['Home', 'News', 'Night ferry stays', ...article, 'Like this article?', 'SIGN UP for our newsletter', bio].join('\n\n')
    expect(cleanup(page).paragraphs).toEqual(article)
  })
})

// An invented article of four paragraphs for the tests below.
const lateFerry = [
  'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in 2019 when the old boat was sold to a yard in the north.',
  'Crews will train through the winter, and the first crossing leaves the quay at ten in the evening, the board said in a statement on its website.',
  'Islanders had asked for the late crossing for years, saying the last boat at six left nurses and bar staff stranded on the mainland after their shifts.',
  'The board expects about two hundred passengers a night in summer and fewer in winter, when the crossing will run only on weekends.'
]

describe('removeBoilerplate: a caption with its credit in brackets or after its last sentence, or with its label', () => {
  const article = lateFerry
  const page = (caption: string) =>
    ['Menu', 'Home', 'News', 'Night ferry returns to the island route', 'By Lena Voss', 'March 3, 2027', article[0], caption, ...article.slice(1), 'More from News', 'Quay repairs start in spring', 'Pilots train for the winter season'].join('\n\n')

  test('in brackets: no title, no article text', () => {
    for (const caption of ['The old ferry leaves the quay at dawn in the last week of its service (Image: Harbour Desk)', 'The old ferry leaves the quay at dawn in the last week of its service (Photo by Ana Ruiz)']) {
      const result = cleanup(page(caption))
      expect(result.title).toBe('Night ferry returns to the island route')
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === caption)?.rule).toBe('caption')
    }
  })

  test('after its last sentence', () => {
    const caption = 'The old ferry leaves the quay at dawn. Photograph by Ana Ruiz/Harbour Desk'
    const result = cleanup(page(caption))
    expect(result.paragraphs).toEqual(article)
    expect(result.removed.find((d) => d.text === caption)?.rule).toBe('caption')
  })

  test('an agency’s name alone under a caption is its credit', () => {
    const result = cleanup(page('The old ferry leaves the quay at dawn in the last week of its service (Photo: Getty Images)\n\nGetty'))
    expect(result.paragraphs).toEqual(article)
  })

  test('a caption that says it is one, and a gallery’s counter before a caption', () => {
    for (const caption of ['Image caption Crews loaded the first cars onto the night ferry on Tuesday evening', 'Media captionThe harbour master explains why the late crossing matters to the island', '2of4Crews load the last cars of the evening onto the deck, Tuesday, March 2, 2027, in Northport.']) {
      const result = cleanup(page(caption))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === caption)?.rule).toBe('caption')
    }
    // "Images of the harbour" is no label; "2 of 4 crews" goes on in lower case.
    const own = '2 of 4 crews said they would work the late shift, and the others asked for more time to decide.'
    expect(cleanup(page(own)).paragraphs).toEqual([article[0], own, ...article.slice(1)])
  })

  test('the caption under its label alone on a line (one text node each)', () => {
    const caption = 'Crews loaded the first cars onto the night ferry on Tuesday evening'
    const result = cleanup(page('Image caption\n\n' + caption))
    expect(result.paragraphs).toEqual(article)
    expect(result.removed.find((d) => d.text.includes(caption))?.rule).toBe('caption')
  })

  test('a button glued to the last sentence of a paragraph, a form’s answers, notices about the browser and the copy', () => {
    const quote = 'Every crossing is a promise to the island that the mainland has not forgotten it.'
    const result = cleanup(page(quote + 'Click To Tweet'))
    expect(result.paragraphs).toEqual([article[0], quote, ...article.slice(1)])
    expect(result.removed).toContainEqual(expect.objectContaining({text: 'Click To Tweet', rule: 'boilerplate-phrase'}))
    // Glued to the start of the next paragraph (one word glued so is a name: "TweetDeck").
    const start = cleanup(page('Click To Tweet' + quote))
    expect(start.paragraphs).toEqual([article[0], quote, ...article.slice(1)])
    expect(start.removed).toContainEqual(expect.objectContaining({text: 'Click To Tweet', rule: 'boilerplate-phrase'}))
    const name = 'TweetDeck shows the ferry times to the crews, who asked for the late crossing for years.'
    expect(cleanup(page(name)).paragraphs).toEqual([article[0], name, ...article.slice(1)])
    // (Words that are no button stay: "…forgotten it.Ferry Crews".)
    expect(cleanup(page(quote + 'Ferry Crews')).removed.some((d) => d.text.includes('Ferry Crews'))).toBe(false)
    for (const line of [
      'You have been successfully subscribed!',
      'There was a problem subscribing you to the newsletter. Check your address and try again.',
      'An error has occurred, please try again later.',
      'This article has been sent to your friend.',
      "We've detected you are on an old browser. For the best experience, please update it.",
      'Please enable JavaScript to see the map of the crossings.',
      'This copy is for your personal, non-commercial use only. To order copies for your colleagues, write to the desk.',
      'Why you can trust Harbour News',
      'Opinions expressed by Harbour contributors are their own.',
      'Follow @harbourdesk on Twitter for the latest crossings and delays.',
      'Join our forums to keep talking about the harbour and its boats!',
      'Stay up to date with Harbour News. Subscribe to our newsletter.',
      'Bookmark and Share'
    ]) {
      const removed = cleanup(page(line))
      expect(removed.paragraphs).toEqual(article)
      expect(removed.removed.find((d) => d.text === line)?.rule).toBe('boilerplate-phrase')
    }
  })

  test('a gallery’s buttons, one with its count', () => {
    const result = cleanup(page('Back to Gallery'))
    expect(result.paragraphs).toEqual(article)
    expect(result.removed.find((d) => d.text === 'Back to Gallery')?.rule).toBe('boilerplate-phrase')
    const counted = cleanup(page('View all (12)'))
    expect(counted.paragraphs).toEqual(article)
    expect(counted.removed.find((d) => d.text === 'View all (12)')?.rule).toBe('boilerplate-phrase')
  })

  test('a news agency’s credit in its last brackets', () => {
    const captions = [
      'Crew members load the last cars of the evening onto the night ferry at the north pier in Northport, Tuesday, March 2, 2027. (AP Photo/Ana Ruiz)',
      'Crew members load the last cars of the evening onto the night ferry at the north pier in Northport, Tuesday, March 2, 2027. (Ana Ruiz/Harbour Post via AP)',
      'Crew members load the last cars of the evening onto the night ferry at the north pier in Northport on Tuesday. (Tom Reed/Reuters)',
      'A ferry crosses the bay at night, seen from the north pier. ( ANA RUIZ/SCIENCE PHOTO LIBRARY)',
      'Crew members load the last cars of the evening onto the ferry (Photos by Ana Ruiz, left, and Tom Reed/Getty Images)',
      'The night ferry at the north pier in Northport, Maine. (AP)'
    ]
    for (const caption of captions) {
      const result = cleanup(page(caption))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === caption)?.rule).toBe('caption')
    }
    // A credit that ends with a stop of its own; a photographer and an agency alone on a line.
    for (const caption of ['The old ferry at the north pier in 1987. Photo illustration by Harbour Desk. Photo by Ana Ruiz.', 'Ana Ruiz, ASSOCIATED PRESS', 'Crew members load the last cars of the evening onto the night ferry at the north pier in Northport on Tuesday.Ana Ruiz/Reuters']) {
      const result = cleanup(page(caption))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === caption)?.rule).toBe('caption')
    }
    // The credit's label glued to the caption's last word (two spans read without a space), in an image's brackets too.
    for (const caption of ['Crew members load the last cars of the evening onto the night ferry at the north pierCredit: Harbour Desk', '[ Crew members load the last cars of the evening onto the night ferryPhoto: Ana Ruiz]']) {
      const result = cleanup(page(caption))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === caption)?.rule).toBe('caption')
    }
    // An image's description, caption and credit, then the caption again, on one line.
    const copied = 'a boat at a pier: Crew members load the last cars onto the night ferry.© Ana Ruiz Crew members load the last cars onto the night ferry.'
    expect(cleanup(page(copied)).paragraphs).toEqual(article)
    const own = 'The board showed a picture of the old ferry, © Ana Ruiz 1987, and the room went quiet for a moment.'
    expect(cleanup(page(own)).paragraphs).toEqual([article[0], own, ...article.slice(1)])
    // A dateline names the agency after a place: it opens a paragraph of the article.
    const dateline = 'NORTHPORT, Maine (AP)'
    const kept = cleanup(page(dateline))
    expect(kept.body).toContain(dateline + ' ' + article[1])
    expect(kept.removed.some((d) => d.text.includes(dateline))).toBe(false)
  })

  test('a gallery that writes its caption again and again, with its credit glued to one copy', () => {
    const caption = 'Crew members load the last cars of the evening onto the night ferry at the north pier in Northport.'
    const gallery = [caption + ' Photo: Ana Ruiz / © 2027 Harbour Post. All rights reserved.', caption, caption, 'Photo: Ana Ruiz', 'Image 1 of 4', 'Close', caption, caption, 'Photo: Ana Ruiz'].join('\n\n')
    const result = cleanup(page(gallery))
    expect(result.paragraphs).toEqual(article)
    // (A run of removed blocks is one entry.)
    expect(result.removed.map((d) => d.text).join('\n').split(caption).length - 1).toBe(5)
    // A sentence the article writes three times, each time between its paragraphs, stays.
    const refrain = 'The night ferry is the only way home for the nurses who work the late shift on the mainland.'
    const own = ['Menu', 'Home', 'News', 'Night ferry returns to the island route', article[0], refrain, article[1], refrain, article[2], refrain, article[3], 'More from News', 'Quay repairs start in spring'].join('\n\n')
    expect(cleanup(own).paragraphs).toEqual([article[0], refrain, article[1], refrain, article[2], refrain, article[3]])
  })

  test('a sentence that names a photographer in brackets inside it stays', () => {
    const own = 'The board showed a picture of the old ferry (photo by Ana Ruiz) at the meeting, and the room went quiet for a moment.'
    const result = cleanup(page(own))
    expect(result.paragraphs).toEqual([article[0], own, ...article.slice(1)])
  })
})

describe('removeBoilerplate: the author’s lines that read like sentences', () => {
  const article = lateFerry

  test('a byline with its date', () => {
    const byline = 'By Lena Voss, Tom Reed on Monday, March 1st, 2027 at 11:08 a.m.'
    const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', byline, ...article, '© 2027 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual(article)
    expect(result.removed.find((d) => d.text === byline)?.rule).toBe('byline')
  })

  test('a date line in a longer shape: a time and its zone before the date, an ordinal day', () => {
    for (const dated of ['Updated 9:10 am EST, Monday, March 1, 2027', 'Published March 1st, 2027 - 09:10 GMT']) {
      const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', article[0], dated, ...article.slice(1), '© 2027 The Island Courier'].join('\n\n'))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === dated)?.rule).toBe('byline')
    }
  })

  test('a line that credits the reporting', () => {
    for (const credit of ['Tom Reed and Ana Ruiz contributed to this report.', 'Additional reporting by Tom Reed in Northport']) {
      // (Inside the article: a page may go on with a last paragraph after it, an update.)
      const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...article.slice(0, 3), credit, article[3], '© 2027 The Island Courier'].join('\n\n'))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === credit)?.rule).toBe('byline')
    }
  })

  test('the author’s note about themselves as the article’s last block', () => {
    for (const bio of ['Lena Voss is a staff writer at the Island Courier covering ferries, fishing and the harbour board.', 'Tom Reed (tom@courier.example) is the editor and publisher of the Island Courier.', 'Ana\u00A0is an island reporter for the Courier.']) {
      const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...article, bio, 'More from News', 'Quay repairs start in spring', 'Pilots train for the winter season', '© 2027 The Island Courier'].join('\n\n'))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === bio)?.rule).toBe('byline')
    }
    // A last paragraph that only names a trade later stays.
    const own = 'The night ferry is a lifeline for the island, the editor of the Courier wrote last spring.'
    const kept = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...article, own, 'More from News', 'Quay repairs start in spring', 'Pilots train for the winter season', '© 2027 The Island Courier'].join('\n\n'))
    expect(kept.paragraphs).toEqual([...article, own])
  })

  test('a sentence that starts like a byline stays', () => {
    const own = 'By Tuesday, the crews had moved the old boat to the north pier, ready for the inspectors.'
    const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', article[0], own, ...article.slice(1), '© 2027 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual([article[0], own, ...article.slice(1)])
  })

  test('the author’s contact lines after the article', () => {
    const contacts = ['Write to Lena Voss at lena.voss@courier.example', 'Email Tom Reed at treed@courier.example or follow him @tomreed.', 'Lena Voss lvoss@courier.example (555) 459-5382']
    const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...article, ...contacts, '© 2027 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual(article)
    // An address inside a sentence of the article stays.
    const own = 'Readers can write to the board at ferries@harbour.example before the end of the month.'
    expect(cleanup(['Home', 'News', 'Night ferry returns to the island route', ...article, own, '© 2027 The Island Courier'].join('\n\n')).paragraphs).toEqual([...article, own])
  })
})

describe('removeBoilerplate: a list of teasers the article starts with', () => {
  const base = [
    'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in 2019 when the old boat was sold to a yard in the north.',
    'Crews will train through the winter, and the first crossing leaves the quay at ten in the evening, the board said in a statement on its website.',
    'Islanders had asked for the late crossing for years, saying the last boat at six left nurses and bar staff stranded on the mainland after their shifts.',
    'The board expects about two hundred passengers a night in summer and fewer in winter, when the crossing will run only on weekends.',
    'A pass for the night ferry will cost the same as a day pass, and children under twelve will travel free, the statement said.',
    'The old boat had carried cars and foot passengers between the island and the mainland for more than thirty years before it was sold.'
  ]
  const article = [...base, ...base.map((d) => d.replace('The ', 'Then the '))]
  const caption = (day: number) =>
    `NORTHPORT - MARCH ${day}: Crew members of the night ferry load the last cars of the evening onto the deck at the north pier in Northport, where the board met later that day to decide on the winter timetable. (Photo by Ana Ruiz/Harbour Desk)`
  const repeated = 'Lena Voss, chair of the harbour board, speaks during a meeting of the board in Northport on Tuesday evening, March 2, 2027, as the crews listen from the back of the hall.'

  test('headlines of a playlist, each under its image, before the first paragraph are the page’s', () => {
    // Captions with their credits, then headlines between the images' lines.
    const teasers = [caption(2), caption(3), 'Board chair describes the vote on the night ferry', repeated, repeated, "Pilots: 'We will be fine on the late crossing'", '[image]', '[1911190700]', 'Ferries are part of the island and its life', '[image]', '[1911182318]', 'Board takes a swipe at the yard over the old pier']
    const result = cleanup(['Home', 'News', 'Sign in', ...teasers, ...article, '© 2027 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual(article)
  })

  test('a heading and a standfirst the article starts with stay', () => {
    const result = cleanup(['Home', 'News', 'Sign in', caption(2), 'Night ferry returns', 'Crews get ready for the late crossing', ...article, '© 2027 The Island Courier'].join('\n\n'))
    expect(result.paragraphs.slice(-article.length)).toEqual(article)
    expect(result.title === 'Night ferry returns' || result.paragraphs.includes('Night ferry returns')).toBe(true)
  })
})

describe('removeBoilerplate: share buttons and an author’s notice in English', () => {
  test('“Share to …”, “Share via …” and “Follow me on …” are boilerplate', () => {
    const article = lateFerry.slice(0, 3)
    const page = ['Home', 'News', 'Night ferry returns to the island route', 'Share to facebook Share to twitter Share to linkedin', ...article, 'Share via Email', 'Follow me on Mastodon or LinkedIn. Check out my website.', '© 2027 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.title).toBe('Night ferry returns to the island route')
    expect(result.paragraphs).toEqual(article)
  })
})

describe('removeBoilerplate: the article’s closing note after what follows it', () => {
  test('an editor’s note or a correction a few blocks after the article is the article’s', () => {
    for (const note of ['Editor’s note: This story was updated on Tuesday to add the board’s statement.', 'Correction, March 3, 2027: An earlier version of this article gave the wrong day for the first crossing.']) {
      const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...lateFerry, 'Email Lena Voss at lena@courier.example.', 'Sign up for our newsletter', note, '© 2027 The Island Courier'].join('\n\n'))
      expect(result.paragraphs).toEqual([...lateFerry, note])
    }
    // Between the headlines of a list after the article (not a line of the list).
    const between = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...lateFerry, 'More from News', 'Quay repairs start in spring after the storms', 'Island school opens a second boat for pupils', 'Originally published on Harbour News.', 'Pilots train for the winter season on the route', '© 2027 The Island Courier'].join('\n\n'))
    expect(between.paragraphs).toEqual([...lateFerry, 'Originally published on Harbour News.'])
    expect(between.related.length).toBeGreaterThanOrEqual(2)
    // Not after the start of the comments.
    const late = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...lateFerry, 'Leave a comment', 'Editor’s note: This story was updated on Tuesday.', '© 2027 The Island Courier'].join('\n\n'))
    expect(late.paragraphs).toEqual(lateFerry)
  })
})

describe('removeBoilerplate: the reporting’s credit and the closing note in Spanish', () => {
  test('“Con información de …” is a byline, “Nota del editor: …” after a list stays', () => {
    const articulo = [
      'La junta del puerto votó el martes para recuperar el ferry nocturno, que dejó de funcionar en 2019 cuando el viejo barco fue vendido a un astillero del norte.',
      'Las tripulaciones se entrenarán durante el invierno, y el primer cruce saldrá del muelle a las diez de la noche, según un comunicado publicado en su sitio web.',
      'Los isleños pedían desde hace años el cruce tardío, porque el último barco de las seis dejaba a enfermeras y camareros sin poder volver a casa después de sus turnos.',
      'La junta espera unos doscientos pasajeros por noche en verano y menos en invierno, cuando el cruce solo funcionará los fines de semana.'
    ]
    const credito = 'Con información de Reuters y de la agencia del puerto.'
    const nota = 'Nota del editor: esta noticia fue actualizada el martes con el comunicado de la junta.'
    const result = cleanup(['Inicio', 'Noticias', 'Vuelve el ferry nocturno a la isla', ...articulo.slice(0, 3), credito, articulo[3], 'Más noticias', 'Empiezan las obras del muelle norte en primavera', 'La escuela de la isla estrena un segundo barco', nota, '© 2027 El Correo de la Isla'].join('\n\n'))
    expect(result.language).toBe('es')
    expect(result.paragraphs).toEqual([...articulo, nota])
    expect(result.removed.find((d) => d.text === credito)?.rule).toBe('byline')
  })
})

describe('removeBoilerplate: a link alone on its line', () => {
  test('a share link of any length is no text', () => {
    const share = 'https://share.harbour.example/?url=' + 'https%3A%2F%2Fharbour.example%2Fnews%2Fnight-ferry-returns-to-the-island-route%2F'.repeat(5) + '&text=Night%20ferry%20returns'
    expect(share.length).toBeGreaterThan(300)
    const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', ...lateFerry.slice(0, 3), share, lateFerry[3], '© 2027 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual(lateFerry)
    expect(result.removed.find((d) => d.text === share)?.rule).toBe('low-text-density')
  })
})

describe('removeBoilerplate: buttons and links to other articles inside the article, in English', () => {
  test('“Learn more”, “Click to Tweet”, a video’s and a survey’s buttons, and “Related: …” are boilerplate', () => {
    const article = lateFerry
    const inside = ['Related: Seven ways the harbour changed in a decade', 'Click to Tweet', 'See also: Quay repairs start in spring', 'LEARN MORE']
    const after = ['Thanks for watching!', 'Visit Website', 'Give Feedback']
    const page = ['Home', 'News', 'Night ferry returns to the island route', article[0], inside[0], article[1], inside[1], article[2], inside[2], inside[3], article[3], ...after, '© 2027 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
    for (const line of [...inside, ...after]) expect(result.removed.some((d) => d.text.includes(line))).toBe(true)
  })

  test('a newsletter’s form and a subscription’s pitch inside the article are boilerplate', () => {
    const article = lateFerry
    const pitch = ['Get breaking harbour news and the latest timetables every morning!', 'No spam, we promise. You can unsubscribe at any time.', 'If you enjoyed this article, join the Harbour Club for a year of weekend reading.']
    for (const line of pitch) {
      const result = cleanup(['Home', 'News', 'Night ferry returns to the island route', article[0], article[1], line, article[2], article[3], '© 2027 The Island Courier'].join('\n\n'))
      expect(result.paragraphs).toEqual(article)
      expect(result.removed.find((d) => d.text === line)?.rule).toBe('boilerplate-phrase')
    }
  })
})

describe('removeBoilerplate: a dateline with the day of the week', () => {
  test('a lone date line after the first paragraph is a byline', () => {
    const paragraphs = [
      'The harbour board confirmed on Monday that a third ferry of the night service has been taken out of use, after inspectors found rust in the hull plates below the car deck.',
      'The board said the two other boats would run an extra crossing each evening until the repairs are done, which could take until the end of the winter.'
    ]
    const page = ['Home', 'News', 'Sign in', 'Third night ferry out of service', paragraphs[0], 'Published Monday, November 18, 2027 8:22AM EST', paragraphs[1], 'About us', '© 2027 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.removed.map((d) => d.rule)).toContain('byline')
  })
})

describe('removeBoilerplate: a news agency alone on its line', () => {
  test('is a byline', () => {
    const paragraphs = [
      'NORTHPORT -- The harbour board voted on Monday to keep the night ferry running through the winter, after the crews and the shop owners of the island sent in more than two thousand letters.',
      'The board had planned to stop the last crossing in November, because the boat ran almost empty on weekdays and the fuel bill had doubled since the spring.',
      'Its chair said the letters showed how many people work late shifts on the mainland, and that the board would look at the numbers again in the spring.'
    ]
    // (After a long photo caption, which starts the article's run of text.)
    const caption =
      'In this Nov. 16, 2026, file photo, crew members of the night ferry tie up the boat at the north pier in Northport, where the harbour board met later that day to decide on the winter timetable. (AP Photo/Ana Ruiz, File)'
    const result = cleanup(['Home', 'News', 'Night ferry stays', caption, 'The Associated Press', ...paragraphs, '© 2026 The Island Courier'].join('\n\n'))
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.removed.find((d) => d.text === 'The Associated Press')?.rule).toBe('byline')
  })
})

describe('removeBoilerplate: a caption that ends with its image’s credit', () => {
  const article = [
    'The harbour board voted on Monday to keep the night ferry running through the winter, after the crews and the shop owners of the island sent in more than two thousand letters.',
    'The board had planned to stop the last crossing in November, because the boat ran almost empty on weekdays and the fuel bill had doubled since the spring.',
    'Its chair said the letters showed how many people work late shifts on the mainland, and that the board would look at the numbers again in the spring.'
  ]

  test('is removed inside the article', () => {
    const caption = 'The night ferry at the north pier, seen from the lighthouse on a calm evening in October, a week before the vote. Credit: Ana Ruiz'
    const page = ['Home', 'News', 'Night ferry stays', article[0], caption, '(Image credit: Harbour Board)', article[1], article[2], '© 2026 The Island Courier'].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toEqual(article)
    // (One entry for the run of two captions.)
    expect(result.removed.filter((d) => d.rule === 'caption').map((d) => d.text)).toEqual([caption + '\n(Image credit: Harbour Board)'])
  })

  test('a sentence about credit is article text', () => {
    const own = 'The board said the ferry company would get credit for the extra crossings: a discount on its harbour fees for the whole of next year.'
    const page = ['Home', 'News', 'Night ferry stays', article[0], own, article[1], article[2], '© 2026 The Island Courier'].join('\n\n')
    expect(cleanup(page).paragraphs).toEqual([article[0], own, article[1], article[2]])
  })
})

describe('removeBoilerplate: runs of template lines', () => {
  const article = [
    'The harbour council voted on Tuesday to keep the night ferry running through the winter, after a petition signed by more than two thousand islanders reached the town hall last month.',
    'Crews had warned that the last crossing of the day left too early for the workers of the fish market, who finish their shifts long after the boat has gone.',
    'The extra crossings will cost the town about forty thousand euros a year, which the council wants to take from the tourist tax raised in the spring.',
    'The first late departure is planned for the second week of November, weather permitting.'
  ]
  const disclaimers = [
    'The information on this website is provided for general purposes only and does not replace the advice of a professional; always consult a qualified adviser before you make a decision.',
    'Results differ from one person to the next and depend on many factors, including the starting point, the goals and the effort that each person puts into the programme.',
    'Ferry times shown on this page may change without notice, and the publisher accepts no liability for missed connections or for any loss that arises from the use of this page.'
  ]

  test('the article does not go on over a newsletter box and social links to the disclaimers under them', () => {
    const box = ['Share', 'Facebook', 'Pinterest', 'Instagram', 'Join our newsletter', 'Facebook', 'Pinterest', 'Instagram', 'Join our newsletter']
    const text = [...article, ...box, ...disclaimers, 'Terms of use', 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(article)
  })

  test('the article goes on over a share row between its paragraphs', () => {
    const more = [
      'The ferry company said it would hire two more deckhands for the night shift and train them over the autumn, so that the crews of the day boats do not have to work longer hours.',
      'Shop owners on the quay welcomed the decision and said they would keep their doors open later on the evenings when the last boat comes in.'
    ]
    const all = [...article, ...more]
    const text = [article[0], article[1], 'Share', 'Facebook', 'Twitter', 'Email', article[2], article[3], ...more, 'Privacy policy'].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual(all)
  })

  test('a gallery between paragraphs (its captions and credits) does not cut the article', () => {
    const gallery = ['Ana Ruiz Submitted photo', 'Bea Costa Submitted photo', 'Carla Mendes File photo', 'Dora Silva Courtesy photo']
    const text = ['Home', 'News', 'Sign in', article[0], article[1], ...gallery, article[2], article[3], 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(article)
    expect(result.body).not.toContain(' photo')
  })

  test('a line that ends with a photo credit is a caption', () => {
    // ("… Submitted photo", "… File photo", "… Courtesy photo".)
    const text = ['Home', 'News', 'Sign in', article[0], 'Ana Ruiz Submitted photo', article[1], article[2], 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(article.slice(0, 3))
    expect(result.removed.find((d) => d.text === 'Ana Ruiz Submitted photo')?.rule).toBe('caption')
  })
})

describe('removeBoilerplate: notes under a table that ends the article', () => {
  test('keeps the notes under a timetable at the end of the article', () => {
    const intro =
      'The island league published the dates of the new season on Monday, with twelve rounds between March and December and the final once again at the harbour ground.'
    const rounds = [
      'Round 1: 10 March – Harbour Ground',
      'Round 2: 7 April – Cape Point',
      'Round 3: 21 April – Old Mill',
      'Round 4: 5 May – Lighthouse Park',
      'Round 5: 19 May – Eastcliff',
      'Round 6: 2 June – Westmoor',
      'Round 7: 16 June – to be confirmed',
      'Round 8: 30 June – Northport',
      'Round 9: 14 July – Southbay'
    ]
    const notes = ['Dates may still change at the request of the organiser', 'Calendar as sent out by the league in January 2027']
    const text = [
      'Home', 'League', 'Results', 'Sign in',
      'Island league sets the dates of its new season', intro, ...rounds, ...notes,
      'Share this on WhatsApp', 'About us', 'Contact', 'Advertise'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs.slice(-2)).toEqual(notes)
    expect(result.body).not.toContain('WhatsApp')
  })
})

describe('removeBoilerplate: images and their credits', () => {
  const paragraphs = [
    'The harbour board opened the new north quay on Monday, two years after the storm that tore away the old wooden pier and left the island without a berth for the night ferry.',
    'Divers spent most of the summer laying the foundations, and the concrete deck was poured in three sections during the calm weeks of September.',
    'The board says the quay will take ships twice the size of the current ferry, and it hopes to attract a second operator for the crossing to the mainland.',
    'A small ceremony is planned for the first departure from the new berth next week, with the school band and the mayor on board.'
  ]

  test('a caption that its credit line follows is the image’s, and a gallery between the first paragraphs does not cut the article', () => {
    const text = [
      'Home', 'News', 'Sign in',
      'North quay opens two years after the storm',
      paragraphs[0], paragraphs[1],
      '4', 'Workers pour the last section of the deck in September', 'Credit: Harbour Board',
      '4', 'The old pier after the storm of 2025', 'Photo: Ana Ruiz',
      paragraphs[2], paragraphs[3],
      'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.title).toBe('North quay opens two years after the storm')
    const captions = result.removed.filter((d) => d.rule === 'caption').map((d) => d.text)
    expect(captions).toEqual(['Workers pour the last section of the deck in September\nCredit: Harbour Board', 'The old pier after the storm of 2025\nPhoto: Ana Ruiz'])
    expect(result.related).toEqual([])
  })

  test('a line that starts like a credit but reads as a caption leaves the paragraph before it alone', () => {
    const text = [
      'Home', 'News', 'Sign in',
      paragraphs[0], paragraphs[1],
      'The first ferry leaves the new berth on Monday.',
      'Image: Ana Ruiz, left, and the harbour master open the new quay in front of the crews',
      paragraphs[2], paragraphs[3],
      'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toContain('The first ferry leaves the new berth on Monday.')
  })

  test('a long caption that ends with its image’s credit is a caption', () => {
    const caption =
      'The parts of the new quay: (1) the berth for the night ferry, (2) the fuel station, (3) the waiting room, (4) the ticket office, (5) the crane for the fishing boats, (6) the storage sheds. In general, the quay is divided into a public part used by the passengers during the whole day and a working part that only the crews and the harbour staff may enter while the boats are loaded and unloaded. Credit: Harbour Board'
    const text = ['Home', 'News', 'Sign in', paragraphs[0], paragraphs[1], caption, paragraphs[2], paragraphs[3], 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(paragraphs)
    expect(result.removed).toContainEqual(expect.objectContaining({text: caption, rule: 'caption'}))
  })

  test('“Citation” ends the article; “Explore further” is boilerplate inside it', () => {
    const text = [
      'Home', 'News', 'Sign in',
      ...paragraphs.slice(0, 3),
      'Explore further',
      paragraphs[3],
      'Citation:',
      'North quay opens two years after the storm (2027, May 3) retrieved 4 May 2027 from the harbour news site',
      'This page may not be copied without the written permission of the publisher, which is given for fair use only.',
      'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(paragraphs)
  })
})

describe('removeBoilerplate: placeholders and teasers in a list', () => {
  const paragraphs = [
    'The harbour board opened the new north quay on Monday, two years after the storm that tore away the old wooden pier and left the island without a berth for the night ferry.',
    'Divers spent most of the summer laying the foundations, and the concrete deck was poured in three sections during the calm weeks of September.',
    'The board says the quay will take ships twice the size of the current ferry, and it hopes to attract a second operator for the crossing to the mainland.',
    'A small ceremony is planned for the first departure from the new berth next week, with the school band and the mayor on board.'
  ]

  test('players and images shown as placeholders do not make a run of template lines', () => {
    const players = Array.from({length: 5}, () => '[audio-play]')
    const text = ['Home', 'News', 'Sign in', ...paragraphs.slice(0, 2), ...players, ...paragraphs.slice(2), 'Privacy policy'].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual(paragraphs)
  })

  test('the summaries in a list after a related cue are teasers, not the article going on', () => {
    const teasers = [
      '  • The fish market will move to the old customs house in the spring, the council decided on Thursday after a long debate about the rents.',
      '    Fish market moves to the customs house',
      '  • Two hundred volunteers cleaned the beaches of the south coast at the weekend and collected more than a ton of plastic and old nets.',
      '    Volunteers clean the south coast',
      '  • The school boat will get a second deck before the winter, so that the children of the outer islands no longer stand in the rain.',
      '    School boat gets a second deck'
    ]
    const text = ['Home', 'News', 'Sign in', ...paragraphs, 'Trending now', teasers.join('\n'), 'Privacy policy', 'Terms of use'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(paragraphs)
  })
})

describe('removeBoilerplate: short lines of content are no template run', () => {
  test('the groups listed after the first paragraphs stay in the article', () => {
    const lead = [
      'The island cup drew its six groups on Tuesday night, and the two favourites from the north will not meet before the final in the harbour ground.',
      'Each group plays a semifinal and a final in March, and the six winners join the sixteen clubs that qualified directly in the autumn.'
    ]
    const groups = [
      'Group A: Northport, Southbay Rovers, Old Mill Athletic, Lighthouse',
      'Group B: Eastcliff, Westmoor United, Cape Point, Harbour Town Reserves',
      'Group C: Kingsbay, Saltmarsh, North Quay, Fishers Union, Bell Rock',
      'Group D: Redcliff, Stonehaven, Seagate Athletic, Gull Island',
      'Group E: Anchor Bay, Pier Rangers, Westmoor Reserves, Dune Park',
      'Group F: Tidewater, Marram Hill, Southbay Reserves, Crab Point'
    ]
    const rest = [
      'The draw for the final round will be made in April, once the last places are known and the referees have confirmed the dates.',
      'The final is planned for the first Saturday of June, and the board hopes to sell all four thousand seats of the harbour ground.'
    ]
    const text = ['Home', 'Cup', 'Results', 'Sign in', ...lead, ...groups, ...rest, 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    for (const paragraph of [...lead, ...rest]) expect(result.paragraphs).toContain(paragraph)
  })
})

describe('removeBoilerplate: the lines of an image next to the article', () => {
  const paragraphs = [
    'The harbour board opened the new north quay on Monday, two years after the storm that tore away the old wooden pier and left the island without a berth for the night ferry.',
    'Divers spent most of the summer laying the foundations, and the concrete deck was poured in three sections during the calm weeks of September.',
    'The board says the quay will take ships twice the size of the current ferry, and it hopes to attract a second operator for the crossing to the mainland.',
    'A small ceremony is planned for the first departure from the new berth next week, with the school band and the mayor on board.'
  ]
  // A gallery's alt text, the same under every picture, and the zero-width spaces around each picture.
  const alt = 'North quay opening day at the harbour of the island, gallery'
  const image = ['\u200B', alt, '\u200B']

  test('a sentence beyond a picture that the article also shows is article text', () => {
    const first = 'What a morning at the harbour! The sun came out at last.'
    const last = 'We will be back for the first crossing!'
    const text = [
      'Home', 'News', 'Sign in', 'Blog', 'Latest posts',
      first, ...image,
      paragraphs[0], paragraphs[1], ...image,
      paragraphs[2], paragraphs[3], ...image, alt, '\u200B',
      last,
      'Share on Facebook', 'Share on Twitter', 'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([first, ...paragraphs, last])
    expect(result.body).not.toContain('gallery')
  })

  test('a sentence beyond a picture that a text browser shows as a placeholder is article text', () => {
    const first = 'What a morning at the harbour! The sun came out at last.'
    const last = 'We will be back for the first crossing!'
    // "[quay_07.jpg]": the picture itself, as w3m shows it, next to its zero-width space and alt text.
    const picture = (n: number) => ['\u200B', `[quay_0${n}.jpg]`, alt, '\u200B']
    const text = [
      'Home', 'News', 'Sign in', 'Blog', 'Latest posts',
      first, ...picture(1),
      paragraphs[0], paragraphs[1], ...picture(2),
      paragraphs[2], paragraphs[3], ...picture(3),
      last,
      'Share on Facebook', 'Share on Twitter', 'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([first, ...paragraphs, last])
  })

  test('a caption written again with its credit glued to it is the image’s, not a break in the article', () => {
    const lead = [
      'A storm tore the old pier away two years ago and left the island without a berth.',
      'The new north quay opened on Monday after a summer of work by the divers.'
    ]
    const caption = 'Workers pour the last section of the deck in September'
    const pier = 'The old pier the morning after the storm of 2025'
    const text = [
      'Home', 'News', 'Sign in', 'Updated: 3 May 2027, 10:12',
      ...lead,
      caption, '6', caption + 'Credit: Ana Ruiz',
      pier, '6', pier + 'Credit: Harbour Board',
      ...paragraphs.slice(1),
      'Privacy policy', 'Terms of use'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([...lead, ...paragraphs.slice(1)])
    expect(result.removed.filter((d) => d.rule === 'caption').map((d) => d.text)).toContain(caption)
  })
})

describe('removeBoilerplate: an embedded post and a list heading', () => {
  const paragraphs = [
    'The harbour board opened the new north quay on Monday, two years after the storm that tore away the old wooden pier and left the island without a berth for the night ferry.',
    'Divers spent most of the summer laying the foundations, and the concrete deck was poured in three sections during the calm weeks of September.',
    'The board says the quay will take ships twice the size of the current ferry, and it hopes to attract a second operator for the crossing to the mainland.'
  ]

  test('the signature under a post the article quotes last is the article’s', () => {
    const post = 'The first ferry has left the new berth, right on time. Thank you to all the crews!'
    const signature = '— Harbour Board (@harbourboard) May 3, 2027'
    const text = ['Home', 'News', 'Sign in', ...paragraphs, post, signature, 'Subscribe to our channel', 'Privacy policy', 'Terms of use'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([...paragraphs, post, signature])
  })

  test('a heading that ends in a colon is the article’s even where the menu shows the same words', () => {
    const items = [
      'A timetable for every harbour of the coast in one place',
      'Alerts when a crossing is late or cancelled by the weather',
      'A map of the quays with the berths of each ferry'
    ]
    const menu = ['Home', 'Ferry Planner', 'Tides', 'Contact']
    const text = [
      ...menu, 'Sign in',
      ...paragraphs,
      'So it is time to plan the trip.', 'This app will help you!',
      'Ferry Planner:', ...items,
      'Share', ...menu, 'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toContain('Ferry Planner:')
    for (const item of items) expect(result.body).toContain(item)
  })
})

describe('removeBoilerplate: a list the article introduces, with a gallery between', () => {
  const lead = [
    'The harbour board chose five companies on Monday to run the new crossings to the outer islands, after a tender that drew fourteen offers from all over the coast.',
    'The five join the three operators that already serve the islands, and the board expects the first new boats to sail in the spring.',
    'Each company will run at least two crossings a day from the new north quay, and the board wants the timetables to meet the first and last buses of the mainland.',
    '“We asked for boats that can sail in the winter storms, and for crews who know the islands,” the chair of the board said at the meeting on Monday evening.'
  ]
  const rest = [
    'They range from a family firm with two small launches to the largest ferry company of the region, which will put its newest catamaran on the route.',
    'The board will pay the companies for each crossing they run, and it will look at the numbers again after the first winter, when the storms have shown which boats can keep to the timetable.',
    'Islanders have asked for more crossings for years, and the council of the outer islands said the choice was a good day for the families who live there all year round.'
  ]
  const partners = [
    'Northport Ferries, Northport',
    'Bell Rock Launches, Eastcliff',
    'Cape Point Marine, Westmoor',
    'Gull Island Boats, Gull Island',
    'Southbay Shipping, Southbay'
  ]
  const gallery = [1, 2, 3].flatMap((n) => [
    `Image ${n} of 3`,
    `A drawing of the catamaran that company number ${n} wants to put on the crossing to the outer islands next spring.`,
    `(Image credit: ${['Northport Ferries', 'Bell Rock Launches', 'Cape Point Marine'][n - 1]})`
  ])

  test('the partners listed after a line that ends in a colon are the article’s, not a menu', () => {
    const text = ['Home', 'News', 'Sign in', ...lead, 'The five new partners are:', ...gallery, ...partners, ...rest, 'Privacy policy', 'Terms of use'].join('\n\n')
    const result = cleanup(text)
    for (const partner of partners) expect(result.body).toContain(partner)
    expect(result.body).not.toContain('drawing of the catamaran')
    expect(result.body).not.toContain('Image 1 of 3')
    for (const paragraph of [...lead, ...rest]) expect(result.paragraphs).toContain(paragraph)
  })

  test('short lines after a gallery without such a line stay navigation', () => {
    const text = ['Home', 'News', 'Sign in', ...lead, ...gallery, ...partners, ...rest, 'Privacy policy', 'Terms of use'].join('\n\n')
    const result = cleanup(text)
    for (const partner of partners) expect(result.body).not.toContain(partner)
  })

  test('a label before a credit line in parentheses is no caption', () => {
    const text = [
      'Home', 'News', 'Tech', 'Health', 'Science', 'Sign in',
      'Trending', 'Climate', 'Volcanoes', 'Whales',
      'Live Harbour is supported by its readers. When you buy through links on our site, we may earn a commission.',
      'Harbour gets a new quay', 'By Ana Ruiz 2027-05-03', 'Shares', '(Image: © Harbour Board)',
      ...lead, ...rest, 'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([...lead, ...rest])
  })
})

describe('removeBoilerplate: a last section closed by a rule', () => {
  const paragraphs = [
    'NORTHPORT — The Northport Gulls beat the Southbay Herons 104-98 on Tuesday night, after a late run of nine straight points that turned a close game in the last three minutes.',
    'Mara Olsen scored 31 points for the Gulls, who have won four games in a row at home, and she also had eleven rebounds and six assists.',
    'The Herons led by eight points early in the fourth quarter before their two guards ran into foul trouble and had to sit on the bench.'
  ]
  const section = ['UP NEXT', 'Gulls: Host the Herons again on Friday.', 'Herons: Visit Eastcliff on Sunday.']
  const after = ['More island basketball: https://example.org/basketball', 'Most popular', 'Harbour fees rise again as winter nears', 'School boat gets a second deck']

  test('its heading and lines are the article’s, up to the rule', () => {
    const text = ['Home', 'Sport', 'Sign in', ...paragraphs, ...section, '___', ...after, 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual([...paragraphs, ...section, '___'])
  })

  test('without the rule, the cue and what follows it stay out', () => {
    const text = ['Home', 'Sport', 'Sign in', ...paragraphs, ...section, ...after, 'Privacy policy'].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toEqual(paragraphs)
  })
})

describe('removeBoilerplate: an author box ends the article', () => {
  const paragraphs = [
    'The harbour board opened the new north quay on Monday, two years after the storm that tore away the old wooden pier and left the island without a berth for the night ferry.',
    'Divers spent most of the summer laying the foundations, and the concrete deck was poured in three sections during the calm weeks of September.',
    'The board says the quay will take ships twice the size of the current ferry, and it hopes to attract a second operator for the crossing to the mainland.'
  ]
  const bio = 'Ana Ruiz is a reporter who covers the harbour and the island council for the Courier, and she has lived on the island for more than ten years.'

  test('“About” and the name of the author who wrote it, then a biography', () => {
    const text = ['Home', 'News', 'Sign in', 'North quay opens', 'By Ana Ruiz', ...paragraphs, 'About Ana Ruiz', bio, 'Privacy policy'].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual(paragraphs)
    const german = [
      'Die Hafenbehörde hat am Montag den neuen Nordkai eröffnet, zwei Jahre nachdem der Sturm den alten Holzsteg fortgerissen und die Insel ohne Anleger für die Nachtfähre gelassen hatte.',
      'Taucher haben fast den ganzen Sommer an den Fundamenten gearbeitet, und die Betondecke wurde in den ruhigen Wochen im September in drei Abschnitten gegossen.',
      'Die Behörde sagt, dass der Kai Schiffe aufnehmen kann, die doppelt so groß sind wie die heutige Fähre, und sie hofft auf einen zweiten Betreiber für die Überfahrt.'
    ]
    const german_bio = 'Anna Schmidt ist Redakteurin für den Hafen und den Inselrat und lebt seit mehr als zehn Jahren mit ihrer Familie auf der Insel.'
    const result = cleanup(['Start', 'Nachrichten', 'Anmelden', 'Von Anna Schmidt, 3. Mai 2027', ...german, 'Über Anna Schmidt', german_bio, 'Datenschutz'].join('\n\n'))
    expect(result.paragraphs).toEqual(german)
  })

  test('“About the author” too', () => {
    const text = ['Home', 'News', 'Sign in', ...paragraphs, 'About the author', bio, 'Privacy policy'].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual(paragraphs)
  })

  test('a subheading about a place the page names nowhere else goes on with the article', () => {
    const place = 'North Bay is a village of two hundred people on the far side of the island, and its children take the school boat every morning.'
    const text = ['Home', 'News', 'Sign in', ...paragraphs, 'About North Bay', place, 'Privacy policy'].join('\n\n')
    expect(cleanup(text).paragraphs).toEqual([...paragraphs, 'About North Bay', place])
  })
})

describe('removeBoilerplate and an interruption the article announces', () => {
  test('a gallery after “Story continues below the photos” does not end the article', () => {
    const names = ['Ilse Varga', 'Tomas Vik', 'Ada Brenn', 'Per Lund', 'Mara Lind', 'Olga Marr']
    const gallery = names.flatMap((d) => ['[IMG]', `${d} Submitted photo`])
    const text = [
      'Menu',
      'Home',
      'Local News',
      'Crews arrest six in a night raid at the harbour',
      'Harbour police arrested six people on Monday during an investigation of smuggling on the north quay.',
      'Officers stopped a van near the old customs shed and later arrested a driver, 32, after finding boxes of untaxed tobacco in the back, a spokesman said.',
      'Story continues below the photos',
      '1 of 6',
      ...gallery,
      'A dog of the border unit later found more boxes in a boat tied up at the pier, and officers took the owner to the station for questions.',
      'A short time later, officers stopped a second van on the coast road and arrested its two passengers, the spokesman said.',
      'All six are held at the county jail until a hearing on Friday, when a judge will decide on bail for each of them.',
      'Privacy policy',
      'Contact us'
    ].join('\n\n')
    const body = cleanup(text).body
    expect(body).toContain('Harbour police arrested six people')
    expect(body).toContain('Officers stopped a van')
    expect(body).toContain('All six are held at the county jail')
    expect(body).not.toContain('Submitted photo')
  })
})

describe('removeBoilerplate: a short article of one paragraph', () => {
  test('a lone long paragraph next to a counter the page repeats is the article, not a teaser card', () => {
    const sentences = [
      'The harbour council met on Tuesday evening and agreed to extend the winter ferry timetable by two crossings.',
      'Crews and several shop owners had asked for a later departure so that workers could get home after their shifts.',
      'The first late boat will leave the north pier at ten past eleven, and the last one will wait for the train from the city.',
      'Tickets keep their price, but students and pensioners will pay half on the late crossings until the end of March.',
      'The council will look at the numbers again in spring and decide then whether the extra crossings stay for the summer.',
      'The ferry company said it would hire two more deckhands and train them during the quiet weeks of January.',
      'Islanders who work in the city welcomed the decision, and the shop owners said they would open later on Fridays.'
    ]
    const article = sentences.join(' ')
    const teasers = ['Fish market moves to the customs house', 'Storm closes the causeway for two days', 'School boat gets a second deck']
    const page = [
      'Home', 'News', 'Island', 'Sport',
      'Later ferries for the winter', article, '0',
      'You may also like', ...teasers.flatMap((d) => [d, '0']),
      'Recent posts', ...teasers,
      'The Island Courier is written by volunteers who live on the island, and it is printed every Thursday in the old school by the harbour.'
    ].join('\n\n')
    const result = cleanup(page)
    expect(result.paragraphs).toContain(article)
    expect(result.body).not.toContain('volunteers')
  })
})

describe('removeBoilerplate: the headline', () => {
  const article = [
    'The night ferry to the outer islands returns in January 2027, the harbour board said on Monday, after a winter in which islanders drove around the bay.',
    'The board expects the crossing to pay for itself by the autumn of 2027. Crews will train in January on the new ship, which can carry forty cars.',
    'Islanders welcomed the vote. The fish market will open an hour earlier on the days the night ferry sails, and the quay cafe will stay open late.'
  ]

  test('a date line over the article is no headline, however many words it shares with it', () => {
    const page = ['Home', 'News', 'Islands', 'Back on the water: the night crossing returns to the outer islands', 'By Ana Ruiz', 'January 14, 2027', ...article]
    expect(cleanup(page.join('\n\n')).title).toBe('Back on the water: the night crossing returns to the outer islands')
  })

  test('a heading after the article’s first paragraph is the article’s, unless its date follows it (the paragraph was a caption)', () => {
    const caption =
      'The new ship at the yard in the north of the island after its last coat of paint in early January, before the crews take it out for the first time on the open water.'
    const inside = ['Home', 'News', 'Islands', article[1], 'New crossings for the islands!', article[2], article[0], '© 2027 The Island Courier']
    const result = cleanup(inside.join('\n\n'))
    expect(result.title).toBeUndefined()
    expect(result.paragraphs).toContain('New crossings for the islands!')
    const captioned = ['Home', 'News', 'Islands', caption, 'Night ferry back on the island route', 'Monday, January 11, 2027', article[1], article[2]]
    expect(cleanup(captioned.join('\n\n')).title).toBe('Night ferry back on the island route')
  })

  test('a long headline the article starts with is the title, and its date after it no article text', () => {
    const headline = 'Our Harbour Survey Shows – A Mix of Night Ferries and Day Boats Brings the Most Visitors to the Islands and the Best Revenue for the Quay'
    const survey = [
      'The harbour board surveyed the island routes over the winter, and its survey shows that night ferries and day boats together bring the most visitors to the islands.',
      'Crews will train through the spring, and the first night crossing is planned for the end of May, the board said, when the island route gets its summer timetable.',
      'The revenue of the quay rose by a third when both kinds of boats ran, the survey found, and the board will keep both on the route.'
    ]
    const result = cleanup(['Home', 'News', 'Sport', 'Weather', headline, 'May 4, 2030', ...survey].join('\n\n'))
    expect(result.title).toBe(headline)
    expect(result.paragraphs).toEqual(survey)
    // A first paragraph that ends like a sentence is no headline.
    expect(cleanup(['Home', 'News', 'Sport', 'Weather', ...survey].join('\n\n')).title).toBeUndefined()
  })

  test('an abbreviation’s period is no second sentence of a headline; a sentence end inside is', () => {
    const headline = 'Who pays for the new pier that the U.S. Navy wants at the north quay?'
    const text = ['Home', 'News', 'Islands', headline, 'By Ana Ruiz', ...article].join('\n\n')
    expect(cleanup(text.replace('ferry', 'navy pier ferry')).title).toBe(headline)
    expect(holdsSentenceEnd('Who pays for the new pier that the U.S. Navy wants?')).toBe(false)
    expect(holdsSentenceEnd('The ships came in 2019. Now the quay is full')).toBe(true)
    expect(holdsSentenceEnd('Ferry fares rise again. Here’s why')).toBe(true)
  })

  test('a Markdown document’s top heading wins over a teaser’s heading nearer the article, underlined too', () => {
    const own = [article[0].replace('around the bay.', 'around the bay instead of crossing the water.'), ...article.slice(1)]
    const teaser = '### Quay cafe stays open late on ferry nights'
    const atx = ['[Home](/) [News](/news)', '# Back on the water after a long winter', teaser, ...own]
    expect(cleanup(atx.join('\n\n')).title).toBe('Back on the water after a long winter')
    const setext = ['[Home](/) [News](/news)', 'Back on the water after a long winter\n=====================================', teaser, ...own]
    expect(cleanup(setext.join('\n\n')).title).toBe('Back on the water after a long winter')
  })
})

describe('a related cue that the article does not go on after', () => {
  // A menu, a headline and three paragraphs of an article.
  const pier = [
    'Home',
    'News',
    'Sport',
    'Weather',
    'Harbour board backs a new pier',
    'The harbour board voted on Tuesday to build a new pier at the north end of the bay, a plan that has been talked about for more than ten years.',
    '“We have waited long enough for this,” said board chair Ana Ruiz, who has pushed for the pier since she joined the board in the spring of 2021.',
    'The pier will cost about four million and should open in the summer of 2031, if the work on the sea wall goes to plan and the weather holds.'
  ]
  // The page after it: a list of the most read headlines and the footer.
  const popular = [
    'Most popular',
    '1',
    'Ferry crews vote to strike over pay',
    '2',
    'Old lighthouse opens to visitors again',
    'View comments\n© 2030 Harbour Courier\nPrivacy notice\nTerms of use'
  ]

  test('ends the article before the cue: a long caption among the teasers carries it no further', () => {
    const blocks = [
      ...pier,
      'Fishers who use the north quay said they were glad, though some asked the board to keep the old slipway open while the work goes on.',
      'Trending now',
      'Crews took to the quay on Tuesday night asking the town to send them letters about the ferry.',
      'Crews of the night ferry really do want you to send them your letters this winter',
      'Bakery',
      'Top-rated bakeries around the bay',
      'A walker gets in her morning stroll along the harbour wall as fog hides the view of the old town and the cranes of the north quay in this file photo from 2003. The harbour and the islands are set to be under a fog warning on Saturday, April 20, 2030.',
      'Bay appears high on a new ranking of foggy towns',
      'Tacos',
      'Stalls fined after a check at the market',
      ...popular
    ]
    const result = cleanup(blocks.join('\n\n'))
    expect(result.paragraphs).toEqual(blocks.slice(5, 9))
    expect(result.related.map((d) => d.title)).toContain('Bay appears high on a new ranking of foggy towns')
  })

  test('the sentences right after the cue, ended by a rule, are the article’s own section, with their heading', () => {
    const blocks = [
      'Home',
      'News',
      'Sport',
      'Weather',
      'Harbour crews win the bay cup',
      'The harbour crews won the bay cup on Sunday for the first time in ten years, beating the Northport crews by two lengths in the last race of the day.',
      '“We have trained for this since the spring,” said captain Ana Ruiz, who has rowed for the harbour club since she was a girl.',
      'The crews led from the start and held off a late push from Northport in the last hundred metres, as the crowd on the quay cheered them home.',
      'Northport had won the cup for the last three years and had been the favourites again after a strong run in the spring races.',
      'Up next',
      'Harbour: Hosts Northport on Friday.',
      'Northport: Visits Harbour on Friday.',
      '___',
      'More sport news: https://courier.example/sport',
      'School guide',
      'Video of the week',
      'A walker gets in her morning stroll along the harbour wall as fog hides the view of the old town and the cranes of the north quay in this file photo from 2003. The harbour, the islands and the towns along the coast road to the north are set to be under a fog warning on Saturday, April 20, 2030, and the board has asked the ferry crews to keep to the slow lanes, to sound their horns at the mouth of the bay and to wait at the quay when the fog is thick.',
      'Bay appears high on a new ranking of foggy towns',
      ...popular
    ]
    const result = cleanup(blocks.join('\n\n'))
    expect(result.paragraphs).toEqual([...blocks.slice(5, 9), 'Up next', 'Harbour: Hosts Northport on Friday.', 'Northport: Visits Harbour on Friday.', '___'])
  })

  test('a box of one headline before the last paragraph stays inside the article', () => {
    const blocks = [
      ...pier,
      'Related links',
      '-',
      'Harbour board website',
      'Fishers who use the north quay said they were glad, though some asked the board to keep the old slipway open while the work goes on, and the board said it would.',
      'Report an error',
      'Top video',
      ...popular
    ]
    const result = cleanup(blocks.join('\n\n'))
    expect(result.paragraphs).toContain(blocks[11])
  })
})

describe('word boundaries beyond ASCII (`\\b` knows ASCII letters only)', () => {
  test('a caption’s cue in Cyrillic opens a caption, also before a colon', () => {
    expect(gatedPatterns.captionStart.test('Фото: Иван Петров')).toBe(true)
    expect(gatedPatterns.photoCaptionStart.test('На этом фото паром выходит из порта')).toBe(true)
    expect(gatedPatterns.captionStart.test('Фотограф рассказал о порте')).toBe(false)
    expect(gatedPatterns.captionStart.test('Photographers gather at the harbour')).toBe(false)
  })

  test('a commenter’s verb in Cyrillic ends a comment header', () => {
    expect(commentMeta.test('Иван написал:')).toBe(true)
    expect(commentMeta.test('Ana Ruiz said:')).toBe(true)
    expect(commentMeta.test('Переписал')).toBe(false)
  })

  test('an initial in Cyrillic ends no sentence', () => {
    // A headline that ends on an initial is no sentence; a tag may be a name with its initial.
    expect(headlineShape('Капитан порта уходит на пенсию, говорит Иван П.')).toBeGreaterThan(0)
    expect(isTagShape('Иван П.')).toBe(true)
  })
})

describe('lynx: an advertisement’s box with its buttons inside the article', () => {
  test('the article goes on after "ADVERTISEMENT" ⏎ "(BUTTON)" ⏎ "Thanks for watching! (BUTTON) Visit Website"', () => {
    const last =
      'ATTEND the harbour festival on the north quay, May 28–29, with the crews of the night ferry and the pilots of the bay. A meet-and-greet with the harbour master opens the first evening; seats are limited; www.harbour.example.'
    const text = [
      '   (BUTTON)', '     * Home', '     * News', '     * Harbour', '   (BUTTON)', '     * Subscribe', '',
      '   Five things to do on the water in May', '',
      '   CHEER ON the rowing crews of the island schools as they race across the bay on May 5, from the old pier to the lighthouse and back.', '',
      '   VISIT the boat show at the north quay, May 11–21, where the yards show their new ferries and the pilots take visitors out on the bay every hour.', '',
      '   SPEND a day on the island route with the night ferry crews, who show how the new boat sails through the dark and the fog, May 18–21.', '',
      '   ADVERTISEMENT', '', '   (BUTTON)', '   Thanks for watching! (BUTTON) Visit Website', '   (BUTTON)', '',
      '   ' + last, '',
      '   Tags: harbour, ferries', '', '   (BUTTON)', '     * About Us', '     * Contact Us'
    ].join('\n')
    const result = cleanup(text)
    expect(result.paragraphs).toHaveLength(4)
    expect(result.paragraphs[3]).toBe(last)
    // The buttons between two phrases are no text of the article.
    expect(result.removed.find((d) => d.text.startsWith('Thanks for watching!'))?.rule).toBe('boilerplate-phrase')
  })
})

