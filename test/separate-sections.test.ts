import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {headlineShape, isArticleMeta, isByline, isCommentHeader, isCommenterLine, isDateLike, isLabelShape, isTagShape} from '../src/features/headline.js'
import {isBrowserPlaceholder, leadingBrowserPlaceholders} from '../src/features/image-text.js'
import {gatedPatterns} from '../src/transforms/remove-boilerplate.js'
import {cleanHeadline, gluedLabel, kickerSplit, splitGluedTags, splitRepeatedTags, splitSortedTags, splitTagLine, splitWrappedTags} from '../src/features/items.js'
import {cleanup, cleanupHtml, parseText, separateSections} from '../src/index.js'
import type {Root} from '../src/types.js'

// Nodes-style page: every line its own paragraph.
const page = [
  'Menu',
  'The old bridge over the river opens again to walkers and cyclists',
  'The old stone bridge over the river opened again on Sunday after two years of repairs, and a brass band played while the first cyclists crossed to the market on the far bank.',
  'Engineer Paula Rask said the arches had been rebuilt with stone from the original quarry, and that the bridge would stay closed to cars to protect the new deck.',
  'The town will hold a small fair on the bridge every first Saturday of the summer months.',
  'Tags',
  'bridges',
  'cycling',
  'Paula Rask',
  'Read next',
  'CityNew bus shelters arrive on the river road this week',
  'CityThe market square gets its fountain back (14)',
  'Library extends its opening hours for exam season',
  'Privacy policy'
].join('\n\n')

describe('separateSections', () => {
  test('moves a tag list after a cue and a related run after a cue', () => {
    const result = cleanup(page)
    expect(result.tags).toEqual(['bridges', 'cycling', 'Paula Rask'])
    expect(result.related).toEqual([
      {title: 'New bus shelters arrive on the river road this week', section: 'City'},
      {title: 'The market square gets its fountain back', section: 'City'},
      {title: 'Library extends its opening hours for exam season'}
    ])
    expect(result.body).not.toMatch(/bridges\n|Read next|bus shelters/)
    expect(result.removed.some((d) => d.text === '(14)' && d.rule === 'strip-item')).toBe(true)
  })

  test('a text browser’s placeholder for a teaser’s image is no section of its headline', () => {
    const text = page.replace('CityNew bus shelters arrive on the river road this week\n\nCityThe market square gets its fountain back (14)', '[IMG]\n\nNew bus shelters arrive on the river road this week\n\n[IMG]\n\nThe market square gets its fountain back')
    expect(cleanup(text).related).toEqual([
      {title: 'New bus shelters arrive on the river road this week'},
      {title: 'The market square gets its fountain back'},
      {title: 'Library extends its opening hours for exam season'}
    ])
  })

  test('an empty pair of brackets ("[]": an image without text, as pandoc’s plain text and w3m write it) is an image’s placeholder too', () => {
    const text = page.replace('CityNew bus shelters arrive on the river road this week\n\nCityThe market square gets its fountain back (14)', '[]\n\nNew bus shelters arrive on the river road this week\n\n[]\n\nThe market square gets its fountain back')
    expect(cleanup(text).related).toEqual([
      {title: 'New bus shelters arrive on the river road this week'},
      {title: 'The market square gets its fountain back'},
      {title: 'Library extends its opening hours for exam season'}
    ])
    expect(isBrowserPlaceholder('[]')).toBe(true)
    expect(leadingBrowserPlaceholders('[] Follow us on the harbour radio')).toBe('[] ')
  })

  test('an image’s text in brackets above a teaser ("[Ferry crews at the quay]", w3m and pandoc’s plain text) is no related headline', () => {
    expect(headlineShape('[Ferry crews vote to keep the late crossing]')).toBe(0)
    expect(headlineShape('[Logo][Ferry crews vote to keep the late crossing]')).toBe(0)
    expect(headlineShape('Ferry crews vote to keep the late crossing [VIDEO]')).toBeGreaterThan(0)
    const text = page.replace(
      'CityNew bus shelters arrive on the river road this week\n\nCityThe market square gets its fountain back (14)',
      '[New bus shelters on the river road at dusk]\n\nNew bus shelters arrive on the river road this week\n\n[The fountain in the market square]\n\nThe market square gets its fountain back'
    )
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back',
      'Library extends its opening hours for exam season'
    ])
  })

  test('a recent-comments widget’s commenter ("Ben Ruiz commented on") is no section of the headline under it', () => {
    // As the html-to-text package writes the widget: the commenter, the article commented on, its link.
    const items = [
      ['Marta Quill', 'Why the night ferry keeps running through the winter', 'night-ferry'],
      ['Ben Ruiz', 'Fish market moves to the old customs shed in March', 'fish-market'],
      ['Ola Berg', 'Island school opens a second boat for its pupils', 'island-school'],
      ['Ben Ruiz', 'Why the night ferry keeps running through the winter', 'night-ferry']
    ]
    const text = [
      'THE HARBOUR GAZETTE',
      '',
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after three months of debate in the council',
      'chamber, where the crews had waited since the spring for an answer.',
      '',
      'The crews will be paid for the extra shifts from a fund the board set',
      'up last year, and the first crossing is planned for the second week of',
      'May, when the new timetable starts and the ticket office opens again.',
      '',
      'Comments are closed.',
      '',
      '',
      'RECENT COMMENTS',
      '',
      ...items.flatMap(([who, title, slug], i) => [` * ${who} commented on`, `   ${title}`, `   [https://gazette.example/2027/05/${slug}/#comment-95419${i}]`]),
      '',
      '',
      'PRIVACY POLICY [https://gazette.example/privacy]'
    ].join('\n')
    expect(cleanup(text).related).toEqual([
      {title: 'Why the night ferry keeps running through the winter'},
      {title: 'Fish market moves to the old customs shed in March'},
      {title: 'Island school opens a second boat for its pupils'}
    ])
  })

  test('the links of the document’s head that an earlier step removed are no related headlines', () => {
    const text = [
      'Link: New bus shelters arrive on the river road this week (previous)',
      'Link: The market square gets its fountain back after repairs (next)',
      'Link: Library extends its opening hours for the exam season (alternate)',
      'The old stone bridge over the river opened again on Sunday after two years of repairs, and a brass band played while the first cyclists crossed to the market on the far bank.',
      'Engineer Paula Rask said the arches had been rebuilt with stone from the original quarry, and that the bridge would stay closed to cars to protect the new deck.'
    ].join('\n\n')
    // As `stripLinkNumbers` leaves an elinks dump's head links.
    const markHead = () => (tree: Root) => {
      for (const block of tree.children.slice(0, 3)) {
        block.data.fate = 'removed'
        block.data.rule = 'head-links'
      }
    }
    const processor = unified().use(parseText).use(markHead).use(separateSections)
    const file = new VFile(text)
    const tree = processor.runSync(processor.parse(file), file) as Root
    expect(tree.children.map((d) => d.data.rule)).toEqual(['head-links', 'head-links', 'head-links', undefined, undefined])
  })

  test('"most popular" in the phrase packs, with a word of the site after it', () => {
    const text = [
      'Меню',
      'Старый мост через реку снова открыт для пешеходов после двух лет ремонта, и в воскресенье по нему прошли первые велосипедисты.',
      'Инженер Павел Раск сказал, что арки восстановили из камня того же карьера, а машинам на мост въезжать не разрешат.',
      'Город будет проводить на мосту небольшую ярмарку каждую первую субботу летних месяцев.',
      'Самые популярные новости',
      'На речной дороге появятся новые остановки',
      'Рыночная площадь снова получит свой фонтан',
      'Библиотека продлевает часы работы на время экзаменов',
      'Политика конфиденциальности'
    ].join('\n\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'На речной дороге появятся новые остановки',
      'Рыночная площадь снова получит свой фонтан',
      'Библиотека продлевает часы работы на время экзаменов'
    ])
  })

  test('a cue with the name of the site after it is no headline', () => {
    const text = page.replace('Read next', 'More from the Harbour Evening Gazette')
    const titles = cleanup(text).related.map((d) => d.title)
    expect(titles).not.toContain('More from the Harbour Evening Gazette')
    expect(titles).toContain('Library extends its opening hours for exam season')
  })

  test('a cue with the name of a section and a colon after it is no headline, nor article text', () => {
    const cue = 'Related coverage from Harbour Guides: Money:'
    // (Right after the article, with no tag list between: a lead-in to a list there is the article's.)
    const result = cleanup(page.replace('Tags\n\nbridges\n\ncycling\n\nPaula Rask\n\nRead next', cue).replace(/City/g, ''))
    expect(result.related.map((d) => d.title)).not.toContain(cue)
    expect(result.body).not.toContain(cue)
    expect(result.removed.find((d) => d.text === cue)?.rule).toBe('related-cue')
  })

  test('a cue on the line of the first headline is cut from it', () => {
    const text = page.replace('Read next\n\nCityNew bus shelters arrive on the river road this week', 'Read Next New bus shelters arrive on the river road this week')
    const titles = cleanup(text).related.map((d) => d.title)
    expect(titles).toContain('New bus shelters arrive on the river road this week')
    expect(titles).toContain('Library extends its opening hours for exam season')
  })

  test('a share button is no related headline', () => {
    const text = page.replace('Privacy policy', 'Open the extra sharing options\n\nPrivacy policy')
    expect(cleanup(text).related.map((d) => d.title)).not.toContain('Open the extra sharing options')
  })

  test('the heading of a comment form with its controls is no related headline', () => {
    for (const form of ['Leave a Comment Close this form', 'Deja una respuesta Cerrar formulario']) {
      const text = page.replace('Privacy policy', form + '\n\nPrivacy policy')
      const titles = cleanup(text).related.map((d) => d.title)
      expect(titles).not.toContain(form)
      expect(titles).toContain('Library extends its opening hours for exam season')
    }
  })

  test('a line removed as a boilerplate phrase is no related headline', () => {
    const call = 'Click the image above to see every crossing of the winter timetable'
    const result = cleanup(page.replace('Library extends its opening hours for exam season', call + '\n\nLibrary extends its opening hours for exam season'))
    expect(result.related.map((d) => d.title)).not.toContain(call)
    expect(result.related.map((d) => d.title)).toContain('Library extends its opening hours for exam season')
    expect(result.removed).toContainEqual(expect.objectContaining({text: call, rule: 'boilerplate-phrase'}))
  })

  test('a list of sources after its heading is no related headlines', () => {
    const sources = ['Sources:', 'Harbour Board, “Fares for the coming year,” May 2030', 'Quay Times, “Crews vote on the night route,” June 2030', 'North Bay Radio, “The pier gets a new roof,” July 2030']
    const text = page.replace('Tags', sources.join('\n\n') + '\n\nTags')
    const result = cleanup(text)
    expect(result.related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back',
      'Library extends its opening hours for exam season'
    ])
    expect(result.tags).toEqual(['bridges', 'cycling', 'Paula Rask'])
    expect(result.body).not.toContain('Quay Times')
  })

  test('the page’s own title with the site’s name after it is no related headline', () => {
    const title = 'The old bridge over the river opens again to walkers and cyclists'
    const result = cleanup(`${title} | River Gazette\n\nGet the River Gazette app\n\nHome\n\nNews\n\nSport\n\n` + page)
    expect(result.title).toBe(title)
    expect(result.related.map((d) => d.title)).not.toContain(`${title} | River Gazette`)
    expect(result.related.map((d) => d.title)).toContain('Library extends its opening hours for exam season')
  })

  test('the page’s own title behind an image’s name is no related headline', () => {
    const result = cleanup(page.replace('Library extends', '[bridge-420x280] The old bridge over the river opens again to walkers and cyclists\n\nLibrary extends'))
    expect(result.related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back',
      'Library extends its opening hours for exam season'
    ])
  })

  test('the article’s own opening cut short by an ellipsis is no related headline', () => {
    // (The page's description, as its metadata repeats it among the links.)
    const result = cleanup(page.replace('Library extends', 'The old stone bridge over the river opened again on Sunday after two...\n\nLibrary extends'))
    expect(result.related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back',
      'Library extends its opening hours for exam season'
    ])
  })

  test('a headline cut short stays a related headline, however often the page shows it', () => {
    const cut = 'Ferry crews vote to strike over the new winter timet...'
    const result = cleanup(page.replace('Library extends', cut + '\n\nLibrary extends').replace('Privacy policy', 'Most read\n\n' + cut + '\n\nThe harbour light gets a new lens after forty years\n\nPrivacy policy'))
    expect(result.related.map((d) => d.title)).toContain(cut)
  })

  test('the article’s tags run together with commas are no related headline', () => {
    // The page's metadata written out after the share buttons: its title, description, author,
    // keywords ("Harbour news,Ferry Timetables") and dates.
    const title = 'Five things about the harbour you need to know today'
    const text = [
      'Menu',
      title,
      'Good morning! Here is the harbour news you need to know this Monday.',
      'The old stone bridge over the river opened again on Sunday after two years of repairs, and a brass band played while the first cyclists crossed to the market on the far bank.',
      'Engineer Paula Rask said the arches had been rebuilt with stone from the original quarry, and that the bridge would stay closed to cars to protect the new deck.',
      'The town will hold a small fair on the bridge every first Saturday of the summer months.',
      'Tags:', 'Harbour news', 'Ferry Timetables',
      'Facebook', 'Twitter', 'Email',
      title, title, 'Good morning! Here is the harbour news you need to...', title, 'Anna Berg',
      'Harbour news,Ferry Timetables',
      title, '2027-05-02T08:57:40+01:00', '2027-05-02T07:23:12+01:00',
      'Privacy policy'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.tags).toEqual(['Harbour news', 'Ferry Timetables'])
    expect(result.related).toEqual([])
  })

  test('a licence under the page is no related headline', () => {
    const licence = ['Harbour Notes, a project of the Quay Trust (a public charity). This work is licensed under a Creative Commons', 'Attribution-NonCommercial-ShareAlike 4.0 International License']
    const result = cleanup(page.replace('Privacy policy', licence.join('\n\n') + '\n\nPrivacy policy'))
    expect(result.related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back',
      'Library extends its opening hours for exam season'
    ])
  })

  test('the notices of a share-by-email button are no related headlines', () => {
    const notices = ['Post was not sent - check your email addresses!', 'Email check failed, please try again', 'Sorry, your blog cannot share posts by email.']
    const result = cleanup(page.replace('Library extends its opening hours for exam season', notices.join('\n\n') + '\n\nLibrary extends its opening hours for exam season'))
    expect(result.related.map((d) => d.title)).toContain('Library extends its opening hours for exam season')
    for (const notice of notices) expect(result.related.map((d) => d.title)).not.toContain(notice)
    // One removed entry for the run of three.
    expect(result.removed).toContainEqual(expect.objectContaining({text: notices.join('\n'), rule: 'boilerplate-phrase'}))
  })

  test('a byline after a tag list ends it', () => {
    const text = page
      .replace('Tags\n\nbridges\n\ncycling', 'Tags\n\nterms:\n\nRiver Festival\n\nStone Bridges')
      .replace(/Paula Rask\n\nRead next[^]*$/, 'Paula Rask\n\nBy\n\nRiver Town Gazette Staff\n\n5 Things to Do on the River in June\n\nPrivacy policy')
    const result = cleanup(text)
    expect(result.tags).toEqual(['River Festival', 'Stone Bridges', 'Paula Rask'])
  })

  test('reports moves and splits with rule ids, one message per run', () => {
    const rules = cleanup(page).messages.filter((d) => d.source === 'unscrape').map((d) => d.ruleId)
    expect(rules.filter((d) => d === 'tag-list')).toHaveLength(1)
    expect(rules.filter((d) => d === 'related-list')).toHaveLength(1)
    expect(rules).toContain('section-label')
    expect(rules).toContain('strip-item')
    const message = cleanup(page).messages.find((d) => d.ruleId === 'tag-list')!
    expect(String(message)).toMatch(/^\d+:\d+-\d+:\d+: Moved 3 tags to `tags`/)
  })

  test('`tags: false` and `related: false` leave the blocks to the boilerplate step', () => {
    const noTags = cleanup(page, {sections: {tags: false}})
    expect(noTags.tags).toEqual([])
    expect(noTags.related.length).toBe(3)
    const noRelated = cleanup(page, {sections: {related: false}})
    expect(noRelated.related).toEqual([])
    expect(noRelated.tags.length).toBe(3)
    const off = cleanup(page, {sections: false})
    expect(off.tags).toEqual([])
    expect(off.related).toEqual([])
  })

  test('`clean: false` keeps items as shown', () => {
    const result = cleanup(page, {sections: {clean: false}})
    expect(result.related[0]).toEqual({title: 'CityNew bus shelters arrive on the river road this week'})
  })

  test('throws on invalid options', () => {
    expect(() => separateSections({maxTags: -1})).toThrow(TypeError)
  })

  test('does not take a navigation menu above the article as tags', () => {
    const text = ['World', 'Business', 'Travel', 'Science', page].join('\n\n')
    expect(cleanup(text).tags).toEqual(['bridges', 'cycling', 'Paula Rask'])
  })

  test('a handful of short lines inside the article stay body', () => {
    const text = [
      'Bakers in the valley share their bread recipe with the whole village every spring.',
      'You will need the following for one loaf, which takes most of a morning to make.',
      'Flour',
      'Water',
      'Salt',
      'Mix everything in a large bowl, cover it with a cloth, and leave it overnight by the stove.',
      'The bread keeps for three days in a cool cupboard, wrapped in a linen towel.'
    ].join('\n\n')
    expect(cleanup(text).tags).toEqual([])
  })
})

