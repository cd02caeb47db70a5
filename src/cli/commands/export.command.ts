import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  exportFormats,
  exportKinds,
  renderAnalysisExport,
  renderEvidenceExport,
  type ExportFormat,
  type RenderedExport,
} from '../../export/render-export.js';
import { recordsOfPaths } from '../../services/export.service.js';
import { agreementIdFrom } from '../default-agreement.js';
import { ExitCode } from '../exit-codes.js';
import { readLimitsFrom } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/**
 * `puente export events|quotes|figures [PATH...] --format csv|json [--out FILE]`: the stored
 * documents' (or the given files') events, quotes or figures; `puente export evidence [COMMITMENT]`:
 * the evidence bundle of one commitment or of every commitment of the agreement.
 */
export async function exportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      agreement: { type: 'string' },
      today: { type: 'string' },
      'max-size': { type: 'string' },
    },
  });
  const [kind, ...rest] = positionals;
  if (!kind || !(exportKinds as readonly string[]).includes(kind))
    throw new UsageError(`export needs what to export: ${exportKinds.join(', ')}`);
  const format = values.format as ExportFormat;
  if (!exportFormats.includes(format)) throw new UsageError(`--format ${values.format}: use csv or json`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`--today ${values.today}: expected YYYY-MM-DD`);

  if (kind === 'evidence') {
    if (rest.length > 1) throw new UsageError('export evidence takes at most one commitment id');
    return withStore(values.db, io, async ({ tracking, exports }) => {
      const [commitment] = rest;
      // A commitment id names its agreement ("agreement/local"); a local id needs the default agreement.
      const agreementId = commitment?.includes('/')
        ? commitment.slice(0, commitment.indexOf('/'))
        : await agreementIdFrom(tracking, values.agreement);
      const commitmentId = commitment && !commitment.includes('/') ? `${agreementId}/${commitment}` : commitment;
      const bundle = await exports.evidence({ agreementId, commitmentId, today: values.today });
      return emit(renderEvidenceExport(format, bundle, commitmentId), values.out, io, ExitCode.ok);
    });
  }
  const what = kind as 'events' | 'quotes' | 'figures';
  if (rest.length) {
    const { records, problems } = await recordsOfPaths(rest, readLimitsFrom(values['max-size']));
    for (const problem of problems) io.error(printable(problem.message));
    return emit(
      renderAnalysisExport(what, format, records),
      values.out,
      io,
      problems.some((p) => p.fatal) ? ExitCode.someInputsFailed : ExitCode.ok,
    );
  }
  return withStore(values.db, io, async ({ exports }) =>
    emit(renderAnalysisExport(what, format, await exports.records()), values.out, io, ExitCode.ok),
  );
}

/** Writes the export to `--out` (saying so on stderr) or to standard output. */
async function emit(rendered: RenderedExport, out: string | undefined, io: CommandIo, code: number): Promise<number> {
  if (out) {
    await writeFile(out, rendered.body);
    io.error(`Wrote ${out}`);
  } else io.out(rendered.body.replace(/\n$/, ''));
  return code;
}
