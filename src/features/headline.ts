/**
 * Shape tests for short blocks: headlines of other articles, tag labels,
 * section labels, and the small pieces that surround them in teaser lists
 * (dates, counts, durations, bylines). Cheap regex tests only: no NLCST.
 */
import {hasCodeMark} from './code.js'
import {codeClass} from './code-class.js'

// Scripts written without spaces between words: "関連記事", "인기 기사".
export const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
// `unspaced` on one code point (none of them is ASCII).
const isUnspacedCode = codeClass(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u, () => false)

// A letter with case: "A", "ж"; used to tell caseful scripts.
const casedLetter = /[\p{Lu}\p{Ll}]/u
const firstLetter = /\p{L}/u
const upperStart = /^[\p{Lu}\p{N}"'‘“«„¿¡([]/u

// Ends like a sentence: "… the forecasts." but not "…" or "...".
const finalPeriod = /[^.]\.$/u
// A sentence ends inside: "podcasts. Here’s why".
// (The period first, the letters before it as a look-behind: the pattern is tried at periods only.)
const innerSentence = /\.(?<=\p{Ll}{3}\.)["”’»]?\s+["“‘«]?\p{Lu}/u
// "… U.S.", "… Corp.": a final period that ends an abbreviation.
// (A word's start is no `\b`, which knows ASCII letters only: "… Иван П." has none before "П".)
const abbreviationEnd = /(?:(?<![\p{L}\p{N}_])\p{Lu}\.){1,3}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Dr|etc)\.$/u
/**
 * Alternatives of a pattern in the case forms a page writes them: lower
 * case, the first letter capitalised, every word capitalised, capitals
 * (`written by` → `written by|Written by|Written By|WRITTEN BY`). A pattern
 * built so needs no `i` flag, which would make `\p{Lu}` match lower case too.
 *
 * @param phrases Pattern sources in lower case.
 * @returns One pattern source of alternatives, the longest first.
 */
export function caseForms(phrases: readonly string[]): string {
  const forms = new Set<string>()
  for (const phrase of phrases) {
    forms.add(phrase)
    forms.add(phrase.charAt(0).toUpperCase() + phrase.slice(1))
    forms.add(phrase.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()))
    forms.add(phrase.toUpperCase())
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|')
}

// "By Jane Doe", "por Ana", "von Max", "by admin" (a site's user name in lower case, alone, after "by").
// (Not words in lower case after the cue, a sentence: "De nouveaux abris…", "Di solito", "By the numbers".)
const bylineLead =
  '^(?:(?:' + caseForms(['written', 'reviewed', 'medically reviewed', 'edited', 'reporting', 'photos?', 'words', 'posted', 'escrito', 'publicado', 'geschrieben']) + ')\\s+)?'
