// Accounts, roles and web safety against the real server on a real port: a SQLite file, and
// PostgreSQL where a server answers. Every request goes through the socket, as a browser's would.
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { AuditService } from '../src/services/audit.service.js';
import { createServices } from '../src/services/create-services.js';
import { LocalMode } from '../src/services/local-mode.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { repoRoot } from './helpers/shared.js';
import { startServer } from './helpers/server.js';
import { forEachDialect, newTestStore } from './helpers/store.js';
import { addUsers, testPassword, testUsers } from './helpers/users.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = `${agreement.id}/border-security-tunnels`;
const assessmentPath = (party: string) => `/commitments/${tunnels}/assessments/${party}`;
const publicRoutes = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/vocabulary',
  'GET /api/session',
  'POST /api/session',
];
// Our own words, so that proposals exist to decide on.
const report = [
  'Crews close cross-border tunnels used to smuggle weapons',
  '',
  'Mexican and U.S. crews closed three cross-border tunnels used to smuggle drugs and weapons under the border, officials said on 20 October 2025.',
  '',
  'A court in Puebla adjourned a hearing on a land dispute until January.',
  '',
  'Avocado exports through the port of Lázaro Cárdenas rose in the third quarter, growers said.',
].join('\n');

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/** A browser-like session: the cookie the server set and the CSRF token it gave. */
interface Session {
  cookie: string;
  csrf: string;
}

