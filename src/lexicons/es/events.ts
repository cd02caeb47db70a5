import { dayOffsets, type EventLexicon } from '../event-lexicon.js';

/** Spanish event vocabulary mapped to PLOVER, as the Mexican press and government write it. */
export const events: EventLexicon = {
  triggers: [
    { type: 'consult', mode: 'meet', words: [], lemmas: ['reunirse', 'sostener una reunión', 'recibir a'], nouns: ['reunión', 'reuniones', 'encuentro', 'cumbre', 'conversaciones', 'mesa de trabajo'] },
    { type: 'consult', mode: 'visit', words: [], lemmas: ['visitar', 'viajar a'], nouns: ['visita', 'gira'] },
    { type: 'consult', mode: 'phone', words: ['llamada telefónica', 'conversaron', 'hablaron', 'hablamos'], lemmas: ['conversar por teléfono', 'conversar con', 'hablar con', 'hablar por teléfono', 'sostener una llamada'], nouns: ['llamada', 'conversación'] },
    // Nuestro modo de consult: PLOVER no tiene tipo para una declaración pública; un comunicado, una conferencia
    // de prensa, una mañanera o una publicación que el texto relata es una consulta con el público. Un "dijo"
    // solo es una cita, y cuenta solo con una fecha al lado ("dijo el lunes").
    {
      type: 'consult', mode: 'statement',
      words: ['en un comunicado', 'publicó un comunicado', 'emitió un comunicado', 'difundió un comunicado', 'declaró a medios', 'declaró a los medios', 'en su cuenta de x', 'en la red social', 'en redes sociales', 'en un mensaje'],
      nouns: ['conferencia de prensa', 'rueda de prensa', 'conferencia mañanera', 'mañanera', 'comunicado', 'notificación'],
      dated: ['dijo', 'afirmó', 'declaró', 'advirtió', 'reiteró', 'señaló', 'indicó', 'insistió', 'sostuvo', 'expresó'],
    },
    // Comparecer ante un comité o un tribunal, con una fecha u otras palabras en medio, es una declaración hecha ahí.
    { type: 'consult', mode: 'statement', words: [], lemmas: ['comparecer'], objects: ['ante'] },
    // Informar con fecha al lado da a conocer un hecho: es un anuncio, no solo una cita.
    { type: 'agree', mode: 'announce', words: [], dated: ['informó', 'informaron', 'informa', 'informan'] },
    { type: 'agree', mode: null, words: [], lemmas: ['firmar'], unlessObjects: ['orden ejecutiva', 'orden', 'órdenes', 'decreto', 'decretos', 'proclama', 'ley', 'iniciativa'] },
    { type: 'agree', mode: null, words: ['crearon', 'creó', 'anunciaron la creación', 'priorizaron'], lemmas: ['establecer', 'aprobar', 'llegar a un acuerdo', 'alcanzar un acuerdo'], nouns: ['acuerdo', 'acuerdos', 'declaración conjunta', 'comunicado conjunto', 'memorando de entendimiento', 'creación'], participles: ['creado', 'creada', 'creados', 'creadas'] },
    // Un compromiso o un acuerdo para actuar: lo que sigue es lo acordado, no algo que ocurrió.
    { type: 'agree', mode: null, governs: true, nouns: ['compromiso de', 'compromiso para', 'compromiso con'], words: ['convinieron', 'convino', 'se acordó'], lemmas: ['acordar', 'pactar', 'comprometerse', 'prometer'] },
    // PLOVER has no type for statements; announcing a programme, measure or charges is recorded as agreeing to it.
    { type: 'agree', mode: 'announce', words: ['presentó'], lemmas: ['anunciar', 'dar a conocer'], nouns: ['anuncio'] },
    { type: 'support', mode: null, words: ['elogió', 'celebró', 'respaldó', 'aplaudió', 'felicitó', 'agradeció', 'agradecieron'] },
    // "Reconoció el trabajo de …" praises; "reconoció la participación de sus elementos", "reconoció que …" admits, which is no support.
    { type: 'support', mode: null, words: ['reconoció'], unlessObjects: ['participación', 'error', 'errores', 'responsabilidad', 'fallas', 'omisiones', 'que'] },
    // El cooperate de PLOVER: trabajar juntos, compartir información, ayuda a petición de la otra parte.
    { type: 'cooperate', mode: null, words: ['cooperaron', 'coordinaron', 'han coordinado', 'han cooperado', 'colaboraron', 'compartieron', 'en coordinación con', 'de forma conjunta', 'de manera conjunta', 'ha reforzado la cooperación', 'reforzó la cooperación'], nouns: ['operativo conjunto', 'operativos conjuntos', 'intercambio de información', 'intercambio de datos', 'trabajo conjunto', 'cooperación bilateral', 'colaboración en', 'trabajos bilaterales'] },
    { type: 'cooperate', mode: 'transfer_custody', words: ['envió a estados unidos'], lemmas: ['extraditar', 'entregar', 'trasladar', 'expulsar', 'deportar'], nouns: ['extradición', 'extradiciones', 'entrega', 'entrega de', 'traslado de', 'transferencia', 'envío a estados unidos', 'el envío'], participles: ['enviados', 'enviado'] },
    // Enviar personas es un traslado de custodia solo cuando las enviadas están detenidas o son requeridas.
    { type: 'cooperate', mode: 'transfer_custody', words: [], lemmas: ['enviar'], objects: ['capos', 'detenidos', 'reos', 'presos', 'criminales', 'narcotraficantes', 'operadores', 'fugitivos', 'líderes', 'integrantes', 'miembros', 'personas'] },
    { type: 'aid', mode: null, words: ['donó', 'financió'], nouns: ['ayuda', 'asistencia en seguridad', 'financiamiento'] },
    { type: 'request', mode: null, governs: true, words: ['hemos insistido', 'ha insistido', 'insistió en que'], lemmas: ['pedir', 'solicitar', 'exigir', 'instar', 'proponer', 'presionar'], nouns: ['solicitud', 'propuesta', 'propuestas', 'exigencia', 'exigencias', 'presión sobre'] },
    // Los cargos penales son acusaciones: el accuse de PLOVER cubre imputar un delito.
    { type: 'accuse', mode: null, words: [], lemmas: ['acusar', 'culpar', 'criticar', 'condenar', 'denunciar', 'imputar'], nouns: ['señalamientos', 'acusaciones', 'acusación', 'cargos contra', 'imputaciones'] },
    // "Cerrar la puerta/la vía" a algo es rechazarlo.
    { type: 'reject', mode: null, words: ['no está sobre la mesa', 'no permitiremos', 'no aceptamos', 'no aceptará', 'no aceptaría', 'no acepta', 'no aceptó'], lemmas: ['rechazar', 'negarse', 'descartar', 'negar', 'cerrar la puerta', 'cerrar la vía'] },
    // No descartar la fuerza es como se suele informar una amenaza.
    // Estar dispuesto a usar la fuerza, y un plan de fuerza relatado, son amenazas.
    { type: 'threaten', mode: null, governs: true, words: ['amenaza con', 'usar la fuerza', 'uso de la fuerza', 'fuerza militar'], lemmas: ['amenazar', 'amagar', 'advertir con'], nouns: ['amenaza de', 'amenazas de', 'amenazas contra', 'amenaza contra'] },
    // No descartar la fuerza: la negación es la forma misma de la amenaza.
    { type: 'threaten', mode: null, governs: true, words: ['no descarta', 'no descartó', 'no descartan', 'no descartaron', 'no se descarta'] },
    { type: 'sanction', mode: null, words: [], lemmas: ['sancionar', 'imponer aranceles', 'imponer sanciones', 'congelar', 'bloquear'], nouns: ['sanciones', 'aranceles'] },
    // Inscribir a alguien en una lista de personas bloqueadas o sancionadas es sancionarlo.
    { type: 'sanction', mode: null, words: [], lemmas: ['agregar', 'incluir', 'inscribir', 'añadir'], objects: ['lista'] },
    { type: 'sanction', mode: 'designate', words: ['denominado', 'haya denominado', 'clasificados como', 'clasificadas como', 'designar'], lemmas: ['designar', 'catalogar', 'clasificar', 'denominar'], nouns: ['designación', 'designaciones'] },
    { type: 'protest', mode: null, words: ['protestaron', 'marcharon'], nouns: ['protesta', 'protestas', 'marcha'] },
    { type: 'mobilize', mode: null, words: ['desplegó', 'desplegaron', 'movilizó', 'envió tropas'], nouns: ['despliegue de'] },
    { type: 'coerce', mode: 'arrest', words: ['se detuvo a', 'se capturó'], lemmas: ['detener', 'capturar', 'aprehender', 'arrestar'], nouns: ['detención de', 'captura de', 'detenciones'] },
    { type: 'coerce', mode: 'seize', words: ['se han desmantelado', 'se desmanteló'], lemmas: ['decomisar', 'incautar', 'desmantelar', 'localizar', 'descubrir', 'hallar', 'neutralizar'], nouns: ['aseguramiento de', 'decomiso de', 'hallazgo', 'hallazgos', 'megadecomiso'] },
    // Asegurar es también "afirmar": incauta solo cuando sigue lo asegurado (una cantidad, armas, droga).
    { type: 'coerce', mode: 'seize', words: [], lemmas: ['asegurar'], objects: [
      '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'un', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'cien', 'mil', 'millones',
      'armas', 'droga', 'drogas', 'kilos', 'toneladas', 'litros', 'cartuchos', 'cargadores', 'vehículos', 'cargamento', 'dosis', 'lanchas', 'embarcaciones',
      'inmuebles', 'laboratorios', 'metanfetamina', 'cocaína', 'fentanilo', 'combustible', 'precursores', 'dinero', 'dólares', 'pesos',
    ] },
    { type: 'assault', mode: 'aerial', words: ['bombardeó', 'bombardearon'], nouns: ['ataque aéreo', 'ataques aéreos', 'bombardeo', 'bombardeos'] },
    { type: 'assault', mode: null, words: ['atacó', 'emboscó', 'asesinó'], nouns: ['ataque contra', 'emboscada', 'ataques terrestres'] },
    { type: 'retreat', mode: null, words: ['retiró', 'liberó', 'suspendió'] },
    { type: 'concede', mode: null, words: ['cedió', 'concedió'] },
  ],
  notTriggers: [
    // "De acuerdo con" is "according to"; "aseguró que" is "said that", not a seizure.
    'de acuerdo con', 'de acuerdo a', 'asegurar que', 'descubrir que', 'anunciar que', 'se trata del', 'se trata de',
    // Asking not to be named is how a source is introduced, not a request; not ruling out "that" is a possibility, not a threat.
    // La pregunta de un periodista no es una petición entre partes.
    'a la pregunta', 'cuestionada sobre', 'cuestionado sobre', 'al ser cuestionada', 'al ser cuestionado', 'preguntó el reportero', 'preguntó la reportera',
    'pidió no ser identificado', 'pidió no ser identificada', 'pidió no ser nombrado', 'pidió el anonimato', 'pidió anonimato', 'pidieron el anonimato',
    'no descarta que', 'no descartan que', 'no descartó que', 'no descartaron que', 'no se descarta que',
    // Mover dinero no es trasladar a personas.
    'transferencia de fondos', 'transferencias de fondos', 'transferencia de recursos', 'transferencias de recursos', 'transferencia de dinero',
  ],
  contexts: {
    trafficking: ['tráfico', 'contrabando', 'túnel', 'túneles', 'traficantes'],
    illegal_drugs: ['droga', 'drogas', 'fentanilo', 'cocaína', 'metanfetamina', 'narcotráfico', 'precursores'],
    crime: ['cártel', 'cárteles', 'crimen organizado', 'delincuencia', 'lavado de dinero', 'huachicol', 'robo de combustible'],
    migration: ['migrante', 'migrantes', 'migración', 'asilo', 'deportación'],
    diplomatic: ['reunión', 'cumbre', 'embajador', 'canciller', 'cancillería', 'secretario de estado', 'diplomática', 'comunicado'],
    military: ['tropas', 'ejército', 'marina', 'militar', 'soldados', 'guardia nacional', 'defensa'],
    economic: ['comercio', 'aranceles', 'inversión', 'economía', 'exportaciones'],
    terrorism: ['terrorista', 'terroristas', 'terrorismo'],
    weapons: ['armas', 'armas de fuego', 'tráfico de armas', 'municiones', 'rifles'],
  },
  timing: {
    future: ['va a', 'van a', 'se reunirá', 'se reunirán', 'próxima', 'próximo', 'prevé', 'tiene previsto', 'está previsto'],
    negated: ['no', 'nunca', 'sin', 'jamás'],
    hypothetical: ['si', 'podría', 'podrían', 'posible', 'eventual'],
    ongoing: ['continúa', 'continúan', 'en curso'],
  },
  spanOpeners: ['desde'],
  dayOffsets: {
    ...dayOffsets(
      { un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, diez: 10 },
      { día: 1, días: 1, semana: 7, semanas: 7 },
      { después: -1, antes: 1 },
    ),
    'al día siguiente': -1, 'un día antes': 1,
  },
  definites: ['la', 'el', 'esa', 'ese', 'esta', 'este', 'dicha', 'dicho', 'las', 'los'],
  describingPrepositions: ['de', 'sobre'],
  phraseEnds: ['y', 'e', 'o'],
  passiveAuxiliaries: ['fue', 'fueron', 'ha sido', 'han sido', 'había sido', 'es', 'son'],
  auxiliaries: ['fue', 'fueron', 'ha', 'han', 'había', 'habían', 'hemos', 'sido', 'es', 'son', 'será', 'serán', 'están', 'está', 'quedó', 'quedaron'],
  agentMarkers: ['por'],
  subjectPronouns: ['él', 'ella', 'ellos', 'ellas'],
  demonyms: {
    mexicano: 'MEX', mexicana: 'MEX', mexicanos: 'MEX', mexicanas: 'MEX',
    estadounidense: 'USA', estadounidenses: 'USA', canadiense: 'CAN', canadienses: 'CAN',
  },
  agentNouns: [
    'autoridades', 'funcionarios', 'fuerzas', 'marinos', 'tropas', 'soldados', 'agentes', 'policía', 'policías', 'fiscales', 'tribunal',
    'corte', 'juez', 'gobierno', 'parte', 'lado', 'delegación', 'negociadores', 'investigadores', 'elementos',
  ],
  groupSubjects: ['los secretarios', 'los cancilleres', 'los mandatarios', 'ambos mandatarios', 'ambos presidentes', 'ambos gobiernos', 'ambos países', 'ambas partes', 'ambas naciones', 'los dos gobiernos', 'los dos países', 'las delegaciones', 'ambas delegaciones', 'las dos delegaciones', 'los dos funcionarios'],
  firstPerson: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'vamos', 'yo'],
  placePrepositions: ['en', 'cerca de'],
  placeArticles: ['el', 'la'],
  placeLinks: ['de', 'del'],
  relativeOpeners: ['quien', 'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde', 'el cual', 'la cual', 'los cuales', 'las cuales', 'que'],
  backgroundOpeners: ['tras', 'luego de', 'después de', 'antes de', 'desde que'],
  clauseBreaks: ['pero', 'mientras', 'aunque', 'porque', 'cuando', 'sin embargo'],
  topicMarkers: ['sobre', 'acerca de', 'en torno a'],
  quantifiers: ['varios', 'varias', 'muchos', 'muchas', 'algunos', 'algunas', 'todos', 'todas', 'ambos', 'ambas', 'un', 'una', 'su', 'sus'],
  elidedSubjectEndings: ['aron', 'ieron', 'eron'],
  justDone: ['acabo de', 'acaba de', 'acabamos de', 'acaban de', 'acababa de', 'acababan de'],
};
