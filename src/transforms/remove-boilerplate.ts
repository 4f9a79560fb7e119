/**
 * Remove boilerplate: classify every block and find the article’s extent.
 *
 * Four kinds of evidence are combined, all linear in the number of blocks:
 *
 * 1. phrase packs of the document’s language and English (`Share on
 *    Facebook`, `Read more`, `© 2024 …`);
 * 2. jusText-style block features (script-aware length, stop-word density,
 *    punctuation, link-like shape, capitalisation), see `features/block.ts`;
 * 3. repetition (a line seen several times in the document is template:
 *    share rows, captions, menus; a long block written twice within three
 *    blocks is a caption shown twice; a huge block whose sentences start
 *    like the page’s paragraphs is a copy of the article);
 * 4. the document’s structure: the article is the densest run of
 *    sentence-like blocks (a maximum-sum segment over block scores) in
 *    which teaser cards weigh little (text standing alone next to a line
 *    the page repeats, a summary cut short with `…`, cards after a related
 *    cue, three or more pairs of a title-case headline and a short summary
 *    that no paragraph precedes) and a long run of data lines (a timetable without prose) weighs
 *    like text, a short box of related headlines between paragraphs
 *    weighs little, and a run of template lines (a newsletter box, social
 *    links) weighs more the longer it goes; an advertisement box and a long paragraph after it extend
 *    it, as do the cards a listicle announces (`…our 12 picks below.`),
 *    and a tag line after its text ends it (`Tags: a, b, c`);
 *    lines of data next to it (results, a timetable) extend it,
 *    also on to the paragraph after them (or the notes under a table that
 *    ends it), as does text that reaches the
 *    start or end of the input, a sentence beyond the lines of an image
 *    that the article also shows (a zero-width space, its gallery's alt
 *    text) and the signature of a post it quotes last (`— Ana (@ana) May 3,
 *    2027`), and a last short section that a rule closes (`UP NEXT` ⏎
 *    `Northport: Hosts Southbay on Friday.` ⏎ `___`); inside it context decides (a short block
 *    between body blocks is body, a run of short label-like lines is
 *    navigation).
 *
 * The headline, when the dump shows it, gets fate `title`.
 */
import type {VFile} from 'vfile'
import {blockFeatures, type BlockFeatures} from '../features/block.js'
import {commentMeta, commentMetaStart} from '../features/comment-meta.js'
import {imageTextCopies, isBrowserPlaceholder} from '../features/image-text.js'
import {caseForms, headlineShape, holdsSentenceEnd, isArticleMeta, isDateLike, isDateLine} from '../features/headline.js'
import {foldedLower} from '../parse/block.js'
import {foldSpace, isSpaceCode, trimEndMarks} from '../features/space.js'
import {authorBioOf, endsWithCredit, isAuthorBio, isAuthorContact, isCaptionWithCopy, isReportingCredit, type AuthorBio} from '../features/credit.js'
import {isLower} from '../features/items.js'
import {stopwordsFor} from '../features/stopwords.js'
import {lexiconsFor, type Lexicon} from '../lexicon/index.js'
import {forEachRun, inform, isInputSlice, place, quote, span} from '../message.js'
import type {Block, Root} from '../types.js'
import {holdsCode, isLetterCode, isLowerCode, isNumberCode, isUpperCode, isWordCode} from '../features/code-class.js'
import {announcedCounts, holdsCue} from '../features/announcement.js'

/** Options for `removeBoilerplate`. */
export interface Options {
  /**
   * Script-aware length (see `BlockFeatures.length`) from which a
   * sentence-like block counts as article text by itself (default: `120`).
   */
  minLength?: number | null | undefined
  /** Keep short headings inside the article (default: `true`). */
  headings?: boolean | null | undefined
  /** Keep image captions and credits inside the article (default: `false`). */
  captions?: boolean | null | undefined
  /** Keep bylines and datelines inside the article (`By Ana Ruiz`, default: `false`). */
  bylines?: boolean | null | undefined
  /** Look for the headline and give it fate `title` (default: `true`). */
  title?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

/**
 * Classes in the manner of jusText, plus `text`: a short block that reads
 * like a sentence (`New tasks for the game!`) rather than a label (`Home`).
 */
type Class = 'good' | 'near' | 'text' | 'short' | 'bad'

interface Info {
  block: Block
  features: BlockFeatures
  class: Class
  /** Rule id when the block is boilerplate by itself. */
  reason?: string
  /** Normalised text, for repetition. */
  key: string
  /** Line looks like a byline (`By Ana Ruiz`, `Por Ana Ruiz`). */
  byline: boolean
  /** Line looks like an image caption or credit (`Photo: Reuters`). */
  caption: boolean
  /** Opens a comment section: `strong` (`Leave a reply`), `weak` (`12 comments`), `meta` (`Ana on May 2, 2019 at 4:47 pm said:`). */
  comment?: 'strong' | 'weak' | 'meta'
  /** The same line occurs elsewhere in the document. */
  repeated?: boolean
  /** A teaser card: text next to a short line that the page repeats (`Nov 20, 2019`, `[thumb]`, `Read more`). */
  card?: boolean
  /** A card after a related cue (`You may also like`). */
  listed?: boolean
  /** Introduces related headlines (`Related stories`): the article rarely goes on after it. */
  cue?: boolean
  /** A line of a long run of data lines (a timetable, a results table): content by itself. */
  table?: boolean
  /** The summary of a teaser: one of three or more headline-and-summary pairs in a row. */
  teaser?: boolean
  /** Whether the block is a headline glued to its summary (`gluedTeaser`, computed once). */
  glued?: boolean
  /** The same text is one or two blocks away: an image's alt text and its caption, shown twice. */
  twin?: boolean
  /** The caption of an image whose credit line follows it (`The north pier at dawn` ⏎ `Photo: Ana Ruiz`). */
  credited?: boolean
  /** An item of a list that a line ending in a colon introduces after the article. */
  item?: boolean
  /** A line of a short box of related headlines inside the article (after a cue, before a paragraph). */
  boxed?: boolean
  /** Between a notice that the article goes on (`Story continues below the photos`) and its next paragraph. */
  bridged?: boolean
}

// Bylines in the supported languages: "By Ana Ruiz", "Por Ana Ruiz", "Von Anna Schmidt", "Автор: Иван Петров",
// and a news agency alone on its line: "The Associated Press", "Reuters".
// (A capitalised name after the cue, or a site's user name in lower case alone after "by", "by admin"; not a sentence, "Di solito…".)
const bylinePattern = new RegExp(
  '^(?:' +
    caseForms(['by', 'written by', 'posted by', 'por', 'von', 'di', 'par', 'door', 'автор[:]?', 'текст[:]?', 'author[:]?', 'reporter[:]?']) +
    ')\\s+\\p{Lu}|^(?:' +
    caseForms(['by', 'written by', 'posted by']) +
    ')\\s+\\p{Ll}[\\p{Ll}\\p{N}_.-]{1,29}$|^(?:' +
    caseForms(['by', 'por', 'von', 'di', 'par']) +
    ')$|^(?:記者|기자)|기자$|^(?:' +
    caseForms(['the associated press', 'associated press', 'reuters', 'afp', 'agence france-presse', 'dpa', 'efe', 'ansa', 'upi', 'ap']) +
    ')$',
  'u'
)
// Captions and credits: "Photo: Reuters", "Foto: EFE", "Фото: ТАСС", "(Getty Images)", "[photo_12.jpg]".
// (A word's end is no `\b`, which knows ASCII letters only: "Фото:" has none after "Фото".)
const captionStart =
  /^[(\[]?(?:photo|image|picture|foto|fotografía|fotografia|imagem|immagine|bild|фото|credit|source|quelle|fuente|fonte|illustration|video)(?![\p{L}\p{N}_])|^\[[^\]]*\]$/iu
// Tested on the last 24 characters only.
const captionEnd = /(?:getty images|\bgetty|reuters|\bafp|\bap|\bepa|associated press|shutterstock|istock|\b(?:submitted|file|courtesy|staff|contributed|handout) photo)\)?\.?$/iu
// A caption that says it is one, as a page writes it for screen readers ("Image caption Crews load…",
// "Media captionThe harbour master explains…", "Caption" alone), or a gallery's counter before it
// ("2of4Crews load…", "2 of 4", alone).
const labelledCaption = /^(?:(?:[Ii]mage|[Mm]edia|[Pp]hoto|[Vv]ideo)\s?[Cc]aption(?!\p{Ll})|[Cc]aption$|\d{1,3}\s?of\s?\d{1,3}(?:$|(?=\p{Lu})))/u
// An image's credit alone on its line: "Photo: Ana Ruiz", "Photograph by Ana Ruiz/Harbour Board", "Credit: EPA", "Foto: EFE".
// (Not "Photos: The harbour through the years", a gallery's headline, nor "Image:" with nothing after it.)
const creditLine =
  /^(?:(?:photo(?:graph)?|image|picture|foto(?:grafía|grafia)?|imagem|immagine|bild|фото)(?:\s+credit)?\s*(?:by\s|:\s*\S)|(?:image\s+|photo\s+)?credits?\s*:\s*\S)/iu
// A news photo's caption, however long, when it also ends with a credit:
// "In this photo taken Monday, crews repaint… (AP Photo/Ana Ruiz)", "FILE - In this…".
// Its credit in parentheses at the end: "(AP Photo/Ana Ruiz)", "(ITV via AP)", "(Foto: EFE)".
const photoCredit = /\([^()]{0,60}\b(?:ap|afp|reuters|getty|epa|efe|dpa|ansa|photo|foto|image|pool|handout|courtesy)\b[^()]{0,60}\)\.?$/iu
const photoCaptionStart =
  /^(?:file\s*[-–—]\s*)?(?:in this|this)\b.{0,60}?\b(?:photo|image|picture|handout photo|frame grab)\b|^(?:en esta|nesta|sur cette|auf diesem|in questa|на этом)\s+(?:foto|imagen|imagem|photo|image|bild|immagine|фото|снимке)(?![\p{L}\p{N}_])/iu
// Dates and times on their own: "Nov 15, 2019", "Friday, Nov 15, 2019", "5:45 AM", "15.11.2019 10:20", "2019年11月15日".
const datePattern =
  /^(?:(?:updated|published|posted|actualizado|publicado|atualizado|aggiornato|pubblicato|aktualisiert|veröffentlicht|mis à jour|publié|обновлено|опубликовано)[:\s]*)?(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}年\d{1,2}月\d{1,2}日|(?:\p{L}+\.?,?\s+)?\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|(?:\p{L}{3,12},\s+)?\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})(?:[\s,|·-]+(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}))?(?:\s*\p{Lu}{2,4})?$/iu
// A count around a cue: "10 Comments", "Comments (10)", "Комментарии: 3".
// (Run on the keys of blocks shorter than 120 characters only.)
const cueCount = /^[\d\s().,:·|-]+|[\d\s().,:·|-]+$/gu
// A count in brackets at the end: "view all (12)".
const countAtEnd = /\(\d+\)$/
const continuationStart = /^[\p{Ll},.;:!?)\]”’»%]/u

