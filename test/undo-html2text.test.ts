import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {checkConservation, cleanup, parseText, undoHtml2text} from '../src/index.js'
import type {Root} from '../src/types.js'

/** Run the parser and `undoHtml2text` on a text. */
function undo(text: string, options?: Parameters<typeof undoHtml2text>[0]) {
  const processor = unified().use(parseText).use(undoHtml2text, options)
  const file = new VFile(text)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {tree, file, values: tree.children.filter((d) => d.data.fate !== 'removed').map((d) => d.value)}
}

// An invented page as Debian's `html2text -utf8` writes it: no blank lines,
// underscores for the spaces of link text, asterisks around headings (a
// long `<h1>` wrapped over two lines, `<h6>` with one asterisk).
const page = [
  '****** Night ferry returns to the island route after a long winter of repairs',
  'on the old boat ******',
  'By Lena_Voss',
  '***** Crews vote on the new timetable *****',
  'The harbour board voted on Tuesday to bring back the night ferry, which stopped',
  'running when the_old_boat_was_sold to a yard in the north.',
  'Crews will train through the winter.',
  '**** What changes ****',
  'Tickets go on sale in March.',
  '    * Harbour_master_retires_after_forty_years',
  '    * Storm_closes_the_quay,_again?',
  '    * New_café_opens_at_the_pier',
  '* Notes *'
].join('\n')

