import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/database.js';

describe('an embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-store-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes ahead to a log, checks references, and keeps temporary tables and statement journals in memory', async () => {
    const db = await openDatabase({ dialect: 'sqlite', path: join(dir, 'store.db') });
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw<Record<string, unknown>>(`PRAGMA ${name}`).execute(db)).rows[0]!)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      // 2 = MEMORY: a statement journal spilled to a new file under /var/tmp for every stored document.
      expect(await pragma('temp_store')).toBe(2);
    } finally {
      await db.destroy();
    }
  });
});