/**
 * Plugin: set `fate: 'removed'` (with a rule id) on boilerplate blocks and
 * `fate: 'title'` on the headline.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function removeBoilerplate(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') throw new TypeError('removeBoilerplate: `options` must be an object')
  const minLength = settings.minLength ?? 120
  if (typeof minLength !== 'number' || !(minLength > 0)) {
    throw new TypeError('removeBoilerplate: `options.minLength` must be a positive number, got ' + String(minLength))
  }
  const keepHeadings = settings.headings !== false
  const keepCaptions = settings.captions === true
  const keepBylines = settings.bylines === true
  const findTitle = settings.title !== false

  return function (tree: Root, file: VFile): undefined {
    const language = tree.data.language
    const phrases = phraseTable(lexiconsFor(language))
    const stopwords = stopwordsFor(language)
    trimGluedButtons(tree, file, phrases)
    // Blocks no earlier step decided on (and, when run again, the ones this step decided on).
    const open = tree.children.filter((d) => !d.data.fate || ownRules.has(d.data.rule || ''))
    if (open.length === 0) return
    for (const block of open) {
      block.data.fate = undefined
      block.data.rule = undefined
    }

    // Repetition: how often each normalised line occurs (one pass).
    const infos: Info[] = []
    const seen = new Map<string, number>()
    for (const block of open) {
      const key = keyOf(block)
      seen.set(key, (seen.get(key) || 0) + 1)
      const features = blockFeatures(block, stopwords, language)
      infos.push({
        block,
        features,
        class: 'short',
        key,
        byline: features.length < 80 && mayBeByline(block.value) && bylinePattern.test(block.value),
        credited: undefined,
        caption:
          (features.length < 200 && ((mayStart(block.value, captionFirst) && captionStart.test(block.value)) || (creditLast(block.value) && captionEnd.test(block.value.slice(-24))))) ||
          (features.length < 1000 && mayStart(block.value, photoCaptionFirst) && photoCaptionStart.test(block.value) && photoCredit.test(block.value.slice(-130))) ||
          (features.length < 1000 && (endsWithCredit(block.value) || isCaptionWithCopy(block.value))) ||
          (features.length < 1000 && labelledCaption.test(block.value)),
        // Every field present from the start: one object shape, fast reads.
        reason: undefined,
        comment: undefined,
        repeated: undefined,
        card: undefined,
        listed: undefined,
        cue: undefined,
        table: undefined,
        item: undefined,
        boxed: undefined,
        twin: undefined,
        teaser: undefined,
        glued: undefined
      })
    }

    markAuthorBoxes(infos, phrases.authors)
    markTwins(infos, seen)
    markCredited(infos)
    markGalleryCaptions(infos, seen)
    markLabelled(infos)
    for (const info of infos) classify(info, phrases, seen, minLength, stopwords.size === 0)
    markTeasers(infos)
    markExcerptRuns(infos)

    // The article: the maximum-sum run of block scores; when nothing reads
    // like an article (a lone short paragraph), the longest run of blocks
    // that are not boilerplate by themselves.
    markCopies(infos)
    markRepeatedRuns(infos)
    markCards(infos, seen)
    markBoxes(infos)
    markTables(infos)
    if (phrases.continues.length > 0) markContinued(infos, phrases.continues)
    let [start, end] = densestRun(infos, score, true)
    // A snippet (a few hundred characters) has no page around it to judge by.
    let total = 0
    for (const info of infos) if (info.class !== 'bad') total += info.features.length
    const fallback = end < start || total < minLength * 3
    if (fallback) [start, end] = densestRun(infos, fallbackScore, false)
    // A text that opens with a paragraph and shows nothing of a page around
    // the article (an extractor's output, an article pasted alone) is the
    // article from its first block to its last: a long list inside it
    // (products, results) does not cut it.
    else if (infos[0].class === 'good' && !showsPage(infos, phrases.tags)) [start, end] = [0, infos.length - 1]
    // "Trending now" ⏎ teasers: the article does not go on after the cue (a long caption among them does not carry it).
    if (!fallback && start <= end) end = beforeTrailingBox(infos, start, end)
    // Sentences right next to the article belong to it ("Tokyo." after the last paragraph).
    // A short block between such a sentence and the article is body too (a heading).
    // (So are the lines of an image between them that the article also shows: a zero-width
    // space, the alt text its gallery repeats.)
    const inner = fallback ? undefined : imageLines(infos, start, end)
    for (;;) {
      const gap = reach(infos, start, -1, inner)
      if (gap === 0) break
      start -= gap
    }
    for (;;) {
      let gap = reach(infos, end, 1, inner)
      if (gap === 0 && !fallback) gap = overBox(infos, end)
      if (gap === 0) break
      end += gap
    }
    // "— Ana Ruiz (@anaruiz) May 3, 2027": the signature of a post the article quotes last.
    if (!fallback && start <= end && end + 1 < infos.length && isPostSignature(infos[end + 1])) end++
    // Lines of data next to the article are article too (results, a timetable).
    if (!fallback && start <= end) {
      start = bridge(infos, start, -1)
      end = bridge(infos, end, 1)
      // Text between the article and the start or end of the input is article too
      // (a list of short lines at its end): nothing but the article is there.
      start = textToEdge(infos, start, -1)
      end = textToEdge(infos, end, 1)
      // "* Dates may still change by the organiser" under a timetable that ends the article.
      end = notesAfter(infos, end)
      // "The new version brings:" and its items after the last paragraph.
      end = introducedList(infos, end, phrases, stopwords.size === 0)
      // "___" right after the last paragraph: the rule that closes a news article.
      // ("UP NEXT" ⏎ "Northport: Hosts Southbay on Friday." ⏎ "___": a last short section that the rule closes.)
      end = closedSection(infos, end)
      if (end + 1 < infos.length && ruleLine.test(infos[end + 1].block.value)) end++
      // "© 2027 Harbour Press. All rights reserved. This material may not be…" right after the last
      // paragraph: the notice of the agency that wrote the article (a site's own notice sits in its
      // footer, after the page's other parts).
      if (end + 1 < infos.length && endsSentence(infos[end]) && isCopyrightNotice(infos[end + 1].block.value)) {
        const notice = infos[end + 1]
        notice.reason = undefined
        notice.class = 'near'
        end++
      }
    }
    // "Tags: ferries, harbour, winter" after article text: the article ends there
    // (what follows is the page's: a newsletter box, a comment policy, a sidebar).
    if (!fallback && start <= end) end = beforeTagLine(infos, start, end, phrases.tags)
    // A list of teasers the article starts with is the page's (a playlist of videos above it).
    if (!fallback && start <= end) start = afterLeadingTeasers(infos, start, end)
    // A cue inside the article that heads a last section closed by a rule ("UP NEXT" … "___").
    if (!fallback) for (let i = start + 1; i <= end; i++) if (infos[i].cue) closedSection(infos, i - 1)
    // A heading the page repeats outside the article (a table of contents, a
    // menu of the sections) is the article's own heading where it stands once inside it.
    if (!fallback && start <= end) keepOwnHeadings(infos, start, end)
    // Inside the article, context decides for short and bad blocks.
    for (let i = start; i <= end; i++) {
      const info = infos[i]
      // A news photo's long caption reads like text: "In this photo…, crews tie up the boat… (AP Photo/Ana Ruiz)".
      // (So does one that ends with its image's credit: "…seen from the pier. Credit: Ana Ruiz".)
      // (And one that its image's credit line follows: "The north pier at dawn." ⏎ "Photo: Ana Ruiz".)
      if (info.caption && !keepCaptions && !info.reason && (info.credited || info.features.length >= 200 || endsWithCredit(info.block.value) || labelledCaption.test(info.block.value) || isCaptionWithCopy(info.block.value))) {
        remove(info, 'caption')
        continue
      }
      // "By Lena Voss, Tom Reed on Monday, March 1st, 2027 at 11:08 a.m.", "Write to Lena Voss at lena@courier.example",
      // "Tom Reed contributed to this report.": the author's line, however much it reads like a sentence.
      if (!keepBylines && !info.reason && (isDatedByline(info) || isAuthorContact(info.block.value) || isReportingCredit(info.key, phrases.credits))) {
        remove(info, 'byline')
        continue
      }
      // "View all (12)": a button with its count. (Found once the article is found: a
      // gallery's buttons between the first paragraph and the next do not cut it off.)
      if (!info.reason && info.features.length < 40 && countAtEnd.test(info.key) && phrases.whole.has(info.key.replace(cueCount, ''))) {
        remove(info, 'boilerplate-phrase')
        continue
      }
      if (info.class === 'good' || info.class === 'near' || info.class === 'text' || info.item) continue
      if (fallback && info.class === 'bad' && fallbackScore(info) > 0) continue
      // "___" between two parts of a news article is part of it.
      if (info.reason === 'low-text-density' && ruleLine.test(info.block.value)) continue
      if (info.reason) {
        remove(info, info.reason)
        continue
      }
      // No article text at all: keep what is not boilerplate by itself.
      if (fallback) continue
      // A run of short, label-like lines: navigation ("Home", "World", "Sport").
      // Blocks removed by themselves between the labels ("[icon]", "Share") do not break it:
      // without them (cleaned once already) the labels would be one run.
      let j = i
      let labels = 0
      let stop = i
      while (j <= end) {
        const other = infos[j]
        if (j > i && other.class === 'bad' && other.reason && !other.cue) {
          j++
          continue
        }
        // (Labels do not end like sentences.)
        // (Results and timetables are lines of data, not labels: "Northport d. Southbay 3-1".)
        if (other.class !== 'short' || sentenceEnd.test(other.block.value) || isContinuation(infos, j) || isData(other)) break
        labels++
        stop = ++j
      }
      if (labels >= 3) {
        // "The five new partners are:" ⏎ (a gallery) ⏎ "Northport Ferries, Northport" ⏎ …: the article's list.
        const listed = introducedAt(infos, i, start)
        for (let k = i; k < stop; k++) {
          if (!listed) remove(infos[k], 'navigation-run')
          else if (infos[k].reason) remove(infos[k], infos[k].reason!)
        }
        i = stop - 1
        continue
      }
      if (info.class !== 'short' || isContinuation(infos, i)) continue
      if (info.byline && !keepBylines) remove(info, 'byline')
      else if (info.caption && !keepCaptions) remove(info, 'caption')
      else if (!keepHeadings && !info.features.terminal) remove(info, 'heading')
      else if (!keepBylines && !info.features.terminal && (datePattern.test(info.block.value) || isDateLine(info.block.value))) remove(info, 'byline')
    }

    let title: Info | undefined
    if (findTitle && !fallback && start <= end) title = headline(infos, start, end)
    // "Our 12 picks are below." and twelve cards after it, each closed by the same lines: the article's.
    if (!fallback && start <= end) {
      const last = announcedCards(infos, start, end, phrases, seen)
      if (last > end) {
        for (let i = end + 1; i <= last; i++) {
          const info = infos[i]
          // (Not a share row, a cue or an image placeholder inside a card.)
          if (info.reason === 'boilerplate-phrase' || info.cue || (info.reason && placeholder.test(info.block.value))) remove(info, info.reason || 'outside-article')
        }
        inform(file, 'Took the cards the article announces as article: ' + quote(infos[end + 1].block.value), span(infos[end + 1].block, infos[last].block), 'announced-cards')
        end = last
      }
    }
    if (title) {
      title.block.data.fate = 'title'
      title.block.data.rule = 'headline'
      inform(file, 'Took the headline as title: ' + quote(title.block.value), span(title.block), 'headline')
      // A headline the article starts with: its date and byline after it, up to the text, are no article text ("May 4, 2030", "By Ana Ruiz").
      if (!keepBylines && title.block.position.start.offset! >= infos[start].block.position.start.offset!) {
        for (let i = start; i <= end && i < start + LEAD_BLOCKS; i++) {
          const info = infos[i]
          if (info.block.data.fate !== undefined && info !== title) continue
          if (info.block.position.start.offset! <= title.block.position.start.offset!) continue
          if (!isArticleMeta(info.block.value)) break
          remove(info, 'byline')
        }
      }
    }

    // "Ana Ruiz is a staff writer at the Courier.": the author's note about themselves, the
    // article's last block (its last two: the author's note may come before a credit line).
    if (!keepBylines && !fallback && phrases.bio) {
      let kept = 0
      for (let i = end; i > start && kept < 2; i--) {
        const info = infos[i]
        if (info.block.data.fate === 'removed') continue
        kept++
        if (isAuthorBio(info.block.value, phrases.bio)) remove(info, 'byline')
      }
    }
    // "Editor's note: This story was updated…" a few blocks after the article (a list of
    // headlines between them): the article's own closing note.
    const note = !fallback && start <= end && phrases.notes.length > 0 ? closingNote(infos, end, phrases.notes) : -1
    for (let i = 0; i < infos.length; i++) {
      if (i >= start && i <= end) continue
      if (i === note) continue
      const info = infos[i]
      if (info === title) continue
      // A known phrase keeps its reason; the rest is one run outside the article.
      remove(info, info.reason === 'boilerplate-phrase' ? info.reason : 'outside-article')
    }

    report(tree, file)
  }
}

/**
 * A line’s key for phrase lookup and repetition: lower case, white space
 * collapsed (`foldedLower`), trailing punctuation dropped (`Read more »` →
 * `read more`). Long blocks are keyed as they are.
 */
function keyOf(block: Block): string {
  if (block.value.length > 300) return block.value
  return trimEndMarks(foldedLower(block))
}

/** Longest glued button and the sentence end before it (characters). */
const GLUED_BUTTON_REACH = 45

/**
 * Where a button glued to a paragraph's last sentence starts, no space
 * between (a quote's box and its button read as one: `…the harbour’s own
 * time.’Click To Tweet`): after a sentence end (and a closing quote or
 * bracket), a capital, then letters, spaces and apostrophes only; `-1` when
 * the block does not end so.
 *
 * @param value A block's text.
 */
function gluedButtonStart(value: string): number {
  const from = Math.max(0, value.length - GLUED_BUTTON_REACH)
  let at = value.length
  // Back over the letters, spaces and apostrophes of the button.
  while (at > from && isButtonCode(value.charCodeAt(at - 1))) at--
  if (at <= from) return -1
  // The button's first letter, a capital ("’Click": the quote closes the sentence before).
  let start = at
  while (start < value.length && !isLetterCode(value.charCodeAt(start))) start++
  if (start === value.length || !isUpperCode(value.charCodeAt(start))) return -1
  // Between the stop and the button: closing quotes or a bracket, no space.
  let end = start
  for (let k = 0; k < 2 && end > 0 && closers.has(value.charAt(end - 1)); k++) end--
  return end > 0 && stops.has(value.charAt(end - 1)) ? start : -1
}

/** Whether a character may be part of a glued button: a letter, a space, an apostrophe. */
function isButtonCode(code: number): boolean {
  return isLetterCode(code) || code === 32 || code === 39 || code === 0x2019
}

// Sentence ends and the closing marks that may follow one, before a glued button.
const stops = new Set(['.', '!', '?', '…'])
const closers = new Set(['"', "'", '”', '’', ')'])

/**
 * Cut a button (a whole-line phrase: `Click To Tweet`, `Read more`) glued to
 * the last sentence of a block that stays, or (two words or more) to its
 * first word, in text and in HTML (where `classifyDom` already kept the
 * block): the button goes to `removed` as a `boilerplate-phrase`, the
 * paragraph stays.
 */
function trimGluedButtons(tree: Root, file: VFile, phrases: Phrases) {
  const input = typeof file.value === 'string' ? file.value : undefined
  let count = 0
  let first: Block | undefined
  let last: Block | undefined
  for (const block of tree.children) {
    const fate = block.data.fate
    if (fate !== undefined && fate !== 'body') continue
    const value = block.value
    if (value.length < 20) continue
    let from = 0
    let to = value.length
    // "Click To TweetThe crews…": a button glued to the start of the next paragraph.
    const head = gluedButtonEnd(value)
    // (Of two words or more: "TweetDeck is…", "SearchLight Pictures…" are names.)
    if (head > 0 && value.lastIndexOf(' ', head) > 0 && phrases.whole.has(foldSpace(value.slice(0, head).toLowerCase()))) from = head
    // "…forgotten it.Click To Tweet". (Most blocks end with a stop or a digit: no button.)
    const tail = isLetterCode(value.charCodeAt(value.length - 1)) ? gluedButtonStart(value) : -1
    if (tail > from && phrases.whole.has(foldSpace(value.slice(tail).toLowerCase()).trim())) to = tail
    if (from === 0 && to === value.length) continue
    // (A block that is boilerplate without its button goes whole: "Share on FacebookShare on Twitter".)
    if (isPhrase(foldSpace(value.slice(from, to).toLowerCase()).trim(), phrases)) continue
    const exact = isInputSlice(block, input)
    const stripped = (block.data.stripped ||= [])
    if (from > 0) stripped.push({text: value.slice(0, from), rule: 'boilerplate-phrase', position: place(block, exact, 0, from)})
    if (to < value.length) stripped.push({text: value.slice(to), rule: 'boilerplate-phrase', position: place(block, exact, to, value.length)})
    block.value = value.slice(from, to)
    count++
    first ||= block
    last = block
  }
  if (first && last) inform(file, 'Removed ' + count + ' button' + (count === 1 ? '' : 's') + ' glued to a paragraph', span(first, last), 'boilerplate-phrase')
}

/** Longest button glued to the start of a paragraph (characters). */
const GLUED_HEAD_REACH = 40

/**
 * Where a button glued to the start of a paragraph ends (`Click To
 * TweetThe crews…`: a small letter, then the paragraph's capital, no space
 * between), or `-1`. The button is the text before the first such glue in the
 * first `GLUED_HEAD_REACH` characters, once it has a letter.
 *
 * @param value A block's text.
 */
function gluedButtonEnd(value: string): number {
  const end = Math.min(value.length - 1, GLUED_HEAD_REACH)
  for (let i = 1; i < end; i++) {
    const code = value.charCodeAt(i)
    // (Letters, spaces and apostrophes only before the glue.)
    if (!isButtonCode(code)) return -1
    if (isUpperCode(code) && isLowerCode(value.charCodeAt(i - 1)) && isLowerCode(value.charCodeAt(i + 1))) return i
  }
  return -1
}

/**
 * ASCII characters that may open a match of a pattern anchored at the start
 * (keep each in step with its pattern; letters in both cases, as `/i` compares them).
 *
 * @param characters The characters.
 */
function asciiSet(characters: string): Uint8Array {
  const set = new Uint8Array(0x80)
  for (const char of characters) {
    set[char.charCodeAt(0)] = 1
    set[char.toUpperCase().charCodeAt(0)] = 1
  }
  return set
}

// "(Photo: …", "[image]", "Source: …", "Video: …": `captionStart`.
const captionFirst = asciiSet('([pifbcsqv')
// "File - In this photo…", "This image…", "En esta foto…", "Nesta foto…", "Sur cette…", "Auf diesem…": `photoCaptionStart`.
const photoCaptionFirst = asciiSet('fitensa')
// "By …", "Written by …", "Posted by …", "Por", "Von", "Di", "Door", "Author:", "Reporter:", "The Associated Press",
// "Reuters", "AFP", "Agence France-Presse", "DPA", "EFE", "ANSA", "UPI", "AP": `bylinePattern`.
const bylineFirst = asciiSet('bwpvdartue')

/**
 * Whether a line may match a pattern anchored at its start, by its first
 * character: one of the pattern's ASCII openers, or any other than ASCII
 * (left to the pattern).
 *
 * @param value The line.
 * @param first The pattern's ASCII openers.
 */
function mayStart(value: string, first: Uint8Array): boolean {
  const code = value.charCodeAt(0)
  return code >= 0x80 || first[code] === 1
}

/** Whether a line may match `bylinePattern`: by its start, or a Korean reporter's title at its end (`…기자`). */
function mayBeByline(value: string): boolean {
  return mayStart(value, bylineFirst) || value.endsWith('기자')
}

/** The patterns gated by cheap character tests, and their gates, for tests that check each gate against its pattern. */
export const gatedPatterns = Object.freeze({
  bylinePattern,
  captionFirst,
  captionStart,
  commentMeta,
  mayBeByline,
  mayEndComment,
  mayStart,
  photoCaptionFirst,
  photoCaptionStart
})

/**
 * Whether a line ends like a credit (`…Getty Images)`, `…AFP.`): a cheap test
 * on its last two letters before the regex.
 */
