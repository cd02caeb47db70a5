import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { auditHash, type Actor } from '../src/core/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { loadAuditKey } from '../src/services/audit-key.js';
import { AuditService } from '../src/services/audit.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import { AuditRepository } from '../src/store/repositories/audit.repository.js';
import type { Database } from '../src/store/schema.js';
import { captureIo } from './helpers/capture-io.js';
import { steppingClock } from './helpers/clock.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreementFile = join(repoRoot, 'example', 'agreement.yaml');
const agreement = parseAgreementFile(readFileSync(agreementFile, 'utf8'), 'agreement.yaml');
const tunnels = 'us-mx-security-2025/border-security-tunnels';
const usDesk: Actor = { name: 'Dana Whitfield (State)', party: 'USA', role: 'assessor' };
const mxDesk: Actor = { name: 'Lucía Ortega (SRE)', party: 'MEX', role: 'assessor' };

/** What someone with write access to the store does to hide an edit: recompute every later hash and the head. */
async function rewriteEntry(db: Kysely<Database>, seq: number, after: unknown): Promise<void> {
  await sql`UPDATE audit_log SET after = ${JSON.stringify(after)} WHERE seq = ${seq}`.execute(db);
  const entries = await new AuditRepository(db).all();
  let prevHash = entries.find((e) => e.seq === seq - 1)!.hash;
  for (const entry of entries.filter((e) => e.seq >= seq)) {
    const hash = auditHash(entry.seq, entry, prevHash);
    await sql`UPDATE audit_log SET prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${entry.seq}`.execute(db);
    await sql`UPDATE audit_head SET seq = ${entry.seq}, hash = ${hash} WHERE id = 1`.execute(db);
    prevHash = hash;
  }
}

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let dir: string;
  let audit: AuditService;
  beforeEach(async () => {
    store = await newTestStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'puente-audit-'));
    const tracking = new TrackingService(store.db, steppingClock());
    await tracking.importAgreement(agreement, { name: 'Secretariat', party: null, role: 'admin' });
    await tracking.assess(usDesk, tunnels, 'USA', { status: 'minimal', narrative: 'Two tunnels closed.' });
    await tracking.assess(mxDesk, tunnels, 'MEX', { status: 'minimal', narrative: 'Mapping begun.' });
    await tracking.assess(usDesk, tunnels, 'USA', { status: 'intermediate', narrative: 'More closed.' });
    audit = new AuditService(store.db);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const key = () => loadAuditKey(join(dir, 'audit-key.pem'), { create: true });
  const problemsAgainst = async (saved: Awaited<ReturnType<AuditService['signedHead']>>) =>
    (await audit.verify({ against: saved, deploymentKey: await key() })).problems.map((p) => p.problem);

  describe('a head signed with the deployment key', () => {
    it('verifies while the log only grows', async () => {
      const saved = await audit.signedHead(await key());
      expect(saved).toMatchObject({ format: 'puente-audit-head/1', seq: 5 });
      await new TrackingService(store.db, steppingClock('2025-11-01T00:00:00Z')).assess(mxDesk, tunnels, 'MEX', {
        status: 'intermediate',
        narrative: 'Done too.',
      });
      expect(await problemsAgainst(saved)).toEqual([]);
      expect((await audit.checkState()).sort()).toEqual([]);
    });

    it('catches a consistent rewrite that the chain alone accepts', async () => {
      const saved = await audit.signedHead(await key());
      await rewriteEntry(store.db, 3, { status: 'complete', narrative: 'Mapping begun.', evidence: [] });
      expect((await audit.verify()).problems).toEqual([]);
      expect(await problemsAgainst(saved)).toEqual([
        'entry 5 no longer has the hash in the saved head: entries up to 5 were rewritten and their hashes recomputed',
      ]);
    });

    it('catches a truncation with the head moved back', async () => {
      const saved = await audit.signedHead(await key());
      await sql`DELETE FROM audit_log WHERE seq > 3`.execute(store.db);
      const third = (await new AuditRepository(store.db).all()).at(-1)!;
      await sql`UPDATE audit_head SET seq = 3, hash = ${third.hash} WHERE id = 1`.execute(store.db);
      expect((await audit.verify()).problems).toEqual([]);
      expect(await problemsAgainst(saved)).toEqual([
        'the log ends at entry 3, but the saved head shows entry 5: the log was truncated',
      ]);
    });

    it('catches a wipe of the log and its head', async () => {
      const saved = await audit.signedHead(await key());
      await sql`DELETE FROM audit_log`.execute(store.db);
      await sql`DELETE FROM audit_head`.execute(store.db);
      expect(await audit.verify()).toEqual({ entries: 0, problems: [] });
      expect(await problemsAgainst(saved)).toEqual([
        'the log is empty, but the saved head shows 5 entries: the log was wiped',
      ]);
    });

    it('rejects a saved head that was edited or signed with another key', async () => {
      const saved = await audit.signedHead(await key());
      expect(await problemsAgainst({ ...saved, seq: 4 })).toContain(
        "the saved head's signature does not match its content: the head file was altered",
      );
      const other = await audit.signedHead(generateKeyPairSync('ed25519').privateKey);
      expect(await problemsAgainst(other)).toEqual([
        "the saved head was signed with another key than this deployment's: the key was replaced, or the head comes from another store",
      ]);
    });

    it('is not signed over a broken chain', async () => {
      await sql`UPDATE audit_log SET actor = 'someone else' WHERE seq = 2`.execute(store.db);
      await expect(audit.signedHead(await key())).rejects.toThrow(
        /audit log: is not intact, so its head is not signed: entry 2 .* was edited/,
      );
    });
  });

  describe('the current state against what the log replays to', () => {
    it('names an assessment or joint status edited, added or deleted outside Puente', async () => {
      await sql`UPDATE assessments SET status = 'complete' WHERE party = 'USA'`.execute(store.db);
      await sql`UPDATE commitments SET joint_status = 'complete' WHERE id = ${tunnels}`.execute(store.db);
      await sql`DELETE FROM assessments WHERE party = 'MEX'`.execute(store.db);
      const fuel = agreement.commitments.find((c) => c.id !== tunnels)!.id;
      await sql`INSERT INTO assessments (commitment_id, party, status, narrative, updated_at, updated_by) VALUES (${fuel}, 'MEX', 'complete', 'x', '2025-10-01', 'nobody')`.execute(
        store.db,
      );
      expect((await audit.verify()).problems).toEqual([]);
      expect((await audit.checkState()).sort()).toEqual(
        [
          `commitment ${tunnels}: the joint status is complete, but the log replays to minimal: it was changed outside Puente`,
          `USA's assessment of ${tunnels} differs from what the log replays to (status complete (log: intermediate)): it was changed outside Puente`,
          `MEX's assessment of ${fuel} is in the store but not in the log: it was added outside Puente`,
          `the log records MEX's assessment of ${tunnels}, but the store has none: it was deleted outside Puente`,
        ].sort(),
      );
    });
  });
});

