/**
 * Tell program text (JavaScript, CSS, JSON, HTML templates) from prose.
 *
 * A scraper that takes a page's whole text (`$('body').text()` in cheerio,
 * `document.body.textContent`) also takes what `<script>`, `<style>` and
 * `<template>` hold: `window.dataLayer = [{"page":"article"}];`,
 * `.nav{margin:0;color:#333}`. Prose almost never shows the marks such text
 * is made of, so counting them decides.
 */
import {isSpaceCode} from './space.js'

// One mark of program text each: a brace; a semicolon glued to what follows
// ("a{b:0;c:1}"); a JSON or object key ("\"page\":", "'lang':", escaped:
// "&q;page&q;:", "\\\"Body text\\\":"); strings in a list ("\"a\", \"b\"");
// the end of a list's string before the next item ("…\"],\"", "…\"]],[") and
// a list opened on a string (",[\"p\"");
// an assignment without spaces ("x=1"); `==`,
// `===`, `!=`, `=>`, `&&`, `||`; a method call ("gtag.push("); an empty call
// ("init(", its ")" left to the next mark: "init();" shows two); ");"; a CSS declaration (":block;"); an HTML tag ("<div ",
// "</p>", "/>"), escaped too ("<\/p>"); template marks ("{{", "<%", "%>");
// an escape ("\u00e9", "\/", "\"", "\n"); the quote of a framework's escaped
// JSON ("&q;"); "function(", "function name("; a property set
// ("ads.slot = "); a declaration opening a line ("var ads ="); comments ("//"
// opening a line, "/*", "*/"); ") {"; a string joined with `+`; a
// statement's final semicolon ("init();", "x = 1;"); an object's key opening
// a line ("theme: 'dark',", "slots: ["); a string closing a line with a comma;
// a class of a style sheet's selector list (",.nav", " .card__title,", " .card--wide",
// "{.note .wide}", not " .pdf file": a class before a comma, a brace or
// another class, or named with "__" or "--"); a style's "!important"; the
// operator "typeof "; an assignment opening a line ("ad_width = 336;").
// Every repetition is bounded or follows a fixed mark, so a scan stays
// linear on any line (a long run of letters, a base64 blob).
const mark =
  /\\"[^"\\]{1,60}\\":|"[^"\s]{0,40}"\s?:|"\]{1,4},\s?(?=["[])|,\[(?=")|'[^'\s]{0,40}'\s?:|&q;[^&\s]{0,40}&q;:|[{}]|;(?=\S)|",\s?"|','|[\w)\]'"]=[\w"'{[(!.$-]|[=!]==?(?!=)|=>|&&|\|\||\w\.[\w$]{1,40}\(|[\w)\]]\((?=\))|\);|:[\w#.-]{1,40};|<\\?\/?[a-z][a-z\d]{0,20}[\s>]|\/>|\{\{|%>|<%|\\[u/"nrt]|&q;|\bfunction(?:\s{1,3}[\w$]{1,40})?\s?\(|\.[\w$]{1,40}\s?[+|-]?=\s|^(?:var|let|const)\s{1,3}[\w$]{1,40}\s?=|^\/\/|\/\*|\*\/|\)\s?\{|['"]\s?\+\s?[\w$(]|[\w$)]\s?\+\s?['"]|[\w$)\]'"];$|^[\w$]{1,40}\s?:\s?['"[{\d]|['"],$|,\.[A-Za-z_][\w-]{0,40}|(?<=\s)\.[a-z_][\w-]{0,40}(?=\s?[,{}]|\s\.[a-z_])|(?<=\s)\.[a-z][a-z\d]{0,20}(?:__|--)[\w-]{1,40}|!important\b|\btypeof\s|^[A-Za-z_$][\w$]{0,40}\s=\s(?=[^\s=])/g

// A key of JSON inside a string, its quotes escaped: "\\\"Body text\\\":".
const backslashKey = /^\\"[^"\\]{1,60}\\":$/
// A key of a framework's escaped JSON: "&q;body&q;:".
const escapedKey = /^&q;[^&\s]{0,40}&q;:$/

// What every mark above holds at least one of: a line without any has no
// mark, and most prose lines are settled by this one cheap scan.
const maybeCode = /[{};=<>\\|&+%]|"\]|,\[|["']\s?[:,]|\.[\w$]{1,40}\(|\(\)|\/[/*]|\*\/|\bfunction\b|^[\w$]{1,40}\s?:\s?['"[{\d]|!important|\btypeof\s/

// A line of closing or opening marks only ("});", "{").
const bracketsOnly = /^[{}()[\];,]+$/
const brace = /[{}]/

// Marks per character from which a whole line is code (prose: none; minified
// code: one every few characters; a JSON line: one per key).
const minDensity = 0.03
// Marks a line needs, whatever its length.
const minMarks = 2
// A long line with this many marks and almost no spaces is minified code.
const sparseMarks = 8
const sparseLength = 200
const sparseSpaces = 0.06
// Characters between two marks of one stretch of code (a string value or an
// identifier between them); farther apart, they are two stretches.
const maxGap = 40
// A gap without white space (a URL, a long identifier, a string of the
// code) joins two marks up to this far apart.
const maxBridge = 400
// Marks a stretch of code inside a longer line needs.
const minStretchMarks = 3

/** A stretch of program text inside a line: `[start, end)`. */
export type CodeSpan = [start: number, end: number]

// A script's value alone: "false", "null", "undefined".
const scriptLiteral = /^(?:false|true|null|undefined|NaN)$/

/**
 * Whether a line is a script's value alone (`false`, `null`, `undefined`):
 * a template's unfilled value, left between the page's lines.
 *
 * @param text A line.
 */
export function isScriptLiteral(text: string): boolean {
  return text.length <= 9 && scriptLiteral.test(text)
}

/**
 * Whether a whole line is program text.
 *
 * @param text A line (trimmed).
 * @returns Whether it is code.
 */
export function isCodeLine(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  // "false" alone on its line: a template's unfilled value (small letters only: "True" may answer a quiz).
  if (isScriptLiteral(text)) return true
  // "});", "{"
  if (n <= 4) return bracketsOnly.test(text) && brace.test(text)
  if (!maybeCode.test(text)) return false
  let marks = 0
  mark.lastIndex = 0
  while (mark.exec(text)) marks++
  if (marks < minMarks) return false
  if (marks / n >= minDensity) return true
  if (n >= sparseLength && marks >= sparseMarks) {
    let spaces = 0
    for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 32) spaces++
    return spaces / n < sparseSpaces
  }
  return false
}

// A template file's name, with or without its folders, as a page's HTML
// comments name them: "harbour/home/title_link.tpl", "header.php". Server-side
// templates only (not `.html` or `.js`: an article may name such a file).
const templateFile = /^(?:[\w.-]{1,60}\/){0,8}[\w.-]{1,80}\.(?:tpl|tmpl|php|phtml|inc|jsp|jspf|aspx|ascx|erb|twig|hbs|handlebars|mustache|liquid|njk|jinja|jinja2|j2|vm|ftl|cfm|ejs|pug|haml|slim)$/i

/**
 * Whether a line is a marker that a page's HTML comments put around each
 * template (`<!-- src harbour/home/title_link.tpl -->`, `<!-- e header.php
 * -->`), taken with the text by a scraper that reads every text node: a
 * template file's name with its folders, or with at most three short words;
 * or an ad unit's path alone (`/1234567/Harbour_Article_Top`), the text an ad
 * script leaves in its slot.
 *
 * @param text A line.
 */
export function isTemplateMarker(text: string): boolean {
  const n = text.length
  if (n > 160) return false
  // "/1234567/Harbour_Article_Top": the ad unit a page's ad script names (its network's number, then the unit's path).
  if (text.charCodeAt(0) === 47 /* / */ && adUnit.test(text)) return true
  if (text.indexOf('.') === -1) return false
  // (Most lines have more words: counted without splitting them.)
  let spaces = 0
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 32 && ++spaces > 5) return false
  const words = text.trim().split(/\s+/)
  if (words.length > 4) return false
  let file = false
  for (const word of words) {
    // (A file's name alone, "header.php", may be code an article names in its sentence: a folder or a marker word is needed.)
    if (templateFile.test(word) && (words.length > 1 || word.includes('/'))) file = true
    else if (word.length > 6) return false
  }
  return file
}