function creditLast(value: string): boolean {
  let end = value.length - 1
  let code = value.charCodeAt(end)
  if (code === 46) code = value.charCodeAt(--end) // "."
  if (code === 41) code = value.charCodeAt(--end) // ")"
  code |= 0x20 // lower case (ASCII)
  // The two last letters of a credit: "images" "reuters" "press", "afp" "ap", "epa", "stock", "getty".
  const previous = end > 0 ? value.charCodeAt(end - 1) | 0x20 : 0x20
  if (code === 115) return previous === 101 || previous === 114 || previous === 115 // s: e r s
  if (code === 112) return previous === 102 || previous === 97 // p: f a
  if (code === 97) return previous === 112 // a: p
  if (code === 107) return previous === 99 // k: c
  if (code === 111) return previous === 116 // o: t
  if (code === 121) return previous === 116 // y: t
  return false
}

/**
 * Cheap gate before `commentMeta` (keep it in step with the pattern): before
 * an optional final colon and white space, a line it matches ends with the
 * last two letters of one of its words (`says`, `schrieb`, `escribió`,
 * `написал`, `a écrit`, `reply`, `ответить`, `返信`…), or of a time (`at
 * 4:47`, `4:47 pm`, `4:47 p.m.`). Letters compare as `/iu` does (`s` is also
 * `ſ`).
 */
function mayEndComment(value: string): boolean {
  let end = value.length - 1
  if (value.charCodeAt(end) === 58) end-- // ":"
  while (end >= 0 && isSpaceCode(value.charCodeAt(end))) end--
  // (Each word has two letters or more.)
  if (end < 1) return false
  const last = foldCase(value.charCodeAt(end))
  const before = foldCase(value.charCodeAt(end - 1))
  // "4:47": two digits.
  if (last >= 48 && last <= 57) return before >= 48 && before <= 57
  return commentEnds.get(last)?.includes(before) ?? false
}


/** A letter as `/iu` compares it, for the letters of `commentMeta`'s words: ASCII and Cyrillic capitals, `ſ`, `Ó`. */
function foldCase(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  if (code === 0x17f) return 115 // ſ → s
  if (code === 0xd3) return 0xf3 // Ó → ó
  if (code >= 0x410 && code <= 0x42f) return code + 32 // А–Я → а–я
  return code
}

// Last letter → the letters that may come before it: "says", "said", "wrote", "schrieb", "diz", "écrit", "am",
// "a.m.", "reply", "responder", "antworten", "rispondi", "escribió", "написал", "написала", "ответить", "返信", "답글".
const commentEnds = new Map<number, number[]>(
  (
    [
      ['s', 'y'],
      ['d', 'i'],
      ['e', 'tbscr'],
      ['b', 'e'],
      ['z', 'i'],
      ['t', 'i'],
      ['m', 'ap.'],
      ['.', 'm'],
      ['y', 'l'],
      ['r', 'e'],
      ['n', 'e'],
      ['i', 'd'],
      ['ó', 'i'],
      ['л', 'а'],
      ['а', 'л'],
      ['ь', 'т'],
      ['信', '返'],
      ['글', '답']
    ] as const
  ).map(([last, before]) => [last.charCodeAt(0), [...before].map((d) => d.charCodeAt(0))])
)

/**
 * Phrase lookup: whole lines and line starts.
 */
interface Phrases {
  whole: Set<string>
  prefixes: string[]
  /** `prefixes` by their first character (`''` for an empty one). */
  prefixesByFirst: Map<string, string[]>
  /** Comment cues of one word (`comments`). */
  commentWords: Set<string>
  /** Comment cues of several words (`leave a reply`), matched as line starts. */
  commentPhrases: string[]
  /** Related and tag cues (`related stories`, `tags`). */
  related: Set<string>
  /** Words that point forward to what follows (`below`, `here are`). */
  forward: string[]
  /** Headings that close the article (`sources`, `references`). */
  end: Set<string>
  /** Tag cues (`tags`, `filed under`). */
  tags: string[]
  /** Words that head an author box before the author's name (`about`). */
  authors: string[]
  /** Notices that the article goes on after an interruption (`story continues below`). */
  continues: string[]
  /** Starts of the notes an article ends with (`editor’s note`, `correction:`). */
  notes: string[]
  /** Starts or ends of a line that credits the reporting (`additional reporting by`, `contributed to this report`). */
  credits: string[]
  /** How an author's note about themselves says what they do (`authorBio` of the packs, merged). */
  bio: AuthorBio | undefined
}

const phraseCache = new WeakMap<Lexicon, Phrases>()

function phraseTable(packs: Lexicon[]): Phrases {
  const key = packs[0]
  const cached = packs.length === 1 || packs.length === 2 ? phraseCache.get(key) : undefined
  if (cached) return cached
  const whole = new Set<string>()
  const prefixes: string[] = []
  const commentWords = new Set<string>()
  const commentPhrases: string[] = []
  const related = new Set<string>()
  const forward: string[] = []
  const end = new Set<string>()
  const tags: string[] = []
  const authors: string[] = []
  const continues: string[] = []
  const notes: string[] = []
  const credits: string[] = []
  const bio = authorBioOf(packs)
  for (const pack of packs) {
    for (const cue of pack.creditCues || []) credits.push(cue.toLowerCase())
    for (const cue of pack.noteCues || []) notes.push(cue.toLowerCase())
    for (const cue of pack.continueCues || []) continues.push(cue.toLowerCase())
    // ("à propos d’" runs into the name; "about" is a word.)
    for (const cue of pack.authorCues || []) authors.push(cue.toLowerCase() + (cue.endsWith('’') || cue.endsWith("'") ? '' : ' '))
    for (const cue of pack.endCues || []) end.add(cue.toLowerCase())
    for (const cue of pack.forwardCues || []) forward.push(cue.toLowerCase())
    for (const phrase of pack.boilerplate) whole.add(phrase.toLowerCase())
    for (const prefix of pack.boilerplatePrefixes) prefixes.push(prefix.toLowerCase())
    for (const cue of pack.commentCues || []) {
      if (cue.includes(' ')) commentPhrases.push(cue.toLowerCase())
      else commentWords.add(cue.toLowerCase())
    }
    for (const cue of pack.relatedCues) related.add(cue.toLowerCase())
    for (const cue of pack.tagCues) {
      related.add(cue.toLowerCase())
      tags.push(cue.toLowerCase())
    }
  }
  const prefixesByFirst = new Map<string, string[]>()
  for (const prefix of prefixes) {
    const list = prefixesByFirst.get(prefix.charAt(0))
    if (list) list.push(prefix)
    else prefixesByFirst.set(prefix.charAt(0), [prefix])
  }
  const table = {whole, prefixes, prefixesByFirst, commentWords, commentPhrases, related, forward, end, tags, authors, continues, notes, credits, bio}
  phraseCache.set(key, table)
  return table
}

/** Whether `cueCount` may strip a character: a digit, white space, `(` `)` `.` `,` `:` `·` `|` `-`. */
function isCountCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 40 || code === 41 || code === 46 || code === 44 || code === 58 || code === 0xb7 || code === 124 || code === 45 || isSpaceCode(code)
}

function isPhrase(key: string, phrases: Phrases): boolean {
  if (phrases.whole.has(key)) return true
  if (key.length > 200) return false
  // "thanks for watching! (button) visit website": buttons a text browser wrote on one line, between its placeholders.
  if (key.includes('(button)') || key.includes('[img]')) return placeholdersPartPhrases(key, phrases)
  for (const prefix of phrases.prefixesByFirst.get(key.length > 0 ? key.charAt(0) : '') || []) if (key.startsWith(prefix)) return true
  for (const prefix of phrases.prefixesByFirst.get('') || []) if (key.startsWith(prefix)) return true
  return key.length <= 120 && isButtonRow(key, phrases.whole)
}

// A text browser's placeholder for a button or an image without text, in a line's key.
const keyPlaceholder = /\(button\)|\[img\]/

/**
 * Whether every part of a key between a text browser's placeholders is a
 * phrase (`thanks for watching! (button) visit website`), two parts at least.
 *
 * @param key The line, lower case.
 * @param phrases The phrases.
 */
function placeholdersPartPhrases(key: string, phrases: Phrases): boolean {
  let parts = 0
  for (const part of key.split(keyPlaceholder)) {
    const text = trimEndMarks(part).trim()
    if (text === '') continue
    if (!phrases.whole.has(text)) return false
    parts++
  }
  return parts >= 2
}

// Between the buttons of a row: spaces, bars, dots, commas, slashes.
const buttonGap = /[\s|·•,/]+/u

/**
 * Whether a line is a row of buttons, each a phrase of its own, after a short
 * label or none: "share: facebook  twitter", "facebook | twitter | email",
 * "поделиться: вконтакте telegram". Two buttons at least.
 *
 * @param key The line, lower case.
 * @param whole The phrases that are boilerplate as whole lines.
 */
function isButtonRow(key: string, whole: ReadonlySet<string>): boolean {
  let rest = key
  const colon = key.indexOf(':')
  if (colon > 0) {
    // A label of three words at most: "share this:", "partager :".
    if (colon > 30 || key.slice(0, colon).trim().split(' ').length > 3) return false
    rest = key.slice(colon + 1)
  }
  // Most lines are settled by their first word ("the harbour…" is no button): split only then.
  if (!whole.has(firstToken(rest))) return false
  let buttons = 0
  for (const token of rest.split(buttonGap)) {
    if (token === '') continue
    if (!whole.has(token)) return false
    buttons++
  }
  return buttons >= 2
}

/**
 * The first token of `text.split(buttonGap)` that is not empty (`''` when
 * there is none), without splitting the rest.
 *
 * @param text A line.
 */
export function firstToken(text: string): string {
  let start = 0
  while (start < text.length && isButtonGap(text.charCodeAt(start))) start++
  let end = start
  while (end < text.length && !isButtonGap(text.charCodeAt(end))) end++
  return text.slice(start, end)
}

/** Whether a character is one `buttonGap` matches: white space, `|`, `·`, `•`, `,`, `/`. */
function isButtonGap(code: number): boolean {
  return isSpaceCode(code) || code === 124 || code === 0xb7 || code === 0x2022 || code === 44 || code === 47
}

/** Whether `text` has a colon in its first `limit` characters (a cheap gate before a pattern). */
function isColonBefore(text: string, limit: number): boolean {
  const at = text.indexOf(':')
  return at !== -1 && at < limit
}

const lowerWord = /^\p{Ll}/u
const spaces = /\s+/

/**
 * Whether a short line is a cue of one or two words followed by one or two
 * words in lower case, the first item of its list run into it: `Related
 * harbour`, `See also: night ferry` (a heading of such a list has a noun
 * after the cue, not a tag: `Related stories` is a cue of its own).
 *
 * @param value The line.
 * @param related The related cues (keys).
 */
function isGluedCue(value: string, related: ReadonlySet<string>): boolean {
  const words = value.trim().split(spaces)
  // (A label of its own ends with a colon: "Ferry topics:".)
  if (words.length < 2 || words.length > 4 || value.charCodeAt(value.length - 1) === 58 /* : */) return false
  for (let count = 1; count <= 2 && count < words.length; count++) {
    if (words.length - count > 2 || !lowerWord.test(words[count])) continue
    // (Without its own end mark: "Related:".)
    if (related.has(trimEndMarks(words.slice(0, count).join(' ').toLowerCase()))) return true
  }
  return false
}

/** Fewest links of a row of cards, and the share of the block's text their text holds. */
const ROW_LINKS = 2
const ROW_LINK_SHARE = 0.7
/** Shortest row of cards (characters): shorter runs of links are menus and labels, read as such. */
const ROW_LENGTH = 150

/**
 * Whether a block of a Markdown text is a row of cards: two links or more
 * whose text is most of the block's, 150 characters or more
 * (`[**Quay cafe stays open** _Owners say…_](…)[**Night ferry…** _…_](…)`,
 * as html2text writes cards that are links around a headline and a summary).
 * The link density of a page's text, without its DOM; a paragraph of prose
 * has its own words between its links.
 */
function isLinkRow(block: Block): boolean {
  const links = block.data.links
  return links !== undefined && links.count >= ROW_LINKS && block.value.length >= ROW_LENGTH && links.text >= block.value.length * ROW_LINK_SHARE
}

/**
 * jusText-style class of a block by itself.
 */
function classify(info: Info, phrases: Phrases, seen: Map<string, number>, minLength: number, noStopwords: boolean) {
  const f = info.features
  const dom = info.block.data.dom
  info.repeated = (seen.get(info.key) || 0) > 1
  if (f.length < 120) {
    // (Only a key that starts or ends with a count character has one to strip.)
    const key = info.key
    const bare = key.length > 0 && (isCountCharacter(key.charCodeAt(0)) || isCountCharacter(key.charCodeAt(key.length - 1))) ? key.replace(cueCount, '') : key
    if (phrases.commentWords.has(bare)) info.comment = 'weak'
    // "Sources:", "About this article": the article is over, as at the start of the comments.
    else if (phrases.end.has(bare)) info.comment = 'strong'
    else if (phrases.commentPhrases.some((d) => bare.startsWith(d))) info.comment = 'strong'
    else if (mayEndComment(info.block.value) && commentMeta.test(info.block.value.slice(-32))) info.comment = 'meta'
    if (phrases.related.has(bare)) info.cue = true
    // "Related harbour": the cue run together with the first tag after it (`textContent` glues a cue to its links).
    else if (f.words <= 4 && isGluedCue(info.block.value, phrases.related)) info.cue = true
  } else if (info.block.value.charCodeAt(0) > 32 && isColonBefore(info.block.value, 120) && commentMetaStart.test(info.block.value.slice(0, 120))) {
    // "Mira Holm on March 3, 2027 at 6:15 pm said: Is there…": a comment with its header in one paragraph.
    info.comment = 'meta'
  }
  // "Related stories", "Tags:": a cue line is never article text, it marks the article's edge
  // (`separateSections` then takes it as the cue of its list).
  if (info.cue) {
    info.class = 'bad'
    info.reason = 'outside-article'
    return
  }
  if (isPhrase(info.key, phrases)) {
    info.class = 'bad'
    info.reason = 'boilerplate-phrase'
    return
  }
  // ("(BUTTON)", "[IMG]": a text browser's placeholder alone on its line shows no text of the page.)
  if (f.noLetters || f.linkLike || (f.length <= 40 && isBrowserPlaceholder(info.block.value))) {
    info.class = 'bad'
    info.reason = 'low-text-density'
    return
  }
  const sentenceLike = f.terminal || f.sentences > 0
  // "Share", "Facebook", "Twitter" after every teaser: a label shown twice is template.
  // (A repeated caption is often part of the article: it stays when the context says so.)
  const repeated = info.repeated
  // "Crews repaint the hulls in Northport." twice in a row: a caption and its image's text, not a paragraph.
  if (repeated && (f.length < 60 || !sentenceLike || info.twin)) {
    info.class = 'bad'
    info.reason = 'repeated-line'
    return
  }
  // "Stairs up to the quayStairs up to" ⏎ "the quay": an image's text written twice, wrapped (one line `normalizeText` removes).
  if (!dom && info.block.data.joins && f.length <= 300 && imageTextCopies(info.block.value) === info.block.value.length) {
    info.class = 'bad'
    info.reason = 'repeated-line'
    return
  }
  if (dom) {
    if (dom.landmark === 'nav' || dom.landmark === 'footer' || (dom.linkDensity > 0.6 && f.length < 300)) {
      info.class = 'bad'
      info.reason = 'low-text-density'
      return
    }
  } else if (isLinkRow(info.block)) {
    info.class = 'bad'
    info.reason = 'low-text-density'
    return
  }
  if (repeated) {
    info.class = 'near'
    return
  }
  // Without a stop-word list for the language, sentence shape stands in for stop-word density.
  const density = noStopwords && f.cjk < 0.25 ? (sentenceLike ? 0.3 : 0.1) : f.stopDensity
  if (f.length >= minLength) {
    if (density >= 0.25 && sentenceLike) info.class = 'good'
    else if (density >= 0.2 || sentenceLike) info.class = 'near'
    else {
      info.class = 'bad'
      info.reason = 'low-text-density'
    }
    return
  }
  if (f.length >= 40 && sentenceLike && density >= 0.2) {
    info.class = 'near'
    return
  }
  info.class = isTextLike(f, density) ? 'text' : 'short'
}

