import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { IngestService } from '../src/services/ingest.service.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { ReviewService } from '../src/services/review.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import { AuditService } from '../src/services/audit.service.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import type { Database } from '../src/store/schema.js';
import { steppingClock } from './helpers/clock.js';
import { newExampleStore } from './helpers/example-store.js';
import { hasShared, repoRoot, seedPaths } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const group = 'us-mx-security-2025/implementation-group';

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe.skipIf(!hasShared)('evidence proposals on the seeds', () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    let text: (documentId: string, start: number, end: number) => Promise<string>;
    beforeAll(async () => {
      store = await newTestStore(dialect);
      const clock = steppingClock();
      await new IngestService(store.db, clock).ingestPaths(seedPaths, defaultReadLimits);
      await new TrackingService(store.db, clock).importAgreement(agreement, {
        name: 'Secretariat',
        party: null,
        role: 'admin',
      });
      const documents = new DocumentsRepository(store.db);
      text = async (id, start, end) => (await documents.get(id))!.text.slice(start, end);
    });
    afterAll(() => store.close());

    it('links the implementation group commitment to the sentence announcing its formation, with a reason', async () => {
      const result = await new ProposalService(store.db, steppingClock()).propose(agreement.id);
      expect(result.proposed).toBeGreaterThan(0);
      const proposals = await new ReviewService(store.db).list({ state: 'pending', commitmentId: group });
      const sentences = await Promise.all(proposals.map((p) => text(p.documentId, p.start, p.end)));
      const formation = sentences.findIndex((s) =>
        s.startsWith('The formation of an “implementation group” was announced'),
      );
      expect(formation).toBeGreaterThanOrEqual(0);
      expect(proposals[formation]!.reason).toMatch(/uses the phrases? "implementation group"/);
      expect(proposals[formation]!.score).toBeGreaterThanOrEqual(6);
    });

    it('proposes again without duplicating, and never reopens a reviewed proposal', async () => {
      const [first] = await new ReviewService(store.db).list({ state: 'pending', commitmentId: group });
      const review = new ReviewService(store.db, steppingClock('2025-10-02T09:00:00Z'));
      await review.decide({ name: 'Reviewer', party: null, role: 'reviewer' }, first!.id, 'rejected');
      const again = await new ProposalService(store.db, steppingClock()).propose(agreement.id);
      expect(again.proposed).toBe(0);
      expect((await review.list({ commitmentId: group })).find((p) => p.id === first!.id)?.state).toBe('rejected');
    });

    it('only accepted proposals become evidence of the commitment, and each decision is audited', async () => {
      const tracking = new TrackingService(store.db);
      const review = new ReviewService(store.db, steppingClock('2025-10-03T09:00:00Z'));
      expect((await tracking.commitment(group)).evidence).toEqual([]);
      const [pending] = await review.list({ state: 'pending', commitmentId: group });
      await review.decide({ name: 'Reviewer', party: null, role: 'reviewer' }, pending!.id, 'accepted');
      const evidence = (await tracking.commitment(group)).evidence;
      expect(evidence).toHaveLength(1);
      expect(evidence[0]).toMatchObject({ documentId: pending!.documentId, start: pending!.start, end: pending!.end });
      // The note says why in words, not by the proposal's internal id.
      expect(evidence[0]!.note).toBe(`Proposed because it ${pending!.reason}; accepted by Reviewer`);
      await expect(
        review.decide({ name: 'Reviewer', party: null, role: 'reviewer' }, pending!.id, 'rejected'),
      ).rejects.toThrow(/was already accepted by Reviewer/);
      const audit = await new AuditService(store.db).verify();
      expect(audit.problems).toEqual([]);
      expect((await new AuditService(store.db).entries()).map((e) => e.action)).toEqual([
        'agreement.import',
        'proposal.reject',
        'proposal.accept',
      ]);
    });
  });
});

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe('evidence proposals on the bundled example', () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    beforeAll(async () => {
      store = await newExampleStore(dialect);
    });
    afterAll(() => store.close());

    it('never proposes a headline or heading, the Markdown note\'s "# …" title included', async () => {
      const proposals = await new ReviewService(store.db).list({ state: 'pending' });
      expect(proposals.length).toBeGreaterThan(20);
      const documents = new DocumentsRepository(store.db);
      for (const proposal of proposals) {
        const document = (await documents.sourceDocument(proposal.documentId))!;
        const analysis = analyzeDocument(document);
        if (isFailedAnalysis(analysis)) throw new Error('analysis failed');
        const { title, headings } = analysis.layers.clean;
        const headlines = [...(title?.span ? [title.span] : []), ...headings];
        expect(
          headlines.filter((h) => h.start < proposal.end && proposal.start < h.end),
          document.text.slice(proposal.start, proposal.end),
        ).toEqual([]);
        expect(document.text.slice(proposal.start, proposal.end)).not.toMatch(
          /^#|What the Security Implementation Group will have to follow up/,
        );
      }
    });

    it("gives its reason in the passage's own words, never a stem", async () => {
      const documents = new DocumentsRepository(store.db);
      for (const proposal of await new ReviewService(store.db).list({ state: 'pending' })) {
        const passage = (await documents.get(proposal.documentId))!.text
          .slice(proposal.start, proposal.end)
          .toLowerCase();
        const shared = /^shares (.+?) with the commitment/.exec(proposal.reason)![1]!;
        for (const [, word] of shared.matchAll(/"([^"]+)"/g)) expect(passage, proposal.reason).toContain(word);
      }
    });
  });
});
