import type { SpeechLexicon } from '../speech-lexicon.js';

/** Atribución del discurso en español. */
export const speech: SpeechLexicon = {
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
  ],
  fragmentCues: ['prometió', 'promete', 'exigió', 'se comprometió'],
  sources: ['según', 'de acuerdo con', 'a decir de', 'en palabras de'],
  adverbs: ['también', 'luego', 'después', 'más tarde', 'además', 'ayer', 'hoy'],
  reportedVerbs: [],
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  anonymousHeads: [
    'funcionario', 'funcionaria', 'funcionarios', 'fuente', 'fuentes', 'vocero', 'vocera', 'portavoz', 'diplomático', 'diplomática',
    'analista', 'analistas', 'agente', 'fiscal', 'negociador', 'legislador', 'legisladora', 'experto', 'experta', 'integrante',
    'militar', 'marino', 'mando', 'jefe', 'titular', 'subsecretaria', 'subsecretario', 'diplomático', 'representante',
  ],
  indefinites: ['un', 'una', 'unos', 'unas', 'dos', 'tres', 'otro', 'otra', 'el', 'la'],
};
