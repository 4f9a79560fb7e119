/**
 * Italian phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Italian phrase pack (`language: 'it'`): all in lower case. */
export const it: Lexicon = {
  language: 'it',
  boilerplate: ['scopri di più', 'pubblicità', 'condividi', 'commenti', 'leggi anche', 'leggi di più', 'menu', 'cerca', 'accedi', 'abbonati', 'vai al contenuto', 'salta al contenuto', 'newsletter', 'informativa sulla privacy', 'contatti', 'articolo successivo', 'articolo precedente',
    // The footer's legal links and site map, an advertiser's label.
    'note legali', 'termini e condizioni', 'cookie policy', 'mappa del sito', 'sponsorizzato',
    // A shop's link in a widget of offers, no headline: "Molo Sport codice sconto".
    'codice sconto', 'codici sconto', 'codice promozionale', 'codici promozionali', 'buono sconto', 'buoni sconto'],
  boilerplatePrefixes: ['condividi su ', 'condividi questo su ', 'seguici su ', 'tutti i diritti riservati', 'utilizziamo i cookie', 'iscriviti alla newsletter', 'questo sito utilizza cookie', 'accetta i cookie', 'leggi anche:', 'continua a leggere', 'clicca qui', 'clicca sull’immagine ', "clicca sull'immagine "],
  tagCues: ['tag', 'tags', 'argomenti', 'temi', 'parole chiave', 'archiviato in'],
  relatedCues: ['articoli correlati', 'articoli simili', 'potrebbe interessarti', 'ti potrebbe interessare', 'i più letti', 'più letti', 'leggi anche', 'guarda anche', 'altre notizie', 'ultime notizie', 'consigliati', 'notizie correlate', 'i più popolari', 'più popolari', 'articoli popolari', 'i più visti', 'più visti'],
  sections: ['mondo', 'europa', 'italia', 'politica', 'economia', 'sport', 'cultura', 'scienza', 'tecnologia', 'cronaca', 'esteri', 'spettacoli', 'salute', 'motori', 'video', 'cinema', 'musica'],
  commentCues: ['commenti', 'lascia un commento', 'lascia una risposta', 'risposte'],
  authorCues: ['chi è', 'a proposito di'],
  endCues: ['sull’autore', "sull'autore", 'l’autore', "l'autore", 'citazione', 'come citare', 'come citare questo articolo', 'fonti', 'riferimenti', 'su questo articolo'],
  sourceCues: ['fonti', 'riferimenti'],
  noteCues: ['nota della redazione', 'correzione:', 'pubblicato originariamente'],
  creditCues: ['con informazioni di'],
  addressCues: ['segui', 'seguite', 'seguici', 'altre', 'leggi', 'visita', 'guarda', 'ascolta', 'scarica', 'iscriviti'],
  continueCues: ['l\'articolo continua sotto', 'l’articolo continua sotto', 'l\'articolo continua dopo la pubblicità', 'l’articolo continua dopo la pubblicità'],
  forwardCues: ['di seguito', 'qui sotto', 'ecco', 'scopri', 'seguenti', 'la nostra selezione', 'date un\'occhiata', 'date un’occhiata'],
  dateWords: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'pubblicato', 'aggiornato']
}
