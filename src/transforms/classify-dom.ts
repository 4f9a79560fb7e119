/**
 * Classify blocks of an HTML page by DOM evidence: the element that holds
 * most of the article’s text (`dom.inMain`), landmarks (nav, header, footer,
 * aside, form), link density, class and id tokens (`share`, `related`,
 * `tags`, `comment`…), `rel="tag"` links and phrase packs. Sets a fate on
 * every block that has DOM facts (`body` included, so the text heuristics of
 * later steps leave the DOM’s decision alone); blocks without DOM facts are
 * left to the other steps.
 */
import type {VFile} from 'vfile'
import {isWordCode} from '../features/code-class.js'
import {isRuleLine} from '../features/lines.js'
import {authorBioOf, endsWithCredit, isAddressPointer, isAuthorBio, isAuthorContact, isCreditLine, isGalleryCounter, isReportingCredit, type AuthorBio} from '../features/credit.js'
import {isByline, isDateLine} from '../features/headline.js'
import {lexiconsFor} from '../lexicon/index.js'
import {forEachRun, inform, quote, span} from '../message.js'
import type {Block, Root} from '../types.js'

/** Options for `classifyDom`. */
export interface Options {
  /** Move `rel="tag"` links and tag-list containers to `tags` (default: `true`). */
  tags?: boolean | null | undefined
  /** Move link headlines outside the article to `related` (default: `true`). */
  related?: boolean | null | undefined
  /** Pick the title from the page’s `h1` and metadata (default: `true`). */
  title?: boolean | null | undefined
  /**
   * Keep a block inside the article that ends with its image’s credit
   * (`… (Photo: Ana Ruiz)`) as body; `cleanupHtml()` passes the boilerplate
   * step’s `captions` here (default: `false`).
   */
  captions?: boolean | null | undefined
  /**
   * Keep a date line or an author's contact line inside the article
   * (`Updated 9:10 am EST, Monday, March 1, 2027`, `Write to Ana Ruiz at
   * ana@…`) as body; `cleanupHtml()` passes the boilerplate step’s
   * `bylines` here (default: `false`).
   */
  bylines?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// Class and id words of containers that never hold article text.
const boilerplateTokens = new Set([
  'share', 'sharing', 'social', 'sharebar', 'comment', 'comments', 'promo', 'newsletter', 'subscribe', 'signup',
  'advert', 'advertisement', 'ad', 'ads', 'sponsored', 'breadcrumb', 'breadcrumbs', 'byline', 'dateline',
  'related', 'recommended', 'popular', 'trending', 'outbrain', 'taboola', 'disqus', 'cookie', 'cookies', 'modal',
  'popup', 'toolbar', 'pagination', 'pager', 'meta', 'tags', 'tag', 'widget', 'sidebar', 'nav', 'navigation',
  'menu', 'footer', 'masthead', 'author', 'timestamp', 'published', 'print', 'skip', 'prev', 'previous'
])

// Class and id words of a menu's containers: "dropdown-menu", "sub-menu".
const menuTokens = new Set(['menu', 'submenu', 'dropdown', 'megamenu'])

// Class and id words of containers that never hold article text, whatever
// the length of the block: "comment-list", "author-bio", "wp-caption".
const strongWord =
  /comment(?!ary)|byline|^bio$|author|caption|credit|share|social|promo|sponsor|disclosure|disclaimer|newsletter|related|outbrain|taboola|^hdn$|thumbs|timestamp|dateline|^date$|^dates$|published|signup|subscribe/

// Class and id words of tag lists: "tags", "post-tags", "topics".
const tagTokens = new Set(['tag', 'tags', 'tagged', 'topics', 'topic', 'keywords', 'taxonomy', 'tax', 'subjects'])

// Class and id words of containers near a block that make it not a tag even
// when a tag word is near: "tag-cloud" widgets, breadcrumbs, share bars.
const notTagWord = /cloud|breadcrumb|share|social|menu|nav|author|byline|date|channel|featured|similar|title/

// Letters of scripts written without spaces (headline length counts characters there).
const unspaced = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u
// "Week 12 power rankings (133)". (Run on a title whose white space is
// folded: a search from any start reads one space at most before the "(".)
const trailingCount = /\s*\(\d{1,6}\)$/
// A sentence end (not an ellipsis): "…the story."
const sentenceEnd = /[^.]\.$/
// A word character: a letter or a digit (`[\p{L}\p{N}]`).
// Separators of a tag row: "News, Politics | Europe".
const punctuationOnly = /^[\s\p{P}\p{S}]*$/u

/**
 * Plugin: decide the fate of every block that has DOM facts.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function classifyDom(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  if (typeof settings !== 'object') throw new TypeError('unscrape: `classifyDom` options must be an object')
  const doTags = settings.tags !== false
  const doRelated = settings.related !== false
  const doTitle = settings.title !== false
  const keepCaptions = settings.captions === true
  const keepBylines = settings.bylines === true

  return function (tree: Root, file: VFile): undefined {
    const blocks = tree.children.filter((d) => d.data.dom && !d.data.fate)
    if (blocks.length === 0) return
    const {phrases, prefixes, cues, credits, pointers, bio} = phrasesFor(tree.data.language)
    const hasMain = blocks.some((d) => d.data.dom!.inMain)

    // The title: the `h1` that matches the metadata title, else the first `h1`.
    let title: Block | undefined
    if (doTitle) {
      const meta = tree.data.metaTitle ? comparable(tree.data.metaTitle) : ''
      for (const block of blocks) {
        if (block.data.kind !== 'heading') continue
        const text = comparable(block.value)
        if (!text) continue
        // (One holds the other at half its length or more: "Night ferry returns" in "Night ferry returns | The Courier";
        // not a section's heading, "Harbour", in "Harbour week: the night ferry returns".)
        const matches = meta !== '' && (meta === text || ((meta.includes(text) || text.includes(meta)) && Math.min(meta.length, text.length) * 2 >= Math.max(meta.length, text.length)))
        if (matches && (block.data.dom!.depth === 1 || !title)) {
          title = block
          if (block.data.dom!.depth === 1) break
        } else if (!title && block.data.dom!.depth === 1 && !meta) title = block
      }
      if (!title) title = blocks.find((d) => d.data.kind === 'heading' && d.data.dom!.depth === 1)
      // No heading: a plain block that is the metadata title word for word
      // (`<div class="post-title">`), preferably inside the main element.
      if (!title && meta !== '') {
        const candidates = blocks.filter(
          (d) => d.value.length <= 300 && d.data.dom!.links === 0 && !outsideLandmark(d) && comparable(d.value) === meta
        )
        title = candidates.find((d) => d.data.dom!.inMain) || (hasMain ? undefined : candidates[0])
      }
      if (title) {
        title.data.fate = 'title'
        title.data.rule = 'title'
      }
    }
    const titleText = title ? comparable(title.value) : tree.data.metaTitle ? comparable(tree.data.metaTitle) : ''

    for (const block of blocks) {
      if (block.data.fate) continue
      const dom = block.data.dom!
      // "Sign up for our newsletter": boilerplate wherever it is, never a
      // headline ("Read more: Harbour fees rise again" is a headline with its
      // cue). Phrases are short lines: only short blocks are compared with them.
      let phraseKnown = false
      let phraseFound = false
      const isPhrase = () => {
        if (!phraseKnown) {
          phraseKnown = true
          const text = block.value.length <= 300 ? phraseKey(block.value) : ''
          phraseFound =
            text !== '' && (phrases.has(text) || phrases.has(withoutStops(text)) || (text.length < 200 && startsWithAny(text, prefixes))) && !cuePrefix(block.value, cues)
        }
        return phraseFound
      }

      // "News, Harbour": WordPress category links name the page's sections, they
      // are no article text ("Posted in News" may still be a tag list: `separateSections`).
      if (dom.relCategory && dom.linkDensity >= 0.5) {
        setRemoved(block, 'dom-category')
        continue
      }

      // ("Show more" under the tags: a control of the list, no tag.)
      if (doTags && isTag(block) && !isPhrase()) {
        block.data.fate = 'tag'
        block.data.rule = 'dom-tags'
        block.data.tag = block.value
        continue
      }

      if (hasMain && !dom.inMain) {
        setRemoved(block, 'outside-main')
      } else if (dom.landmark === 'nav' || dom.landmark === 'aside' || dom.landmark === 'footer' || dom.landmark === 'form') {
        setRemoved(block, 'dom-landmark')
      } else if (dom.landmark === 'header' && !isParagraph(block)) {
        setRemoved(block, 'dom-landmark')
      } else if (block.data.kind === 'caption') {
        setRemoved(block, 'dom-caption')
      } else if ((dom.innerTokens || dom.tokens).some((d) => strongWord.test(d))) {
        setRemoved(block, 'dom-class')
      } else if ((dom.innerTokens || dom.tokens).some((d) => boilerplateTokens.has(d)) && !isParagraph(block)) {
        setRemoved(block, 'dom-class')
      } else if (isPhrase()) {
        setRemoved(block, 'boilerplate-phrase')
      } else if (!hasMain && dom.linkDensity > 0.5 && dom.links > 0 && !isParagraph(block)) {
        setRemoved(block, 'link-dense')
      } else if (doRelated && block.value.length < 200 && !sentenceEnd.test(block.value) && cuePrefix(block.value, cues)) {
        // "Related: Seven ways the harbour changed", "READ MORE: Quay repairs start in spring": a link
        // to another article inside this one, with its cue.
        moveToRelated(block, cues)
        continue
      } else if (!keepCaptions && block.value.length < 1000 && (endsWithCredit(block.value) || isCreditLine(block.value) || isGalleryCounter(block.value))) {
        // "Crews load the last cars onto the ferry (Image: Harbour Desk)", "Ana Ruiz, ASSOCIATED PRESS",
        // "Image 2 of 5": an image's caption, credit or counter in a container without a caption's name.
        setRemoved(block, 'dom-caption')
        continue
      } else if (!keepBylines && (isDateLine(block.value) || isAuthorContact(block.value) || (block.value.length <= 250 && isReportingCredit(creditKey(block.value), credits)))) {
        // "Updated 9:10 am EST, Monday, March 1, 2027", "Write to Ana Ruiz at ana@…", "Tom Reed contributed
        // to this report.": the article's date line or its author's line in an element without a byline's name.
        setRemoved(block, 'dom-byline')
        continue
      } else if (block.value.length < 40 && isCountedPhrase(block.value, phrases)) {
        // "View all (12)": a button with its count.
        setRemoved(block, 'boilerplate-phrase')
        continue
      } else {
        block.data.fate = 'body'
        continue
      }

      if (doRelated && isHeadline(block, titleText) && !isPhrase()) {
        // "Other news in this section", "More news from Harbour": a list's cue, never one of its headlines.
        if (isCueText(block.value.toLowerCase().replace(cueTrail, ''), cues)) setRemoved(block, 'related-cue')
        else moveToRelated(block, cues)
      }
    }

    if (doRelated) markCards(blocks, titleText, cues)
    if (doRelated) closeCueSections(blocks, titleText, cues)
    removeLinkRuns(blocks)

    // The same text twice in the article is a repeated widget (a slideshow
    // caption, a mobile and a desktop copy), not a paragraph.
    const seen = new Set<string>()
    for (const block of blocks) {
      if (block.data.fate !== 'body' || block.value.length < 20) continue
      if (seen.has(block.value)) setRemoved(block, 'dom-duplicate')
      else seen.add(block.value)
    }

    // "___" ⏎ "Follow our coverage of the harbour at https://…": lines after the
    // article's last paragraph that send the reader to an address (a rule
    // between them and the article stays, as written).
    if (pointers.length > 0) {
      for (let i = tree.children.length - 1; i >= 0; i--) {
        const block = tree.children[i]
        if (block.data.fate !== 'body' || !block.data.dom) continue
        if (isAddressPointer(block.value, pointers)) setRemoved(block, 'trailing-pointer')
        else if (!isRuleLine(block.value)) break
      }
    }

    // "Ana Ruiz is a staff writer at the Courier.": the author's note about
    // themselves as one of the article's last two blocks (as in text).
    if (!keepBylines && bio) {
      let kept = 0
      for (let i = tree.children.length - 1; i >= 0 && kept < 2; i--) {
        const block = tree.children[i]
        if (block.data.fate !== 'body' || !block.data.dom) continue
        kept++
        if (isAuthorBio(block.value, bio)) setRemoved(block, 'dom-byline')
      }
    }

    // Headings after the last body text introduce what follows the article
    // ("Leave a reply", "More from the author").
    for (let i = tree.children.length - 1; i >= 0; i--) {
      const block = tree.children[i]
      if (block.data.fate !== 'body' || !block.data.dom) continue
      if (block.data.kind !== 'heading') break
      setRemoved(block, 'trailing-heading')
    }

    report(tree, file)
  }
}

// Most blocks between two cards (byline, date, summary, image caption).
const maxCardGap = 4
// Longest block inside a card (a summary, not a paragraph of the article).
const maxCardText = 400

/**
 * Teaser cards inside the article’s element: a run of three or more linked
 * headings with only short blocks between them (“More from the site”, then
 * “<h3><a>Storm season…</a></h3>”, a byline, a date, a summary). The
 * headings go to `related`, the blocks between them to `removed`
 * (`dom-teaser`), and a short heading right before the first card is the
 * run’s cue (`related-cue`).
 */
function markCards(blocks: Block[], title: string, cues: readonly string[]) {
  // The article's own paragraphs share one template (kind and classes): the
  // paragraph template with the most text. Such blocks between linked
  // headings are the article with links in it ("Read more: …"), never a
  // card's summary.
  const totals = new Map<string, number>()
  for (const block of blocks) {
    if (block.data.fate !== 'body' || block.data.kind !== 'paragraph') continue
    const key = signature(block)
    totals.set(key, (totals.get(key) || 0) + block.value.length)
  }
  let article: string | undefined
  for (const [key, total] of totals) if (article === undefined || total > totals.get(article)!) article = key
  let run: number[] = []
  let gap = 0
  // Shapes of the short blocks seen between the run's headings.
  const shapes = new Set<string>()
  const flush = () => {
    if (run.length >= 3) {
      const first = run[0]
      const last = run[run.length - 1]
      // "More Harbour Gazette": the run's own heading.
      const cue = blocks[first - 1]
      if (cue && cue.data.fate === 'body' && cue.data.kind === 'heading' && cue.data.dom!.linkDensity < 0.5 && wordCount(cue.value, 7) <= 6) {
        setRemoved(cue, 'related-cue')
      }
      // The blocks of a card, as seen between the headings (byline, date, summary).
      const inCards = new Set<string>()
      const headings = new Set(run)
      for (let i = first; i < last; i++) if (!headings.has(i)) inCards.add(signature(blocks[i]))
      if (article !== undefined) inCards.delete(article)
      // After the last heading: only blocks shaped like those of the cards before it.
      let end = last + 1
      while (end < blocks.length && end - last <= maxCardGap && inCards.has(signature(blocks[end]))) end++
      for (let i = first; i < end; i++) {
        const block = blocks[i]
        if (block.data.fate !== 'body') continue
        if (headings.has(i)) {
          if (isHeadline(block, title)) moveToRelated(block, cues)
        } else if (signature(block) !== article) setRemoved(block, 'dom-teaser')
      }
    }
    run = []
    gap = 0
    shapes.clear()
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.data.fate === 'title') {
      flush()
      continue
    }
    if (isLinkedHeading(block)) {
      run.push(i)
      gap = 0
      continue
    }
    if (run.length === 0) continue
    if (gap < maxCardGap) {
      // A long summary goes on the run when an earlier card had a block of its shape.
      const shape = signature(block)
      if (block.value.length <= maxCardText) {
        if (shape !== article) shapes.add(shape)
        gap++
        continue
      }
      if (shapes.has(shape)) {
        gap++
        continue
      }
    }
    flush()
  }
  flush()
}