const byline = new RegExp(
  bylineLead + '(?:' + caseForms(['by', 'por', 'par', 'von', 'di', 'da', 'de', 'от', 'автор']) + ')[:]?\\s+\\p{Lu}|' + bylineLead + '(?:' + caseForms(['by']) + ')[:]?\\s+\\p{Ll}[\\p{Ll}\\p{N}_.-]{1,29}$',
  'u'
)
// A photo caption with its credit: "The new pier at dawn (Credit: Harbour Desk)", "(AP Photo/Jane Doe)".
const creditWord = /\b(?:credit|credits|photo|photos|image|images|foto|fotos|bild|getty|reuters|afp|epa|ap|shutterstock|istock)\b/iu
const creditLabel = /\b(?:photo|foto|credit|bild):\s/iu
// "Marta Quill commented on": a commenter's name (and a note in brackets), then the words of a recent-comments widget.
const commenter = '^[^\\s()]+(?: [^\\s()]+){0,3}(?: \\([^()]{1,30}\\))? (?:commented on|kommentierte|comentó en|comentou em|a commenté|ha commentato|к записи)'
// A comment header: "harbourfan says: May 2, 2027 at", "Jane Doe wrote:", "34 responses to “…”", a commenter.
// (A text browser writes a no-break space after the comment's number: "9.\u00a0harbourfan says:";
// the commenter's name, a link, may end up on a line of its own: "harbourfan" ⏎ "says:".)
const commentHeader = new RegExp('^(?:\\S+(?:[ \\u00a0]\\S+){0,3}[ \\u00a0])?(?:says|said|wrote|writes|schreibt|dice|escribió|dit|a écrit|disse|пишет|написал)[:：](?:\\s|$)|^\\d+ (?:responses|comments|replies|thoughts) (?:to|on)\\b|' + commenter + '(?: |$)', 'iu')
// "This story has been shared 4,512 times."
const shareCount = /\bhas been shared [\d,.]+ times/iu
// Widgets: form fields ("Your Name [ ]"), breadcrumbs ("Blog > Health > Tips"), share buttons ("(Opens in new window)").
// (Breadcrumbs and pipe rows are found with `twice`: ` > .+ > ` backtracks over long lines.)
const widget = /\[\s*\]|^\[[^\]]*\]$|\] \[|\(opens in (?:a )?new window\)|^click (?:to|here)\b|\benable javascript\b/iu

/** Whether `separator` occurs twice on one line of `text` with something between (`Blog > Health > Tips`). */
function twice(text: string, separator: string): boolean {
  const first = text.indexOf(separator)
  if (first < 0) return false
  const second = text.indexOf(separator, first + separator.length + 1)
  return second >= 0 && text.lastIndexOf('\n', second) < first
}
// A poll option with its share of votes: "Yes, rebuild it (41%, 1,680 Votes)"; a
// teaser: "… the pier. (More)".
const pollOrTeaser = /\(\d{1,3}(?:[.,]\d+)?\s?%|[.!?]\s*\((?:more|mehr|más|plus|leggi|mais|ещё|далее)\)$/iu
// A category with its post count: "Harbour news (12)", "日記、雑記(8)".
const categoryCount = /^(.{1,40}?)\s?\(\d{1,5}\)$/u
// Starts with a full date then more: "May 2, 2027 | By Jane Doe".
const fullDateStart = new RegExp('^(?:' + '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}' + '|\\d{4}-\\d{2}-\\d{2}' + ')\\b', 'iu')
// A name of one to three capitalized words, then a full date (and a time): "Marta Quill November 3, 2027 12:32",
// a byline with its date, as a text browser writes the two on one line.
const namedDate = new RegExp('^\\p{Lu}[\\p{L}’\'.-]*(?: \\p{Lu}[\\p{L}’\'.-]*){0,2},? (?:' + '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}' + '|\\d{4}-\\d{2}-\\d{2}' + ')(?: \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp]\\.?[Mm]\\.?)?)?$', 'u')
// "Home » Harbour news", "Главная › Статьи": a breadcrumb, short parts between arrows (a text
// browser may keep a separator cell after the arrow: "Home » | Harbour news").
const crumbSeparator = / [»›](?: \|)? /u
// "12 Harbour Road, Kestrel Bay, KB 40211": a street address with its postal code.
const address = /^\d{1,5}[A-Za-z]? [^,]{3,40}(?:, [^,]{2,30}){1,3},? (?:\p{Lu}{2} )?\d{5}(?:-\d{4})?$/u

/** Whether the line is a breadcrumb: two parts or more of one to three words between `»` or `›`. */
function isBreadcrumb(text: string): boolean {
  if (text.length > 80 || !crumbSeparator.test(text)) return false
  const parts = text.split(crumbSeparator)
  return parts.every((part) => part !== '' && wordCount(part) <= 3)
}
// Addresses and links: "www.example.com", "http://…", "@handle".
const link = /(https?:\/\/|www\.|@\w|\.(com|org|net)\b)/iu
const copyright = /©|\(c\)\s*\d{4}/iu

// "May 15, 2017", "15 May 2017", "2019-11-19", "19/11/2019", "Nov 20", "2 hours ago", "4:20am".
const monthName =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre)'
const dateRe = new RegExp(
  '^(?:(?:updated|published|posted|on)\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:' +
    // "May 15, 2017", "Nov 20", "November 19, 2019 | 4:20am"
    '(?:' + monthName + ')\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?' +
    // "15 May 2017", "5 de março de 2019"
    '|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:' + monthName + ')(?:\\s+(?:de\\s+)?\\d{4})?' +
    // "2019-11-19", "19/11/2019", "19.11.2019", "2019.11.19"
    '|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}[./]\\d{1,2}[./]\\d{1,2}' +
    // "2019年11月", "2019年11月19日", "11月19日", "2019년 11월 19일"
    '|\\d{4}\\s?[年년]\\s?\\d{1,2}\\s?[月월](?:\\s?\\d{1,2}\\s?[日일])?|\\d{1,2}\\s?[月월]\\s?\\d{1,2}\\s?[日일]' +
    ')(?:(?:\\s*[,|·•-])?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?\\s*$',
  'iu'
)
// "2 hours ago", "3 days ago", "vor 2 Stunden", "hace 3 horas".
const agoRe = /^(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago$|^(?:vor|hace|há|il y a)\s+\d+\s+\p{L}+$/iu
// A line that starts with a date: "June 9 – Coral Sky Amphitheatre", "12.03.2019 Title".
const dateStart = new RegExp('^(?:(?:' + monthName + ')\\s+\\d{1,2}\\b(?!,? \\d{4}\\b)|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b)', 'iu')
// "Air Date: November 19, 2019", "Published 7:07 PM EST", "Updated: 2 hours ago".
const datedLabel = /^(?:published|updated|posted|air date|date)\b/iu
// "4:20am", "02:31", "1:02:45" (durations and times).
const durationRe = /^\(?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\)?$/iu
// "(133)", "133", "44,976", "1 Comment", "12 comments", "0".
const countRe = /^\(?\d[\d,.]*(?: [\d,.]+)*\)?(?:\s+\p{L}+)?$/u
// Separator-only blocks: ",", "|", "·", "/", "—".
export const separatorOnly = /^[,;|·•/\\–—-]+$/u

/** Whether the text is written in a script without spaces between words. */
export function isUnspaced(text: string): boolean {
  // Thai, kana and Han all sit at U+0E00 or above: a character below decides nothing.
  // (Each code point looked up in a table: the pattern calls out to a range
  // search for each character of a text beyond Latin-1, as "’" makes one.)
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    if (code >= 0x0e00 && isUnspacedCode(code)) return true
    // (An add on every character: a branch never taken leaves V8 no type feedback.)
    i += code > 0xffff ? 1 : 0
  }
  return false
}

/**
 * Whether a text may be or end with a date or a time: every pattern of
 * `isDateLike` holds an ASCII digit or ends in `ago` (`an hour ago`).
 *
 * @param text Any text.
 */
export function mayBeDate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) return true
  }
  const n = text.length
  return n >= 3 && (text.charCodeAt(n - 1) | 32) === 111 && (text.charCodeAt(n - 2) | 32) === 103 && (text.charCodeAt(n - 3) | 32) === 97
}

