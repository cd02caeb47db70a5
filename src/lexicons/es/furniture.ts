import type { FurnitureLexicon } from '../furniture-lexicon.js';

/** Spanish page furniture, as Mexican and Spanish news sites word it. */
export const furniture: FurnitureLexicon = {
  prompts: [
    'compartir', 'comparte', 'comparte esta nota', 'compartir en', 'imprimir', 'enviar por correo',
    'regístrate', 'registrate', 'suscríbete', 'suscribete', 'inicia sesión', 'iniciar sesión', 'entrar',
    'leer más', 'lee más', 'sigue leyendo', 'seguir leyendo', 'ver más', 'cargar más', 'comentarios',
    'deja un comentario', 'haz clic aquí', 'da clic aquí', 'síguenos', 'siguenos', 'descarga la app',
    'escucha esta nota', 'ir al contenido', 'volver arriba', 'publicidad', 'anuncio', 'contenido patrocinado',
    'boletín', 'recibe nuestro boletín', 'aviso de privacidad', 'política de privacidad', 'términos y condiciones',
    'todos los derechos reservados', 'derechos reservados', 'contacto', 'quiénes somos',
    'relacionado', 'relacionadas', 'notas relacionadas', 'te puede interesar', 'también te puede interesar',
    'lo más leído', 'lo más visto', 'tendencias', 'últimas noticias', 'más noticias', 'menú', 'buscar',
  ],
  links: ['a', 'para', 'en', 'con', 'ahora', 'aquí', 'esta', 'este', 'nuestro', 'nuestra', 'tu', 'y', 'gratis', 'hoy', 'la', 'el', 'más'],
  leads: ['ahora', 'por favor', 'haz clic aquí para', 'da clic aquí para', 'o', 'y', 'también'],
  listHeadings: [
    'relacionado', 'relacionadas', 'notas relacionadas', 'te puede interesar', 'también te puede interesar',
    'lo más leído', 'lo más visto', 'tendencias', 'últimas noticias', 'más noticias', 'lee también', 'leer más',
  ],
  widgets: [
    'clima', 'mercados', 'en vivo', 'bolsa', 'horóscopo', 'tráfico', 'video', 'videos', 'podcast', 'inicio',
    'noticias', 'secciones', 'opinión', 'deportes', 'negocios', 'mundo', 'estilo de vida', 'espectáculos',
    'juegos', 'fotos', 'galería', 'imagen', 'foto', 'logo',
  ],
  bylineCues: ['por', 'escrito por'],
  datelineCues: ['informe', 'publicado', 'actualizado', 'publicado el', 'actualizado el'],
  deskWords: ['redacción', 'redaccion', 'agencias', 'staff', 'corresponsales', 'mesa', 'equipo'],
  noticeWords: ['cookie', 'cookies', 'boletín', 'boletin', 'suscriptores', 'newsletter'],
};