// Trailing marks of a cue heading: "You may also like…", "Related:". (Run
// on headings of 60 characters at most.)
const cueTrail = /[\s.…:!»›>]+$/u

/**
 * A related cue heading (`<h3>You may also like…</h3>`) heads the rest of its
 * parent element: the blocks after it, up to where that element ends, are
 * teasers (headlines to `related`, the rest `dom-teaser`), and the heading is
 * the cue (`related-cue`). A paragraph that is the heading’s sibling ends the
 * section early: the article goes on after a related box inside it.
 */
function closeCueSections(blocks: Block[], title: string, cues: readonly string[]) {
  for (let i = 0; i < blocks.length; i++) {
    const cue = blocks[i]
    const dom = cue.data.dom
    if (!dom || dom.sectionEnd === undefined || cue.data.kind !== 'heading' || cue.data.fate === 'title' || cue.value.length > 60) continue
    if (!isCueText(cue.value.toLowerCase().replace(cueTrail, ''), cues)) continue
    const end = dom.sectionEnd
    const level = dom.path.length
    let j = i + 1
    for (; j < blocks.length; j++) {
      const block = blocks[j]
      if (!block.position || block.position.start.offset! >= end) break
      if (block.data.kind === 'paragraph' && block.data.dom!.path.length <= level) break
      if (block.data.fate !== 'body') continue
      if (isHeadline(block, title)) moveToRelated(block, cues)
      else setRemoved(block, 'dom-teaser')
    }
    if (j > i + 1 && cue.data.fate === 'body') setRemoved(cue, 'related-cue')
    i = j - 1
  }
}

