import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {cleanup, parseText, repairLineBreaks, textToTree, toResult} from '../src/index.js'
import type {Root} from '../src/index.js'
import {joinKind} from '../src/transforms/repair-line-breaks.js'

/** Paragraphs after line-break repair alone (no boilerplate, no sections). */
function paragraphs(text: string): string[] {
  return cleanup(text, {boilerplate: false, sections: false}).paragraphs
}

/** Run `repairLineBreaks` alone on a text, return the tree and the file. */
function repair(text: string, options?: Parameters<typeof repairLineBreaks>[0]): {tree: Root; file: VFile} {
  const file = new VFile({value: text})
  const tree = textToTree(text)
  ;(unified().use(repairLineBreaks, options) as unknown as Processor<Root, Root, Root>).runSync(tree, file)
  return {tree, file}
}

describe('repairLineBreaks: fragments split at inline elements', () => {
  test('joins a link fragment between two pieces of a sentence', () => {
    expect(paragraphs('The mayor met with\n\nIlse Varga\n\nat the port on Monday.')).toEqual([
      'The mayor met with Ilse Varga at the port on Monday.'
    ])
  })

  test('a text browser’s placeholder for a button or an image is no piece of a sentence', () => {
    const text = 'Ferry crews\n\nvote to keep the late crossing.\n\n(BUTTON)\n\nVISIT the harbour show on Saturday, with boats from every island in the bay.\n\n[IMG]\n\nThe show opens at ten.'
    expect(paragraphs(text)).toEqual(['Ferry crews vote to keep the late crossing.', '(BUTTON)', 'VISIT the harbour show on Saturday, with boats from every island in the bay.', '[IMG]', 'The show opens at ten.'])
  })

  test('joins fragments without document statistics (a short input)', () => {
    expect(paragraphs('Menu\n\nIt was their\n\nthird ceremony\n\nin a row this month.')).toEqual([
      'Menu',
      'It was their third ceremony in a row this month.'
    ])
  })

  test('joins a place in bold to the dash that opens the first sentence', () => {
    expect(
      paragraphs('Kestrel Bay, Nordland\n\n– The ferry crews voted on Monday to end the strike\n\nafter\n\nthree weeks\n\nof talks with the\n\nharbour board\n\n.')
    ).toEqual(['Kestrel Bay, Nordland – The ferry crews voted on Monday to end the strike after three weeks of talks with the harbour board.'])
    // A date after a byline is no sentence: it stays apart.
    expect(
      paragraphs('Ilse Varga\n\n– May 4, 2024 at 9:12 in the morning\n\nThe ferry crews voted to end the strike\n\nafter\n\nthree weeks\n\nof talks with the\n\nharbour board\n\n.')
    ).toEqual(['Ilse Varga', '– May 4, 2024 at 9:12 in the morning', 'The ferry crews voted to end the strike after three weeks of talks with the harbour board.'])
  })

  test('joins an outlet in bold to the hyphen that opens the first sentence (no bullet)', () => {
    const menu = 'Home\n\nNews\n\nWorld\n\nSport\n\n'
    const story =
      'Kestrel Bay Gazette\n\n- Verified reports from people on the quay and notes taken by crews outside\n\nNordland\n\nshow that the ferry was late on every crossing this week.\n\nThe board said it would look into\n\nthe delays\n\nnext week.'
    expect(paragraphs(menu + story)).toEqual([
      'Home',
      'News',
      'World',
      'Sport',
      'Kestrel Bay Gazette - Verified reports from people on the quay and notes taken by crews outside Nordland show that the ferry was late on every crossing this week.',
      'The board said it would look into the delays next week.'
    ])
    // Also when the outlet ends a run of short lines: the sentence it opens goes on at a capitalised link.
    const run = 'Sections:\n\nWorld\n\nPolitics\n\nSport\n\nFerry back on the night route\n\nNovember 20, 2026 - 11:28\n\n'
    expect(paragraphs(run + story).join('\n')).toContain(
      'Kestrel Bay Gazette - Verified reports from people on the quay and notes taken by crews outside Nordland show that the ferry was late on every crossing this week.'
    )
    // A list of such items stays a list under its heading.
    const list = 'More from the Gazette\n\n- Storm closes the north pier for a week or more\n\n- Fish market moves to the old customs hall this spring'
    expect(paragraphs(menu + list + '\n\nThe board said it would look into\n\nthe delays\n\nnext week.')).toContain('More from the Gazette')
  })

  test('joins after a comma, a semicolon or a dash: the clause goes on', () => {
    expect(paragraphs('When the lab opened in 2011,\n\nTomas Brand led the first team.')).toEqual([
      'When the lab opened in 2011, Tomas Brand led the first team.'
    ])
    expect(paragraphs('The pier stays closed —\n\nHarbour Radio reported the news first.')).toEqual([
      'The pier stays closed — Harbour Radio reported the news first.'
    ])
  })

  test('joins after a possessive and before a parenthesis', () => {
    expect(paragraphs('A report by the Harbour Council’s\n\nFisheries Board said the catch fell.')).toEqual([
      'A report by the Harbour Council’s Fisheries Board said the catch fell.'
    ])
    expect(paragraphs('The new ferry carries 40 cars\n\n(the old one took 25) on every crossing.')).toEqual([
      'The new ferry carries 40 cars (the old one took 25) on every crossing.'
    ])
  })

  test('rejoins a name cut at its initials and the attribution after a quotation', () => {
    expect(
      paragraphs('The harbour was calm.\n\n“Had she kept sailing, she would have been Ellen\n\nK.L.\n\nMarsh.”\n\n— Ilse Varga\n\nBut the ferry was only the start of it.')
    ).toEqual(['The harbour was calm.', '“Had she kept sailing, she would have been Ellen K.L. Marsh.” — Ilse Varga', 'But the ferry was only the start of it.'])
    // A dated post after a quotation is no name: it stays apart.
    expect(paragraphs('“We sail at dawn.”\n\n— Harbour Radio (@harbourradio) May 4, 2024\n\nThe crews left at six.')).toEqual([
      '“We sail at dawn.”',
      '— Harbour Radio (@harbourradio) May 4, 2024',
      'The crews left at six.'
    ])
  })

  test('joins the link a sentence ending with a colon points to, not a list of links', () => {
    expect(paragraphs('The show is paid for by the Harbour Finals, held in May. Tickets and times:\n\nhttps://harbour.example/tickets\n\nThe crews sail at nine.')).toEqual([
      'The show is paid for by the Harbour Finals, held in May. Tickets and times: https://harbour.example/tickets',
      'The crews sail at nine.'
    ])
    // After a label, the link stays on its own.
    const links = paragraphs('Listen:\n\nhttps://harbour.example/listen\n\nDownload:\n\nhttps://harbour.example/get')
    expect(links.join('\n')).toBe('Listen:\nhttps://harbour.example/listen\nDownload:\nhttps://harbour.example/get')
  })

  test('a link at the end of a block is no word that a sentence goes on from', () => {
    expect(
      paragraphs('The ferry company sells tickets online. For more on the new timetable, please visit www.harbour.example\n\nShare on Facebook\n\nShare on Twitter\n\nShare by email')
    ).toEqual([
      'The ferry company sells tickets online. For more on the new timetable, please visit www.harbour.example',
      'Share on Facebook',
      'Share on Twitter',
      'Share by email'
    ])
  })

  test('a label whose last words are repeated alone before the text stays apart', () => {
    expect(paragraphs('We will be at the fair in May.\n\nOur partner: eZ Ferries\n\neZ Ferries\n\nis a ferry company from the north, founded in 1999.')).toEqual([
      'We will be at the fair in May.',
      'Our partner: eZ Ferries',
      'eZ Ferries is a ferry company from the north, founded in 1999.'
    ])
  })

  test('joins after a lower-case abbreviation and before a short capitalised sentence end', () => {
    expect(paragraphs('Many crews want a quiet life — i.e.\n\nno night shifts — and a boat of their own.')).toEqual([
      'Many crews want a quiet life — i.e. no night shifts — and a boat of their own.'
    ])
    expect(paragraphs('The ferry line lost money again this year, and its owner reports the results\n\nWednesday.\n\nThe crews wait.')).toEqual([
      'The ferry line lost money again this year, and its owner reports the results Wednesday.',
      'The crews wait.'
    ])
  })

  test('an image text shown twice is no piece of a sentence', () => {
    const text = 'This article shows the new pier we are building. Ready?\n\nharbour viewharbour view\n\nHave you seen the new pier yet?'
    // (`normalizeText` removes it first: rule `strip-placeholder`.)
    expect(cleanup(text, {boilerplate: false, sections: false, normalize: false}).paragraphs).toEqual([
      'This article shows the new pier we are building. Ready?',
      'harbour viewharbour view',
      'Have you seen the new pier yet?'
    ])
    expect(paragraphs(text)).toEqual(['This article shows the new pier we are building. Ready?', 'Have you seen the new pier yet?'])
  })

  test('a dateline glued to its first sentence gets its space', () => {
    expect(paragraphs('KESTREL BAY (Harbour News)The crews went back to sea on Monday.\n\n(HN)A new ferry left the pier at six.')).toEqual([
      'KESTREL BAY (Harbour News) The crews went back to sea on Monday.',
      '(HN) A new ferry left the pier at six.'
    ])
    const {file} = repair('(Harbour News)The crews went back to sea on Monday.')
    expect(file.messages.map((message) => message.ruleId)).toContain('separate-dateline')
  })

  test('joins after the possessive of a year', () => {
    expect(paragraphs('The crowd heard the best songs of 1987’s\n\nNorthern Lights and 1988’s\n\nThe Last Pier. Nobody left early.')).toEqual([
      'The crowd heard the best songs of 1987’s Northern Lights and 1988’s The Last Pier. Nobody left early.'
    ])
  })

  test('attaches punctuation without a space and pairs ASCII quotes', () => {
    expect(paragraphs('On\n\nMarch 3, 2024\n\n, the council voted.')).toEqual(['On March 3, 2024, the council voted.'])
    expect(paragraphs('The crews call them the\n\n\'drills\'\n\n, which nobody likes.')).toEqual([
      "The crews call them the 'drills', which nobody likes."
    ])
    expect(paragraphs('The board aims at\n\n"harmonizing"\n\nthe rules of both ports.')).toEqual([
      'The board aims at "harmonizing" the rules of both ports.'
    ])
    // A quote mark of the opening shape that closes: "“" ⏎ ", published…".
    expect(paragraphs('She read the novel “\n\nLow Tide at Kestrel\n\n“, published in the spring, twice.')).toEqual([
      'She read the novel “Low Tide at Kestrel“, published in the spring, twice.'
    ])
    expect(paragraphs('Die Crew nannte es „\n\nNebelfahrt\n\n“. Niemand lachte.')).toEqual(['Die Crew nannte es „Nebelfahrt“. Niemand lachte.'])
  })

  test('an ASCII quote after a space that opens takes the capitalised link after it', () => {
    // `show "` ⏎ `Harbour Hour` ⏎ `" on Monday`: the quote opens (none is open before it).
    expect(paragraphs('"This fare had gone up and up," Ruiz said on the radio show "\n\nHarbour Hour\n\n" on Monday. "It went up for four years."')).toEqual([
      '"This fare had gone up and up," Ruiz said on the radio show "Harbour Hour" on Monday. "It went up for four years."'
    ])
    // A quote that closes one opened before it ends the quotation: the capital after it may start a new block.
    expect(paragraphs('The crews sang "we sail at dawn "\n\nHarbour Board\n\nMeeting notes for May')).toEqual([
      'The crews sang "we sail at dawn "',
      'Harbour Board',
      'Meeting notes for May'
    ])
  })

  test('a heading that ends the article takes no text after its colon', () => {
    // "Sources:" ⏎ "Harbour Board, "…"": a list of sources, no bold label run into its text.
    const text =
      'The ferry fares went up by a third this year, the board said on Monday.\n\nIt was the\n\nfourth rise\n\nin a row.\n\nSources:\n\nThe Harbour Board of Kestrel Bay/Quay News, "\n\nFares for the coming year\n\n," May 2030\n\nQuay Times, "\n\nCrews vote on the night route\n\n," June 2030'
    expect(paragraphs(text)).toEqual([
      'The ferry fares went up by a third this year, the board said on Monday.',
      'It was the fourth rise in a row.',
      'Sources:',
      'The Harbour Board of Kestrel Bay/Quay News, "Fares for the coming year," May 2030',
      'Quay Times, "Crews vote on the night route," June 2030'
    ])
  })

  test('a headline keeps apart from the byline under it (a name, a comma alone, an outlet, a date)', () => {
    const byline = 'Ana Ruiz\n\n,\n\nHarbour Courier\n\n19.11.2030, 08:57\n\nfacebook\n\nlinkedin'
    const story =
      'The harbour board voted on Tuesday to build a new pier at the north end of the bay, a plan that has been talked about for years.\n\nThe pier will cost about four million and should open in the summer of 2031.'
    for (const headline of ['Ferry things to know today', 'Ten ferry things you need to know about the harbour today']) {
      expect(paragraphs(`Home\n\nNews\n\nSport\n\n${headline}\n\n${byline}\n\n${story}`).slice(3, 5)).toEqual([
        headline,
        // (The buttons after it are a row of their own.)
        'Ana Ruiz, Harbour Courier 19.11.2030, 08:57'
      ])
    }
    // A name inside a sentence, a comma after it and no outlet and date: one sentence.
    expect(paragraphs('The crews spoke at length in an interview with\n\nAna Ruiz\n\n,\n\nthe captain of the night ferry.')).toEqual([
      'The crews spoke at length in an interview with Ana Ruiz, the captain of the night ferry.'
    ])
  })

  test('drops the stray period of a one-word link before a lower-case continuation', () => {
    const result = cleanup('The port fined the owners with\n\nsanctions.\n\nfor the delays at the pier.', {
      boilerplate: false,
      sections: false
    })
    expect(result.paragraphs).toEqual(['The port fined the owners with sanctions for the delays at the pier.'])
    expect(result.messages.map((d) => d.ruleId)).toContain('drop-stray-period')
  })

  test('keeps a Japanese sentence on its own line as a line of its paragraph, not a new paragraph', () => {
    const text = '港の朝は静かです。\n\n船が出る前に、漁師たちは網を直しました。\n今日は風が強いです。\n\n午後には雨が降りました。\n\n夜には船が戻りました。'
    expect(paragraphs(text)).toEqual([
      '港の朝は静かです。',
      '船が出る前に、漁師たちは網を直しました。\n今日は風が強いです。',
      '午後には雨が降りました。',
      '夜には船が戻りました。'
    ])
  })

  test('joins Chinese and Japanese without spaces, a Latin name inside with spaces', () => {
    expect(paragraphs('晚上我们在港口的\n\n灯塔\n\n旁边看船。')).toEqual(['晚上我们在港口的灯塔旁边看船。'])
    expect(paragraphs('港口の新しい管理ソフト\n\nHarbourPass\n\nの設定は簡単です。')).toEqual([
      '港口の新しい管理ソフト HarbourPass の設定は簡単です。'
    ])
  })

  test('a step that ends on a phrase in Japanese corner brackets stays apart from the next step', () => {
    // No particle after the bracket: the sentence does not go on ("「保存する」" ⏎ "次の画面で…").
    expect(paragraphs('港の予約画面で、メニューから「その他」→「予約を保存する」\n\n次に表示される画面で「閉じる」をクリック。')).toEqual([
      '港の予約画面で、メニューから「その他」→「予約を保存する」',
      '次に表示される画面で「閉じる」をクリック。'
    ])
    // A particle after it goes on: "「予約を保存する」" ⏎ "をクリックします。"; Chinese has no particles and joins as before.
    expect(paragraphs('港の予約画面で、メニューから「予約を保存する」\n\nをクリックします。')).toEqual(['港の予約画面で、メニューから「予約を保存する」をクリックします。'])
    expect(paragraphs('晚上我们在港口的灯塔旁边看到「新船」\n\n慢慢开进来。')).toEqual(['晚上我们在港口的灯塔旁边看到「新船」慢慢开进来。'])
  })

  test('a label in bold that a dash runs into its text in lower case is no list item', () => {
    const text =
      'Текст о меню парома, в котором много слов и предложений. Ещё одно предложение здесь.\n\nВ буфете есть:\n\nлюбая рыба (и морская и речная)\n\nлюбая птица (кроме утки)\n\nсвежие грибы\n\nОсобое правило\n\n- нельзя брать на борт горячий суп в открытой посуде. Его дают в кружке.\n\nЧего нет в буфете:\n\nвино в любом виде\n\nсахар в любом виде'
    const result = paragraphs(text)
    expect(result).toContain('Особое правило - нельзя брать на борт горячий суп в открытой посуде. Его дают в кружке.')
    // (The label does not go on from the list before it.)
    expect(result.filter((d) => d.includes('свежие грибы'))).toEqual([expect.stringMatching(/свежие грибы$/)])
  })

  test('joins Cyrillic fragments', () => {
    expect(paragraphs('Мэр встретился с\n\nИльзой Варга\n\nв порту в понедельник.')).toEqual([
      'Мэр встретился с Ильзой Варга в порту в понедельник.'
    ])
  })

  test('joins short pieces after a label when the clause goes on after a comma', () => {
    // "Фото" ⏎ "@handle" ⏎ "В интервью" ⏎ "модель рассказала" ⏎ ", что …": the run of short pieces ends in a clause.
    expect(paragraphs('Фото\n\n@portnews\n\nВ интервью\n\nкапитан рассказал\n\n, что паром опоздал на час. Пассажиры ждали.')).toEqual([
      'Фото',
      '@portnews',
      'В интервью капитан рассказал, что паром опоздал на час. Пассажиры ждали.'
    ])
  })

  test('keeps a list written one item per block as lines of one paragraph', () => {
    const text = [
      'The band plays in four towns this summer, one evening each, and asks listeners to bring chairs.',
      'Concert dates:',
      'June 9 – Harbour Pier, Westmere',
      'June 23 – Old Mill Square, Kestrel',
      'July 7 – Lighthouse Lawn, Hollen',
      'Tickets cost five euros at the town halls.'
    ].join('\n\n')
    expect(paragraphs(text)).toEqual([
      'The band plays in four towns this summer, one evening each, and asks listeners to bring chairs.',
      'Concert dates:\nJune 9 – Harbour Pier, Westmere\nJune 23 – Old Mill Square, Kestrel\nJuly 7 – Lighthouse Lawn, Hollen',
      'Tickets cost five euros at the town halls.'
    ])
  })

  test('headlines of a list that the site cut at its length are no pieces of one sentence', () => {
    // A text split at inline elements (the story's links), with a menu of sections and their latest headlines.
    const story = ['The harbour board voted on Monday to bring back the', 'night ferry', 'between Kestrel Bay and the islands, after a winter without it.']
    const menu = [
      'News',
      'Weather',
      'Ferry crews begin their training for the winter crossing',
      'Island school gets a new roof before the first storms of',
      'Fish market moves to the old customs house on the quay –',
      'Quay Bar closes after forty years, owners look for a new home',
      'Sport',
      'Kestrel Bay rowers win the regatta for the third year and',
      'Harbour league sets dates for the new season of games',
      'Swimmers cross the bay in record time despite the cold',
      'Young sailors learn the ropes on the old pilot boat in the',
      'Local',
      'Tides & Weather'
    ]
    const result = paragraphs([...story, ...menu].join('\n\n'))
    expect(result[0]).toBe('The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the islands, after a winter without it.')
    expect(result.slice(1)).toEqual(menu)
  })

  test('a label before a form note or a script value alone is no link text glued on both sides', () => {
    const story = ['The harbour board voted on Monday to bring back the', 'night ferry', 'between Kestrel Bay and the islands, after a winter without it.']
    const tail = ['Most read', 'Ferry crews begin their training for the winter crossing', 'Name', '(required)', 'Email', '(required)']
    expect(paragraphs([...story, ...tail].join('\n\n')).slice(1)).toEqual(tail)
    const widget = ['Top video', 'false', 'Islanders race rowing boats across the bay at dawn', "Don't Miss", 'false', 'Bakery on the quay wins a prize for its bread']
    // (The values themselves go as script text.)
    expect(paragraphs([...story, ...widget].join('\n\n')).slice(1)).toEqual(widget.filter((d) => d !== 'false'))
    // A parenthesis that goes on, or a word in lower case, is text glued on both sides: "… told" ⏎ "The Harbour Gazette" ⏎ "(a weekly) that…".
    expect(paragraphs('The captain told\n\nThe Harbour Gazette\n\n(a weekly paper) that the crossing was safe.')).toEqual([
      'The captain told The Harbour Gazette (a weekly paper) that the crossing was safe.'
    ])
  })

  test('a line that opens with a tag cue and a colon is no piece of the sentence before', () => {
    const story = ['The harbour board voted on Monday to bring back the', 'night ferry', 'between Kestrel Bay and the islands, after a winter without it.']
    // (A row of tags that goes on in lower case on the next line, as a converter wraps it.)
    const tail = ['Islanders cheer as the night ferry comes back to the harbour image', 'Tags:night ferry | harbour |\nisland life']
    expect(paragraphs([...story, ...tail].join('\n\n')).slice(1)).toEqual([tail[0], 'Tags:night ferry | harbour | island life'])
  })

  test('initials in a headline of a list are no sentence end, nor a name cut before them', () => {
    const story = ['The harbour board voted on Monday to bring back the', 'night ferry', 'between Kestrel Bay and the islands, after a winter without it.']
    const list = [
      'Harbour rallies past Kestrel in second half',
      "Gulls' Ivo Marek expected to play against Owls",
      'Gulls expecting dangerous Owls forward T.J. Berg to play Thursday',
      'J.J. Lind gives the fans his phone number, asks them to text him'
    ]
    expect(paragraphs([...story, ...list].join('\n\n')).slice(1)).toEqual(list)
  })

  test('runs a bold label into its text in a fragmented text, not a lead-in sentence', () => {
    const text = [
      'The harbour court heard',
      'three',
      'cases on Monday and fined',
      'two',
      'owners for late fees, the clerk said.',
      'Lena Voss:',
      'Fined twice for late mooring fees, ordered to pay within a month.',
      'Here is the plan:',
      'The court will sit again on Friday to hear the last case.'
    ].join('\n\n')
    expect(paragraphs(text)).toEqual([
      'The harbour court heard three cases on Monday and fined two owners for late fees, the clerk said.',
      'Lena Voss: Fined twice for late mooring fees, ordered to pay within a month.',
      'Here is the plan:',
      'The court will sit again on Friday to hear the last case.'
    ])
  })

  test('runs a label without a colon into its paragraph where the same one opens three paragraphs or more', () => {
    // `<p><b>In short</b> …</p>` after each section, in a text split at inline elements.
    const sections = [
      ['Night ferries', 'The board voted on', 'Monday', 'to bring back the night crossing.'],
      ['Quay cafe', 'The cafe by the pier will stay open until the last', 'ferry', 'leaves the harbour.'],
      ['Winter tides', 'Spring tides flood the', 'quay road', 'twice a month in January.'],
      ['Moorings', 'Fees for the visitor moorings go up by a tenth in March.']
    ]
    const summaries = ['The night ferry returns in March.', 'The cafe opens later on ferry nights.', 'The quay road floods at spring tides.']
    const blocks: string[] = []
    sections.slice(0, 3).forEach(([heading, ...body], i) => blocks.push(heading, ...body, 'In short', summaries[i]))
    blocks.push(...sections[3])
    const result = paragraphs(blocks.join('\n\n'))
    for (const summary of summaries) expect(result).toContain('In short ' + summary)
    // The headings, each one different, stay apart.
    expect(result).toContain('Night ferries')
    expect(result).toContain('Moorings')
    // Twice is no habit; a name (a byline) and a phrase of the packs stay apart however often.
    const twice = blocks.join('\n\n').replace('In short\n\nThe quay road', 'Tides\n\nThe quay road')
    expect(paragraphs(twice)).toContain('In short')
    for (const label of ['Ana Ruiz', 'Advertisement']) expect(paragraphs(blocks.join('\n\n').replaceAll('In short', label))).toContain(label)
    // Nor a teaser's label after a headline (no sentence end before it).
    const teasers = blocks.join('\n\n').replaceAll('.\n\nIn short', '\n\nIn short')
    expect(paragraphs(teasers)).toContain('In short')
  })

  test('runs bold labels into their text where the document shows several, not a lead-in', () => {
    // A text without fragments: the labels alone show how the page was split.
    const text = [
      'Three boats were fined at the harbour court on Monday, the clerk said.',
      'Silver Heron:',
      'Fined for late mooring fees, ordered to pay within a month.',
      'Blue Gull (2-1):',
      'Warned twice for speeding in the channel near the pier.',
      'Check your anchor chain:',
      'Rust on the links is the first thing the inspectors look at.',
      'Here is the plan:',
      'The court will sit again on Friday to hear the last case.',
      'Think about it:',
      'Every boat in the harbour pays the same fee every month.'
    ].join('\n\n')
    expect(paragraphs(text)).toEqual([
      'Three boats were fined at the harbour court on Monday, the clerk said.',
      'Silver Heron: Fined for late mooring fees, ordered to pay within a month.',
      'Blue Gull (2-1): Warned twice for speeding in the channel near the pier.',
      'Check your anchor chain: Rust on the links is the first thing the inspectors look at.',
      'Here is the plan:',
      'The court will sit again on Friday to hear the last case.',
      'Think about it:',
      'Every boat in the harbour pays the same fee every month.'
    ])
    // One label alone is no evidence: it may be a heading.
    expect(paragraphs('Some boats were fined on Monday, the clerk said.\n\nSilver Heron:\n\nFined for late mooring fees, ordered to pay.')).toEqual([
      'Some boats were fined on Monday, the clerk said.',
      'Silver Heron:',
      'Fined for late mooring fees, ordered to pay.'
    ])
  })

  test('keeps a heading apart from its paragraph', () => {
    expect(paragraphs('Storm season\n\nThe harbour closed twice this week. Boats stayed in port.')).toEqual([
      'Storm season',
      'The harbour closed twice this week. Boats stayed in port.'
    ])
  })

  test('keeps a label before a lower-case value apart', () => {
    expect(paragraphs('Filed under:\n\neconomy')).toEqual(['Filed under:', 'economy'])
  })
})