describe('tags after a cue, with markup-only blocks between', () => {
  test('raw HTML lines between the cue and the tags (Pandoc gfm) are no end of the list', () => {
    const text = [
      '# Night ferry keeps its winter timetable',
      '',
      'The [harbour council](https://gazette.example/council) voted on Tuesday to keep the night ferry running through the winter, after three months of debate.',
      '',
      'Crews will be paid for the extra shifts from a fund the board set up last year, and the vote was close: seven to five.',
      '',
      'The last crossing will leave the quay at twenty to midnight, and tickets bought on board will cost the same as at the [office](https://gazette.example/office).',
      '',
      '<div class="story-tags">',
      '',
      '##### Tags',
      '',
      '<div class="story-tags-list">',
      '',
      '<a href="https://gazette.example/tag/ferries/"',
      'class="story-tags-link">Ferries</a>',
      '',
      '</div>',
      '',
      '</div>'
    ].join('\n')
    const result = cleanup(text)
    expect(result.tags).toEqual(['Ferries'])
    expect(result.paragraphs).toHaveLength(3)
    // The markup lines keep their own rule.
    expect(result.removed.filter((d) => d.text.startsWith('<div')).map((d) => d.rule)).toEqual(['strip-markup', 'strip-markup'])
  })
})

describe('a tag list whose link texts a converter wrapped', () => {
  test('"[Night" ⏎ "Crossings](…)," is one tag', () => {
    const story = '# Ferries\n\nThe harbour board voted on Tuesday to bring the [night ferry](https://gazette.example/f) back to the island route.\n\nCrews will train through the winter, and the first crossing is planned for [March](https://gazette.example/m).\n\n'
    const list = 'In This Article:\n[ferries](https://gazette.example/t/ferries/ "ferries"){.tags__item},\n[Night\nCrossings](https://gazette.example/t/night-crossings/ "Night Crossings"){.tags__item},\n[Harbour\nBoard](https://gazette.example/t/harbour-board/ "Harbour Board"){.tags__item}'
    expect(cleanup(story + list).tags).toEqual(['ferries', 'Night Crossings', 'Harbour Board'])
    // Lines that are tags of their own stay apart.
    expect(cleanup(story + 'Tags:\n[Ferries](https://gazette.example/t/ferries/),\n[Night](https://gazette.example/t/night/),\n[Crossings](https://gazette.example/t/crossings/)').tags).toEqual(['Ferries', 'Night', 'Crossings'])
  })
})

describe('a tag cue glued to its list (textContent)', () => {
  const story = 'The harbour board voted on Tuesday to bring the night ferry back to the island route.\n\nCrews will train through the winter, and the first crossing is planned for March.\n\n'

  test('"Tagsnight ferry, island route, …": the cue and a list of three or more', () => {
    expect(cleanup(story + 'Tagsnight ferry, island route, harbour board, winter crossings').tags).toEqual(['night ferry', 'island route', 'harbour board', 'winter crossings'])
  })

  test('a word that starts like a cue, a label, a sentence, two items stay', () => {
    for (const line of ['Tagsüber fährt die Fähre, der Bus und die Bahn, ohne Pause.', 'Tagline: fast, cheap, good', 'Topicsharbour, ferries']) {
      const result = cleanup(story + line)
      expect(result.tags).toEqual([])
      expect(result.body).toContain(line)
    }
  })
})