// Words of the site a cue of two words or more may take after it: "Most popular recipes".
const maxCueExtra = 2

/**
 * Whether a heading's text (lower case, trailing marks cut) is a cue: a cue
 * of the phrase packs, or one of two words or more and a word or two of the
 * site after it (`самые популярные диеты`, `most popular recipes`).
 */
function isCueText(text: string, cues: readonly string[]): boolean {
  if (cues.includes(text)) return true
  const words = wordCount(text, 16)
  for (const cue of cues) {
    if (text.length > cue.length && text.startsWith(cue) && text.charCodeAt(cue.length) === 32 && cue.includes(' ') && words - wordCount(cue, 16) <= maxCueExtra) return true
  }
  return false
}

// Kind and nearest class words of a block: blocks made by one template share it.
function signature(block: Block): string {
  return block.data.kind + ' ' + (block.data.dom?.near || []).slice(0, 3).join(' ')
}

// A heading that is all link: the headline of a teaser card.
function isLinkedHeading(block: Block): boolean {
  const dom = block.data.dom
  return dom !== undefined && block.data.kind === 'heading' && dom.links >= 1 && dom.linkDensity >= 0.8 && (block.data.fate === 'body' || block.data.fate === 'related')
}

function moveToRelated(block: Block, cues: readonly string[]) {
  block.data.fate = 'related'
  block.data.rule = 'dom-related'
  let title = block.value.replace(/\s+/g, ' ').trim()
  // "Read next Harbour fees rise again": the cue of a one-item list, inside the link.
  const cue = cuePrefix(title, cues)
  if (cue) {
    ;(block.data.stripped ||= []).push({text: cue.text, rule: 'related-cue', position: structuredClone(block.position)})
    title = cue.rest
  }
  // "Week 12 power rankings (133)": drop the comment count (recorded, so it is in `removed`).
  const count = trailingCount.exec(title)
  block.data.related = {title: count ? title.slice(0, count.index) : title}
  if (count) {
    const stripped = {text: count[0].trim(), rule: 'strip-item', position: structuredClone(block.position)}
    ;(block.data.stripped ||= []).push(stripped)
  }
}

