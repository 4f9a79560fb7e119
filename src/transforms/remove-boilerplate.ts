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
 *    share rows, captions, menus);
 * 4. the document’s structure: the article is the densest run of
 *    sentence-like blocks (a maximum-sum segment over block scores), and
 *    inside it context decides (a short block between body blocks is body,
 *    a run of short label-like lines is navigation).
 *
 * The headline, when the dump shows it, gets fate `title`.
 */
import type {VFile} from 'vfile'
import {blockFeatures, type BlockFeatures} from '../features/block.js'
import {stopwordsFor} from '../features/stopwords.js'
import {lexiconsFor, type Lexicon} from '../lexicon/index.js'
import {inform, quote, span} from '../message.js'
import type {Block, Root} from '../types.js'

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

/** Classes in the manner of jusText. */
type Class = 'good' | 'near' | 'short' | 'bad'

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
}

// Bylines in the supported languages: "By Ana Ruiz", "Por Ana Ruiz", "Von Anna Schmidt", "Автор: Иван Петров".
const bylinePattern =
  /^(?:by|written by|posted by|por|von|di|par|door|автор[:]?|текст[:]?|author[:]?|reporter[:]?)\s+\p{Lu}|^(?:by|por|von|di|par)$|^(?:記者|기자)|기자$/iu
// Captions and credits: "Photo: Reuters", "Foto: EFE", "(Getty Images)", "Image copyright".
const captionPattern =
  /^(?:photo|image|picture|foto|fotografía|fotografia|imagem|immagine|bild|фото|credit|source|quelle|fuente|fonte|illustration|video)\b.{0,120}$|(?:getty images|reuters|afp|\bap\b|epa|shutterstock|istock)\)?\.?$|^\[[^\]]*\]$/iu
// Dates and times on their own: "Nov 15, 2019", "5:45 AM", "15.11.2019 10:20", "2019年11月15日".
const datePattern =
  /^(?:(?:updated|published|posted|actualizado|publicado|atualizado|aggiornato|pubblicato|aktualisiert|veröffentlicht|mis à jour|publié|обновлено|опубликовано)[:\s]*)?(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}年\d{1,2}月\d{1,2}日|(?:\p{L}+\.?,?\s+)?\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})(?:[\s,|·-]+(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}))?(?:\s*\p{Lu}{2,4})?$/iu
const normalizeSpace = /\s+/g
// White space that `normalizeSpace` would change: two in a row, or one that is not a space.
const otherSpace = /[^\S ]|\s\s/
// Stripped from the end of a repetition key: white space and ". : ! ? , ; … · | » › > -"
// (a loop from the end: a `[…]+$` regex retries at every space of the line).
const trailingMarks = new Set(Array.from('.:!?,;…·|»›>-', (d) => d.charCodeAt(0)))
const whiteSpace = /\s/
const contentWord = /[\p{L}\p{N}]{3,}/gu
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
    const open = tree.children.filter((d) => !d.data.fate)
    if (open.length === 0) return

    // Repetition: how often each normalised line occurs (one pass).
    const infos: Info[] = []
    const seen = new Map<string, number>()
    for (const block of open) {
      const lower = block.value.toLowerCase()
      // Most lines have single spaces only: skip rebuilding them.
      const key = stripTrailing(otherSpace.test(lower) ? lower.replace(normalizeSpace, ' ') : lower)
      seen.set(key, (seen.get(key) || 0) + 1)
      const features = blockFeatures(block, stopwords, language)
      infos.push({
        block,
        features,
        class: 'short',
        key,
        byline: features.length < 80 && bylinePattern.test(block.value),
        caption: features.length < 200 && captionPattern.test(block.value)
      })
    }

    for (const info of infos) classify(info, phrases, seen, minLength)

    // The article: the maximum-sum run of block scores.
    const [start, end] = densestRun(infos)

    // Inside the article, context decides for short and bad blocks.
    for (let i = start; i <= end; i++) {
      const info = infos[i]
      if (info.class === 'good' || info.class === 'near') continue
      if (info.reason === 'boilerplate-phrase' || info.reason === 'repeated-line' || info.reason === 'low-text-density') {
        remove(info, info.reason)
        continue
      }
      // A run of short, label-like lines: navigation ("Home", "World", "Sport").
      let j = i
      while (j <= end && infos[j].class === 'short' && !isContinuation(infos, j)) j++
      if (j - i >= 3) {
        for (let k = i; k < j; k++) remove(infos[k], 'navigation-run')
        i = j - 1
        continue
      }
      if (info.class !== 'short' || isContinuation(infos, i)) continue
      if (info.byline && !keepBylines) remove(info, 'byline')
      else if (info.caption && !keepCaptions) remove(info, 'caption')
      else if (!keepHeadings && !info.features.terminal) remove(info, 'heading')
      else if (!keepBylines && !info.features.terminal && datePattern.test(info.block.value)) remove(info, 'byline')
    }

    let title: Info | undefined
    if (findTitle && start <= end) title = headline(infos, start, end)
    if (title) {
      title.block.data.fate = 'title'
      title.block.data.rule = 'headline'
      inform(file, 'Took the headline as title: ' + quote(title.block.value), span(title.block), 'headline')
    }

    for (let i = 0; i < infos.length; i++) {
      if (i >= start && i <= end) continue
      const info = infos[i]
      if (info === title) continue
      // A phrase or a repeated line keeps its own reason; the rest is outside the article.
      remove(info, info.reason === 'boilerplate-phrase' || info.reason === 'repeated-line' ? info.reason : 'outside-article')
    }

    report(tree, file)
  }
}

