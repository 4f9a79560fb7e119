/**
 * The end of a comment's header: the commenter's verb or the time of the
 * comment (`Ana on March 3, 2027 at 6:15 pm said:`, `Ivan says:`),
 * or a reply link on its own (`Reply`).
 */
// (A word's start is no `\b`, which knows ASCII letters only: "Иван написал:" has none before "написал".)
export const commentMeta =
  /(?:(?<![\p{L}\p{N}_])(?:says|said|wrote|schrieb|escribió|escribe|disse|diz|dice|написал|написала|a écrit)\s*:?|\bat\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:said|says))?\s*:?)$|^(?:reply|responder|antworten|rispondi|ответить|répondre|返信|답글)$/iu

/**
 * A comment's header at the start of the comment's own paragraph, as a
 * scraper that keeps only `<p>` elements writes it: the commenter's name, a
 * date, the time and the verb (`Ana Ruiz on March 3, 2027 at 6:15 pm
 * said: Is there…`). Test the first 120 characters only.
 */
export const commentMetaStart = /^[^\s:]+(?: [^\s:]+){0,3} (?:on )?[^:]{3,40}?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)? (?:said|says|wrote):\s/iu
