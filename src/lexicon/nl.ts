/**
 * Dutch phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Dutch phrase pack (`language: 'nl'`): all in lower case. */
export const nl: Lexicon = {
  language: 'nl',
  boilerplate: ['delen', 'deel dit artikel', 'reacties', 'lees meer', 'lees verder', 'menu', 'zoeken', 'inloggen', 'registreren', 'abonneren', 'abonneer', 'nieuwsbrief', 'privacybeleid', 'privacyverklaring', 'cookiebeleid', 'cookieverklaring', 'cookie-instellingen', 'gebruiksvoorwaarden', 'algemene voorwaarden', 'contact', 'over ons', 'colofon', 'adverteren', 'sitemap', 'volgend artikel', 'vorig artikel', 'advertentie', 'gesponsord', 'gesponsorde inhoud', 'naar de inhoud', 'ga naar de inhoud', 'direct naar de inhoud', 'terug naar boven', 'printen',
    // A shop's link in a widget of offers, no headline: "Havenwinkel kortingscode".
    'kortingscode', 'kortingscodes'],
  boilerplatePrefixes: ['deel op ', 'delen op ', 'deel via ', 'volg ons op ', 'alle rechten voorbehouden', 'wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'deze site gebruikt cookies', 'cookies accepteren', 'schrijf je in voor ', 'meld je aan voor ', 'abonneer je op ', 'lees ook:', 'lees meer:', 'klik hier'],
  tagCues: ['tags', 'trefwoorden', 'onderwerpen', 'onderwerp', 'thema\'s', 'thema’s', 'lees meer over', 'meer over', 'gerelateerde onderwerpen'],
  relatedCues: ['lees ook', 'gerelateerd', 'gerelateerde artikelen', 'gerelateerde berichten', 'meer nieuws', 'meest gelezen', 'meest bekeken', 'populair', 'populaire artikelen', 'laatste nieuws', 'het laatste nieuws', 'net binnen', 'aanbevolen', 'misschien ook interessant', 'ook interessant', 'dit vind je misschien ook leuk', 'meer over dit onderwerp', 'meer artikelen', 'andere artikelen', 'vergelijkbare artikelen', 'recente berichten', 'nieuwste artikelen', 'uitgelicht'],
  sections: ['nieuws', 'binnenland', 'buitenland', 'politiek', 'economie', 'financieel', 'geld', 'sport', 'voetbal', 'cultuur', 'wetenschap', 'tech', 'technologie', 'gezondheid', 'opinie', 'media', 'regio', 'lifestyle', 'wonen', 'reizen', 'klimaat', 'onderwijs', 'entertainment', 'achtergrond', 'video'],
  commentCues: ['reacties', 'reageer', 'plaats een reactie', 'laat een reactie achter', 'geef een reactie', 'reactie plaatsen'],
  authorCues: ['over'],
  endCues: ['bronnen', 'bronvermelding', 'referenties', 'over de auteur', 'over de schrijver', 'over dit artikel'],
  sourceCues: ['bronnen', 'bronvermelding', 'referenties'],
  // "Het artikel gaat verder onder de advertentie".
  continueCues: ['het artikel gaat verder', 'artikel gaat verder', 'lees verder onder de advertentie', 'de tekst gaat verder'],
  forwardCues: ['hieronder', 'onderstaande', 'hier zijn', 'het volgende', 'de volgende', 'onze selectie'],
  dateWords: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'uur', 'bijgewerkt', 'gepubliceerd', 'aangepast']
}