// An ad unit's path alone: "/1234567/Harbour_Article_Top", "/21775744923/harbour/news/article".
const adUnit = /^\/\d{4,12}\/[\w.-]{1,80}(?:\/[\w.-]{1,80}){0,8}$/
// Classes alone, as a comment names the element it closes: ".entry-content", ".comment-content.comment-body",
// ".site-branding .inner", "#comment-##" (an id with the "##" of a template's number).
const selectorMarker = /^(?:\.[a-z][\w-]{0,40}(?:\s?[.#][a-z][\w-]{0,40}){0,5}|#[a-z][\w-]{0,40}-##)$/

/**
 * Whether a line is the class of the element an HTML comment closes
 * (`<!-- .entry-content -->`, `<!-- #comment-## -->`), taken with the text by
 * a scraper that reads every text node: classes alone, the first with its dot,
 * named with a hyphen or an underscore (not a hashtag, `#harbour`, nor the end
 * of an address a wrap cut, `.html`; the caller checks that blank lines stand
 * around it, as around every text node of such a scraper).
 *
 * @param text A line (trimmed).
 */
export function isClassMarker(text: string): boolean {
  const first = text.charCodeAt(0)
  if (text.length > 120 || (first !== 46 /* . */ && first !== 35) /* # */) return false
  return selectorMarker.test(text) && (text.includes('-') || text.includes('_'))
}

/**
 * Whether a line shows at least one mark of program text (`init();`,
 * `if (ready) {`): next to a code line, such a line is code too.
 *
 * @param text A line.
 * @returns Whether it shows a mark.
 */
export function hasCodeMark(text: string): boolean {
  if (!maybeCode.test(text)) return false
  mark.lastIndex = 0
  return mark.test(text)
}

/**
 * The stretches of program text inside a line that also holds prose (a
 * minified page read as one line: `…the last paragraph.var ads={"slot":1};The
 * next paragraph…`). Each stretch reaches out to the white space around it.
 *
 * @param text A line.
 * @returns The stretches, in order (none when the line holds no code).
 */
export function codeSpans(text: string): CodeSpan[] {
  const spans: CodeSpan[] = []
  if (!maybeCode.test(text)) return spans
  let start = -1
  let end = -1
  let marks = 0
  const close = () => {
    if (marks >= minStretchMarks) spans.push([widenStart(text, openingStart(text, start, end)), widenEnd(text, end)])
  }
  mark.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = mark.exec(text))) {
    const from = match.index
    let to = from + match[0].length
    // A key's string value is code however long it is ("\"body\": \"The
    // night ferry…\""): the stretch goes on past it.
    // (Escaped JSON too: "\\\"Body text\\\":\\\"The night ferry…\\\"", "&q;body&q;:&q;The night ferry…&q;".)
    // An item of an array that is an escaped string ("[\\\"p\\\",\\\"The night ferry…\\\"]",
    // "…\\\"],\\\" crews said…\\\"": a page's state, its article in nested arrays) is
    // code however long it is too.
    if (to - from === 2 && text.charCodeAt(from + 1) === 34 && from > 0 && (text.charCodeAt(from - 1) === 44 || text.charCodeAt(from - 1) === 91)) {
      const close = backslashStringEnd(text, from)
      if (close > 0) {
        to = close
        mark.lastIndex = close
      }
    } else if (((text.charCodeAt(to - 1) === 44 || text.charCodeAt(to - 1) === 91) && text.charCodeAt(to) === 34) || (match[0].length > 2 && match[0].charCodeAt(1) === 44 && text.charCodeAt(to - 1) === 34)) {
      // The same unescaped: "…"],"The night ferry…"", ",["p","…", "…","The night ferry…"": an array's
      // string item after its comma or bracket (or the quote that ends the item before).
      const close = stringEnd(text, text.charCodeAt(to - 1) === 34 ? to - 1 : to)
      if (close > 0) {
        to = close
        // (From its closing quote: it may open the next mark, "…","…".)
        mark.lastIndex = close - 1
      }
    } else if (text.charCodeAt(to - 1) === 58) {
      const key = match[0]
      const stringAt = backslashKey.test(key) ? backslashStringEnd : escapedKey.test(key) ? escapedStringEnd : stringEnd
      // A list of strings too, each however long: "&q;pages&q;:[&q;The night ferry…&q;,&q;Crews…&q;]".
      const list = text.charCodeAt(to) === 91
      let close = stringAt(text, list ? to + 1 : to)
      while (list && close > 0 && text.charCodeAt(close) === 44) {
        const next = stringAt(text, close + 1)
        if (next < 0) break
        close = next
      }
      if (close > 0) {
        to = close
        mark.lastIndex = close
      }
    }
    if (start >= 0 && (from - end <= maxGap || (from - end <= maxBridge && !hasSpace(text, end, from)))) {
      end = to
      marks++
      continue
    }
    if (start >= 0) close()
    start = from
    end = to
    marks = 1
  }
  if (start >= 0) close()
  // Stretches that met once widened are one.
  const merged: CodeSpan[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push(span)
  }
  return merged
}

// How far back a stretch looks for the parenthesis it closes.
const maxOpening = 80

/**
 * Where a stretch of code starts once it takes the parentheses it closes
 * but did not open ("(slots = window.slots || []).push({});": the marks
 * start at "||", the statement at "("), or `start` when it closes none or
 * they open farther back than `maxOpening`.
 */
function openingStart(text: string, start: number, end: number): number {
  let depth = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 40) depth++
    else if (code === 41 && depth-- === 0) depth = -1
    if (depth < 0) break
  }
  if (depth >= 0) return start
  // ")" closes what opened before the stretch: find it.
  let open = 0
  for (let i = start - 1; i >= 0 && start - i <= maxOpening; i--) {
    const code = text.charCodeAt(i)
    if (code === 41) open--
    else if (code === 40 && ++open > 0) return i
  }
  return start
}