describe('undoHtml2text', () => {
  test('restores the spaces of link text and strips heading asterisks', () => {
    const {tree, values} = undo(page)
    expect(values).toEqual([
      'Night ferry returns to the island route after a long winter of repairs on the old boat',
      'By Lena Voss',
      'Crews vote on the new timetable',
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped',
      'running when the old boat was sold to a yard in the north.',
      'Crews will train through the winter.',
      'What changes',
      'Tickets go on sale in March.',
      'Harbour master retires after forty years',
      'Storm closes the quay, again?',
      'New café opens at the pier',
      'Notes'
    ])
    const headings = tree.children.filter((d) => d.data.kind === 'heading').map((d) => d.value)
    expect(headings).toEqual(['Night ferry returns to the island route after a long winter of repairs on the old boat', 'Crews vote on the new timetable', 'What changes', 'Notes'])
    // The wrapped heading is one block over both input lines.
    expect(tree.children[0].position.end.line).toBe(2)
  })

  test('keeps the offsets: a restored line still maps onto the input', () => {
    const {tree} = undo(page)
    const line = tree.children.find((d) => d.value.startsWith('running when'))!
    expect(page.slice(line.position.start.offset, line.position.end.offset).replace(/_/g, ' ')).toBe(line.value)
  })

  test('detects link text alone (no headings)', () => {
    const text = ['Share_this_with_Email', 'Share_this_with_Facebook', 'Read the_full_story_here,_today', 'The crews met at six.'].join('\n')
    expect(undo(text).values).toEqual(['Share this with Email', 'Share this with Facebook', 'Read the full story here, today', 'The crews met at six.'])
  })

  test('leaves snake_case code, addresses and file names alone', () => {
    const text = [
      'Call get_user_by_id() to read one row, then set max_retry_count=3 in the_config_file.',
      'The helper lives in app/models/user_store.py and writes to DEFAULT_OUTPUT_DIR.',
      'Mail desk_team@port.example for the photo harbour_crane_at_dusk.jpg.',
      'Use parse_line_parts, split_on_commas and join_with_tabs.'
    ].join('\n')
    const {values} = undo(text)
    expect(values).toEqual(text.split('\n'))
  })

  test('a page’s scripts and comments, taken with its text, are no html2text output', () => {
    // A scraper that reads every text node: an ad unit's path, a widget's comments ("*** Ferry_Widget ***", "*** /Ferry_Widget ***").
    const text = [
      "googletag.defineSlot('/1234/Harbour_2026/All_Ad_Units/Article_Top', [[728, 90]], 'slot-1');",
      '/1234/Harbour_2026/All_Ad_Units/Article_Top',
      '/1234/Harbour_2026/All_Ad_Units/Article_Side',
      '/1234/Harbour_2026/All_Ad_Units/Article_Bottom',
      '*** Ferry Widget: Script ***',
      '*** /Ferry Widget ***',
      'The crews met at six_thirty.'
    ].join('\n')
    const {values, file} = undo(text)
    expect(values).toEqual(text.split('\n'))
    expect(file.messages).toEqual([])
  })

  test('leaves a page’s own role_name labels and an e-mail’s *bold* alone', () => {
    const text = [
      'STAFF',
      'Choreographer_Lena Voss, Director_Ivo Marek, Writer_Ada Lund, Composer_Tom Berg',
      '*Please* note: the *night* ferry leaves at ten.',
      '** Important **',
      'Bring your ticket.'
    ].join('\n')
    const {values, tree} = undo(text)
    expect(values).toEqual(['STAFF', 'Choreographer_Lena Voss, Director_Ivo Marek, Writer_Ada Lund, Composer_Tom Berg', '*Please* note: the *night* ferry leaves at ten.', '** Important **', 'Bring your ticket.'])
    expect(tree.children.some((d) => d.data.kind === 'heading')).toBe(false)
  })

  test('can be forced on or off', () => {
    expect(undo('the_old_boat', {html2text: true}).values).toEqual(['the old boat'])
    expect(undo(page, {html2text: false}).values[2]).toBe('By Lena_Voss')
    expect(() => undo('x', {html2text: 'yes' as unknown as boolean})).toThrow(/undoHtml2text.html2text/)
  })

  test('in the preset: headings stay apart, link text reads as words, the list is related', () => {
    const text = [
      '****** Night ferry returns to the island route ******',
      'By Lena_Voss',
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped',
      'running when the_old_boat_was_sold to a yard in the north. The crews said the',
      'new boat will be faster and warmer than the old one, and the fares stay as',
      'they are.',
      '**** What changes ****',
      'Tickets go on sale in March, and the first crossing leaves the quay at ten in',
      'the evening on the first Friday of April.',
      '**** More from the harbour ****',
      '    * Harbour_master_retires_after_forty_years_at_the_quay',
      '    * Storm_closes_the_quay_again_as_winds_reach_gale_force',
      '    * New_café_opens_at_the_pier_with_views_of_the_islands'
    ].join('\n')
    const result = cleanup(text)
    expect(result.paragraphs).toContain('What changes')
    expect(result.paragraphs).toContain(
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running when the old boat was sold to a yard in the north. The crews said the new boat will be faster and warmer than the old one, and the fares stay as they are.'
    )
    expect(result.body).not.toMatch(/_|\*\*/)
    expect(checkConservation(text, result).ok).toBe(true)
    expect(cleanup(text, {html2text: false}).body).toMatch(/the_old_boat/)
  })

  test('the lines carry the width html2text wrapped them at', () => {
    const text = [
      '***** Harbour news *****',
      '****** Night ferry returns ******',
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped',
      'running when the old boat was sold to a yard in the north, and the crews',
      'cheered. Tickets go on sale in March, and the first crossing leaves the quay at',
      'ten.',
      '    * Contact_us'
    ].join('\n')
    // Two lines of words reach 79 columns; the headings and the short lines do not count.
    expect(new Set(undo(text).tree.children.map((d) => d.data.wrapWidth))).toEqual(new Set([79]))
  })

  test('in the preset: lines of a list of places the wrap broke are one paragraph', () => {
    const text = [
      '****** Night ferry returns ******',
      'By Lena_Voss',
      'Share  Tweet  Submit',
      'The night ferry is back. The old boat was sold in 2019 and the island route',
      'stayed dark for four winters.',
      'The new boat, which comes with a second deck for cars, leaves tomorrow (May 9)',
      'from 14 quays, including Northport, Southbay, Kestrel Bay, Old Mill, the Fort,',
      'Harbour Hall, the Pier, Eastgate, Westgate, Saltmarsh, Gull Rock, and Lantern',
      'Point. More crossings and weekend timetables arrive in early summer.',
      'Share  Tweet  Submit',
      '***** Related *****'
    ].join('\n')
    expect(cleanup(text).paragraphs).toEqual([
      'The night ferry is back. The old boat was sold in 2019 and the island route stayed dark for four winters.',
      'The new boat, which comes with a second deck for cars, leaves tomorrow (May 9) from 14 quays, including Northport, Southbay, Kestrel Bay, Old Mill, the Fort, Harbour Hall, the Pier, Eastgate, Westgate, Saltmarsh, Gull Rock, and Lantern Point. More crossings and weekend timetables arrive in early summer.'
    ])
  })

  test('nested list bullets (`o`, `#`) make list items', () => {
    const text = ['****** Harbour news ******', '    * Home', '    * News', '          o World', '                # Europe', '          o Sport', '** Notes **'].join('\n')
    const items = undo(text).tree.children.filter((d) => d.data.kind === 'list-item')
    expect(items.map((d) => [d.data.bullet, d.value])).toEqual([
      ['*', 'Home'],
      ['*', 'News'],
      ['o', 'World'],
      ['#', 'Europe'],
      ['o', 'Sport']
    ])
    // The item's position starts after its bullet, as the parser's do.
    const world = items[2]
    expect(text.slice(world.position.start.offset, world.position.end.offset)).toBe('World')
  })

  test('a heading inside a card (an indented list item) is a heading; an indented single asterisk is none', () => {
    const text = [
      '****** Harbour news ******',
      '    * [Ferry_at_the_quay]',
      '      ** Crews_vote_on_the_new_timetable **',
      '      Lena_Voss',
      '      The board met on Tuesday.',
      '    * Ferries *',
      '** More **'
    ].join('\n')
    const {tree} = undo(text)
    expect(tree.children.filter((d) => d.data.kind === 'heading').map((d) => d.value)).toEqual(['Harbour news', 'Crews vote on the new timetable', 'More'])
    expect(tree.children.find((d) => d.value.startsWith('Ferries'))!.data.kind).toBe('list-item')
  })

  test('in the preset: html2text output is no Markdown (a heading closed on its own line, `#` bullets)', () => {
    const text = [
      '****** Night ferry returns to the island route after a long winter of repairs',
      '******',
      'By Lena_Voss',
      '    * Columns',
      '          o Opinion',
      '                # Ivo_Marek',
      '                # Ada_Lund',
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped',
      'running when the old boat was sold to a yard in the north. The crews said the',
      'new boat will be faster and warmer than the old one.',
      '** More from the harbour **'
    ].join('\n')
    const result = cleanup(text)
    expect(result.messages.some((d) => d.ruleId === 'strip-markdown')).toBe(false)
    expect(JSON.stringify([result.title, result.body, result.related, result.removed.map((d) => d.text)])).not.toMatch(/\*\*/)
    expect(result.paragraphs).toContain(
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running when the old boat was sold to a yard in the north. The crews said the new boat will be faster and warmer than the old one.'
    )
    expect(result.body).not.toMatch(/# |\bo Opinion/)
  })

  test('the text of images alone on their lines goes, wrapped or not', () => {
    const text = [
      '****** Harbour news ******',
      '[A_crane_lifts_the_new_ferry_into_the_water_at_dawn_while_the_crews_watch_from',
      'the_quay][A_crane_lifts_the_new_ferry_into_the_water_at_dawn]',
      '**** Crews vote on the new timetable ****',
      '[Gulls over the harbour]',
      'The board [said on Tuesday] that the ferry runs again.',
      '[Ferries] Crews vote today.'
    ].join('\n')
    const {tree, values} = undo(text)
    expect(values).toEqual(['Harbour news', 'Crews vote on the new timetable', 'The board [said on Tuesday] that the ferry runs again.', '[Ferries] Crews vote today.'])
    expect(tree.children.filter((d) => d.data.rule === 'image-text')).toHaveLength(3)
  })

  test('a Chinese or Japanese sentence that ends a line ends its paragraph (html2text wraps at spaces only)', () => {
    const text = [
      '****** 港のニュース ******',
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped',
      'running in the spring when the old boat was sold to a yard in the north, and',
      'the crews will train through the winter before the first crossing in March next',
      'year.',
      '今朝、港の委員会は夜のフェリーを再開することを決めました。乗組員は冬の間に訓練を受けて、新しい船で働くことになります。委員会によると、最初の便は来週の金曜日の夜に出発します。',
      '島の住民はこの決定を喜んでいます。',
      '**** 天気 ****',
      '明日は晴れる予定です。'
    ].join('\n')
    const result = cleanup(text, {boilerplate: false, sections: false})
    expect(result.paragraphs).toContain('島の住民はこの決定を喜んでいます。')
  })

  test('a long image text printed twice goes whole, over many lines', () => {
    const alt = 'A crane lifts the new ferry into the water at dawn while the crews of the north quay watch from the old pier, and the harbour master counts the boats that will sail for the islands this winter, the first time in thirty years that a new boat joins the fleet of the northern route (Photo by Ilse Varga / Harbour Desk)'
    const lines = `[${alt}][${alt}]`.match(/.{1,78}(?:\s|$)/g)!.map((d) => d.trim())
    expect(lines.length).toBeGreaterThan(8)
    const text = ['****** Harbour news ******', ...lines, '**** Crews vote on the new timetable ****', 'The board said on Tuesday that the ferry runs again.'].join('\n')
    const {values} = undo(text)
    expect(values).toEqual(['Harbour news', 'Crews vote on the new timetable', 'The board said on Tuesday that the ferry runs again.'])
  })

  test('a bold label’s colon glued to its text gets its space back (html2text drops the space a `<b>` ends with)', () => {
    const text = [
      '****** Harbour league results ******',
      '**** Rowing ****',
      'Northport d. Kestrel Bay 3-1',
      'Northport (3-0):Ana Ruiz 2 wins. Tom Reed 1 win. The crews met at 9:45 on the',
      'north quay, see https://harbour.example/results and urn:ISBN 0-1.',
      'Kestrel Bay (1-2):Ilse Varga 1 win.'
    ].join('\n')
    const {values, file} = undo(text)
    expect(values).toEqual([
      'Harbour league results',
      'Rowing',
      'Northport d. Kestrel Bay 3-1',
      'Northport (3-0): Ana Ruiz 2 wins. Tom Reed 1 win. The crews met at 9:45 on the',
      'north quay, see https://harbour.example/results and urn:ISBN 0-1.',
      'Kestrel Bay (1-2): Ilse Varga 1 win.'
    ])
    const message = file.messages.find((d) => d.ruleId === 'restore-label-spaces')
    expect(String(message)).toBe('4:1-6:36: Restored the space after 2 labels that html2text glued to their text')
    // Plain text is left alone: no html2text marks, no change.
    const plain = 'Northport (3-0):Ana Ruiz 2 wins.\nThe crews met at dawn.'
    expect(undo(plain).values).toEqual(plain.split('\n'))
  })
})