describe('one tag on the cue’s line, the rest on the lines after it', () => {
  const story = 'The harbour board voted on Tuesday to bring the night ferry back to the island route.\n\nCrews will train through the winter, and the first crossing is planned for March.\n\n'

  test('"Tags:night ferry" ⏎ "island route" ⏎ "harbour board" (textContent of links on lines of their own)', () => {
    const result = cleanup(story + 'Tags:night ferry\nisland route\nwinter crossings\nharbour board\n\nComments are moderated.')
    expect(result.tags).toEqual(['night ferry', 'island route', 'winter crossings', 'harbour board'])
    expect(result.body).not.toMatch(/Tags|winter crossings/)
  })

  test('raw HTML links cut over lines in Markdown (Pandoc’s GFM)', () => {
    const markdown =
      '## Night ferries return to the north route\n\nThe harbour board voted on Monday to bring back the night ferry between\nKestrel Bay and the outer islands, after a winter without it. Crews will\nsail twice a week from the [first of May](https://port.example/may).\n\n![A ferry at night](https://port.example/ferry.jpg)\n\n' +
      '“We missed the boat,” said one islander, who has commuted by road since\nJanuary. The board expects the route to pay for itself by autumn.\n\n<div class="tagbox">\n\n' +
      'Tags:<a href="https://port.example/post/tags/ferry/page1"\nclass="tagurl">ferry</a>\n<a href="https://port.example/post/tags/night-ferry/page1"\nclass="tagurl">night ferry</a>\n' +
      '<a href="https://port.example/post/tags/night-ferry-route/page1"\nclass="tagurl">night ferry route</a> <a\nhref="https://port.example/post/tags/outer-islands/page1"\nclass="tagurl">outer islands</a>\n\n</div>\n'
    expect(cleanup(markdown).tags).toEqual(['ferry', 'night ferry', 'night ferry route', 'outer islands'])
  })

  test('a cue without a colon in a menu, or a sentence after the line, takes no more lines', () => {
    const menu = cleanup(story + '* Topics A-Z\n* Cookie settings\n* Contact us\n* Harbour news')
    expect(menu.tags).not.toContain('Cookie settings')
    const prose = cleanup(story + 'Tags:night ferry\nThe board will publish the new timetable in February, after the vote.')
    expect(prose.tags).toEqual(['night ferry'])
    expect(prose.body).toContain('The board will publish the new timetable in February')
  })
})

describe('a tag cue inside lines joined after Markdown was stripped', () => {
  test('"_**HG - [site](…)**_" ⏎⏎ "**Tags" ⏎ "[a](…), [b](…)**": the cue is found among the joined lines', () => {
    const story = '# Ferries\n\nThe harbour board voted on Tuesday to bring the [night ferry](https://gazette.example/f) back to the island route.\n\nCrews will train through the winter, and the first crossing is planned for [March](https://gazette.example/m).\n\n'
    const tail = '_**HG - [gazette.example](https://gazette.example)**_\n\n**Tags  \n[night ferry](https://gazette.example/tag/night-ferry/), [island route](https://gazette.example/tag/island-route/), [harbour board](https://gazette.example/tag/harbour-board/)**\n\nComments are moderated.'
    const result = cleanup(story + tail)
    expect(result.tags).toEqual(['night ferry', 'island route', 'harbour board'])
    expect(result.body).not.toMatch(/Tags|island route,/)
  })

  test('"[A roundup of the writings on this" ⏎ "topic](…)": the end of a wrapped link text is no cue', () => {
    const story = '# Ferries\n\nThe harbour board voted on Tuesday to bring the [night ferry](https://gazette.example/f) back to the island route.\n\nCrews will train through the winter, and the first crossing is planned for [March](https://gazette.example/m).\n\n'
    const tail = 'Here are some resources from the harbour community that may help:\\\n\\* [A roundup of the writings on this\ntopic](https://gazette.example/a){rel="nofollow"}\\\n\\* [The 2027 harbour report, with\ncharts](https://gazette.example/b){rel="nofollow"}\n\nThe board meets again in May.'
    const result = cleanup(story + tail)
    expect(result.tags).toEqual([])
    expect(result.body).toContain('The 2027 harbour report, with charts')
  })
})

describe('rows of tags without a cue', () => {
  const body = [
    'The harbour board met on Tuesday to discuss fog horns and the pilot boats that guide ships past the breakwater every night.',
    'The RNLI crews said winter storms had kept North Sea Ferries Ltd. in port for four days, and SeaCat services were cancelled while tugboats stood by.'
  ]

  test('innerText: links with wide gaps or none, a control joined after them, a cue after the row', () => {
    // innerText writes inline links as they touch: "Fog HornsPilot Boats".
    const text = [...body, 'Harbours  Fog HornsPilot BoatsRNLIwinter stormsNorth Sea Ferries Ltd.SeaCatTugboats', 'search', 'Most Read', 'Ferry fares rise again'].join('\n')
    const result = cleanup(text)
    // "SeaCat", as the body writes it, not "Sea" + "Cat".
    expect(result.tags).toEqual(['Harbours', 'Fog Horns', 'Pilot Boats', 'RNLI', 'winter storms', 'North Sea Ferries Ltd.', 'SeaCat', 'Tugboats'])
    expect(result.removed.some((d) => d.text === 'search' && d.rule === 'boilerplate-phrase')).toBe(true)
  })

  test('Markdown: a row of glued links wrapped inside its items (html2text)', () => {
    const text = [
      ...body,
      '[Harbours](https://gazette.example/section/harbours/) [Fog',
      'Horns](https://gazette.example/tag/fog-horns/)[Pilot',
      'Boats](https://gazette.example/tag/pilot-boats/)[RNLI](https://gazette.example/tag/rnli/)[winter',
      'storms](https://gazette.example/tag/winter-storms/)[SeaCat](https://gazette.example/tag/seacat/)',
      '',
      'search',
      '',
      '## Most Read'
    ].join('\n\n').replace(/\n\n(?=Horns|Boats|storms)/g, '\n')
    const result = cleanup(text)
    expect(result.tags).toEqual(['Harbours', 'Fog Horns', 'Pilot Boats', 'RNLI', 'winter storms', 'SeaCat'])
    expect(result.body).not.toMatch(/Harbours|search/)
    // A rule of underscores before the row is markup, no tag.
    const ruled = cleanup(text.replace('[Harbours]', '__________\n\n[Harbours]'))
    expect(ruled.tags).toEqual(['Harbours', 'Fog Horns', 'Pilot Boats', 'RNLI', 'winter storms', 'SeaCat'])
  })

  test('Markdown: markup before the row or inside it holds no tag and puts no distance between the row and the body', () => {
    const text = [
      ...body,
      '<div class="share-block">',
      '<span class="share-mail"></span> <span class="share-post"></span>',
      '</div>',
      '<div class="tax-container">',
      '[Harbours](https://gazette.example/tag/harbours/)',
      '[Fog Horns](https://gazette.example/tag/fog-',
      'horns/)',
      '[Pilot Boats](https://gazette.example/tag/pilot-boats/)',
      '[RNLI](https://gazette.example/tag/rnli/)',
      '</div>',
      '::: share-links',
      '-   [Tweet](https://tweet.example/share)',
      ':::'
    ].join('\n\n').replace('fog-\n\nhorns', 'fog-\nhorns')
    const result = cleanup(text)
    expect(result.tags).toEqual(['Harbours', 'Fog Horns', 'Pilot Boats', 'RNLI'])
  })
})

describe('teaser lists', () => {
  // Label, headline, summary (no final period), byline, for each teaser.
  const teasers = [
    'The harbour master retires after forty years',
    'Ada Brenn, who ran the harbour office for forty years, handed over her keys on Friday to a crowd of sailors, fishers and ferry crews who had come to thank her.',
    'She plans to spend her first summer of retirement sailing the coast she has watched from her window for most of her working life.',
    'Recent Articles',
    'CITY NEWS',
    'Tram line extension reaches the university campus at last',
    'Students will ride from the station to the lecture halls in eleven minutes from March',
    'Olga Marr',
    'CITY NEWS',
    'New bus shelters arrive on the river road this week',
    'The council picked a glass design that keeps the rain out and the view in',
    'Tomas Vey',
    'ARTS',
    'Choir of the old mill records its first album in the church',
    'Forty singers spent three winter nights recording hymns under the painted roof',
    'Olga Marr',
    'Privacy policy'
  ].join('\n\n')

  test('takes the label line above each headline as its section, and leaves summaries and names out', () => {
    const result = cleanup(teasers)
    expect(result.related).toEqual([
      {title: 'Tram line extension reaches the university campus at last', section: 'CITY NEWS'},
      {title: 'New bus shelters arrive on the river road this week', section: 'CITY NEWS'},
      {title: 'Choir of the old mill records its first album in the church', section: 'ARTS'}
    ])
  })

  test('a label after a prefix ("Posted on:") and a list heading with "View all"', () => {
    const text = [
      teasers.split('\n\n').slice(0, 3).join('\n\n'),
      'From Our Partners View all',
      'Tram line extension reaches the university campus at last',
      'Posted on: Coast Courier',
      'Posted 4 hours ago',
      'New bus shelters arrive on the river road this week',
      'Posted on: Valley Times',
      'Posted 6 hours ago',
      'Privacy policy'
    ].join('\n\n')
    expect(cleanup(text).related).toEqual([
      {title: 'Tram line extension reaches the university campus at last', section: 'Coast Courier'},
      {title: 'New bus shelters arrive on the river road this week', section: 'Valley Times'}
    ])
  })

  test('re-running the preset on its own body changes nothing more', () => {
    const once = cleanup(teasers)
    expect(cleanup(once.body).body).toBe(once.body)
  })
})