// How far a stretch reaches out to white space: "Articlewindow.ads=" takes
// the glued word, not the sentence before it.
const maxWiden = 40

function widenStart(text: string, start: number): number {
  let i = start
  while (i > 0 && start - i < maxWiden && !isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}

function widenEnd(text: string, end: number): number {
  let i = end
  while (i < text.length && i - end < maxWiden && !isSpaceCode(text.charCodeAt(i))) i++
  return i
}

/**
 * The end of the quoted string that starts at `start` (after one optional
 * space), or -1 when none starts there or it does not close.
 */
function stringEnd(text: string, start: number): number {
  let i = start
  if (text.charCodeAt(i) === 32) i++
  const quote = text.charCodeAt(i)
  if (quote !== 34 && quote !== 39) return -1
  for (i++; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 92) i++
    else if (code === quote) return i + 1
  }
  return -1
}

/**
 * Where the string of JSON inside a string that opens at `start` ends
 * ("\\\"The night ferry…\\\"": a quote after one backslash; its own quotes
 * have three), or -1.
 */
function backslashStringEnd(text: string, start: number): number {
  if (!text.startsWith('\\"', start)) return -1
  for (let i = start + 2; i < text.length; i++) {
    if (text.charCodeAt(i) !== 34) continue
    let slashes = 0
    while (slashes < i && text.charCodeAt(i - 1 - slashes) === 92) slashes++
    if (slashes === 1) return i + 1
  }
  return -1
}

/**
 * Where the string of a framework's escaped JSON that opens at `start` ends
 * ("&q;The night ferry…&q;", its own quotes escaped: "\\&q;"), or -1.
 */
function escapedStringEnd(text: string, start: number): number {
  if (!text.startsWith('&q;', start)) return -1
  let at = start + 3
  for (;;) {
    const next = text.indexOf('&q;', at)
    if (next < 0) return -1
    if (text.charCodeAt(next - 1) !== 92) return next + 3
    at = next + 3
  }
}

function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isSpaceCode(text.charCodeAt(i))) return true
  return false
}
