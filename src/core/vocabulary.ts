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
    'it ': 'la oración ',
    'Review the proposals below to add some.': 'Revise las propuestas de abajo para agregar evidencia.',
    'Every word must appear in one paragraph; try fewer words or clear the filters.':
      'Todas las palabras deben aparecer en un mismo párrafo; pruebe con menos palabras o borre los filtros.',
    // Every other page, its buttons, hints and empty states; `{name}` marks a value filled in after translation
    '(not read yet)': '(aún no leída)',
    '(the best {n} shown)': '(se muestran los {n} mejores)',
    '(the document is no longer stored)': '(el documento ya no está almacenado)',
    '(untitled document)': '(documento sin título)',
    '(untitled)': '(sin título)',
    ') turns sign-in on.': ') activa el inicio de sesión.',
    'A due date or milestone has passed without completion': 'Venció una fecha límite o un hito sin cumplirse',
    'A name, a place, a phrase…': 'Un nombre, un lugar, una frase…',
    'A page becomes one document, kept under its URL; a feed (RSS, Atom, JSON Feed) has each item read: its page fetched, or its own text when the feed carries it whole. A date in the URL (/2025/12/11/) dates a page that states none.':
      'Una página se vuelve un documento, guardado con su URL; de una fuente web (RSS, Atom, JSON Feed) se lee cada elemento: se descarga su página, o se toma su propio texto cuando la fuente lo trae completo. Una fecha en la URL (/2025/12/11/) fecha una página que no indica ninguna.',
    Accept: 'Aceptar',
    Accepted: 'Aceptadas',
    'Accepted as evidence of ': 'Aceptada como evidencia de ',
    'Accepted: the sentence is now evidence.': 'Aceptada: la oración ya es evidencia.',
    'Across the article text of every stored document (page furniture is skipped); accents and case do not matter.':
      'En el texto del artículo de cada documento almacenado (se omiten los elementos de página); no importan acentos ni mayúsculas.',
    Action: 'Acción',
    Actions: 'Acciones',
    Actor: 'Actor',
    Actors: 'Actores',
    'Add one above, or with puente watch add URL --every 30m.':
      'Agregue una arriba, o con puente watch add URL --every 30m.',
    'Add some with puente ingest PATH or URL, fetch a page or watch a feed under Pages & feeds, or paste one under Analyze a text.':
      'Agréguelos con puente ingest RUTA o URL, descargue una página o siga una fuente web en Páginas y fuentes web, o pegue uno en Analizar un texto.',
    Agreement: 'Acuerdo',
    'All types': 'Todos los tipos',
    'Already watched; now read every {every}': 'Ya se seguía; ahora se lee cada {every}',
    'Also named: ': 'También llamado: ',
    'Analysing…': 'Analizando…',
    Analyze: 'Analizar',
    'Another passage (document:start-end)': 'Otro pasaje (documento:inicio-fin)',
    'Any language': 'Cualquier idioma',
    Anyone: 'Cualquiera',
    Assessments: 'Evaluaciones',
    'Background work': 'Trabajo en segundo plano',
    Breadcrumb: 'Ruta de navegación',
    'Bring in reporting from the web: a page by its URL, or a feed read on a schedule.':
      'Traiga información de la web: una página por su URL, o una fuente web leída periódicamente.',
    Certainty: 'Certeza',
    Characters: 'Caracteres',
    'Choose others': 'Elegir otros',
    'Choose two or more documents': 'Elija dos o más documentos',
    Clear: 'Borrar',
    'Clear the filters to see every event.': 'Borre los filtros para ver todos los hechos.',
    "Commitments with joint status and each party's assessment":
      'Compromisos con su estado conjunto y la evaluación de cada parte',
    'Compare needs at least two stored documents.': 'Para comparar se necesitan al menos dos documentos almacenados.',
    'Comparing these documents found nothing to flag yet.':
      'La comparación de estos documentos aún no encontró nada que señalar.',
    Context: 'Contexto',
    Contexts: 'Contextos',
    Date: 'Fecha',
    Dates: 'Fechas',
    Deadline: 'Plazo',
    'Deciding as': 'Decide como',
    Detail: 'Detalle',
    'Download the evidence': 'Descargar la evidencia',
    'Download these events': 'Descargar estos hechos',
    'Download:': 'Descargar:',
    Due: 'Vence',
    "Each party keeps its own assessment. Neither can overwrite the other's; the joint status moves only when they agree.":
      'Cada parte conserva su propia evaluación. Ninguna puede sobrescribir la de la otra; el estado conjunto cambia solo cuando coinciden.',
    'Each party keeps its own assessment: sign in as yourself, and Puente records what you change under your name.':
      'Cada parte conserva su propia evaluación: inicie sesión con su cuenta, y Puente registra lo que usted cambie a su nombre.',
    "Each party keeps its own assessment; neither can overwrite the other's. The joint status changes only when every party's assessment agrees — {n} agree now.":
      'Cada parte conserva su propia evaluación; ninguna puede sobrescribir la de la otra. El estado conjunto cambia solo cuando las evaluaciones de todas las partes coinciden; hoy coinciden en {n}.',
    English: 'Inglés',
    'Enter your name under “{actingAs}” at the top before deciding: every decision is recorded with who made it.':
      'Escriba su nombre en “{actingAs}”, arriba, antes de decidir: cada decisión se registra con quien la tomó.',
    Entity: 'Entidad',
    Error: 'Error',
    Event: 'Hecho',
    Events: 'Hechos',
    'Events appear here as the extraction finds meetings, arrests, seizures and agreements in the documents.':
      'Los hechos aparecen aquí a medida que la extracción encuentra reuniones, detenciones, aseguramientos y acuerdos en los documentos.',
    'Events they share': 'Hechos que comparten',
    Every: 'Cada',
    Evidence: 'Evidencia',
    'Evidence for ': 'Evidencia de ',
    'Evidence you cite': 'Evidencia que usted cita',
    Failed: 'Fallidos',
    'Failed: ': 'Falló: ',
    Feed: 'Fuente web',
    'Feed URL to watch': 'URL de la fuente web a seguir',
    'Fetch and store': 'Descargar y guardar',
    'Fetching…': 'Descargando…',
    Figure: 'Cifra',
    Figures: 'Cifras',
    'Figures from': 'Cifras de',
    "Figures of the evidence over time, against the target; each dot opens its sentence. A full dot is accepted evidence, a ring a sentence a party's assessment cites. Each figure is dated by the period its sentence states, else by its document.":
      'Cifras de la evidencia a lo largo del tiempo, frente a la meta; cada punto abre su oración. Un punto lleno es evidencia aceptada; un anillo, una oración que cita la evaluación de una parte. Cada cifra se fecha por el periodo que indica su oración, o si no, por su documento.',
    Filter: 'Filtrar',
    'Filter the timeline': 'Filtrar la cronología',
    Finding: 'Hallazgo',
    Findings: 'Hallazgos',
    Format: 'Formato',
    From: 'Desde',
    Furniture: 'Elementos de página',
    'Go to the board.': 'Ir al tablero.',
    'Greyed out: not part of the article': 'En gris: no forma parte del artículo',
    'Highlighted layers': 'Capas resaltadas',
    'Highlighted: the linked passage (characters {start}–{end}).':
      'Resaltado: el pasaje enlazado (caracteres {start}–{end}).',
    'How often: 30m, 2h, 1h30m, 1d': 'Con qué frecuencia: 30m, 2h, 1h30m, 1d',
    'How strongly the sentence matches the commitment': 'Qué tanto coincide la oración con el compromiso',
    'Import one with: puente agreement import example/agreement.yaml':
      'Importe uno con: puente agreement import example/agreement.yaml',
    'In this document': 'En este documento',
    'Issue area': 'Área',
    Job: 'Tarea',
    'Jobs that `puente worker` runs: ingesting, analysing, proposing evidence, reading feeds. A failed job is tried again after a growing delay, then kept here with its error.':
      'Tareas que ejecuta `puente worker`: ingerir, analizar, proponer evidencia, leer fuentes web. Una tarea fallida se reintenta tras una espera creciente, y luego queda aquí con su error.',
    'Keep it in the store': 'Guardarlo en el almacén',
    'Last error': 'Último error',
    'Last read': 'Última lectura',
    'Lead ({party})': 'Responsable ({party})',
    'Local single-user mode. ': 'Modo local de un solo usuario. ',
    Measures: 'Mide',
    Mention: 'Mención',
    'Mentioning anyone': 'Que mencione a cualquiera',
    Milestones: 'Hitos',
    More: 'Más',
    'Named as': 'Nombrado como',
    Narrative: 'Narrativa',
    'Next try': 'Próximo intento',
    'No accepted evidence yet.': 'Aún no hay evidencia aceptada.',
    'No accepted or proposed evidence for this commitment yet.':
      'Aún no hay evidencia aceptada ni propuesta para este compromiso.',
    'No accepted proposals.': 'No hay propuestas aceptadas.',
    'No agreement has been imported yet.': 'Aún no se ha importado ningún acuerdo.',
    'No changes recorded yet.': 'Aún no hay cambios registrados.',
    'No documents in the store': 'No hay documentos en el almacén',
    'No documents yet.': 'Aún no hay documentos.',
    'No event matches these filters.': 'Ningún hecho coincide con estos filtros.',
    'No events extracted yet.': 'Aún no se han extraído hechos.',
    'No events involving them extracted yet.': 'Aún no se han extraído hechos en los que participe.',
    'No failed jobs.': 'No hay tareas fallidas.',
    'No feeds are watched yet.': 'Aún no se sigue ninguna fuente web.',
    'No figure in the accepted evidence counts for it yet; the evidence the parties cite does.':
      'Aún no cuenta para él ninguna cifra de la evidencia aceptada; sí la evidencia que citan las partes.',
    'No figure in the evidence counts for it yet.': 'Aún no cuenta para él ninguna cifra de la evidencia.',
    'No narrative given.': 'Sin narrativa.',
    'No people or organisations extracted yet.': 'Aún no se han extraído personas ni organizaciones.',
    'No quotes attributed yet.': 'Aún no se le atribuyen citas.',
    'No rejected proposals.': 'No hay propuestas rechazadas.',
    'No sign-in: this store has no users and the server listens on this computer only. Adding a user (':
      'Sin inicio de sesión: este almacén no tiene usuarios y el servidor escucha solo en esta computadora. Agregar un usuario (',
    'None extracted.': 'No se extrajo nada.',
    'None extracted: {layer}': 'No se extrajo nada: {layer}',
    'Not found': 'No encontrado',
    'Not mentioned.': 'Sin menciones.',
    'Not modified since the last read.': 'Sin cambios desde la última lectura.',
    Note: 'Nota',
    'Nothing found for “{q}”.': 'No se encontró nada para “{q}”.',
    'Only accepted proposals count as evidence.': 'Solo las propuestas aceptadas cuentan como evidencia.',
    'Only {party} can change this assessment.': 'Solo {party} puede cambiar esta evaluación.',
    "Only {party}'s assessors can change this assessment.":
      'Solo los evaluadores de {party} pueden cambiar esta evaluación.',
    'Open it as a stored document.': 'Abrirlo como documento almacenado.',
    'Or upload a file': 'O suba un archivo',
    'Page furniture': 'Elementos de página',
    Parties: 'Partes',
    Password: 'Contraseña',
    'Paste an article, a press release or a statement…': 'Pegue un artículo, un comunicado o una declaración…',
    'Paste some text or choose a file first.': 'Primero pegue un texto o elija un archivo.',
    Pending: 'Pendientes',
    Period: 'Periodo',
    Place: 'Lugar',
    'Plain text': 'Texto plano',
    Precision: 'Precisión',
    'Proposal state': 'Estado de la propuesta',
    Proposals: 'Propuestas',
    'Proposed because it': 'Propuesta porque la oración',
    'Proposed evidence awaiting review': 'Evidencia propuesta por revisar',
    'Published from': 'Publicado desde',
    'Published until': 'Publicado hasta',
    Queued: 'En cola',
    Quote: 'Cita',
    Quotes: 'Citas',
    'Re-analysing stored documents with the new pipeline: {done} of {total}.':
      'Reanalizando los documentos almacenados con el nuevo proceso: {done} de {total}.',
    'Read a page or feed once': 'Leer una página o fuente web una vez',
    'Read documents on the same event side by side, with conflicts and variants highlighted.':
      'Lea lado a lado documentos sobre un mismo hecho, con las contradicciones y variantes resaltadas.',
    'Read every (30m, 2h, 1d)': 'Leer cada (30m, 2h, 1d)',
    'Read now': 'Leer ahora',
    'Reading the feed…': 'Leyendo la fuente web…',
    Recipients: 'Destinatarios',
    Reject: 'Rechazar',
    Rejected: 'Rechazadas',
    'Rejected.': 'Rechazada.',
    Resolved: 'Resuelta',
    'Reviewers decide on proposals; you can follow them here.':
      'Los revisores deciden sobre las propuestas; usted puede seguirlas aquí.',
    Running: 'En curso',
    'Save {party} assessment': 'Guardar la evaluación de {party}',
    'Search documents': 'Buscar en los documentos',
    'Search hits': 'Coincidencias',
    Sections: 'Secciones',
    'See what Puente extracts: people and organisations, quotes, figures, dates and events, each tied to its words.':
      'Vea lo que Puente extrae: personas y organizaciones, citas, cifras, fechas y hechos, cada uno ligado a sus palabras.',
    'Show in text': 'Mostrar en el texto',
    'Show it': 'Mostrarlo',
    'Show or hide: {layer}': 'Mostrar u ocultar: {layer}',
    'Sign in': 'Iniciar sesión',
    'Sign out': 'Cerrar sesión',
    'Signed in as {name}': 'Sesión iniciada como {name}',
    Source: 'Fuente',
    'Source (part of the URL or file name)': 'Fuente (parte de la URL o del nombre de archivo)',
    Spanish: 'Español',
    Speaker: 'Hablante',
    Starts: 'Inicia',
    'Status history': 'Historial de estados',
    'Stop watching': 'Dejar de seguir',
    'Stop watching {feed}? Its documents stay in the store.':
      '¿Dejar de seguir {feed}? Sus documentos se quedan en el almacén.',
    'Stopped watching {feed}': 'Se dejó de seguir {feed}',
    'Stored ({outcome}).': 'Almacenado ({outcome}).',
    'Text to analyze': 'Texto a analizar',
    'That name and password do not match a user.': 'Ese nombre y esa contraseña no corresponden a ningún usuario.',
    'The analysis returned no document.': 'El análisis no devolvió ningún documento.',
    'The feed is read now, then on its schedule while the server runs; only new items are fetched.':
      'La fuente web se lee ahora y luego según su frecuencia mientras el servidor funcione; solo se descargan los elementos nuevos.',
    'The linked passage': 'El pasaje enlazado',
    'The queue is empty. Every proposal has a decision.': 'La cola está vacía. Cada propuesta tiene una decisión.',
    'There is no page here. ': 'Aquí no hay ninguna página. ',
    'This agreement lists no commitments.': 'Este acuerdo no enumera compromisos.',
    'This server has no job queue.': 'Este servidor no tiene cola de tareas.',
    'This server has no users yet. Whoever runs it creates the first administrator on the server with ':
      'Este servidor aún no tiene usuarios. Quien lo opera crea al primer administrador en el servidor con ',
    Timing: 'Momento',
    To: 'Hasta',
    'To assess for {party}, choose it under “{actingAs}”.': 'Para evaluar por {party}, elíjala en “{actingAs}”.',
    Tries: 'Intentos',
    Type: 'Tipo',
    'URL of a page or feed': 'URL de una página o fuente web',
    Undated: 'Sin fecha',
    'Untitled document': 'Documento sin título',
    'Updating people, stories and findings for new documents (showing {n} documents meanwhile).':
      'Actualizando personas, historias y hallazgos para los documentos nuevos (mientras tanto se muestran {n} documentos).',
    'Upload a file': 'Subir un archivo',
    Value: 'Valor',
    Watch: 'Seguir',
    'Watch a feed': 'Seguir una fuente web',
    'Watched feeds': 'Fuentes web seguidas',
    'Watching {feed}': 'Siguiendo {feed}',
    What: 'Qué',
    'What your side sees, and why': 'Lo que observa su parte, y por qué',
    Why: 'Por qué',
    'Why proposed: ': 'Por qué se propone: ',
    'Working out people, stories and findings across the stored documents…':
      'Calculando personas, historias y hallazgos en los documentos almacenados…',
    'Your Puente account': 'Su cuenta de Puente',
    'Your status': 'Su estado',
    'accepted and cited evidence': 'evidencia aceptada y citada',
    'accepted evidence': 'evidencia aceptada',
    'accepted evidence only': 'solo evidencia aceptada',
    administrator: 'administrador',
    and: 'y',
    assessor: 'evaluador',
    'characters {start}–{end}': 'caracteres {start}–{end}',
    'cited by {party}': 'citada por {party}',
    copy: 'copia',
    'could not be resolved': 'no se pudo resolver',
    'dated {date}, its document’s date: its sentence states no period':
      'fechada el {date}, fecha de su documento: su oración no indica un periodo',
    'dated {date}, its document’s date: the period its sentence states (“{words}”) was still running':
      'fechada el {date}, fecha de su documento: el periodo que indica su oración (“{words}”) seguía en curso',
    'dated {date}, the day its sentence states (“{words}”)':
      'fechada el {date}, el día que indica su oración (“{words}”)',
    'dated {date}, the end of the period its sentence states (“{words}”)':
      'fechada el {date}, fin del periodo que indica su oración (“{words}”)',
    day: 'día',
    direct: 'directa',
    'documents that report this event': 'documentos que informan de este hecho',
    'done {date}': 'cumplido el {date}',
    duplicate: 'duplicado',
    'e.g.': 'p. ej.',
    every: 'cada',
    'failed {n}× in a row': 'falló {n} veces seguidas',
    figure: 'cifra',
    figures: 'cifras',
    future: 'futuro',
    'https://… a feed': 'https://… una fuente web',
    'https://… a news page or a feed': 'https://… una página de noticias o una fuente web',
    hypothetical: 'hipotético',
    in: 'en',
    'in {documents}': 'en {documents}',
    indirect: 'indirecta',
    inferred: 'inferida',
    loaded: 'cargados',
    month: 'mes',
    'names {terms}': 'nombra a {terms}',
    negated: 'negado',
    new: 'nuevo',
    'no author named': 'sin autor',
    'no date given': 'sin fecha',
    'no target set': 'sin meta',
    none: 'ninguno',
    'none found': 'no se encontraron',
    'not named': 'sin nombre',
    'not part of the article': 'no forma parte del artículo',
    'not resolved': 'sin resolver',
    observer: 'observador',
    ongoing: 'en curso',
    past: 'pasado',
    'read {read}: {new} new, {unchanged} unchanged, {versions} new versions, {failed} failed':
      'leídos {read}: {new} nuevos, {unchanged} sin cambios, {versions} versiones nuevas, {failed} fallidos',
    'reported in the stored documents, by date; reports of one event from several sources are one row':
      'informados en los documentos almacenados, por fecha; las noticias de un mismo hecho de varias fuentes son una sola fila',
    reviewer: 'revisor',
    'score {n}': 'puntaje {n}',
    'shares {terms} with the commitment': 'comparte {terms} con el compromiso',
    stated: 'explícita',
    'target {n}': 'meta {n}',
    'target {n} by {date}': 'meta {n} al {date}',
    unchanged: 'sin cambios',
    undated: 'sin fecha',
    'undated: neither its sentence nor its document gives a date':
      'sin fecha: ni su oración ni su documento dan una fecha',
    'unknown error': 'error desconocido',
    unnamed: 'sin nombre',
    unresolved: 'sin resolver',
    untitled: 'sin título',
    'uses the phrase {terms}': 'usa la frase {terms}',
    'uses the phrases {terms}': 'usa las frases {terms}',
    version: 'versión nueva',
    'version {n}': 'versión {n}',
    'with {n} items': 'con {n} elementos',
    year: 'año',
    '{n} awaiting a decision': '{n} en espera de decisión',
    '{n} documents side by side': '{n} documentos lado a lado',
    '{n} greyed out': '{n} en gris',
    '{n} items in the feed': '{n} elementos en la fuente web',
    '{n} of {total} shown': '{n} de {total} mostrados',
    '{party} assessment saved.': 'Evaluación de {party} guardada.',
    '{party} has not assessed this commitment yet.': '{party} aún no ha evaluado este compromiso.',
    '{party} narrative': 'Narrativa de {party}',
    '{party} status': 'Estado de {party}',
    '{party}: another passage to cite, as DOCUMENT:START-END':
      '{party}: otro pasaje a citar, como DOCUMENTO:INICIO-FIN',
    '{passages} holding every word of': '{passages} con todas las palabras de',
    '{queued} queued, {running} running, {completed} completed, {failed} failed ({engine}).':
      '{queued} en cola, {running} en curso, {completed} terminadas, {failed} fallidas ({engine}).',
    '“{typed}” is not a passage: write DOCUMENT:START-END, e.g. 9c3aabe0f3374254:1201-1342':
      '“{typed}” no es un pasaje: escriba DOCUMENTO:INICIO-FIN, p. ej. 9c3aabe0f3374254:1201-1342',
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
