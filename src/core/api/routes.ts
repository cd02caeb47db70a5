import { z } from 'zod';
import * as A from './analysis.js';
import { documentId, errorResponse } from './common.js';
import * as D from './documents.js';
import * as I from './intake.js';
import { jobsResponse } from './jobs.js';
import { pageOf, pageQuery } from './paging.js';
import * as S from './session.js';
import * as T from './tracking.js';

/** One operation of the HTTP API: what it takes and what it answers, written once for the server, its OpenAPI document and the web client. */
export interface ApiRoute {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** Hono's path syntax: `/api/documents/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** The JSON answered with 200, or `file` for a download. */
  readonly response: z.ZodType | 'file';
  /** Other success statuses with their JSON, e.g. 201. */
  readonly alsoResponds?: Readonly<Record<number, z.ZodType>>;
  /** Error statuses it may answer, besides 401 and 403 for who may call it. */
  readonly errors?: readonly number[];
  /** Whether it may be called without a user (sign-in, health, this document). */
  readonly open?: boolean;
  /** Whether the local single-user mode's X-Puente-User/Party headers name who acts. */
  readonly acts?: boolean;
}

const text = (description: string) => z.string().describe(description);
const idParam = (description: string) => z.object({ id: text(description) });
const commitmentParams = z.object({
  agreement: text('agreement id'),
  local: text('commitment id within the agreement'),
});
export const evidenceQuery = z.object({
  format: z.enum(['csv', 'json']).default('csv').describe('csv (default) or json'),
  today: T.todayQuery.shape.today,
});
export const exportQuery = z.object({
  format: z.enum(['csv', 'json']).default('csv').describe('csv (default) or json'),
  document: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'is not a document id (16 hex digits)')
    .optional()
    .describe('one document id'),
  type: z.string().max(40).optional().describe('events: PLOVER type or mode'),
  actor: z.string().max(200).optional().describe('events: entity id'),
  from: A.storyFilters.shape.from.describe('events: dated on or after YYYY[-MM[-DD]]'),
  to: A.storyFilters.shape.to.describe('events: dated on or before YYYY[-MM[-DD]]'),
});

