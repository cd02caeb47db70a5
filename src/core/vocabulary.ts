import type { ImplementationStatus } from './tracking.js';

/**
 * The words Puente prints for its own ideas — statuses, kinds of entity and of finding, counted
 * nouns and the web app's labels — in each language it speaks. The command line, the report and the
 * web app (through GET /api/vocabulary) all take them from here, so that a status is called the
 * same thing everywhere.
 */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** A noun with its singular and plural, for counts ("1 mention", "2 mentions"). */
export interface CountedNoun {
  readonly one: string;
  readonly many: string;
}

export type CountedNounKey =
  | 'mention'
  | 'quote'
  | 'figure'
  | 'date'
  | 'event'
  | 'commitment'
  | 'document'
  | 'entity'
  | 'proposal'
  | 'sentence'
  | 'finding'
  | 'source'
  | 'span';

export interface Vocabulary {
  /** Each status as a label, capitalised ("Not started"). */
  readonly statuses: Readonly<Record<ImplementationStatus, string>>;
  /** A party that has given no assessment: not a status of the scale. */
  readonly notAssessed: string;
  readonly entityKinds: Readonly<Record<'person' | 'organization' | 'place' | 'country', CountedNoun>>;
  readonly findingKinds: Readonly<Record<string, string>>;
  readonly nouns: Readonly<Record<CountedNounKey, CountedNoun>>;
  /** Short month names, January first. */
  readonly months: readonly string[];
  /** The web app's labels, keyed by their English wording; absent keys read as the English. */
  readonly ui: Readonly<Record<string, string>>;
}

const en: Vocabulary = {
  statuses: {
    not_started: 'Not started',
    minimal: 'Minimal',
    intermediate: 'Intermediate',
    complete: 'Complete',
    no_evidence: 'No evidence',
    stalled: 'Stalled',
    disputed: 'Disputed',
  },
  notAssessed: 'Not assessed',
  entityKinds: {
    person: { one: 'Person', many: 'People' },
    organization: { one: 'Organisation', many: 'Organisations' },
    place: { one: 'Place', many: 'Places' },
    country: { one: 'Country', many: 'Countries' },
  },
  findingKinds: {
    date_conflict: 'Dates disagree',
    figure_conflict: 'Figures disagree',
    only_in_one_source: 'Only in one source',
    quote_not_corroborated: 'Quote not found in other sources',
  },
  nouns: {
    mention: { one: 'mention', many: 'mentions' },
    quote: { one: 'quote', many: 'quotes' },
    figure: { one: 'figure', many: 'figures' },
    date: { one: 'date', many: 'dates' },
    event: { one: 'event', many: 'events' },
    commitment: { one: 'commitment', many: 'commitments' },
    document: { one: 'document', many: 'documents' },
    entity: { one: 'entity', many: 'entities' },
    proposal: { one: 'proposal', many: 'proposals' },
    sentence: { one: 'sentence', many: 'sentences' },
    finding: { one: 'finding', many: 'findings' },
    source: { one: 'source', many: 'sources' },
    span: { one: 'span', many: 'spans' },
  },
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ui: {},
};

