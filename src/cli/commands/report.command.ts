import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toHtml, toMarkdown } from '../../export/report-blocks.js';
import { agreementIdFrom } from '../default-agreement.js';
import { ExitCode } from '../exit-codes.js';
import { todayFrom } from '../today.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/** `puente report --format md|html [--out FILE] [--since DATE] [--today DATE]`: the next meeting's report. */
export async function reportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      since: { type: 'string' },
      today: { type: 'string' },
      agreement: { type: 'string' },
    },
  });
  if (values.format !== 'md' && values.format !== 'html')
    throw new UsageError(`--format ${values.format}: use md or html`);
  return withStore(values.db, io, async ({ reports, tracking }) => {
    const { title, blocks } = await reports.meetingReport(await agreementIdFrom(tracking, values.agreement), {
      today: values.today === undefined ? null : todayFrom(values.today),
      since: values.since ?? null,
    });
    const output = values.format === 'html' ? toHtml(blocks, title) : toMarkdown(blocks);
    if (values.out) {
      await writeFile(values.out, output);
      io.out(`Wrote ${values.out}`);
    } else io.out(output.trimEnd());
    return ExitCode.ok;
  });
}
