// Exports: events, quotes and figures of the stored documents, and a commitment's evidence bundle,
// through the command line and the HTTP API; CSV is parsed back with a real parser, JSON validated
// against the schemas published in schemas/exports/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { FigureRecord, PloverEventRecord, QuoteRecord } from '../src/export/analysis-records.js';
import { eventColumns, figureColumns, quoteColumns } from '../src/export/analysis-tables.js';
import { evidenceColumns, type EvidenceBundle } from '../src/export/evidence-bundle.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { createApp } from '../src/server/app.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { createServices } from '../src/services/create-services.js';
import { IngestService } from '../src/services/ingest.service.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { ReviewService } from '../src/services/review.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { captureIo } from './helpers/capture-io.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';
import type { StoreConfig } from '../src/store/database.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = `${agreement.id}/border-security-tunnels`;

// Our own words, written for this test: a quote with commas and quotation marks inside, one that
// runs over two paragraphs, figures, dated events, in both languages.
const documents: Record<string, string> = {
  'tunnel-survey.txt': [
    'Engineers map three tunnels under the border near Tijuana',
    '',
    'TIJUANA, Oct. 14, 2025 — Mexican and U.S. engineers met in Tijuana on Tuesday and agreed to seal three tunnels found under the border fence, officials said.',
    '',
    'The longest tunnel ran about 400 metres, and soldiers seized 1,200 kilograms of methamphetamine inside it.',
    '',
    '"We are closing these tunnels together, one by one, and we will say so when it is done," said General Rosa Ibarra, who leads the Mexican crews.',
    '',
    '"The first closure will be finished before November,',
    '',
    '"and the second one soon after," Ibarra added.',
  ].join('\n'),
  'aseguramiento-sonora.txt': [
    'Aseguran 2 mil litros de combustible robado en Sonora',
    '',
    'HERMOSILLO, 9 de octubre de 2025 — La Guardia Nacional aseguró 2 mil litros de combustible robado en Sonora el miércoles, informó la Secretaría de Seguridad.',
    '',
    '«Seguiremos trabajando con las aduanas, sin descanso», dijo el vocero Tomás Leyva.',
  ].join('\n'),
};

const schema = (name: string) =>
  JSON.parse(readFileSync(join(repoRoot, 'schemas', 'exports', `${name}.schema.json`), 'utf8')) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validators = Object.fromEntries(
  ['events', 'quotes', 'figures', 'evidence'].map((name) => [name, ajv.compile(schema(name))]),
);
const expectValid = (name: string, value: unknown) => {
  const validate = validators[name]!;
  expect(validate(value), JSON.stringify(validate.errors, null, 2)).toBe(true);
};

/** What a command printed, as the process writes it: each line with its line break. */
const printed = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join('');