/**
 * Number of words (runs of non-space characters); for unspaced scripts an
 * estimate (a word every 3 characters).
 */
export function wordCount(text: string): number {
  if (isUnspaced(text)) return Math.ceil(text.length / 3)
  return spacedWordCount(text)
}

/** Runs of characters other than space, tab, line feed and no-break space. */
function spacedWordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space = code === 32 || code === 9 || code === 10 || code === 160
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Whether the text is a date or a time (`May 15, 2017`, `2 hours ago`). */
export function isDateLike(text: string): boolean {
  return text.length <= 60 && mayBeDate(text) && (dateRe.test(text) || agoRe.test(text) || durationRe.test(text))
}

/**
 * Whether a sentence ends inside the text and another starts (`podcasts. Here’s
 * why`): a period after three lower-case letters or digits, before a capital. An
 * abbreviation is none (`the U.S. border`, `Dr. Ana Ruiz`).
 *
 * @param text Any text.
 */
export function holdsSentenceEnd(text: string): boolean {
  return text.indexOf('.') >= 0 && sentenceEndInside.test(text)
}

// "… in 2019. Esper is…", "… podcasts. Here’s why": a period after three lower-case letters or digits, before a capital.
const sentenceEndInside = /\.(?<=[\p{Ll}\p{N}]{3}\.)["”’»]?\s+["“‘«]?\p{Lu}/u

