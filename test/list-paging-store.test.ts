// The store's side of paged lists, on both dialects: walking documents and proposals page by page
// with the keyset the API's cursors carry meets every row once, in the order of the whole list,
// ties included; and on SQLite the indexes of migration 0008 serve that order.
import { join } from 'node:path';
import { CompiledQuery, type Kysely, type KyselyPlugin, type RootOperationNode, type QueryId } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceProposal } from '../src/core/index.js';
import { readAgreementFile } from '../src/services/agreement-file.js';
import { TrackingService } from '../src/services/tracking.service.js';
import { DocumentsRepository, type StoredDocument } from '../src/store/repositories/documents.repository.js';
import { ProposalsRepository, type ProposalFilter } from '../src/store/repositories/proposals.repository.js';
import type { Database } from '../src/store/schema.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const documentCount = 23;
const hex = (n: number) => n.toString(16).padStart(16, '0');

/** Stores documents of our own making; three share each creation time, so the id breaks ties. */
async function addDocuments(db: Kysely<Database>) {
  const documents = new DocumentsRepository(db);
  for (let i = 0; i < documentCount; i++) {
    const text = `Report ${i}: the border working group met again and reviewed ${i} shipments.`;
    await documents.insert(
      {
        id: hex(1_000_003 * (documentCount - i)),
        title: `Report ${i}`,
        subtitle: null,
        published: null,
        authors: [],
        language: 'en',
        format: 'text',
        encoding: 'utf-8',
        byteSize: text.length,
        text,
        body: text,
        bodySpans: [{ start: 0, end: text.length }],
        chrome: [],
        messages: [],
        hints: {},
      },
      `2026-01-0${1 + (Math.floor(i / 3) % 9)}T10:00:00.000Z`,
    );
  }
}

/** Proposals with many equal scores (some a float4 column cannot hold exactly), over two commitments, in two states. */
function proposalsFor(commitments: readonly string[], documentIds: readonly string[]): EvidenceProposal[] {
  return Array.from({ length: 41 }, (_, i) => ({
    id: `p-${String((i * 17) % 41).padStart(2, '0')}`,
    commitmentId: commitments[i % 2]!,
    documentId: documentIds[i % documentIds.length]!,
    start: 0,
    end: 10,
    kind: 'sentence' as const,
    score: [0.5, 1.1, 2, 0.5, 0.84, 1.1][i % 6]!,
    reason: 'shares words',
    state: 'pending' as const,
    reviewedBy: null,
    reviewedAt: null,
  }));
}