/**
 * A related-stories cue at the start of a headline: a cue of two words or
 * more before a capital (`Read next Harbour fees…`), or any cue before a
 * colon (`Related: Harbour fees…`), with at least three words after it.
 */
function cuePrefix(title: string, cues: readonly string[]): {text: string; rest: string} | undefined {
  const lower = title.toLowerCase()
  for (const cue of cues) {
    if (!lower.startsWith(cue)) continue
    const after = title.slice(cue.length)
    const match = cueEnd.exec(after)
    if (!match) continue
    const colon = match[0].includes(':')
    // "More from Harbour Gazette: …", "popular uprising…": a name or a word, not a cue.
    if (!colon && (!cue.includes(' ') || openCue.test(cue))) continue
    const rest = after.slice(match[0].length)
    if (!colon && !capitalStart.test(rest)) continue
    if (wordCount(rest, 3) < 3) continue
    return {text: title.slice(0, cue.length + match[0].length).trim(), rest}
  }
  return undefined
}

// A cue that a name completes ("more from", "elsewhere on", "interested in").
const openCue = / (?:from|on|in|at|by|of|de|da|do|di|von|aus|на|в|из)$/

// A headline after a cue without a colon starts with a capital.
const capitalStart = /^\p{Lu}/u

// Between a cue and its headline: a colon, a dash or a space (":", " – ", " ").
const cueEnd = /^\s*[:：|–—-]\s*|^\s+/