const es: Vocabulary = {
  statuses: {
    not_started: 'Sin iniciar',
    minimal: 'Mínimo',
    intermediate: 'Intermedio',
    complete: 'Completo',
    no_evidence: 'Sin evidencia',
    stalled: 'Estancado',
    disputed: 'En disputa',
  },
  notAssessed: 'Sin evaluar',
  entityKinds: {
    person: { one: 'Persona', many: 'Personas' },
    organization: { one: 'Organización', many: 'Organizaciones' },
    place: { one: 'Lugar', many: 'Lugares' },
    country: { one: 'País', many: 'Países' },
  },
  findingKinds: {
    date_conflict: 'Las fechas no coinciden',
    figure_conflict: 'Las cifras no coinciden',
    only_in_one_source: 'Solo en una fuente',
    quote_not_corroborated: 'Cita sin respaldo en otras fuentes',
  },
  nouns: {
    mention: { one: 'mención', many: 'menciones' },
    quote: { one: 'cita', many: 'citas' },
    figure: { one: 'cifra', many: 'cifras' },
    date: { one: 'fecha', many: 'fechas' },
    event: { one: 'hecho', many: 'hechos' },
    commitment: { one: 'compromiso', many: 'compromisos' },
    document: { one: 'documento', many: 'documentos' },
    entity: { one: 'entidad', many: 'entidades' },
    proposal: { one: 'propuesta', many: 'propuestas' },
    sentence: { one: 'oración', many: 'oraciones' },
    finding: { one: 'hallazgo', many: 'hallazgos' },
    source: { one: 'fuente', many: 'fuentes' },
    span: { one: 'fragmento', many: 'fragmentos' },
  },
  months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  ui: {
    // Navigation and page titles
    Board: 'Tablero',
    Review: 'Revisión',
    Documents: 'Documentos',
    'Pages & feeds': 'Páginas y fuentes web',
    'People & organisations': 'Personas y organizaciones',
    Timeline: 'Cronología',
    Compare: 'Comparar',
    Search: 'Buscar',
    'Analyze a text': 'Analizar un texto',
    Menu: 'Menú',
    Language: 'Idioma',
    'Search documents…': 'Buscar en los documentos…',
    'Acting as': 'Actúa como',
    'Your name': 'Su nombre',
    'No party': 'Sin parte',
    'Party you speak for': 'Parte por la que habla',
    'Skip to content': 'Ir al contenido',
    'Collaboration without subordination: each party keeps its own assessment.':
      'Colaboración sin subordinación: cada parte conserva su propia evaluación.',
    'Loading…': 'Cargando…',
    // Board
    Commitments: 'Compromisos',
    Commitment: 'Compromiso',
    'Joint status': 'Estado conjunto',
    Joint: 'Conjunto',
    assessment: 'evaluación',
    commitments: 'compromisos',
    overdue: 'vencidos',
    'overdue as of': 'vencidos al',
    'assessed by a party': 'evaluados por una parte',
    'proposals to review': 'propuestas por revisar',
    'Progress by issue area': 'Avance por área',
    'Last group meeting': 'Última reunión del grupo',
    'How the joint status moves': 'Cómo cambia el estado conjunto',
    Overdue: 'Vencido',
    Signed: 'Firmado',
    'facts as of': 'hechos al',
    'illustrative summary': 'resumen ilustrativo',
    due: 'vence',
    'no due date': 'sin fecha límite',
    Summary: 'Resumen',
    Indicators: 'Indicadores',
    'Illustrative example. ': 'Ejemplo ilustrativo. ',
    "The agreement is summarised in our own words from public reporting, and the assessments were written by the Puente team to show how each party's view sits beside the other's; no government made them. Overdue items are counted as of the facts-as-of date.":
      'El acuerdo está resumido con nuestras propias palabras a partir de información pública, y las evaluaciones las escribió el equipo de Puente para mostrar cómo la visión de cada parte se sitúa junto a la de la otra; ningún gobierno las hizo. Los vencimientos se cuentan a la fecha de corte de los hechos.',
    'Minimal counts a third, intermediate two thirds, complete in full; a party that has not assessed counts nothing.':
      'Mínimo cuenta un tercio, intermedio dos tercios, completo por entero; una parte que no ha evaluado no cuenta.',
    // Lists
    Title: 'Título',
    Published: 'Publicado',
    Authors: 'Autores',
    'Lang.': 'Idioma',
    'All languages': 'Todos los idiomas',
    'Filter by title or author': 'Filtrar por título o autor',
    'in the store': 'en el almacén',
    All: 'Todas',
    Name: 'Nombre',
    Kind: 'Tipo',
    Role: 'Cargo',
    Country: 'País',
    Mentions: 'Menciones',
    'Filter by name, role or country': 'Filtrar por nombre, cargo o país',
    also: 'también',
    'across the stored documents': 'en los documentos almacenados',
    'Nothing matches.': 'Nada coincide.',
    'No document matches.': 'Ningún documento coincide.',
    // Errors
    'Not found: ': 'No encontrado: ',
    'Not allowed: ': 'No permitido: ',
    'That request was not accepted: ': 'La solicitud no fue aceptada: ',
    'The server could not be reached: ': 'No se pudo contactar al servidor: ',
    'Something went wrong: ': 'Algo falló: ',
    'Go back': 'Volver',
    'Go to the board': 'Ir al tablero',
  },
};

export const vocabularies: Readonly<Record<Language, Vocabulary>> = { en, es };

/** A status as a label ("Not started"); no status at all is "Not assessed". */
export function statusLabel(status: ImplementationStatus | null | undefined, language: Language = 'en'): string {
  const words = vocabularies[language];
  return status ? words.statuses[status] : words.notAssessed;
}

/** A status inside a sentence: "not started", "no evidence" (the label with a lower-case first letter). */
export function statusWords(status: ImplementationStatus | null | undefined, language: Language = 'en'): string {
  const label = statusLabel(status, language);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "1 mention", "2 mentions", "0 mentions". */
export function counted(n: number, noun: CountedNounKey, language: Language = 'en'): string {
  const words = vocabularies[language].nouns[noun];
  return `${n} ${n === 1 ? words.one : words.many}`;
}

/** A finding's kind in words; a kind the vocabulary does not know is spelled out from its name. */
export function findingKindLabel(kind: string, language: Language = 'en'): string {
  const known = vocabularies[language].findingKinds[kind];
  if (known) return known;
  const words = kind.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