/** Whether the text is a count (`(133)`, `44,976`, `1 Comment`). */
export function isCountLike(text: string): boolean {
  return text.length <= 24 && countRe.test(text)
}

/** Whether the text is a byline (`By Jane Doe`, `Written by Jane Doe`). */
export function isByline(text: string): boolean {
  return text.length <= 80 && byline.test(text)
}

// "Author:", "By" on a line of its own; "Publish date: Oct 4, 2027".
const authorLabel = /^(?:by|author|authors|written by|posted by|por|par|von|autor|autore|автор)[:：]?$/iu
const publishLabel = /^publish(?:ed)?\s+(?:date|on)\b/iu

/**
 * Whether a short line is an article's meta data: a byline, a date, a dated
 * label (`Published 9:10 AM`, `Publish date:`), or an author label.
 *
 * @param text The line (trimmed).
 */
export function isArticleMeta(text: string): boolean {
  if (text.length > 80) return false
  return byline.test(text) || authorLabel.test(text) || datedLabel.test(text) || publishLabel.test(text) || isDateLike(text) || fullDateStart.test(text) || namedDate.test(text)
}

// A digit: a date line has one.
const holdsDigit = /\d/

/**
 * Whether a short line is an article's date line, in shapes a plain date
 * pattern does not know: `Updated 9:10 am EST, Monday, March 1, 2027`,
 * `Published March 1st, 2027 - 09:10 GMT`, `Ana Ruiz 2027-03-01 09:10`
 * (`isArticleMeta`, with a digit: not `Date night at the harbour`).
 *
 * @param text The line (trimmed).
 */
export function isDateLine(text: string): boolean {
  return text.length <= 80 && holdsDigit.test(text) && isArticleMeta(text)
}

/**
 * Whether the text is a photo caption with its credit (`The new pier at dawn
 * (Credit: Harbour Desk)`, `… (AP Photo/Jane Doe)`, `… Photo: Harbour Desk`).
 *
 * @param text The text.
 */
export function isCaptionCredit(text: string): boolean {
  if (creditLabel.test(text)) return true
  if (text.charCodeAt(text.length - 1) !== 41 /* ) */) return false
  const open = text.lastIndexOf('(')
  if (open < 0 || text.length - open > 160) return false
  return creditWord.test(text.slice(open)) || isNameCredit(text, open)
}