/**
 * `text` without its trailing run of white space and `trailingMarks`
 * ("Share on Facebook |" → "share on facebook").
 *
 * @param text Text.
 */
function stripTrailing(text: string): string {
  let end = text.length
  while (end > 0) {
    const code = text.charCodeAt(end - 1)
    if (trailingMarks.has(code) || code === 32 || ((code < 32 || code > 126) && whiteSpace.test(text.charAt(end - 1)))) end--
    else break
  }
  return end === text.length ? text : text.slice(0, end)
}

/**
 * Phrase lookup: whole lines and line starts.
 */
interface Phrases {
  whole: Set<string>
  prefixes: string[]
}

const phraseCache = new WeakMap<Lexicon, Phrases>()

function phraseTable(packs: Lexicon[]): Phrases {
  const key = packs[0]
  const cached = packs.length === 1 || packs.length === 2 ? phraseCache.get(key) : undefined
  if (cached) return cached
  const whole = new Set<string>()
  const prefixes: string[] = []
  for (const pack of packs) {
    for (const phrase of pack.boilerplate) whole.add(phrase.toLowerCase())
    for (const prefix of pack.boilerplatePrefixes) prefixes.push(prefix.toLowerCase())
  }
  const table = {whole, prefixes}
  phraseCache.set(key, table)
  return table
}

function isPhrase(key: string, phrases: Phrases): boolean {
  if (phrases.whole.has(key)) return true
  if (key.length > 200) return false
  for (const prefix of phrases.prefixes) if (key.startsWith(prefix)) return true
  return false
}

/**
 * jusText-style class of a block by itself.
 */
function classify(info: Info, phrases: Phrases, seen: Map<string, number>, minLength: number) {
  const f = info.features
  const dom = info.block.data.dom
  if (isPhrase(info.key, phrases)) {
    info.class = 'bad'
    info.reason = 'boilerplate-phrase'
    return
  }
  if (f.noLetters || f.linkLike) {
    info.class = 'bad'
    info.reason = 'low-text-density'
    return
  }
  // "Share", "Facebook", "Twitter" after every teaser; a caption shown twice.
  if ((seen.get(info.key) || 0) > 1 && f.length < 300) {
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
  }
  const sentenceLike = f.terminal || f.sentences > 0
  if (f.length >= minLength) {
    if (f.stopDensity >= 0.25 && sentenceLike) info.class = 'good'
    else if (f.stopDensity >= 0.2 || sentenceLike) info.class = 'near'
    else {
      info.class = 'bad'
      info.reason = 'low-text-density'
    }
    return
  }
  if (f.length >= 40 && sentenceLike && f.stopDensity >= 0.2) {
    info.class = 'near'
    return
  }
  info.class = 'short'
}

