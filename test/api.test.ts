import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { IngestService } from '../src/services/ingest.service.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { hasShared, repoRoot, seedPaths } from './helpers/shared.js';
import { startServer } from './helpers/server.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = 'commitments/us-mx-security-2025/border-security-tunnels';

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe.skipIf(!hasShared)('the JSON API, over a real server', () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    let server: { url: string; close: () => Promise<void> };
    let csrfToken = '';
    // In the local single-user mode (this store has no users) writes carry the page's CSRF token.
    const api = async (path: string, init: RequestInit & { json?: unknown } = {}) => {
      const response = await fetch(`${server.url}/api${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, ...(init.headers ?? {}) },
        body: init.json === undefined ? init.body : JSON.stringify(init.json),
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };

    beforeAll(async () => {
      store = await newTestStore(dialect);
      await new IngestService(store.db).ingestPaths(seedPaths, defaultReadLimits);
      await new TrackingService(store.db).importAgreement(agreement, {
        name: 'Secretariat',
        party: null,
        role: 'admin',
      });
      await new ProposalService(store.db).propose(agreement.id);
      server = await startServer(store.db);
      csrfToken = (await api('/session')).body.csrfToken;
    });
    afterAll(async () => {
      await server.close();
      await store.close();
    });

    it('lists documents and serves one with its text, furniture and analysis', async () => {
      const { body } = await api('/documents');
      expect(body.items).toHaveLength(2);
      expect(body).toMatchObject({ total: 2, nextCursor: null });
      const id = body.items.find((d: { published: string | null }) => d.published === '2025-09-08').id;
      const detail = await api(`/documents/${id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.document.title).toMatch(/^Politics: Mexico pleased/);
      expect(detail.body.analysis.chrome.map((c: { text: string }) => c.text)).toEqual([
        'Now read on...',
        'Register to sample a report',
        'Register',
      ]);
    });

    it('answers bad input with 400 and unknown things with 404, in one JSON error shape', async () => {
      expect(await api('/documents/not-an-id')).toEqual({
        status: 400,
        body: { error: { code: 'bad_input', message: 'id: a document id is 16 hex digits' } },
      });
      expect((await api('/documents/0123456789abcdef')).status).toBe(404);
      expect((await api('/agreements/nope')).body).toEqual({
        error: { code: 'not_found', message: 'agreement "nope" not found' },
      });
      expect((await api('/analyze', { method: 'POST', body: '{not json' })).body.error.message).toBe(
        'body: is not valid JSON',
      );
      expect((await api('/search?q=x')).body.error.message).toBe('q: needs at least 2 characters');
    });

    it('serves the board and lets each party write only its own assessment', async () => {
      const mx = { 'x-puente-user': 'Lucía Ortega', 'x-puente-party': 'MEX' };
      const ok = await api(`/${tunnels}/assessments/MEX`, {
        method: 'PUT',
        headers: mx,
        json: { status: 'minimal', narrative: 'Mapping begun.' },
      });
      expect(ok.status).toBe(200);
      const refused = await api(`/${tunnels}/assessments/USA`, {
        method: 'PUT',
        headers: mx,
        json: { status: 'complete' },
      });
      expect(refused).toEqual({
        status: 403,
        body: {
          error: {
            code: 'forbidden',
            message: "Lucía Ortega speaks for MEX and cannot write USA's assessment: each party keeps its own",
          },
        },
      });
      expect((await api(`/${tunnels}/assessments/MEX`, { method: 'PUT', json: { status: 'minimal' } })).status).toBe(
        400,
      );
      const board = await api(`/agreements/${agreement.id}`);
      const row = board.body.agreement.commitments.find((c: { id: string }) =>
        c.id.endsWith('border-security-tunnels'),
      );
      expect(row.assessments.map((a: { party: string; status: string }) => `${a.party}:${a.status}`)).toEqual([
        'MEX:minimal',
      ]);
      expect(row.jointStatus).toBe('not_started');
    });

    it('lists proposals with their sentence and accepts one as evidence', async () => {
      const { body } = await api('/proposals?commitment=us-mx-security-2025/implementation-group');
      const formation = body.items.find((p: { text: string }) => p.text.startsWith('The formation of an'));
      expect(formation.reason).toMatch(/implementation group/);
      const accepted = await api(`/proposals/${formation.id}/accept`, {
        method: 'POST',
        headers: { 'x-puente-user': 'Reviewer' },
      });
      expect(accepted.body.proposal.state).toBe('accepted');
      const commitment = await api('/commitments/us-mx-security-2025/implementation-group');
      expect(commitment.body.commitment.evidence.map((e: { text: string }) => e.text)).toEqual([formation.text]);
    });

    it('publishes an OpenAPI document that names every route', async () => {
      const { body } = await api('/openapi.json');
      expect(body.openapi).toBe('3.1.0');
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining([
          '/api/documents/{id}',
          '/api/agreements/{id}',
          '/api/proposals/{id}/{decision}',
          '/api/analyze',
        ]),
      );
    });

    it('works out findings between the chosen documents only, and refuses fewer than two', async () => {
      expect((await api('/findings')).body.error.message).toBe(
        'docs: needs two or more document ids, separated by commas',
      );
      const ids = (await api('/documents')).body.items.map((d: { id: string }) => d.id);
      expect((await api(`/findings?docs=${ids[0]},0123456789abcdef`)).status).toBe(404);
      const { status, body } = await api(`/findings?docs=${ids.join(',')}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeGreaterThan(0);
      for (const finding of body.items) for (const id of finding.documents) expect(ids).toContain(id);
      // The seeds disagree on the day of one meeting: it is a story the two share.
      expect(body.stories.length).toBeGreaterThan(0);
      for (const story of body.stories) expect([...story.documents].sort()).toEqual([...ids].sort());
    });

    it('serves events as stories, filtered by type, actor and date', async () => {
      const all = await api('/stories');
      expect(all.status).toBe(200);
      expect(all.body.items.length).toBe(all.body.total);
      expect(all.body.nextCursor).toBeNull();
      const reports = all.body.items.flatMap(
        (s: { reports: Array<{ text: string; documentTitle: string | null }> }) => s.reports,
      );
      expect(reports.every((r: { text: string }) => r.text.length > 0)).toBe(true);
      const type = all.body.types[0];
      const typed = await api(`/stories?type=${type}`);
      expect(typed.body.items.length).toBeGreaterThan(0);
      expect(
        typed.body.items.every((s: { type: string; mode: string | null }) => s.type === type || s.mode === type),
      ).toBe(true);
      const actor = all.body.items.find((s: { participants: string[] }) => s.participants.length)?.participants[0];
      const acted = await api(`/stories?actor=${encodeURIComponent(actor)}`);
      expect(acted.body.items.length).toBeGreaterThan(0);
      expect(acted.body.items.every((s: { participants: string[] }) => s.participants.includes(actor))).toBe(true);
      const dated = await api('/stories?from=2025-09-01&to=2025-09-30');
      expect(
        dated.body.items.every(
          (s: { firstDate: string | null }) => s.firstDate !== null && s.firstDate.slice(0, 7) <= '2025-09',
        ),
      ).toBe(true);
      expect((await api('/stories?from=yesterday')).body.error.message).toMatch(/^query\.from: is not a date/);
    });
  });
});