describe('lists that are not related headlines', () => {
  const article = [
    'The harbour master retires after forty years',
    'Ada Brenn, who ran the harbour office for forty years, handed over her keys on Friday to a crowd of sailors, fishers and ferry crews who had come to thank her.',
    'She plans to spend her first summer of retirement sailing the coast she has watched from her window for most of her working life.'
  ]

  test('product boxes with prices', () => {
    const text = [
      ...article,
      'Read next',
      'Harbour Lantern Kit',
      'Bright waterproof lantern for small boats',
      'Folds flat for storage in any locker',
      '$39.00',
      'Buy now',
      'Coastal Rain Jacket',
      'Sealed seams keep the spray out all day',
      'Hood fits over a sailing helmet easily',
      '$89.00',
      'Buy now'
    ].join('\n\n')
    expect(cleanup(text).related).toEqual([])
  })

  test('a comment thread', () => {
    const text = [
      ...article,
      'Most read',
      'harbourfan says: May 2, 2027 at',
      'What a great day for the whole harbour town',
      'oldsailor says: May 2, 2027 at',
      'She kept the light going through every winter storm',
      'pierwatcher says: May 2, 2027 at',
      'Nobody knew the tides better than Ada Brenn did'
    ].join('\n\n')
    expect(cleanup(text).related).toEqual([])
  })

  test('a newsletter’s call, a paywall’s call and a widget’s credit among headlines are none', () => {
    const text = [
      ...article,
      'Read next',
      'New bus shelters arrive on the river road this week',
      'Get More Harbour Stories Like This in Your Inbox!',
      'The market square gets its fountain back after repairs',
      'Subscribe for Unlimited Access to the Harbour Gazette',
      'Library extends its opening hours for the exam season',
      'Powered by Lighthouse Harbour Widgets'
    ].join('\n\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back after repairs',
      'Library extends its opening hours for the exam season'
    ])
  })

  test('a widget of shops’ offers after the headlines (voucher and promo codes) is none', () => {
    const text = [
      ...article,
      'Read next',
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back after repairs',
      'Library extends its opening hours for the exam season',
      'Voucher Codes',
      'The latest deals and discount codes from the shops of the Harbour Gazette',
      'Quay Outfitters voucher codes',
      'Quay Outfitters discount code',
      'Lantern Sports promo codes',
      'Lantern Sports coupon code'
    ].join('\n\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back after repairs',
      'Library extends its opening hours for the exam season'
    ])
  })

  test('a line of links after a short button phrase ("FOLLOW US" and the networks) is no headline', () => {
    const text = [
      ...article,
      'Read next',
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back after repairs',
      'FOLLOW US Fernpost Harbourgram Quaytube Social Directory',
      'Library extends its opening hours for the exam season'
    ].join('\n\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back after repairs',
      'Library extends its opening hours for the exam season'
    ])
  })

  test('a template’s value between headlines ("false", removed as script text) is no section label', () => {
    const text = [
      ...article,
      'Top stories',
      'false',
      'New bus shelters arrive on the river road this week',
      'false',
      'The market square gets its fountain back after repairs',
      'false',
      'Library extends its opening hours for the exam season'
    ].join('\n')
    const related = cleanup(text).related
    expect(related.map((d) => d.title)).toEqual([
      'New bus shelters arrive on the river road this week',
      'The market square gets its fountain back after repairs',
      'Library extends its opening hours for the exam season'
    ])
    expect(related.some((d) => d.section !== undefined)).toBe(false)
  })

  test('a comment thread numbered by a text browser (a no-break space after the number)', () => {
    const text = [
      ...article,
      '4.\u00a0harbourfan says:',
      'May 2, 2027 at 6:34 am',
      'Who is going to keep the light now?',
      '5.\u00a0oldsailor says:',
      'May 2, 2027 at 6:58 am',
      'Did anyone really think she would ever stop climbing?',
      '6.\u00a0pierwatcher says:',
      'May 2, 2027 at 7:02 am'
    ].join('\n\n')
    expect(cleanup(text).related).toEqual([])
  })

  test('a comment thread with each commenter’s name on a line of its own', () => {
    const text = [
      ...article,
      'harbourfan',
      'says:',
      'May 2, 2027 at 6:34 am',
      'Who is going to keep the light now?',
      'She kept the lamp going through every winter storm',
      'oldsailor',
      'says:',
      'May 2, 2027 at 6:58 am'
    ].join('\n\n')
    // (Its blocks as they are: the thread's lines, not joined.)
    expect(cleanup(text, {lineBreaks: false}).related).toEqual([])
  })
})

describe('text browsers: a site menu with submenus', () => {
  const article = [
    'The lighthouse keeper retires after forty winters',
    '',
    'Maren Holt climbed the one hundred and twelve steps of the north light for the',
    'last time on Friday, and the village gathered on the rocks below to wave her.',
    '',
    'She says she will keep the logbooks, and that the new automatic lamp will never',
    'know the sea the way a keeper does after so many storms on the northern coast.'
  ]
  // Each level of the menu indented further, with its own bullet.
  const menu = [
    '  • Coast',
    '      □ Guides to Every Harbour on the North Coast',
    '      □ Where to Watch the Winter Storms Safely',
    '  • Outdoors',
    '      □ Sailing Lessons for the Whole Family Here',
    '          ☆ Racing Calendar for the Summer Regattas',
    '      □ Best Walks Along the Cliffs This Spring',
    '  • Shop'
  ]

  test('the entries of a submenu are not headlines', () => {
    const result = cleanup([...menu, '', ...article].join('\n'))
    expect(result.related).toEqual([])
  })

  test('a submenu set apart by its bullet alone (a centred menu)', () => {
    const centred = ['      • Coast', '  □ Guides to Every Harbour on the North Coast', '         □ Where to Watch the Winter Storms Safely', '    • Outdoors', '       □ Sailing Lessons for the Whole Family Here', ' □ Best Walks Along the Cliffs This Spring']
    const result = cleanup([...centred, '', ...article].join('\n'))
    expect(result.related).toEqual([])
  })

  test('a list of headlines on one level still is', () => {
    const list = ['Read next', '', '  • Ferry crews vote to keep the late crossing all winter', '  • Island school opens a second boat for its pupils', '  • Fish market moves to the old customs shed in March']
    const result = cleanup([...article, '', ...list].join('\n'))
    expect(result.related.map((d) => d.title)).toEqual(['Ferry crews vote to keep the late crossing all winter', 'Island school opens a second boat for its pupils', 'Fish market moves to the old customs shed in March'])
  })
})

describe('the article’s own header before its text', () => {
  const body = [
    'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.',
    'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.'
  ]

  test('the headline followed by a byline and a date, and the image text after it, are no related headlines', () => {
    const header = ['Subscribe to the Harbour Gazette for a week of free weekend reading', 'Learn More', 'Lighthouse keeper retires after forty winters on the rock', 'By Tomas Vik', 'Published 9:10 AM Mar 2, 2027', 'Waves breaking over the north light at dusk', 'Harbour Desk']
    const result = cleanup([...header, ...body].join('\n\n'))
    expect(result.related).toEqual([])
  })

  test('a list of teasers with a date under each headline still is', () => {
    const teasers = ['Ferry crews vote to keep the late crossing all winter', 'Mar 1, 2027', 'Island school opens a second boat for its pupils', 'Feb 27, 2027', 'Fish market moves to the old customs shed in March', 'Feb 25, 2027']
    const result = cleanup([...teasers, 'Lighthouse keeper retires after forty winters on the rock', ...body].join('\n\n'))
    expect(result.related.map((d) => d.title)).toEqual(['Ferry crews vote to keep the late crossing all winter', 'Island school opens a second boat for its pupils', 'Fish market moves to the old customs shed in March'])
  })
})

describe('short lines in the body: headlines only with evidence', () => {
  const opening =
    'The lantern festival returned to the old harbour on Saturday, and thousands of people walked along the quay to watch the boats light up one after another as the sun went down.'
  const closing =
    'The organisers said the festival will come back next year with twice as many boats, and they asked visitors to leave their cars at the station and take the ferry instead.'
  const lines = [
    'Shall we walk back to the start of the evening together?',
    'The first boats were lit at the pier long before the music began!',
    'Preparations went on until six, just before the parade set off!',
    'Crowds of families came down to the water to see it!'
  ]

  test('a run of short sentences inside the article stays body, and a second run keeps it', () => {
    const text = ['Home', 'Sign in', opening, ...lines, closing, 'Privacy policy', '© 2027 The Harbour Courier'].join('\n\n')
    const result = cleanup(text)
    expect(result.related).toEqual([])
    expect(result.paragraphs).toEqual([opening, ...lines, closing])
    const again = cleanup(result.body)
    expect(again.related).toEqual([])
    expect(again.body).toBe(result.body)
  })

  test('headlines inside the body: related after a cue split by a few words, body without a cue', () => {
    const headlines = [
      'Harbour lanterns go on sale at the fish market this week',
      'Ferry crews vote to keep the late crossing all winter',
      'The island school opens a second boat for its pupils'
    ]
    const page = (cue: string[]) => cleanup(['Home', 'Sign in', opening, ...cue, ...headlines, closing, 'Privacy policy'].join('\n\n'))
    for (const cue of ['━━━━━━━━━━ More Great Harbour Stories', 'Other related stories']) {
      const result = page([cue])
      expect(result.related.map((d) => d.title)).toEqual(headlines)
      expect(result.paragraphs).toEqual([opening, closing])
      expect(result.removed.some((d) => d.rule === 'related-cue' && d.text.includes(cue.slice(-7)))).toBe(true)
    }
    // "Marta Quill's Most Recent Stories": a name before a cue of three words.
    const named = page(["Marta Quill's Most Recent Stories"])
    expect(named.related.map((d) => d.title)).toEqual(headlines)
    expect(named.paragraphs).toEqual([opening, closing])
    // No cue: lines of the article, whatever their shape.
    expect(page([]).related).toEqual([])
  })
})

describe('Markdown: a numbered list of teasers', () => {
  const article = [
    '# The lighthouse keeper retires after forty winters',
    'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.',
    'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.',
    'The harbour board will open the tower to visitors from the spring.'
  ]
  const headlines = [
    'Ferry crews vote to keep the late crossing all winter',
    'Island school opens a second boat for its pupils',
    'Fish market moves to the old customs shed in March',
    'Coast guard trains volunteers for the storm season'
  ]
  // "1." ⏎ "[" ⏎ "](/…)" ⏎ date ⏎ "### [Headline](/…)": each teaser an image link, a date and a linked heading.
  const teasers = headlines.flatMap((title, k) => [
    `${k + 1}.`,
    '[',
    `](/coast/2027/03/0${k + 1}/story-${k + 1}/)`,
    `0${k + 1} Mar 2027, 9:1${k}am`,
    `###  [${title} ](/coast/2027/03/0${k + 1}/story-${k + 1}/)`
  ])

  test('markup-only blocks and list numbers between the headlines do not split the run', () => {
    const text = [...article, '## [Coast latest](/coast/)', ...teasers, '[Privacy policy](/privacy/)'].join('\n\n')
    const result = cleanup(text)
    expect(result.related.map((d) => d.title)).toEqual(headlines)
    expect(result.body).not.toMatch(/Ferry crews|Coast guard/)
  })

  // Pandoc's gfm keeps the page's <div>s and <span>s as raw HTML: each teaser is a
  // list item of tag lines, its date cut over span lines right above its heading.
  const rawTeasers = headlines.flatMap((title, k) => [
    `${k + 1}.  <div class="item">`,
    '',
    '    <a',
    `    href="/coast/story-${k + 1}/"`,
    '    class="item-image" tabindex="-1"></a>',
    '',
    '    <div class="item-body">',
    '',
    '    <span class="meta"> <span',
    `    class="meta-date">0${k + 1} Mar 2027</span><span`,
    '    class="meta-separator">,</span> <span',
    `    class="meta-time">9:1${k}am</span> </span>`,
    `    ### [${title}](/coast/story-${k + 1}/)`,
    '',
    '    </div>',
    '',
    '    </div>',
    ''
  ])

  test('raw HTML lines between the headlines do not split the run, and a dated heading stays a line', () => {
    const text = [...article.join('\n\n').split('\n'), '', '<div class="list-header">', '', '## [Coast latest](/coast/)', '', '</div>', '', ...rawTeasers, '[Privacy policy](/privacy/)'].join('\n')
    const result = cleanup(text)
    expect(result.related.map((d) => d.title)).toEqual(headlines)
    expect(result.body).not.toMatch(/Ferry crews|Coast guard|Mar 2027/)
  })
})

