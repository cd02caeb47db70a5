import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../src/core/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { AuditService } from '../src/services/audit.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { steppingClock } from './helpers/clock.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = 'us-mx-security-2025/border-security-tunnels';
const usDesk: Actor = { name: 'Dana Whitfield (State)', party: 'USA', role: 'assessor' };
const mxDesk: Actor = { name: 'Lucía Ortega (SRE)', party: 'MEX', role: 'assessor' };
const secretariat: Actor = { name: 'Secretariat', party: null, role: 'admin' };

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let tracking: TrackingService;
  beforeEach(async () => {
    store = await newTestStore(dialect);
    tracking = new TrackingService(store.db, steppingClock());
    await tracking.importAgreement(agreement, secretariat);
  });
  afterEach(() => store.close());

  it("walks a commitment through both parties' assessments; the joint status moves only when both agree", async () => {
    await tracking.assess(usDesk, tunnels, 'USA', { status: 'minimal', narrative: 'Two tunnels closed near Nogales.' });
    let view = await tracking.commitment(tunnels);
    expect(view.jointStatus).toBe('not_started');
    expect(view.assessments.map((a) => [a.party, a.status])).toEqual([['USA', 'minimal']]);

    await tracking.assess(mxDesk, tunnels, 'MEX', {
      status: 'intermediate',
      narrative: 'Army mapping of tunnels in Baja California is under way.',
    });
    view = await tracking.commitment(tunnels);
    expect(view.jointStatus).toBe('not_started');
    expect(view.assessments.map((a) => [a.party, a.status])).toEqual([
      ['MEX', 'intermediate'],
      ['USA', 'minimal'],
    ]);

    const { changes } = await tracking.assess(usDesk, tunnels, 'USA', {
      status: 'intermediate',
      narrative: 'Agree: mapping and closures both advancing.',
    });
    expect(changes.map((c) => [c.scope, c.from, c.to])).toEqual([
      ['USA', 'minimal', 'intermediate'],
      ['joint', 'not_started', 'intermediate'],
    ]);
    view = await tracking.commitment(tunnels);
    expect(view.jointStatus).toBe('intermediate');
    expect(view.history.map((c) => `${c.scope}:${c.from ?? '-'}→${c.to} by ${c.by}`)).toEqual([
      'USA:-→minimal by Dana Whitfield (State)',
      'MEX:-→intermediate by Lucía Ortega (SRE)',
      'USA:minimal→intermediate by Dana Whitfield (State)',
      'joint:not_started→intermediate by all parties',
    ]);
    expect(view.history.at(-1)!.reason).toBe(
      'Confirmed by USA (Dana Whitfield (State)) and MEX (Lucía Ortega (SRE)): intermediate',
    );
  });

  it("refuses to let one party write the other's assessment, and writes nothing", async () => {
    await expect(tracking.assess(usDesk, tunnels, 'MEX', { status: 'complete', narrative: 'Done.' })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(tracking.assess(usDesk, tunnels, 'MEX', { status: 'complete', narrative: 'Done.' })).rejects.toThrow(
      "Dana Whitfield (State) speaks for USA and cannot write MEX's assessment: each party keeps its own",
    );
    await expect(
      tracking.assess(secretariat, tunnels, 'USA', { status: 'complete', narrative: 'Done.' }),
    ).rejects.toThrow(ForbiddenError);
    const view = await tracking.commitment(tunnels);
    expect(view.assessments).toEqual([]);
    expect(view.history).toEqual([]);
  });

  it('re-importing the agreement keeps statuses', async () => {
    await tracking.assess(usDesk, tunnels, 'USA', { status: 'minimal', narrative: 'Started.' });
    await tracking.assess(mxDesk, tunnels, 'MEX', { status: 'minimal', narrative: 'Started.' });
    await tracking.importAgreement(agreement, secretariat);
    expect((await tracking.commitment(tunnels)).jointStatus).toBe('minimal');
  });

  describe('audit verify', () => {
    beforeEach(async () => {
      await tracking.assess(usDesk, tunnels, 'USA', { status: 'minimal', narrative: 'Two tunnels closed.' });
      await tracking.assess(mxDesk, tunnels, 'MEX', { status: 'minimal', narrative: 'Mapping begun.' });
      await tracking.assess(usDesk, tunnels, 'USA', { status: 'intermediate', narrative: 'More closed.' });
    });

    it('finds an intact log intact', async () => {
      const result = await new AuditService(store.db).verify();
      expect(result).toEqual({ entries: 5, problems: [] });
    });

    it('finds an edited entry and says which', async () => {
      await sql`UPDATE audit_log SET after = ${JSON.stringify({ status: 'complete' })} WHERE seq = 3`.execute(store.db);
      const { problems } = await new AuditService(store.db).verify();
      expect(problems.map((p) => p.problem)).toEqual([
        `entry 3 (assessment.write on ${tunnels}#MEX) was edited: its content no longer matches its hash`,
      ]);
    });

    it('finds a deleted entry', async () => {
      await sql`DELETE FROM audit_log WHERE seq = 2`.execute(store.db);
      const { problems } = await new AuditService(store.db).verify();
      expect(problems.map((p) => p.problem)).toEqual([
        'entries 2–2 are missing (deleted)',
        'entry 3 does not follow entry 1: an entry was deleted or moved',
      ]);
    });

    it('finds entries deleted from the end', async () => {
      await sql`DELETE FROM audit_log WHERE seq = 5`.execute(store.db);
      const { problems } = await new AuditService(store.db).verify();
      expect(problems.map((p) => p.problem)).toEqual([
        'the log ends at entry 4, but entry 5 was the last one written: entries were deleted from the end',
      ]);
    });

    it('finds reordered entries', async () => {
      // Swap the numbers of entries 2 and 3 (through a free number, as the key is unique).
      await sql`UPDATE audit_log SET seq = 100 WHERE seq = 2`.execute(store.db);
      await sql`UPDATE audit_log SET seq = 2 WHERE seq = 3`.execute(store.db);
      await sql`UPDATE audit_log SET seq = 3 WHERE seq = 100`.execute(store.db);
      const { problems } = await new AuditService(store.db).verify();
      expect(problems.map((p) => p.seq)).toEqual([2, 2, 3, 3, 4]);
      expect(problems[0]!.problem).toBe('entry 2 does not follow entry 1: an entry was deleted or moved');
    });
  });
});