describe('repairLineBreaks: names, parentheses, dashes and links at fragment ends', () => {
  // Enough lower-case continuations for the text to show fragments.
  const lead = 'The harbour board met on\n\nMonday\n\nand the\n\nmembers\n\nvoted on the\n\nnew rules for the pier.\n\n'

  test('joins a parenthesis that goes on after it closes, whatever the word before it', () => {
    expect(paragraphs('Shares of the Nordhaven Fishing Index\n\n(NFI) rose 2%, while the Kestrel Board\n\n(who now meets weekly) waited.')).toEqual([
      'Shares of the Nordhaven Fishing Index (NFI) rose 2%, while the Kestrel Board (who now meets weekly) waited.'
    ])
    expect(paragraphs('See the Guide to Harbour Safety\n\n(2019), page 4.')).toEqual(['See the Guide to Harbour Safety (2019), page 4.'])
  })

  test('keeps a heading apart from a parenthesis that stands alone', () => {
    expect(paragraphs('Storm Over the Pier\n\n(4:10)\n\nA short film about the night.')).toEqual([
      'Storm Over the Pier',
      '(4:10)',
      'A short film about the night.'
    ])
  })

  test('joins a dash that goes on in lower case', () => {
    expect(paragraphs('Crews rely on the salt in\n\nbrine\n\n— the mineral that keeps the nets soft.')).toEqual([
      'Crews rely on the salt in brine — the mineral that keeps the nets soft.'
    ])
  })

  test('joins a possessive to a short name after it in a longer text', () => {
    expect(paragraphs('The ferry index rose 1%, while Nordland’s\n\nFjord Index\n\nfell.')).toEqual([
      'The ferry index rose 1%, while Nordland’s Fjord Index fell.'
    ])
  })

  test('runs a bold name label with an initial into its text', () => {
    expect(paragraphs(lead + 'Ellen A. Marsh:\n\nTheft of a bicycle and trespassing.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Ellen A. Marsh: Theft of a bicycle and trespassing.'
    ])
  })

  test('joins a link cut after its scheme without a space', () => {
    expect(paragraphs('Tickets are sold at http://\n\nharbour.example/tickets for all trips.')).toEqual([
      'Tickets are sold at http://harbour.example/tickets for all trips.'
    ])
  })

  test('joins a run of short names and words that ends in a lower-case clause', () => {
    expect(paragraphs(lead + 'He is not the only one.\n\nWells Harbour\n\nanalyst\n\nIvo Marek\n\npoints out two more reasons.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'He is not the only one.',
      'Wells Harbour analyst Ivo Marek points out two more reasons.'
    ])
    expect(paragraphs(lead + 'As both\n\nHarbour News\n\nand\n\nRadio Nord\n\nhave reported, the pier will close.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'As both Harbour News and Radio Nord have reported, the pier will close.'
    ])
    expect(paragraphs(lead + 'Doing so would\n\nanger\n\npartners such as President Ivo\n\nMarek\n\nand\n\nthe league\n\nfor years.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Doing so would anger partners such as President Ivo Marek and the league for years.'
    ])
  })

  test('keeps a short heading after a paragraph apart from the name that starts the next sentence', () => {
    expect(paragraphs(lead + 'The crews want a new pier.\n\nThe bottom line\n\nHarbourPass\n\nis the only way to book a crossing now.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'The crews want a new pier.',
      'The bottom line',
      'HarbourPass is the only way to book a crossing now.'
    ])
    // A longer line may be the start of a sentence cut before a name.
    expect(paragraphs(lead + 'The crews want a new pier.\n\nLast week the harbour master\n\nIvo Marek\n\nsaid the works would start in May.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'The crews want a new pier.',
      'Last week the harbour master Ivo Marek said the works would start in May.'
    ])
  })

  test('runs a dateline into the first sentence, not a caption credit', () => {
    expect(paragraphs(lead + 'KESTREL BAY, Nord. (AP)\n\n— Harbour authorities are reporting a sixth ferry delay this week.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'KESTREL BAY, Nord. (AP) — Harbour authorities are reporting a sixth ferry delay this week.'
    ])
    // The sentence goes on in the pieces after the dateline.
    expect(paragraphs(lead + 'Westmere (Harbour News)\n\nA\n\nslow ferry\n\nleft the port two hours late on Monday.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Westmere (Harbour News) A slow ferry left the port two hours late on Monday.'
    ])
    expect(paragraphs(lead + 'Crews unload the ferry at dawn (Harbour News)\n\nThe crews stayed home on Tuesday, and the ferries did not leave the port.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Crews unload the ferry at dawn (Harbour News)',
      'The crews stayed home on Tuesday, and the ferries did not leave the port.'
    ])
  })

  test('joins a drop cap to the rest of its word when the document has the word, not the article "A"', () => {
    expect(paragraphs(lead + 'T\n\nhe ferry sailed late that day.\n\nA\n\nslow ferry left the port.\n\nEnjoy Harbour D\n\nay with the crews')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'The ferry sailed late that day.',
      'A slow ferry left the port.',
      'Enjoy Harbour Day with the crews'
    ])
  })

  test('keeps a headline apart from a byline, a drop cap and a tag list', () => {
    expect(paragraphs(lead + 'A guide to the new harbour fees\n\nBy\n\nIvo Marek\n\non Monday, May 4')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'A guide to the new harbour fees',
      'By Ivo Marek on Monday, May 4'
    ])
    expect(paragraphs(lead + 'Read more about these topics\n\nHarbour Cup\n\nT\n\nhe cup began on Monday.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Read more about these topics',
      'Harbour Cup',
      'The cup began on Monday.'
    ])
    expect(paragraphs(lead + 'Only those who\n\ncare\n\nfind their Real Harbour\n\nHarbour Notes\n\n,\n\nNotes on Life at Sea')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Only those who care find their Real Harbour',
      'Harbour Notes, Notes on Life at Sea'
    ])
  })

  test('joins a bracket that stands alone, initials before a lower-case word, and the date of a quoted post', () => {
    expect(paragraphs(lead + 'Nordland’s\n\nFjord Index\n\n(\n\nFJX\n\n)\n\nfell 0.5%.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Nordland’s Fjord Index (FJX) fell 0.5%.'
    ])
    expect(paragraphs(lead + 'New fees have hurt E.U.\n\nfishermen\n\nmost.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'New fees have hurt E.U. fishermen most.'
    ])
    expect(paragraphs(lead + 'We will miss you at the pier.\n\n— Vera Holm (@veraholm)\n\nMay 4, 2024\n\nThe ferry left at noon.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'We will miss you at the pier.',
      '— Vera Holm (@veraholm) May 4, 2024',
      'The ferry left at noon.'
    ])
  })

  test('keeps the items after a lead-in as lines of one list', () => {
    expect(paragraphs(lead + 'The school offers:\n\nCourses on sailing in the bay\n\nWorkshops on knots and nets\n\nTrips to the islands\n\nAll of them start in May.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'The school offers:',
      'Courses on sailing in the bay\nWorkshops on knots and nets\nTrips to the islands',
      'All of them start in May.'
    ])
    // Two lines are no list; headings in capitals end one.
    expect(paragraphs(lead + 'Here is the thing:\n\nSome crews sail at night\n\nOthers wait for the tide')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Here is the thing:',
      'Some crews sail at night',
      'Others wait for the tide'
    ])
  })

  test('ends a list before an item that goes on as a sentence, and keeps a heading apart from a name run', () => {
    expect(paragraphs(lead + 'The school offers:\n\nCourses on sailing in the bay\n\nWorkshops on knots and nets\n\nTrips to the islands\n\nGet ready to start\n\nsailing\n\nthis May.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'The school offers:',
      'Courses on sailing in the bay\nWorkshops on knots and nets\nTrips to the islands',
      'Get ready to start sailing this May.'
    ])
    expect(paragraphs(lead + 'Focus on what matters in the near future of your harbour\n\nWestmere\n\nHarbour Pass\n\nholders can plan every trip.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Focus on what matters in the near future of your harbour',
      'Westmere',
      'Harbour Pass holders can plan every trip.'
    ])
    // The last line of a list takes no capitalised block after it.
    expect(paragraphs(lead + 'The school offers:\n\nCourses on sailing in the bay\n\nWorkshops on knots and nets\n\nTrips to the islands\n\nWestmere Pass\n\nholders pay less.')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'The school offers:',
      'Courses on sailing in the bay\nWorkshops on knots and nets\nTrips to the islands',
      'Westmere Pass holders pay less.'
    ])
  })

  test('finds lists in a text without blank lines too', () => {
    const text = [
      'The band will tour the coast next summer.',
      'Tour dates:',
      'June 9 – Harbour Hall, Westmere',
      'June 12 – Old Mill, Eastbay',
      'June 15 – Pier Stage, Northcliff',
      'Tickets go on sale on Friday.',
      'The school offers:',
      'Courses on sailing in the bay',
      'Workshops on knots and nets',
      'Trips to the islands'
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'The band will tour the coast next summer.',
      'Tour dates:\nJune 9 – Harbour Hall, Westmere\nJune 12 – Old Mill, Eastbay\nJune 15 – Pier Stage, Northcliff',
      'Tickets go on sale on Friday.',
      'The school offers:',
      'Courses on sailing in the bay\nWorkshops on knots and nets\nTrips to the islands'
    ])
  })

  test('a quote before a capital after a sentence end opens a new quotation', () => {
    expect(joinKind('"Why now?” asked Vera, who sails tomorrow.', '"And he said, the board."')).toBe('space')
    expect(joinKind('She called it "great.', '" and left')).toBe('none')
  })
})