// Boilerplate phrases and prefixes per language, built once. (`colonEnd`
// runs on the language packs' phrases only.)
const colonEnd = /\s*[:：]\s*$/

/** Phrases of the language packs, with prefixes grouped by their first character. */
interface Phrases {
  phrases: Set<string>
  prefixes: Map<string, string[]>
  cues: string[]
  /** Starts or ends of a line that credits the reporting (`contributed to this report`). */
  credits: string[]
  /** Starts of a line that sends the reader to an address (`follow`), lower case. */
  pointers: string[]
  /** How an author's note about themselves links a name to a trade (`authorBio` of the packs), lower case. */
  bio: AuthorBio | undefined
}

const phraseCache = new Map<string | undefined, Phrases>()

function phrasesFor(language: string | undefined): Phrases {
  let found = phraseCache.get(language)
  if (!found) {
    const packs = lexiconsFor(language)
    const prefixes = new Map<string, string[]>()
    for (const prefix of packs.flatMap((d) => d.boilerplatePrefixes)) {
      const list = prefixes.get(prefix.charAt(0))
      if (list) list.push(prefix)
      else prefixes.set(prefix.charAt(0), [prefix])
    }
    found = {
      phrases: new Set(packs.flatMap((d) => d.boilerplate)),
      prefixes,
      // Related cues, and boilerplate prefixes that end with a colon ("read
      // more:"), longest first: "read this next" before "read".
      cues: [
        ...new Set(
          packs
            .flatMap((d) => [...d.relatedCues, ...d.boilerplatePrefixes.filter((p) => colonEnd.test(p)).map((p) => p.replace(colonEnd, ''))])
            .map((d) => d.toLowerCase())
        )
      ].sort((a, b) => b.length - a.length),
      credits: packs.flatMap((d) => d.creditCues || []).map((d) => d.toLowerCase()),
      pointers: packs.flatMap((d) => d.addressCues || []).map((d) => d.toLowerCase()),
      bio: authorBioOf(packs)
    }
    phraseCache.set(language, found)
  }
  return found
}