describe('puente audit head / verify --against', () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'puente-audit-cli-'));
    db = join(dir, 'store.db');
    expect(await main(['agreement', 'import', agreementFile, '--db', db, '--as', 'Secretariat'], captureIo())).toBe(0);
    expect(
      await main(
        [
          'assess',
          tunnels,
          '--party',
          'USA',
          '--as',
          'Dana',
          '--status',
          'minimal',
          '--narrative',
          'Two closed.',
          '--db',
          db,
        ],
        captureIo(),
      ),
    ).toBe(0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the key beside the store, and finds a wipe against the saved head', async () => {
    const head = join(dir, 'head.json');
    expect(await main(['audit', 'head', '--db', db, '--out', head], captureIo())).toBe(0);
    expect(statSync(`${db}.audit-key.pem`).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(head, 'utf8'))).toMatchObject({ seq: 2 });
    const intact = captureIo();
    expect(await main(['audit', 'verify', '--db', db, '--against', head], intact)).toBe(0);
    expect(intact.stdout[0]).toMatch(
      /^Audit log intact: 2 entries, each linked to the one before, and entry 2 still has the hash of the head saved on /,
    );

    const { openDatabase } = await import('../src/store/database.js');
    const store = await openDatabase({ dialect: 'sqlite', path: db });
    await sql`DELETE FROM audit_log`.execute(store);
    await sql`DELETE FROM audit_head`.execute(store);
    await store.destroy();
    const wiped = captureIo();
    expect(await main(['audit', 'verify', '--db', db, '--against', head], wiped)).toBe(1);
    expect(wiped.stderr).toContain('audit: the log is empty, but the saved head shows 2 entries: the log was wiped');
  });

  it('names a head file that is not one, in one line', async () => {
    const bad = join(dir, 'head.json');
    writeFileSync(bad, '{"format":"puente-audit-head/1","seq":-1}');
    const io = captureIo();
    expect(await main(['audit', 'verify', '--db', db, '--against', bad], io)).toBe(1);
    expect(io.stderr).toEqual([
      `puente audit: ${bad}: is not a saved audit head (seq: Too small: expected number to be >=0)`,
    ]);
  });
});