describe('repairLineBreaks: German', () => {
  test('a capital goes on a sentence a link cut, since German capitalises its nouns; a word that opens sentences does not', () => {
    const first =
      'Die Hafenbehörde hat am Montag beschlossen, die Nachtfähre zu den Inseln im Januar wieder fahren zu lassen, nachdem die Inselbewohner einen ganzen Winter lang um die Bucht fahren mussten.'
    const rest = 'Reedereien, Häfen und Werften dabei, ihre Fahrpläne gemeinsam zu planen und die Fahrgäste rechtzeitig über jede Änderung zu informieren.'
    const last = 'Die Crews fahren ab Januar zweimal in der Woche, wenn das Wetter es erlaubt und die Prüfung des Schiffes gut verläuft.'
    const text = [first, 'Dabei hilft die', 'Software HafenDesk', rest, 'Mehr dazu bei der', 'Hafen Woche', last].join('\n\n')
    expect(paragraphs(text)).toEqual([first, 'Dabei hilft die Software HafenDesk ' + rest, 'Mehr dazu bei der Hafen Woche', last])
  })
})

describe('repairLineBreaks: hard-wrapped text', () => {
  test('a line longer than the wrap for a link target it holds says nothing about the width', () => {
    // Wrapped Markdown whose inline links are never broken: those lines pass 72 columns, with spaces in them.
    const markdown = [
      'The harbour board voted on Monday to bring back the night ferry between',
      'Kestrel Bay and the outer islands, after a winter without it. The Harbour',
      'Safety Board will inspect the ship in April, and crews will sail twice a',
      'week from the first of May if the [inspection goes well](https://port.example/news/2027/04/inspection-of-the-night-ferry) and the',
      'weather allows it.',
      '',
      'Islanders welcomed the vote. “We missed the boat,” said one of them, who',
      'has commuted by road since January and works at the fish market in North',
      'Quay. She [drove around the bay](https://port.example/news/2027/01/the-road-around-the-bay) every day this',
      'winter, an hour each way.',
      '',
      'The ferry will leave the quay at ten in the evening, with room for forty',
      'cars, and the board expects the [route to pay](https://port.example/news/2027/05/the-cost-of-the-north-route) for',
      'itself by autumn.'
    ].join('\n')
    expect(paragraphs(markdown)).toEqual([
      'The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the outer islands, after a winter without it. The Harbour Safety Board will inspect the ship in April, and crews will sail twice a week from the first of May if the inspection goes well and the weather allows it.',
      'Islanders welcomed the vote. “We missed the boat,” said one of them, who has commuted by road since January and works at the fish market in North Quay. She drove around the bay every day this winter, an hour each way.',
      'The ferry will leave the quay at ten in the evening, with room for forty cars, and the board expects the route to pay for itself by autumn.'
    ])
  })

  test('raw HTML lines whose quoted attribute values have spaces say nothing about the width (Pandoc’s GFM)', () => {
    // Pandoc wraps raw HTML between attributes, never inside one: a line that holds
    // `title="…">` passes 72 columns, however the prose around it is wrapped.
    const headlines = [
      'Night ferry timetable published for the summer season',
      'Quay bar closes its doors after forty years on the harbour front',
      'Lighthouse keepers return to the outer islands for one more winter',
      'Fish market to open an hour earlier on ferry days from May',
      'Council votes on the new bus route to the northern villages'
    ]
    const markdown = [
      '<div class="story">',
      '',
      '# Night ferry returns to Kestrel Bay',
      '',
      '**KESTREL BAY** — [Harbour News](https://port.example/) reports:',
      '',
      'The harbour board voted on Monday to bring back the night ferry between',
      'Kestrel Bay and the outer islands, after a winter without it. The Harbour',
      'Safety Board will inspect the ship in April, and crews will sail twice a',
      'week from the first of May if the inspection goes well and the weather',
      'allows it.',
      '',
      'Islanders welcomed the vote. Ilse Varga of the Kestrel Bay Fishermen and',
      'Boatmen Union said her members had waited for it since the old ship was',
      'sold, and that the fish market in North Quay would open an hour earlier',
      'on the days the ferry sails.',
      '',
      '</div>',
      '',
      '<div class="more">',
      '',
      ...headlines.flatMap((headline, index) => [
        '-   <a',
        `    href="https://port.example/news/${index}/"`,
        '    class="bump-view" data-view="tp"',
        `    title="${headline}"><img`,
        `    src="https://port.example/img/${index}.jpg"`,
        '    class="list-thumb" width="55"',
        `    alt="${headline}" /></a>`,
        '    <div class="list-links">',
        '',
        '    <a',
        `    href="https://port.example/news/${index}/"`,
        '    class="bump-view" data-view="tp"',
        // "title=\"Night ferry timetable published for the summer season\">Night": 81 columns.
        `    title="${headline}">${headline.split(' ')[0]}`,
        `    ${headline.split(' ').slice(1).join(' ')}</a>`,
        '',
        '    </div>'
      ]),
      '</div>'
    ].join('\n')
    const result = cleanup(markdown, {boilerplate: false, sections: false})
    expect(result.paragraphs).toEqual([
      'Night ferry returns to Kestrel Bay',
      'KESTREL BAY — Harbour News reports:',
      'The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the outer islands, after a winter without it. The Harbour Safety Board will inspect the ship in April, and crews will sail twice a week from the first of May if the inspection goes well and the weather allows it.',
      'Islanders welcomed the vote. Ilse Varga of the Kestrel Bay Fishermen and Boatmen Union said her members had waited for it since the old ship was sold, and that the fish market in North Quay would open an hour earlier on the days the ferry sails.',
      ...headlines
    ])
    expect(result.messages.map(String)).toContain('1:1-' + markdown.split('\n').length + ':7: Detected text hard-wrapped at 73 columns')
  })

  test('the rows of a table a text browser drew say nothing about the wrap width', () => {
    const text = [
      'The harbour board voted on Monday to bring back the night ferry between Kestrel',
      'Bay and the outer islands, after a winter without it. The new timetable:',
      '',
      '┌─────────┬──────────┬──────────┐',
      '│Crossing │Departs   │Arrives   │',
      '├─────────┼──────────┼──────────┤',
      '│North    │22:40     │01:10     │',
      '└─────────┴──────────┴──────────┘',
      '',
      '    “We missed the boat,” said one islander, who has commuted by road since',
      '    January.',
      '',
      'Crews will train through the winter, and the first crossing is planned for',
      'March.'
    ].join('\n')
    const result = paragraphs(text)
    expect(result[0]).toBe('The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the outer islands, after a winter without it. The new timetable:')
    expect(result.slice(2)).toEqual([
      '“We missed the boat,” said one islander, who has commuted by road since January.',
      'Crews will train through the winter, and the first crossing is planned for March.'
    ])
  })

  test('a line in title case is no wrapped word of a line of a sentence', () => {
    // w3m: a teaser's headline, then its image's text in title case, the line before nearly full.
    const text = [
      'The harbour board voted on Monday to bring back the night ferry between the',
      'outer islands and the town, after a winter without it, and crews will sail',
      'twice a week from the first of May if the inspection of the ship goes well.',
      'Islanders welcomed the vote on Monday evening at a meeting in the old hall,',
      'where the mayor said the island had waited long enough for its ferry and',
      'that the new timetable would be posted on the door of the harbour office.',
      '',
      'The new boat will carry forty cars and two hundred people on each crossing,',
      'and the board expects the route to pay for itself by the autumn of next year,',
      'when the summer visitors have come and gone and the winter fares are set.',
      'The band played their old hits on the quay on Friday night, including “Sail To',
      'The Harbour,” “Lights Of The Island,” “The Night Ferry” And “Home Again”',
      'for a crowd of two thousand islanders and their guests from the mainland.',
      '',
      'Latest news',
      '',
      '  • Harbour',
      '    Ferry crews order two new boats, a welcome boost for the winter crossing',
      '    Launch Of Night Ferry Delayed As Inspectors Find A Crack In The Old Steel',
      '    Hull Plates',
      '  • Weather'
    ].join('\n')
    const result = paragraphs(text)
    expect(result).toContain(
      'Ferry crews order two new boats, a welcome boost for the winter crossing\nLaunch Of Night Ferry Delayed As Inspectors Find A Crack In The Old Steel Hull Plates'
    )
    // Titles in quotes inside a sentence are wrapped as any other words.
    expect(result.find((d) => d.includes('The band'))).toMatch(/including “Sail To The Harbour,” “Lights Of The Island,” “The Night Ferry” And “Home Again” for a crowd/)
  })

  test('a line that opens with a tag cue and a colon is no wrapped word of the line before', () => {
    // Lynx: the link numbers make the line of tags longer than the room left on the line before.
    const text = [
      '   The harbour board voted on Tuesday to bring back the night ferry, which',
      '   stopped running in 2019 when the old boat was sold to a yard up the coast.',
      '   Crews will train through the winter, and the first crossing is planned for',
      '   the spring, the board said in a statement on its website after the vote.',
      '',
      '   The ferry will leave the island at ten and come back at two, six nights a',
      '   week, and the fare will stay at four pounds for islanders, the board said.',
      '',
      '   [12]Islanders cheer as the night ferry comes back to the harbour at Kestrel',
      '   Tags:[13]night ferry, [14]harbour, [15]island life, [16]harbour board,',
      '   [17]winter crossings',
      '',
      '   MORE STORIES LIKE THIS ONE',
      '   [18]New pier opens on the island'
    ].join('\n')
    const result = cleanup(text)
    expect(result.tags).toEqual(['night ferry', 'harbour', 'island life', 'harbour board', 'winter crossings'])
    expect(result.paragraphs).toHaveLength(2)
    // In prose, a word and a colon at the start of a line is wrapped as any other.
    expect(paragraphs(text.replace('Tags:', 'Note:'))[2]).toMatch(/Kestrel Note: night ferry/)
  })

  test('unwraps a short text of a few full lines (too few for the counts of a long one)', () => {
    const text =
      'The harbour board voted on Monday to bring back the night ferry between\nKestrel Bay and the outer islands, after a winter without it. Crews will\nsail twice a week from the first of May.\n\n' +
      '“We missed the boat,” said one islander, who has commuted by road since\nJanuary. The board expects the route to pay for itself by autumn.\n'
    expect(paragraphs(text)).toEqual([
      'The harbour board voted on Monday to bring back the night ferry between Kestrel Bay and the outer islands, after a winter without it. Crews will sail twice a week from the first of May.',
      '“We missed the boat,” said one islander, who has commuted by road since January. The board expects the route to pay for itself by autumn.'
    ])
    // Lines of a paragraph each, where the next word would have fit, stay paragraphs.
    const own = 'The harbour board voted on Monday to bring back the night ferry.\nKestrel Bay and the outer islands waited a whole winter for it.\nCrews will sail twice a week from the first of May.\n'
    expect(paragraphs(own)).toEqual([
      'The harbour board voted on Monday to bring back the night ferry.',
      'Kestrel Bay and the outer islands waited a whole winter for it.',
      'Crews will sail twice a week from the first of May.'
    ])
  })

  test('joins Korean cut inside words at full lines without a space, at a particle with one', () => {
    const lines = (text: string) => cleanup(text, {boilerplate: false, sections: false, lineBreaks: {wrapWidth: 20}}).paragraphs
    // Every line fills 20 columns (or 19: a wide character more would not fit): the renderer cuts anywhere.
    // "…아침에는" ends with the particle 는: the break was a space.
    expect(lines('항구에서 배들이 돌아\n왔다. 선원들은 기뻐\n했다. 오늘 아침에는\n선장은 배를 타고 나\n갔다.')).toEqual([
      '항구에서 배들이 돌아왔다. 선원들은 기뻐했다. 오늘 아침에는 선장은 배를 타고 나갔다.'
    ])
    // A wrap at spaces fills a line only by chance: spaces stay.
    expect(lines('항구에서 배들이\n돌아왔다. 선원들은\n기뻐했다. 오늘\n아침에는 선장은 배로\n타고 나갔다.')).toEqual([
      '항구에서 배들이 돌아왔다. 선원들은 기뻐했다. 오늘 아침에는 선장은 배로 타고 나갔다.'
    ])
  })

  test('a text browser’s margin: the body’s lines give the wrap width, not a footer that passes it (Korean cut at column 77 of 80)', () => {
    const wide = (code: number) => (code >= 0x1100 && code <= 0x115f) || (code >= 0xac00 && code <= 0xd7a3)
    const width = (line: string) => [...line].reduce((n, char) => n + (wide(char.codePointAt(0)!) ? 2 : 1), 0)
    // Cut anywhere at 74 columns after a margin of 3, as elinks writes Korean (a space at the cut goes).
    const cut = (text: string) => {
      const lines: string[] = []
      let line = ''
      for (const char of text) {
        if (width(line + char) > 74) {
          lines.push(line)
          line = char === ' ' ? '' : char
        } else line += char
      }
      return [...lines, line].map((d) => '   ' + d)
    }
    const story = [
      '항구 위원회는 화요일에 섬으로 가는 야간 여객선을 다시 운항하기로 결정했다. 선원들은 겨울 동안 새 배에서 훈련을 받고 첫 운항은 오월 말에 시작된다. 위원회에 따르면 새 배는 예전 배보다 더 많은 차량을 실을 수 있으며 요금은 올해 말까지 그대로 유지된다.',
      '섬 주민들은 이번 결정을 크게 반겼다. 한 주민은 겨울 내내 먼 길을 돌아서 출근해야 했다고 말했다. 부두의 카페도 늦게까지 문을 연다.',
      '위원회는 내년 봄에 북쪽 부두를 새로 짓는 계획도 발표했다. 공사는 삼월에 시작되며 여름이 오기 전에 끝날 예정이다. 그동안 여객선은 남쪽 부두에서 출발한다.',
      '선장은 새 배가 안개 속에서도 안전하게 항해할 수 있다고 말했다. 배에는 새로운 레이더와 더 밝은 등이 달려 있으며 선원들은 밤마다 이 장비를 점검한다. 주민들은 첫 운항을 보려고 부두에 모일 계획이다.',
      '학교들은 여객선이 다시 운항하면 섬의 학생들이 본토의 학교에 더 쉽게 다닐 수 있을 것이라고 밝혔다. 위원회는 학생 요금을 절반으로 낮추는 방안도 검토하고 있다.'
    ]
    // A footer laid out without the margin reaches columns 79 and 80.
    const footer = [
      '[ Harbour Courier Ltd. ] [ 12 North Quay, Kestrel Bay ] [ Registered 2030-05-4 ]',
      '[ Publisher and editor: Ana Ruiz ] [ Youth protection officer: Tom Reed, 0123 ]',
      'All articles of the Harbour Courier are protected by copyright; no copying or re'
    ]
    expect(footer.map(width)).toEqual([80, 79, 80])
    const text = ['   항구 소식', '', ...story.flatMap((d) => [...cut(d), '']), ...footer].join('\n')
    const result = cleanup(text, {boilerplate: false, sections: false})
    expect(result.paragraphs.slice(1, 4)).toEqual(story.slice(0, 3))
  })

  test('a row of buttons (phrases of the packs, in lower case) is no piece of the line before it', () => {
    const text = [
      'The harbour board voted on Tuesday to keep the',
      'night ferry',
      'on the island route, after a winter in which the crews sailed',
      'twice a week',
      'through the storms.',
      'Crews will train on the new boat in',
      'January',
      ', and the first crossing with it is planned for March.',
      'Filed under: Ferries, Harbour news, Winter',
      'facebook',
      'linkedin',
      'email',
      'print',
      'More from the harbour'
    ].join('\n')
    const result = cleanup(text)
    expect(result.tags).toEqual(['Ferries', 'Harbour news', 'Winter'])
    expect(result.body).not.toContain('facebook')
    // One such word inside a sentence is a piece of it.
    expect(cleanup('Sign up for our\n\nnewsletter\n\ntoday, and read the harbour news every morning before the first ferry leaves the quay.', {boilerplate: false, sections: false}).paragraphs).toEqual([
      'Sign up for our newsletter today, and read the harbour news every morning before the first ferry leaves the quay.'
    ])
  })

  test('keeps the space a Korean cut swallowed where the document’s own words show it', () => {
    const lines = (text: string) => cleanup(text, {boilerplate: false, sections: false, lineBreaks: {wrapWidth: 20}}).paragraphs
    // Every line fills 19 or 20 columns: the renderer cuts anywhere, at a space too (and drops it).
    // "그" is a word twice elsewhere: "…달려 그" ⏎ "결과는" keeps its space; "게" ends every word it is in
    // ("크게", "빠르게", "조용하게"): "…강하게" ⏎ "주장했다" too. "여" ⏎ "전히" and "선장" ⏎ "은" are words cut in two.
    expect(lines('오늘 그 배와 그 선원들이 왔다.\n\n그 배는 크게 돌고 여\n전히 빠르게 달려 그\n결과는 조용하게 선장\n은 새 항로를 강하게\n주장했다.')).toEqual([
      '오늘 그 배와 그 선원들이 왔다.',
      '그 배는 크게 돌고 여전히 빠르게 달려 그 결과는 조용하게 선장은 새 항로를 강하게 주장했다.'
    ])
  })

  test('joins Chinese or Japanese cut next to a Latin word without a space, where the wrap cuts them anywhere', () => {
    const lines = (text: string) => cleanup(text, {boilerplate: false, sections: false, lineBreaks: {wrapWidth: 20}}).paragraphs
    // Every line fills 20 columns: the renderer cuts anywhere, next to "HarbourPass" too.
    expect(lines('港の朝はとても静かで、\n船はゆっくりと出てい\nきます。船員たちは毎\n朝、同じ道を歩いて\nHarbourPassの事務所\nに向かいます。')).toEqual([
      '港の朝はとても静かで、船はゆっくりと出ていきます。船員たちは毎朝、同じ道を歩いてHarbourPassの事務所に向かいます。'
    ])
  })

  test('a quote right after a word at a wrapped line end closes: a space after it', () => {
    expect(
      paragraphs(
        [
          'The harbour board met the leaders of the union on Monday, and after six hours',
          'of talks the two sides signed a deal on the night shifts of the dockers',
          "union. The board said the deal would hold until the new cranes arrived, and",
          'the crews went back to work the same evening, as the ferries were waiting.'
        ]
          .join('\n')
          .replace('dockers', "dockers'")
      )
    ).toEqual([
      "The harbour board met the leaders of the union on Monday, and after six hours of talks the two sides signed a deal on the night shifts of the dockers' union. The board said the deal would hold until the new cranes arrived, and the crews went back to work the same evening, as the ferries were waiting."
    ])
  })

  const wrapped = [
    'The harbour of Westmere will get a new breakwater before the winter storms, the',
    'port authority said on Tuesday. The works, planned for two years, were delayed',
    'by a shortage of granite and by a long dispute over who would pay for the inter-',
    'national barges that carry the stones from the quarry to the bay each summer.',
    '',
    'Fishermen welcomed the news. Many of them lost nets and pots last January, when',
    'waves broke over the old wall three nights in a row and flooded the well-',
    'known fish market. Buyers from international firms came to see the damage.'
  ].join('\n')

  test('unwraps lines and removes a hyphen only when the joined word occurs elsewhere', () => {
    const result = paragraphs(wrapped)
    expect(result).toHaveLength(2)
    expect(result[0]).toContain('who would pay for the international barges')
    // "well-known": no "wellknown" in the document, the hyphen stays.
    expect(result[1]).toContain('the well-known fish market')
  })

  test('a glued image placeholder on a wrapped line counts in its width', () => {
    // "[pier2][pier]" is stripped first; its line was still full, and the sentence goes on.
    const text = [
      '[pier2][pier]The harbour gets a breakwater, said the new chief of the harbour',
      'Board Lena Voss on Tuesday. The works, planned for two years, were delayed by',
      'a shortage of granite and by a long dispute over who would pay for the barges',
      'that carry the stones from the quarry to the bay each summer, she told us all.',
      '',
      'Fishermen welcomed the news. Many of them lost nets and pots last January, when',
      'waves broke over the old wall three nights in a row and flooded the fish market',
      'on the quay. Buyers from the big firms on the mainland came to see the damage.'
    ].join('\n')
    const result = paragraphs(text)
    expect(result).toHaveLength(2)
    expect(result[0]).toContain('said the new chief of the harbour Board Lena Voss on Tuesday.')
  })

  test('finds no wrap in a text with a paragraph per line that passes a width now and then', () => {
    const words = ['harbour', 'ferry', 'crew', 'nets', 'pier', 'storm', 'boats', 'tide', 'quay', 'gulls']
    // A sentence of exactly `length` characters: "The harbour ferry … tide."
    const sentence = (length: number, seed: number): string => {
      let text = 'The'
      for (let i = seed; text.length < length; i++) text += ' ' + words[i % words.length]
      return text.slice(0, length - 1).trimEnd().padEnd(length - 1, 's') + '.'
    }
    const lengths: number[] = []
    for (let i = 0; i < 4; i++) lengths.push(230 + i * 20)
    for (let i = 0; i < 3; i++) lengths.push(200)
    for (let i = 0; i < 10; i++) lengths.push(195 + (i % 5))
    for (let i = 0; i < 83; i++) lengths.push(40 + ((i * 37) % 110))
    // Spread the long lines among the short ones.
    const order = lengths.map((length, i) => ({length, key: (i * 61) % lengths.length})).sort((a, b) => a.key - b.key)
    const text = order.map((d, i) => sentence(d.length, i)).join('\n')
    const {tree} = repair(text)
    expect(tree.data.wrapWidth).toBe(undefined)
    expect(tree.children).toHaveLength(100)
  })

  test('finds the wrap width from the widest lines that occur, and keeps a short last line’s period', () => {
    // Greedy wrap at 50 columns: lines of exactly 50, one longer line (a link), breaks at 46 + 1 + 4 = 51.
    const wrap = (text: string): string => {
      const lines: string[] = []
      let line = ''
      for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > 50) {
          lines.push(line)
          line = word
        } else line = line ? line + ' ' + word : word
      }
      return [...lines, line].join('\n')
    }
    const paragraphsIn = [
      'The night ferry to the outer islands runs at seven and the harbour board said on Monday the crews will sail twice a week from the old quay until the autumn, whatever storms come. Tickets cost the same as last year for all.',
      'Fishermen in the bay say the nets are full again after a quiet spring, and buyers from the town pay good prices at the morning market on the pier, where the gulls wait for scraps and the children watch the boats come in.',
      'The timetable is posted at https://harbour.example/timetables/ferries/summer-islands-night and at the quay, and the board asks travellers to check it before they leave home, since the tides change the times.',
      'A new crane arrived at the container terminal last week. It lifts twice as much as the old one, which will be taken apart and sold for scrap metal once the new crane has been tested by the engineers from the port.',
      'The lighthouse keeper, who has lived on the rock for thirty years, will retire in December. The board has not yet said who will take over, or whether the light will be run from the town by remote control instead.',
      // A short last line ending in a period before a lower-case name: no stray period.
      'harbourpass is the card that locals use for the boats, the buses and the bridge, and it now works on every pier.'
    ]
    const text = paragraphsIn.map((d) => wrap(d)).join('\n\n')
    const {tree} = repair(text)
    expect(tree.data.wrapWidth).toBe(50)
    expect(paragraphs(text)).toEqual(paragraphsIn)
  })

  test('long words alone on their lines (addresses no wrap can break) do not hide the wrap width', () => {
    const words =
      'the ferry crews on the outer islands voted on Tuesday to keep the night service running through the winter months while the board looks for a new boat'.split(
        ' '
      )
    const lines: string[] = []
    for (let p = 0; p < 6; p++) {
      // Greedy wrap at 40 columns, with an address of 70 characters alone on its line in each paragraph.
      let line = ''
      const paragraph = [...words.slice(p), 'https://harbour.example/' + 'timetables/'.repeat(4) + 'night' + p, ...words.slice(0, 10 + p), 'again.']
      for (const word of paragraph) {
        if (line && line.length + 1 + word.length > 40) {
          lines.push(line)
          line = word
        } else line = line ? line + ' ' + word : word
      }
      lines.push(line, '')
    }
    const {tree} = repair(lines.join('\n'))
    expect(tree.data.wrapWidth).toBe(40)
    expect(tree.children.filter((d) => d.data.fate !== 'removed')).toHaveLength(6)
  })

  test('reports the wrap width it found', () => {
    const {tree, file} = repair(wrapped)
    expect(tree.data.wrapWidth).toBe(80)
    expect(file.messages.map((d) => d.ruleId)).toContain('detect-rendering')
  })

  test('keeps a bullet list a list, one item per line', () => {
    const text = [
      'Bring these to the glacier walk, the guides say, or you will not be let on the',
      'ice by the staff at the valley station, however experienced you think you are:',
      '',
      '  • sturdy boots',
      '  • warm gloves and a hat, because the wind on the ice is stronger than it',
      '    looks from the valley',
      '  • water and a snack'
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'Bring these to the glacier walk, the guides say, or you will not be let on the ice by the staff at the valley station, however experienced you think you are:',
      'sturdy boots\nwarm gloves and a hat, because the wind on the ice is stronger than it looks from the valley\nwater and a snack'
    ])
  })

  test('an indented line under a list item that is no wrap stays a line of its own', () => {
    const text = [
      wrapped,
      '',
      'More from the coast',
      '',
      '  • Harbour',
      '    Island school opens a second boat for its pupils',
      '    Pupils in yellow coats wait on a wooden jetty',
      '  • Market',
      '    Fish market moves to the old customs shed in March and opens on Sundays',
      '    from the spring'
    ].join('\n')
    const result = paragraphs(text)
    expect(result).toContain('Harbour')
    expect(result.some((d) => d.startsWith('Island school opens a second boat for its pupils'))).toBe(true)
    // A wrapped line under the item is still joined.
    expect(result).toContain('Fish market moves to the old customs shed in March and opens on Sundays from the spring')
    // As is one whose first word would have fit with a single column to spare (a measured width may be a column short).
    const close = text + '\n  • Harbour crews repaint the old lighthouse and the tall pier before the\n    North Sea gales'
    expect(paragraphs(close).some((d) => d.includes('Harbour crews repaint the old lighthouse and the tall pier before the North Sea gales'))).toBe(true)
  })

  test('keeps lines without a blank line between them as lines of one paragraph', () => {
    const text = [
      'The tour comes to six towns this summer.',
      '',
      'Dates:',
      'June 9 - Harbour Hall, Westmere',
      'June 12 - Old Mill, Kestrel',
      'June 14 - Pier 4, Hollen',
      '',
      'Tickets are on sale at the town halls.',
      '',
      'Doors open at seven.'
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'The tour comes to six towns this summer.',
      'Dates:\nJune 9 - Harbour Hall, Westmere\nJune 12 - Old Mill, Kestrel\nJune 14 - Pier 4, Hollen',
      'Tickets are on sale at the town halls.',
      'Doors open at seven.'
    ])
  })
})

