import { parseArgs } from 'node:util';
import { z } from 'zod';
import { implementationStatuses, statusLabels, type Evidence } from '../../core/index.js';
import { actingOptions, actorFrom } from '../actor.js';
import { ExitCode } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

const evidenceSchema = z
  .string()
  .regex(/^[0-9a-f]{16}:\d+-\d+$/, 'expected DOCUMENT:START-END, e.g. 9c3aabe0f3374254:1201-1342');

/**
 * `puente assess COMMITMENT --party CODE --as NAME --status S --narrative TEXT [--evidence DOC:START-END]... [--for CODE]`:
 * records the acting party's own assessment; `--for` another party is refused by the service.
 */
export async function assessCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...actingOptions,
      for: { type: 'string' },
      status: { type: 'string' },
      narrative: { type: 'string', default: '' },
      evidence: { type: 'string', multiple: true, default: [] },
    },
  });
  const [commitmentId] = positionals;
  if (!commitmentId) throw new UsageError('assess needs a commitment id (see puente agreement show ID)');
  const status = z.enum(implementationStatuses).safeParse(values.status);
  if (!status.success)
    throw new UsageError(`--status ${values.status ?? '(missing)'}: use one of ${implementationStatuses.join(', ')}`);
  const evidence: Evidence[] = values.evidence.map((raw) => {
    const parsed = evidenceSchema.safeParse(raw);
    if (!parsed.success) throw new UsageError(`--evidence ${raw}: ${parsed.error.issues[0]?.message}`);
    const [documentId, range] = raw.split(':') as [string, string];
    const [start, end] = range.split('-').map(Number) as [number, number];
    return { documentId, start, end, kind: 'sentence', note: null };
  });
  return withStore(values.db, io, async ({ users, tracking }) => {
    const actor = await actorFrom(users, values);
    if (!actor.party) throw new UsageError("assess needs --party CODE: an assessment is always one party's own");
    const party = values.for ?? actor.party;
    const { changes } = await tracking.assess(actor, commitmentId, party, {
      status: status.data,
      narrative: values.narrative,
      evidence,
    });
    io.out(`${party} assessment of ${commitmentId}: ${statusLabels[status.data]}`);
    for (const change of changes.filter((c) => c.scope === 'joint'))
      io.out(`Joint status now ${statusLabels[change.to]}: ${change.reason}`);
    return ExitCode.ok;
  });
}