// Before a credit: the end of a sentence ("… on Sunday. (", "… in the U.S.(").
const sentenceEnd = /[.!?]["”’»]?\s*$/u
// A credit's names: "Jane Doe", "Jane Doe/Coast Press", "Coast Press / Jane Doe".
const creditNames = /^\p{Lu}[^()\n]{0,80}$/u

/**
 * "The ferry leaves the pier on Sunday. (Jane Doe/Coast Press)", or the
 * credit alone on its line ("(Jane Doe / Coast Press)"): names in
 * parentheses after a full sentence (a space or a slash between them), or a
 * credit of two names with a slash. Headlines end without a sentence mark
 * before a final "(…)".
 */
function isNameCredit(text: string, open: number): boolean {
  const names = text.slice(open + 1, -1)
  if (!creditNames.test(names)) return false
  const slash = names.includes('/')
  if (open === 0) return slash
  return (slash || names.includes(' ')) && sentenceEnd.test(text.slice(Math.max(0, open - 4), open))
}

// "Marta Quill commented on Ferry crews vote…": a recent-comments widget names the article commented on.
// (The same words as the last branch of `commentHeader`; a title starts with no small letter:
// "Crews commented on the vote" is a headline. Case-sensitive for that: the words are written as widgets write them.)
const commentedOn = new RegExp(commenter + ' (?=[^\\p{Ll}\\s])', 'u')

/**
 * Length of a commenter's name and `commented on` before the title of the
 * article commented on (`Marta Quill commented on Ferry crews vote…`), or
 * `0` when the text does not start so.
 *
 * @param text The line.
 */
export function commentedOnLength(text: string): number {
  if (text.length > 260 || !mayBeCommentHeader(text)) return 0
  const match = commentedOn.exec(text)
  return match ? match[0].length : 0
}

// "Marta Quill commented on" alone on its line: the title of the article commented on follows.
const commenterLine = new RegExp(commenter + '$', 'iu')

/**
 * Whether the line is a commenter of a recent-comments widget alone
 * (`Marta Quill commented on`): it names an article, it opens no comment.
 *
 * @param text The line.
 */
export function isCommenterLine(text: string): boolean {
  return text.length <= 120 && commenterLine.test(text)
}

/** Whether the text is a comment header (`harbourfan says:`, `34 responses to “…”`). */
export function isCommentHeader(text: string): boolean {
  return text.length <= 200 && mayBeCommentHeader(text) && commentHeader.test(text)
}

/**
 * Cheap gate before `commentHeader` (keep it in step with the pattern): its
 * branches need a colon (`says:`), a first digit (`34 responses`), `ment`
 * (`commented on`, `kommentierte`, `comentó en`…) or `з` (`к записи`).
 * Letters compare ASCII case-insensitively, as `/iu` does for these ones.
 */
function mayBeCommentHeader(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 48 && first <= 57) return true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 58 || code === 0xff1a || code === 0x0437 || code === 0x0417) return true
    if ((code | 32) === 109 /* m */ && i + 3 < text.length && (text.charCodeAt(i + 1) | 32) === 101 && (text.charCodeAt(i + 2) | 32) === 110 && (text.charCodeAt(i + 3) | 32) === 116) {
      return true
    }
  }
  return false
}

// "[…]" or "[...]": a blog's excerpt ends so.
const excerptEnd = /\[(?:…|\.\.\.)\]$/u

/**
 * Whether the text ends as a blog post's excerpt (`… talk about the […]`).
 *
 * @param text The text (trimmed).
 */
export function isExcerpt(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 93 /* ] */ && excerptEnd.test(text.slice(-6))
}

// "…base updatesSometimes people…": a small letter glued to a capital, where a title ran into its excerpt.
const gluedStart = /\p{Ll}(?=\p{Lu}\p{Ll})/u

/**
 * Length of a post's title glued to its excerpt in a text that lost the line
 * break between them (`Harbour works beginCrews met at dawn to […]`), or `0`.
 *
 * @param text The text (trimmed).
 */
export function gluedExcerptTitle(text: string): number {
  if (!isExcerpt(text)) return 0
  const match = gluedStart.exec(text)
  return match && match.index >= 7 ? match.index + 1 : 0
}

/** Characters whose presence lets a pattern of `headlineShape` match (see `inventory`). */
const DIGIT = 1
const COLON = 2
const DOT = 4
const AT = 8
const OPEN = 16
const BRACKET = 32
const COMMA = 64
const J = 128
const COPYRIGHT = 256

/**
 * Which of the characters the patterns of `headlineShape` need a text holds:
 * a pattern whose characters are missing is not run.
 */
function inventory(text: string): number {
  let found = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) found |= DIGIT
    else if (code === 58 || code === 0xff1a) found |= COLON
    else if (code === 46) found |= DOT
    else if (code === 64) found |= AT
    else if (code === 40) found |= OPEN
    else if (code === 91 || code === 93 || code === 62 || code === 124) found |= BRACKET
    else if (code === 44) found |= COMMA
    else if (code === 106 || code === 74) found |= J
    else if (code === 0xa9) found |= COPYRIGHT
  }
  return found
}

// "[Harbour at dawn]", "[Logo][Ferry crews vote…]": images' texts in brackets, nothing else.
const imageTexts = /^(?:\[[^[\]]{1,300}\])+$/

/**
 * How much a block looks like the headline of another article:
 * `0` not at all, `1` weakly (short, title-case), `2` strongly.
 *
 * A headline is short, has no final period (an ellipsis is fine: truncated
 * headlines), starts with a capital (in scripts with case), holds one
 * sentence, and is not a byline, a date or a link.
 *
 * @param text The block’s text.
 */
