// The API's contract against the running server: every route the app registers is in the OpenAPI
// document with the same method and path (and nothing else is), and real responses validate against
// both the zod schemas and the JSON Schemas the document publishes.
import Ajv2020 from 'ajv/dist/2020.js';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, errorResponse } from '../src/core/api/index.js';
import { openApiDocument, openApiPath } from '../src/server/openapi.js';
import { newExampleStore } from './helpers/example-store.js';
import { startServer } from './helpers/server.js';

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const operation = (method: string, path: string) =>
  (openApiDocument.paths[openApiPath(path)] as Record<string, Operation> | undefined)?.[method];

describe('the API contract', () => {
  let store: Awaited<ReturnType<typeof newExampleStore>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  let csrfToken = '';
  /** Which routes a test called, with the status each answered. */
  const answered = new Map<string, number>();

  /**
   * Calls a route of the contract and checks the answer against the route's zod schema and the
   * document's JSON Schema for that status; returns the body.
   */
  const call = async (
    method: (typeof apiRoutes)[number]['method'],
    route: string,
    url: string,
    init: { json?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const spec = apiRoutes.find((r) => r.method === method && r.path === route);
    expect(spec, `${method} ${route} is in the contract`).toBeDefined();
    const response = await fetch(`${server.url}${url}`, {
      method: method.toUpperCase(),
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, ...init.headers },
      body: init.json === undefined ? null : JSON.stringify(init.json),
    });
    const body = (await response.json()) as unknown;
    const schema: z.ZodType = response.ok
      ? response.status === 200
        ? (spec!.response as z.ZodType)
        : (spec as { alsoResponds?: Record<number, z.ZodType> }).alsoResponds![response.status]!
      : errorResponse;
    const parsed = schema.safeParse(body);
    expect(
      parsed.success,
      `${method.toUpperCase()} ${url} (${response.status}) against the zod schema: ${parsed.error?.message ?? ''}`,
    ).toBe(true);
    const published = operation(method, route)?.responses[String(response.status)]?.content?.['application/json']
      ?.schema;
    expect(published, `the document has a ${response.status} for ${method} ${route}`).toBeDefined();
    const validate = ajv.compile(published!);
    expect(
      validate(body),
      `${method.toUpperCase()} ${url} against the document: ${ajv.errorsText(validate.errors)}`,
    ).toBe(true);
    answered.set(`${method} ${route}`, response.status);
    return { status: response.status, body: body as Record<string, any> };
  };

  beforeAll(async () => {
    store = await newExampleStore();
    server = await startServer(store.db);
    csrfToken = (await call('get', '/api/session', '/api/session')).body.csrfToken;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('documents every route the app registers, with its method and path, and no route it lacks', () => {
    const registered = server.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`);
    const documented = Object.entries(openApiDocument.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...documented].sort());
    expect(documented).toHaveLength(apiRoutes.length);
  });

  it('names every parameter a path holds', () => {
    for (const [path, operations] of Object.entries(openApiDocument.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(
        operations as Record<string, { parameters?: Array<{ name: string; in: string }> }>,
      )) {
        expect(
          (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          `${method} ${path}`,
        ).toEqual(inPath);
      }
    }
  });

  it('answers with what the contract says, on every route a request without the network can reach', async () => {
    const agreement = store.agreement.id;
    const [group, local] = store.agreement.commitments[0]!.id.split('/') as [string, string];
    const documents = (await call('get', '/api/documents', '/api/documents?limit=3')).body;
    expect(documents.items).toHaveLength(3);
    const ids = documents.items.map((d: { id: string }) => d.id) as string[];
    await call('get', '/api/documents/:id', `/api/documents/${ids[0]}`);
    const entities = (await call('get', '/api/entities', '/api/entities?limit=5')).body;
    await call('get', '/api/entities/:id', `/api/entities/${encodeURIComponent(entities.items[0].id)}`);
    await call('get', '/api/findings', `/api/findings?docs=${ids.join(',')}`);
    await call('get', '/api/stories', '/api/stories?limit=5');
    await call('get', '/api/events', '/api/events?limit=5');
    expect((await call('get', '/api/search', '/api/search?q=security')).body.items.length).toBeGreaterThan(0);
    await call('get', '/api/status', '/api/status');
    await call('get', '/api/jobs', '/api/jobs');
    await call('get', '/api/vocabulary', '/api/vocabulary');
    await call('post', '/api/analyze', '/api/analyze', {
      json: {
        text: 'The two delegations met in Monterrey on 4 March 2026 and agreed to share ballistic records.',
        store: false,
      },
    });
    await call('get', '/api/agreements', '/api/agreements');
    await call('get', '/api/agreements/:id', `/api/agreements/${agreement}`);
    const followup = (
      await call(
        'get',
        '/api/agreements/:id/followup',
        `/api/agreements/${agreement}/followup?today=2026-03-01&limit=2`,
      )
    ).body.followup;
    expect(followup.awaitingReview.length).toBeLessThanOrEqual(2);
    expect(followup.counts.awaitingReview).toBeGreaterThanOrEqual(followup.awaitingReview.length);
    await call('get', '/api/commitments/:agreement/:local', `/api/commitments/${group}/${local}`);
    const party = store.agreement.parties[0]!.code;
    await call(
      'put',
      '/api/commitments/:agreement/:local/assessments/:party',
      `/api/commitments/${group}/${local}/assessments/${party}`,
      {
        json: {
          status: 'minimal',
          narrative: 'Work has begun.',
          evidence: [{ documentId: ids[0], start: 0, end: 10 }],
        },
        headers: { 'x-puente-user': 'Ana', 'x-puente-party': party },
      },
    );
    const proposals = (await call('get', '/api/proposals', '/api/proposals?limit=2')).body;
    await call('post', '/api/proposals/:id/:decision', `/api/proposals/${proposals.items[0].id}/accept`, {
      headers: { 'x-puente-user': 'Reviewer' },
    });
    await call('get', '/api/watches', '/api/watches');
    await call('get', '/api/openapi.json', '/api/openapi.json');
    await call('get', '/api/health', '/api/health');
    // A store without users signs nobody in.
    expect(
      (await call('post', '/api/session', '/api/session', { json: { name: 'nobody', password: 'wrong' } })).status,
    ).toBe(401);
    await call('delete', '/api/session', '/api/session');
    // These fetch from the web: here they can only be refused, in the error shape the document gives.
    expect(
      (await call('post', '/api/intake/url', '/api/intake/url', { json: { url: 'ftp://example.org/a' } })).status,
    ).toBe(400);
    expect(
      (await call('post', '/api/watches/poll', '/api/watches/poll', { json: { url: 'https://example.org/feed.xml' } }))
        .status,
    ).toBe(404);
    expect((await call('delete', '/api/watches', '/api/watches?url=https%3A%2F%2Fexample.org%2Ffeed.xml')).status).toBe(
      404,
    );
    expect(
      (await call('post', '/api/watches', '/api/watches', { json: { url: 'ftp://example.org/feed.xml' } })).status,
    ).toBe(400);
    const json = apiRoutes.filter((r) => r.response !== 'file').map((r) => `${r.method} ${r.path}`);
    expect([...answered.keys()].sort()).toEqual(json.sort());
  });

  it('refuses a limit out of range and a cursor it did not give, naming the parameter', async () => {
    expect((await call('get', '/api/documents', '/api/documents?limit=501')).body.error.message).toBe(
      'query.limit: is over 500',
    );
    expect((await call('get', '/api/documents', '/api/documents?limit=0')).body.error.message).toBe(
      'query.limit: is below 1',
    );
    expect((await call('get', '/api/proposals', '/api/proposals?cursor=bm9wZQ')).body.error.message).toBe(
      'cursor: is not a cursor a page of this list gave',
    );
    expect((await call('get', '/api/entities', '/api/entities?cursor=%%%')).status).toBe(400);
  });
});
