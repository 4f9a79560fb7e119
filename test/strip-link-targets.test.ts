import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, parseText, stripLinkTargets} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `stripLinkTargets` on a text. */
function strip(text: string, options?: Parameters<typeof stripLinkTargets>[0]) {
  const processor = unified().use(parseText).use(stripLinkTargets, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.filter((d) => !d.data.fate).map((d) => d.value)}
}

// As the `html-to-text` package writes a page: each link's target in brackets after its text,
// an image as its source in brackets, wrapped at 80 columns with the targets in the lines.
const page = [
  '[/img/gazette-logo.svg]',
  'Home [https://gazette.example/] News [https://gazette.example/news]',
  '',
  'The harbour board voted on Tuesday to bring back the night ferry, according to',
  '[https://gazette.example/2027/05/harbour-board-votes-to-bring-back-the-night-ferry]',
  'the minutes of the meeting. Crews will train through the winter, and the first',
  'crossing is planned for the spring (NORTH',
  '[https://gazette.example/routes/north]) and later for the south route.',
  '',
  'Ferry crews begin training for the winter crossing',
  '[https://gazette.example/2027/05/ferry-crews-begin-training-for-the-winter-crossing]',
  'Bakery on the quay wins a prize',
  '[https://gazette.example/2027/05/bakery-on-the-quay-wins-a-prize]',
  '[//cdn.gazette.example/img/bakery.jpg]/2027/05/bakery-on-the-quay-wins-a-prize'
].join('\n')

