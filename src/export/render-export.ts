import type { AnalysisRecords } from './analysis-records.js';
import { eventTable, figureTable, quoteTable } from './analysis-tables.js';
import { toCsv } from './csv.js';
import { evidenceTable, type EvidenceBundle } from './evidence-bundle.js';

/** What can be exported: the analysis's events, quotes and figures, and a commitment's evidence. */
export const exportKinds = ['events', 'quotes', 'figures', 'evidence'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** The formats of an export. */
export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An export ready to write or send: its bytes as text, media type and a file name to save it as. */
export interface RenderedExport {
  readonly body: string;
  readonly mediaType: string;
  readonly fileName: string;
}

const mediaTypes: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Events (PLOVER-style records in JSON), quotes or figures in the format asked for. */
export function renderAnalysisExport(
  kind: Exclude<ExportKind, 'evidence'>,
  format: ExportFormat,
  records: AnalysisRecords,
): RenderedExport {
  const body =
    format === 'json'
      ? json(records[kind])
      : kind === 'events'
        ? toCsv(eventTable(records.events))
        : kind === 'quotes'
          ? toCsv(quoteTable(records.quotes))
          : toCsv(figureTable(records.figures));
  return { body, mediaType: mediaTypes[format], fileName: `puente-${kind}.${format}` };
}

/** An evidence bundle in the format asked for; named after the commitment when it holds one alone. */
export function renderEvidenceExport(
  format: ExportFormat,
  bundle: EvidenceBundle,
  commitmentId?: string,
): RenderedExport {
  const body = format === 'json' ? json(bundle) : toCsv(evidenceTable(bundle));
  const subject = (commitmentId ?? bundle.agreement.id).replace(/[^A-Za-z0-9._-]+/g, '-');
  return { body, mediaType: mediaTypes[format], fileName: `puente-evidence-${subject}.${format}` };
}
