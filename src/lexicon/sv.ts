/**
 * Swedish phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Swedish phrase pack (`language: 'sv'`): all in lower case. */
export const sv: Lexicon = {
  language: 'sv',
  boilerplate: ['dela', 'dela artikeln', 'kommentarer', 'läs mer', 'läs vidare', 'meny', 'sök', 'logga in', 'prenumerera', 'bli prenumerant', 'nyhetsbrev', 'integritetspolicy', 'personuppgiftspolicy', 'cookiepolicy', 'cookieinställningar', 'användarvillkor', 'kontakt', 'kontakta oss', 'om oss', 'tipsa oss', 'annonsera', 'webbplatskarta', 'nästa artikel', 'föregående artikel', 'annons', 'sponsrad', 'sponsrat innehåll', 'annonssamarbete', 'hoppa till innehållet', 'gå till innehållet', 'skriv ut', 'startsida', 'till toppen'],
  boilerplatePrefixes: ['dela på ', 'följ oss på ', 'alla rättigheter förbehållna', 'vi använder cookies', 'den här webbplatsen använder cookies', 'denna webbplats använder cookies', 'den här sajten använder cookies', 'godkänn cookies', 'prenumerera på vårt nyhetsbrev', 'anmäl dig till vårt nyhetsbrev', 'läs också:', 'läs även:', 'klicka här'],
  tagCues: ['taggar', 'ämnen', 'ämne', 'nyckelord', 'etiketter', 'läs mer om', 'mer om'],
  relatedCues: ['läs också', 'läs även', 'relaterat', 'relaterade artiklar', 'relaterade nyheter', 'mest läst', 'mest lästa', 'mest delade', 'populärt', 'populära artiklar', 'senaste nytt', 'senaste nyheterna', 'senaste', 'rekommenderat', 'rekommenderade artiklar', 'mer från', 'fler artiklar', 'fler nyheter', 'du kanske också gillar', 'andra läser', 'andra har läst'],
  sections: ['nyheter', 'inrikes', 'utrikes', 'världen', 'sverige', 'politik', 'ekonomi', 'näringsliv', 'sport', 'kultur', 'nöje', 'vetenskap', 'teknik', 'hälsa', 'debatt', 'ledare', 'opinion', 'åsikt', 'lokalt', 'livsstil', 'resor', 'motor', 'mat', 'klimat', 'familj', 'video'],
  commentCues: ['kommentarer', 'kommentera', 'lämna en kommentar', 'skriv en kommentar', 'lämna ett svar', 'svar'],
  authorCues: ['om'],
  endCues: ['källor', 'referenser', 'om författaren', 'om skribenten', 'om artikeln'],
  sourceCues: ['källor', 'referenser'],
  // "Artikeln fortsätter under annonsen".
  continueCues: ['artikeln fortsätter', 'texten fortsätter'],
  forwardCues: ['nedan', 'här är', 'följande', 'här kommer', 'kolla in', 'vårt urval'],
  dateWords: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'kl', 'uppdaterad', 'publicerad']
}
