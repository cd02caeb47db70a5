/**
 * A document's body is stored as spans of its text, and its layers and messages packed; rows
 * stored the old way (a body of its own, plain JSON) still read back alike.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { bodyOf } from '../src/export/contract-json.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { DocumentAnalyses } from '../src/services/document-analyses.js';
import { IngestService } from '../src/services/ingest.service.js';
import { analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const file = join(repoRoot, 'example', 'documents', '03-prisoner-transfers-2025.txt');

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: Awaited<ReturnType<typeof newTestStore>>;
  beforeEach(async () => void (store = await newTestStore(dialect)));
  afterEach(() => store.close());

  it('keeps one copy of the text, and reads the body and the analysis back as they were made', async () => {
    const { outcomes } = await new IngestService(store.db).ingestPaths([file], defaultReadLimits);
    const id = outcomes[0]!.id;
    const row = await store.db
      .selectFrom('documents')
      .select(['text', 'body', 'body_spans'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const analysis = analyzeDocument((await new DocumentsRepository(store.db).sourceDocument(id))!);
    if (isFailedAnalysis(analysis)) throw new Error(analysis.failure.reason);
    const body = bodyOf(row.text, analysis.layers.clean.paragraphs);
    expect(body.length).toBeGreaterThan(1000);
    expect(row.body).toBe('');
    expect((await new DocumentsRepository(store.db).get(id))!.body).toBe(body);
    const stored = await store.db
      .selectFrom('document_analyses')
      .select(['layers', 'messages'])
      .where('document_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.layers!.length).toBeLessThan(JSON.stringify(analysis.layers).length / 3);
    const [loaded] = await new DocumentAnalyses(store.db).load([id]);
    expect(JSON.stringify(loaded!.layers)).toBe(JSON.stringify(analysis.layers));
    expect(loaded!.messages).toEqual(analysis.messages);

    // A row as stored before: the body written out, the layers as plain JSON.
    await store.db.updateTable('documents').set({ body, body_spans: null }).where('id', '=', id).execute();
    await store.db
      .updateTable('document_analyses')
      .set({ layers: JSON.stringify(analysis.layers), messages: JSON.stringify(analysis.messages) })
      .where('document_id', '=', id)
      .execute();
    expect((await new DocumentsRepository(store.db).get(id))!.body).toBe(body);
    const [old] = await new DocumentAnalyses(store.db).load([id]);
    expect(JSON.stringify(old!.layers)).toBe(JSON.stringify(analysis.layers));
  });
});