describe('repairLineBreaks: full lines of hard-wrapped prose', () => {
  test('a line the next word did not fit on is a wrapped line, no link text glued on both sides', () => {
    const text = [
      '   05/10/2027 - Published by: Ilse Varga Lindqvist - Category: Harbour -',
      '   Tags: ferry storm ramp',
      '   A crew of the Kestrelbay harbourmasters, from the northernmost quayside,',
      '   repaired the ramp of the old ferry this morning after the storm of the',
      '   night. The crossings of the morning are moved to the afternoon.'
    ].join('\n')
    const {tree} = repair(text, {wrapWidth: 75})
    expect(tree.children.map((d) => d.value)).toEqual([
      '05/10/2027 - Published by: Ilse Varga Lindqvist - Category: Harbour - Tags: ferry storm ramp',
      'A crew of the Kestrelbay harbourmasters, from the northernmost quayside, repaired the ramp of the old ferry this morning after the storm of the night. The crossings of the morning are moved to the afternoon.'
    ])
  })

  test('a few capitalised words after a full line that ends a sentence stand alone when the text breaks after them', () => {
    // Paragraphs one newline apart (no blank lines) with a label between them: "Advertisement" did not
    // fit after "…last year.", but "Traders" would have fit after it, so the label ends its own line.
    const text = [
      'The harbour board met on Tuesday to discuss the future of the night ferry,',
      'which has run at a loss for three winters. Crews told the board that the boats',
      'are older than most of the people who sail them, and that the hull of the',
      'second boat was patched twice last year by the yard on the far side of it.',
      'Advertisement',
      'Traders on the quay asked for a timetable that matches the market hours. The',
      'fish auction starts at four in the morning, and the first ferry leaves at six.'
    ].join('\n')
    expect(repair(text, {wrapWidth: 79}).tree.children.map((d) => d.value)).toEqual([
      'The harbour board met on Tuesday to discuss the future of the night ferry, which has run at a loss for three winters. Crews told the board that the boats are older than most of the people who sail them, and that the hull of the second boat was patched twice last year by the yard on the far side of it.',
      'Advertisement',
      'Traders on the quay asked for a timetable that matches the market hours. The fish auction starts at four in the morning, and the first ferry leaves at six.'
    ])
    // A short sentence is the end of the paragraph, wrapped onto its last line.
    const sentence = text.replace('Advertisement', 'Shipwrights say it leaks.')
    expect(repair(sentence, {wrapWidth: 79}).tree.children.map((d) => d.value)[0]).toMatch(/far side of it\. Shipwrights say it leaks\.$/)
    // Nor does a caption's credit stand alone: it ends the caption.
    const credit = text.replace('Advertisement', 'Photo: Ana Ruiz')
    expect(repair(credit, {wrapWidth: 79}).tree.children.map((d) => d.value)[0]).toMatch(/far side of it\. Photo: Ana Ruiz$/)
  })

  test('a short line that images filled is a wrapped line, no link text glued on both sides', () => {
    // "![](…)![](…)The" ⏎ "team of…": the images made the line full, so "The" goes on into the next line,
    // it is no link text between the meta line above and the prose below.
    const text = [
      '**05/10/2026** - Posted by: Clara Boden - Section:',
      '[Health](/news.php?cat=19) - Tags: [visitors](/news.php?tag=visitors) [',
      'vans](/news.php?tag=%20vans)',
      '',
      '![](/images/news/2026/21956/van3.jpeg)![](/images/news/2026/21956/van.jpeg)The',
      'team of the Home Care Service (HCS), in the Friendship district, reported this',
      'morning a break-in at two of the five vans of the unit. The vans had no',
      'batteries left and showed marks of damage.',
      '',
      'The garage said the work would take until the middle of next week, because two',
      'of the vans need new locks and the third a new window on the driver\'s side of',
      'the cab. The town council will pay for the repairs from its emergency budget.',
      '',
      'Residents of the district have been asked to call the police if they see anyone',
      'near the depot at night. The service has asked the council for a camera at the',
      'gate and for a light over the yard, which has been dark since the summer storm.'
    ].join('\n')
    const result = paragraphs(text)
    expect(result.find((d) => d.startsWith('05/10/2026'))).not.toContain('team of the Home Care Service')
    expect(result).toContain('The team of the Home Care Service (HCS), in the Friendship district, reported this morning a break-in at two of the five vans of the unit. The vans had no batteries left and showed marks of damage.')
  })

  test('full lines whose commas look like the separators of list lines are wrapped prose', () => {
    const lines = [
      'The crews of the north quay, who had waited for it since May,',
      'said on Monday that the new timetable, agreed with the board,',
      'would start in June, and that the night ferry, the oldest of',
      'them all, would sail again from the old pier at the weekend.',
      '',
      'Ticket prices, the board said, stay as they were last year.'
    ]
    const {tree} = repair(lines.join('\n'), {wrapWidth: 62})
    expect(tree.children.map((d) => d.value)).toEqual([lines.slice(0, 4).join(' '), lines[5]])
  })

  test('the rest of a list item that the wrap did not indent goes on in lower case', () => {
    const text = [
      '1. The harbour board votes on the new timetable for the winter crossings amid',
      'protests from the crews of the night ferry.',
      '2. The crews meet on Friday.',
      'The board said it would answer them.'
    ].join('\n')
    const {tree} = repair(text, {wrapWidth: 78})
    expect(tree.children.map((d) => d.value)).toEqual([
      '1. The harbour board votes on the new timetable for the winter crossings amid protests from the crews of the night ferry.',
      '2. The crews meet on Friday.',
      'The board said it would answer them.'
    ])
  })

  test('a score or a range cut at its hyphen is joined without a space', () => {
    const text = ['The crews came back to beat the harbour team in the last minute, 5-', '4 on Tuesday night, their third win in a row this month.'].join('\n')
    const {tree} = repair(text, {wrapWidth: 78})
    expect(tree.children.map((d) => d.value)).toEqual(['The crews came back to beat the harbour team in the last minute, 5-4 on Tuesday night, their third win in a row this month.'])
  })

  test('the cells of a table drawn with pipes are no wrapped prose', () => {
    const cells = ['The crews of the', 'north quay, who', 'had waited since', 'May, said on', 'Monday that the', 'timetable, agreed', 'with the board,', 'would start soon.']
    const rows = cells.map((d) => '|            | ' + d.padEnd(18) + ' |            |')
    const result = paragraphs(['Harbour news', '', ...rows].join('\n'))
    expect(result.join('\n').split('\n').length).toBeGreaterThanOrEqual(cells.length)
  })
})

