/**
 * The end of a comment's header: the commenter's verb or the time of the
 * comment (`Ana on September 12, 2018 at 4:47 pm said:`, `Ivan says:`),
 * or a reply link on its own (`Reply`).
 */
export const commentMeta =
  /(?:\b(?:says|said|wrote|schrieb|escribió|escribe|disse|diz|dice|написал|написала|a écrit)\s*:?|\bat\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:said|says))?\s*:?)$|^(?:reply|responder|antworten|rispondi|ответить|répondre|返信|답글)$/iu
