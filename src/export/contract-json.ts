import { Span, type Message } from '../core/index.js';
import type { CollectionAnalysis, CopyGroup, StandardAnalysis } from '../pipeline/index.js';
import type { DocumentHints, Entity, EventStory, Figure, Finding, Mention, PageSpan } from '../core/index.js';

/** One span in the contract: offsets plus the text they cover. */
export interface ContractSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The JSON that `puente analyze --format json` prints (see ../shared/contract/analysis.schema.json). */
export interface ContractAnalysis {
  readonly entities: readonly Entity[];
  readonly documents: readonly ContractDocument[];
  readonly findings: readonly ContractFinding[];
  /** Every event as a story: the reports of one real-world event across the documents (an addition to the contract). */
  readonly stories: readonly EventStory[];
  /** Documents that are copies of one story, compared as one source (an addition to the contract). */
  readonly copies: readonly CopyGroup[];
}

/** One document in the contract, with the fields we add (subtitle, headings, messages, encoding). */
export interface ContractDocument {
  readonly id: string;
  readonly source: { readonly path?: string; readonly url?: string; readonly name?: string };
  readonly format: string;
  readonly encoding: string;
  readonly text: string;
  readonly body: string;
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly published: string | null;
  /** Where the publication date was read (`PublishedSource`), or null. */
  readonly publishedSource: string | null;
  readonly authors: readonly string[];
  readonly language: string;
  readonly chrome: readonly (ContractSpan & { readonly reason: string })[];
  readonly headings: readonly ContractSpan[];
  readonly mentions: readonly ContractMention[];
  readonly quotes: readonly (ContractSpan & {
    readonly kind: string;
    readonly speaker: string | null;
    readonly speakerText: string | null;
  })[];
  readonly figures: readonly unknown[];
  readonly dates: readonly unknown[];
  readonly events: readonly unknown[];
  readonly commitments: readonly unknown[];
  readonly messages: readonly ContractMessage[];
  /** A PDF's pages: the stretch of `text` each holds, so that a span maps to its page (absent for other formats). */
  readonly pages?: readonly PageSpan[];
  /** Where title, authors, publication date and language were read, where the input said (markup, PDF, manifest). */
  readonly metadataSources?: DocumentHints['sources'];
}

/** A mention with the entity it names. */
export interface ContractMention extends ContractSpan {
  readonly entity: string;
  readonly kind: string;
  readonly role: string | null;
}

/** A finding with the text of each evidence span. */
export interface ContractFinding extends Omit<Finding, 'evidence'> {
  readonly evidence: readonly (ContractSpan & { readonly document: string })[];
}

/** A stage's message as the contract carries it. */
export interface ContractMessage {
  readonly source: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly reason: string;
  readonly place: ContractSpan | null;
}

const spanIn =
  (text: string) =>
  (span: Span): ContractSpan => ({ start: span.start, end: span.end, text: Span.textOf(text, span) });

/** What a figure states, apart from where it stands: the number, its unit and what qualifies them. */
export type FigureFacts = Pick<Figure, 'value' | 'unit' | 'per' | 'measures' | 'period' | 'qualifier'>;

/** A figure's facts, in the order the contract and the exports write them. */
export function figureFacts(figure: Figure): FigureFacts {
  const { value, unit, per, measures, period, qualifier } = figure;
  return { value, unit, per, measures, period, qualifier };
}

/** The article without furniture: paragraphs joined by blank lines. */
export function bodyOf(text: string, paragraphs: readonly Span[]): string {
  return paragraphs.map((paragraph) => Span.textOf(text, paragraph)).join('\n\n');
}

/**
 * The entity of a quote's speaker: the mention at exactly that span. An unnamed speaker's description
 * ("a senior State Department official") contains a mention of an organisation but is not it.
 */
function speakerEntity(mentions: readonly Mention[], entityIds: readonly (string | null)[], span: Span): string | null {
  const index = mentions.findIndex((m) => m.start === span.start && m.end === span.end);
  return index >= 0 ? (entityIds[index] ?? null) : null;
}