/**
 * A short block that reads like text: a few words with stop-words
 * (`Or even for one night.`), not a label (`Home`, `World News`).
 */
function isTextLike(f: BlockFeatures, density: number): boolean {
  if (f.words < 3) return false
  if (f.terminal && density >= 0.15) return true
  return density >= 0.3 && f.capitals < 0.6
}

const CUE = -0.6
/** Factor on the score of a teaser card. */
const CARD = 0.3
/** Score of a card after a related cue (or after such a card). */
const LISTED = -0.3
/** How many blocks a listed card may follow its cue or the card before. */
const LIST_GAP = 6
/** How often a short line must occur to separate cards. */
const CARD_MIN = 3
/** A lone paragraph longer than this (script-aware length), of `CARD_MAX_SENTENCES` sentences or more, is an article of one paragraph, no card. */
const CARD_MAX = 700
const CARD_MAX_SENTENCES = 4
/** Score of a block with nothing visible. */
const TRIVIAL = -0.05
/** Score of an image placeholder seen once. */
const IMAGE = -0.15

// Nothing visible: a zero-width space left where an image was.
const invisible = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u
// A teaser's cut: "…for which ...", "…the number of […]".
const truncated = /(?:\p{L}|\p{N}|,)\s?(?:\.{3}|…|\[(?:…|\.{3})\])$/u
// An image placeholder of a text browser: "[photo_12.jpg]", "[ ]", "[lazyload-p][photo_12]" (two, glued or spaced).
const placeholder = /^(?:\[[^\]]{0,80}\] ?){1,8}$/u

// Most blocks an interruption of the article holds (a gallery's images and captions).
const maxBridged = 40

/**
 * Mark a notice that the article goes on after an interruption (`Story
 * continues below the photos`) and the blocks between it and the next
 * paragraph as bridged: the interruption does not end the article (inside
 * it, context decides for each block, as for any short block).
 *
 * @param infos The blocks' facts.
 * @param cues The notices of the document's languages, lower case.
 */
function markContinued(infos: Info[], cues: readonly string[]): undefined {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    if (info.key.length > 80 || !cues.some((cue) => info.key.startsWith(cue))) continue
    info.bridged = true
    let k = i + 1
    while (k < infos.length && k <= i + maxBridged && infos[k].class !== 'good' && !infos[k].cue && infos[k].comment === undefined) k++
    // (No paragraph after it: nothing to bridge to.)
    if (k < infos.length && infos[k].class === 'good') for (let j = i + 1; j < k; j++) infos[j].bridged = true
    i = k - 1
  }
}

/**
 * Whether a text shows a page around its article: a boilerplate phrase, a
 * line without text (a link, a file name), a related cue, a tag line, a
 * comment cue, teasers, cards or boxes. Menus and footers hold such lines; an
 * extractor's output (Readability's text, an article alone) holds none.
 */
function showsPage(infos: readonly Info[], tagCues: readonly string[]): boolean {
  for (const info of infos) {
    if (info.reason === 'boilerplate-phrase' || info.reason === 'low-text-density' || info.cue || info.comment !== undefined || info.teaser || info.card || info.boxed) return true
    if (isTagLine(info, tagCues)) return true
  }
  return false
}

/** Score of a block for the densest run. */
function score(info: Info): number {
  const f = info.features
  if (info.boxed) return BOXED
  // "Story continues below the photos" ⏎ (six images and their captions) ⏎ the next paragraph.
  if (info.bridged) return TRIVIAL
  // An image's caption and credit between paragraphs: hardly a break.
  if (info.credited && info.class !== 'good') return TRIVIAL
  switch (info.class) {
    case 'good':
      return info.listed || info.teaser ? LISTED : (1 + Math.min(f.length, 800) / 200) * (info.card ? CARD : 1)
    case 'near':
      return info.listed || info.teaser ? LISTED : 0.5 * (info.card ? CARD : 1)
    case 'text':
      return info.table ? TABLE : info.teaser ? LISTED : -0.2
    case 'short':
      if (info.table) return TABLE
      return info.cue ? CUE : -0.35
    default:
      if (info.cue) return CUE
      // A zero-width space or an image between two paragraphs: hardly a break.
      if (f.length <= 2 && invisible.test(info.block.value)) return TRIVIAL
      if (!info.repeated && placeholder.test(info.block.value)) return IMAGE
      // A caption shown twice weighs almost nothing: a gallery inside the article does not cut it.
      if (info.twin) return TRIVIAL
      return info.reason === 'boilerplate-phrase' ? -0.5 : -0.6
  }
}

// A sentence end: "." "!" "?" "。", maybe before a closing quote.
const sentenceEnd = /[.!?。！？]["”’»)」』]?$/u

/** Whether a block that is not boilerplate by itself ends like a sentence. */
function endsSentence(info: Info): boolean {
  if (info.class === 'bad' || info.comment !== undefined || info.cue || info.teaser) return false
  return sentenceEnd.test(info.block.value) || (info.features.sentences > 0 && info.features.length >= 40)
}

/** Most image lines that `reach` steps over. */
const IMAGE_LINES = 8
/** Longest placeholder of an image that `reach` steps over (`[quay_at_dawn.jpg]`). */
const IMAGE_NAME = 80

/**
 * Keys of the lines the page repeats that stand inside the article between
 * `start` and `end` (an image's alt text that its gallery shows with every
 * picture): where they stand next to it, they are that gallery's too.
 */
function imageLines(infos: Info[], start: number, end: number): Set<string> {
  const keys = new Set<string>()
  for (let i = start + 1; i < end; i++) if (infos[i].reason === 'repeated-line' && infos[i].features.length >= 20) keys.add(infos[i].key)
  return keys
}

/** Whether a block is a line of an image (a zero-width space left where it was, a text browser's placeholder seen once, a line in `inner`). */
function isImageLine(info: Info, inner: ReadonlySet<string> | undefined): boolean {
  if (info.features.length <= 2) return invisible.test(info.block.value)
  // "[quay_at_dawn.jpg]": where a text browser showed the image itself.
  if (!info.repeated && info.block.value.length <= IMAGE_NAME && placeholder.test(info.block.value)) return true
  return inner !== undefined && info.reason === 'repeated-line' && inner.has(info.key)
}

/**
 * How far the article extends from `edge` in `direction`: to a sentence next
 * to it, or over one short block that are not boilerplate to a
 * sentence (0 when it does not). Lines of an image (`isImageLine`, up to
 * `IMAGE_LINES`) do not count: `​` ⏎ `The quay at dawn` (its alt text, also
 * shown inside the article) ⏎ `​` ⏎ `The crews cheered.` is next to it.
 */
function reach(infos: Info[], edge: number, direction: 1 | -1, inner?: ReadonlySet<string>): number {
  let gap = 0
  let images = 0
  for (let k = edge + direction; gap < 2; k += direction) {
    const info = infos[k]
    if (info && isImageLine(info, inner) && ++images <= IMAGE_LINES) continue
    gap++
    // (Not over the start of the comments: "Leave a comment" ⏎ "You must be logged in to post a comment.")
    if (!info || info.class === 'bad' || info.comment === 'strong') return 0
    if (endsSentence(info)) return (k - edge) * direction
  }
  return 0
}

// The signature under an embedded post: "— Ana Ruiz (@anaruiz) May 3, 2027", "— Harbour Board (@harbour)".
const postSignature = /^[—–]\s?[^()]{1,80}\(@\w{1,30}\)(?:\s[^()]{3,40})?$/u

/**
 * Whether a block is the signature under an embedded post (a dash, a name,
 * the account in parentheses, maybe a date): it closes the quote above it.
 */
function isPostSignature(info: Info): boolean {
  const code = info.block.value.charCodeAt(0)
  return (code === 0x2014 || code === 0x2013) && info.features.length < 160 && postSignature.test(info.block.value)
}

/** Most blocks of an advertisement box that the article goes on after. */
const BOX_MAX = 4
/** Shortest paragraph the article goes on to after such a box (script-aware length): not an author's note. */
const BOX_PARAGRAPH = 200

/**
 * How far the article goes on from `end` over a box of boilerplate inside it
 * (`Advertisement` ⏎ `Thanks for watching!` ⏎ `Visit website`) to a
 * paragraph after it: up to `BOX_MAX` blocks, one of them a boilerplate
 * phrase and none a cue or a comment, the rest short; the paragraph article
 * text (`good` or `near`, ending like a sentence, not a teaser or a card).
 * Returns the distance to that paragraph, or 0.
 */
function overBox(infos: Info[], end: number): number {
  let phrase = false
  for (let gap = 1; gap <= BOX_MAX + 1; gap++) {
    const info = infos[end + gap]
    if (!info || info.cue || info.comment) return 0
    if (info.class === 'good' || info.class === 'near') {
      if (!phrase || gap === 1 || info.features.length < BOX_PARAGRAPH || info.card || info.listed || info.teaser || info.repeated || !endsSentence(info)) return 0
      return gap
    }
    if (info.reason === 'boilerplate-phrase') phrase = true
    else if (info.class === 'bad' && info.reason !== 'low-text-density') return 0
  }
  return 0
}

/** Most lines of a box of related headlines inside the article. */
const BOX_LINES = 8
/** Score of a line of such a box. */
const BOXED = -0.1

/** Whether a block is a paragraph of article text: `good` or `near`, ending like a sentence, not a teaser, a card or repeated. */
function isParagraph(info: Info | undefined): boolean {
  if (!info || (info.class !== 'good' && info.class !== 'near')) return false
  return !info.card && !info.listed && !info.teaser && !info.repeated && sentenceEnd.test(info.block.value)
}

/**
 * Mark boxes of related headlines inside the article: a cue (`Don't miss`)
 * and at most `BOX_LINES` lines that are not text by themselves (headlines,
 * labels, an image and its credit), then two paragraphs (`good` or `near`,
 * not teasers or cards). The lines weigh little: the article goes on after the
 * box. (The cue keeps its weight; `separateSections` takes the headlines.)
 */
function markBoxes(infos: Info[]) {
  for (let i = 0; i < infos.length; i++) {
    if (!infos[i].cue) continue
    let j = i + 1
    while (j < infos.length && j - i - 1 <= BOX_LINES) {
      const info = infos[j]
      if (info.cue || info.comment || info.class === 'good' || info.class === 'near') break
      j++
    }
    const after = infos[j]
    if (j === i + 1 || j - i - 1 > BOX_LINES || !after || after.cue || after.comment) continue
    // (Two paragraphs in a row: a headline's summary is followed by the next headline.)
    if (!isParagraph(after) || !isParagraph(infos[j + 1])) continue
    for (let k = i + 1; k < j; k++) infos[k].boxed = true
    i = j - 1
  }
}

/**
 * End the article before a related cue after which it does not go on: the
 * run holds three lines or more after the cue that are no paragraphs
 * (headlines, labels), no two paragraphs in a row among them (`Trending
 * now` ⏎ a teaser's caption ⏎ its headline ⏎ another card…), and two
 * paragraphs or more before it. A long caption among the teasers no longer
 * carries the article over them. (A box of one or two headlines before the
 * article's last paragraph stays inside it; one with two paragraphs after
 * it is `markBoxes`'s.)
 */
function beforeTrailingBox(infos: Info[], start: number, end: number): number {
  for (let cue = start + 2; cue <= end - 3; cue++) {
    if (!infos[cue].cue) continue
    let pairs = false
    let lines = 0
    for (let k = cue + 1; k <= end && !pairs; k++) {
      if (k > cue + 1) pairs = isParagraph(infos[k]) && isParagraph(infos[k - 1])
      if (infos[k].class !== 'bad' && !isParagraph(infos[k])) lines++
    }
    if (pairs || lines < 3) continue
    let before = 0
    for (let k = start; k < cue && before < 2; k++) if (isParagraph(infos[k])) before++
    if (before < 2) continue
    // (A section the cue heads, "UP NEXT" ⏎ "Harbour: Hosts Northport on Friday." ⏎ "___", is taken back
    // by `closedSection` after this.)
    let last = cue - 1
    while (last > start && infos[last].class === 'bad') last--
    return last
  }
  return end
}

/**
 * Score of a block when the document is too small to judge by the page
 * around the article: text counts by its amount, so one paragraph outweighs
 * the tag list after it (`Know more` / `ferries` / `harbour`).
 */
function fallbackScore(info: Info): number {
  const f = info.features
  switch (info.class) {
    case 'good':
    case 'near':
      return 1 + Math.min(f.length, 800) / 100
    case 'text':
      return 1
    case 'short':
      return f.terminal || f.sentences > 0 ? 1 : 0.3
    default:
      // A long block without sentence marks is still the best text there is.
      return info.reason === 'low-text-density' && f.words >= 10 ? 1 + Math.min(f.length, 800) / 100 : -1
  }
}

/**
 * Mark the later copy of a run of paragraphs the page shows twice: three
 * paragraphs or more in a row, each the same as its counterpart in an
 * earlier run (`The board met…` ⏎ `Crews told…` ⏎ `Traders asked…`, then
 * the three again: the article a template repeats, a print or an
 * infinite-scroll copy). The first run is the article's; the copy goes.
 * (The short blocks between them, headings and labels, do not count.)
 */
function markRepeatedRuns(infos: Info[]) {
  // (Most pages repeat no paragraph: a count settles them.)
  let repeated = 0
  for (const info of infos) if (info.repeated && info.features.length >= REPEAT_PARAGRAPH && info.class !== 'bad') repeated++
  if (repeated < REPEAT_RUN * 2) return
  // The paragraphs, in order: long blocks that read like text.
  const all: Info[] = []
  for (const info of infos) if (info.features.length >= REPEAT_PARAGRAPH && info.class !== 'bad') all.push(info)
  // Paragraph key → its first position.
  const first = new Map<string, number>()
  for (let p = 0; p < all.length; p++) if (!first.has(all[p].key)) first.set(all[p].key, p)
  let p = 0
  while (p < all.length) {
    const q = first.get(all[p].key)!
    if (q === p) {
      p++
      continue
    }
    // How far the copy follows the run it repeats (not into itself).
    let length = 0
    while (p + length < all.length && q + length < p && all[p + length].key === all[q + length].key) length++
    if (length >= REPEAT_RUN) {
      for (let k = p; k < p + length; k++) {
        all[k].class = 'bad'
        all[k].reason = 'repeated-line'
      }
      p += length
    } else p++
  }
}

/**
 * Mark copies: a huge block that repeats the paragraphs of the page (the
 * article again in one piece, from a print or structured-data copy) is not
 * the article: its sentences start like other blocks of the page.
 */
function markCopies(infos: Info[]) {
  let huge = false
  for (const info of infos) if (info.block.value.length >= COPY_MIN) huge = true
  if (!huge) return
  // Block starts ("Crews of the night ferry met at dawn") → count.
  const starts = new Set<string>()
  for (const info of infos) {
    const value = info.block.value
    if (value.length >= 60 && value.length < COPY_MIN) starts.add(value.slice(0, 40))
  }
  if (starts.size < 3) return
  for (const info of infos) {
    const value = info.block.value
    if (value.length < COPY_MIN) continue
    let sentences = 0
    let hits = 0
    sentenceStart.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = sentenceStart.exec(value))) {
      sentences++
      if (starts.has(value.slice(match.index + match[0].length, match.index + match[0].length + 40))) hits++
    }
    if (starts.has(value.slice(0, 40))) hits++
    if (hits >= 3 && hits >= sentences * 0.2) {
      info.class = 'bad'
      info.reason = 'repeated-line'
    }
  }
}

/** Fewest headline-and-summary pairs in a row that make a list of teasers. */
const TEASERS_MIN = 3
/** Longest teaser summary (script-aware length). */
const TEASER_MAX = 500