/** Score of a block for the densest run. */
function score(info: Info): number {
  switch (info.class) {
    case 'good':
      return 1 + Math.min(info.features.length, 800) / 200
    case 'near':
      return 0.5
    case 'short':
      return -0.35
    default:
      return info.reason === 'boilerplate-phrase' ? -0.5 : -0.6
  }
}

/**
 * The maximum-sum segment of block scores (Kadane): `[start, end]`, or
 * `[0, -1]` when no block scores above zero.
 */
function densestRun(infos: Info[]): [number, number] {
  let best = 0
  let bestStart = 0
  let bestEnd = -1
  let sum = 0
  let from = 0
  for (let i = 0; i < infos.length; i++) {
    if (sum <= 0) {
      sum = 0
      from = i
    }
    sum += score(infos[i])
    if (sum > best) {
      best = sum
      bestStart = from
      bestEnd = i
    }
  }
  return [bestStart, bestEnd]
}

/**
 * Whether block `i` continues the sentence of the block before it
 * (`The book was called` / `The Dragon Waiting` / `, and it was…`).
 */
function isContinuation(infos: Info[], i: number): boolean {
  const previous = infos[i - 1]
  const next = infos[i + 1]
  if (continuationStart.test(infos[i].block.value)) return true
  if (next && continuationStart.test(next.block.value) && previous && !previous.features.terminal) return true
  return false
}

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
    for (const word of info.block.value.toLowerCase().match(contentWord) || []) words.add(word)
  }
  let best: Info | undefined
  let bestScore = 0
  const from = Math.max(0, start - 40)
  for (let i = start + 1 < infos.length ? start + 1 : start; i >= from; i--) {
    const info = infos[i]
    const f = info.features
    if (f.length < 15 || f.length > 300 || f.sentences > 1 || info.caption || info.byline) continue
    // "• Harbour workers, the mayor's new headache": a list item is a teaser, not the headline.
    if (info.block.data.kind === 'list-item') continue
    if (info.reason === 'boilerplate-phrase' || f.linkLike) continue
    if (/[.。]$/u.test(info.block.value) && f.length > 60) continue
    const own = info.block.value.toLowerCase().match(contentWord) || []
    if (own.length === 0) continue
    let shared = 0
    for (const word of new Set(own)) if (words.has(word)) shared++
    const ratio = shared / new Set(own).size
    // Nearer the article is better; a shared word counts more than distance.
    const value = shared >= 2 || (f.cjk > 0.3 && shared >= 1) ? ratio * 2 + shared * 0.1 - (start - i) * 0.02 : 0
    if (value > bestScore) {
      bestScore = value
      best = info
    }
  }
  if (best && infos.indexOf(best) >= start) {
    // The title at the start of the article: only when it is not article text.
    if (best.class === 'good') return undefined
  }
  return best
}

function remove(info: Info, rule: string) {
  info.block.data.fate = 'removed'
  info.block.data.rule = rule
}

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
  let run: Block[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0]
    const last = run[run.length - 1]
    const n = run.length
    const rule = first.data.rule!
    inform(
      file,
      `Removed ${n} block${n === 1 ? '' : 's'} (${descriptions[rule] || rule}): ${quote(first.value)}`,
      span(first, last),
      rule
    )
    run = []
  }
  for (const block of tree.children) {
    if (block.data.fate === 'removed' && block.data.rule && run.length > 0 && run[0].data.rule === block.data.rule) {
      run.push(block)
    } else {
      flush()
      if (block.data.fate === 'removed' && block.data.rule && descriptions[block.data.rule]) run.push(block)
    }
  }
  flush()
}