describe('text browsers: a numbered list of teasers with their images', () => {
  const article = [
    'The lighthouse keeper retires after forty winters',
    'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.',
    'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.',
    'The harbour board will open the tower to visitors from the spring.'
  ]
  // Image text, date, headline for each teaser.
  const teasers: Array<[string, string]> = [
    ['Two ferry crew members wave from the deck of the old boat', 'Ferry crews vote to keep the late crossing all winter'],
    ['Pupils in yellow coats wait on a wooden jetty', 'Island school opens a second boat for its pupils'],
    ['Crates of mackerel stacked on the quay at dawn', 'Fish market moves to the old customs shed in March'],
    ['A volunteer in a red helmet holds a rope', 'Coast guard trains volunteers for the storm season']
  ]

  test('the image text before each headline is not a headline', () => {
    const lines = teasers.flatMap(([image, title], k) => [`${k + 1}.`, image, `0${k + 1} Mar 2027, 9:1${k}am`, title])
    const result = cleanup([...article, 'Coast latest', ...lines, 'Privacy policy'].join('\n\n'))
    expect(result.related.map((d) => d.title)).toEqual(teasers.map(([, title]) => title))
  })

  test('the image text on the line of the list number (`2. Pupils in yellow coats…`) is not a headline', () => {
    // As lynx and elinks write a numbered list item: the number, then the image's link text.
    const lines = teasers.flatMap(([image, title], k) => [`${k + 1}. ${image}`, `0${k + 1} Mar 2027, 9:1${k}am`, title])
    const result = cleanup([...article, 'Coast latest', ...lines, 'Privacy policy'].join('\n\n'))
    expect(result.related.map((d) => d.title)).toEqual(teasers.map(([, title]) => title))
  })

  test('an image text that is the headline and a media word (`… - Photo`) is a copy of it', () => {
    // As lynx and elinks show a teaser: the image's link text, then the headline's link.
    const lines = teasers.flatMap(([, title]) => [`${title} - Photo`, title])
    const result = cleanup([...article, 'Coast latest', ...lines, 'Privacy policy'].join('\n\n'))
    expect(result.related.map((d) => d.title)).toEqual(teasers.map(([, title]) => title))
    expect(result.removed.filter((d) => d.text === '- Photo')).toHaveLength(teasers.length)
    // One lower-case word after the headline, no dash: "… all winter image".
    const bare = teasers.flatMap(([, title]) => [`${title} image`, title])
    const again = cleanup([...article, 'Coast latest', ...bare, 'Privacy policy'].join('\n\n'))
    expect(again.related.map((d) => d.title)).toEqual(teasers.map(([, title]) => title))
  })
})

describe('text browsers: cards with the headline twice', () => {
  test('the section is the label shown before the headline and again between its copies, not the image text', () => {
    const article = ['The lighthouse keeper retires after forty winters', 'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.', 'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.']
    // Label, headline, image text, label again, headline again, summary.
    const cards = [['Harbour', 'Ferry crews vote to keep the late crossing all winter', 'Crew On Deck'], ['Schools', 'Island school opens a second boat for its pupils', 'Pupils On Jetty'], ['Market', 'Fish market moves to the old customs shed in March', 'Mackerel Crates']]
    const lines = cards.flatMap(([label, title, image]) => [label, title, image, label, title, 'The story in two lines under the headline of the card.'])
    const related = cleanup([...article, 'Read next', ...lines, 'Privacy policy'].join('\n\n')).related
    for (const [label, title] of cards) expect(related).toContainEqual({title, section: label})
  })
})

describe('a list of blog posts with their excerpts', () => {
  test('the titles are related headlines, the excerpts cut with "[…]" are not', () => {
    const article = ['The lighthouse keeper retires after forty winters', 'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.', 'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.']
    const posts = [
      ['Harbour works begin', 'Crews met at dawn on Monday to talk about the new wall and the […]'],
      ['Winter ferry timetable', 'The ferry will keep its late crossing through the winter, the board […]'],
      ['News from the market', 'From March the fish market moves to the old customs shed on the [...]']
    ]
    const related = cleanup([...article, 'Recent Posts', ...posts.flat(), 'Privacy policy'].join('\n\n')).related
    expect(related.map((d) => d.title)).toEqual(posts.map(([title]) => title))
  })
})

describe('a recent-comments widget', () => {
  const article = ['The lighthouse keeper retires after forty winters', 'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.', 'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.']

  test('names the articles commented on: each entry is a related headline, repeats included', () => {
    const entries = [
      ['Ilse Varga', 'Ferry crews vote to keep the late crossing all winter'],
      ['Tomas Vik', 'Island school opens a second boat for its pupils'],
      ['Ada Brenn (Harbour Desk)', 'Island school opens a second boat for its pupils'],
      ['Per', 'Ferry crews vote to keep the late crossing all winter']
    ]
    const lines = entries.map(([name, title]) => `${name} commented on ${title}`)
    const related = cleanup([...article, 'Recent Comments', ...lines, 'Privacy policy'].join('\n\n')).related
    expect(related.map((d) => d.title)).toEqual(entries.map(([, title]) => title))
  })

  test('with the commenter on a line of its own: no comment thread, no headline', () => {
    const entries = [
      ['Ilse Varga', 'Ferry crews vote to keep the late crossing all winter'],
      ['Tomas Vik', 'Island school opens a second boat for its pupils'],
      ['Ada Brenn', 'Fish market moves to the old customs shed in March']
    ]
    const lines = entries.flatMap(([name, title]) => [`${name} commented on`, title])
    const related = cleanup([...article, 'Recent Comments', ...lines, 'Privacy policy'].join('\n\n')).related
    expect(related.map((d) => d.title)).toEqual(entries.map(([, title]) => title))
  })
})

describe('text browsers: a form after the teasers', () => {
  test('a form field under its label is no headline', () => {
    const text = [
      'Night ferry returns to the island route',
      '',
      '   The [10]harbour board voted on Tuesday to bring back the night ferry, which stopped',
      '   running in 2019 when the old boat was sold. Crews will train through the winter.',
      '',
      '   The first crossing leaves the quay at ten in the evening, the board said.',
      '',
      '   More from the harbour',
      '',
      '   [11]Pilots train for the winter season on the bay',
      '   [12]Quay repairs start in spring after the board vote',
      '   [13]Fish market moves to the old customs shed in March',
      '',
      '   Sign up for our harbour letter!',
      '   Email Address [14]_____________________',
      '   First Name [15]_____________________',
      '   Last Name [16]_____________________',
      '   [17]Subscribe'
    ].join('\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'Pilots train for the winter season on the bay',
      'Quay repairs start in spring after the board vote',
      'Fish market moves to the old customs shed in March'
    ])
  })
})

describe('buttons and notices among the teasers', () => {
  test('a share button with its count, a closed comment form and a rights notice are no headlines', () => {
    const text = [
      'Night ferry returns to the island route',
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in 2019 when the old boat was sold. Crews will train through the winter.',
      'The first crossing leaves the quay at ten in the evening, the board said.',
      'More from the harbour',
      'Pilots train for the winter season on the bay',
      '0 Tweet about this on Twitter',
      'Quay repairs start in spring after the board vote',
      'Comments are closed share this print',
      'Fish market moves to the old customs shed in March',
      '2027 Harbour Gazette, Inc. All Rights Reserved'
    ].join('\n\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'Pilots train for the winter season on the bay',
      'Quay repairs start in spring after the board vote',
      'Fish market moves to the old customs shed in March'
    ])
  })
})

describe('lynx: link numbers between the teasers', () => {
  test('a link number alone on its line does not split the run of headlines', () => {
    const article = [
      'The lighthouse keeper retires after forty winters',
      'Maren Holt climbed the one hundred and twelve steps of the north light for the last time on Friday, and the village gathered on the rocks below to wave her down.',
      'She says she will keep the logbooks, and that the new automatic lamp will never know the sea the way a keeper does after so many storms.',
      'The harbour board will open the tower to visitors from the spring.'
    ]
    const teasers: Array<[string, string, string]> = [
      ['Did the ferry really skip the island all week?', '3 March 2027', 'The timetable shows two missed crossings, not seven.'],
      ['Was the old pier sold to a hotel chain?', '5 March 2027', 'The harbour board still owns every plank of it.'],
      ['Did a seal really ride the school boat?', '9 March 2027', 'A pupil filmed it on the way home from the island.'],
      ['Is the fish market closing for good in April?', '12 March 2027', 'It moves to the customs shed and opens the next day.']
    ]
    // "   [41]" alone on a line: where lynx put the number of a teaser's image link.
    const lines = teasers.flatMap(([title, date, summary], k) => [`   [${41 + k}]`, title, `     * ${date}`, `     * Fact Check`, `   ${summary}`])
    const references = Array.from({length: 46}, (_, k) => `   ${k + 1}. https://coast.example/page-${k + 1}`)
    const text = [...article, 'Most Read [40]View all', ...lines, '   [45]Privacy policy [46]Contact', 'References', references.join('\n')].join('\n\n')
    const result = cleanup(text)
    expect(result.related.map((d) => d.title)).toEqual(teasers.map(([title]) => title))
  })
})

