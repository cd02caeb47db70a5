// Indicators: a commitment names them in the agreement file; the figures of its accepted evidence
// feed them, each point dated by its document and pointing at its sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { loadAssessmentsFile } from '../src/services/assessments-file.js';
import { ReviewService } from '../src/services/review.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { newExampleStore } from './helpers/example-store.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const criminal = `${agreement.id}/dismantle-criminal-groups`;

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe(`indicators (${dialect})`, () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    beforeAll(async () => {
      store = await newExampleStore(dialect);
    });
    afterAll(() => store?.close());

    it('reads the indicators of the agreement file back from the store, with no points before any evidence is accepted', async () => {
      const { indicators } = await new TrackingService(store.db).commitment(criminal);
      expect(indicators.map((i) => [i.id, i.target, i.points.length])).toEqual([['people-transferred', 30, 0]]);
    });

    it("feeds an indicator from the figures of the sentences a party's assessment cites, each point dated and pointing at its sentence", async () => {
      await loadAssessmentsFile(store.db, join(repoRoot, 'example', 'assessments.yaml'), agreement.id);
      const { indicators, assessments } = await new TrackingService(store.db).commitment(criminal);
      const points = indicators[0]!.points;
      expect(points.map((p) => [p.value, p.text, p.date, p.citedBy])).toEqual([
        [26, '26 people', '2025-08-14', 'MEX'],
        [29, '29 prisoners', '2025-08-14', 'MEX'],
      ]);
      const cited = assessments.find((a) => a.party === 'MEX')!.evidence;
      for (const point of points) {
        const sentence = cited.find(
          (e) => e.documentId === point.documentId && e.start === point.sentence.start && e.end === point.sentence.end,
        );
        expect(sentence, 'the cited sentence holds the point').toBeDefined();
        expect(point.start).toBeGreaterThanOrEqual(point.sentence.start);
        expect(point.end).toBeLessThanOrEqual(point.sentence.end);
      }
      // The board carries the same series.
      const board = await new TrackingService(store.db).board(agreement.id);
      expect(board.commitments.find((c) => c.id === criminal)!.indicators[0]!.points.length).toBe(2);
    });

    it("feeds an indicator from accepted evidence, by the figure's unit", async () => {
      // The same agreement with an indicator the designation sentence's figure ("eight criminal organisations") counts for.
      const source = readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8').replace(
        'words: [people, prisoners, personas, detenidos]',
        'words: [people, prisoners, personas, detenidos, organisations]',
      );
      await new TrackingService(store.db).importAgreement(parseAgreementFile(source, 'agreement.yaml'), {
        name: 'Secretariat',
        party: null,
        role: 'admin',
      });
      const review = new ReviewService(store.db);
      const texts = new Map(
        (await store.db.selectFrom('documents').select(['id', 'text']).execute()).map((d) => [d.id, d.text]),
      );
      const designation = (await review.list({ state: 'pending', commitmentId: criminal })).find((p) =>
        /designated eight criminal organisations/.test(texts.get(p.documentId)!.slice(p.start, p.end)),
      );
      expect(designation, 'a proposal for the designation sentence').toBeDefined();
      await review.decide({ name: 'Reviewer', party: null, role: 'reviewer' }, designation!.id, 'accepted');
      const points = (await new TrackingService(store.db).commitment(criminal)).indicators[0]!.points;
      expect(points.map((p) => [p.value, p.date, p.citedBy])).toEqual([
        [8, '2025-02-21', null],
        [26, '2025-08-14', 'MEX'],
        [29, '2025-08-14', 'MEX'],
      ]);
    });

    it('refuses an indicator without words, naming the field', () => {
      const source = readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8').replace(
        'words: [people, prisoners, personas, detenidos]',
        'words: []',
      );
      expect(() => parseAgreementFile(source, 'agreement.yaml')).toThrow(/agreement\.yaml:\d+.*indicators\.0\.words/);
    });
  });
});