describe('stripLinkTargets', () => {
  test('strips targets after link text and image sources, recording them, and says so once', () => {
    const {values, tree, file} = strip(page)
    expect(values).toEqual([
      'Home News',
      'The harbour board voted on Tuesday to bring back the night ferry, according to',
      'the minutes of the meeting. Crews will train through the winter, and the first',
      'crossing is planned for the spring (NORTH',
      ') and later for the south route.',
      'Ferry crews begin training for the winter crossing',
      'Bakery on the quay wins a prize'
    ])
    expect(file.messages.map((d) => [d.ruleId, d.source])).toEqual([['strip-link-targets', 'unscrape']])
    // Every target is recorded where it was in the input (the first line, an image alone, goes whole).
    const stripped = tree.children.flatMap((d) => d.data.stripped || [])
    expect(stripped.length).toBe(7)
    for (const cut of stripped) {
      expect(cut.rule).toBe('strip-link-targets')
      expect(page.slice(cut.position.start.offset, cut.position.end.offset)).toBe(cut.text)
    }
    expect(tree.children[0].data.fate).toBe('removed')
    expect(tree.children[0].data.rule).toBe('strip-link-targets')
  })

  test('a relative target (“../”) is a target too', () => {
    const {values} = strip(page + '\n\nCrews load the night ferry image [../../image.php?src=/images/ferry_3.jpg&w=660]\n\nThe board met on Monday. See [./minutes.html] for details.')
    expect(values.slice(-2)).toEqual(['Crews load the night ferry image', 'The board met on Monday. See for details.'])
  })

  test('a target alone on its line inside a sentence is a wrapped word; after a sentence end, a new block opens', () => {
    const {tree} = strip(page)
    const minutes = tree.children.find((d) => d.value.startsWith('the minutes'))!
    expect(minutes.data.blankBefore).toBe(0)
    expect(minutes.data.firstWordWidth).toBeGreaterThan(80)
    const bakery = tree.children.find((d) => d.value.startsWith('Bakery'))!
    expect(bakery.data.blankBefore).toBe(1)
    // In the preset: the sentence is whole, the teasers apart, and every word is accounted for.
    const result = cleanup(page, {boilerplate: false, sections: false, trace: true})
    expect(result.paragraphs).toContain(
      'The harbour board voted on Tuesday to bring back the night ferry, according to the minutes of the meeting. Crews will train through the winter, and the first crossing is planned for the spring (NORTH) and later for the south route.'
    )
    expect(result.paragraphs).toContain('Ferry crews begin training for the winter crossing')
    expect(result.paragraphs).toContain('Bakery on the quay wins a prize')
    expect(checkConservation(page, result).ok).toBe(true)
  })

  test('an address alone on a line after a target or a sentence end goes; one a wrapped sentence goes on into stays', () => {
    const addresses = [
      'Night ferry timetable published',
      '[/news/2027/05/night-ferry-timetable.php]',
      '/news/2027/05/night-ferry-timetable.php',
      'Quay repairs finish early',
      // No sentence goes on into an image's file or a share button's address.
      'https://cdn.gazette.example/2027/05/quay.jpg?w=640 https://social.example/#url=https%3A%2F%2Fgazette.example',
      '',
      'The full timetable is on the board’s site at',
      'https://gazette.example/timetable [https://gazette.example/timetable]',
      '',
      'Crews thanked the town for its patience.',
      'https://social.example/share?url=https://gazette.example/2027/05/ferry',
      'Tickets are sold on the quay and online:',
      'www.gazette.example/tickets.',
      '',
      'https://social.example/share?url=https://gazette.example/2027/05/ferry',
      'https://mail.example/?body=https://gazette.example/2027/05/ferry'
    ].join('\n')
    const text = page + '\n\n' + addresses
    const {values, tree, file} = strip(text)
    expect(values.slice(-8)).toEqual([
      'Night ferry timetable published',
      'Quay repairs finish early',
      'The full timetable is on the board’s site at',
      // The sentence goes on into its address: it stays.
      'https://gazette.example/timetable',
      'Crews thanked the town for its patience.',
      // An address that ends a sentence stays.
      'Tickets are sold on the quay and online:',
      'www.gazette.example/tickets.',
      // The first line of a paragraph of addresses stays: `removeBoilerplate` takes it as link-like, an edge
      // of the article. (The share button's address after it goes.)
      'https://social.example/share?url=https://gazette.example/2027/05/ferry'
    ])
    expect(file.messages.map(String)).toEqual([expect.stringContaining('link targets written in brackets (“… [https://…]”) and 5 addresses alone on a line')])
    // Each address is recorded where it was in the input.
    const stripped = tree.children.flatMap((d) => d.data.stripped || [])
    const path = stripped.filter((d) => d.text === '/news/2027/05/night-ferry-timetable.php')
    expect(path.length).toBe(1)
    expect(text.slice(path[0].position.start.offset, path[0].position.end.offset)).toBe(path[0].text)
    expect(stripped.some((d) => d.text === 'https://social.example/share?url=https://gazette.example/2027/05/ferry')).toBe(true)
    const result = cleanup(text, {trace: true})
    expect(checkConservation(text, result).ok).toBe(true)
    expect(result.body).not.toContain('share?url=')
  })

  test('a row of links after a label keeps its items apart, and its tags come out', () => {
    const row = [
      'Islanders cheer as the night ferry comes back to the harbour image',
      '[/img/ferry-returns.jpg]https://gazette.example/2027/05/night-ferry-returns',
      'Tags:night ferry [https://gazette.example/tags/night-ferry] harbour',
      '[https://gazette.example/tags/harbour] island life',
      '[https://gazette.example/tags/island-life]'
    ]
    expect(strip(row.join('\n')).values).toEqual(['Islanders cheer as the night ferry comes back to the harbour image', 'Tags:night ferry | harbour |', 'island life'])
    // Items with separators of their own keep them.
    const commas = 'Filed under: Ferries [https://gazette.example/t/ferries], Quays [https://gazette.example/t/quays], Piers [https://gazette.example/t/piers]'
    expect(strip(commas).values).toEqual(['Filed under: Ferries, Quays, Piers'])
    // In the preset, after an article.
    const text = [page, '', ...row, '', 'MORE STORIES', ' * Bakery on the quay wins a prize [https://gazette.example/2027/05/bakery]'].join('\n')
    expect(cleanup(text).tags).toEqual(['night ferry', 'harbour', 'island life'])
  })

  test('a quotation written with quote marks is text; an e-mail address in brackets is a target', () => {
    const quoted = '> The crossing was the one thing we asked for, and the board listened to us in'
    const text = [
      page,
      '',
      quoted,
      '> the end.',
      '>',
      '> > We will train through the winter.',
      '',
      'Tips go to Ana Ruiz [ana.ruiz@gazette.example?subject=Tips] or to the desk.',
      '',
      '>50 crews wrote in.'
    ].join('\n')
    const {values, tree} = strip(text)
    expect(values.slice(-5)).toEqual([
      'The crossing was the one thing we asked for, and the board listened to us in',
      'the end.',
      'We will train through the winter.',
      'Tips go to Ana Ruiz or to the desk.',
      '>50 crews wrote in.'
    ])
    // The ">" alone is a paragraph break; each line keeps the width it had with its marks.
    const train = tree.children.find((d) => d.value.startsWith('We will'))!
    expect(train.data.blankBefore).toBe(1)
    expect(tree.children.find((d) => d.value.startsWith('The crossing'))!.data.width).toBe(quoted.length)
    const result = cleanup(text, {boilerplate: false, sections: false})
    expect(result.paragraphs).toContain('The crossing was the one thing we asked for, and the board listened to us in the end.')
    expect(result.paragraphs).toContain('We will train through the winter.')
  })

  test('a row of links that a paragraph goes on after keeps its items apart', () => {
    // The converter glues each target to the next item, and the line after the row has no blank line before it.
    const text = [
      'The board met on the quay [https://gazette.example/quay] on Monday [https://gazette.example/monday] at dawn [https://gazette.example/dawn].',
      '',
      'Tags:ferries [/tag/ferries]night crossing',
      '[/tag/night-crossing]quays [/tag/quays]',
      'The crews said the winter timetable will be out on Monday, and the board agreed to it.'
    ].join('\n')
    expect(strip(text).values.slice(1, 3)).toEqual(['Tags:ferries |night crossing |', 'quays'])
    expect(cleanup(text).tags).toEqual(['ferries', 'night crossing', 'quays'])
  })

  test('links side by side with no white space between them are a row of their own, not a list nor a widget', () => {
    const intro = 'The board met on the quay [https://gazette.example/quay] on Monday [https://gazette.example/monday] at dawn [https://gazette.example/dawn].'
    const row = [
      'Harbour [https://gazette.example/section/harbour] night ferry',
      '[https://gazette.example/tag/night-ferry]Northby Quays',
      '[https://gazette.example/tag/northby-quays]winter crossing',
      '[https://gazette.example/tag/winter-crossing]Ferry Board [https://gazette.example/tag/ferry-board]'
    ]
    const text = [intro, '', ...row].join('\n')
    expect(strip(text).values.slice(1)).toEqual(['Harbour | night ferry |', 'Northby Quays |', 'winter crossing |', 'Ferry Board'])
    // An icon glued to its link, or the items of a list: no bars.
    const icons = ['Follow [https://x.example/a] us [https://x.example/b]', '[/icons/rss.png]Feed', '[/icons/mail.png]Mail', '[/icons/chat.png]Chat']
    expect(strip([intro, '', ...icons].join('\n')).values.join(' ')).not.toContain('|')
    const list = [' * Ferries [https://x.example/a]', ' * ► [https://x.example/b]Quays(12) [https://x.example/b]', ' * ► [https://x.example/c]Piers(3) [https://x.example/c]', ' * ► [https://x.example/d]Boats(7) [https://x.example/d]']
    expect(strip([intro, '', ...list].join('\n')).values.join(' ')).not.toContain('|')
  })

  test('a run of lines of image targets alone folds into the paragraph before, each recorded there in order', () => {
    const photos = Array.from({length: 6}, (_, i) => `[/img/quay-${i + 1}.jpg]`)
    const text = ['The harbour board met on the quay at dawn.', '', ...photos, '', 'The crews cheered when the vote was read.'].join('\n')
    const {tree, values} = strip(text)
    expect(values).toEqual(['The harbour board met on the quay at dawn.', 'The crews cheered when the vote was read.'])
    expect(tree.children[0].data.stripped?.map((d) => d.text)).toEqual(photos)
    // (The paragraph after stays a paragraph of its own.)
    expect(tree.children[1].data.blankBefore).toBeGreaterThan(0)
  })

  test('a target glued to the next word (the link text ended with a space) leaves one space', () => {
    const text = [
      'The board wants the first crossing on the north route by',
      '2030 [https://gazette.example/2027/05/north-route-plans]and a second one in the',
      'spring, the minutes [https://gazette.example/minutes] show.'
    ].join('\n')
    const {values} = strip(text, {targets: true})
    expect(values.join(' ')).toBe('The board wants the first crossing on the north route by 2030 and a second one in the spring, the minutes show.')
    // (No space before the target, none after: "Harbour[…]s" stays one word.)
    expect(strip('The Harbour[https://gazette.example/h]s of the north [https://gazette.example/n] coast.', {targets: true}).values).toEqual(['The Harbours of the north coast.'])
  })

  test('in a list item, the comma, period or parenthesis left after a cut target goes on with the item', () => {
    // As html-to-text lays out a list: each item's wrapped lines indented under its bullet,
    // a long target on a line of its own with the punctuation after the link.
    // (Paragraphs wrapped at 80 columns around it show the wrap width.)
    const prose = [
      'The harbour board voted on Tuesday to bring back the night ferry after a winter',
      'without it, and the crews who run the route said they were ready to start again',
      'as soon as the new timetable is printed and the ticket office on the quay opens.',
      '',
      'The vote came after a long meeting in the old customs house, where islanders had',
      'asked for months for a way home after the last evening crossing to the mainland.',
      ''
    ]
    const list = [
      ' * The night ferry returns [https://gazette.example/2027/05/night-ferry]',
      '   in the spring, the harbour board said.',
      ' * The crews voted to keep the late crossing',
      '   [https://gazette.example/2027/05/crews-vote-to-keep-the-late-crossing-after-a-long-night],',
      '   which the board had planned to cut after the winter season, a spokesperson',
      '   said on Monday.',
      ' * Fares go up for the first time in six years',
      '   [https://gazette.example/2027/05/fares-go-up-for-the-first-time-in-six-years-board-says].',
      '   The board said the rise pays for the new pier.',
      ' * Tickets are sold on the quay and on board',
      '   [https://gazette.example/2027/05/tickets-on-the-quay-and-on-board-for-every-crossing] (cash',
      '   only) until the new machines arrive.',
      ''
    ]
    // (The list stays a list: one item per line.)
    expect(cleanup([...prose, ...list, ...prose].join('\n')).paragraphs[2]).toBe(
      [
        'The night ferry returns in the spring, the harbour board said.',
        'The crews voted to keep the late crossing, which the board had planned to cut after the winter season, a spokesperson said on Monday.',
        'Fares go up for the first time in six years. The board said the rise pays for the new pier.',
        'Tickets are sold on the quay and on board (cash only) until the new machines arrive.'
      ].join('\n')
    )
  })

  test('plain text, Markdown and other brackets are left alone', () => {
    const few = 'See the minutes [https://gazette.example/minutes] and the timetable [/timetable].\n\nThe crews met.'
    expect(strip(few).values).toEqual(['See the minutes [https://gazette.example/minutes] and the timetable [/timetable].', 'The crews met.'])
    const markdown = '[https://gazette.example/a](https://gazette.example/a) [https://gazette.example/b](https://gazette.example/b) [https://gazette.example/c](https://gazette.example/c)'
    expect(strip(markdown).values).toEqual([markdown])
    // w3m's marks of inserted text, an image's name.
    const w3m = '[INS::INS] The crews met. [INS::INS] [harbour-photo] [INS::INS]'
    expect(strip(w3m).values).toEqual([w3m])
    // Told to, it strips a single one; told not to, none.
    expect(strip(few, {targets: true}).values[0]).toBe('See the minutes and the timetable.')
    expect(strip(page, {targets: false}).values[0]).toBe('[/img/gazette-logo.svg]')
  })

  test('checks its options', () => {
    expect(() => strip('x', {targets: 'yes' as unknown as boolean})).toThrow(/targets/)
    expect(() => strip('x', 1 as unknown as null)).toThrow(TypeError)
    expect(() => cleanup('x', {linkTargets: 3 as unknown as false})).toThrow(/linkTargets/)
  })
})