describe('HTML: headlines moved by DOM evidence', () => {
  const card = (label: string, title: string, href: string) =>
    `<li class="promo"><a class="promo-category" href="/s/${href}">${label}</a><h3 class="promo-title"><a href="/a/${href}">${title}</a></h3><a class="promo-title" href="/a/${href}">${title}</a><p class="promo-description">A short summary of the story that the card shows under its title.</p></li>`
  const html = `<html><head><title>The harbour master retires</title></head><body>
<main><article><h1>The harbour master retires after forty years</h1>
<p>Ada Brenn, who ran the harbour office for forty years, handed over her keys on Friday to a crowd of sailors, fishers and ferry crews who had come to thank her.</p>
<p>She plans to spend her first summer of retirement sailing the coast she has watched from her window for most of her working life.</p>
<p>Her successor, a former ferry captain, starts on Monday and has promised to keep the office open on Sunday mornings.</p>
<section class="more"><h2>More from the Coast Times</h2><ul>
${card('City News', 'Tram line extension reaches the university campus at last', 'tram')}
${card('City News', 'New bus shelters arrive on the river road this week', 'bus')}
${card('Arts &amp; Culture', 'Choir of the old mill records its first album in the church', 'choir')}
</ul></section></article></main></body></html>`

  test('labels each headline with its section and keeps one copy of each', () => {
    const result = cleanupHtml(html)
    expect(result.related).toEqual([
      {title: 'Tram line extension reaches the university campus at last', section: 'City News'},
      {title: 'New bus shelters arrive on the river road this week', section: 'City News'},
      {title: 'Choir of the old mill records its first album in the church', section: 'Arts & Culture'}
    ])
    // Comment links in a sidebar are not headlines.
    const withComments = html.replace(
      '</main>',
      '</main><aside class="recent-comments"><ul><li><a href="/u/1">Marta Quill</a> commented on <a href="/a/tram">Tram line extension reaches the university campus at last</a></li><li><a href="/u/2">Olga Marr</a> commented on <a href="/a/bus">New bus shelters arrive on the river road this week</a></li><li><a href="/u/3">Ada Brenn (Harbour Desk)</a> commented on <a href="/a/choir">Choir of the old mill records its first album in the church</a></li></ul></aside>'
    )
    const cleaned = cleanupHtml(withComments)
    expect(cleaned.related.length).toBe(3)
    expect(cleaned.related.some((d) => d.title.includes('commented on'))).toBe(false)
    expect(cleaned.removed.some((d) => d.rule === 'not-headline')).toBe(true)
    // Without `separateSections`' related pass: every copy, no sections.
    const raw = cleanupHtml(html, {sections: {related: false}}).related
    expect(raw.length).toBe(6)
    expect(raw.every((d) => d.section === undefined)).toBe(true)
  })
})

describe('headline shape', () => {
  test('a commenter alone on its line is a comment header of a widget, not of a thread', () => {
    expect(isCommentHeader('Ada Brenn (Harbour Desk) commented on')).toBe(true)
    expect(isCommenterLine('Ada Brenn (Harbour Desk) commented on')).toBe(true)
    expect(isCommenterLine('harbourfan says:')).toBe(false)
    expect(isCommentHeader('harbourfan says:')).toBe(true)
    expect(headlineShape('Ada Brenn (Harbour Desk) commented on')).toBe(0)
  })

  test('a byline’s cue before a name, not before words in lower case (a sentence that opens with "De", "Di", "Por")', () => {
    for (const line of ['By Ana Ruiz', 'WRITTEN BY ANA RUIZ', 'Posted by harbourdesk', 'by admin', 'Por Ana Ruiz', 'von Ilse Varga', 'Автор: Иван Петров']) {
      expect(isByline(line), line).toBe(true)
      expect(gatedPatterns.bylinePattern.test(line), line).toBe(true)
    }
    for (const line of ['De nouveaux abris de bus arrivent au port', 'Di solito il traghetto parte alle sei', 'Por qué el puerto cierra de noche', 'Par ailleurs', 'By the numbers: the harbour in 2030', 'By 2030']) {
      expect(isByline(line), line).toBe(false)
      expect(gatedPatterns.bylinePattern.test(line), line).toBe(false)
    }
    for (const line of ['Reuters', 'The Associated Press', 'BY']) expect(gatedPatterns.bylinePattern.test(line), line).toBe(true)
  })

  test('a related headline that opens with a preposition is no byline (French)', () => {
    const text = [
      'Le capitaine du port prend sa retraite après quarante ans',
      'Ada Brenn, qui a dirigé le bureau du port pendant quarante ans, a remis ses clés vendredi devant une foule de marins, de pêcheurs et d’équipages venus la remercier.',
      'Elle compte passer son premier été de retraite à naviguer le long de la côte qu’elle a regardée de sa fenêtre pendant presque toute sa vie.',
      'À lire aussi',
      'De nouveaux abris de bus arrivent sur la route du fleuve cette semaine',
      'La place du marché retrouve sa fontaine après des travaux',
      'La bibliothèque prolonge ses horaires pour la saison des examens',
      'Codes promo',
      'Quai Sports code promo',
      'Phare Outdoor codes de réduction'
    ].join('\n\n')
    expect(cleanup(text).related.map((d) => d.title)).toEqual([
      'De nouveaux abris de bus arrivent sur la route du fleuve cette semaine',
      'La place du marché retrouve sa fontaine après des travaux',
      'La bibliothèque prolonge ses horaires pour la saison des examens'
    ])
  })

  test('article meta lines', () => {
    expect(isArticleMeta('By Tomas Vik')).toBe(true)
    expect(isArticleMeta('Author:')).toBe(true)
    expect(isArticleMeta('Publish date:')).toBe(true)
    expect(isArticleMeta('Published 9:10 AM Mar 2, 2027')).toBe(true)
    expect(isArticleMeta('March 2, 2027 Tomas Vik, Harbour Desk')).toBe(true)
    expect(isArticleMeta('Tomas Vik March 2, 2027 12:32')).toBe(true)
    expect(isArticleMeta('Ferry crews vote to keep the late crossing')).toBe(false)
  })

  test('tells headlines from sentences, bylines and dates', () => {
    expect(headlineShape('Tram line extension reaches the university campus')).toBe(2)
    expect(headlineShape('Bonuses of spring')).toBe(1)
    expect(headlineShape('The tram line reached the campus on Monday after years of work.')).toBe(0)
    expect(headlineShape('by the river')).toBe(0)
    expect(headlineShape('By Marta Quill')).toBe(0)
    expect(headlineShape('March 4, 2027')).toBe(0)
    expect(headlineShape('Will the tram reach the campus? The council decides today')).toBe(2)
    expect(headlineShape('図書館が試験期間中の開館時間を延長する方針')).toBe(2)
  })

  test('captions, comment headers, bylines and widgets are not headlines', () => {
    expect(headlineShape('The new lantern room is lifted onto the tower (Credit: Harbour Desk)')).toBe(0)
    expect(headlineShape('Fishers wait on the northern pier (AP Photo/Jane Doe)')).toBe(0)
    expect(headlineShape('harbourfan22 says: May 2, 2027 at')).toBe(0)
    expect(headlineShape('12 responses to “Harbour town votes to rebuild the lighthouse”')).toBe(0)
    expect(headlineShape('Medically reviewed by Jane Doe, MD')).toBe(0)
    expect(headlineShape('Written by Marta Quill on May 2, 2027')).toBe(0)
    // A byline and its date on one line, as a text browser writes them.
    expect(headlineShape('Marta Quill November 3, 2027 12:32')).toBe(0)
    expect(headlineShape('Ilse Varga 2027-11-03 9:05 am')).toBe(0)
    expect(headlineShape('Ferry crews vote to sail on November 3, 2027')).toBe(2)
    expect(headlineShape('Click to share on Mastodon (Opens in new window)')).toBe(0)
    expect(headlineShape('Blog > Coast > Lighthouse news of the week')).toBe(0)
    // A breadcrumb with one arrow; a street address with its postal code.
    expect(headlineShape('Home » Harbour Town News')).toBe(0)
    expect(headlineShape('Home » | Harbour Town News')).toBe(0)
    expect(headlineShape('Harbour » Ferry crews vote to keep the late crossing')).toBe(2)
    expect(headlineShape('120 North Quay Road, Kestrel Bay, KB 40211')).toBe(0)
    expect(headlineShape('120 ferry crews vote to keep the late crossing')).toBe(2)
    expect(headlineShape('Your Email Address [ ]')).toBe(0)
    expect(headlineShape('May 2, 2027 | By Marta Quill')).toBe(0)
    expect(headlineShape('This story has been shared 4,512 times.')).toBe(0)
    expect(headlineShape('Marta Quill commented on Harbour town votes to rebuild the lighthouse')).toBe(0)
    expect(headlineShape('Harbour news (12)')).toBe(0)
    expect(headlineShape('About us | Advertise | Terms of service')).toBe(0)
    expect(headlineShape('[mail-icon] [print-icon]')).toBe(0)
    expect(headlineShape('Week 12 ferry timetable changes for the winter (133)')).toBe(2)
    expect(headlineShape('Yes, rebuild the lighthouse (41%, 1,680 Votes)')).toBe(0)
    expect(headlineShape('Why the harbour needs a new pier. (More)')).toBe(0)
  })

  test('a caption whose credit is names, after a sentence or alone, is not a headline', () => {
    expect(headlineShape('Pupils wait for the school boat on the island jetty. (Lena Brandt/Coast Press)')).toBe(0)
    expect(headlineShape('The old keeper waves from the lantern room on his last night. (Tomas Ekberg)')).toBe(0)
    expect(headlineShape('(Lena Brandt / Coast Press)')).toBe(0)
    expect(headlineShape('A new pier opens on the largest island of the U.S.(Lena Brandt / Coast Press)')).toBe(0)
    // A headline's own parentheses stay.
    expect(headlineShape('Harbour board moves the ferry to the north quay (Pier 4/Pier 5)')).toBeGreaterThan(0)
    expect(headlineShape('Ferry crews vote to keep the late crossing all winter (Video)')).toBeGreaterThan(0)
  })

  test('tags and labels', () => {
    expect(isTagShape('Sierra Nevada Corp.')).toBe(true)
    expect(isTagShape('lunar lander')).toBe(true)
    expect(isTagShape('The council voted to keep the bridge closed to cars.')).toBe(false)
    // Script text a scraper left: no tag.
    for (const code of ['= page_keywords', 'var pageTitle = analytics_name', '}', "$(tagBox).parent().data('tags')", 'ads.cmd.push(function() {']) {
      expect(isTagShape(code), code).toBe(false)
    }
    expect(isLabelShape('CITY NEWS')).toBe(true)
    expect(isLabelShape('March 2, 2027')).toBe(false)
    expect(isDateLike('2 hours ago')).toBe(true)
    expect(isDateLike('November 19, 2019 | 4:20am')).toBe(true)
  })

  test('dates in Chinese, Japanese and Korean, and year-first dates, are dates, no headlines', () => {
    for (const date of ['2026年11月', '2026年11月30日', '11月30日', '2026년 11월 30일', '2026.11.30', '2026/11/30']) {
      expect(isDateLike(date), date).toBe(true)
      expect(headlineShape(date), date).toBe(0)
    }
    expect(isDateLike('2026年の港の計画')).toBe(false)
  })
})

