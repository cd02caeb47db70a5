import { dayOffsets, type EventLexicon } from '../event-lexicon.js';

/** Spanish event vocabulary mapped to PLOVER, as the Mexican press and government write it. */
export const events: EventLexicon = {
  triggers: [
    { type: 'consult', mode: 'meet', words: ['se reunió', 'se reunieron', 'se reunirá', 'se reunirán', 'sostuvo una reunión', 'sostuvieron una reunión', 'recibió a'], nouns: ['reunión', 'reuniones', 'encuentro', 'cumbre', 'conversaciones'] },
    { type: 'consult', mode: 'visit', words: ['visitó', 'viajó a'], nouns: ['visita', 'gira'] },
    { type: 'consult', mode: 'phone', words: ['conversó por teléfono', 'llamada telefónica'], nouns: ['llamada'] },
    { type: 'agree', mode: null, words: ['acordaron', 'acordó', 'firmaron', 'firmó', 'establecieron', 'estableció', 'crearon', 'anunciaron la creación', 'pactaron', 'aprobó', 'aprobaron', 'se comprometió', 'se comprometieron', 'prometió'], nouns: ['acuerdo', 'acuerdos', 'declaración conjunta', 'comunicado conjunto', 'memorando de entendimiento', 'creación'], participles: ['creado', 'creada', 'creados', 'creadas', 'establecido', 'establecida', 'firmado', 'firmada', 'aprobado', 'aprobada'] },
    // PLOVER has no type for statements; announcing a programme, measure or charges is recorded as agreeing to it.
    { type: 'agree', mode: 'announce', words: ['anunció', 'anunciaron'] },
    { type: 'support', mode: null, words: ['elogió', 'celebró', 'reconoció', 'respaldó', 'aplaudió', 'felicitó', 'agradeció', 'agradecieron'] },
    { type: 'cooperate', mode: null, words: ['cooperaron', 'coordinaron'], nouns: ['operativo conjunto', 'operativos conjuntos', 'intercambio de información'] },
    { type: 'cooperate', mode: 'transfer_custody', words: ['extraditó', 'extraditaron', 'entregó', 'envió a estados unidos', 'trasladó'], nouns: ['extradición', 'entrega de', 'traslado de'], participles: ['extraditado', 'extraditada', 'extraditados', 'extraditadas', 'entregado', 'entregados', 'trasladado', 'trasladados'] },
    { type: 'aid', mode: null, words: ['donó', 'financió'], nouns: ['ayuda', 'asistencia en seguridad', 'financiamiento'] },
    { type: 'request', mode: null, words: ['pidió', 'solicitó', 'exigió', 'instó', 'propuso', 'presentó'], nouns: ['solicitud', 'propuesta', 'propuestas'] },
    { type: 'accuse', mode: null, words: ['acusó', 'culpó', 'criticó', 'condenó', 'denunció'] },
    // "Cerrar la puerta/la vía" a algo es rechazarlo.
    { type: 'reject', mode: null, words: ['rechazó', 'rechazamos', 'rechaza', 'se negó', 'descartó', 'no aceptará', 'no aceptaría', 'no acepta', 'no aceptó', 'cerró la puerta', 'cerró la vía'] },
    // No descartar la fuerza es como se suele informar una amenaza.
    { type: 'threaten', mode: null, words: ['amenazó', 'advirtió con', 'no descarta', 'no descartó', 'no descartan', 'no descartaron', 'no se descarta'], nouns: ['amenaza de', 'amenazas de'] },
    { type: 'sanction', mode: null, words: ['sancionó', 'impuso aranceles', 'congeló'], nouns: ['sanciones', 'aranceles'] },
    { type: 'sanction', mode: 'designate', words: ['designó', 'catalogó'], participles: ['designado', 'designados', 'designada', 'designadas'], nouns: ['designación'] },
    { type: 'protest', mode: null, words: ['protestaron', 'marcharon'], nouns: ['protesta', 'protestas', 'marcha'] },
    { type: 'mobilize', mode: null, words: ['desplegó', 'desplegaron', 'movilizó', 'envió tropas'], nouns: ['despliegue de'] },
    { type: 'coerce', mode: 'arrest', words: ['detuvo', 'detuvieron', 'capturó', 'capturaron', 'aprehendió', 'arrestó'], nouns: ['detención de', 'captura de'], participles: ['detenido', 'detenidos', 'detenida', 'detenidas', 'capturado', 'capturados', 'arrestado', 'arrestados'] },
    { type: 'coerce', mode: 'seize', words: ['aseguró', 'aseguraron', 'decomisó', 'incautó', 'desmanteló', 'localizó', 'localizaron', 'descubrió', 'descubrieron', 'halló', 'hallaron'], nouns: ['aseguramiento de', 'decomiso de'], participles: ['asegurado', 'asegurados', 'asegurada', 'aseguradas', 'decomisado', 'decomisados', 'incautado', 'incautados', 'desmantelado', 'desmantelados'] },
    { type: 'assault', mode: 'aerial', words: ['bombardeó'], nouns: ['ataque aéreo', 'bombardeo'] },
    { type: 'assault', mode: null, words: ['atacó', 'emboscó', 'asesinó'], nouns: ['ataque contra', 'emboscada'] },
    { type: 'retreat', mode: null, words: ['retiró', 'liberó', 'suspendió'] },
    { type: 'concede', mode: null, words: ['cedió', 'concedió'] },
  ],
  notTriggers: [
    // "De acuerdo con" is "according to"; "aseguró que" is "said that", not a seizure.
    'de acuerdo con', 'de acuerdo a', 'aseguró que', 'aseguraron que', 'asegura que', 'ha asegurado que', 'había asegurado que',
    'descubrió que', 'descubrieron que', 'anunció que', 'anunciaron que', 'se trata del', 'se trata de',
    // Asking not to be named is how a source is introduced, not a request; not ruling out "that" is a possibility, not a threat.
    'pidió no ser identificado', 'pidió no ser identificada', 'pidió no ser nombrado', 'pidió el anonimato', 'pidió anonimato', 'pidieron el anonimato',
    'no descarta que', 'no descartan que', 'no descartó que', 'no descartaron que', 'no se descarta que',
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
  commitmentCues: [
    'se comprometió a', 'se comprometieron a', 'acordaron', 'acordó', 'prometió', 'se obligó a', 'asumió el compromiso de',
    'que se reunirá', 'para dar seguimiento', 'compromiso de', 'compromisos de', 'promesa de', 'garantía de que', 'se compromete a', 'se comprometen a',
    'vamos a',
  ],
  reportedCues: ['planea', 'tiene previsto', 'se propone'],
  conditionals: ['si', 'a menos que', 'en caso de que'],
  futureEndings: ['rá', 'rán'],
  // Futures of being, having and being able predict; they do not promise.
  futureExceptions: ['será', 'serán', 'habrá', 'habrán', 'estará', 'estarán', 'podrá', 'podrán', 'tendrá', 'tendrán', 'sabrá', 'parecerá', 'quedará', 'quedarán', 'creeré', 'creerá', 'veremos', 'veré', 'dependerá', 'depender', 'creer', 'saber', 'ver'],
  modalGap: ['también', 'ahora', 'pronto', 'conjuntamente', 'ya', 'no', 'se', 'lo', 'la', 'los', 'las', 'le', 'les', 'nuevamente'],
  groupSubjects: ['ambos gobiernos', 'ambos países', 'ambas partes', 'ambas naciones', 'los dos gobiernos', 'los dos países', 'las delegaciones', 'ambas delegaciones', 'las dos delegaciones', 'los dos funcionarios'],
  firstPerson: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'vamos', 'yo'],
  placePrepositions: ['en', 'cerca de'],
  placeArticles: ['el', 'la'],
  placeLinks: ['de', 'del'],
};