/**
 * Mark teasers: three or more pairs in a row of a headline in title case
 * (`Harbour Fees Rise Again As Winter Nears`) and a short summary of up to
 * three sentences (`The board wants more for the night berths.`), with
 * nothing but boilerplate lines between the pairs, and no paragraph right
 * before them: a list of other articles. (An article’s subheadings with a
 * paragraph each follow its first paragraph.) A card may put its byline and
 * date between its headline and summary (`Ana Ruiz Tuesday November 19,
 * 2030`), and its image's text before its headline (`Harbour master`).
 */
function markTeasers(infos: Info[]) {
  let i = 0
  while (i < infos.length) {
    // A chain from a boilerplate block is the chain from the block after it
    // (starting only elsewhere keeps this linear over long runs of boilerplate).
    if (infos[i].class === 'bad' && infos[i].reason) {
      i++
      continue
    }
    const summaries: Info[] = []
    let k = i
    for (;;) {
      // Boilerplate between pairs ("Autos", "Best Of", "Latest headlines").
      while (k < infos.length && infos[k].class === 'bad' && infos[k].reason) k++
      // "Harbour master" ⏎ "Ferry Crews Vote To Strike": a card's image text before its headline (after a first pair).
      if (summaries.length > 0 && isCardLine(infos[k]) && pairAt(infos, k + 1) > 0 && pairAt(infos, k) === 0) k++
      const head = infos[k]
      // "Ferry Crews Vote To Strike Next WeekThe union says…": a pair whose
      // two parts the rendering glued together (no line between them).
      if (head && gluedTeaser(head)) {
        summaries.push(head)
        k++
        continue
      }
      const at = pairAt(infos, k)
      if (at === 0) break
      summaries.push(infos[at])
      k = at + 1
    }
    if (summaries.length >= TEASERS_MIN && !afterProse(infos, i)) {
      for (const summary of summaries) summary.teaser = true
      i = k
    } else i++
  }
}

/** Fewest excerpts cut short inside one block that make it a run of teasers. */
const EXCERPTS_MIN = 3
/** Fewest characters of an excerpt before its cut (the pieces of a hesitant sentence are shorter: "Well... maybe..."). */
const EXCERPT_MIN = 60

/**
 * Mark teasers glued into one block, as a scraper that puts nothing between
 * elements gives them (`textContent`, `get_text()`): three excerpts or more,
 * each cut short in the middle of a sentence and followed by the next
 * headline (`…with its new night timeta... Harbour Fair opens on
 * SaturdayOn the first weekend the crews…`).
 */
function markExcerptRuns(infos: Info[]) {
  for (const info of infos) {
    const value = info.block.value
    if (value.length < EXCERPTS_MIN * EXCERPT_MIN || info.teaser) continue
    if (excerptCuts(value) >= EXCERPTS_MIN) info.teaser = true
  }
}

/**
 * How many excerpts a text holds that are cut short: an ellipsis (`...`,
 * `…`) right after a letter, a digit or a comma, then the end or a capital,
 * at least `EXCERPT_MIN` characters after the cut before it.
 *
 * @param text A block's text.
 */
function excerptCuts(text: string): number {
  let count = 0
  let last = 0
  // The next `...` and the next `…`, each searched again only once passed: searching
  // both from every cut reads the whole rest of the text for the kind it lacks.
  let dots = text.indexOf('...')
  let mark = text.indexOf('\u2026')
  const nextEllipsis = (from: number) => {
    if (dots >= 0 && dots < from) dots = text.indexOf('...', from)
    if (mark >= 0 && mark < from) mark = text.indexOf('\u2026', from)
    return dots < 0 ? mark : mark < 0 ? dots : Math.min(dots, mark)
  }
  for (let at = nextEllipsis(0); at >= 0; at = nextEllipsis(last)) {
    const length = text.charCodeAt(at) === 0x2026 ? 1 : 3
    let after = at + length
    if (text.charCodeAt(after) === 32) after++
    // ("timeta... Harbour Fair opens", "…by Ana Ruiz… The crews are": a capital after it, a quote before the capital too.)
    if (at - last >= EXCERPT_MIN && at > 0 && excerptEnd.test(text.charAt(at - 1)) && (after >= text.length || upperStart.test(text.slice(after, after + 3)))) count++
    last = at + length
  }
  return count
}

// What an excerpt's cut follows: a letter, a digit or a comma ("timeta...", "the 12...", "crews,…").
const excerptEnd = /[\p{L}\p{N},]/u

// Most words of a card's image text or meta line.
const CARD_LINE_WORDS = 8
// A line that ends with a date: "Ana Ruiz Tuesday November 19, 2030", "By Ana Ruiz | 19.11.2030".
// (A search reads 12 characters or 4 digits at most before a run of white space:
// each run is read from a few starts only, linear however long the line.)
// The month is any run of 3 to 12 characters but white space, digits, dots
// and commas: `\p{L}` here, under the `u` flag, makes the ReDoS checkers
// (test/redos) spend two minutes on this one pattern.
const datedEnd = /(?:[^\s\d.,]{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[^\s\d.,]{3,12}\.?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})$/

/**
 * Where the summary of a pair that opens at block `k` is: a headline in
 * title case, then its summary, maybe with the card's byline and date
 * between them ("Ana Ruiz Tuesday November 19, 2030"); 0 when no pair opens there.
 */
function pairAt(infos: Info[], k: number): number {
  const head = infos[k]
  if (!head || !isTitleCase(head)) return 0
  const at = isCardMeta(infos[k + 1]) ? k + 2 : k + 1
  const summary = infos[at]
  return summary && isSummary(summary) ? at : 0
}

/** A short line of a card before its headline (an image's text), no sentence. */
function isCardLine(info: Info | undefined): boolean {
  return info !== undefined && (info.class === 'short' || info.class === 'text') && info.features.words <= CARD_LINE_WORDS && !info.features.terminal
}

/** A card's byline or date between its headline and its summary: a short line that ends with a date. */
function isCardMeta(info: Info | undefined): boolean {
  return info !== undefined && (info.class === 'short' || info.byline) && info.features.words <= CARD_LINE_WORDS && datedEnd.test(info.block.value)
}

/**
 * Whether a paragraph comes right before block `i`, boilerplate lines aside
 * (but not a cue): the pairs after it are the article's sections ("Why the
 * crossing was at risk"), not teasers.
 */
function afterProse(infos: Info[], i: number): boolean {
  let before = i - 1
  while (before >= 0 && infos[before].class === 'bad' && infos[before].reason && !infos[before].cue) before--
  // (A headline glued to its summary is a teaser of its own, no paragraph.)
  return before >= 0 && (infos[before].class === 'good' || infos[before].class === 'near' || infos[before].class === 'text') && !gluedTeaser(infos[before])
}

/** A headline in title case: three to twenty words, most with a capital, no sentence end but `?`. */
function isTitleCase(info: Info): boolean {
  const f = info.features
  if (info.class === 'good' || info.class === 'bad' || f.words < 3 || f.words > 20 || f.capitals < 0.75) return false
  const last = info.block.value.charCodeAt(info.block.value.length - 1)
  return last !== 46 /* . */ && last !== 58 /* : */ && last !== 33 /* ! */
}

// A word of a title-case headline glued to the first word of its summary:
// "WeekThe", "2,000The", "Rise?Violence", "(Tonight)Fog", "TimetableA new".
// (Found by `gluedAt`, a character loop: a pattern with a look-behind scans slowly.)

/** Whether a character ends the headline's last word: a lower-case letter, a digit, `?`, `!`, `)`, a quote. */
function endsGluedWord(code: number): boolean {
  if (isLower(code)) return true
  if (code < 128) return (code >= 48 && code <= 57) || code === 63 || code === 33 || code === 41 || code === 39 || code === 34
  return code === 0x2019 || code === 0x201d || isNumberCode(code)
}

/** Whether a character may follow the summary's first capital: a lower-case letter, a space, an apostrophe. */
function followsGluedCapital(code: number): boolean {
  return isLower(code) || code === 32 || code === 39 || code === 0x2019
}

/** Index of the first capital glued to the word before it in the first 200 characters ("WeekThe"), or -1. */
function gluedAt(value: string): number {
  const end = Math.min(value.length - 1, 201)
  for (let i = 1; i < end; i++) {
    const code = value.charCodeAt(i)
    if (!isUpperCode(code)) continue
    if (endsGluedWord(value.charCodeAt(i - 1)) && followsGluedCapital(value.charCodeAt(i + 1))) return i
  }
  return -1
}
const letterStart = /^\P{L}*\p{L}/u
const upperStart = /^\P{L}*\p{Lu}/u

/**
 * A headline and its summary glued into one block (a rendering that puts no
 * line between inline elements): the text before a lower→upper case
 * boundary inside a word is a title-case headline of three to twenty words,
 * the text after it a short summary of three words or more.
 */
function gluedTeaser(info: Info): boolean {
  // (Asked again for the same block by the chains that start before it.)
  if (info.glued === undefined) info.glued = isGlued(info)
  return info.glued
}

function isGlued(info: Info): boolean {
  const value = info.block.value
  if ((info.class !== 'good' && info.class !== 'near' && info.class !== 'text') || info.repeated || info.features.length > TEASER_MAX + 200) return false
  // (The first boundary only, in the first 200 characters: a headline is short.)
  const at = gluedAt(value)
  if (at < 0) return false
  const head = value.slice(0, at).split(' ')
  const summary = value.slice(at)
  if (head.length < 3 || head.length > 20 || summary.length > TEASER_MAX || summary.split(' ').length < 3) return false
  // "McDonald", "O'Brien", "iPhone": a name, not two words glued.
  if (head[head.length - 1].length < 3) return false
  // Title case: every word of four letters or more has a capital
  // ("…Ivo Marek, harbour-master Lindqvist" is a sentence).
  let words = 0
  for (const word of head) {
    if (!letterStart.test(word)) continue
    words++
    if (word.length >= 4 && !upperStart.test(word)) return false
  }
  return words >= 3
}

/** A teaser summary: text of three sentences at most, not repeated. */
function isSummary(info: Info): boolean {
  const f = info.features
  if ((info.class !== 'good' && info.class !== 'near' && info.class !== 'text') || info.repeated || f.length > TEASER_MAX) return false
  return f.sentences <= 3 && f.capitals < 0.75
}

/** Most words of the name after an author cue. */
const NAME_WORDS = 4

/**
 * Mark the heading of an author box as the end of the article (`comment:
 * 'strong'`): a short line of an author cue and a name of two to
 * `NAME_WORDS` words (`About Ana Ruiz`, `Über Anna Schmidt`) that a short
 * line elsewhere on the page names too (`By Ana Ruiz`), with the name again
 * in the first 200 characters of the next block (`Ana Ruiz writes about the
 * harbour…`).
 */
function markAuthorBoxes(infos: Info[], cues: readonly string[]) {
  if (cues.length === 0) return
  for (let i = 0; i + 1 < infos.length; i++) {
    const info = infos[i]
    if (info.features.length >= 60 || info.features.terminal || info.comment) continue
    const key = info.key
    for (const cue of cues) {
      if (!key.startsWith(cue)) continue
      const name = key.slice(cue.length).trim()
      const words = name.split(' ').length
      if (words < 2 || words > NAME_WORDS) continue
      // (The name as written; the key is the line folded and in lower case, character for character.)
      const at = key.indexOf(name, cue.length - 1)
      const written = foldSpace(info.block.value).slice(at, at + name.length)
      if (!upperStart.test(written) || !infos[i + 1].block.value.slice(0, 200).includes(written)) continue
      if (!namedElsewhere(infos, name, i)) continue
      info.comment = 'strong'
      break
    }
  }
}

/** Whether a short block other than `i` and the one after it holds a name (lower case): `By Ana Ruiz`. */
function namedElsewhere(infos: Info[], name: string, i: number): boolean {
  for (let k = 0; k < infos.length; k++) {
    if (k === i || k === i + 1 || infos[k].features.length >= 120) continue
    if (infos[k].key.includes(name)) return true
  }
  return false
}

/** How far apart (in blocks) two copies of a text may be to be twins. */
const TWIN_GAP = 2

/**
 * Mark twins: a block whose text comes again one or two blocks later, and
 * nowhere else (a carousel writes each image’s caption twice, as alt text
 * and as caption).
 * An article does not repeat its paragraph right away.
 */
function markTwins(infos: Info[], seen: Map<string, number>) {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    // (Exactly two copies: a paragraph that fills the page again and again is not a caption.)
    if (seen.get(info.key) !== 2 || info.features.length < 60) continue
    for (let k = i + 1; k <= i + TWIN_GAP && k < infos.length; k++) {
      if (infos[k].key === info.key) info.twin = infos[k].twin = true
    }
  }
}

/** Longest credit line (characters). */
const CREDIT_MAX = 60
/** Longest caption above a credit line (script-aware length). */
const CREDITED_MAX = 300
/** Longest caption above a credit line that ends like a sentence. */
const CREDITED_SENTENCE = 100

/**
 * Mark captions that a credit line follows (`The north pier at dawn` ⏎
 * `Photo: Ana Ruiz`): the block right before a credit line (of `CREDIT_MAX`
 * characters at most), when it is shorter than `CREDITED_MAX` (than
 * `CREDITED_SENTENCE` when it ends like a sentence), not boilerplate by
 * itself and no credit itself; both are the image's (the credit line is a caption already), and a
 * gallery's counter right before the caption (`3`) too.
 */
function markCredited(infos: Info[]) {
  for (let i = 1; i < infos.length; i++) {
    const info = infos[i]
    // (A credit names a person or an agency: "Image: Ana Ruiz, left, opens the new quay at dawn" is a caption.)
    // (Also in parentheses: "(Image credit: Harbour Board)".)
    const value = info.block.value.charCodeAt(0) === 40 && info.block.value.endsWith(')') ? info.block.value.slice(1, -1) : info.block.value
    if (info.block.value.length > CREDIT_MAX || !creditStarts.has(value.charAt(0).toLowerCase()) || !creditLine.test(value)) continue
    info.caption = true
    const before = infos[i - 1]
    // (A paragraph ends like a sentence and is longer: "The ferry crews asked the council… harbour." ⏎ "Photo: Ana Ruiz" credits an image without a caption.)
    // (Unless a line of the image comes before it too: "Image 3 of 5" ⏎ "The quay at dawn, seen from…" ⏎ "(Image credit: Ana Ruiz)".)
    const framed = i >= 2 && infos[i - 2].caption && infos[i - 2].features.length < CREDIT_MAX
    const longest = before.features.terminal && !framed ? CREDITED_SENTENCE : CREDITED_MAX
    // (A caption says what the image shows in a few words: "Shares" ⏎ "(Image: © Ana Ruiz)" is a label.)
    if (before.caption || before.byline || before.features.length >= longest || before.features.words < CAPTION_WORDS || before.features.noLetters || before.features.linkLike) continue
    before.caption = before.credited = info.credited = true
    const counter = infos[i - 2]
    if (counter && counter.features.length <= 3 && counter.features.noLetters && counterPattern.test(counter.block.value)) counter.credited = true
  }
  // "Crews at the north pier" ⏎ "3" ⏎ "Crews at the north pierCredit: Ana Ruiz": an image's
  // caption written twice, as its alt text and with its credit glued to it.
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    const value = info.block.value
    if (value.length < CAPTION_MIN || info.features.length >= CREDITED_MAX) continue
    for (let k = i + 1; k <= i + TWIN_GAP && k < infos.length; k++) {
      const other = infos[k].block.value
      if (other.length <= value.length || other.length - value.length > CREDIT_MAX || !other.startsWith(value)) continue
      const rest = other.slice(value.length).trim()
      if (!creditLine.test(rest) && !(rest.charCodeAt(0) === 40 /* ( */ && photoCredit.test(rest))) continue
      info.caption = info.credited = infos[k].caption = infos[k].credited = true
      // (The gallery's counter between them: "3".)
      for (let j = i + 1; j < k; j++) if (infos[j].features.length <= 3 && counterPattern.test(infos[j].block.value)) infos[j].credited = true
      break
    }
  }
}
/** Most blocks between the article and its closing note. */
const NOTE_REACH = 12
/** Longest closing note (characters). */
const NOTE_MAX = 400