/** Whether a text starts with one of the prefixes (grouped by first character). */
function startsWithAny(text: string, prefixes: Map<string, string[]>): boolean {
  const list = prefixes.get(text.charAt(0))
  if (list) for (const prefix of list) if (text.startsWith(prefix)) return true
  return false
}

/** A line as the phrase packs are compared with it: lower case, white space folded. */
function phraseKey(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** A phrase key without the stops at its end (`you have been successfully subscribed!`). */
function withoutStops(key: string): string {
  let end = key.length
  while (end > 0 && (key.charCodeAt(end - 1) === 46 /* . */ || key.charCodeAt(end - 1) === 33) /* ! */) end--
  return end === key.length ? key : key.slice(0, end)
}

/** A line as a credit cue is compared with it: `phraseKey`, no stop at the end. */
function creditKey(value: string): string {
  return phraseKey(value).replace(/[.!]$/, '')
}

/**
 * Whether a line is a boilerplate phrase with a count in brackets after it
 * (`View all (12)`).
 *
 * @param value A block's text.
 * @param phrases Whole-line phrases, lower case.
 */
function isCountedPhrase(value: string, phrases: ReadonlySet<string>): boolean {
  const count = trailingCount.exec(value)
  return count !== null && phrases.has(phraseKey(value.slice(0, count.index)))
}

function setRemoved(block: Block, rule: string) {
  block.data.fate = 'removed'
  block.data.rule = rule
}

/**
 * A run of three or more short links kept in the article (a share bar:
 * “Facebook / Mastodon / Print / Back”) is navigation. Tags and headlines end
 * a run.
 */
function removeLinkRuns(blocks: Block[]) {
  let run: Block[] = []
  const flush = () => {
    if (run.length >= minLinkRun) for (const block of run) if (block.data.fate === 'body') setRemoved(block, 'navigation-run')
    run = []
  }
  for (const block of blocks) {
    const dom = block.data.dom!
    const fate = block.data.fate
    if ((fate === 'body' || fate === 'removed') && dom.links === 1 && dom.linkDensity >= 0.9 && block.value.length <= 30 && wordCount(block.value, 3) <= 2) {
      run.push(block)
    } else flush()
  }
  flush()
}

// Short links in a row that make a navigation run.
const minLinkRun = 3

// In a menu, a footer, a sidebar or a form.
function outsideLandmark(block: Block): boolean {
  const landmark = block.data.dom!.landmark
  return landmark === 'nav' || landmark === 'footer' || landmark === 'aside' || landmark === 'form'
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Words of a text, counted up to `max` (callers only compare with a bound).
 *
 * @param text Any text.
 * @param max Stop counting here.
 */
function wordCount(text: string, max: number): number {
  // Runs of word characters, read by code point ("𝐀" is one letter in two units).
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + next - 0xdc00 + 0x10000
        i++
      }
    }
    const inside = isWordCode(code)
    if (inside && !inWord && ++n >= max) return n
    inWord = inside
  }
  return n
}

