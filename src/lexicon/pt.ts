/**
 * Portuguese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const pt: Lexicon = {
  language: 'pt',
  boilerplate: ['saiba mais', 'publicidade', 'compartilhar', 'partilhar', 'comentários', 'leia mais', 'leia também', 'menu', 'buscar', 'entrar', 'assine'],
  boilerplatePrefixes: ['compartilhe no ', 'siga-nos no ', 'todos os direitos reservados', 'utilizamos cookies'],
  tagCues: ['tags', 'etiquetas', 'temas', 'assuntos'],
  relatedCues: ['relacionadas', 'notícias relacionadas', 'veja também', 'mais lidas', 'leia também'],
  sections: ['mundo', 'brasil', 'política', 'economia', 'esportes', 'desporto', 'cultura', 'ciência', 'tecnologia', 'opinião'],
  commentCues: ['comentários', 'deixe um comentário', 'deixe uma resposta', 'respostas']
}
