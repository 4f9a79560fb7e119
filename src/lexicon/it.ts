/**
 * Italian phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const it: Lexicon = {
  language: 'it',
  boilerplate: ['scopri di più', 'pubblicità', 'condividi', 'commenti', 'leggi anche', 'leggi di più', 'menu', 'cerca', 'accedi', 'abbonati'],
  boilerplatePrefixes: ['condividi su ', 'seguici su ', 'tutti i diritti riservati', 'utilizziamo i cookie'],
  tagCues: ['tag', 'tags', 'argomenti', 'temi', 'parole chiave', 'archiviato in'],
  relatedCues: ['articoli correlati', 'articoli simili', 'potrebbe interessarti', 'ti potrebbe interessare', 'i più letti', 'più letti', 'leggi anche', 'guarda anche', 'altre notizie', 'ultime notizie', 'consigliati', 'notizie correlate'],
  sections: ['mondo', 'europa', 'italia', 'politica', 'economia', 'sport', 'cultura', 'scienza', 'tecnologia', 'cronaca', 'esteri', 'spettacoli', 'salute', 'motori', 'video', 'cinema', 'musica'],
  commentCues: ['commenti', 'lascia un commento', 'lascia una risposta', 'risposte']
}