describe('phrase packs: footers, sidebars and cues', () => {
  test('a footer’s terms and licence notice, an advertiser’s teaser, and a cue of other news, are no headlines', () => {
    const text = [
      'The harbour board voted on Tuesday to keep the late ferry to the islands running through the winter, after a campaign by the crews and the island schools.',
      'The board had planned to stop the crossing in November to save money, but the vote was seven to two in favour of keeping it until March at least.',
      '"The islands need the late boat more in winter than in summer," said Ana Ruiz, who chairs the board. The crews will be paid from the reserve fund.',
      'Other news in this section',
      'Storm closes the coast road for a second night',
      'New pier lights are switched on at the north quay',
      'Fishing fleet returns early as the weather turns',
      'Sponsored: Win a weekend on the islands',
      'About us', '|', 'Advertise with us', '|', 'Terms of service', '|', 'Privacy policy',
      'Copyright © 2026 Harbour Gazette',
      'Content of this site is licensed under a',
      'Creative Commons License'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.related.map((d) => d.title)).toEqual([
      'Storm closes the coast road for a second night',
      'New pier lights are switched on at the north quay',
      'Fishing fleet returns early as the weather turns'
    ])
    expect(result.removed.find((d) => d.text === 'Terms of service')?.rule).toBe('boilerplate-phrase')
    expect(result.removed.find((d) => d.text === 'Other news in this section')?.rule).toBe('related-cue')
  })

  test('a second list of the same tags moves none and reports no move', () => {
    const text = [
      'The council voted on Tuesday to spend 14 million on a new sea wall, ending a debate that had split the town for three years.',
      'Engineers told the meeting that the old wall would not survive another winter of storms like the last one.',
      'Tags: sea walls, harbour works',
      'Share this article',
      'Tags',
      'sea walls',
      'harbour works'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.tags).toEqual(['sea walls', 'harbour works'])
    expect(result.messages.filter((d) => d.ruleId === 'tag-list').map((d) => d.reason)).toEqual(['Moved 2 tags to `tags`: “sea walls, harbour works”'])
  })

  test('a footer’s legal links are boilerplate phrases in other languages too', () => {
    const german = [
      'Der Hafenrat hat am Dienstag beschlossen, die späte Fähre zu den Inseln auch im Winter fahren zu lassen. Die Besatzungen und die Schulen der Inseln hatten sich dafür eingesetzt.',
      'Eigentlich wollte der Rat die Überfahrt im November einstellen, um Geld zu sparen. Die Abstimmung ging aber mit sieben zu zwei Stimmen für die Fähre aus.',
      'AGB',
      'Nutzungsbedingungen'
    ].join('\n\n')
    const korean = [
      '항구 위원회는 화요일 섬으로 가는 늦은 배를 겨울에도 계속 운항하기로 결정했다. 선원들과 섬 학교들이 운항을 계속해 달라고 요청해 왔다.',
      '위원회는 비용을 아끼기 위해 11월에 운항을 중단할 계획이었지만, 표결 결과는 7대 2로 운항 유지 쪽이었다.',
      '이용약관',
      '개인정보처리방침'
    ].join('\n\n')
    for (const [text, language] of [[german, 'de'], [korean, 'ko']]) {
      const result = cleanup(text)
      expect(result.language).toBe(language)
      expect(result.paragraphs).toHaveLength(2)
      expect(result.removed.map((d) => d.rule)).toEqual(['boilerplate-phrase'])
    }
  })

  test('a Japanese blog’s sidebar widgets and monthly archive are no article and no headlines', () => {
    const text = [
      '先週、仕事用に新しいノートパソコンを買ったので、指紋認証の設定をしてみました。最初は少し迷いましたが、手順はとても簡単でした。',
      'まず設定画面を開き、アカウントの項目からサインインオプションを選びます。そこで指紋の登録を始めると、センサーに何度か指を置くように案内されます。',
      '登録が終わったら、一度サインアウトして指紋でサインインできるか確かめました。毎朝パスワードを入力する手間がなくなり、とても快適です。',
      'このブログの更新情報をRSSでお届けします',
      '記事検索',
      '新着記事',
      '古いプリンターを新しいパソコンで使えるようにした話',
      '無線マウスの電池の持ちを比べてみた',
      '家の無線LANルーターを買い替えたので設定を記録',
      'プライバシーポリシー',
      '利用規約',
      'プロフィール',
      '月別アーカイブ',
      '2026年11月', '2026年10月', '2026年9月', '2026年8月'
    ].join('\n\n')
    const result = cleanup(text)
    expect(result.paragraphs).toHaveLength(3)
    expect(result.related.map((d) => d.title)).toEqual([
      '古いプリンターを新しいパソコンで使えるようにした話',
      '無線マウスの電池の持ちを比べてみた',
      '家の無線LANルーターを買い替えたので設定を記録'
    ])
  })
})

