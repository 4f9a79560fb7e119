/**
 * The shape of a phrase pack: data for one language, no logic.
 */

/** Phrases of one language, all written in lower case. */
export interface Lexicon {
  /** ISO 639-1 code. */
  language: string
  /** Whole lines that are boilerplate wherever they stand (`know more`, `share on facebook`). */
  boilerplate: readonly string[]
  /** Line starts that make a short line boilerplate (`follow us on`, `copyright`). */
  boilerplatePrefixes: readonly string[]
  /** Cues that introduce a tag list (`tags`, `filed under`, `know more`). */
  tagCues: readonly string[]
  /** Cues that introduce related headlines (`related`, `read next`, `most read`). */
  relatedCues: readonly string[]
  /** Common news section names (`world`, `europe`, `sport`). */
  sections: readonly string[]
  /**
   * Lines that open a comment section (`leave a reply`, `comments`); a count
   * around them is ignored (`10 comments`, `comments (10)`). Optional.
   */
  commentCues?: readonly string[]
  /**
   * Headings that close the article (`sources`, `references`, `about this
   * article`): what follows them is not article text. A line that is one of
   * them (a colon or a count around it ignored) ends the article like the start
   * of the comments. Optional.
   */
  endCues?: readonly string[]
  /**
   * The end cues that head a list of sources (`sources`, `references`): the
   * lines after such a heading are citations, not related headlines. Each is
   * one of `endCues` too. Optional.
   */
  sourceCues?: readonly string[]
  /**
   * Words that head an author box when the author's name follows them
   * (`about` in `About Ana Ruiz` ⏎ `Ana Ruiz writes about…`): such a line,
   * with the name again in the next block, ends the article. Optional.
   */
  authorCues?: readonly string[]
  /**
   * Words that point forward from a paragraph to what follows it (`below`,
   * `here are`, `check out`): an article that announces a list of cards
   * goes on into them. Matched as whole words inside the paragraph. Optional.
   */
  forwardCues?: readonly string[]
  /**
   * Notices inside an article that it goes on after an interruption (`story
   * continues below`, `article continues after advertisement`): what stands
   * between such a notice and the next paragraph (a gallery, an ad) does not
   * end the article. Matched as line starts. Optional.
   */
  continueCues?: readonly string[]
  /**
   * Starts of the notes an article ends with, after what follows it on the
   * page (`editor’s note`, `correction`, `originally published`): such a
   * note a few blocks after the article is the article’s. Matched as line
   * starts. Optional.
   */
  noteCues?: readonly string[]
  /**
   * Ends of a line that credits the reporting (`contributed to this report`)
   * and starts of one (`additional reporting by`): the author's line, not
   * article text. Optional.
   */
  creditCues?: readonly string[]
  /**
   * Starts of a line that sends the reader to an address (`follow`, `reach`,
   * `more`): such a line after the article's last paragraph, ending with a
   * bare address after `at`, `on` or a colon (`Follow our coverage at
   * https://…`), is no article text. Matched as line starts. Optional.
   */
  addressCues?: readonly string[]
  /**
   * How an author's note about themselves says what they do: the links
   * (`is a`, `is an`, `is the`) and the trades (`reporter`, `staff writer`,
   * `editor`). A short last block of the article whose first sentence links
   * a name to a trade (`Ana Ruiz is a staff writer at the Courier.`) is the
   * author's line. Optional.
   */
  authorBio?: {readonly links: readonly string[]; readonly trades: readonly string[]}
  /**
   * Words of dates and times (`november`, `nov`, `tuesday`, `pm`, `est`): a
   * run of them with a year or a clock time (`Tuesday November 19, 2030
   * 5:45 PM`) is a dateline, cut off the text around it where a scraper ran
   * a page together on one line. Optional.
   */
  dateWords?: readonly string[]
}
