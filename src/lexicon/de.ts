/**
 * German phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const de: Lexicon = {
  language: 'de',
  boilerplate: ['mehr erfahren', 'anzeige', 'werbung', 'teilen', 'kommentare', 'weiterlesen', 'mehr zum thema', 'menü', 'suche', 'anmelden', 'abonnieren'],
  boilerplatePrefixes: ['teilen auf ', 'folgen sie uns auf ', 'alle rechte vorbehalten', 'wir verwenden cookies'],
  tagCues: ['tags', 'schlagwörter', 'themen', 'mehr zum thema'],
  relatedCues: ['das könnte sie auch interessieren', 'meistgelesen', 'verwandte artikel', 'mehr zum thema'],
  sections: ['politik', 'wirtschaft', 'sport', 'kultur', 'wissen', 'ausland', 'inland', 'panorama', 'meinung', 'digital'],
  commentCues: ['kommentare', 'kommentar schreiben', 'antworten', 'diskussion']
}
