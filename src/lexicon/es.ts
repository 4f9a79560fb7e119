/**
 * Spanish phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const es: Lexicon = {
  language: 'es',
  boilerplate: ['saber más', 'ver enlaces de interés', 'publicidad', 'compartir', 'comentarios', 'leer más', 'últimas noticias', 'traductor', 'calendario laboral', 'menú', 'buscar', 'iniciar sesión', 'suscríbete'],
  boilerplatePrefixes: ['según los criterios de the trust project', 'compartir en ', 'síguenos en ', 'todos los derechos reservados', 'utilizamos cookies'],
  tagCues: ['etiquetas', 'temas', 'saber más', 'más sobre'],
  relatedCues: ['relacionado', 'noticias relacionadas', 'te puede interesar', 'lo más leído', 'más noticias'],
  sections: ['internacional', 'europa', 'españa', 'política', 'economía', 'deportes', 'cultura', 'sociedad', 'ciencia', 'tecnología', 'opinión'],
  commentCues: ['comentarios', 'deja un comentario', 'deja una respuesta', 'escribe un comentario', 'respuestas']
}
