/**
 * French phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The French phrase pack (`language: 'fr'`): all in lower case. */
export const fr: Lexicon = {
  language: 'fr',
  boilerplate: ['en savoir plus', 'publicité', 'partager', 'commentaires', 'lire la suite', 'lire aussi', 'menu', 'rechercher', 'se connecter', "s'abonner", 'aller au contenu', 'passer au contenu', 'newsletter', 'politique de confidentialité', 'mentions légales', 'contact', 'article suivant', 'article précédent',
    // The footer's legal links and site map, an advertiser's label.
    'conditions générales d’utilisation', "conditions générales d'utilisation", 'cgu', 'plan du site', 'gestion des cookies', 'sponsorisé',
    // A shop's link in a widget of offers, no headline: "Quai Sports code promo".
    'code promo', 'codes promo', 'code de réduction', 'codes de réduction'],
  boilerplatePrefixes: ['partager sur ', 'partagez sur ', 'partager ceci sur ', 'suivez-nous sur ', 'tous droits réservés', 'nous utilisons des cookies', 'inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter', 'ce site utilise des cookies', 'accepter les cookies', 'lire aussi :', 'à lire aussi :', 'cliquez ici', 'cliquez sur l’image ', "cliquez sur l'image "],
  tagCues: ['tags', 'mots-clés', 'mots clés', 'sujets', 'thèmes', 'thématiques', 'classé dans', 'en savoir plus sur'],
  relatedCues: ['à lire aussi', 'lire aussi', 'à lire également', 'sur le même sujet', 'les plus lus', 'les plus partagés', 'articles liés', 'articles similaires', 'à voir aussi', 'vous aimerez aussi', 'nos articles', 'dernières actualités', 'plus d’actualités', 'plus d\'actualités', 'recommandé', 'les plus populaires', 'articles populaires', 'les plus consultés'],
  sections: ['monde', 'europe', 'france', 'international', 'politique', 'économie', 'sport', 'sports', 'culture', 'sciences', 'science', 'société', 'santé', 'idées', 'opinions', 'planète', 'tech', 'médias', 'vidéo', 'régions'],
  commentCues: ['commentaires', 'laisser un commentaire', 'réagir', 'réactions', 'réponses'],
  authorCues: ['à propos de', 'à propos d’', "à propos d'"],
  endCues: ['à propos de l’auteur', "à propos de l'auteur", 'à propos de l’autrice', "à propos de l'autrice", 'citation', 'pour citer cet article', 'citer cet article', 'sources', 'nos sources', 'références', 'à propos de cet article'],
  sourceCues: ['sources', 'nos sources', 'références'],
  noteCues: ['note de la rédaction', 'rectificatif', 'correction :', 'correction:', 'initialement publié'],
  creditCues: ['avec afp', 'avec l’afp', 'avec l\'afp', 'avec reuters'],
  addressCues: ['suivez', 'retrouvez', 'plus', 'lisez', 'visitez', 'regardez', 'écoutez', 'téléchargez', 'abonnez-vous', 'inscrivez-vous'],
  continueCues: ['la suite après cette publicité', 'la suite après la publicité', 'l\'article continue ci-dessous', 'l’article continue ci-dessous', 'l\'article continue après la publicité', 'l’article continue après la publicité'],
  forwardCues: ['ci-dessous', 'ci-après', 'voici', 'découvrez', 'les suivants', 'les suivantes', 'suivants', 'suivantes', 'notre sélection'],
  dateWords: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'déc', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'publié']
}
