/**
 * Lines of an image and of an author that say what they are by themselves:
 * credits at the end of a caption (`…at dawn (Photo: Ana Ruiz)`, `…on
 * Tuesday. (AP Photo/Tom Reed)`, `…the north pier. Credit: Harbour Board`),
 * a gallery's counter (`Image 2 of 5`), an author's contact line (`Write to
 * Ana Ruiz at ana@…`). Shared by `removeBoilerplate` (text) and
 * `classifyDom` (HTML).
 */
import {isLetterCode, isLowerCode} from './code-class.js'
import type {Lexicon} from '../lexicon/types.js'
import {wordCount} from './lines.js'

// An image's credit ending its caption: "…the north pier. Credit: Ana Ruiz", "(Image credit: Harbour Board)".
// (Tested on the last 90 characters only. The name starts with no white space,
// so the runs of white space around the colon are read one way only.)
const creditAtEnd = /\b(?:credits?|crédits?|créditos?|bildnachweis|credito)\s*:\s*[^\s.:()][^.:()]{0,59}\)?\.?$/iu
// The image's credit in its last brackets: "…in the last week of its service (Image: Harbour Desk)", "(Photo by Ana Ruiz)".
const imageCreditInBrackets = /^\((?:photo(?:graph)?s?|image|picture|foto|imagem|immagine|bild|фото)(?: credit)?(?::| by) ?[^()]{1,60}\)\.?$/iu
// A news agency's credit in the last brackets: "(AP Photo/Ana Ruiz)", "(Tom Reed/Reuters)", "(Ana Ruiz/Harbour Post via AP)",
// "( ANA RUIZ/SCIENCE PHOTO LIBRARY)", "(AP)" (after a sentence of its own: see `endsWithCredit`).
const agencies = 'ap|afp|reuters|getty images|getty|epa|dpa|efe|ansa|xinhua|bloomberg|invision|shutterstock|istock|alamy|(?:science )?photo library|pool|handout'
const agencyCreditInBrackets = new RegExp(
  '^\\( ?(?:(?:' + agencies + ') photo\\/[^()]{1,60}|[^()]{1,60}(?:\\/| via )(?:' + agencies + ')(?:, file)?)\\)\\.?$',
  'iu'
)
const agencyAlone = new RegExp('^\\((?:' + agencies + ')\\)\\.?$', 'iu')
// A credit glued to the caption's last sentence, no space between: "…at dawn.Ana Ruiz/Reuters", "…in Northport.Reuters".
const gluedCredit = /[.!?]["”’]?(?:\p{Lu}[^.!?/]{1,40}\/)?(?:Reuters|REUTERS|Getty Images|Getty|GETTY|AFP|AP|EPA)$/u
/** Fewest words before an agency alone in brackets ("ST. JOSEPH, Mich. (AP)" is a dateline). */
const AGENCY_CAPTION_WORDS = 5
// After the caption's last sentence end: "…after the vote. Photograph by Ana Ruiz/Harbour Desk".
const imageCreditAfterSentence = /^["”’]? (?:photo(?:graph)?|image|picture) (?:by |: ?)[^()]{1,60}$/iu

/**
 * Whether a text ends with an image credit (`creditAtEnd`;
 * `imageCreditInBrackets` or `agencyCreditInBrackets` on its last brackets,
 * `imageCreditAfterSentence` after its last sentence end): the text is an
 * image's caption, however much it reads like a sentence. Cheap gate first:
 * the credit is within 90 characters of the end.
 *
 * @param value A block's text.
 */
export function endsWithCredit(value: string): boolean {
  // Every credit ends within the last `CREDIT_REACH` characters: only they are read.
  const base = value.length > CREDIT_REACH ? value.length - CREDIT_REACH : 0
  const tail = base > 0 ? value.slice(base) : value
  const colon = tail.lastIndexOf(':')
  if (colon >= 0 && tail.length - colon <= 64 && (creditAtEnd.test(tail) || hasGluedCreditLabel(tail, colon))) return true
  if (tail.endsWith(')') || tail.endsWith(').')) {
    const open = tail.lastIndexOf('(')
    if (open < 0) return false
    const credit = tail.slice(open)
    if (imageCreditInBrackets.test(credit) || agencyCreditInBrackets.test(credit)) return true
    // "…at the north pier, on May 3. (AP)" (not "NORTHPORT, Maine (AP)", a dateline).
    return agencyAlone.test(credit) && wordCount(value.slice(0, base + open).trimEnd(), AGENCY_CAPTION_WORDS) >= AGENCY_CAPTION_WORDS
  }
  // "…at the north pier.Ana Ruiz/Reuters": the credit glued to the caption's last sentence.
  if (gluedCredit.test(tail.length > 60 ? tail.slice(-60) : tail)) return true
  // (The credit may end with a stop of its own: "…in 1987. Photo by Ana Ruiz.")
  const from = tail.length - 2
  const end = Math.max(tail.lastIndexOf('.', from), tail.lastIndexOf('!', from), tail.lastIndexOf('?', from))
  return end >= 0 && (base > 0 || end > 0) && imageCreditAfterSentence.test(tail.slice(end + 1))
}

/** How far from a caption's end its credit may start (characters). */
const CREDIT_REACH = 90

// A photographer and an agency, alone on a line under an image: "Ana Ruiz, ASSOCIATED PRESS",
// "Harbour TV, AP", "Tom Reed/Getty Images".
const nameAndAgency = new RegExp('^[^.!?,/]{2,40}(?:, |\\/)(?:the )?(?:associated press|' + agencies + ')$', 'iu')

/**
 * Whether a short line is an image's credit: a name and a news agency
 * (`Ana Ruiz, ASSOCIATED PRESS`).
 *
 * @param value A block's text.
 */
export function isCreditLine(value: string): boolean {
  return value.length <= 60 && nameAndAgency.test(value)
}

/** Shortest caption that `isCaptionWithCopy` finds written again after its credit. */
const COPIED_CAPTION = 20

/**
 * Whether a text is an image's caption, its credit after a `©`, and the
 * caption again (an image's alt text, caption and credit on one line:
 * `a boat at a pier: Crews load the ferry.© Ana Ruiz Crews load the ferry.`).
 *
 * @param value A block's text.
 */
export function isCaptionWithCopy(value: string): boolean {
  const sign = value.indexOf('©')
  if (sign < COPIED_CAPTION) return false
  // (After a description of the image: "a boat at a pier: ".)
  const colon = value.lastIndexOf(': ', sign)
  const caption = value.slice(colon >= 0 ? colon + 2 : 0, sign).trim()
  return caption.length >= COPIED_CAPTION && value.indexOf(caption.slice(0, COPIED_CAPTION), sign) > sign
}

// An author's contact line: "Write to Lena Voss at lena@courier.example", "Email Tom Reed at tom@courier.example or
// follow him @tomreed.", "Contact the writer: lena@courier.example", or a name, an address and a number:
// "Lena Voss lena@courier.example (555) 459-5382".
const contactLine =
  /^(?:(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact|[Rr]each) (?:\p{Lu}[\p{L}'’.-]* ){1,4}at [^\s@]+@[^\s@]|[Cc]ontact the (?:writer|author|reporter):? ?[^\s@]+@[^\s@]|(?:\p{Lu}[\p{L}'’.-]* ){1,4}[^\s@]+@[\w-]+(?:\.[\w-]+)+(?: [\d()+ .-]{7,20})?$)/u

/**
 * Whether a block is an author's contact line (`contactLine`), short and
 * holding an e-mail address.
 *
 * @param value A block's text.
 */
export function isAuthorContact(value: string): boolean {
  return value.length <= 160 && value.includes('@') && contactLine.test(value)
}

// A gallery's counter alone on its line: "Image 2 of 5", "Photo 3/12", "1 of 6".
const galleryCounter = /^(?:(?:image|photo|picture|slide|foto|imagen|bild|фото) ?)?\d{1,3} ?(?:of|\/|von|de|di|из) ?\d{1,3}$/iu

/**
 * Whether a line is a gallery's counter (`Image 2 of 5`).
 *
 * @param value A block's text.
 */
export function isGalleryCounter(value: string): boolean {
  return value.length <= 24 && galleryCounter.test(value)
}

/** Longest line that credits the reporting (characters). */
const CREDIT_LINE_MAX = 250

/**
 * Whether a line key credits the reporting: it starts or ends with a credit
 * cue (`Additional reporting by Tom Reed`, `Tom Reed and Ana Ruiz contributed
 * to this report`), and is short.
 *
 * @param key The line's key (lower case, trailing punctuation dropped).
 * @param credits Credit cues, lower case.
 */
export function isReportingCredit(key: string, credits: readonly string[]): boolean {
  if (credits.length === 0 || key.length > CREDIT_LINE_MAX) return false
  for (const cue of credits) if (key.startsWith(cue) || key.endsWith(cue)) return true
  return false
}

/** Longest author's note (characters). */
const BIO_MAX = 400
/** Farthest a note's link may stand from its start ("NRO contributor Ana Ruiz is the…"). */
const BIO_LINK_MAX = 60
/** Farthest the trade may end after the link ("is the Harbour Trust's senior fellow"). */
const BIO_TRADE_MAX = 48

/** How an author's note links a name to a trade: the `authorBio` of the phrase packs, merged, lower case. */
export interface AuthorBio {
  /** Links between the name and the trade (`is a`). */
  links: string[]
  /** Trades (`reporter`, `staff writer`). */
  trades: string[]
}

/**
 * The `authorBio` of phrase packs, merged and lower case (`undefined` when
 * none has one).
 *
 * @param packs Phrase packs.
 */
export function authorBioOf(packs: readonly Lexicon[]): AuthorBio | undefined {
  let bio: AuthorBio | undefined
  for (const pack of packs) {
    if (!pack.authorBio) continue
    bio ||= {links: [], trades: []}
    bio.links.push(...pack.authorBio.links.map((d) => d.toLowerCase()))
    bio.trades.push(...pack.authorBio.trades.map((d) => d.toLowerCase()))
  }
  return bio
}

/**
 * Whether a block is an author's note about themselves (`Ana Ruiz is a
 * staff writer at the Courier, covering the harbour.`): short, its first
 * sentence links a name (a capital first) to a trade, the link within the
 * first `BIO_LINK_MAX` characters.
 *
 * @param value A block's text.
 * @param bio The language's links and trades, lower case.
 */
export function isAuthorBio(value: string, bio: AuthorBio | undefined): boolean {
  if (!bio || value.length > BIO_MAX || !isUpperStart(value)) return false
  const stop = value.indexOf('. ')
  // (No-break spaces read as spaces: "Ana\u00A0Ruiz is a…".)
  const sentence = (stop > 0 ? value.slice(0, stop) : value).toLowerCase().replaceAll('\u00A0', ' ')
  let link = -1
  for (const candidate of bio.links) {
    const at = sentence.indexOf(candidate)
    if (at > 0 && at <= BIO_LINK_MAX && (link < 0 || at < link)) link = at
  }
  if (link < 0) return false
  // The trade right after the link, before any comma: "… is a staff writer at …" (not "… is a
  // lifeline for the island, the editor said").
  let clause = sentence.slice(link, link + BIO_TRADE_MAX)
  const comma = clause.indexOf(',')
  if (comma >= 0) clause = clause.slice(0, comma)
  const rest = ' ' + clause + ' '
  return bio.trades.some((trade) => hasWord(rest, trade))
}

/** Whether a text starts with an upper-case letter. */
function isUpperStart(value: string): boolean {
  const first = value.charAt(0)
  return first !== first.toLowerCase()
}

/** Whether `word` stands in `text` between non-letters (`text` padded with spaces). */
function hasWord(text: string, word: string): boolean {
  let at = text.indexOf(word)
  while (at >= 0) {
    const before = text.charCodeAt(at - 1)
    const after = text.charCodeAt(at + word.length)
    if (!isLetterCode(before) && !isLetterCode(after)) return true
    at = text.indexOf(word, at + 1)
  }
  return false
}

/** Longest line that sends the reader to an address (characters). */
const POINTER_MAX = 200

/**
 * Whether a short line sends the reader to an address: it starts with a cue
 * (`Follow`, `Reach`, `More`), and its last word is a bare address after
 * ` at`, ` on` or a colon (`Follow our coverage of the harbour at
 * https://…`, `More harbour news: https://… and https://…`, `Reach the
 * reporter on Twitter at https://…`).
 *
 * @param value A block's text.
 * @param cues Line starts, lower case.
 */
export function isAddressPointer(value: string, cues: readonly string[]): boolean {
  if (value.length > POINTER_MAX || cues.length === 0) return false
  const text = value.trim()
  const lastWord = text.slice(text.lastIndexOf(' ') + 1)
  if (!isAddress(lastWord)) return false
  // The text before its first address ends with " at", " on" or ":".
  let first = text.length - lastWord.length
  for (const scheme of ['http://', 'https://', 'www.']) {
    const at = text.indexOf(' ' + scheme)
    if (at >= 0 && at + 1 < first) first = at + 1
  }
  const before = text.slice(0, first).trimEnd()
  if (!(before.endsWith(' at') || before.endsWith(' on') || before.endsWith(':'))) return false
  const key = before.toLowerCase()
  for (const cue of cues) {
    if (key.startsWith(cue) && (key.length === cue.length || !isLetterCode(key.charCodeAt(cue.length)))) return true
  }
  return false
}

/** Whether a word is a bare address (`https://…`, `www.…`), a stop after it allowed. */
function isAddress(word: string): boolean {
  return (word.startsWith('https://') || word.startsWith('http://') || word.startsWith('www.')) && word.length > 11
}

// Labels of an image's credit that a caption's last word may be glued to.
const creditLabels = ['Credit', 'Credits', 'Crédit', 'Crédits', 'Crédito', 'Créditos', 'Bildnachweis', 'Credito', 'Photo', 'Foto', 'Image']

/**
 * Whether a caption ends with its credit's label glued to its last word (the
 * caption and the credit in two spans of a figure's caption, read without a
 * space: `…ate a rabbitCredit: Harbour Desk`, `[ …at dawnPhoto: Ana Ruiz]`,
 * an image's text in brackets). A small letter glued to a capital's word is
 * no prose.
 *
 * @param tail The caption's end.
 * @param colon Offset of the last colon in `tail`.
 */
function hasGluedCreditLabel(tail: string, colon: number): boolean {
  // "…rabbitCredit :" → the label before the colon, one space allowed.
  const labelEnd = tail.charCodeAt(colon - 1) === 32 ? colon - 1 : colon
  for (const label of creditLabels) {
    const at = labelEnd - label.length
    if (at < 1 || !tail.startsWith(label, at) || !isLowerCode(tail.charCodeAt(at - 1))) continue
    // The credit: 1 to 60 characters without a stop, a colon or brackets, then "]" or "." at most.
    let end = tail.length
    if (tail.endsWith('.')) end--
    if (tail.charAt(end - 1) === ']') end--
    const credit = tail.slice(colon + 1, end).trim()
    return credit.length >= 1 && credit.length <= 60 && !/[.:()[\]]/.test(credit)
  }
  return false
}
