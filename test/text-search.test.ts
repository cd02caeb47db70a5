import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { IngestService } from '../src/services/ingest.service.js';
import { StoredAnalysisService } from '../src/services/stored-analysis.service.js';
import { TextSearchRepository } from '../src/store/repositories/text-search.repository.js';
import type { Database } from '../src/store/schema.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

// Two short reports of our own, one per language.
const english = [
  'Crews seal a smuggling tunnel near the border',
  '',
  'Engineers sealed a tunnel that smugglers had dug under the border fence, officials said on 14 October 2025. The crews filled the passage with concrete.',
].join('\n');
const spanish = [
  'Autoridades presentan un informe de seguridad pública',
  '',
  'La Secretaría de Seguridad Pública presentó el 20 de octubre de 2025 un informe sobre los túneles clausurados en la frontera norte.',
].join('\n');

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let dir: string;
  let ids: { english: string; spanish: string };
  beforeAll(async () => {
    store = await newTestStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'puente-search-'));
    writeFileSync(join(dir, 'tunnel.txt'), english);
    writeFileSync(join(dir, 'informe.txt'), spanish);
    const { outcomes } = await new IngestService(store.db).ingestPaths(
      [join(dir, 'tunnel.txt'), join(dir, 'informe.txt')],
      defaultReadLimits,
    );
    ids = { english: outcomes[0]!.id, spanish: outcomes[1]!.id };
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a word with or without its accents, and each hit is in the document that holds it', async () => {
    const service = new StoredAnalysisService(store.db);
    try {
      for (const query of ['seguridad publica', 'Seguridad Pública']) {
        const { hits } = await service.search(query);
        expect(hits.map((hit) => hit.document)).toEqual([ids.spanish, ids.spanish]);
      }
      const { hits } = await service.search('sealed tunnel');
      expect(new Set(hits.map((hit) => hit.document))).toEqual(new Set([ids.english]));
      expect((await service.search('concrete túneles')).hits).toEqual([]);
    } finally {
      await service.close();
    }
  });

  it(
    dialect === 'postgres'
      ? 'has PostgreSQL pick the documents: stemmed per language, accents folded'
      : 'has no full-text search of its own on SQLite',
    async () => {
      const search = new TextSearchRepository(store.db);
      if (dialect === 'sqlite') {
        expect(search.native).toBe(false);
        expect(await search.matching('tunnel')).toBeNull();
        return;
      }
      // "tunnels" and "seals" stem to the words the English report uses; "publicas" and "túnel" to the Spanish one's.
      expect(await search.matching('tunnels seals')).toEqual([ids.english]);
      expect(await search.matching('seguridad publicas')).toEqual([ids.spanish]);
      expect(await search.matching('tunel')).toEqual([ids.spanish]);
      expect(await search.matching('"smuggling tunnel" -concrete')).toEqual([]);
      expect(await search.matching('frontera')).toEqual([ids.spanish]);
    },
  );
});