describe('repairLineBreaks: clean text and re-runs', () => {
  const clean = 'A quiet year for the ferries\n\nThe ferry company carried fewer passengers this year.\n\nIts director said fares would not rise.'

  test('leaves clean text unchanged', () => {
    expect(paragraphs(clean)).toEqual([
      'A quiet year for the ferries',
      'The ferry company carried fewer passengers this year.',
      'Its director said fares would not rise.'
    ])
    expect(repair(clean).tree.data.rendering).toBe('clean')
  })

  test('a second run changes nothing', () => {
    const text = 'The mayor met with\n\nIlse Varga\n\nat the port.\n\nDates:\nJune 9 - Hall A\nJune 12 - Old Mill\n\nMore soon.\n\nSee you.'
    const {tree, file} = repair(text)
    const once = JSON.stringify(tree, (key, value) => (key === 'cache' ? undefined : value))
    ;(unified().use(repairLineBreaks) as unknown as Processor<Root, Root, Root>).runSync(tree, file)
    expect(JSON.stringify(tree, (key, value) => (key === 'cache' ? undefined : value))).toBe(once)
  })

  test('the result of a cleanup is a fixed point', () => {
    const text = 'The mayor met with\n\nIlse Varga\n\nat the port on Monday.\n\nThe harbour closed twice this week.'
    const body = paragraphs(text).join('\n\n')
    expect(paragraphs(body).join('\n\n')).toBe(body)
  })

  test('works in a custom pipeline and rejects bad options', () => {
    const processor = unified().use(parseText).use(repairLineBreaks).use(toResult)
    const file = processor.processSync('It was their\n\nthird ceremony\n\nin a row.')
    expect((file.result as {paragraphs: string[]}).paragraphs).toEqual(['It was their third ceremony in a row.'])
    expect(() => repairLineBreaks({wrapWidth: -1})).toThrow(TypeError)
    expect(() => repairLineBreaks('wide' as never)).toThrow(TypeError)
  })
})

