/**
 * Portuguese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Portuguese phrase pack (`language: 'pt'`): all in lower case. */
export const pt: Lexicon = {
  language: 'pt',
  boilerplate: ['saiba mais', 'publicidade', 'compartilhar', 'partilhar', 'comentários', 'leia mais', 'leia também', 'menu', 'buscar', 'entrar', 'assine', 'pular para o conteúdo', 'ir para o conteúdo', 'newsletter', 'política de privacidade', 'termos de uso', 'contato', 'próxima notícia', 'notícia anterior',
    // The footer's legal links and site map, an advertiser's label.
    'termos de serviço', 'política de cookies', 'mapa do site', 'patrocinado',
    // A shop's link in a widget of offers, no headline: "Cais Esportes cupom de desconto".
    'cupom de desconto', 'cupons de desconto', 'código de desconto', 'códigos de desconto', 'código promocional', 'códigos promocionais'],
  boilerplatePrefixes: ['compartilhe no ', 'compartilhe isso no ', 'siga-nos no ', 'todos os direitos reservados', 'utilizamos cookies', 'assine nossa newsletter', 'este site usa cookies', 'este site utiliza cookies', 'aceitar cookies', 'leia também:', 'leia mais:', 'compartilhar no ', 'clique aqui', 'clique na imagem ', 'clique na foto ', 'clique e saiba ', 'clique e veja '],
  tagCues: ['tags', 'etiquetas', 'temas', 'tema', 'assuntos', 'assunto', 'palavras-chave', 'arquivado em', 'saiba mais sobre'],
  relatedCues: ['relacionadas', 'relacionados', 'notícias relacionadas', 'matérias relacionadas', 'posts relacionados', 'artigos relacionados', 'veja também', 'veja mais', 'mais lidas', 'mais lidos', 'leia também', 'leia mais', 'você pode gostar', 'últimas notícias', 'mais notícias', 'recomendados', 'última coluna', 'mais populares', 'mais vistos', 'mais vistas', 'posts populares'],
  sections: ['mundo', 'brasil', 'portugal', 'política', 'economia', 'esportes', 'esporte', 'desporto', 'cultura', 'ciência', 'tecnologia', 'opinião', 'saúde', 'educação', 'cidades', 'internacional', 'entretenimento', 'vídeos'],
  commentCues: ['comentários', 'deixe um comentário', 'deixe uma resposta', 'respostas'],
  authorCues: ['sobre', 'mais sobre'],
  endCues: ['sobre o autor', 'sobre a autora', 'citação', 'como citar', 'como citar este artigo', 'fontes', 'referências', 'sobre este artigo'],
  sourceCues: ['fontes', 'referências'],
  noteCues: ['nota do editor', 'nota da redação', 'correção:', 'errata:', 'publicado originalmente'],
  creditCues: ['com informações de', 'com informações da', 'com informações do'],
  addressCues: ['siga', 'sigam', 'mais', 'leia', 'visite', 'veja', 'assista', 'ouça', 'baixe', 'inscreva-se'],
  continueCues: ['continua depois da publicidade', 'continua após a publicidade', 'a matéria continua abaixo', 'o texto continua após o anúncio'],
  forwardCues: ['abaixo', 'a seguir', 'confira', 'veja', 'aqui estão', 'estes são', 'estas são', 'os seguintes', 'as seguintes', 'nossa seleção'],
  dateWords: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'abr', 'mai', 'ago', 'set', 'out', 'dez', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'publicado', 'atualizado']
}
