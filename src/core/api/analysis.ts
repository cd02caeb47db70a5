import { z } from 'zod';
import { cited, partialDate, span } from './common.js';

// Analysis items follow the contract (../shared/contract/analysis.schema.json): objects are loose
// because the contract lets fields be added, and the layers of a document may be empty.

/** A person, organisation, place or country named across the documents. */
export const entity = z.looseObject({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  role: z.string().nullish(),
  country: z.string().nullish(),
  mentions: z.number().int().optional(),
});
export const mention = span.extend({ entity: z.string(), kind: z.string().optional(), role: z.string().nullish() });
export const quote = span.extend({
  kind: z.string(),
  speaker: z.string().nullable(),
  speakerText: z.string().nullish(),
});
export const figure = span.extend({
  value: z.number().nullable(),
  unit: z.string().nullable(),
  per: z.string().nullish(),
  measures: z.string().nullish(),
  period: z.string().nullish(),
  qualifier: z.string().nullish(),
});
export const dateMention = span.extend({
  value: z.string().nullable(),
  certainty: z.string().optional(),
  grain: z.string().optional(),
});
export const eventItem = span.extend({
  type: z.string(),
  actors: z.array(z.string()),
  date: z.string().nullable(),
  place: z.string().nullish(),
  mode: z.string().nullish(),
  context: z.array(z.string()).optional(),
  timing: z.string().optional(),
  recipients: z.array(z.string()).optional(),
});
export const commitmentItem = span.extend({
  parties: z.array(z.string()),
  action: z.string(),
  deadline: z.string().nullish(),
});
export const chromeSpan = span.extend({ reason: z.string().optional() });

/** One document's analysis in the contract shape. */
export const documentAnalysis = z.looseObject({
  id: z.string(),
  source: z
    .looseObject({ path: z.string().optional(), url: z.string().optional(), name: z.string().optional() })
    .optional(),
  text: z.string(),
  title: z.string().nullable(),
  subtitle: z.string().nullish(),
  published: z.string().nullable(),
  authors: z.array(z.string()).optional(),
  language: z.string(),
  chrome: z.array(chromeSpan),
  mentions: z.array(mention),
  quotes: z.array(quote),
  figures: z.array(figure),
  dates: z.array(dateMention),
  events: z.array(eventItem),
  commitments: z.array(commitmentItem),
});
export const findingEvidence = span.extend({ document: z.string() });
/** What comparing documents found: a conflict, a name variant, a claim one source alone makes. */
export const finding = z.looseObject({
  kind: z.string(),
  documents: z.array(z.string()),
  entity: z.string().nullish(),
  detail: z.string(),
  evidence: z.array(findingEvidence).optional(),
});
export const analysis = z.looseObject({
  entities: z.array(entity),
  documents: z.array(documentAnalysis),
  findings: z.array(finding),
});

/** One report of a story: the sentence of one document that tells the event. */
export const storyReport = span.extend({ ...cited.shape, date: z.string().nullable(), text: z.string() });
/** One real-world event as several documents report it. */
export const story = z.looseObject({
  id: z.string(),
  type: z.string(),
  mode: z.string().nullable(),
  timing: z.string(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  participants: z.array(z.string()),
  documents: z.array(z.string()),
  reports: z.array(storyReport),
});
/** An event with the document it was found in. */
export const citedEvent = eventItem.extend({ document: z.string(), documentTitle: z.string().nullable() });

/** One entity with its mentions, the quotes it speaks, the events it takes part in and their stories. */
export const entityDetail = z.object({
  entity,
  mentions: z.array(span.extend(cited.shape)),
  quotes: z.array(quote.extend(cited.shape)),
  events: z.array(eventItem.extend(cited.shape)),
  stories: z.array(story),
});

/** One passage that holds every word of the query; `marks` are offsets into `snippet`. */
export const searchHit = z.object({
  document: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  snippet: z.string(),
  marks: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});

/** Background work on the stored analyses: the collection served, and the re-analysis after a pipeline upgrade. */
export const analysisStatus = z.object({
  collection: z.object({
    ready: z.boolean(),
    documents: z.number().int(),
    updating: z.boolean(),
    error: z.string().nullable(),
  }),
  reanalysis: z.object({
    done: z.number().int(),
    total: z.number().int(),
    failed: z.number().int(),
    running: z.boolean(),
    error: z.string().nullable(),
  }),
});

/** Text pasted or uploaded to analyse, and whether to keep it. */
export const analyzeRequest = z.strictObject({
  text: z.string().min(1, 'is empty').max(5_000_000, 'is over 5 MB'),
  name: z.string().max(200).default('pasted.txt'),
  format: z.enum(['text', 'html']).default('text'),
  store: z.boolean().default(false),
});
export const analyzeResponse = z.looseObject({ analysis, stored: z.string().nullish() });

/** The timeline's filters. */
export const storyFilters = z.object({
  type: z.string().max(40).optional().describe('PLOVER type or mode'),
  actor: z.string().max(200).optional().describe('entity id'),
  from: partialDate.optional().describe('YYYY[-MM[-DD]]'),
  to: partialDate.optional().describe('YYYY[-MM[-DD]]'),
  document: z.string().max(64).optional().describe('document id'),
});

/** What a search may be narrowed to. */
export const searchFilters = z.object({
  language: z.string().max(8).optional().describe('en or es'),
  source: z.string().max(200).optional().describe('part of the URL or file name'),
  from: partialDate.optional().describe('published on or after YYYY[-MM[-DD]]'),
  to: partialDate.optional().describe('published on or before YYYY[-MM[-DD]]'),
  entity: z.string().max(200).optional().describe('entity id the document mentions'),
});
export const searchQuery = z.string().trim().min(2, 'needs at least 2 characters').max(200);

/** Two to twenty document ids, separated by commas. */
export const documentIdList = z
  .string()
  .transform((value) => [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(64))
      .min(2, 'needs two or more document ids, separated by commas')
      .max(20, 'takes at most 20 documents'),
  );
