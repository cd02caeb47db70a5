// Indicators: a commitment names them in the agreement file; the figures of its evidence (accepted,
// or cited by a party's assessment) feed them, each point dated by the period its sentence states
// (else by its document) and pointing at its sentence.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { loadAssessmentsFile } from '../src/services/assessments-file.js';
import { IngestService } from '../src/services/ingest.service.js';
import { ReviewService } from '../src/services/review.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { newExampleStore } from './helpers/example-store.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

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
      // Each dated by the period its sentence states for it: February ends on the 28th, "on Tuesday" is the 12th.
      expect(points.map((p) => [p.value, p.text, p.date, p.datedBy, p.period?.text, p.kind, p.citedBy])).toEqual([
        [29, '29 prisoners', '2025-02-28', 'period', 'February', 'cited', 'MEX'],
        [26, '26 people', '2025-08-12', 'period', 'Tuesday', 'cited', 'MEX'],
      ]);
      for (const point of points) expect(point.published).toBe('2025-08-14');
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
      expect(points.map((p) => [p.value, p.date, p.kind, p.citedBy])).toEqual([
        [8, '2025-02-21', 'accepted', null],
        [29, '2025-02-28', 'cited', 'MEX'],
        [26, '2025-08-12', 'cited', 'MEX'],
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

  describe(`indicator points dated by the period their sentence states (${dialect})`, () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    let dir: string;
    // Documents we wrote for this test: each sentence states its period in another way, or none.
    const english = [
      'Border units report tunnel closures',
      '',
      'WASHINGTON, June 10, 2025 — Border units closed 12 tunnels between January and March, officials said.',
      '',
      'In 2025, the units have closed 20 tunnels so far, the agency said.',
      '',
      'The agency said 5 tunnels were closed in April.',
      '',
      'Engineers sealed 3 tunnels, the report added.',
      '',
      'Crews closed 4 tunnels near a warehouse that was raided in May.',
      '',
    ].join('\n');
    const spanish = [
      'Clausuran túneles en la frontera',
      '',
      'CIUDAD DE MÉXICO, 10 de junio de 2025 — La Defensa clausuró 7 túneles entre enero y marzo, informó la dependencia.',
      '',
    ].join('\n');
    const tunnelsAgreement = (source: string) =>
      source.replace(
        /\n {6}- id: people-transferred[\s\S]*?target: 30\n/,
        '\n      - id: tunnels-closed\n        name: Tunnels closed\n        words: [tunnels, túneles]\n',
      );

    beforeAll(async () => {
      store = await newTestStore(dialect);
      dir = mkdtempSync(join(tmpdir(), 'puente-periods-'));
      writeFileSync(join(dir, 'tunnels.txt'), english);
      writeFileSync(join(dir, 'tuneles.txt'), spanish);
      writeFileSync(
        join(dir, 'mayo.txt'),
        'Más cierres de túneles\n\nTIJUANA, 12 de junio de 2025 — En mayo, la Marina clausuró 9 túneles, según la dependencia.\n',
      );
      await new IngestService(store.db).ingestPaths([dir], defaultReadLimits);
      const source = tunnelsAgreement(readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'));
      await new TrackingService(store.db).importAgreement(parseAgreementFile(source, 'agreement.yaml'), {
        name: 'Secretariat',
        party: null,
        role: 'admin',
      });
    });
    afterAll(async () => {
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('dates a point by the end of the stated period, by the document when the sentence states none or one still running, and says which', async () => {
      const documents = await store.db.selectFrom('documents').select(['id', 'text']).execute();
      const sentenceOf = (needle: string) => {
        const document = documents.find((d) => d.text.includes(needle))!;
        const at = document.text.indexOf(needle);
        const start = document.text.lastIndexOf('\n', at) + 1;
        const end = document.text.indexOf('\n', at);
        return {
          documentId: document.id,
          start,
          end: end < 0 ? document.text.length : end,
          kind: 'sentence' as const,
          note: null,
        };
      };
      await new TrackingService(store.db).assess({ name: 'Desk', party: 'MEX', role: 'local' }, criminal, 'MEX', {
        status: 'minimal',
        narrative: 'Tunnels closed.',
        evidence: [
          sentenceOf('Border units closed 12 tunnels'),
          sentenceOf('have closed 20 tunnels'),
          sentenceOf('5 tunnels were closed'),
          sentenceOf('sealed 3 tunnels'),
          sentenceOf('closed 4 tunnels'),
          sentenceOf('clausuró 7 túneles'),
          sentenceOf('clausuró 9 túneles'),
        ],
      });
      const { indicators } = await new TrackingService(store.db).commitment(criminal);
      const points = indicators.find((i) => i.id === 'tunnels-closed')!.points;
      const byValue = Object.fromEntries(
        points.map((p) => [p.value, [p.date, p.datedBy, p.period && [p.period.from, p.period.to, p.period.text]]]),
      );
      expect(byValue).toEqual({
        // "between January and March": the end of March.
        12: ['2025-03-31', 'period', ['2025-01-01', '2025-03-31', 'January and March']],
        // "In 2025" was still running on 10 June: the document's date, the period kept.
        20: ['2025-06-10', 'document', ['2025-01-01', '2025-12-31', '2025']],
        // "in April": the end of April.
        5: ['2025-04-30', 'period', ['2025-04-01', '2025-04-30', 'April']],
        // No period in the sentence: the document's date.
        3: ['2025-06-10', 'document', null],
        // The date belongs to another clause ("a warehouse that was raided in May"): the document's date.
        4: ['2025-06-10', 'document', null],
        // "entre enero y marzo".
        7: ['2025-03-31', 'period', ['2025-01-01', '2025-03-31', 'enero y marzo']],
        // "En mayo" opens the sentence after its dateline: the end of May.
        9: ['2025-05-31', 'period', ['2025-05-01', '2025-05-31', 'mayo']],
      });
      for (const point of points)
        expect([point.kind, point.citedBy, point.published]).toEqual([
          'cited',
          'MEX',
          point.value === 9 ? '2025-06-12' : '2025-06-10',
        ]);
      // Oldest first, by the day each point is placed on.
      expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
    });
  });
});
