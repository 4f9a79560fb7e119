/**
 * Italian phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const it: Lexicon = {
  language: 'it',
  boilerplate: ['scopri di più', 'pubblicità', 'condividi', 'commenti', 'leggi anche', 'leggi di più', 'menu', 'cerca', 'accedi', 'abbonati'],
  boilerplatePrefixes: ['condividi su ', 'seguici su ', 'tutti i diritti riservati', 'utilizziamo i cookie'],
  tagCues: ['tag', 'argomenti', 'temi'],
  relatedCues: ['articoli correlati', 'potrebbe interessarti', 'i più letti', 'leggi anche'],
  sections: ['mondo', 'europa', 'italia', 'politica', 'economia', 'sport', 'cultura', 'scienza', 'tecnologia', 'cronaca', 'esteri'],
  commentCues: ['commenti', 'lascia un commento', 'lascia una risposta', 'risposte']
}
