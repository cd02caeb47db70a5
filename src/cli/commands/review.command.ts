import { parseArgs } from 'node:util';
import { actingOptions, actorFrom } from '../actor.js';
import { ExitCode } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/** `puente review [list] | accept ID --as NAME | reject ID --as NAME`: decide on evidence proposals. */
export async function reviewCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...actingOptions,
      commitment: { type: 'string' },
      limit: { type: 'string', default: '20' },
    },
  });
  const [action = 'list', id] = positionals;
  return withStore(values.db, io, async ({ review, documents, users }) => {
    if (action === 'list') {
      const pending = await review.list({ state: 'pending', commitmentId: values.commitment });
      io.out(
        `${pending.length} proposal${pending.length === 1 ? '' : 's'} await review${pending.length > Number(values.limit) ? ` (showing ${values.limit})` : ''}`,
      );
      for (const proposal of await documents.cite(pending.slice(0, Number(values.limit)))) {
        const sentence = proposal.text?.replace(/\s+/g, ' ') ?? '';
        io.out(`\n${proposal.id}  score ${proposal.score.toFixed(2)}  → ${proposal.commitmentId}`);
        io.out(`  "${sentence.length > 220 ? `${sentence.slice(0, 219)}…` : sentence}"`);
        io.out(`  ${proposal.documentTitle ?? proposal.documentId} · ${proposal.kind} · ${proposal.reason}`);
      }
      return ExitCode.ok;
    }
    if ((action === 'accept' || action === 'reject') && id) {
      const decided = await review.decide(
        await actorFrom(users, values),
        id,
        action === 'accept' ? 'accepted' : 'rejected',
      );
      io.out(`Proposal ${id} ${decided.state}: ${decided.commitmentId}`);
      return ExitCode.ok;
    }
    throw new UsageError('use: review [list] | review accept ID --as NAME | review reject ID --as NAME');
  });
}