/** Every operation of the API. The server's routes answer these, and a test holds the two together. */
export const apiRoutes = [
  {
    method: 'get',
    path: '/api/session',
    summary: 'How the server runs (mode local or users), who is signed in, and the CSRF token for writes',
    response: S.session,
    open: true,
  },
  {
    method: 'post',
    path: '/api/session',
    summary: 'Sign in with a name and password: sets the session cookie',
    body: S.signInRequest,
    response: S.session,
    errors: [400, 401, 429],
    open: true,
  },
  {
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out: ends the session and clears the cookie',
    response: z.object({ signedOut: z.literal(true) }),
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Stored documents, oldest first, a page at a time',
    query: pageQuery,
    response: pageOf(D.storedDocument),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'A document: metadata, text, furniture, and its analysis in the contract shape',
    params: z.object({ id: documentId.describe('16 hex digits') }),
    response: D.documentDetail,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/entities',
    summary:
      'People, organisations, places and countries across the stored documents, most mentioned first, with mention counts',
    query: pageQuery.extend({ kind: z.string().max(40).optional().describe('person, organization, place or country') }),
    response: pageOf(A.entity),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/entities/:id',
    summary: 'One entity: its mentions, the quotes it speaks and the events it takes part in, each with its document',
    params: idParam('entity id, e.g. person:marco-rubio'),
    response: A.entityDetail,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/findings',
    summary:
      'What comparing the chosen documents found (conflicts, name variants, single-source claims), a page at a time, and the stories they share',
    query: pageQuery.extend({ docs: A.documentIdList.describe('two or more document ids, separated by commas') }),
    response: pageOf(A.finding).extend({ stories: z.array(A.story) }),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/stories',
    summary:
      'Events as stories: the reports of one real-world event across the stored documents, by date, a page at a time',
    query: pageQuery.extend(A.storyFilters.shape),
    response: pageOf(A.story).extend({ types: z.array(z.string()) }),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events across documents, by date, a page at a time',
    query: pageQuery,
    response: pageOf(A.citedEvent),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/search',
    summary:
      'Search the article text of stored documents: every word must match, case and accents folded, ranked by BM25',
    query: pageQuery.extend({ q: A.searchQuery.describe('at least 2 characters') }).extend(A.searchFilters.shape),
    response: pageOf(A.searchHit).extend({ query: z.string() }),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/vocabulary',
    summary:
      "The words Puente uses for statuses, kinds, counted nouns and the web app's labels, in each language; open to anyone",
    response: z.object({ languages: z.array(z.string()), vocabularies: z.record(z.string(), z.looseObject({})) }),
  },
  {
    method: 'get',
    path: '/api/jobs',
    summary:
      'The job queue: how many jobs are queued, running, completed and failed, and the running and failed ones, each failed one with its error; overview null when the server has no queue',
    response: jobsResponse,
  },
  {
    method: 'get',
    path: '/api/status',
    summary:
      'Background work on the stored analyses: the collection served and the re-analysis of documents an older pipeline analysed',
    response: A.analysisStatus,
  },
  {
    method: 'post',
    path: '/api/analyze',
    summary:
      'Analyse pasted or uploaded text (and store it when store is true); 422 when it cannot be read or analysed',
    body: A.analyzeRequest,
    response: A.analyzeResponse,
    errors: [400, 422],
  },
  {
    method: 'get',
    path: '/api/agreements',
    summary: 'The agreements',
    response: z.object({ agreements: z.array(T.agreement) }),
  },
  {
    method: 'get',
    path: '/api/agreements/:id',
    summary: "The board: each commitment's joint status and every party's assessment",
    params: idParam('agreement id'),
    query: T.todayQuery,
    response: z.object({ agreement: T.board }),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/agreements/:id/followup',
    summary:
      'Overdue, due in the next 30 days, changed since the last meeting, awaiting review: how many of each and the first items',
    params: idParam('agreement id'),
    query: T.followupQuery,
    response: z.object({ followup: T.followup }),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/commitments/:agreement/:local',
    summary: 'A commitment: assessments, change log and evidence quoted from documents',
    params: commitmentParams,
    query: T.todayQuery,
    response: z.object({ commitment: T.commitmentDetail }),
    errors: [400, 404],
  },
  {
    method: 'put',
    path: '/api/commitments/:agreement/:local/assessments/:party',
    summary: "Write the acting party's own assessment; another party's is refused with 403",
    params: commitmentParams.extend({ party: text('ISO alpha-3') }),
    body: T.assessmentRequest,
    response: T.assessmentResponse,
    errors: [400, 404],
    acts: true,
  },
  {
    method: 'get',
    path: '/api/proposals',
    summary: 'Evidence proposals, best score first, a page at a time',
    query: pageQuery.extend(T.proposalFilters.shape),
    response: pageOf(T.proposal),
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/proposals/:id/:decision',
    summary: 'Accept a proposal (its span becomes evidence of the commitment) or reject it',
    params: z.object({ id: text('proposal id'), decision: z.enum(['accept', 'reject']) }),
    response: z.object({ proposal: T.proposal.partial({ text: true, documentTitle: true, published: true }) }),
    errors: [400, 404],
    acts: true,
  },
  {
    method: 'get',
    path: '/api/export/:kind',
    summary:
      "Download the stored documents' events (CSV, or PLOVER-style JSON records), quotes or figures; columns and fields as in the README (Exports) and schemas/exports/",
    params: z.object({ kind: z.enum(['events', 'quotes', 'figures']) }),
    query: exportQuery,
    response: 'file',
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/export/evidence/:agreement',
    summary: 'Download the evidence bundle of every commitment of an agreement (CSV or JSON)',
    params: z.object({ agreement: text('agreement id') }),
    query: evidenceQuery,
    response: 'file',
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/export/evidence/:agreement/:local',
    summary:
      "Download one commitment's evidence bundle: each status, each party's assessment, the change log, each cited sentence with its document (CSV or JSON)",
    params: commitmentParams,
    query: evidenceQuery,
    response: 'file',
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/intake/url',
    summary:
      'Fetch a web page (one document) or a feed (one document per item) once and store it; loopback, private and link-local addresses are refused unless the server allows the host',
    body: I.urlRequest,
    response: I.urlIngestResult,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/watches',
    summary: 'Watched feeds, with their interval, last read, last error and next try',
    response: z.object({ watches: z.array(I.watch) }),
  },
  {
    method: 'post',
    path: '/api/watches',
    summary:
      'Watch a feed: it is read at once, then every interval (default 30m); a URL that is not a feed is refused. 200: already watched, its interval changed',
    body: I.watchRequest,
    response: z.object({ watch: I.watch, poll: I.pollResult.nullable(), added: z.boolean() }),
    alsoResponds: { 201: z.object({ watch: I.watch, poll: I.pollResult.nullable(), added: z.boolean() }) },
    errors: [400],
  },
  {
    method: 'delete',
    path: '/api/watches',
    summary: 'Stop watching a feed; its documents stay',
    query: I.watchQuery,
    response: z.object({ removed: z.string() }),
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/watches/poll',
    summary: 'Read a watched feed now',
    body: I.urlRequest,
    response: z.object({ poll: I.pollResult }),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    response: z.looseObject({ openapi: z.string() }),
    open: true,
  },
  {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the server answers',
    response: z.object({ ok: z.literal(true) }),
    open: true,
  },
] as const satisfies readonly ApiRoute[];

export { errorResponse };
