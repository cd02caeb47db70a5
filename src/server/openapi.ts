/** The OpenAPI document served at /api/openapi.json; kept by hand beside the routes it describes. */
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const error = json('An error: {"error": {"code", "message"}}');
const id = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const query = (name: string, description: string) => ({ name, in: 'query', required: false, schema: { type: 'string' }, description });
const actorHeaders = [
  { name: 'X-Puente-User', in: 'header', required: true, schema: { type: 'string' }, description: 'who is acting' },
  { name: 'X-Puente-Party', in: 'header', required: false, schema: { type: 'string' }, description: 'the party (ISO alpha-3) the user speaks for' },
];
const get = (summary: string, parameters: unknown[] = []) => ({ get: { summary, parameters, responses: { 200: json(summary), 400: error, 404: error } } });

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Puente API', version: '0.1.0', description: 'Documents, extraction, and the follow-up of an agreement\'s commitments. Every item carries the span of text it came from.' },
  paths: {
    '/api/documents': get('List stored documents'),
    '/api/documents/{id}': get('A document: metadata, text, furniture, and its analysis in the contract shape', [id('id', '16 hex digits')]),
    '/api/entities': get('People, organisations, places and countries across the stored documents, with mention counts'),
    '/api/entities/{id}': get('One entity: its mentions, the quotes it speaks and the events it takes part in, each with its document', [id('id', 'entity id, e.g. person:marco-rubio')]),
    '/api/findings': get('What comparing the chosen documents found (conflicts, name variants, single-source claims), and the stories they share', [{ ...query('docs', 'two or more document ids, separated by commas'), required: true }]),
    '/api/stories': get('Events as stories: the reports of one real-world event across the stored documents, by date', [query('type', 'PLOVER type or mode'), query('actor', 'entity id'), query('from', 'YYYY[-MM[-DD]]'), query('to', 'YYYY[-MM[-DD]]'), query('document', 'document id')]),
    '/api/events': get('Events across documents, by date'),
    '/api/search': get('Search the article text of stored documents: every word must match, case and accents folded, ranked by BM25', [query('q', 'at least 2 characters'), query('language', 'en or es'), query('source', 'part of the URL or file name'), query('from', 'published on or after YYYY[-MM[-DD]]'), query('to', 'published on or before YYYY[-MM[-DD]]'), query('entity', 'entity id the document mentions')]),
    '/api/status': get('Background work on the stored analyses: the collection served ({ready, documents, updating, error}) and the re-analysis of documents an older pipeline analysed ({done, total, running})'),
    '/api/analyze': {
      post: {
        summary: 'Analyse pasted or uploaded text (and store it when store is true)',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, name: { type: 'string' }, format: { enum: ['text', 'html'] }, store: { type: 'boolean' } } } } } },
        responses: { 200: json('The analysis, in the contract shape'), 400: error },
      },
    },
    '/api/agreements': get('List agreements'),
    '/api/agreements/{id}': get('The board: each commitment\'s joint status and every party\'s assessment', [id('id', 'agreement id'), query('today', 'YYYY-MM-DD for overdue flags')]),
    '/api/agreements/{id}/followup': get('Due, overdue, changed since the last meeting, awaiting review', [id('id', 'agreement id'), query('today', 'YYYY-MM-DD'), query('since', 'YYYY-MM-DD')]),
    '/api/commitments/{agreement}/{local}': get('A commitment: assessments, change log and evidence quoted from documents', [id('agreement', 'agreement id'), id('local', 'commitment id within the agreement')]),
    '/api/commitments/{agreement}/{local}/assessments/{party}': {
      put: {
        summary: 'Write the acting party\'s own assessment; another party\'s is refused with 403',
        parameters: [id('agreement', 'agreement id'), id('local', 'commitment id'), id('party', 'ISO alpha-3'), ...actorHeaders],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['status'], properties: { status: { type: 'string' }, narrative: { type: 'string' }, evidence: { type: 'array' } } } } } },
        responses: { 200: json('The assessment and the status changes it caused'), 400: error, 403: error, 404: error },
      },
    },
    '/api/proposals': get('Evidence proposals', [query('state', 'pending (default), accepted or rejected'), query('commitment', 'commitment id')]),
    '/api/proposals/{id}/accept': { post: { summary: 'Accept a proposal: its span becomes evidence of the commitment', parameters: [id('id', 'proposal id'), ...actorHeaders], responses: { 200: json('The decided proposal'), 400: error, 404: error } } },
    '/api/proposals/{id}/reject': { post: { summary: 'Reject a proposal', parameters: [id('id', 'proposal id'), ...actorHeaders], responses: { 200: json('The decided proposal'), 400: error, 404: error } } },
  },
} as const;