/** A raw HTTP request, for what fetch will not send (a Host header) or send whole (a body never sent). */
function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: (write: (chunk: string) => boolean) => Promise<void> | void;
  },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => void (text += chunk));
      res.on('end', () => {
        // A refused body may never have been sent whole: drop the connection rather than finish it.
        req.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, text });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close the socket after answering a body it refused to read.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (options.body) {
      req.flushHeaders();
      void Promise.resolve(options.body((chunk) => req.write(chunk)));
    } else req.end();
  });
}

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: Awaited<ReturnType<typeof startServer>>;
  const call = async (
    path: string,
    init: {
      method?: string;
      json?: unknown;
      body?: string;
      session?: Session;
      token?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = {
      ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    if (init.session) Object.assign(headers, { cookie: init.session.cookie, 'x-csrf-token': init.session.csrf });
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const response = await fetch(`${server.url}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { ...headers, ...init.headers },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status, headers: response.headers, body };
  };
  const signIn = async (name: string, password = testPassword): Promise<Session> => {
    const reply = await call('/session', { method: 'POST', json: { name, password } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const cookie = reply.headers.get('set-cookie')!.split(';')[0]!;
    return { cookie, csrf: reply.body.csrfToken };
  };

  beforeAll(async () => {
    store = await newTestStore(dialect);
    await addUsers(store.db, [
      { name: 'Ana Admin', party: null, role: 'admin' },
      { name: 'Lucía Ortega', party: 'MEX', role: 'assessor' },
      { name: 'Dana Whitfield', party: 'USA', role: 'assessor' },
      { name: 'Nguyễn Thị Hương', party: null, role: 'reviewer' },
      { name: 'Olu Observer', party: 'USA', role: 'observer' },
      { name: 'Guess Target', party: 'MEX', role: 'observer' },
    ]);
    await new TrackingService(store.db).importAgreement(agreement, { name: 'Ana Admin', party: null, role: 'admin' });
    // Over SQLite on 127.0.0.1 the local mode would be allowed; the users turn it off.
    server = await startServer(store.db, undefined, { localMode: dialect === 'sqlite', maxBodyBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('refuses every write route, and every read that is not public, without a session or token (401)', async () => {
    const routes = [
      ...new Set(
        server.app.routes
          .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
          .map((r) => `${r.method} ${r.path}`),
      ),
    ];
    const writes = routes.filter((r) => !r.startsWith('GET ') && !publicRoutes.includes(r));
    expect(writes).toEqual(
      expect.arrayContaining([
        'POST /api/analyze',
        'PUT /api/commitments/:agreement/:local/assessments/:party',
        'POST /api/proposals/:id/:decision{accept|reject}',
        'DELETE /api/session',
      ]),
    );
    for (const route of routes.filter((r) => !publicRoutes.includes(r))) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern
        .replace(/:\w+\{(\w+)[^}]*\}/g, '$1')
        .replace(/:\w+/g, 'x')
        .slice('/api'.length);
      const anonymous = await call(path, {
        method,
        ...(method === 'GET' ? {} : { json: { status: 'complete', text: 'x', url: 'https://example.org/' } }),
      });
      expect(anonymous.status, route).toBe(401);
      expect(anonymous.body.error.code, route).toBe('unauthenticated');
      // Headers that claim a user and party change nothing.
      const claimed = await call(path, {
        method,
        headers: { 'x-puente-user': 'Ana Admin', 'x-puente-party': 'MEX' },
        ...(method === 'GET' ? {} : { json: {} }),
      });
      expect(claimed.status, route).toBe(401);
      const forged = await call(path, {
        method,
        token: 'puente_not-a-token',
        ...(method === 'GET' ? {} : { json: {} }),
      });
      expect(forged.status, route).toBe(401);
    }
    for (const route of publicRoutes.filter((r) => r.startsWith('GET ')))
      expect((await call(route.slice('GET /api'.length))).status, route).toBe(200);
  });

  it("lets an assessor write its own party's assessment only, by session and by API token (403 otherwise), whatever headers claim", async () => {
    const lucia = await signIn('Lucía Ortega');
    const spoofed = { 'x-puente-user': 'Dana Whitfield', 'x-puente-party': 'USA' };
    const own = await call(assessmentPath('MEX'), {
      method: 'PUT',
      session: lucia,
      headers: spoofed,
      json: { status: 'minimal', narrative: 'Mapping begun.' },
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.assessment.updatedBy).toBe('Lucía Ortega');
    const other = await call(assessmentPath('USA'), {
      method: 'PUT',
      session: lucia,
      headers: spoofed,
      json: { status: 'complete' },
    });
    expect(other).toMatchObject({
      status: 403,
      body: {
        error: {
          code: 'forbidden',
          message: "Lucía Ortega speaks for MEX and cannot write USA's assessment: each party keeps its own",
        },
      },
    });

    const { token } = await testUsers(store.db).issueToken(
      { name: 'Dana Whitfield', party: 'USA', role: 'assessor' },
      'Dana Whitfield',
      'script',
    );
    expect(
      (
        await call(assessmentPath('USA'), {
          method: 'PUT',
          token,
          json: { status: 'minimal', narrative: 'Two closed.' },
        })
      ).status,
    ).toBe(200);
    expect((await call(assessmentPath('MEX'), { method: 'PUT', token, json: { status: 'complete' } })).status).toBe(
      403,
    );
    const observer = await signIn('Olu Observer');
    expect(
      (await call(assessmentPath('USA'), { method: 'PUT', session: observer, json: { status: 'complete' } })).body.error
        .message,
    ).toBe("Olu Observer is an observer and cannot write assessments (a party's assessor does)");
    // An observer reads.
    expect((await call(`/agreements/${agreement.id}`, { session: observer })).status).toBe(200);

    const board = await call(`/commitments/${tunnels}`, { session: observer });
    expect(
      board.body.commitment.assessments.map(
        (a: { party: string; status: string; updatedBy: string }) => `${a.party} ${a.status} by ${a.updatedBy}`,
      ),
    ).toEqual(['MEX minimal by Lucía Ortega', 'USA minimal by Dana Whitfield']);
    // The audit log names each user that acted.
    const entries = await new AuditService(store.db).entries();
    expect(
      entries
        .filter((e) => e.action === 'assessment.write' || e.action === 'status.joint')
        .map((e) => `${e.action} ${e.subject.split('#')[1] ?? ''} ${e.actor}`.replace('  ', ' ')),
    ).toEqual([
      'assessment.write MEX Lucía Ortega',
      'assessment.write USA Dana Whitfield',
      'status.joint Dana Whitfield',
    ]);
  });

  it('keeps names in any script whole, from sign-in to the audit log', async () => {
    const reviewer = await signIn('nguyễn thị hương');
    expect((await call('/session', { session: reviewer })).body.user).toEqual({
      name: 'Nguyễn Thị Hương',
      party: null,
      role: 'reviewer',
    });
    const stored = await call('/analyze', {
      method: 'POST',
      session: reviewer,
      json: { text: report, name: 'túneles.txt', store: true },
    });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    await new ProposalService(store.db).propose(agreement.id);
    const { body } = await call(`/proposals?commitment=${tunnels}`, { session: reviewer });
    expect(body.items.length).toBeGreaterThan(0);
    const accepted = await call(`/proposals/${body.items[0].id}/accept`, { method: 'POST', session: reviewer });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.proposal.reviewedBy).toBe('Nguyễn Thị Hương');
    expect((await new AuditService(store.db).entries()).at(-1)).toMatchObject({
      action: 'proposal.accept',
      actor: 'Nguyễn Thị Hương',
    });
    // An assessor cannot decide on proposals.
    const lucia = await signIn('Lucía Ortega');
    expect((await call(`/proposals/${body.items.at(-1).id}/reject`, { method: 'POST', session: lucia })).status).toBe(
      403,
    );
  });

  it("refuses cross-site writes: another origin, a form's content type, and a session write without its CSRF token", async () => {
    const lucia = await signIn('Lucía Ortega');
    const write = { method: 'PUT', json: { status: 'minimal', narrative: 'Again.' } };
    const crossOrigin = await call(assessmentPath('MEX'), {
      ...write,
      session: lucia,
      headers: { origin: 'http://attacker.example' },
    });
    expect(crossOrigin).toMatchObject({ status: 403, body: { error: { code: 'cross_site' } } });
    expect(
      (await call(assessmentPath('MEX'), { ...write, session: lucia, headers: { 'sec-fetch-site': 'cross-site' } }))
        .status,
    ).toBe(403);
    expect((await call(assessmentPath('MEX'), { ...write, session: lucia, headers: { origin: 'null' } })).status).toBe(
      403,
    );
    const form = await call('/analyze', {
      method: 'POST',
      session: lucia,
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ text: 'Planted.', store: true }),
    });
    expect(form).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    const noToken = await call(assessmentPath('MEX'), { ...write, session: { ...lucia, csrf: '' } });
    expect(noToken).toMatchObject({ status: 403, body: { error: { code: 'csrf_token' } } });
    expect((await call(assessmentPath('MEX'), { ...write, session: { ...lucia, csrf: 'x'.repeat(43) } })).status).toBe(
      403,
    );
    // The same write from our own page goes through.
    expect(
      (
        await call(assessmentPath('MEX'), {
          ...write,
          session: lucia,
          headers: { origin: server.url, 'sec-fetch-site': 'same-origin' },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a body over the limit with 413, before reading it', async () => {
    const observer = await signIn('Olu Observer');
    const headers = { 'content-type': 'application/json', cookie: observer.cookie, 'x-csrf-token': observer.csrf };
    const big = JSON.stringify({ text: 'Officials met in Mexico City. '.repeat(4000) });
    const declared = await call('/analyze', {
      method: 'POST',
      session: observer,
      body: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(declared).toMatchObject({
      status: 413,
      body: { error: { code: 'body_too_large', message: 'The request body is over the limit of 64 KB' } },
    });
    // A huge declared length is refused from the headers alone: the body is never sent.
    const unsent = await rawRequest(`${server.url}/api/analyze`, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(100 * 1024 ** 2) },
      body: () => undefined,
    });
    expect(unsent.status).toBe(413);
    // A chunked body is cut off as soon as it passes the limit.
    let sent = 0;
    const chunked = await rawRequest(`${server.url}/api/analyze`, {
      method: 'POST',
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      body: async (write) => {
        write('{"text":"');
        for (let i = 0; i < 400 && sent < 10 * 1024 ** 2; i++) {
          write('a'.repeat(8192));
          sent += 8192;
          await new Promise((resolve) => setImmediate(resolve));
        }
      },
    });
    expect(chunked.status).toBe(413);
    expect(
      (
        await call('/analyze', {
          method: 'POST',
          session: observer,
          json: { text: 'Officials met in Mexico City on 3 September 2025.' },
        })
      ).status,
    ).toBe(200);
  });

  it('slows sign-in down after five wrong passwords in a row, even for the right one', async () => {
    for (let i = 0; i < 5; i++)
      expect(
        (await call('/session', { method: 'POST', json: { name: 'Guess Target', password: `wrong guess ${i}` } }))
          .status,
      ).toBe(401);
    const slowed = await call('/session', { method: 'POST', json: { name: 'Guess Target', password: testPassword } });
    expect(slowed).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } });
    expect(slowed.headers.get('retry-after')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(
      (await call('/session', { method: 'POST', json: { name: 'Guess Target', password: testPassword } })).status,
    ).toBe(200);
  });

  it('answers only to its own host names, against DNS rebinding', async () => {
    const port = new URL(server.url).port;
    const rebound = await rawRequest(`${server.url}/api/health`, {
      headers: { host: `rebind.attacker.example:${port}` },
    });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.text).error.code).toBe('host_not_allowed');
    expect((await rawRequest(`${server.url}/`, { headers: { host: `rebind.attacker.example:${port}` } })).status).toBe(
      403,
    );
    expect((await rawRequest(`${server.url}/api/health`, { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('sets the security headers: a CSP without inline script that forbids framing, nosniff, and a referrer policy', async () => {
    for (const path of ['/health', '/nowhere']) {
      const { headers } = await call(path);
      const csp = headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cache-control')).toBe('no-store');
    }
  });

  it('keeps the session in an HttpOnly, SameSite=Lax cookie with an expiry, and ends it on sign-out', async () => {
    const reply = await call('/session', { method: 'POST', json: { name: 'Ana Admin', password: testPassword } });
    const cookie = reply.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^puente-session=[\w-]{43}; Max-Age=\d+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect(cookie).not.toContain('Secure');
    const session = { cookie: cookie.split(';')[0]!, csrf: reply.body.csrfToken };
    expect((await call('/documents', { session })).status).toBe(200);
    const out = await call('/session', { method: 'DELETE', session });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^puente-session=; Max-Age=0;/);
    expect((await call('/documents', { session })).status).toBe(401);
    expect((await call('/session', { session })).body).toMatchObject({ mode: 'users', user: null });
  });

  it('behind an HTTPS address, marks the cookie Secure with the __Host- prefix and answers to that name only', async () => {
    const app = createApp(createServices(store.db), { publicUrl: 'https://puente.example.org' });
    const reply = await app.request('https://puente.example.org/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://puente.example.org' },
      body: JSON.stringify({ name: 'Ana Admin', password: testPassword }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toMatch(
      /^__Host-puente-session=[\w-]{43}; Max-Age=\d+; Path=\/; Expires=.+; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect((await app.request('http://elsewhere.example/api/health')).status).toBe(403);
  });
});

describe('the local single-user mode', () => {
  it('applies only to an embedded store on a loopback address', () => {
    expect(LocalMode.allows('sqlite', '127.0.0.1')).toBe(true);
    expect(LocalMode.allows('sqlite', '::1')).toBe(true);
    expect(LocalMode.allows('sqlite', 'localhost')).toBe(true);
    expect(LocalMode.allows('sqlite', '0.0.0.0')).toBe(false);
    expect(LocalMode.allows('sqlite', '192.168.1.20')).toBe(false);
    expect(LocalMode.allows('postgres', '127.0.0.1')).toBe(false);
  });

  it('works without sign-in while the store has no users, still refuses cross-site writes, and ends with the first user', async () => {
    const store = await newTestStore('sqlite');
    const server = await startServer(store.db);
    try {
      await new TrackingService(store.db).importAgreement(agreement, {
        name: 'command line (test)',
        party: null,
        role: 'local',
      });
      const session = (await (await fetch(`${server.url}/api/session`)).json()) as { mode: string; csrfToken: string };
      expect(session.mode).toBe('local');
      const put = (headers: Record<string, string>) =>
        fetch(`${server.url}/api${assessmentPath('MEX')}`, {
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            'x-puente-party': 'MEX',
            'x-puente-user': encodeURIComponent('王秀英'),
            ...headers,
          },
          body: JSON.stringify({ status: 'minimal', narrative: 'Begun.' }),
        });
      // The attack the issue names: another site's form posting a document into the store.
      const planted = await fetch(`${server.url}/api/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: 'http://attacker.example' },
        body: JSON.stringify({ text: 'Planted.', store: true }),
      });
      expect(planted.status).toBe(403);
      expect(
        (
          await fetch(`${server.url}/api/analyze`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: '{"text":"Planted.","store":true}',
          })
        ).status,
      ).toBe(415);
      expect((await put({})).status).toBe(403);
      const done = await put({ 'x-csrf-token': session.csrfToken });
      expect(done.status).toBe(200);
      expect(((await done.json()) as { assessment: { updatedBy: string } }).assessment.updatedBy).toBe('王秀英');
      await addUsers(store.db, [{ name: 'Ana Admin', party: null, role: 'admin' }]);
      expect((await put({ 'x-csrf-token': session.csrfToken })).status).toBe(401);
      expect(((await (await fetch(`${server.url}/api/session`)).json()) as { mode: string }).mode).toBe('users');
    } finally {
      await server.close();
      await store.close();
    }
  });
});