// A sentence-like paragraph: long, few links.
function isParagraph(block: Block): boolean {
  const dom = block.data.dom!
  return block.value.length >= 120 && dom.linkDensity < 0.3
}

function isTag(block: Block): boolean {
  const dom = block.data.dom!
  if (block.value.length > 50 || dom.linkDensity < 0.9 || dom.links !== 1) return false
  if (punctuationOnly.test(block.value)) return false
  if (wordCount(block.value, 7) > 6) return false
  if (dom.relTag) return dom.landmark !== 'nav'
  if (dom.landmark === 'nav' || dom.landmark === 'header') return false
  const near = dom.near || []
  return near.some((d) => tagTokens.has(d)) && !near.some((d) => notTagWord.test(d))
}

// A breadcrumb's chevron, a pointer's arrow: no headline.
const navigationMark = / [›»>]$|^[→»›] /u
// A count in parentheses at the end: "(29)".
const countEnd = / ?\(\d{1,5}\)$/

// A headline of another article: a link, several words long.
function isHeadline(block: Block, title: string): boolean {
  const dom = block.data.dom!
  if (dom.linkDensity < 0.7 || dom.links < 1 || dom.links > 2) return false
  const value = block.value
  if (value.length > 250 || dom.landmark === 'footer') return false
  // Teasers end with a period; headlines do not.
  if (sentenceEnd.test(value)) return false
  // "Home ›", "→ About this blog": a breadcrumb, a pointer.
  if (navigationMark.test(value)) return false
  // Menus hold short labels ("Letters to the editor"); headlines are longer.
  // (In a script without spaces, counted without a count after it: "港のニュース(29)" is a category's name.)
  const words = wordCount(value, 5)
  const long = unspaced.test(value) ? (value.endsWith(')') ? value.replace(countEnd, '') : value).length >= 10 : words >= 5 ? value.length >= 20 : words === 4 && value.length >= 30
  if (!long) return false
  if (title && comparable(value) === title) return false
  // "By Ana Ruiz and Tom Reed": the link to the authors' pages, a byline (not "By the numbers: ferry fares rise").
  if (isByline(value) && !value.includes(':') && wordCount(value, 8) < 8) return false
  // A menu's entry: "Weight loss tips for the holidays" under "Health ▾".
  if (dom.near?.some((d) => menuTokens.has(d))) return false
  return true
}

/**
 * One message per run of blocks with the same fate and rule.
 */
function report(tree: Root, file: VFile) {
  const key = (block: Block) => (block.data.dom && block.data.fate !== 'body' ? block.data.rule : undefined)
  forEachRun(tree.children, key, (run, rule) => {
    const first = run[0]
    const n = run.length
    const what =
      first.data.fate === 'tag'
        ? `Moved ${n} tag${n === 1 ? '' : 's'} to \`tags\``
        : first.data.fate === 'related'
          ? `Moved ${n} headline${n === 1 ? '' : 's'} to \`related\``
          : first.data.fate === 'title'
            ? 'Took the title'
            : `Removed ${n} block${n === 1 ? '' : 's'}`
    inform(file, `${what} (${rule}): ${quote(first.value)}`, span(first, run[n - 1]), rule)
  })
}