/**
 * The index of the article's closing note (`Editor's note: This story was
 * updated…`, `Correction: …`, `Originally published on …`): within
 * `NOTE_REACH` blocks after its last block, a sentence that starts with a
 * note cue, with no prose between (a list of headlines, buttons); -1 when
 * there is none.
 *
 * @param infos The blocks.
 * @param end The article's last block.
 * @param notes Note cues, lower case.
 */
function closingNote(infos: Info[], end: number, notes: readonly string[]): number {
  for (let i = end + 1; i < infos.length && i <= end + NOTE_REACH; i++) {
    const info = infos[i]
    if (info.features.length <= NOTE_MAX && info.features.terminal) {
      const key = info.key
      for (const cue of notes) if (key.startsWith(cue)) return i
    }
    // (A comment section or the next article's text ends the search.)
    if (info.comment || info.class === 'good') return -1
  }
  return -1
}

/** Fewest copies of a gallery's caption (two copies close together are twins already). */
const GALLERY_COPIES = 3

/**
 * Mark a gallery's captions: a text of 60 characters or more written
 * `GALLERY_COPIES` times or more, each copy next to another copy or to a line
 * of an image (a credit, a counter, a caption). A slideshow writes each
 * slide's caption again and again (its thumbnail, its slide, its lightbox);
 * a page that shows its article twice writes each paragraph twice, between
 * other paragraphs.
 * A copy with its credit glued to it, next to one of them, is the caption too
 * (`…at dawn. Photo: Ana Ruiz / © 2027 Harbour Press`).
 */
function markGalleryCaptions(infos: Info[], seen: Map<string, number>) {
  let copies: Map<string, number[]> | undefined
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    if (info.features.length < 60 || (seen.get(info.key) || 0) < GALLERY_COPIES) continue
    copies ??= new Map()
    const list = copies.get(info.key)
    if (list) list.push(i)
    else copies.set(info.key, [i])
  }
  if (!copies) return
  for (const [key, list] of copies) {
    const framed = (k: number) => k >= 0 && k < infos.length && (infos[k].key === key || isSlideLine(infos[k]))
    if (!list.every((i) => framed(i - 1) || framed(i + 1))) continue
    const value = infos[list[0]].block.value
    for (const i of list) {
      infos[i].twin = true
      // "…in Northport. Photo: Ana Ruiz / © 2027 Harbour Press" right before or after a copy.
      for (let k = Math.max(0, i - TWIN_GAP); k <= i + TWIN_GAP && k < infos.length; k++) {
        const other = infos[k]
        if (other.key === key || other.caption || !other.block.value.startsWith(value)) continue
        if (creditLine.test(other.block.value.slice(value.length).trimStart())) other.caption = other.credited = true
      }
    }
  }
}

/** Whether a block is a line of an image by itself: a caption, a credit, a counter (`3`), a placeholder (`[image]`). */
function isSlideLine(info: Info): boolean {
  if (info.caption || info.credited || info.twin) return true
  const value = info.block.value
  return (info.features.length <= 3 && counterPattern.test(value)) || placeholder.test(value)
}

// A caption's label alone on its line, the caption on the next ("Image caption" ⏎ "Crews load the last cars…").
const captionLabel = /^(?:(?:[Ii]mage|[Mm]edia|[Pp]hoto|[Vv]ideo)\s?[Cc]aption|[Cc]aption)$/u

/**
 * Mark the caption under a caption's label alone on its line (`Image caption`
 * ⏎ `Crews load the last cars of the evening`, as a page writes it for
 * screen readers and a scraper writes each text node): a block shorter than
 * `CREDITED_MAX` of `CAPTION_WORDS` words or more.
 */
function markLabelled(infos: Info[]) {
  for (let i = 0; i + 1 < infos.length; i++) {
    if (infos[i].features.length > 13 || !captionLabel.test(infos[i].block.value)) continue
    const next = infos[i + 1]
    // (Not a button: "Caption" ⏎ "Close" in a gallery's frame.)
    if (next.features.length < CREDITED_MAX && next.features.words >= CAPTION_WORDS && !captionLabel.test(next.block.value)) next.caption = next.credited = true
  }
}

// Where a byline's names end and its date starts: "By Lena Voss on Monday, …", "By Lena Voss, March 1, 2027", "By Lena Voss | 3:15 PM".
const bylineDateSeparator = / on |[,|·–—-]/g

/**
 * Whether a block is a byline with its date (`By Lena Voss, Tom Reed on
 * Monday, March 1st, 2027 at 11:08 a.m.`): a byline whose rest after its
 * names is a date (`isDateLike`). ("By Tuesday, the crews had left." is no
 * byline: what follows the comma is no date.)
 */
function isDatedByline(info: Info): boolean {
  if (!info.byline) return false
  const value = info.block.value
  bylineDateSeparator.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = bylineDateSeparator.exec(value))) {
    if (isDateLike(value.slice(match.index + match[0].length).trim())) return true
  }
  return false
}

/** Fewest headlines in a list of teasers that `afterLeadingTeasers` moves out of the article. */
const LEADING_TEASERS = 3

/**
 * Where the article starts once a list of teasers it starts with is left out:
 * three short lines or more that end no sentence, each with blocks removed by
 * themselves between them (`Pilots train for the winter` ⏎ `[image]` ⏎ an
 * image's caption ⏎ `Quay repairs start in spring`…), right before the first
 * paragraph. (An article opens with its headline, a standfirst and a
 * paragraph, not with a run of headlines each under its own image.)
 */
function afterLeadingTeasers(infos: Info[], start: number, end: number): number {
  let shorts = 0
  let separated = 0
  let i = start
  for (; i <= end; i++) {
    const info = infos[i]
    if (info.reason || info.caption || info.byline) continue
    if (info.class === 'good' || info.features.terminal || info.features.length > 120) break
    shorts++
    const previous = infos[i - 1]
    if (i > start && (previous.reason || previous.caption || previous.byline || previous.repeated)) separated++
  }
  if (shorts < LEADING_TEASERS || separated < shorts - 1 || i > end || infos[i].class !== 'good') return start
  return i
}

/** Fewest words of a caption above a credit line. */
const CAPTION_WORDS = 3
/** Shortest caption that `markCredited` finds again with its credit glued to it (characters). */
const CAPTION_MIN = 20
// First letters of a credit line (a cheap gate before `creditLine`).
const creditStarts = new Set([...'pifbcф'])
// A gallery's counter: "3", "12".
const counterPattern = /^\d{1,3}$/u

// A rule typed as text: "___" (not a line of "-" or "=", which text browsers draw).
const ruleLine = /^_{3,}$/

// A copyright notice: "© 2027 Harbour Press.", "Copyright 2027 Harbour News. All rights reserved.", "(c) 2027 …".
const copyrightStart = /^(?:©|\(c\)\s|copyright\b)/i
// A year in it.
const copyrightYear = /\b(?:19|20)\d\d\b/
// A sentence after the owner's name: "… Harbour Press. All rights reserved."
const noticeStatement = /[.!]\s+\p{L}/u
// Its longest form (a notice, not a paragraph that starts with the sign).
const maximumNoticeLength = 300

/**
 * Whether a block is a copyright notice with its year and a statement after
 * the owner's name: "© 2027 Harbour Press. All rights reserved." (not a photo
 * credit, "© Ana Ruiz", nor a site's bare line, "© 2027 The Island Courier").
 *
 * @param value A block's text.
 */
function isCopyrightNotice(value: string): boolean {
  return value.length <= maximumNoticeLength && copyrightStart.test(value) && copyrightYear.test(value) && noticeStatement.test(value)
}

/** Most lines of a last section that a rule closes. */
const SECTION_LINES = 6

/**
 * The new end of the article when a short last section follows it and a
 * rule typed as text closes it (`UP NEXT` ⏎ `Northport: Hosts Southbay on
 * Friday.` ⏎ `Southbay: Visits Northport on Friday.` ⏎ `___`): a heading
 * (a short line without a sentence end, maybe a cue) and up to
 * `SECTION_LINES` lines that end like sentences, none boilerplate by itself,
 * a comment, a card or a teaser. Returns the index before the rule (the rule
 * itself is taken as after a paragraph), or `end`.
 */
function closedSection(infos: Info[], end: number): number {
  const heading = infos[end + 1]
  if (!heading || heading.features.length >= 80 || heading.features.terminal || heading.comment || (heading.reason && !heading.cue)) return end
  let k = end + 2
  for (; k < infos.length && k - end - 1 <= SECTION_LINES; k++) {
    const info = infos[k]
    if (ruleLine.test(info.block.value)) {
      if (k === end + 2) return end
      // (The heading is the section's, even when it reads like a cue elsewhere.)
      heading.cue = false
      heading.reason = undefined
      heading.class = 'short'
      return k - 1
    }
    if (info.class === 'bad' || info.reason || info.comment || info.cue || info.card || info.listed || info.teaser || !sentenceEnd.test(info.block.value)) return end
  }
  return end
}

/**
 * Keep the article's headings that the page repeats outside it: a short
 * block without a sentence end, removed as a repeated line, that occurs
 * once inside the article (the other copies outside it: a table of
 * contents) and stands between two paragraphs (`2. Take stock` ⏎ `Before you…`).
 * A lead-in that the author writes more than once (`Here’s the catch:`,
 * `And then …`) is the article's too where every copy in the page stands
 * inside it, each between two paragraphs.
 */
function keepOwnHeadings(infos: Info[], start: number, end: number) {
  let inside: Map<string, number> | undefined
  let page: Map<string, number> | undefined
  // (Whether a repeated lead-in is the article's, decided once for all its copies.)
  const leadIns = new Map<string, boolean>()
  for (let i = start; i < end; i++) {
    const info = infos[i]
    if (info.reason !== 'repeated-line' || info.features.length >= 80) continue
    // "The new version brings:" between two lines of text introduces the ones after it.
    const colon = colonEnd.test(info.block.value)
    // "Here’s the catch …": a sentence left open for the paragraph after it.
    const leadIn = colon || ellipsisEnd.test(info.block.value)
    if (info.features.terminal && !leadIn) continue
    // (Between two paragraphs: "Subscribe now" ⏎ "Most recent newsletter" ⏎ … is a box.)
    const next = infos[i + 1]
    const previous = infos[i - 1]
    if (!isOwnText(next, colon) || !previous || !isOwnText(previous, colon)) continue
    if (!inside) {
      inside = new Map()
      for (let k = start; k <= end; k++) inside.set(infos[k].key, (inside.get(infos[k].key) || 0) + 1)
    }
    const copies = inside.get(info.key)
    if (copies !== 1) {
      if (!leadIn) continue
      if (!page) {
        page = new Map()
        for (const other of infos) page.set(other.key, (page.get(other.key) || 0) + 1)
      }
      let own = leadIns.get(info.key)
      if (own === undefined) {
        own = copies === page.get(info.key) && everyCopyBetweenText(infos, start, end, info.key)
        leadIns.set(info.key, own)
      }
      if (!own) continue
    }
    info.class = 'short'
    info.reason = undefined
  }
}

/** Whether every block keyed `key` between `start` and `end` stands between two blocks of article text. */
function everyCopyBetweenText(infos: Info[], start: number, end: number, key: string): boolean {
  for (let k = start; k <= end; k++) {
    if (infos[k].key !== key) continue
    if (k === start || k === end || !isOwnText(infos[k - 1], false) || !isOwnText(infos[k + 1], false)) return false
  }
  return true
}

// A line that introduces what follows: "The new version brings:".
const colonEnd = /[:：]$/u
// A line left open by an ellipsis: "Here’s the catch …".
const ellipsisEnd = /(?:…|\.\.\.)$/u

/** Whether a block next to a heading is article text: a paragraph, or (`short`, by a heading that ends in a colon) a line of text. */
function isOwnText(info: Info, short: boolean): boolean {
  if (info.reason) return false
  return info.class === 'good' || info.class === 'near' || (short && info.class === 'text')
}

/** Most lines of images between a line that ends in a colon and the list it introduces. */
const INTRO_GAP = 30

/**
 * Whether the lines from block `i` on are a list that a line of the article
 * introduces: the block before them (the lines of images aside: captions,
 * credits, repeated alt text) is article text that ends in a colon (`The
 * five new partners are:`), not a cue.
 */
function introducedAt(infos: Info[], i: number, start: number): boolean {
  let k = i - 1
  while (k >= start && i - k <= INTRO_GAP && isImageFurniture(infos[k])) k--
  if (k < start) return false
  const info = infos[k]
  return !info.reason && !info.cue && (info.class === 'good' || info.class === 'near' || info.class === 'text') && colonEnd.test(info.block.value)
}

/** Whether a block belongs to an image: a caption, a credit, a counter, its alt text repeated, a placeholder, a zero-width space. */
function isImageFurniture(info: Info): boolean {
  if (info.caption || info.credited || info.twin || info.reason === 'repeated-line') return true
  return placeholder.test(info.block.value) || (info.features.length <= 2 && invisible.test(info.block.value))
}

/** Score of a line of a long run of data lines. */
const TABLE = 0.5
/** Fewest data lines in a row that make a table. */
const TABLE_MIN = 8

/**
 * Mark tables: runs of `TABLE_MIN` or more short blocks in a row that read
 * as data (`June 9 – Harbour Hall`, `Northport d. Southbay 3-1`): a
 * timetable or a results table is content by itself, even without prose.
 */
function markTables(infos: Info[]) {
  let from = 0
  for (let i = 0; i <= infos.length; i++) {
    const info = infos[i]
    if (info && (info.class === 'short' || info.class === 'text') && !info.reason && !info.repeated && !info.cue && isData(info)) continue
    if (i - from >= TABLE_MIN) for (let k = from; k < i; k++) infos[k].table = true
    from = i + 1
  }
}

/** Length from which a block may be a copy of the page’s paragraphs. */
const COPY_MIN = 1000
/** Fewest paragraphs in a row, and their least length, that make a copy of a run of the page's paragraphs. */
const REPEAT_RUN = 3
const REPEAT_PARAGRAPH = 60
// Where a sentence ends and the next starts: "discipline. If".
const sentenceStart = /[.!?。！？]["”’»)]?\s+/gu

// "(BUTTON)", "(BUTTON) (BUTTON)": lynx's buttons alone on a line.
const buttonsOnly = /^(?:\(BUTTON\)\s*)+$/

/**
 * Mark teaser cards: article-like text right next to a short line that the
 * page repeats at least three times (a date, a thumbnail, `Read more`; not a
 * button, `(BUTTON)`): a list of teasers, not an article, whose paragraphs
 * sit next to each other.
 */
function markCards(infos: Info[], seen: Map<string, number>) {
  const alone = (other: Info | undefined) => !other || (other.class !== 'good' && other.class !== 'near')
  const separator = (info: Info | undefined) =>
    info !== undefined &&
    info.features.length < 60 &&
    info.reason !== 'boilerplate-phrase' &&
    !info.cue &&
    (seen.get(info.key) || 0) >= CARD_MIN &&
    !invisible.test(info.block.value) &&
    // (A button a text browser shows, "(BUTTON)", is no teaser's part, as an image's "[IMG]" is.)
    !buttonsOnly.test(info.block.value)
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    // (A paragraph the page repeats belongs to a repeated article, not a card.)
    if ((info.class !== 'good' && info.class !== 'near') || info.repeated) continue
    let previous = i - 1
    while (previous >= 0 && infos[previous].features.length <= 2 && invisible.test(infos[previous].block.value)) previous--
    let next = i + 1
    while (next < infos.length && infos[next].features.length <= 2 && invisible.test(infos[next].block.value)) next++
    // Paragraphs of one article sit next to each other; a teaser stands alone.
    // (Not a paragraph of more sentences than a teaser's summary: a short article of one paragraph next to a comment counter "0".)
    // (A photo's long caption, "… (Photo: Ana Ruiz)", does not end like a sentence.)
    const article = info.features.length > CARD_MAX && info.features.sentences >= CARD_MAX_SENTENCES && sentenceEnd.test(info.block.value)
    if ((separator(infos[previous]) || separator(infos[next])) && alone(infos[previous]) && alone(infos[next]) && !article) info.card = true
    // "…for which ...", "…the number of players […]": a summary cut short under its headline.
    else if (truncated.test(info.block.value.slice(-6)) && alone(infos[previous])) info.card = info.listed = true
  }
  // "You may also like" and the cards after it: teasers, up to the next paragraph that is no card.
  // (Each card follows the cue or the card before it closely.)
  let last = -Infinity
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    if (info.cue) last = i
    // ("• Ferry crews voted on Monday to strike next week." after "Trending now": a paragraph in a list item after a cue is a teaser.)
    else if ((info.card || (info.block.data.kind === 'list-item' && (info.class === 'good' || info.class === 'near'))) && i - last <= LIST_GAP) {
      info.listed = true
      last = i
    } else if (info.class === 'good' || info.class === 'near') last = -Infinity
  }
}