/** Builds one contract document from a document's analysis. */
export function toContractDocument(analysis: StandardAnalysis, collection: CollectionAnalysis): ContractDocument {
  const { document, layers, messages } = analysis;
  const entityIds = collection.resolution.mentionEntities.get(document.id) ?? [];
  const entitiesOf = (spans: readonly Span[]) => [
    ...new Set(
      spans.map((span) => collection.resolution.entityAt(document.id, span)).filter((id): id is string => id !== null),
    ),
  ];
  const { text } = document;
  const clean = layers.clean;
  const at = spanIn(text);
  return {
    id: document.id,
    source: document.source,
    format: document.format,
    encoding: document.encoding,
    text,
    body: bodyOf(text, clean.paragraphs),
    title: clean.title?.value ?? null,
    subtitle: clean.subtitle?.value ?? null,
    published: clean.published?.value ?? null,
    publishedSource: clean.published?.source ?? null,
    authors: clean.authors.map((author) => author.value),
    language: clean.language,
    chrome: clean.chrome.map((chrome) => ({ ...at(chrome), reason: chrome.reason })),
    headings: clean.headings.map(at),
    mentions: layers.mentions.flatMap((mention, index) => {
      const entity = entityIds[index];
      return entity ? [{ ...at(mention), entity, kind: mention.kind, role: mention.role }] : [];
    }),
    quotes: layers.quotes.map((quote) => ({
      ...at(quote),
      kind: quote.kind,
      speaker: quote.speakerMention ? speakerEntity(layers.mentions, entityIds, quote.speakerMention) : null,
      speakerText: quote.speakerText,
      speakerSpan: quote.speakerMention ? at(quote.speakerMention) : null,
    })),
    figures: layers.figures.map((figure) => ({
      ...at(figure),
      ...figureFacts(figure),
      repeats: (figure.repeats ?? []).map(at),
    })),
    dates: layers.dates.map((date) => ({
      ...at(date),
      value: date.value,
      grain: date.grain,
      certainty: date.certainty,
      weekday: date.weekday ?? null,
      range: date.range ?? null,
    })),
    events: layers.events.map((event) => ({
      ...at(event),
      type: event.type,
      mode: event.mode,
      actors: entitiesOf(event.actorSpans),
      recipients: entitiesOf(event.recipientSpans),
      date: event.date,
      dateCertainty: event.dateCertainty,
      dateSpan: event.dateSpan ? at(event.dateSpan) : null,
      place: event.place,
      context: event.context,
      timing: event.timing,
      trigger: at(event.trigger),
    })),
    commitments: layers.commitments.map((commitment) => ({
      ...at(commitment),
      parties: [
        ...new Set([
          ...entitiesOf(commitment.partySpans),
          ...commitment.partyCountries.map((code) => `country:${code.toLowerCase()}`),
        ]),
      ],
      action: Span.textOf(text, commitment.action),
      actionSpan: at(commitment.action),
      deadline: commitment.deadline,
      cue: at(commitment.cue),
      condition: commitment.condition ? at(commitment.condition) : null,
    })),
    messages: messages.map((message) => toContractMessage(text, message)),
    ...(document.hints.pages ? { pages: document.hints.pages } : {}),
    ...(document.hints.sources ? { metadataSources: document.hints.sources } : {}),
  };
}

function toContractMessage(text: string, message: Message): ContractMessage {
  return {
    source: message.source,
    ruleId: message.ruleId,
    severity: message.severity,
    reason: message.reason,
    place: message.place ? spanIn(text)(message.place) : null,
  };
}

/** The collection's findings, each evidence span with the text it covers (`textOf`: a document's text by id). */
export function toContractFindings(
  textOf: (id: string) => string | undefined,
  collection: CollectionAnalysis,
): ContractFinding[] {
  return collection.findings.map(contractFindingOf(textOf));
}

/** Builds one contract finding: each evidence span with the text it covers. */
export function contractFindingOf(textOf: (id: string) => string | undefined): (finding: Finding) => ContractFinding {
  return (finding) => ({
    ...finding,
    evidence: finding.evidence.map((span) => ({
      document: span.document,
      ...spanIn(textOf(span.document) ?? '')(span),
    })),
  });
}

/** A document's text by id, from analyses held in memory. */
export function textsOf(analyses: readonly StandardAnalysis[]): (id: string) => string | undefined {
  const texts = new Map(analyses.map((a) => [a.document.id, a.document.text]));
  return (id) => texts.get(id);
}

/**
 * Builds the whole contract object for a set of analysed documents and what the collection stages
 * found over them (the caller runs `analyzeCollection`: this module only formats).
 */
export function toContract(analyses: readonly StandardAnalysis[], collection: CollectionAnalysis): ContractAnalysis {
  return {
    entities: collection.resolution.entities,
    documents: analyses.map((analysis) => toContractDocument(analysis, collection)),
    findings: toContractFindings(textsOf(analyses), collection),
    stories: collection.stories,
    copies: collection.copies,
  };
}
