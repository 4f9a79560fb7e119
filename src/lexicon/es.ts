/**
 * Spanish phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Spanish phrase pack (`language: 'es'`): all in lower case. */
export const es: Lexicon = {
  language: 'es',
  boilerplate: ['saber más', 'ver enlaces de interés', 'publicidad', 'compartir', 'comentarios', 'leer más', 'últimas noticias', 'traductor', 'calendario laboral', 'menú', 'buscar', 'iniciar sesión', 'suscríbete', 'saltar al contenido', 'ir al contenido', 'boletín', 'suscríbete al boletín', 'política de privacidad', 'aviso legal', 'contacto', 'publicidad -', 'siguiente noticia', 'noticia anterior',
    // The footer's legal links and site map, an advertiser's label.
    'términos y condiciones', 'condiciones de uso', 'política de cookies', 'mapa del sitio', 'patrocinado',
    // A shop's link in a widget of offers, no headline: "Muelle Deportes código de descuento".
    'código de descuento', 'códigos de descuento', 'código promocional', 'códigos promocionales', 'cupón de descuento', 'cupones de descuento'],
  boilerplatePrefixes: ['según los criterios de the trust project', 'compartir en ', 'comparte esto en ', 'compartir esto en ', 'síguenos en ', 'todos los derechos reservados', 'utilizamos cookies', 'suscríbete a nuestro boletín', 'esta web utiliza cookies', 'este sitio web utiliza cookies', 'aceptar cookies', 'lee también:', 'leer más:', 'haga clic aquí', 'haz clic aquí', 'pulsa aquí', 'haz clic en la imagen ', 'haga clic en la imagen '],
  tagCues: ['etiquetas', 'etiqueta', 'temas', 'tema', 'saber más', 'más sobre', 'archivado en', 'palabras clave'],
  relatedCues: ['relacionado', 'relacionados', 'noticias relacionadas', 'artículos relacionados', 'te puede interesar', 'también te puede interesar', 'lo más leído', 'lo más visto', 'más leídas', 'más noticias', 'más de', 'lee también', 'leer más', 'te recomendamos', 'recomendados', 'últimas noticias', 'en portada', 'más populares', 'lo más popular', 'artículos populares'],
  sections: ['internacional', 'mundo', 'europa', 'españa', 'américa', 'política', 'economía', 'deportes', 'cultura', 'sociedad', 'ciencia', 'tecnología', 'opinión', 'salud', 'espectáculos', 'nacional', 'local', 'vídeo', 'video'],
  commentCues: ['comentarios', 'deja un comentario', 'deja una respuesta', 'escribe un comentario', 'respuestas'],
  authorCues: ['sobre', 'acerca de', 'más sobre'],
  endCues: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'acerca de la autora', 'cómo citar', 'cómo citar este artículo', 'fuentes', 'referencias', 'sobre este artículo', 'acerca de este artículo'],
  sourceCues: ['fuentes', 'referencias'],
  noteCues: ['nota del editor', 'nota de la redacción', 'fe de erratas', 'corrección:', 'publicado originalmente'],
  creditCues: ['con información de'],
  addressCues: ['sigue', 'siga', 'síguenos', 'más', 'lee', 'lea', 'encuentra', 'visita', 'visite', 'mira', 'escucha', 'descarga', 'suscríbete'],
  continueCues: ['la noticia continúa debajo', 'el artículo continúa debajo', 'la nota continúa abajo', 'continúa después de la publicidad'],
  forwardCues: ['a continuación', 'abajo', 'debajo', 'aquí están', 'aquí tienes', 'aquí te dejamos', 'te dejamos', 'estos son', 'estas son', 'echa un vistazo', 'los siguientes', 'las siguientes', 'nuestra selección'],
  dateWords: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'publicado', 'actualizado']
}