/** Reads a list page by page, handing each page the key of the last row before it. */
async function walk<T, K>(read: (after: K | null, limit: number) => Promise<T[]>, key: (row: T) => K, limit: number) {
  const rows: T[] = [];
  const sizes: number[] = [];
  let after: K | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await read(after, limit);
    sizes.push(page.length);
    rows.push(...page);
    if (page.length < limit) break;
    after = key(page[page.length - 1]!);
  }
  return { rows, sizes };
}

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe('paged lists in the store', () => {
    let store: Awaited<ReturnType<typeof newTestStore>>;
    let commitments: string[];
    beforeAll(async () => {
      store = await newTestStore(dialect);
      await addDocuments(store.db);
      const agreement = await readAgreementFile(join(repoRoot, 'example', 'agreement.yaml'));
      await new TrackingService(store.db).importAgreement(agreement, {
        name: 'Secretariat',
        party: null,
        role: 'admin',
      });
      commitments = agreement.commitments.slice(0, 2).map((c) => c.id);
      const ids = (await new DocumentsRepository(store.db).list()).map((d) => d.id);
      const proposals = new ProposalsRepository(store.db);
      await proposals.addNew(proposalsFor(commitments, ids), '2026-01-10T00:00:00.000Z');
      // Some decided, so the state filter has work to do.
      for (const id of ['p-03', 'p-11', 'p-29'])
        await proposals.setState(id, 'accepted', 'Reviewer', '2026-01-11T00:00:00.000Z');
    }, 60_000);
    afterAll(async () => store?.close());

    it('walks the documents oldest first, a page at a time, meeting each once', async () => {
      const documents = new DocumentsRepository(store.db);
      const all = await documents.list();
      expect(all).toHaveLength(documentCount);
      expect(await documents.count()).toBe(documentCount);
      for (const limit of [1, 4, 5, documentCount, 50]) {
        const { rows, sizes } = await walk(
          (after: StoredDocument | null, n) => documents.listAfter(after, n),
          (d) => d,
          limit,
        );
        expect(rows.map((d) => d.id)).toEqual(all.map((d) => d.id));
        expect(sizes.slice(0, -1).every((n) => n === limit)).toBe(true);
      }
    });

    it('walks the proposals best first, ties by id, within each filter', async () => {
      const proposals = new ProposalsRepository(store.db);
      const filters: ProposalFilter[] = [
        {},
        { state: 'pending' },
        { state: 'accepted' },
        { state: 'pending', commitmentId: commitments[1]! },
        { state: 'pending', commitmentIds: commitments },
        { commitmentIds: [] },
      ];
      for (const filter of filters) {
        const all = await proposals.list({ state: filter.state, commitmentId: filter.commitmentId });
        const expected = filter.commitmentIds ? all.filter((p) => filter.commitmentIds!.includes(p.commitmentId)) : all;
        expect(await proposals.count(filter)).toBe(expected.length);
        const { rows } = await walk(
          (after: EvidenceProposal | null, n) => proposals.page(filter, after, n),
          (p) => p,
          4,
        );
        expect(rows.map((p) => p.id)).toEqual(expected.map((p) => p.id));
        expect(new Set(rows.map((p) => p.id)).size).toBe(rows.length);
      }
      expect(await proposals.count({})).toBe(41);
      expect(await proposals.count({ state: 'accepted' })).toBe(3);
    });

    it.runIf(dialect === 'sqlite')(
      "reads a page through an index in the list's order, without sorting the table",
      async () => {
        const plans = await explain(store.db, async (db) => {
          const after = (await new DocumentsRepository(db).listAfter(null, 2))[1]!;
          await new DocumentsRepository(db).listAfter(after, 5);
          const first = (await new ProposalsRepository(db).page({ state: 'pending' }, null, 2))[1]!;
          await new ProposalsRepository(db).page({ state: 'pending' }, first, 5);
          await new ProposalsRepository(db).page({ state: 'pending', commitmentId: commitments[0]! }, first, 5);
        });
        expect(plans).toHaveLength(5);
        for (const plan of plans) expect(plan).not.toMatch(/TEMP B-TREE/);
        expect(plans[1]).toMatch(/INDEX documents_created/);
        expect(plans[3]).toMatch(/INDEX proposals_state_score/);
        expect(plans[4]).toMatch(/INDEX proposals_commitment_score/);
      },
    );
  });
});

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe('storing proposals', () => {
    it('adds only the proposals not stored yet, many statements at once, and counts them', async () => {
      const store = await newTestStore(dialect);
      try {
        await addDocuments(store.db);
        const agreement = await readAgreementFile(join(repoRoot, 'example', 'agreement.yaml'));
        await new TrackingService(store.db).importAgreement(agreement, { name: 'Admin', party: null, role: 'admin' });
        const ids = (await new DocumentsRepository(store.db).list()).map((d) => d.id);
        const commitment = agreement.commitments[0]!.id;
        // More than one statement's worth, each a different passage of some document.
        const many: EvidenceProposal[] = Array.from({ length: 457 }, (_, i) => ({
          id: `m-${String(i).padStart(4, '0')}`,
          commitmentId: commitment,
          documentId: ids[i % ids.length]!,
          start: i,
          end: i + 9,
          kind: 'sentence' as const,
          score: 6 + (i % 7) / 4,
          reason: `shares "border" with the commitment (${i})`,
          state: 'pending' as const,
          reviewedBy: null,
          reviewedAt: null,
        }));
        const proposals = new ProposalsRepository(store.db);
        expect(await proposals.addNew(many.slice(0, 230), '2026-01-10T00:00:00.000Z')).toBe(230);
        // Stored again with the rest, the first ones are the same proposals: only the rest are new.
        expect(await proposals.addNew(many, '2026-01-11T00:00:00.000Z')).toBe(227);
        const stored = await proposals.list({});
        expect(stored.map((p) => p.id).sort()).toEqual(many.map((p) => p.id));
        const byId = new Map(stored.map((p) => [p.id, p]));
        for (const proposal of [many[0]!, many[229]!, many[230]!, many[456]!])
          expect(byId.get(proposal.id)).toMatchObject({
            documentId: proposal.documentId,
            start: proposal.start,
            end: proposal.end,
            reason: proposal.reason,
            state: 'pending',
          });
      } finally {
        await store.close();
      }
    }, 60_000);
  });
});

/** SQLite's plan for each query `run` sends, one line of details per query. */
async function explain(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<void>): Promise<string[]> {
  const nodes: Array<{ node: RootOperationNode; queryId: QueryId }> = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      nodes.push({ node: args.node, queryId: args.queryId });
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await run(db.withPlugin(capture));
  const plans: string[] = [];
  for (const { node, queryId } of nodes) {
    const compiled = db.getExecutor().compileQuery(node, queryId);
    const rows = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
    );
    plans.push(rows.rows.map((r) => r.detail).join(' | '));
  }
  return plans;
}