// A digit (`\p{N}`, found with `holdsCode`): scores, dates, prices ("Northport d. Southbay 70-44").
// Ends like a clause: "Southbay (0-1):", "points.".
const clauseEnd = /[.!?:;。！？]["”’»)]?$/u

/**
 * Whether a short block reads like a label (`World News`, `Sign up`) rather
 * than data or text: no digits, no sentence or clause end, a few words.
 */
function isLabel(info: Info): boolean {
  const value = info.block.value
  return info.features.words <= 6 && !holdsCode(value, isNumberCode) && !clauseEnd.test(value)
}

/**
 * Whether a short block reads as data or a clause: two numbers or more
 * (`Southbay 14 11 6 15 — 44`), or a clause end (`Eastcliff (1-0):`,
 * `Mara Olsen 6 steals.`).
 */
function isData(info: Info): boolean {
  const value = info.block.value
  // A date or a time is a byline's: "Nov 19, 2019 at 9:08", "05/10/2018", "Publié le 3 mai — 18 h 40".
  // (Unless it introduces a list: "Tour dates 2027:".)
  if (metaStart.test(value) || (dateLike.test(value) && !value.endsWith(':'))) return false
  // ("Contact:" is a label.)
  if (clauseStop.test(value)) return info.features.words >= 3 || holdsCode(value, isNumberCode)
  // (No number without a digit: ASCII text without one skips the pattern.)
  if (!mayHoldNumber(value)) return false
  const n = countNumbers(value, 2)
  if (n >= 2) return true
  // "June 9 – Harbour Hall, Northport": a number and a spaced dash.
  return n === 1 && spacedDash.test(value)
}
const spacedDash = /\s(?:--|[-–—])\s/u

/** Whether `countNumbers` may find one: a digit `0-9`, or any character outside ASCII (`\p{N}` holds "٣", "½", "Ⅻ"). */
function mayHoldNumber(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if ((code >= 48 && code <= 57) || code >= 0x80) return true
  }
  return false
}
const clauseStop = /[.:;。]["”’»)]?$/u

/**
 * How many standalone numbers a text holds, counting up to `max`: runs of
 * numbers with no letter or number on either side ("70-44", "(1-0)", not
 * "TYPO3"), as `/(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/gu` finds them, read
 * with code point tables (the pattern calls out to a range search for each
 * character of a text beyond Latin-1).
 *
 * @param value The text.
 * @param max Stop counting here.
 */
export function countNumbers(value: string, max: number): number {
  let n = 0
  // Inside a run of numbers; whether that run has a letter or a number before it.
  let run = false
  let free = false
  // Whether the code point before is a letter or a number.
  let wordBefore = false
  for (let i = 0; i < value.length; i++) {
    const code = value.codePointAt(i)!
    // (An add on every character: a branch never taken leaves V8 no type feedback.)
    i += code > 0xffff ? 1 : 0
    const number = isNumberCode(code)
    const word = number || isLetterCode(code)
    if (number) {
      if (!run) {
        run = true
        free = !wordBefore
      }
    } else if (run) {
      run = false
      if (free && !word && ++n >= max) return n
    }
    wordBefore = word
  }
  return run && free ? n + 1 : n
}
const dateLike = /\b(?:1[89]|20)\d\d\b|\d:\d\d|\d[./]\d{1,2}[./]\d|\d\s?h\s?\d\d/u
const metaStart =
  /^(?:updated|published|posted|by|por|von|di|par|actualizado|publicado|atualizado|aggiornato|pubblicato|aktualisiert|veröffentlicht|mis à jour|publié|обновлено|опубликовано)(?=[\s:]|$)/iu

/**
 * Grow the article from `edge` over the short lines next to it that are not
 * boilerplate by themselves and read as data or text (results, a timetable,
 * a list of short sentences), up to something that is boilerplate or two
 * labels in a row (a menu). Returns the new edge.
 */
function extend(infos: Info[], edge: number, direction: 1 | -1): number {
  let last = edge
  let labels = 0
  for (let i = edge + direction; i >= 0 && i < infos.length; i += direction) {
    const info = infos[i]
    if (info.class === 'bad' || info.reason || info.comment || info.cue || info.caption || info.byline || info.card || info.teaser) break
    if (datePattern.test(info.block.value)) break
    if (isData(info)) {
      labels = 0
      last = i
    } else if (info.class === 'short' && isLabel(info)) {
      if (++labels > 1) break
    } else break
  }
  return last
}

/**
 * Grow the article from `edge` over lines of data (`extend`) and, when a
 * paragraph of article text comes right after them, over that paragraph and
 * on: a report with its results between two paragraphs is one article.
 * Returns the new edge.
 */
function bridge(infos: Info[], edge: number, direction: 1 | -1): number {
  for (;;) {
    const next = extend(infos, edge, direction)
    if (next === edge) return edge
    const after = infos[next + direction]
    if (!after || (after.class !== 'good' && after.class !== 'near') || after.card || after.listed || after.repeated) return next
    edge = next + direction
    for (;;) {
      const gap = reach(infos, edge, direction)
      if (gap === 0) break
      edge += gap * direction
    }
  }
}

/** Fewest items that make a list introduced by a colon line. */
const ITEMS_MIN = 2
/** Fewest words of such an item (menus have labels of one to three words). */
const ITEM_WORDS = 4

/**
 * The new edge of the article when the line right after it ends in a colon
 * and introduces a list (`The new version brings:` / `Ferries that leave on
 * time` / `A timetable for every harbour of the coast`): `ITEMS_MIN` or more
 * items in a row, each of `ITEM_WORDS` words or more and none boilerplate by
 * itself, a cue, a comment, a card, a caption or repeated, and (when the
 * language has a stop-word list) with a stop-word. The introducing
 * line may be repeated (the page’s menu may name the product it presents),
 * but not start with a related or tag cue (`Related coverage:`).
 * Returns the new edge.
 */
function introducedList(infos: Info[], edge: number, phrases: Phrases, noStopwords: boolean): number {
  // The introducing line may already be the article's last block.
  let from = edge + 1
  if (infos[edge].block.value.endsWith(':')) {
    // "Related coverage from our money desk:": headlines follow.
    if (startsWithCue(infos[edge].key, phrases.related)) return edge
  } else {
    const intro = infos[edge + 1]
    if (!intro || intro.cue || intro.comment || intro.features.length >= 120) return edge
    if (intro.reason && intro.reason !== 'repeated-line') return edge
    if (!intro.block.value.endsWith(':') || startsWithCue(intro.key, phrases.related)) return edge
    from = edge + 2
  }
  let k = from
  for (; k < infos.length; k++) {
    const item = infos[k]
    if (item.class === 'bad' || item.reason || item.cue || item.comment || item.card || item.listed || item.caption || item.byline || item.repeated) break
    if (item.features.words < ITEM_WORDS) break
    // (Words without a stop-word are names, not a phrase: "ferry_01 ferry_02 quay_03 quay_04".)
    if (!noStopwords && item.features.stopDensity === 0) break
  }
  if (k - from < ITEMS_MIN) return edge
  for (let i = from; i < k; i++) infos[i].item = true
  return k - 1
}

/** Whether a line key starts with a cue as a whole word (`related coverage from …`). */
function startsWithCue(key: string, cues: ReadonlySet<string>): boolean {
  for (const cue of cues) {
    if (key.startsWith(cue) && (key.length === cue.length || !isWordCode(key.charCodeAt(cue.length)))) return true
  }
  return false
}

/** Most blocks that `textToEdge` adds to the article. */
const EDGE_MAX = 12

/**
 * The new edge of the article when only text lies between it and the start
 * or end of the input (`The ferry of the harbour` / `And the crews of the
 * town`): lines and paragraphs none of which is boilerplate by itself, a
 * label, a cue, a comment or a card. A page has its menus and footer there.
 * At the start, the input must open with a paragraph.
 */
function textToEdge(infos: Info[], edge: number, direction: 1 | -1): number {
  const notes = endsWithData(infos[edge])
  let k = edge + direction
  for (; k >= 0 && k < infos.length; k += direction) {
    const info = infos[k]
    if ((k - edge) * direction > EDGE_MAX) return edge
    if (!isEdgeText(info, notes)) return edge
  }
  // Before the article, only when the input starts with a paragraph: a page
  // may open with headlines of other articles, or the headline and its dateline.
  if (direction === -1 && edge > 0 && infos[0].class !== 'good' && infos[0].class !== 'near') return edge
  return k - direction
}

/** Whether the article's edge block is a line of data (a row of a table): notes may follow it. */
function endsWithData(info: Info): boolean {
  return info.table === true || ((info.class === 'short' || info.class === 'text') && isData(info))
}

/** Most notes under a table that ends the article. */
const NOTES_MAX = 3

/**
 * The new end of the article when it ends with two lines of data (a table)
 * and notes follow it (`* Dates may still change by the organiser`, `Prices
 * as of May 2027, taxes included`): up to `NOTES_MAX` blocks that
 * `isEdgeText` takes as notes and that are short or text (not paragraphs:
 * `reach` has taken those that belong).
 * Returns the new edge.
 */
function notesAfter(infos: Info[], end: number): number {
  // (Two lines of data at least: one line with numbers is no table.)
  if (end < 1 || !endsWithData(infos[end]) || !endsWithData(infos[end - 1])) return end
  let k = end + 1
  while (k < infos.length && k - end <= NOTES_MAX && (infos[k].class === 'short' || infos[k].class === 'text') && isEdgeText(infos[k], true)) k++
  return k - 1
}

/** Fewest words of a short line that reads as a note rather than a label (`* Dates may still change by the organiser`). */
const NOTE_WORDS = 6

/**
 * Whether a block may stand between the article and an edge of it (the
 * start or end of the input, a tag line): text, a line of data or, with
 * `notes` (the article ends with a line of data: a table and its notes), a
 * note of `NOTE_WORDS` words or more, mostly in lower case (not a byline, a
 * caption or a date), none of
 * it boilerplate by itself, a label, a cue, a comment, a card or repeated.
 */
function isEdgeText(info: Info, notes: boolean): boolean {
  if (info.class === 'bad' || info.reason || info.cue || info.comment || info.card || info.teaser || info.repeated) return false
  if (info.class !== 'short' || isData(info)) return true
  if (!notes) return false
  // (Lower case mostly: "Contact Us | Terms of Use | Privacy Policy" is a row of labels.)
  return info.features.words >= NOTE_WORDS && info.features.capitals < 0.5 && !info.byline && !info.caption && !datePattern.test(info.block.value)
}

/** Score at or below which a block is a template line (a label, boilerplate, a cue). */
const TEMPLATE = -0.3
/** Extra weight of each further template line in a row. */
const RUN_STEP = 0.2

/**
 * The maximum-sum segment of block scores (Kadane): `[start, end]`, or
 * `[0, -1]` when no block scores above zero. With `growing`, the `k`-th
 * template line in a row (from 0) weighs `RUN_STEP * k` more: the article
 * goes on over a share row or an inline promo, not over a newsletter box,
 * its social links and a footer to the disclaimers under them.
 */
function densestRun(infos: Info[], score: (info: Info) => number, growing: boolean): [number, number] {
  const cut = commentStart(infos)
  let best = 0
  let bestStart = 0
  let bestEnd = -1
  let sum = 0
  let from = 0
  let run = 0
  for (let i = 0; i < cut; i++) {
    if (sum <= 0) {
      sum = 0
      from = i
    }
    const info = infos[i]
    // "Ferry Crews'" ⏎ "Winter:" ⏎ "The Long": the pieces of one headline weigh as its first piece.
    if (info.block.data.headlinePiece && info.class !== 'good' && info.class !== 'near') continue
    let value = score(info)
    // A run of template lines (a menu, a share row, a newsletter box) weighs more the longer it
    // goes; an image's lines (a caption, a credit, a counter "3", a placeholder "[audio-play]") do not make one: a gallery stands inside the article.
    // (Nor do short lines of content: "Group B: Northport, Southbay, Eastcliff and Westmoor".)
    if (growing && value <= TEMPLATE && !info.caption && !info.features.noLetters && (info.class === 'bad' || isLabel(info))) value -= RUN_STEP * run++
    else run = 0
    sum += value
    if (sum > best) {
      best = sum
      bestStart = from
      bestEnd = i
    }
  }
  return [bestStart, bestEnd]
}

/**
 * Where the comments start: the first comment cue after some article text
 * (`Leave a reply`, or `12 comments` followed by `Ana says:` lines), else the
 * end of the document. Comments come after the article, so the article is
 * searched before them.
 */
function commentStart(infos: Info[]): number {
  let good = false
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    if (info.class === 'good') good = true
    if (!good || !info.comment) continue
    if (info.comment === 'strong') return i
    // A weak cue or a meta line needs a second sign soon after.
    for (let j = i + 1; j < infos.length && j <= i + 8; j++) {
      if (infos[j].comment === 'meta') return i
    }
  }
  return infos.length
}

/**
 * Whether block `i` continues the sentence of the block before it
 * (`The ship was called` / `The Silver Heron` / `, and it was…`).
 */
function isContinuation(infos: Info[], i: number): boolean {
  const previous = infos[i - 1]
  const next = infos[i + 1]
  if (continuationStart.test(infos[i].block.value)) return true
  if (next && continuationStart.test(next.block.value) && previous && !previous.features.terminal) return true
  return false
}

/** Most words with letters in a line that is a date and nothing else ("Monday, January 14, 2027"). */
const DATE_WORDS = 3
const letter = /\p{L}/u

/** Whether a line is a date and nothing else: `January 14, 2027`, `Mon 14.01.2027 09:10` (not `4 Things to Do in October`). */
function isBareDate(text: string): boolean {
  if (!isDateLike(text)) return false
  let words = 0
  for (const word of text.split(' ')) if (letter.test(word) && ++words > DATE_WORDS) return false
  return true
}

/**
 * Whether a block at or after the article's start is the article's own, no
 * headline: its text (its first paragraph shares every word with itself), or
 * a heading after its first paragraph ("New tasks for the crews!"), unless
 * the heading's date or byline follows it (that paragraph was then a caption
 * over the headline).
 *
 * @param infos The blocks.
 * @param i The block.
 * @param start The article's first block.
 */
function isArticleOwn(infos: Info[], i: number, start: number): boolean {
  if (isText(infos[i])) return true
  return i > start && isText(infos[start]) && !(i + 1 < infos.length && isArticleMeta(infos[i + 1].block.value))
}

/** Whether a block reads as text of the article (class `good` or `near`). */
function isText(info: Info): boolean {
  return info.class === 'good' || info.class === 'near'
}

