import type { CommitmentLexicon } from '../commitment-lexicon.js';

/** Spanish commitment cues and the words that tell a promise from a forecast, a threat or history. */
export const commitments: CommitmentLexicon = {
  modals: ['va a', 'van a', 'vamos a'],
  pledgeLemmas: ['comprometerse a', 'comprometerse', 'obligarse a', 'convenir en', 'priorizar'],
  // "Acordar" and "prometer" are listed by form: "acuerdo" is first of all a noun, "promete impactar" a forecast.
  pledgePhrases: [
    'acordaron', 'acordó', 'acordamos', 'acordaremos', 'acordará', 'acordarán', 'han acordado', 'hemos acordado', 'habían acordado',
    'había acordado', 'prometió', 'prometieron', 'prometemos', 'prometo', 'asumió el compromiso de', 'asumieron el compromiso de',
    'compromiso de', 'compromisos de', 'promesa de', 'garantía de que', 'se ofreció a', 'se ofrecieron a', 'ofreció que',
    'ofrecieron que', 'ofreció una recompensa', 'ofrece una recompensa', 'ofreció hasta', 'ofrece hasta', 'está comprometido con',
    'está comprometida con', 'están comprometidos con', 'es política de', 'está obligado a', 'está obligada a', 'están obligados a',
    'como objetivo', 'como misión', 'como meta', 'como propósito', 'como finalidad', 'busca', 'buscan', 'buscamos', 'buscará',
    'buscarán', 'buscaremos', 'buscaría', 'buscarían', 'está programado', 'está programada', 'están programados',
  ],
  // "Busca a" a person is a search, not an aim.
  notCues: ['busca a', 'buscan a', 'buscamos a', 'buscará a', 'buscarán a', 'buscaría a', 'buscarían a', 'busca al', 'buscan al', 'buscará al'],
  passiveCues: ['que se reunirá', 'para dar seguimiento'],
  reportedCues: ['planea', 'tiene previsto', 'se propone'],
  refusalCues: ['no está sobre la mesa', 'no está en la mesa', 'está descartado', 'está descartada', 'queda descartado', 'queda descartada'],
  directiveLemmas: ['ordenar', 'instruir', 'encomendar'],
  directiveLinks: ['a', 'que', 'para'],
  aimNouns: ['objetivo', 'objetivos', 'meta', 'metas', 'propósito', 'misión', 'finalidad'],
  aimCopulas: ['es', 'son', 'será', 'serán'],
  programmeNouns: ['estrategia', 'plan', 'programa', 'iniciativa', 'trabajo', 'mecanismo'],
  definiteArticles: ['el', 'la', 'los', 'las'],
  purposeLinks: ['para'],
  infinitiveEndings: ['ar', 'er', 'ir', 'arse', 'erse', 'irse', 'arlo', 'arla', 'arlos', 'arlas'],
  relativePronouns: ['que', 'cual', 'quien', 'cuales', 'quienes'],
  relativeObjectMarkers: ['al', 'a', 'el', 'la', 'lo', 'los', 'las', 'del', 'de', 'en', 'con', 'por'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'su', 'sus'],
  agreementNouns: ['acuerdo', 'pacto', 'convenio', 'arreglo', 'entendimiento', 'memorándum'],
  contentLemmas: ['incluir', 'contemplar', 'prever', 'establecer', 'estipular'],
  planSubjects: [
    'despliegue', 'reunión', 'programa', 'plan', 'estrategia', 'iniciativa', 'acuerdo', 'operativo', 'grupo', 'mecanismo', 'cumbre',
    'negociaciones', 'pausa', 'diálogo',
  ],
  conditionals: ['si', 'a menos que', 'en caso de que'],
  firstPersonFutureEndings: ['ré', 'remos'],
  coordinators: ['y', 'e'],
  futureEndings: ['rá', 'rán', 'ré', 'remos'],
  // Futures of being, having and being able predict; they do not promise.
  futureExceptions: [
    'será', 'serán', 'habrá', 'habrán', 'estará', 'estarán', 'podrá', 'podrán', 'tendrá', 'tendrán', 'sabrá', 'parecerá', 'quedará',
    'quedarán', 'creeré', 'creerá', 'veremos', 'veré', 'dependerá', 'depender', 'creer', 'saber', 'ver', 'considerará', 'considerar',
    'costará', 'afectará', 'afectarán', 'seré', 'seremos', 'habré', 'habremos', 'estaré', 'estaremos', 'podré', 'podremos', 'tendré',
    'tendremos', 'sabré', 'sabremos', 'quedaremos', 'extremos', 'supremos',
  ],
  impersonalPronouns: ['se'],
  plannedActLemmas: [
    'llevar a cabo', 'realizar', 'celebrar', 'instalar', 'crear', 'desplegar', 'enviar', 'establecer', 'reforzar', 'implementar',
    'aplicar', 'publicar', 'entregar', 'revisar', 'abrir', 'firmar', 'presentar', 'destinar', 'construir', 'convocar', 'iniciar',
    'suspender', 'pausar', 'mantener', 'intensificar', 'ampliar',
  ],
  adviceModals: ['debería', 'deberían', 'debe', 'deben', 'tendría que', 'tendrían que', 'tiene que', 'tienen que', 'podría', 'podrían'],
  copulaVerbs: [],
  participleEndings: ['ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas'],
  modalGap: ['también', 'ahora', 'pronto', 'conjuntamente', 'ya', 'no', 'se', 'lo', 'la', 'los', 'las', 'le', 'les', 'nuevamente'],
  groupSubjects: [
    'ambos gobiernos', 'ambos países', 'ambas partes', 'ambas naciones', 'los dos gobiernos', 'los dos países', 'las delegaciones',
    'ambas delegaciones', 'las dos delegaciones', 'los dos funcionarios', 'ambos funcionarios', 'los cancilleres',
  ],
  firstPerson: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'vamos', 'yo'],
  historyMarkers: [
    'durante su campaña', 'durante la campaña', 'en campaña', 'campaña electoral', 'promesa de campaña', 'promesas de campaña',
    'como candidato', 'como candidata',
  ],
  threatWords: [
    'atacar', 'ataque', 'ataques', 'bombardear', 'bombardeo', 'invadir', 'invasión', 'fuerza militar', 'usar la fuerza', 'imponer',
    'impondrá', 'impondrán', 'impondría',
  ],
  negations: ['no', 'nunca', 'jamás'],
  talkNouns: ['conferencia de prensa', 'rueda de prensa', 'conferencia', 'mensaje', 'comunicado', 'entrevista', 'discurso'],
};
