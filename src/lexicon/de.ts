/**
 * German phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The German phrase pack (`language: 'de'`): all in lower case. */
export const de: Lexicon = {
  language: 'de',
  boilerplate: ['mehr erfahren', 'anzeige', 'werbung', 'teilen', 'kommentare', 'weiterlesen', 'mehr zum thema', 'menü', 'suche', 'anmelden', 'abonnieren', 'zum inhalt springen', 'zum inhalt', 'newsletter', 'datenschutz', 'impressum', 'kontakt', 'nächster artikel', 'vorheriger artikel',
    // The footer's legal links and site map, an advertiser's label.
    'agb', 'nutzungsbedingungen', 'datenschutzerklärung', 'sitemap', 'gesponsert',
    // A shop's link in a widget of offers, no headline: "Hafenladen Gutscheincode".
    'gutscheincode', 'gutscheincodes', 'rabattcode', 'rabattcodes'],
  boilerplatePrefixes: ['teilen auf ', 'teile dies auf ', 'jetzt teilen auf ', 'folgen sie uns auf ', 'alle rechte vorbehalten', 'wir verwenden cookies', 'newsletter abonnieren', 'melden sie sich für unseren newsletter', 'diese website verwendet cookies', 'cookies akzeptieren', 'lesen sie auch:', 'mehr zum thema:', 'klicken sie hier', 'hier klicken', 'klicken sie auf das bild '],
  tagCues: ['tags', 'schlagwörter', 'schlagworte', 'stichwörter', 'themen', 'thema', 'mehr zum thema', 'mehr', 'mehr zu', 'abgelegt unter'],
  relatedCues: ['das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'verwandte artikel', 'ähnliche artikel', 'weitere artikel', 'mehr zum thema', 'mehr aus', 'lesen sie auch', 'auch interessant', 'empfohlen', 'top-artikel', 'neueste artikel', 'aktuelle artikel', 'weitere nachrichten', 'beliebt', 'am beliebtesten', 'beliebteste artikel', 'meistgeklickt'],
  sections: ['politik', 'wirtschaft', 'finanzen', 'sport', 'kultur', 'wissen', 'wissenschaft', 'ausland', 'inland', 'panorama', 'meinung', 'kommentar', 'digital', 'technik', 'reise', 'gesundheit', 'auto', 'karriere', 'regional', 'deutschland', 'welt', 'europa', 'video', 'digitalisierung'],
  commentCues: ['kommentare', 'kommentar schreiben', 'antworten', 'diskussion'],
  authorCues: ['über', 'mehr über'],
  endCues: ['über den autor', 'über die autorin', 'zitierweise', 'zitiervorschlag', 'quellen', 'einzelnachweise', 'über diesen artikel'],
  sourceCues: ['quellen', 'einzelnachweise'],
  noteCues: ['anmerkung der redaktion', 'hinweis der redaktion', 'korrektur:', 'korrekturhinweis', 'zuerst erschienen'],
  creditCues: ['mit material von'],
  addressCues: ['folgen sie', 'folge', 'mehr', 'lesen sie', 'besuchen sie', 'hören sie', 'abonnieren sie'],
  continueCues: ['artikel wird unten fortgesetzt', 'der artikel wird unten fortgesetzt', 'weiterlesen nach der anzeige', 'der artikel geht unter der anzeige weiter'],
  forwardCues: ['unten', 'hier sind', 'im folgenden', 'folgende', 'folgenden', 'nachfolgend', 'hier finden sie', 'unsere auswahl', 'werfen sie einen blick'],
  dateWords: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'uhr', 'mez', 'mesz', 'aktualisiert', 'veröffentlicht']
}