describe('items', () => {
  test('split tag lines', () => {
    expect(splitTagLine('harbours ,  ferries ,  winter storms')).toEqual(['harbours', 'ferries', 'winter storms'])
    expect(splitTagLine('bridges | cycling')).toEqual(['bridges', 'cycling'])
    expect(splitTagLine('The bridge opened, and the band played for the first cyclists who crossed it.')).toBe(undefined)
    expect(splitGluedTags('Harbour PolicyFerriesWinter Storms')).toEqual(['Harbour Policy', 'Ferries', 'Winter Storms'])
    expect(splitGluedTags('Blue HarbourSpaceX')).toEqual(['Blue Harbour', 'SpaceX'])
    expect(splitGluedTags('Things To Do In May4 Walks In May')).toEqual(['Things To Do In May', '4 Walks In May'])
    // Names the page writes elsewhere decide the cuts: "SeaCat" whole, "HarbourX" then "Tugboats".
    const named = new Set(['fog horns', 'seacat', 'harbourx', 'tugboats', 'sea'])
    const known = (piece: string) => named.has(piece.toLowerCase())
    expect(splitGluedTags('Fog HornsSeaCatHarbourXTugboats')).toEqual(['Fog Horns', 'Sea', 'Cat', 'Harbour', 'XTugboats'])
    expect(splitGluedTags('Fog HornsSeaCatHarbourXTugboats', known)).toEqual(['Fog Horns', 'SeaCat', 'HarbourX', 'Tugboats'])
    // Nothing named: the cuts the case shows.
    expect(splitGluedTags('Fog HornsSeaCatHarbourXTugboats', () => false)).toEqual(['Fog Horns', 'Sea', 'Cat', 'Harbour', 'XTugboats'])
    expect(splitWrappedTags(['Fog HornsSeaCat', 'HarbourXTugboats'], known)).toEqual(['Fog Horns', 'SeaCat', 'HarbourX', 'Tugboats'])
    // A line cut between two named tags: not one tag.
    const long = 'Fog HornsPilot BoatsRNLIwinter stormsNorth Sea Ferries Ltd.SeaCat'
    expect(splitWrappedTags([long, 'Tugboats'])).toEqual(['Fog Horns', 'Pilot Boats', 'RNLI', 'winter storms', 'North Sea Ferries Ltd.', 'Sea', 'Cat Tugboats'])
    expect(splitWrappedTags([long, 'Tugboats'], known)).toEqual(['Fog Horns', 'Pilot Boats', 'RNLI', 'winter storms', 'North Sea Ferries Ltd.', 'SeaCat', 'Tugboats'])
  })

  test('split a spaced tag line whose first tag starts the next', () => {
    expect(splitRepeatedTags('storm season storm season 2027')).toEqual(['storm season', 'storm season 2027'])
    expect(splitRepeatedTags('harbour council votes on the pier')).toBe(undefined)
  })

  test('splitSortedTags: sorted tags that extend one another, printed with spaces only', () => {
    expect(splitSortedTags('ferry 42 harbour harbour board harbour board minutes harbour lights')).toEqual(['ferry 42', 'harbour', 'harbour board', 'harbour board minutes', 'harbour lights'])
    // No tag extends another: any split of words is in some order, so none is taken.
    expect(splitSortedTags('apple banana cherry damson')).toBe(undefined)
    expect(splitSortedTags('climate change energy policy')).toBe(undefined)
    expect(splitSortedTags('harbour council votes on the pier today')).toBe(undefined)
    // A line with a tag to spare: "Tags:ferry 42 harbour …" after an article.
    const body = 'The harbour board voted on Tuesday to bring the night ferry back to the island route.\n\nCrews will train through the winter, and the first crossing is planned for March.\n\n'
    expect(cleanup(body + 'Tags:ferry 42 harbour harbour board harbour board minutes harbour lights\nMORE STORIES LIKE THIS ONE').tags).toEqual(['ferry 42', 'harbour', 'harbour board', 'harbour board minutes', 'harbour lights'])
  })

  test('split tag lists wrapped over lines', () => {
    // A long line wrapped inside a tag: the halves make one tag again.
    expect(splitWrappedTags(['harbour council, lighthouses, northern pier, winter storms, fishing fleet, coastal', 'office, town hall'])).toEqual([
      'harbour council', 'lighthouses', 'northern pier', 'winter storms', 'fishing fleet', 'coastal office', 'town hall'
    ])
    expect(splitWrappedTags(['Harbour CouncilLighthousesNorthern PierWinter StormsFishing FleetCoastal', 'Office'])).toEqual([
      'Harbour Council', 'Lighthouses', 'Northern Pier', 'Winter Storms', 'Fishing Fleet', 'Coastal Office'
    ])
    // Short lines are one tag each.
    expect(splitWrappedTags(['harbour council', 'lighthouses'])).toEqual(['harbour council', 'lighthouses'])
    expect(splitWrappedTags(['The council voted on Tuesday to rebuild the lighthouse on the northern pier.'])).toBe(undefined)
  })

  test('split tag lists wrapped narrower than a text browser’s 80 columns', () => {
    // Wrapped at 50 columns: a line the next line's first word would not have fitted on was wrapped inside a tag.
    expect(splitWrappedTags(['harbour works 2026, sea walls north coast, storm', 'damage, council budget votes, northby', 'harbour trust, ferry timetable'])).toEqual([
      'harbour works 2026', 'sea walls north coast', 'storm damage', 'council budget votes', 'northby', 'harbour trust', 'ferry timetable'
    ])
    // Tags printed without spaces, wrapped the same way.
    expect(splitWrappedTags(['Harbour CouncilNorthern PierFishing FleetSouth', 'Coast FerriesTugboats'])).toEqual(['Harbour Council', 'Northern Pier', 'Fishing Fleet', 'South Coast Ferries', 'Tugboats'])
    // Lines that end with a separator, or a label's colon, or are too short to tell a width by: no wrap.
    expect(splitWrappedTags(['harbour works 2026, sea walls north coast, storms,', 'damage reports, council budget votes'])).toEqual([
      'harbour works 2026', 'sea walls north coast', 'storms', 'damage reports', 'council budget votes'
    ])
    expect(splitWrappedTags(['ferries, storms', 'harbour trust, piers'])).toEqual(['ferries', 'storms', 'harbour trust', 'piers'])
    // ("Region:" ⏎ "Northby": a label and its value, no tag "Region: Northby"; the line is no list of tags.)
    expect(splitWrappedTags(['harbour works 2026, sea walls north coast, Region:', 'Northby, piers'])).toBe(undefined)
    // The end to end case: a cue, then the list wrapped at 50 columns.
    const body = 'The council voted on Tuesday to spend 14 million on a new sea wall, ending a debate that had split the town for three years.\n\nEngineers told the meeting that the old wall would not survive another winter of storms like the last one.\n\n'
    expect(cleanup(body + 'Tags\nharbour works 2026, sea walls north coast, storm\ndamage, council budget votes, northby\nharbour trust, ferry timetable').tags).toEqual([
      'harbour works 2026', 'sea walls north coast', 'storm damage', 'council budget votes', 'northby', 'harbour trust', 'ferry timetable'
    ])
  })

  test('clean headlines', () => {
    expect(cleanHeadline('2. Storm closes the coastal road (133)').title).toBe('Storm closes the coastal road')
    expect(cleanHeadline('2. Storm closes the coastal road (133)').cuts.map((d) => d.text)).toEqual(['2.', '(133)'])
    expect(cleanHeadline('New bakery opens on the old pier 4:12').title).toBe('New bakery opens on the old pier')
    expect(cleanHeadline('New bakery opens on the old pier - Photo').title).toBe('New bakery opens on the old pier')
    expect(cleanHeadline('| New bakery opens on the old pier').title).toBe('New bakery opens on the old pier')
    // A post navigation's label glued to the title (not a word that starts so: "Prevention", "Previously").
    expect(cleanHeadline('PreviousNew bakery opens on the old pier').cuts.map((d) => d.text)).toEqual(['Previous'])
    expect(cleanHeadline('PrevPreviousNew bakery opens on the old pier').title).toBe('New bakery opens on the old pier')
    expect(cleanHeadline('Prevention of storm damage on the old pier').title).toBe('Prevention of storm damage on the old pier')
    expect(cleanHeadline('Previously Unseen Photos of the Old Pier').title).toBe('Previously Unseen Photos of the Old Pier')
    // The link's address written after its text.
    expect(cleanHeadline('New bakery opens on the old pier https://harbour.example/news/new-bakery/').title).toBe('New bakery opens on the old pier')
    expect(cleanHeadline('https://harbour.example/news/new-bakery/').title).toBe('https://harbour.example/news/new-bakery/')
    expect(cleanHeadline('Storm closes the coastal road | Video').cuts.map((d) => d.text)).toEqual(['| Video'])
    expect(cleanHeadline('Harbour - Photos from the Seventies').title).toBe('Harbour - Photos from the Seventies')
    expect(cleanHeadline('Choir records an album in the church February 27, 2027').title).toBe('Choir records an album in the church')
    expect(cleanHeadline('Best winter coats of 2027').title).toBe('Best winter coats of 2027')
    // A date the headline's last word leads into is the headline's own.
    expect(cleanHeadline('Harbour News at Nine for Tuesday, February 23, 2027').title).toBe('Harbour News at Nine for Tuesday, February 23, 2027')
    expect(cleanHeadline('Lantern parade on the quay set for Feb. 24').title).toBe('Lantern parade on the quay set for Feb. 24')
    expect(cleanHeadline('Ferry crews demand a new pier Ferry crews demand a new pier').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('Ferry crews demand a new pierFerry crews demand a new pier').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('Ferry crews demand a new pier [pier-photo-2]').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('Ferry crews demand a new pier [WATCH]').title).toBe('Ferry crews demand a new pier [WATCH]')
  })

  test('clean headlines: a teaser’s byline on the line of its headline', () => {
    expect(cleanHeadline('Why ferry crews sleep badly in winter Written by Marta Quill, MS, RD').title).toBe('Why ferry crews sleep badly in winter')
    expect(cleanHeadline('Is sea air good for you? Medically reviewed by Ilse Varga, PhD').title).toBe('Is sea air good for you?')
    expect(cleanHeadline('Ferry timetable reviewed by Harbour Board').title).toBe('Ferry timetable reviewed by Harbour Board')
    expect(cleanHeadline('Ferry Timetable Reviewed By Harbour Board').title).toBe('Ferry Timetable Reviewed By Harbour Board')
  })

  test('clean headlines: the commenter before the article commented on', () => {
    expect(cleanHeadline('Ilse Varga commented on Ferry crews vote to keep the late crossing').title).toBe('Ferry crews vote to keep the late crossing')
    expect(cleanHeadline('Ilse Varga commented on Ferry crews vote to keep the late crossing').cuts.map((d) => d.text)).toEqual(['Ilse Varga commented on'])
    expect(cleanHeadline('Ferry crews commented on the vote at the harbour meeting').title).toBe('Ferry crews commented on the vote at the harbour meeting')
  })

  test('clean headlines: an excerpt glued to the title', () => {
    expect(cleanHeadline('Harbour works beginCrews met at dawn on Monday to talk about the […]').title).toBe('Harbour works begin')
    expect(headlineShape('Harbour works beginCrews met at dawn on Monday to talk about the […]')).toBeGreaterThan(0)
    expect(headlineShape('Crews met at dawn on Monday to talk about the new wall and the […]')).toBe(0)
  })

  test('clean headlines: file names shown as image text', () => {
    expect(cleanHeadline('Ferry crews demand a new pier 0412_HB_pier_dawn').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('Ferry crews demand a new pier 0412_pier-at-dawn.jpg').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('pier_2 Ferry crews demand a new pier').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('Ferry crews demand a new pier chevron_right').cuts.map((d) => d.text)).toEqual(['chevron_right'])
    // A placeholder a table cell wrapped into the middle of the headline.
    expect(cleanHeadline('Ferry crews demand a [0412_dawn] new pier').title).toBe('Ferry crews demand a new pier')
    expect(cleanHeadline('港の新しい桟橋 [0412_dawn] が完成した').title).toBe('港の新しい桟橋が完成した')
    expect(cleanHeadline('Ferry crews demand a [WATCH] new pier').title).toBe('Ferry crews demand a [WATCH] new pier')
  })

  test('glued labels and kickers', () => {
    expect(gluedLabel('EuropeFerry crews demand a new pier')).toEqual({label: 'Europe', rest: 'Ferry crews demand a new pier'})
    expect(gluedLabel('Ferry crews demand a new pier')).toBe(undefined)
    expect(kickerSplit('Winter of Change Mountain villages vote on a shared school')).toEqual({
      kicker: 'Winter of Change',
      rest: 'Mountain villages vote on a shared school'
    })
    expect(kickerSplit('Bank of England raises rates again this winter')).toBe(undefined)
    expect(kickerSplit('Mountain villages vote on a shared school')).toBe(undefined)
    // A label and its colon open the headline: the name after it is no kicker.
    expect(kickerSplit('Report: Port of Northby Tower sells for a record price')).toBe(undefined)
  })
})

describe('a row of fields with a tag cue among them', () => {
  const story = (row: string) =>
    [
      'Home',
      'News',
      'Ferry fares rise again',
      row,
      'The ferry fares went up by a third this year, the board said on Monday, and the crews say the night route will be the first to go.',
      'It was the fourth rise in a row, and the second one since the board took over the quay from the town in the spring of last year.',
      'The board will meet again in June to talk about the winter fares and the new pier at the north end of the bay.',
      'Contact us'
    ].join('\n\n')

  test('a cue after the first field: its items are tags, the row is no article text', () => {
    const result = cleanup(story('May 3, 2030 - Posted by: Ana Ruiz - Tags: ferries, storms'))
    expect(result.tags).toEqual(['ferries', 'storms'])
    expect(result.body).not.toContain('Ana Ruiz')
    expect(result.messages.map(String).join('\n')).toContain('from a row of fields: “ferries, storms”')
  })

  test('two cues in a row, one of them without a colon (`Posted in`), and a control after them', () => {
    const result = cleanup(story('Posted in Harbour | Tagged ferries, storms, night crossing | Leave a comment'))
    expect(result.tags).toEqual(['Harbour', 'ferries', 'storms', 'night crossing'])
  })

  test('no row of fields: a cue word without a colon and one item, or a cue that opens the line', () => {
    // "Tags are…": a word that a cue starts with, in a sentence cut by dashes.
    expect(cleanup(story('At the quay - Tags are sold at the kiosk - every day')).tags).toEqual([])
    // "harbour night crossing": three words with spaces only, in text, say nothing of where the tags end.
    expect(cleanup(story('May 3, 2030 - Posted by: Ana Ruiz - Tags: harbour night crossing')).tags).toEqual([])
    // "Tags: ferries | storms": a cue that opens its line takes the items after it, bars and all.
    expect(cleanup(story('Tags: ferries | storms | night crossing')).tags).toEqual(['ferries', 'storms', 'night crossing'])
  })

  test('HTML: links printed with spaces only are the items', () => {
    const html = `<html><head><title>Ferry fares rise again</title></head><body><main><article><h1>Ferry fares rise again</h1>
<p class="meta"><b>May 3, 2030</b> - Posted by: Ana Ruiz - Tags: <a href="/t/ferries">ferries</a>
<a href="/t/night-crossing"> night crossing</a>
<a href="/t/storms"> storms</a></p>
<p>The ferry fares went up by a third this year, the board said on Monday, and the crews say the night route will be the first to go.</p>
<p>It was the fourth rise in a row, and the second one since the board took over the quay from the town in the spring of last year.</p>
</article></main></body></html>`
    const result = cleanupHtml(html)
    expect(result.tags).toEqual(['ferries', 'night crossing', 'storms'])
    expect(result.body).not.toContain('Posted by')
  })
})