describe('repairLineBreaks: rules drawn with characters', () => {
  test('a rule under a full line is no wrapped word', () => {
    const {tree} = repair('Latest news from the harbour and coast\n━━━━━━━━━━━━━━━━━━━━\nFerry crews vote on a new timetable', {wrapWidth: 40})
    expect(tree.children.map((d) => d.value)).toEqual(['Latest news from the harbour and coast', '━━━━━━━━━━━━━━━━━━━━', 'Ferry crews vote on a new timetable'])
  })

  test('a full line still unwraps into the next line of text', () => {
    const {tree} = repair('The harbour board voted on Monday to\nextend the winter timetable', {wrapWidth: 40})
    expect(tree.children.map((d) => d.value)).toEqual(['The harbour board voted on Monday to extend the winter timetable'])
  })

  test('a link target alone, too long for any line, is not wrapped into the text that starts after it', () => {
    const targets = ['?subject=Night%20ferry%20returns&body=https://harbour.example/news/night-ferry-returns', 'https://harbour.example/gallery/2027/03/night-ferry-returns-to-the-island-route/']
    for (const target of targets) {
      const {tree} = repair('The board met on Monday.\n\n' + target + '\nPrint this article', {wrapWidth: 40})
      expect(tree.children.map((d) => d.value)).toEqual(['The board met on Monday.', target, 'Print this article'])
    }
    // A target without a site is never a word of the line before it.
    const query = repair('The quay at dawn, from the north pier. (Source: Harbour Board)\n?subject=Night%20ferry%20returns&body=https://harbour.example/news/night-ferry-returns', {wrapWidth: 40})
    expect(query.tree.children).toHaveLength(2)
    // A long link inside a sentence still joins the words after it.
    const {tree} = repair('The timetable is online at\nhttps://harbour.example/gallery/2027/03/night-ferry-returns-to-the-island-route/\nfrom Monday on.', {wrapWidth: 40})
    expect(tree.children).toHaveLength(1)
  })
})

describe('repairLineBreaks: evidence from the text itself', () => {
  test('a heading whose last words open the text after it stays apart', () => {
    expect(paragraphs('The ferries sailed on time all week.\n\nAbout harbourpass\n\nharbourpass sells tickets for every ferry in the bay.')).toEqual([
      'The ferries sailed on time all week.',
      'About harbourpass',
      'harbourpass sells tickets for every ferry in the bay.'
    ])
    expect(paragraphs('Our partner: eZ Ferries\n\neZ Ferries runs boats between the islands since 2001.')).toEqual([
      'Our partner: eZ Ferries',
      'eZ Ferries runs boats between the islands since 2001.'
    ])
    // So does a heading in capitals, as some converters write headings.
    expect(paragraphs('OUR PARTNER: EZ FERRIES\n\neZ Ferries runs boats between the islands since 2001.')).toEqual([
      'OUR PARTNER: EZ FERRIES',
      'eZ Ferries runs boats between the islands since 2001.'
    ])
    // A sentence cut in two does not repeat its words across the cut: still joined.
    expect(paragraphs('The crews said that\n\nthat was the last crossing.')).toEqual(['The crews said that that was the last crossing.'])
    expect(paragraphs('A NOTE FROM THE\n\nthe crews of the night ferry.')).toEqual(['A NOTE FROM THE the crews of the night ferry.'])
  })

  test('an ellipsis before a lower-case continuation is inside the sentence', () => {
    expect(paragraphs('Here is what comes next …\n\nthe first crossing of the season.')).toEqual([
      'Here is what comes next … the first crossing of the season.'
    ])
    expect(paragraphs('We waited...\n\nand waited for the ferry.')).toEqual(['We waited... and waited for the ferry.'])
  })
})

describe('repairLineBreaks: the wrap width and list items', () => {
  test('a line over an item’s bullet alone on its line is no full line of a wrap', () => {
    // Pandoc without wrapping: "-   " ⏎ "    Name commented on" for each item of a widget that repeats a headline.
    const comments = ['Mira Holm', 'Ben Aldous', 'Ada Quill', 'Tom Reed'].flatMap((name) => ['-   ', `    ${name} commented on`, '', '    Night ferry returns to the island route this spring'])
    const text = [
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in 2019 when the old boat was sold to a yard in the north.',
      '',
      'Crews will train through the winter, and the first crossing leaves the quay at ten in the evening, the board said in a statement on its website.',
      '',
      'Recent Comments',
      '',
      ...comments,
      '-   ',
      '    Lena Voss commented on',
      '',
      '    Quay repairs start in spring'
    ].join('\n')
    const result = cleanup(text, {boilerplate: false, sections: false})
    expect(result.messages.map(String).filter((d) => /hard-wrapped/.test(d))).toEqual([])
    expect(result.paragraphs.filter((d) => /spring -$/.test(d))).toEqual([])
  })

  test('dates over their headlines are laid out, not wrapped', () => {
    const teasers = [
      ['20 Mar 2027, 8:15am', 'Night ferry returns to the island route after five years'],
      ['19 Mar 2027, 9:25pm', 'Quay repairs start in spring after the board vote'],
      ['18 Mar 2027, 9:33pm', 'Pilots train for the winter season on the bay'],
      ['18 Mar 2027, 4:33pm', 'Fish market moves to the old customs shed in March'],
      ['17 Mar 2027, 8:02am', 'Harbour lights get a new keeper for the first time in decades'],
      ['16 Mar 2027, 7:15pm', 'Storm damage closes the north pier for a week']
    ].flatMap(([date, title], i) => [`${i + 1}.  [${title}]`, '', `    ${date}`, `    ${title}`, ''])
    const text = [
      'The harbour board voted on Tuesday to bring back the night ferry, which stopped running in 2019 when the old boat was sold to a yard in the north.',
      '',
      'Crews will train through the winter, and the first crossing leaves the quay at ten in the evening, the board said in a statement on its website.',
      '',
      'More from the harbour',
      '',
      ...teasers
    ].join('\n')
    const result = cleanup(text, {boilerplate: false, sections: false})
    expect(result.messages.map(String).filter((d) => /hard-wrapped/.test(d))).toEqual([])
    expect(result.paragraphs.filter((d) => /^\d+ Mar 2027, [\d:]+[ap]m [A-Z]/.test(d))).toEqual([])
  })
})

describe('repairLineBreaks: a sentence that has only begun', () => {
  test('a block ending with the first word of a new sentence goes on', () => {
    expect(paragraphs('The crews fear the storms and their costs. In\n\nThe Silver Heron\n\n, a captain sails alone.')).toEqual([
      'The crews fear the storms and their costs. In The Silver Heron, a captain sails alone.'
    ])
    // Initials are no sentence end.
    expect(paragraphs('The photo of the pier was taken by Ellen A. Marsh\n\nThe ferry left at noon.')).toEqual([
      'The photo of the pier was taken by Ellen A. Marsh',
      'The ferry left at noon.'
    ])
  })
})

describe('repairLineBreaks: numbered headings', () => {
  test('a numbered heading cut at a link goes on in a text split at inline elements', () => {
    const text = 'It was their\n\nthird ceremony\n\nin a row.\n\nThe mayor met with\n\nIlse Varga\n\nat the port.\n\n9. Check your options for\n\nferry insurance\n\nEvery crossing needs a policy.'
    expect(paragraphs(text)).toEqual([
      'It was their third ceremony in a row.',
      'The mayor met with Ilse Varga at the port.',
      '9. Check your options for ferry insurance',
      'Every crossing needs a policy.'
    ])
  })
})