/** What a Markdown document's top heading (`# …`) adds to its score as the headline. */
const HEADING_BONUS = 0.3

/**
 * The headline: a short, heading-like block before the article (or at its
 * start) that shares words with the article’s first paragraphs.
 */
function headline(infos: Info[], start: number, end: number): Info | undefined {
  const words = new Set<string>()
  let budget = 3000
  for (let i = start; i <= end && budget > 0; i++) {
    const info = infos[i]
    if (info.class !== 'good' && info.class !== 'near') continue
    budget -= info.block.value.length
    for (const word of contentWords(info.block.value.toLowerCase())) words.add(word)
  }
  let best: Info | undefined
  let bestScore = 0
  const from = Math.max(0, start - 40)
  // (A top heading, "# Night ferry returns", is looked for further back: a gallery or a row of
  // videos may stand between it and the article; it counts as if 40 blocks away.)
  const farFrom = Math.max(0, start - 400)
  for (let i = start + 1 < infos.length ? start + 1 : start; i >= farFrom; i--) {
    const info = infos[i]
    if (i < from && info.block.data.level !== 1) continue
    const f = info.features
    if (f.length < 15 || f.length > 300 || holdsSentences(info) || info.caption || info.byline) continue
    if (i >= start && isArticleOwn(infos, i, start)) continue
    // "• Harbour workers, the mayor's new headache": a list item is a teaser, not the headline.
    if (info.block.data.kind === 'list-item') continue
    if (info.reason === 'boilerplate-phrase' || f.linkLike) continue
    // Headlines do not end with a period, nor with a colon ("Timetable for the summer:" introduces a list).
    if (/[.。:：]$/u.test(info.block.value)) continue
    // Nor are they a date ("January 14, 2027", the date line over the article).
    if (isBareDate(info.block.value)) continue
    const own = contentWords(info.block.value.toLowerCase())
    if (own.length === 0) continue
    let shared = 0
    for (const word of new Set(own)) if (words.has(word)) shared++
    const ratio = shared / new Set(own).size
    // Nearer the article is better; a shared word counts more than distance.
    // (A Markdown document's top heading, "# Night ferry returns", counts more: its teasers are "### …".)
    const value = shared >= 2 || (f.cjk > 0.3 && shared >= 1) ? ratio * 2 + shared * 0.1 - Math.min(start - i, 40) * 0.02 + (info.block.data.level === 1 ? HEADING_BONUS : 0) : 0
    if (value > bestScore) {
      bestScore = value
      best = info
    }
  }
  return best ?? leadingHeadline(infos, start, end)
}

/** Most blocks between the article's start and its first paragraph of prose that may hold its headline. */
const LEAD_BLOCKS = 6

/**
 * The headline when nothing before the article is one, but the article starts
 * with it: "Night ferry returns to the island route" ⏎ "By Ana Ruiz" ⏎ "The
 * harbour board voted…". One of the blocks before the article's first
 * paragraph of prose (a text block of 100 characters or more that ends like a
 * sentence), in the shape of a headline (one sentence at most, no final
 * period, colon or comma, not a byline, a caption or a date), that shares two
 * words or more with the paragraphs after it.
 */
function leadingHeadline(infos: Info[], start: number, end: number): Info | undefined {
  let prose = start
  while (prose <= end && prose < start + LEAD_BLOCKS && !(isText(infos[prose]) && infos[prose].features.terminal && infos[prose].features.length >= 100)) prose++
  if (prose > end || prose >= start + LEAD_BLOCKS) return undefined
  for (let i = start; i < prose; i++) {
    const info = infos[i]
    const value = info.block.value
    const f = info.features
    // ("“$5 million a week crosses the quay.”": a quotation that ends like a sentence.)
    if (info.block.data.kind === 'list-item' || info.byline || info.caption || info.reason !== undefined || f.length < 15 || f.length > 200 || holdsSentences(info) || headlineEnd.test(value) || isBareDate(value) || headlineShape(value) !== 2) continue
    const after = new Set<string>()
    for (let k = prose; k <= end && k < prose + 3; k++) for (const word of contentWords(infos[k].block.value.toLowerCase())) after.add(word)
    let shared = 0
    for (const word of new Set(contentWords(value.toLowerCase()))) if (after.has(word)) shared++
    if (shared >= 2) return info
  }
  return undefined
}

// The end of a sentence or a fragment, maybe in quotation marks: "… the quay.”", "… ferries:", "… and,".
const headlineEnd = /[.。:：!！;,]["'”’»]?$/u

/**
 * Whether a block holds two sentences or more, which no headline does (two
 * sentence marks may be an abbreviation's and the end: "… to the U.S.
 * border?" holds one sentence).
 */
function holdsSentences(info: Info): boolean {
  const sentences = info.features.sentences
  return sentences > 2 || (sentences === 2 && holdsSentenceEnd(info.block.value))
}

/**
 * Content words of a text: runs of three letters or digits or more, as
 * `text.match(/[\p{L}\p{N}]{3,}/gu)` finds them, without the regex (it is slow
 * on text with characters beyond Latin-1).
 *
 * @param text Any text.
 */
function contentWords(text: string): string[] {
  const words: string[] = []
  const end = text.length
  let start = -1
  let count = 0
  for (let i = 0; i <= end; ) {
    const code = i < end ? text.codePointAt(i)! : 32
    const units = code > 0xffff ? 2 : 1
    if (i < end && isWordCode(code)) {
      if (start < 0) {
        start = i
        count = 0
      }
      count++
    } else if (start >= 0) {
      if (count >= 3) words.push(text.slice(start, i))
      start = -1
    }
    i += units
  }
  return words
}


/** Fewest items of a tag line. */
const TAG_ITEMS = 3
/** Most words of one item of a tag line. */
const TAG_WORDS = 6
/** Longest tag line. */
const TAG_LINE_MAX = 400

/**
 * The new end of the article when a tag line stands inside it after
 * article text: the block before that line. A tag line: a tag cue as a
 * whole word (`Tags`, `Etiquetas`), maybe after a few words, then a list of
 * `TAG_ITEMS` or more items of at most `TAG_WORDS` words separated by commas
 * up to the end of the block (`Tags: ferries, harbour, winter timetable`).
 */
function beforeTagLine(infos: Info[], start: number, end: number, cues: readonly string[]): number {
  let text = false
  for (let i = start; i <= end; i++) {
    const info = infos[i]
    if (text && isTagLine(info, cues)) {
      // (Not when paragraphs follow it: tags above the article, after the teasers of a menu.)
      let next = i + 1
      while (next <= end && infos[next].class !== 'good' && infos[next].class !== 'near') next++
      if (next + 1 <= end && isParagraph(infos[next]) && isParagraph(infos[next + 1])) return end
      // The article's text before the tag line, and what stands between them as between
      // the article and the end of the input (so that cleaning the body again keeps it).
      let last = i - 1
      while (last > start && !isArticleText(infos[last])) last--
      const notes = endsWithData(infos[last])
      for (let k = last + 1; k < i; k++) if (!isEdgeText(infos[k], notes)) return last
      return i - 1
    }
    if (info.class === 'good' || info.class === 'near' || info.table) text = true
  }
  return end
}

/** Whether a block is article text by itself: a paragraph, a short sentence or a line of a table. */
function isArticleText(info: Info): boolean {
  return (info.class === 'good' || info.class === 'near' || info.class === 'text' || info.table === true) && !info.reason
}

/** Whether a block is a tag cue followed by a comma-separated list (see `beforeTagLine`). */
function isTagLine(info: Info, cues: readonly string[]): boolean {
  const value = info.block.value
  if (value.length > TAG_LINE_MAX) return false
  // "Tags: ferries, quays", or "Tags: ferries | quays" (a row of links a text browser numbered).
  const separator = info.features.commas >= TAG_ITEMS - 1 ? ',' : barCount(value) >= TAG_ITEMS - 1 ? '|' : undefined
  if (!separator) return false
  // The list runs to the end of the block: its last item (after the last separator) is
  // short and ends no sentence, whatever the cue (most paragraphs end with a period).
  const last = value.slice(value.lastIndexOf(separator) + 1).trim()
  if (last.length === 0 || sentenceEnd.test(last) || last.split(' ').length > TAG_WORDS) return false
  const key = value.toLowerCase()
  for (const cue of cues) {
    let at = key.indexOf(cue)
    while (at >= 0) {
      const after = at + cue.length
      if ((at === 0 || !isWordCode(key.charCodeAt(at - 1))) && (after === key.length || !isWordCode(key.charCodeAt(after)))) {
        if (isTagList(key.slice(after), separator)) return true
      }
      at = key.indexOf(cue, at + 1)
    }
  }
  return false
}

/** How many ` | ` a text holds. */
function barCount(text: string): number {
  let count = 0
  for (let at = text.indexOf(' | '); at !== -1; at = text.indexOf(' | ', at + 3)) count++
  return count
}

/** Whether text is `: a, b, c`: `TAG_ITEMS` or more short items separated by `separator`. */
function isTagList(text: string, separator: string): boolean {
  const items = text.replace(/^\s*:?\s*/u, '').split(separator)
  if (items.length < TAG_ITEMS) return false
  for (const item of items) {
    const trimmed = item.trim()
    if (trimmed.length === 0 || trimmed.split(' ').length > TAG_WORDS || sentenceEnd.test(trimmed)) return false
  }
  return true
}

/** Fewest cards that make an announced run. */
const CARDS_MIN = 3
/** Most blocks in one card (and between the article and the first card's closing line). */
const CARD_BLOCKS = 30
/** Longest closing line of a card (script-aware length). */
const CLOSING_MAX = 80
/** Fewest words of a card's own line. */
const OWN_WORDS = 4
/** Fewest characters of own text a card holds on average. */
const OWN_TEXT = 100
/** Characters at the end of the article's last paragraph that may announce the cards. */
const ANNOUNCE_TAIL = 300
/** Blocks right after the article that may be a cue line before the cards (`Our picks:`). */
const CARD_CUE_GAP = 2

/**
 * The new edge of the article when it announces a list of cards and the
 * cards follow it (a shopping listicle: `The 12 best lamps…` ⏎ `…our picks
 * below.` ⏎ twelve cards of a product name, its features and a price, each
 * closed by the same lines: `In stock` ⏎ `Buy now`).
 *
 * The cards: `CARDS_MIN` or more runs of blocks right after the article,
 * each closed by the same short line that the page repeats (the closing line
 * of the first card at most `CARD_BLOCKS` blocks after the article, each
 * next one at most `CARD_BLOCKS` after the one before); every card holds a
 * line of its own of `OWN_WORDS` words or more that the page does not
 * repeat, the cards hold `OWN_TEXT` characters of such lines on average, and
 * no card holds a cue (but in the first `CARD_CUE_GAP` blocks), a comment, a
 * teaser or a card of a related list.
 * The announcement: the end of the article’s last paragraph points forward
 * (`below`, `here are`) and names the number of cards (one less or more
 * allowed: a card may lose its closing line to the layout); or, without a
 * cue line before the cards (`More from the harbour`), it only points
 * forward and every card holds three own lines or more (a teaser has two: a
 * headline and a summary).
 * A list of related headlines (`Headline` ⏎ `5 min read`) has one own line a
 * card. Linear: one pass over the blocks after the article.
 * Returns the new edge (the last card’s closing line), or `end`.
 */
function announcedCards(infos: Info[], start: number, end: number, phrases: Phrases, seen: Map<string, number>): number {
  if (end + 1 >= infos.length) return end
  // The announcement: the end of the last paragraph (and any short lines after it).
  let from = end
  while (from > start && infos[from].class !== 'good' && infos[from].class !== 'near') from--
  let text = ''
  for (let i = from; i <= end; i++) text += infos[i].block.value + ' '
  // (Only its last sentences announce what follows: "…our 12 picks below.")
  if (text.length > ANNOUNCE_TAIL) text = text.slice(-ANNOUNCE_TAIL)
  // Every announcement points forward ("below", "here are").
  if (!holdsCue(text.toLowerCase(), phrases.forward)) return end
  // Closing lines: where each short line the page repeats stands after the article.
  const places = new Map<string, number[]>()
  let lastPlace = end
  for (let i = end + 1; i < infos.length && i - lastPlace <= CARD_BLOCKS; i++) {
    const info = infos[i]
    if (info.comment === 'strong') break
    if (info.features.length >= CLOSING_MAX || (seen.get(info.key) || 0) < CARDS_MIN) continue
    // (Not a share row, a cue, an image placeholder or a lone mark: "•", "[thumb]".)
    if (info.reason === 'boilerplate-phrase' || info.reason === 'low-text-density' || info.cue || info.comment || invisible.test(info.block.value)) continue
    const list = places.get(info.key)
    if (list) list.push(i)
    else places.set(info.key, [i])
    lastPlace = i
  }
  // The closing line: the one that closes most cards in a chain; of two, the later (`Buy now` after `In stock`).
  let best: number[] = []
  for (const list of places.values()) {
    if (list[0] - end > CARD_BLOCKS) continue
    let k = 1
    while (k < list.length && list[k] - list[k - 1] <= CARD_BLOCKS && list[k] - list[k - 1] >= 2) k++
    if (k > best.length || (k === best.length && k > 0 && list[0] > best[0])) best = list.slice(0, k)
  }
  const k = best.length
  if (k < CARDS_MIN) return end
  // Each card's own lines.
  let ownText = 0
  let fewest = Infinity
  let unitStart = end + 1
  let cued = false
  for (const closing of best) {
    let own = 0
    for (let i = unitStart; i < closing; i++) {
      const info = infos[i]
      if (info.listed || info.teaser || info.comment) return end
      // ("Related stories", "More from the harbour".)
      if (info.cue || (info.features.length < CLOSING_MAX && startsWithCue(info.key, phrases.related))) {
        if (i - end > CARD_CUE_GAP) return end
        cued = true
      }
      if (info.class === 'bad' || (seen.get(info.key) || 0) > 1 || info.features.words < OWN_WORDS) continue
      own++
      ownText += info.features.length
    }
    if (own < fewest) fewest = own
    unitStart = closing + 1
  }
  if (fewest < 1 || ownText < OWN_TEXT * k) return end
  // (One card less or more: a card may lose its closing line to the layout.)
  const counts = (value: string) => announcedCounts(value).some((n) => Math.abs(n - k) <= 1)
  // "…our 12 picks below.": the paragraph names the number of cards.
  if (counts(text)) return best[k - 1]
  // After a cue line ("You may also like"), nothing less will do.
  if (cued) return end
  // Cards of three own lines or more (a name, its features); a teaser has a headline and a summary.
  return fewest >= 3 ? best[k - 1] : end
}

function remove(info: Info, rule: string) {
  info.block.data.fate = 'removed'
  info.block.data.rule = rule
}

const ownRules = new Set([
  'boilerplate-phrase',
  'navigation-run',
  'low-text-density',
  'outside-article',
  'repeated-line',
  'byline',
  'caption',
  'heading',
  'headline'
])

const descriptions: Readonly<Record<string, string>> = {
  'boilerplate-phrase': 'boilerplate phrase',
  'navigation-run': 'navigation',
  'low-text-density': 'low text density',
  'outside-article': 'outside the article',
  'repeated-line': 'repeated line',
  byline: 'byline',
  caption: 'caption',
  heading: 'heading'
}

/**
 * One message per run of blocks removed for the same reason.
 */
function report(tree: Root, file: VFile) {
  const key = (block: Block) =>
    block.data.fate === 'removed' && block.data.rule && descriptions[block.data.rule] ? block.data.rule : undefined
  forEachRun(tree.children, key, (run, rule) => {
    const n = run.length
    inform(
      file,
      `Removed ${n} block${n === 1 ? '' : 's'} (${descriptions[rule] || rule}): ${quote(run[0].value)}`,
      span(run[0], run[n - 1]),
      rule
    )
  })
}
