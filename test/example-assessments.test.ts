// The bundled example ships with a few illustrative assessments by each party, and counts overdue
// items on its facts-as-of date rather than on today's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/core/index.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { loadAssessmentsFile } from '../src/services/assessments-file.js';
import { IngestService } from '../src/services/ingest.service.js';
import { overdueDay, TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const late = () => new Date('2026-12-06T09:00:00Z');

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe("the example's illustrative assessments", () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    let dir: string;
    beforeAll(async () => {
      store = await newTestStore(dialect);
      dir = mkdtempSync(join(tmpdir(), 'puente-assess-'));
      await new IngestService(store.db).ingestPaths([join(repoRoot, 'example', 'documents')], defaultReadLimits);
      await new TrackingService(store.db).importAgreement(agreement, { name: 'test', party: null, role: 'local' });
      expect(await loadAssessmentsFile(store.db, join(repoRoot, 'example', 'assessments.yaml'), agreement.id)).toBe(10);
    });
    afterAll(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('gives each party a few assessments of its own, some agreeing and some not', async () => {
      const board = await new TrackingService(store.db, late).board(agreement.id);
      const byParty = (party: string) =>
        board.commitments.flatMap((c) => c.assessments.filter((a) => a.party === party));
      expect(byParty('USA').length).toBeGreaterThanOrEqual(3);
      expect(byParty('MEX').length).toBeGreaterThanOrEqual(3);
      expect(
        [...byParty('USA'), ...byParty('MEX')].every(
          (a) => /illustrative example/.test(a.updatedBy) && a.updatedAt < '2025-10-16',
        ),
      ).toBe(true);
      const joint = Object.fromEntries(board.commitments.map((c) => [c.id.split('/')[1], c.jointStatus]));
      expect(joint).toMatchObject({
        'implementation-group': 'complete',
        'information-sharing': 'minimal',
        'dismantle-criminal-groups': 'not_started',
      });
      const split = board.commitments.find((c) => c.id.endsWith('/dismantle-criminal-groups'))!;
      expect(split.assessments.map((a) => [a.party, a.status])).toEqual([
        ['MEX', 'intermediate'],
        ['USA', 'minimal'],
      ]);
    });

    it('cites whole sentences of the example documents as evidence', async () => {
      const view = await new TrackingService(store.db, late).commitment(`${agreement.id}/dismantle-criminal-groups`);
      const mexico = view.assessments.find((a) => a.party === 'MEX')!;
      const documents = new DocumentsRepository(store.db);
      const cited = await Promise.all(
        mexico.evidence.map(async (e) => (await documents.get(e.documentId))!.text.slice(e.start, e.end)),
      );
      expect(cited).toEqual([
        'WASHINGTON, Aug. 14, 2025 — Mexico transferred 26 people accused of drug trafficking and related crimes to the United States on Tuesday, the second transfer of its kind this year, after sending 29 prisoners to U.S. custody in February.',
        'Mexican officials have presented the transfers as part of a broader effort to dismantle criminal organisations, alongside arrests, seizures of drugs and weapons, and the closing of clandestine laboratories.',
      ]);
    });

    it('counts overdue on the facts-as-of date of an illustrative agreement, and on the day asked for when one is', async () => {
      expect(overdueDay({ illustrative: true, factsAsOf: '2025-10-15' }, '2026-12-06')).toBe('2025-10-15');
      expect(overdueDay({ illustrative: true, factsAsOf: '2025-10-15' }, '2025-10-01')).toBe('2025-10-01');
      expect(overdueDay({ illustrative: false, factsAsOf: '2025-10-15' }, '2026-12-06')).toBe('2026-12-06');
      const tracking = new TrackingService(store.db, late);
      const board = await tracking.board(agreement.id);
      expect(board.overdueAsOf).toBe('2025-10-15');
      expect(board.commitments.filter((c) => c.overdue)).toEqual([]);
      const today = await tracking.board(agreement.id, '2026-12-06');
      expect(
        today.commitments
          .filter((c) => c.overdue)
          .map((c) => c.id.split('/')[1])
          .sort(),
      ).toEqual(['border-security-tunnels', 'drug-and-arms-trafficking', 'fuel-theft', 'illicit-finance']);
      expect((await tracking.commitment(`${agreement.id}/fuel-theft`)).overdue).toBe(false);
    });

    it('names the file and the problem when a cited sentence is not in the document', async () => {
      const file = join(dir, 'bad.yaml');
      writeFileSync(
        file,
        [
          'desks: { USA: Test desk }',
          'assessments:',
          '  - commitment: fuel-theft',
          '    party: USA',
          '    at: 2025-10-01',
          '    status: minimal',
          '    evidence: [{ document: 03-prisoner-transfers-2025.txt, words: words nobody wrote here }]',
        ].join('\n'),
      );
      await expect(loadAssessmentsFile(store.db, file, agreement.id)).rejects.toThrow(InputError);
      await expect(loadAssessmentsFile(store.db, file, agreement.id)).rejects.toThrow(
        'cites "words nobody wrote here", which 03-prisoner-transfers-2025.txt does not say',
      );
    });
  });
});