describe('repairLineBreaks: hard-wrapped lists and numbers', () => {
  /** Hard-wrap every paragraph at `width` columns. */
  function wrap(text: string, width: number): string {
    return text
      .split('\n\n')
      .map((paragraph) => {
        const lines: string[] = []
        let line = ''
        for (const word of paragraph.split(' ')) {
          if (line && line.length + 1 + word.length > width) {
            lines.push(line)
            line = word
          } else line = line ? line + ' ' + word : word
        }
        lines.push(line)
        return lines.join('\n')
      })
      .join('\n\n')
  }

  const prose =
    'The ferry company said on Monday that its summer schedule would start two weeks earlier than planned, because the new pier in the north harbour is ready.\n\n' +
    'The crews have trained on the new boats since March, and the harbour master expects no delays on the longer crossings to the outer islands this year.'

  test('a list item that the wrap broke over two lines stays one item of the list', () => {
    const items = [
      'June 9 – Harbour Hall, Northport',
      'June 12 – Old Mill Theatre (formerly the Grain Store), Eastbay',
      'June 14 – Pier Stage, Southport',
      'June 20 – Lighthouse Park, Westholm'
    ]
    const text = wrap(prose + '\n\nThe tour dates:\n\n' + items.join('\n\n') + '\n\n' + prose, 40)
    expect(text).toContain('(formerly the\nGrain Store)')
    const result = paragraphs(text)
    expect(result).toContain('The tour dates:\n' + items.join('\n'))
  })

  test('an item after a lead-in that the wrap broke over two lines stays one item', () => {
    const items = ['Crews find the new routes to the islands and back', 'Bookings grow', 'The islands get more visitors in the summer than in any year']
    const text = wrap(prose + '\n\nSoon after the launch:\n\n' + items.join('\n\n') + '\n\n' + prose, 40)
    expect(text).toContain('islands\nand back')
    expect(paragraphs(text)).toContain(items.join('\n'))
  })

  test('a number that the wrap put at a line start is no list item', () => {
    const text = wrap(prose + '\n\nThe company reported a loss of four million in the quarter that ended Sept. 29. Most of the loss came from the old pier.\n\n' + prose, 40)
    expect(text).toContain('Sept.\n29.')
    expect(paragraphs(text)).toContain('The company reported a loss of four million in the quarter that ended Sept. 29. Most of the loss came from the old pier.')
  })

  test('a dash that the wrap put at a line start inside a sentence is no list item; a list after a lead-in stays one', () => {
    const sentence = 'The crews sail at dawn and come back at noon, when the tide is high enough - a rule as old as the harbour itself.'
    const text = wrap(prose + '\n\n' + sentence + '\n\n' + prose, 74)
    expect(text).toContain('enough\n- a rule')
    expect(paragraphs(text)).toContain(sentence)
    const list = wrap(prose, 74) + '\n\nThe crews will sail to the outer islands and come back before the tide:\n- on Mondays\n- on Fridays\n\n' + wrap(prose, 74)
    expect(paragraphs(list)).toContain('on Mondays\non Fridays')
  })

  test('a dash that a wrap moved down with the word after it ("- Ferry", as pandoc does) is no list item', () => {
    const paragraph = [
      'The harbour board met on Tuesday and voted to keep the night ferry',
      'running through the winter, after three months of debate in the council',
      'chamber, where the crews had waited since the spring for an answer and',
      'the mayor spoke twice.'
    ].join('\n')
    // The text is wrapped at 71 columns: the line below has room for the dash (65 + 1 + 1)
    // and for "Ferry" alone (65 + 1 + 5), but not for "- Ferry".
    const text = [paragraph, '', 'The harbour board will meet again in June to look at winter plans', '- Ferry crews have asked for two more boats on the northern route.', '', paragraph].join('\n')
    expect(paragraphs(text)).toContain('The harbour board will meet again in June to look at winter plans - Ferry crews have asked for two more boats on the northern route.')
  })

  test('a list item whose full line ends with a function word goes on on the next line, even in capitals', () => {
    const note = '* Dates may still change, as they are set each winter by the Harbour Office'
    const text = wrap(prose, 66) + '\n\n' + wrap(note, 66) + '\n\n* Dates as the board gave them in January\n\n' + wrap(prose, 66)
    expect(text).toContain('by the\nHarbour Office')
    expect(paragraphs(text)).toContain('Dates may still change, as they are set each winter by the Harbour Office')
  })

  test('a quote mark that the wrap put at a line start had a space before it, however the page paired its quotes', () => {
    // (The page opens a quotation with a closing mark, and mixes curly and straight quotes.)
    const sentence = 'The harbour master said the odds of getting the new pier this year were ”dwindling.” “We know the crews are short-staffed at all times," he said, "and the winter is long.”'
    const text = wrap(prose + '\n\n' + sentence + '\n\n' + prose, 76)
    expect(text).toMatch(/were\n”dwindling/)
    expect(text).toMatch(/said,\n"and/)
    expect(paragraphs(text)).toContain(sentence)
  })
})

describe('repairLineBreaks: numbers that a renderer wrote before list items', () => {
  const lead =
    'The harbour board met on Monday evening and agreed on a short list of changes\nfor the summer season, after a long debate with the ferry crews and the\nshop owners on the quay.\n\nThe board will:\n\n'

  test('numbers aligned at their end (a text browser) are removed and reported', () => {
    const items = Array.from({length: 10}, (_, i) => `${String(i + 1).padStart(2)}. Open pier ${i + 1} for the early boats`)
    const text = lead + items.join('\n') + '\n\nThe crews welcomed the plan.'
    const result = cleanup(text, {boilerplate: false, sections: false})
    expect(result.paragraphs).toContain(Array.from({length: 10}, (_, i) => `Open pier ${i + 1} for the early boats`).join('\n'))
    const numbers = result.removed.filter((d) => d.rule === 'strip-list-number')
    expect(numbers.map((d) => d.text)).toEqual(Array.from({length: 10}, (_, i) => `${i + 1}.`))
    expect(text.slice(numbers[9].position.start.offset, numbers[9].position.end.offset)).toBe('10.')
  })

  test('numbers before items whose wrapped lines hang under their text are removed', () => {
    const text =
      lead +
      ' 1. Open the north pier to the early boats from the islands, two weeks\n    before the timetable changes.\n' +
      ' 2. Keep the old quay for the fishing fleet.\n\nThe crews welcomed the plan.'
    expect(paragraphs(text)).toContain(
      'Open the north pier to the early boats from the islands, two weeks before the timetable changes.\nKeep the old quay for the fishing fleet.'
    )
  })

  test('numbers of items indented past the lead-in are removed', () => {
    const text = lead + '    1. Open the north pier.\n\n    2. Keep the old quay.\n\nThe crews welcomed the plan.'
    expect(paragraphs(text).join('\n')).not.toMatch(/\d\./)
  })

  test('numbers typed in the text stay', () => {
    const text = lead + '1. Open the north pier.\n\n2. Keep the old quay for the fishing fleet.\n\nThe crews welcomed the plan.'
    expect(paragraphs(text).join('\n')).toContain('1. Open the north pier.')
    expect(paragraphs(text).join('\n')).toContain('2. Keep the old quay for the fishing fleet.')
    // A numbered heading at the margin of an indented text, too.
    const indented = '   The board met on Monday.\n\n3. Ask the harbour master\n\n   The harbour master decides on the berths.'
    expect(paragraphs(indented)).toContain('3. Ask the harbour master')
  })

  test('a second run removes nothing more', () => {
    const items = Array.from({length: 10}, (_, i) => `${String(i + 1).padStart(2)}. 2024 was the year of pier ${i + 1}`)
    const text = lead + items.join('\n')
    const {tree, file} = repair(text)
    const once = tree.children.map((d) => d.value)
    ;(unified().use(repairLineBreaks) as unknown as Processor<Root, Root, Root>).runSync(tree, file)
    expect(tree.children.map((d) => d.value)).toEqual(once)
    expect(once).toContain('2024 was the year of pier 10')
  })
})

describe('repairLineBreaks: the link an embedded post ends with', () => {
  test('a link shown without its scheme after the post’s last sentence belongs to it', () => {
    const text =
      'It was their\n\nthird ceremony\n\nin a row.\n\nThank you all for a great season on the water, see you all on the quay next spring.\n\npic.harbour.example/x7Yz3\n\nThe crews sail on Monday.'
    expect(paragraphs(text)).toContain('Thank you all for a great season on the water, see you all on the quay next spring. pic.harbour.example/x7Yz3')
    // A list of links stays a list.
    const links = 'It was their\n\nthird ceremony\n\nin a row.\n\nThe full results of the season are on these pages of the club.\n\nresults.harbour.example/2027\n\nresults.harbour.example/2026'
    expect(paragraphs(links)).toContain('The full results of the season are on these pages of the club.')
  })
})

describe('repairLineBreaks: notes that start with an asterisk', () => {
  const timetable = 'The tour dates:\n\nJune 9 – Harbour Hall, Northport\n\nJune 12 – Old Mill Theatre, Eastbay\n\nJune 14 – Pier Stage, Southport\n\n'

  test('an asterisk at the margin before a note between blank lines is the page’s text, a paragraph each', () => {
    const text = timetable + '* Dates may still change when the organiser moves a show\n\n* Tickets for the first show went on sale in May\n\nThe crews sail on Monday.'
    expect(paragraphs(text)).toEqual([
      'The tour dates:\nJune 9 – Harbour Hall, Northport\nJune 12 – Old Mill Theatre, Eastbay\nJune 14 – Pier Stage, Southport',
      '* Dates may still change when the organiser moves a show',
      '* Tickets for the first show went on sale in May',
      'The crews sail on Monday.'
    ])
  })

  test('a note stays whole before a link alone', () => {
    const text = timetable + '* Dates may still change when the organiser moves a show in 2027\n\nwww.harbour.example\n\nThe crews sail on Monday.'
    expect(paragraphs(text)).toContain('* Dates may still change when the organiser moves a show in 2027')
  })

  test('asterisk bullets stay bullets: one after another, indented, short, or in Markdown', () => {
    const list = '* Dates may still change when the organiser moves a show\n* Tickets for the first show went on sale in May'
    expect(paragraphs(timetable + list).join('\n')).not.toContain('*')
    expect(paragraphs('The board met on Monday.\n\n   * Dates may still change when the organiser moves a show\n\n   * Tickets for the first show went on sale in May').join('\n')).not.toContain('*')
    expect(paragraphs('The board met on Monday.\n\n* Harbour Hall\n\n* Old Mill').join('\n')).not.toContain('*')
    const markdown = '# Tour\n\nSee [the hall](https://hall.example/) and [the pier](https://pier.example/) for the dates.\n\n'
    expect(paragraphs(markdown + '* Dates may still change when the organiser moves a show\n\n* Tickets for the first show went on sale in May').join('\n')).not.toContain('*')
  })
})

describe('repairLineBreaks: fragments in a text without blank lines', () => {
  test('one newline between all pieces: labels run into their text, fragments join', () => {
    const text = [
      'Northport (2-0):',
      'Lindqvist 25 points. Berg 12 points.',
      'Eastbay (1-1):',
      'Holm 18 points and 4 steals.',
      'Southport (0-2):',
      'Marsh 9 points. Varga 7 points.',
      'It was their',
      'third win',
      'in a row this month.',
      'The mayor met with',
      'Ilse Varga',
      'at the port.'
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'Northport (2-0): Lindqvist 25 points. Berg 12 points.',
      'Eastbay (1-1): Holm 18 points and 4 steals.',
      'Southport (0-2): Marsh 9 points. Varga 7 points.',
      'It was their third win in a row this month.',
      'The mayor met with Ilse Varga at the port.'
    ])
  })
})

describe('repairLineBreaks: lists after a lead-in', () => {
  const first = 'The harbour board met on Monday and the members voted on the new rules for the pier.\n\n'

  test('a heading in capitals leads in to a list of phrases', () => {
    const text = first + 'EASY\n\nSailing in the bay\n\nTying a knot in a rope\n\nRowing to the pier\n\nHARD\n\nSailing at night\n\nCrossing to the islands in a storm\n\nRowing against the tide'
    expect(paragraphs(text)).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'EASY',
      'Sailing in the bay\nTying a knot in a rope\nRowing to the pier',
      'HARD',
      'Sailing at night\nCrossing to the islands in a storm\nRowing against the tide'
    ])
    // Names after a heading in capitals are no list of phrases.
    expect(paragraphs(first + 'WINNERS\n\nNorthport Sailing Club\n\nEastbay Rowers\n\nSouthport Harbour Team')).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'WINNERS',
      'Northport Sailing Club',
      'Eastbay Rowers',
      'Southport Harbour Team'
    ])
  })

  test('an item cut at a link is still an item of the list', () => {
    const text = first + 'Soon after the launch:\n\nCrews find the new routes\n\nYour\n\nbookings will grow\n\nThe islands get more visitors\n\nAll of this starts in May.'
    expect(paragraphs(text)).toEqual([
      'The harbour board met on Monday and the members voted on the new rules for the pier.',
      'Soon after the launch:',
      'Crews find the new routes\nYour bookings will grow\nThe islands get more visitors',
      'All of this starts in May.'
    ])
  })
})

describe('repairLineBreaks: longer link texts', () => {
  test('a link text of up to twelve words glued on both sides of prose joins', () => {
    expect(paragraphs('The company will give up the pier at the end of 2025, but will leave with a payout that the harbour\n\nCouncil member Ivo Marek called on the morning radio\n\nas a waste of money.')).toEqual([
      'The company will give up the pier at the end of 2025, but will leave with a payout that the harbour Council member Ivo Marek called on the morning radio as a waste of money.'
    ])
    // Also after a price or a number at the end of prose: "… a better reviewed $49" ⏎ "Harbour Lamp 3" ⏎ ". I tried…".
    expect(paragraphs('Then the old desk light was replaced with an even better reviewed $49\n\nHarbour Lamp 3 reading light\n\n. I tried one at home for a week.')).toEqual([
      'Then the old desk light was replaced with an even better reviewed $49 Harbour Lamp 3 reading light. I tried one at home for a week.'
    ])
    // After a heading, the paragraph starts anew.
    expect(paragraphs('Fares and tickets\n\nThe new harbour pass for all the ferries in the bay\n\nis sold at the pier.')).toEqual([
      'Fares and tickets',
      'The new harbour pass for all the ferries in the bay is sold at the pier.'
    ])
  })
})

describe('repairLineBreaks: a heading restated by its text', () => {
  test('a heading whose first words open the text after it stays apart', () => {
    expect(paragraphs('The crews were ready on time.\n\nFerry fares down for winter\n\nFerry fares on\n\nthe north route fall by a third from December.')).toEqual([
      'The crews were ready on time.',
      'Ferry fares down for winter',
      'Ferry fares on the north route fall by a third from December.'
    ])
  })
})