export function headlineShape(text: string): 0 | 1 | 2 {
  // Every test but the last returns `0`: the cheap ones run first.
  const length = text.length
  if (length < 8 || length > 160) return 0
  const cjk = isUnspaced(text)
  if (length > 150 && !cjk) return 0
  const last = text.charCodeAt(length - 1)
  // "… the forecasts." (not "… U.S."), "… the", "… ,".
  if (last === 46 /* . */ && text.charCodeAt(length - 2) !== 46 && !(length < 80 && abbreviationEnd.test(text))) return 0
  if (isFragmentEnd(last)) return 0
  // "Crews met at dawn to talk about the […]": the cut end of a post's excerpt, no headline.
  // (A title glued to its excerpt is a headline: `cleanHeadline` cuts the excerpt.)
  if (isExcerpt(text) && gluedExcerptTitle(text) === 0) return 0
  // "E-mail * ______________": a form's text field as a text browser draws it, under its label.
  if (text.includes('____')) return 0
  // "[Ferry crews vote to keep the late crossing]": an image's text in brackets, as w3m and
  // pandoc's plain text write it (a teaser's picture above its headline), no headline itself.
  if (text.charCodeAt(0) === 91 /* [ */ && last === 93 /* ] */ && imageTexts.test(text)) return 0
  let words = 0
  if (cjk) {
    if (last === 0x3002 /* 。 */ || last === 0xff0e /* ． */) return 0
  } else {
    // The first letter: a letter with case asks for a capital start ("Ferry…", "“Ferry…").
    const at = firstLetterAt(text)
    if (at < 0) return 0
    const code = text.charCodeAt(at)
    const cased = code < 0x80 || casedLetter.test(firstLetter.exec(text.slice(at))![0])
    if (cased && !startsUpper(text)) return 0
    words = spacedWordCount(text)
    if (words < 3 || words > 30) return 0
    // "podcasts. Here’s why": a period with three letters before it and two characters after.
    const dot = text.indexOf('.', 3)
    if (dot >= 0 && dot < length - 2 && innerSentence.test(text)) return 0
  }
  // Each pattern below runs only when the text holds the characters it needs
  // (keep these gates in step with the patterns).
  const has = inventory(text)
  // "June 9 – Coral Sky Amphitheatre", "Air Date: November 19, 2019", "Published 7:07 PM EST".
  if (((has & DIGIT) !== 0 && dateStart.test(text)) || datedLabel.test(text)) return 0
  if (isDateLike(text) || isCountLike(text)) return 0
  // "www.…", "https://…", "@handle", "….com"; "©", "(c) 2027".
  if (((has & (DOT | COLON | AT)) !== 0 && link.test(text)) || ((has & (COPYRIGHT | OPEN)) !== 0 && copyright.test(text)) || isByline(text)) return 0
  // "Harbour news (12)".
  const category = last === 41 /* ) */ ? categoryCount.exec(text) : null
  if (category && (isUnspaced(category[1]) ? category[1].length <= 12 : wordCount(category[1]) <= 3)) return 0
  if (
    // "Photo: Harbour Desk", "… (Credit: …)" (the credit word needs a final ")").
    (((has & COLON) !== 0 || last === 41) && isCaptionCredit(text)) ||
    (mayBeCommentHeader(text) && commentHeader.test(text)) ||
    // "has been shared 4,512 times".
    ((has & (DIGIT | COMMA | DOT)) !== 0 && shareCount.test(text)) ||
    // "[ ]", "] [", " > … > ", " | … | ", "(opens in new window)", "click here", "enable javascript".
    (((has & (BRACKET | OPEN | J)) !== 0 || (text.charCodeAt(0) | 32) === 99) /* c */ && widget.test(text)) ||
    ((has & BRACKET) !== 0 && (twice(text, ' > ') || twice(text, ' | '))) ||
    // "(41%", "… (More)".
    ((has & OPEN) !== 0 && pollOrTeaser.test(text)) ||
    // "May 2, 2027 | By …", "2027-05-02 …".
    ((has & DIGIT) !== 0 && (fullDateStart.test(text) || namedDate.test(text) || address.test(text))) ||
    isBreadcrumb(text)
  ) {
    return 0
  }
  if (cjk) return length >= 12 && length <= 120 ? 2 : 1
  return words >= 5 && length >= 24 ? 2 : 1
}

