/**
 * French phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const fr: Lexicon = {
  language: 'fr',
  boilerplate: ['en savoir plus', 'publicité', 'partager', 'commentaires', 'lire la suite', 'lire aussi', 'menu', 'rechercher', 'se connecter', "s'abonner"],
  boilerplatePrefixes: ['partager sur ', 'suivez-nous sur ', 'tous droits réservés', 'nous utilisons des cookies'],
  tagCues: ['tags', 'mots-clés', 'sujets', 'thèmes'],
  relatedCues: ['à lire aussi', 'sur le même sujet', 'les plus lus', 'articles liés'],
  sections: ['monde', 'europe', 'france', 'politique', 'économie', 'sport', 'sports', 'culture', 'sciences', 'international', 'société'],
  commentCues: ['commentaires', 'laisser un commentaire', 'réagir', 'réactions', 'réponses']
}
