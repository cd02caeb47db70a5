/** The OpenAPI document served at /api/openapi.json; kept by hand beside the routes it describes. */
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const error = json('An error: {"error": {"code", "message"}}');
const id = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const query = (name: string, description: string) => ({ name, in: 'query', required: false, schema: { type: 'string' }, description });
// Only in the local single-user mode; with users, who acts and for which party is the signed-in user's own.
const actorHeaders = [
  { name: 'X-Puente-User', in: 'header', required: false, schema: { type: 'string' }, description: 'local single-user mode only: who is acting (percent-encoded UTF-8); ignored with users' },
  { name: 'X-Puente-Party', in: 'header', required: false, schema: { type: 'string' }, description: 'local single-user mode only: the party (ISO alpha-3) spoken for; ignored with users' },
];
const signInBody = { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name', 'password'], properties: { name: { type: 'string' }, password: { type: 'string' } } } } } };
const get = (summary: string, parameters: unknown[] = []) => ({ get: { summary, parameters, responses: { 200: json(summary), 400: error, 404: error } } });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Puente API', version: '0.1.0',
    description: 'Documents, extraction, and the follow-up of an agreement\'s commitments. Every item carries the span of text it came from. '
      + 'Every route but health, this document and /api/session needs a user: an API token (Authorization: Bearer) or a session cookie, whose writes also carry X-CSRF-Token from GET /api/session. '
      + 'Writes take JSON only (415 otherwise), bodies over the limit get 413, and writes from other sites 403. Roles: admin (users, agreements), assessor (its own party\'s assessments), reviewer (evidence proposals), observer (reads).',
  },
  components: {
    securitySchemes: {
      token: { type: 'http', scheme: 'bearer', description: 'An API token from `puente user token NAME`' },
      session: { type: 'apiKey', in: 'cookie', name: 'puente-session', description: 'The session cookie POST /api/session sets (__Host-puente-session over HTTPS)' },
    },
  },
  security: [{ token: [] }, { session: [] }],
  paths: {
    '/api/session': {
      get: { summary: 'How the server runs (mode local or users), who is signed in, and the CSRF token for writes', security: [], responses: { 200: json('{mode, user, csrfToken, expiresAt, hasUsers}') } },
      post: { summary: 'Sign in with a name and password: sets the session cookie', security: [], requestBody: signInBody, responses: { 200: json('The session, as GET returns it'), 400: error, 401: error, 429: error } },
      delete: { summary: 'Sign out: ends the session and clears the cookie', responses: { 200: json('{signedOut: true}'), 401: error } },
    },
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
        responses: { 200: json('The analysis, in the contract shape'), 400: error, 422: { ...error, description: 'The text cannot be read or analysed (the reason names it): unreadable_document' } },
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
    '/api/export/{kind}': {
      get: {
        summary: 'Download the stored documents\' events (CSV, or PLOVER-style JSON records), quotes or figures; columns and fields as in the README (Exports) and schemas/exports/',
        parameters: [{ name: 'kind', in: 'path', required: true, schema: { enum: ['events', 'quotes', 'figures'] } }, query('format', 'csv (default) or json'), query('document', 'one document id'), query('type', 'events: PLOVER type or mode'), query('actor', 'events: entity id'), query('from', 'events: dated on or after YYYY[-MM[-DD]]'), query('to', 'events: dated on or before YYYY[-MM[-DD]]')],
        responses: { 200: { description: 'The export, as an attachment', content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'array' } } } }, 400: error },
      },
    },
    '/api/export/evidence/{agreement}': get('Download the evidence bundle of every commitment of an agreement (CSV or JSON)', [id('agreement', 'agreement id'), query('format', 'csv (default) or json'), query('today', 'YYYY-MM-DD for overdue flags')]),
    '/api/export/evidence/{agreement}/{local}': get('Download one commitment\'s evidence bundle: each status, each party\'s assessment, the change log, each cited sentence with its document (CSV or JSON)', [id('agreement', 'agreement id'), id('local', 'commitment id within the agreement'), query('format', 'csv (default) or json'), query('today', 'YYYY-MM-DD for overdue flags')]),
    '/api/proposals': get('Evidence proposals', [query('state', 'pending (default), accepted or rejected'), query('commitment', 'commitment id')]),
    '/api/proposals/{id}/accept': { post: { summary: 'Accept a proposal: its span becomes evidence of the commitment', parameters: [id('id', 'proposal id'), ...actorHeaders], responses: { 200: json('The decided proposal'), 400: error, 404: error } } },
    '/api/proposals/{id}/reject': { post: { summary: 'Reject a proposal', parameters: [id('id', 'proposal id'), ...actorHeaders], responses: { 200: json('The decided proposal'), 400: error, 404: error } } },
    '/api/intake/url': {
      post: {
        summary: 'Fetch a web page (one document) or a feed (one document per item) once and store it; loopback, private and link-local addresses are refused unless the server allows the host',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } } } } },
        responses: { 200: json('Counts, each stored document with its locator and outcome, problems, and the feed when it was one'), 400: error },
      },
    },
    '/api/watches': {
      get: { summary: 'Watched feeds, with their interval, last read, last error and next try', responses: { 200: json('The watches') } },
      post: {
        summary: 'Watch a feed: it is read at once, then every interval (default 30m); a URL that is not a feed is refused',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, every: { type: 'string', description: '30m, 2h, 1h30m, 1d' } } } } } },
        responses: { 200: json('Already watched: its interval changed'), 201: json('The new watch and its first read'), 400: error },
      },
      delete: { summary: 'Stop watching a feed; its documents stay', parameters: [{ ...query('url', 'the feed URL'), required: true }], responses: { 200: json('The URL removed'), 400: error, 404: error } },
    },
    '/api/watches/poll': {
      post: {
        summary: 'Read a watched feed now',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } } } } },
        responses: { 200: json('What the read did'), 400: error, 404: error },
      },
    },
  },
} as const;