const readCsv = (csv: string) => {
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  return {
    header: header!,
    rows: rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!]))),
  };
};

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe('exports', () => {
    let store: { db: Kysely<Database>; config: StoreConfig; close: () => Promise<void> };
    let dir: string;
    let dbPath: string;
    let texts: Map<string, string>;
    const cli = async (...args: string[]) => {
      const io = captureIo();
      const code = await main(['export', ...args, '--db', dbPath], io);
      return { code, stdout: printed(io.stdout), stderr: io.stderr.join('\n') };
    };
    const cliJson = async <T>(...args: string[]) => {
      const { code, stdout, stderr } = await cli(...args, '--format', 'json');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      return JSON.parse(stdout) as T;
    };

    beforeAll(async () => {
      store = await newTestStore(dialect);
      // The command line takes the PostgreSQL store's URL as it takes a SQLite file's path.
      dbPath = store.config.dialect === 'sqlite' ? store.config.path : store.config.connectionString;
      dir = mkdtempSync(join(tmpdir(), 'puente-export-'));
      for (const [name, text] of Object.entries(documents)) writeFileSync(join(dir, name), text);
      const secretariat = { name: 'Secretariat', party: null, role: 'admin' as const };
      await new TrackingService(store.db).importAgreement(agreement, secretariat);
      await new IngestService(store.db).ingestPaths([dir], defaultReadLimits);
      await new ProposalService(store.db).propose(agreement.id);
      const repository = new DocumentsRepository(store.db);
      texts = new Map(
        await Promise.all((await repository.ids()).map(async (id) => [id, (await repository.get(id))!.text] as const)),
      );
      const surveyId = [...texts].find(([, text]) => text.startsWith('Engineers map'))![0];
      const survey = texts.get(surveyId)!;
      const cited = survey.indexOf('The longest tunnel');
      await new TrackingService(store.db).assess(
        { name: 'Dana Whitfield', party: 'USA', role: 'assessor' },
        tunnels,
        'USA',
        {
          status: 'minimal',
          narrative: 'Three tunnels found; "sealing", not yet sealed.',
          evidence: [
            { documentId: surveyId, start: cited, end: survey.indexOf('\n', cited), kind: 'figure', note: null },
          ],
        },
      );
      const proposal = (await new ReviewService(store.db).list({ state: 'pending', commitmentId: tunnels }))[0];
      if (proposal)
        await new ReviewService(store.db).decide(
          { name: 'Reviewer', party: null, role: 'reviewer' },
          proposal.id,
          'accepted',
        );
    });
    afterAll(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('exports events as CSV rows and PLOVER-style records that agree, every sentence at its offsets', async () => {
      const records = await cliJson<PloverEventRecord[]>('events');
      expectValid('events', records);
      expect(records.length).toBeGreaterThan(2);
      const { stdout } = await cli('events');
      const { header, rows } = readCsv(stdout);
      expect(header).toEqual([...eventColumns]);
      expect(rows.map((r) => r.event_id)).toEqual(records.map((r) => r.id));
      for (const [i, record] of records.entries()) {
        const row = rows[i]!;
        expect(texts.get(record.source.document)!.slice(record.sentence.start, record.sentence.end)).toBe(
          record.sentence.text,
        );
        expect(row.sentence).toBe(record.sentence.text);
        expect([Number(row.sentence_start), Number(row.sentence_end)]).toEqual([
          record.sentence.start,
          record.sentence.end,
        ]);
        expect(row.actor_ids).toBe(record.actors.map((a) => a.id).join('; '));
        expect(row.date).toBe(record.date?.value ?? '');
      }
      const meeting = records.find((r) => r.type === 'consult' && r.mode === 'meet')!;
      expect(meeting).toMatchObject({
        date: { value: '2025-10-14', grain: 'day' },
        source: { name: 'tunnel-survey.txt', url: null, published: '2025-10-14', language: 'en' },
      });
      expect(records.some((r) => r.source.language === 'es' && r.type === 'coerce')).toBe(true);
    });

    it('exports quotes and figures, with the speaker, the sentence and the document', async () => {
      const quotes = await cliJson<QuoteRecord[]>('quotes');
      expectValid('quotes', quotes);
      const ibarra = quotes.find((q) => q.quote.text.includes('one by one'))!;
      expect(ibarra.speaker?.name).toBe('Rosa Ibarra');
      // Commas and quotation marks inside a quote must survive the CSV round trip below.
      expect(quotes.some((q) => /[",]/u.test(q.quote.text))).toBe(true);
      const { header, rows } = readCsv((await cli('quotes')).stdout);
      expect(header).toEqual([...quoteColumns]);
      expect(rows.map((r) => r.quote)).toEqual(quotes.map((q) => q.quote.text));
      expect(rows.find((r) => r.quote_id === ibarra.id)?.sentence).toContain(
        '"We are closing these tunnels together, one by one,',
      );

      const figures = await cliJson<FigureRecord[]>('figures');
      expectValid('figures', figures);
      const fuel = figures.find((f) => f.value === 2000)!;
      // The headline states it first; the body's "aseguró 2 mil litros" is the same fact again.
      expect(fuel).toMatchObject({ repeats: 1, source: { language: 'es', name: 'aseguramiento-sonora.txt' } });
      expect(fuel.sentence.text).toBe('Aseguran 2 mil litros de combustible robado en Sonora');
      const figureCsv = readCsv((await cli('figures')).stdout);
      expect(figureCsv.header).toEqual([...figureColumns]);
      expect(figureCsv.rows.map((r) => Number(r.value))).toEqual(figures.map((f) => f.value ?? 0));
    });

    it("exports a commitment's evidence bundle: statuses, each party's assessment, the log and each cited sentence", async () => {
      const bundle = await cliJson<EvidenceBundle>('evidence', 'border-security-tunnels');
      expectValid('evidence', bundle);
      const [commitment] = bundle.commitments;
      expect(bundle.commitments).toHaveLength(1);
      expect(commitment!.id).toBe(tunnels);
      expect(commitment!.assessments.map((a) => [a.party, a.status])).toEqual([
        ['USA', 'minimal'],
        ['MEX', null],
      ]);
      const cited = commitment!.assessments[0]!.evidence[0]!;
      expect(cited.text).toMatch(/^The longest tunnel ran about 400 metres/);
      expect(texts.get(cited.source.document)!.slice(cited.start, cited.end)).toBe(cited.text);
      expect(cited.source).toMatchObject({
        title: 'Engineers map three tunnels under the border near Tijuana',
        name: 'tunnel-survey.txt',
        published: '2025-10-14',
      });
      expect(commitment!.history.map((h) => [h.scope, h.to])).toEqual([['USA', 'minimal']]);

      const { header, rows } = readCsv((await cli('evidence', tunnels)).stdout);
      expect(header).toEqual([...evidenceColumns]);
      expect(rows.map((r) => `${r.record}:${r.scope}`).slice(0, 4)).toEqual([
        'status:joint',
        'assessment:USA',
        'evidence:USA',
        'assessment:MEX',
      ]);
      expect(rows[1]!.note).toBe('Three tunnels found; "sealing", not yet sealed.');
      expect(rows[2]!.text).toBe(cited.text);

      const all = await cliJson<EvidenceBundle>('evidence');
      expectValid('evidence', all);
      expect(all.commitments.length).toBe(agreement.commitments.length);
    });

    it("serves the exports as downloads, one document or the timeline's filters at a time", async () => {
      const app = createApp(createServices(store.db, { localMode: true }));
      const events = await app.request('/api/export/events?format=csv');
      expect(events.status).toBe(200);
      expect(events.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(events.headers.get('content-disposition')).toBe('attachment; filename="puente-events.csv"');
      expect(readCsv(await events.text()).header).toEqual([...eventColumns]);

      const spanish = [...texts].find(([, text]) => text.startsWith('Aseguran'))![0];
      const one = await app.request(`/api/export/figures?format=json&document=${spanish}`);
      expect(one.headers.get('content-disposition')).toBe(`attachment; filename="puente-figures-${spanish}.json"`);
      const figures = (await one.json()) as FigureRecord[];
      expectValid('figures', figures);
      expect(new Set(figures.map((f) => f.source.document))).toEqual(new Set([spanish]));

      const typed = (await (
        await app.request('/api/export/events?format=json&type=coerce')
      ).json()) as PloverEventRecord[];
      expect(typed.length).toBeGreaterThan(0);
      expect(typed.every((e) => e.type === 'coerce')).toBe(true);

      const bundle = await app.request(`/api/export/evidence/${tunnels}?format=json`);
      expect(bundle.headers.get('content-disposition')).toBe(
        'attachment; filename="puente-evidence-us-mx-security-2025-border-security-tunnels.json"',
      );
      expectValid('evidence', await bundle.json());
      expect((await app.request('/api/export/evidence/us-mx-security-2025/no-such-thing')).status).toBe(404);
      expect((await app.request('/api/export/events?format=xml')).status).toBe(400);
      expect((await app.request('/api/export/events?document="x')).status).toBe(400);
    });

    it('exports files given on the command line without a store, and names what is wrong with the command', async () => {
      const io = captureIo();
      expect(await main(['export', 'figures', join(dir, 'aseguramiento-sonora.txt')], io)).toBe(0);
      expect(readCsv(printed(io.stdout)).rows.map((r) => r.figure_text)).toContain('2 mil litros');
      const out = join(dir, 'events.json');
      expect(await main(['export', 'events', dir, '--format', 'json', '--out', out], captureIo())).toBe(0);
      expectValid('events', JSON.parse(readFileSync(out, 'utf8')));
      const bad = captureIo();
      expect(await main(['export', 'people'], bad)).toBe(2);
      expect(bad.stderr.join('\n')).toContain('export needs what to export: events, quotes, figures, evidence');
      expect((await cli('events', '--format', 'xml')).code).toBe(2);
    });
  });
});