/** Whether a character ends a fragment (`fragmentEnd`: `,` `;` `:` `–` `—` `-`). */
function isFragmentEnd(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 45 || code === 0x2013 || code === 0x2014
}

// Marks no tag holds: braces, an equals sign, a semicolon.
const codeChars = /[{}=;]/

/**
 * Whether the text looks like one tag: a short label (`Storms`,
 * `lunar lander`, `Sierra Nevada Corp.`), not a sentence.
 *
 * @param text The item’s text.
 */
export function isTagShape(text: string): boolean {
  const length = text.length
  if (length === 0 || length > 50) return false
  if (link.test(text) || copyright.test(text)) return false
  // "$(tagBox).data('tags')", "= page_keywords": script text left behind.
  if (codeChars.test(text) || hasCodeMark(text)) return false
  if (isUnspaced(text)) return length <= 20 && !/[。．！？]$/u.test(text)
  if (finalPeriod.test(text) && !/(?<![\p{L}\p{N}_])\p{Lu}\p{L}{0,4}\.$/u.test(text)) return false
  if (/[!?:;,]$/u.test(text)) return false
  if (isDateLike(text) || isCountLike(text)) return false
  return wordCount(text) <= 6
}

/**
 * Whether the text looks like a section label shown inside a teaser
 * (`AUTO NEWS`, `Business`, `Fact Check`): one to four words, no final
 * punctuation.
 *
 * @param text The block’s text.
 */
export function isLabelShape(text: string): boolean {
  const length = text.length
  if (length < 2 || length > 32) return false
  if (datedLabel.test(text)) return false
  if (isDateLike(text) || isCountLike(text) || isByline(text) || link.test(text)) return false
  if (/[.!?,;:]$/u.test(text)) return false
  if (firstLetterAt(text) < 0) return false
  return isUnspaced(text) ? length <= 8 : wordCount(text) <= 4
}

/**
 * Index of the first letter (`\p{L}`) of a text, or `-1`; ASCII decided at
 * once, the regex from the first other character on.
 *
 * @param text Any text.
 */
function firstLetterAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) {
      const found = firstLetter.exec(i === 0 ? text : text.slice(i))
      return found ? i + found.index : -1
    }
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return i
  }
  return -1
}

/** `upperStart`: an ASCII first character decided at once. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code >= 0x80) return upperStart.test(text)
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91
}

// Words that are not capitalized in a title-case label: "Arts & Theater", "Things to Do".
const minor = /^(?:&|and|or|of|the|a|an|in|on|at|to|for|by|with|de|la|le|du|des|y|e|et|und|der|die|das)$/iu

/**
 * Whether a short text is a title-case label (`Puzzles & Games`,
 * `Climate & Environment`): every word capitalized but small ones.
 *
 * @param text The text.
 * @param maxWords Most words the label may have (default `4`).
 */
export function isTitleCaseLabel(text: string, maxWords = 4): boolean {
  if (isUnspaced(text)) return false
  const words = text.split(' ')
  if (words.length > maxWords) return false
  for (const word of words) {
    if (minor.test(word)) continue
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return false
  }
  return true
}

/**
 * The patterns `headlineShape` and `isCommentHeader` gate with cheap
 * character tests, for tests that check the gates against the patterns.
 */
export const gatedPatterns = Object.freeze({
  abbreviationEnd,
  casedLetter,
  categoryCount,
  commentHeader,
  copyright,
  creditLabel,
  creditWord,
  dateStart,
  datedLabel,
  firstLetter,
  fullDateStart,
  namedDate,
  address,
  isBreadcrumb,
  innerSentence,
  link,
  pollOrTeaser,
  shareCount,
  unspaced,
  upperStart,
  widget
})
