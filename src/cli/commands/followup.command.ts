import { parseArgs } from 'node:util';
import { statusLabels, statusWords, type ImplementationStatus } from '../../core/index.js';
import { agreementIdFrom } from '../default-agreement.js';
import { ExitCode } from '../exit-codes.js';
import { todayFrom } from '../today.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/** `puente followup [--since DATE] [--today DATE] [--agreement ID]`: what needs the group's attention. */
export async function followupCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      since: { type: 'string' },
      today: { type: 'string' },
      agreement: { type: 'string' },
    },
  });
  if (values.since && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
    throw new UsageError(`--since ${values.since}: expected YYYY-MM-DD`);
  return withStore(values.db, io, async ({ followup, tracking }) => {
    const report = await followup.followup(await agreementIdFrom(tracking, values.agreement), {
      today: values.today === undefined ? null : todayFrom(values.today),
      since: values.since ?? null,
    });
    io.out(
      `Follow-up of ${report.agreementId} on ${report.today}${report.lastMeeting ? `; the group last met on ${report.lastMeeting.date}` : ''}`,
    );
    io.out(`\nOverdue (${report.overdue.length}):`);
    for (const item of report.overdue)
      io.out(
        `  ${item.due}  ${item.title} — ${item.what} (${-item.daysLeft} days late; joint status ${statusLabels[item.jointStatus as 'minimal'] ?? item.jointStatus})`,
      );
    io.out(`\nDue in the next 30 days (${report.dueSoon.length}):`);
    for (const item of report.dueSoon) io.out(`  ${item.due}  ${item.title} — ${item.what} (in ${item.daysLeft} days)`);
    io.out(`\nChanged since ${report.since ?? 'the start'} (${report.changes.length}):`);
    for (const change of report.changes)
      io.out(
        `  ${change.at.slice(0, 10)}  ${change.commitmentId}  ${change.scope}: ${change.from ? statusWords(change.from as ImplementationStatus) : '—'} → ${statusWords(change.to as ImplementationStatus)} (${change.by})`,
      );
    io.out(
      `\nEvidence awaiting review: ${report.awaitingReview.length} proposal${report.awaitingReview.length === 1 ? '' : 's'} (puente review)`,
    );
    return ExitCode.ok;
  });
}
