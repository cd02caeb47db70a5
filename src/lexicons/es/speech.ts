import type { SpeechLexicon } from '../speech-lexicon.js';

/** Atribución del discurso en español. */
export const speech: SpeechLexicon = {
  // Lemas: `wordForms` (src/pipeline/common/inflection.ts) hace sus formas; los participios informan
  // sólo tras "ha"/"había" ("señalado como" suelto es identificar), y la etapa los compone así.
  verbLemmas: [
    'decir', 'afirmar', 'señalar', 'expresar', 'subrayar', 'indicar', 'sostener', 'advertir', 'agregar', 'añadir', 'explicar',
    'destacar', 'declarar', 'insistir', 'reconocer', 'comentar', 'manifestar', 'enfatizar', 'puntualizar', 'precisar', 'responder',
    'recordar', 'admitir', 'plantear', 'apuntar', 'referir', 'exponer', 'aclarar', 'remarcar', 'acotar', 'concluir', 'cuestionar',
    'reiterar', 'sentenciar', 'escribir', 'describir', 'resumir', 'elogiar', 'criticar', 'condenar', 'denunciar', 'lamentar', 'reclamar',
    'considerar', 'estimar', 'calcular', 'alegar', 'argumentar', 'recalcar', 'detallar', 'aseverar', 'opinar', 'coincidir', 'reafirmar',
    'negar', 'calificar', 'agradecer', 'hablar de', 'dar a conocer', 'revelar', 'amenazar con', 'amagar con', 'resaltar',
  ],
  // Formas, que lee la etapa de compromisos hasta que las haga de `verbLemmas`; la de citas lee sólo los lemas.
  verbs: [
    'dijo', 'dice', 'afirmó', 'afirma', 'señaló', 'señala', 'aseguró', 'asegura', 'expresó', 'expresa', 'subrayó', 'subraya',
    'indicó', 'indica', 'sostuvo', 'sostiene', 'advirtió', 'advierte', 'agregó', 'agrega', 'añadió', 'añade', 'explicó', 'explica',
    'destacó', 'destaca', 'declaró', 'declara', 'insistió', 'insiste', 'reconoció', 'reconoce', 'comentó', 'comenta', 'manifestó',
    'enfatizó', 'puntualizó', 'precisó', 'respondió', 'recordó', 'admitió', 'informó', 'anunció', 'confirmó', 'planteó', 'apuntó',
    'refirió', 'expuso', 'aclaró', 'remarcó', 'acotó', 'concluyó', 'cuestionó', 'reiteró', 'sentenció', 'escribió', 'describió',
    'resumió', 'elogió', 'criticó', 'condenó', 'denunció', 'lamentó', 'reclamó', 'consideró',
    // Participles report speech only after "ha"/"había": "señalado como" alone means "identified as".
    'ha dicho', 'había dicho', 'ha declarado', 'había declarado', 'ha afirmado', 'había afirmado', 'ha señalado', 'había señalado',
    'ha asegurado', 'había asegurado', 'ha advertido', 'había advertido', 'ha insistido', 'ha reconocido',
    'ha escrito', 'había escrito', 'ha sostenido', 'ha reiterado', 'ha explicado', 'ha estimado', 'ha denunciado', 'han dicho', 'han señalado',
    'han advertido', 'han insistido', 'han afirmado',
    'estimó', 'estima', 'calculó', 'calcula', 'alegó', 'alega', 'argumentó', 'argumenta', 'recalcó', 'detalló', 'aseveró', 'opinó',
    // Plurales, para los grupos que hablan: "las autoridades estiman", "fuentes de la FGR indicaron".
    'dijeron', 'afirmaron', 'señalaron', 'indicaron', 'sostuvieron', 'advirtieron', 'explicaron', 'destacaron', 'insistieron',
    'reconocieron', 'precisaron', 'agregaron', 'añadieron', 'declararon', 'subrayaron', 'coincidieron', 'estimaron', 'calcularon',
    'dicen', 'afirman', 'señalan', 'indican', 'sostienen', 'advierten', 'explican', 'insisten', 'estiman', 'calculan',
    'consideran', 'alegan', 'argumentan',
    'reafirmó', 'reafirmaron', 'reafirma', 'adelantó', 'adelanta', 'negó', 'niega', 'negaron', 'calificó', 'califica', 'calificaron', 'agradeció', 'agradece', 'agradecieron', 'habló de', 'hablaron de', 'dio a conocer', 'dieron a conocer', 'da a conocer', 'reveló', 'revela', 'revelaron', 'enfatizaron', 'reiteraron', 'expusieron', 'amenazó con', 'amagó con', 'amagara con', 'puntualizaron', 'aclararon', 'detallaron', 'subrayaron', 'destacaron', 'recordaron', 'reconoció', 'resaltó', 'resaltaron',
  ],
  nounForms: ['informe', 'informes', 'reporte', 'reportes', 'resumen', 'anuncio', 'detalle', 'detalles', 'apunte', 'apuntes', 'reclamo', 'denuncia', 'denuncias'],
  perfectAuxiliaries: ['ha', 'han', 'había', 'habían', 'habría', 'habrían', 'he', 'hemos', 'hubiera', 'haya', 'hayan'],
  fragmentCues: ['prometer', 'exigir', 'comprometerse'],
  sources: ['según', 'de acuerdo con', 'de acuerdo a', 'a decir de', 'en palabras de', 'a juicio de', 'en opinión de'],
  adverbs: ['también', 'luego', 'después', 'más tarde', 'además', 'ayer', 'hoy', 'primero', 'asimismo', 'igualmente'],
  reportedVerbs: [],
  governmentHeads: ['gobierno', 'autoridades'],
  jointGroups: ['ambos', 'ambas', 'los dos', 'las dos', 'los secretarios', 'los cancilleres', 'los mandatarios', 'los presidentes', 'las delegaciones', 'ambas delegaciones', 'la reunión', 'el encuentro', 'el comunicado conjunto', 'un comunicado conjunto', 'la declaración conjunta'],
  pluralPossessives: ['sus'],
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  pluralPronouns: ['ellos', 'ellas'],
  anonymousHeads: [
    'funcionario', 'funcionaria', 'funcionarios', 'fuente', 'fuentes', 'vocero', 'vocera', 'portavoz', 'diplomático', 'diplomática',
    'analista', 'analistas', 'agente', 'fiscal', 'negociador', 'legislador', 'legisladora', 'experto', 'experta', 'integrante',
    'militar', 'marino', 'mando', 'jefe', 'titular', 'subsecretaria', 'subsecretario', 'diplomático', 'representante',
    'presidenta', 'presidente', 'mandataria', 'mandatario', 'canciller', 'secretario', 'secretaria', 'embajador', 'embajadora', 'ministro', 'ministra', 'director', 'directora', 'gobernador', 'gobernadora',
  ],
  indefinites: ['un', 'una', 'unos', 'unas', 'dos', 'tres', 'otro', 'otra', 'el', 'la'],
  // Los tiempos compuestos los hace la etapa con `perfectAuxiliaries`: "ha" suelto precede a participios que no informan ("ha señalado como").
  auxiliaries: [],
  subordinators: ['luego de que', 'después de que', 'tras', 'mientras', 'aunque', 'ya que', 'porque', 'cuando', 'toda vez que', 'en tanto'],
  // "aseguró 300 kilos" es decomisar: asegurar informa sólo con "que" o al cerrar la frase.
  reportVerbs: ['informar', 'reportar', 'acusar', 'asegurar', 'anunciar', 'confirmar', 'ofrecer', 'adelantar'],
  questionVerbs: ['preguntar', 'querer saber'],
  complementizers: ['que', 'en que'],
  clauseSubjects: [],
  timeWords: ['hoy', 'ayer', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'semana', 'mes', 'año', 'mañana', 'tarde', 'noche', 'recientemente', 'previamente',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  questionWords: ['si', 'cómo', 'cuándo', 'por qué', 'qué', 'dónde', 'quién', 'quiénes', 'cuánto', 'cuántos', 'cuánta', 'cuántas'],
  // Lemas cuyo gerundio da lo que sigue al sujeto de la frase; los de `verbs`, `reportVerbs` y `fragmentCues` también.
  participles: ['prometer'],
  askedOpeners: ['consultar', 'cuestionar', 'preguntar', 'interrogar'],
  coordinators: ['y', 'e', 'pero', 'mientras que'],
  clauseOpeners: ['pero', 'y'],
  definiteArticles: ['el', 'la', 'los', 'las'],
  institutionKinds: ['organización', 'organizacion', 'grupo', 'agencia', 'instituto', 'centro'],
  inclusions: ['entre ellos', 'entre ellas', 'incluido', 'incluida', 'incluidos', 'incluidas'],
  groupDeterminers: ['el', 'la', 'los', 'las', 'algunos', 'algunas', 'varios', 'varias', 'muchos', 'muchas', 'dos', 'tres', 'un', 'una', 'unos', 'unas', 'otros', 'otras'],
  groupHeads: [
    'autoridades', 'funcionarios', 'fuentes', 'fiscales', 'analistas', 'expertos', 'especialistas', 'investigadores',
    'legisladores', 'diplomáticos', 'observadores', 'agentes', 'delegación', 'delegaciones', 'embajada', 'cancillería', 'gobierno',
    'dependencia', 'secretaría', 'fiscalía', 'defensa', 'policía', 'ejército', 'marina', 'agencia', 'oficina', 'tribunal', 'abogados',
    'organización', 'organizaciones', 'grupo', 'empresa', 'vecinos', 'testigos', 'activistas',
    'secretarios', 'cancilleres', 'mandatarios', 'líderes', 'gobiernos', 'reunión', 'encuentro',
  ],
  documentHeads: [
    'declaraciones', 'investigación', 'investigaciones', 'acusación', 'acusaciones', 'documento', 'documentos', 'informe', 'informes', 'reporte', 'reportes', 'comunicado', 'cifras', 'datos',
    'registros', 'estudio', 'encuesta', 'análisis', 'información', 'estimaciones', 'expediente', 'sentencia', 'auditoría', 'boletín',
    'carta', 'denuncia', 'ficha', 'conteo', 'números', 'balance',
  ],
  publications: ['informe', 'comunicado', 'reporte', 'boletín', 'ficha', 'documento'],
  singularPossessives: ['su'],
  documentVerbs: ['mostrar', 'revelar', 'reflejar'],
  opinionFrames: ['a su juicio', 'en su opinión', 'a su parecer', 'a su entender', 'desde su punto de vista'],
  // "Para X, …" abre la opinión de X: "Para la organización civil …, los decomisos deben …".
  viewpoints: ['para'],
  // "estar de acuerdo con X" es coincidir con X, no citarlo.
  sourceBlockers: ['está', 'están', 'estamos', 'estoy', 'estuvo', 'estuvieron', 'estaba', 'estaban', 'estar', 'estará', 'estarán', 'estaría', 'esté', 'estén', 'quedó', 'quedaron', 'ponerse', 'muy', 'totalmente', 'plenamente'],
  circumstances: ['en', 'a', 'ante', 'durante', 'por'],
  speakerGroups: ['funcionarios', 'fuentes', 'autoridades'],
  feminineMarks: [
    'la', 'las', 'ella', 'señora', 'sra', 'doña', 'presidenta', 'mandataria', 'secretaria', 'subsecretaria', 'embajadora', 'senadora',
    'diputada', 'gobernadora', 'ministra', 'directora', 'jefa', 'vocera', 'funcionaria', 'exsecretaria', 'expresidenta', 'alcaldesa',
    'coordinadora', 'abogada', 'jueza', 'investigadora', 'consejera', 'legisladora', 'diplomática', 'experta',
  ],
  masculineMarks: [
    'el', 'los', 'él', 'señor', 'sr', 'don', 'presidente', 'mandatario', 'secretario', 'subsecretario', 'embajador', 'senador', 'diputado',
    'gobernador', 'ministro', 'director', 'jefe', 'vocero', 'funcionario', 'exsecretario', 'expresidente', 'alcalde', 'coordinador',
    'abogado', 'juez', 'investigador', 'consejero', 'legislador', 'diplomático', 'experto', 'magnate', 'coronel', 'almirante',
  ],
  feminineGivenNames: ['carmen', 'isabel', 'rocío', 'raquel', 'pilar', 'mercedes', 'dolores', 'soledad', 'luz', 'beatriz', 'inés', 'ruth', 'citlalli'],
  feminineNameEndings: ['a'],
  masculineNameExceptions: ['luca', 'nicola', 'josué', 'joshua', 'garcía', 'bautista', 'borja', 'sasha'],
  turnLabels: ['presidenta', 'presidente', 'pregunta', 'respuesta', 'interlocutor', 'interlocutora', 'moderador', 'moderadora', 'secretario', 'secretaria', 'canciller', 'reportero', 'reportera', 'vocero', 'vocera', 'gobernador', 'gobernadora', 'embajador', 'embajadora'],
};