describe('repairLineBreaks: line breaks after a sentence end', () => {
  const paragraphsOf = (lines: string[]) => paragraphs(lines.join('\n'))

  test('a rare line break after a sentence end, in a text with blank lines between paragraphs, is a line break inside its paragraph', () => {
    expect(
      paragraphsOf([
        'The harbour board met on Monday to talk about the new cranes.',
        '',
        'The crews asked for more time to learn the new machines.',
        'The board said it would think about it.',
        '',
        'The first crane arrives in May, the second one in June.',
        '',
        'Both were built in the north, at the old shipyard.',
        '',
        'The ferries will keep their hours all summer long.',
        '',
        'Tickets cost the same as last year.'
      ])
    ).toEqual([
      'The harbour board met on Monday to talk about the new cranes.',
      'The crews asked for more time to learn the new machines.\nThe board said it would think about it.',
      'The first crane arrives in May, the second one in June.',
      'Both were built in the north, at the old shipyard.',
      'The ferries will keep their hours all summer long.',
      'Tickets cost the same as last year.'
    ])
  })

  test('many such line breaks are the paragraph breaks of the page', () => {
    const lines = [
      'The harbour board met on Monday to talk about the new cranes.',
      'The crews asked for more time to learn the new machines.',
      'The board said it would think about it.',
      'The first crane arrives in May, the second one in June.',
      'Both were built in the north, at the old shipyard.',
      'The ferries will keep their hours all summer long.'
    ]
    expect(paragraphsOf(['Harbour news', '', ...lines, '', 'More news', '', 'Ferry times', '', 'Contact'])).toEqual([
      'Harbour news',
      ...lines,
      'More news',
      'Ferry times',
      'Contact'
    ])
  })
})

describe('repairLineBreaks: a heading on the line before its paragraph', () => {
  test('a short heading right before a sentence is a paragraph of its own, labels stay lines of one paragraph', () => {
    expect(
      paragraphs(
        [
          'The harbour board met on Monday to talk about the new cranes.',
          '',
          'Opening hours',
          'The ticket office opens at six on weekdays and an hour later on Sundays.',
          '',
          'Wordcount: 412',
          'Published: May 4, 2024, 6:18 p.m. Updated: May 4, 2024, 7:10 p.m.',
          '',
          'Both cranes were built in the north, at the old shipyard.',
          '',
          '“We need more time”',
          'The crews asked the board for a second year of training:',
          '',
          'Night services',
          'A crew of six runs the last ferry of the day.'
        ].join('\n')
      )
    ).toEqual([
      'The harbour board met on Monday to talk about the new cranes.',
      'Opening hours',
      'The ticket office opens at six on weekdays and an hour later on Sundays.',
      'Wordcount: 412\nPublished: May 4, 2024, 6:18 p.m. Updated: May 4, 2024, 7:10 p.m.',
      'Both cranes were built in the north, at the old shipyard.',
      // A heading may be a quotation, its paragraph a lead-in.
      '“We need more time”',
      'The crews asked the board for a second year of training:',
      // (A sentence may open with a word of one letter.)
      'Night services',
      'A crew of six runs the last ferry of the day.'
    ])
  })
  test('a Markdown heading is a line of its own in hard-wrapped text, the line before it too', () => {
    const text = [
      '[Home](/) [News](/news/)',
      '',
      'The harbour board met on Monday to talk about the new cranes for',
      'the north pier, and about the crews that will run them at night.',
      '',
      '20 Nov 2026, 9:42am',
      '### [New pier opens to visitors](/news/pier/)',
      '',
      'The pier will open at dawn on Saturday, the board said on Monday.'
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'Home | News',
      'The harbour board met on Monday to talk about the new cranes for the north pier, and about the crews that will run them at night.',
      '20 Nov 2026, 9:42am',
      'New pier opens to visitors',
      'The pier will open at dawn on Saturday, the board said on Monday.'
    ])
  })
})

describe('repairLineBreaks: words that lead into a name', () => {
  test('a line that ends with a word that introduces a title goes on with the title', () => {
    // "The show – entitled" ⏎ "‘Lamps of the North…" is one sentence.
    expect(paragraphs('The hall on the quay opened its doors in May.\n\nThe show – entitled\n\n‘Lamps of the North\n\n’ and made for the spring – fills two rooms.')).toEqual([
      'The hall on the quay opened its doors in May.',
      'The show – entitled ‘Lamps of the North’ and made for the spring – fills two rooms.'
    ])
    expect(paragraphs('Le port a ouvert une salle en mai.\n\nUne exposition intitulée\n\nLampes du Nord\n\nremplit deux salles depuis lundi.')).toEqual([
      'Le port a ouvert une salle en mai.',
      'Une exposition intitulée Lampes du Nord remplit deux salles depuis lundi.'
    ])
  })
})

describe('repairLineBreaks: guillemets', () => {
  test('a guillemet that closes a quotation goes with the line before; one before a capitalised link opens an item', () => {
    expect(paragraphs('Le maire a parlé de la jetée.\n\nIl a dit «\n\nnous la réparerons\n\n» devant le conseil.')).toEqual([
      'Le maire a parlé de la jetée.',
      'Il a dit «nous la réparerons» devant le conseil.'
    ])
    // "» Ranking…": a list of links, each after an arrow.
    expect(paragraphs('A coluna sai toda semana com novidades.\n\nO piloto venceu de novo\n\n» Publicidade\n\n» Ranking dos pilotos da temporada')).toEqual([
      'A coluna sai toda semana com novidades.',
      'O piloto venceu de novo',
      '» Publicidade',
      '» Ranking dos pilotos da temporada'
    ])
  })
})

describe('repairLineBreaks: drop caps and lead words', () => {
  test('a drop cap that makes a function word starts its paragraph, apart from the line before', () => {
    expect(paragraphs('Print this page\n\nW\n\nhile the crews slept, the storm reached the harbour.')).toEqual([
      'Print this page',
      'While the crews slept, the storm reached the harbour.'
    ])
  })

  test('a letter on its own that is no word is a drop cap', () => {
    expect(paragraphs('The storm is over.\n\nM\n\nost crews went back to sea on Monday.')).toEqual(['The storm is over.', 'Most crews went back to sea on Monday.'])
    // "A" is a word: it stays apart from a text that does not go on from it.
    expect(paragraphs('The storm is over.\n\nM\n\nost crews went back to sea on Monday.\n\nA\n\nslow ferry left first.')).toContain('Most crews went back to sea on Monday.')
  })

  test('lead words in capitals that end with a function word run into their sentence', () => {
    expect(paragraphs('The ferries run every hour this summer.\n\nWATCH OUT FOR\n\nThe new ferry and its crew at the north pier in June.')).toEqual([
      'The ferries run every hour this summer.',
      'WATCH OUT FOR The new ferry and its crew at the north pier in June.'
    ])
    // A heading in capitals without a function word at its end stays a heading.
    expect(paragraphs('The ferries run every hour this summer.\n\nNEW FERRY\n\nThe new ferry and its crew arrive at the north pier in June.')).toEqual([
      'The ferries run every hour this summer.',
      'NEW FERRY',
      'The new ferry and its crew arrive at the north pier in June.'
    ])
  })
})

describe('repairLineBreaks: a comma after a sentence end', () => {
  test('a comma after a sentence end goes on from something cut out, not from the sentence', () => {
    expect(paragraphs('The crews sail to the islands on Saturday.\n\n, left, leads the crew of the new ferry')).toEqual([
      'The crews sail to the islands on Saturday.',
      ', left, leads the crew of the new ferry'
    ])
    // After an abbreviation, the clause goes on.
    expect(paragraphs('The pier belongs to Harbour Ltd.\n\n, the owner of the ferries.')).toEqual(['The pier belongs to Harbour Ltd., the owner of the ferries.'])
  })
})

describe('repairLineBreaks: text that keeps its HTML source indentation', () => {
  test('a line right after another is an element of its own, blank lines stand between any two', () => {
    // `textContent`: lines of indentation alone between the elements, `<br>` lines one after another.
    const indentation = '\n' + '\t\t\n'.repeat(12)
    const lines = ['港の新しい時刻表が発表されました。', '夜の船は来月から毎日出ます。', '乗組員は冬の間に訓練を受けます。']
    const others = ['問い合わせは港の事務所までどうぞ。', '次のお知らせは来週です。', '港の事務所より']
    const text = ['お知らせ', lines.join('\n'), ...others].map((d) => '\t\t' + d).join(indentation)
    expect(paragraphs(text)).toEqual(['お知らせ', ...lines, ...others])
    // Laid out the same without the indentation, the lines are `<br>` inside one paragraph.
    const plain = ['お知らせ', lines.join('\n'), ...others].join('\n\n')
    expect(paragraphs(plain)).toEqual(['お知らせ', lines.join('\n'), ...others])
  })
})

describe('repairLineBreaks: scripts without capitals', () => {
  test('a link’s text inside a sentence in Arabic or Hebrew joins it; headings and headlines stay apart', () => {
    const arabic = [
      'صوّت مجلس الميناء يوم الثلاثاء على إبقاء العبّارة المسائية إلى الجزر طوال فصل الشتاء، بعد حملة قادها',
      'البحّارة',
      'ومدارس الجزر.',
      'وكان المجلس قد خطط لوقف الرحلة في نوفمبر لتوفير المال، لكن التصويت جاء بسبعة أصوات مقابل صوتين.',
      'اقرأ أيضاً',
      'عاصفة تغلق الطريق الساحلي لليلة الثانية',
      'إضاءة جديدة للرصيف الشمالي',
      'أسطول الصيد يعود مبكراً مع تغيّر الطقس'
    ].join('\n\n')
    expect(paragraphs(arabic)).toEqual([
      'صوّت مجلس الميناء يوم الثلاثاء على إبقاء العبّارة المسائية إلى الجزر طوال فصل الشتاء، بعد حملة قادها البحّارة ومدارس الجزر.',
      'وكان المجلس قد خطط لوقف الرحلة في نوفمبر لتوفير المال، لكن التصويت جاء بسبعة أصوات مقابل صوتين.',
      'اقرأ أيضاً',
      'عاصفة تغلق الطريق الساحلي لليلة الثانية',
      'إضاءة جديدة للرصيف الشمالي',
      'أسطول الصيد يعود مبكراً مع تغيّر الطقس'
    ])
    // Two links in one sentence; a heading before the next paragraph.
    const hebrew = [
      'מועצת הנמל החליטה ביום שלישי להשאיר את המעבורת של הערב לאיים גם בחורף, אחרי מחאה של',
      'הצוותים',
      'ושל בתי הספר באיים, וגם אחרי פנייה של',
      'ראש העירייה',
      'לשר התחבורה.',
      'לוח הזמנים החדש',
      'המועצה תכננה להפסיק את השיט בנובמבר כדי לחסוך כסף, אבל ההצבעה הסתיימה בשבעה קולות מול שניים.'
    ].join('\n\n')
    expect(paragraphs(hebrew)).toEqual([
      'מועצת הנמל החליטה ביום שלישי להשאיר את המעבורת של הערב לאיים גם בחורף, אחרי מחאה של הצוותים ושל בתי הספר באיים, וגם אחרי פנייה של ראש העירייה לשר התחבורה.',
      'לוח הזמנים החדש',
      'המועצה תכננה להפסיק את השיט בנובמבר כדי לחסוך כסף, אבל ההצבעה הסתיימה בשבעה קולות מול שניים.'
    ])
  })

  test('the sentence ends of Arabic script and of the scripts of India end a sentence', () => {
    const hindi = [
      'बंदरगाह परिषद ने मंगलवार को फैसला किया कि द्वीपों के लिए शाम की नौका सर्दियों में भी चलती रहेगी, यह फैसला',
      'नाविकों',
      'और द्वीपों के स्कूलों की मांग के बाद आया।',
      'परिषद पैसे बचाने के लिए नवंबर में सेवा बंद करना चाहती थी, लेकिन मतदान में सात के मुकाबले दो वोट नौका के पक्ष में पड़े।'
    ].join('\n\n')
    expect(paragraphs(hindi)).toHaveLength(2)
    expect(paragraphs(hindi)[0]).toMatch(/यह फैसला नाविकों और द्वीपों/)
  })
})

describe('repairLineBreaks: blank lines inside a script a scraper took', () => {
  test('a text that puts one line break between its text nodes keeps its paragraphs apart, whatever blank lines its scripts hold', () => {
    // Every text node joined by one newline (Scrapy's `//text()`): the scripts keep their own blank lines.
    const script = ['window.harbourAds = window.harbourAds || [];', '', 'harbourAds.push({slot: "top"});', '', 'harbourAds.push({slot: "side"});', '', 'harbourAds.load();', '']
    const article = [
      'The harbour board voted on Tuesday to bring back the night ferry after a winter without it.',
      'Crews will train through the spring, and the first boat will leave the north quay in May.',
      'The board will meet again in March to review the cost of fuel and the wages of the crews.'
    ]
    const text = ['Home', 'News', ...script, 'Night ferry returns', ...article, ...script, 'About us'].join('\n')
    expect(paragraphs(text)).toEqual(['Home', 'News', 'Night ferry returns', ...article, 'About us'])
  })
})

describe('repairLineBreaks: script text between a sentence and a heading', () => {
  test('a heading after a script line is read after the sentence before the script', () => {
    // "…岸壁の話。" ⏎ "(ads = …).push({});" ⏎ "The heading" ⏎ "さて、…": the script a scraper took stands between them.
    const lines = (script: boolean) => [
      'ホーム',
      'ニュース',
      '港にはいくつかの船が用意されています。今回はその中の夜のフェリー',
      'Night Ferry',
      'についての短い話。',
      ...(script ? ['(harbourAds = window.harbourAds || []).push({});'] : []),
      'Night Ferryの出発時刻が変わる',
      'さて、このNight Ferry、港湾局はあまり力を入れていないのか時刻表などあまりよくありません。',
      '最初の船は五月に北の岸壁を出る予定だ。'
    ]
    expect(paragraphs(lines(true).join('\n'))).toEqual(paragraphs(lines(false).join('\n')))
    expect(paragraphs(lines(true).join('\n'))).toContain('Night Ferryの出発時刻が変わる')
  })
})
