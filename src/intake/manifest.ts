/**
 * Manifests: files that list articles, one a line (JSON Lines) or a row (CSV), as exports of news
 * databases and scrapers do — `url`, `title`, `published`, `source`, `language`, `authors`, and
 * either the article's `text` or the `path` of a file that holds it. Every row is checked with zod;
 * a bad row is named (file:line and the reason) and the others go through.
 */
import { extname } from 'node:path';
import { z } from 'zod';
import { delimiterOf, parseCsv } from './manifest-csv.js';

/** One article a manifest lists: where it is, and the metadata the manifest states for it. */
export interface ManifestEntry {
  /** The line the entry starts on, for messages ("articles.csv:7"). */
  readonly line: number;
  readonly url?: string;
  readonly title?: string;
  /** YYYY-MM-DD (YYYY-MM when only the month is given). */
  readonly published?: string;
  /** The outlet or publisher. */
  readonly source?: string;
  /** ISO 639-1, lower case. */
  readonly language?: string;
  readonly authors?: readonly string[];
  readonly text?: string;
  /** As written in the manifest: relative paths are relative to the manifest's folder. */
  readonly path?: string;
}

/** What a manifest yields: its entries, and one line per row that could not be used. */
export interface ParsedManifest {
  readonly entries: readonly ManifestEntry[];
  readonly errors: readonly string[];
}

const MANIFEST_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.csv', '.tsv']);

/** Whether a path names a manifest, by its extension. */
export function isManifestPath(path: string): boolean {
  return MANIFEST_EXTENSIONS.has(extname(path).toLowerCase());
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && !value.trim() ? undefined : value === null ? undefined : value;
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

const entrySchema = z
  .object({
    url: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
    ),
    title: optionalText,
    published: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(
          /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/,
          'must be a date as YYYY-MM-DD',
        )
        .transform((value) => value.slice(0, value.length >= 10 && value[7] === '-' ? 10 : 7))
        .optional(),
    ),
    source: optionalText,
    language: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?$/, 'must be a language code such as en, es or es-MX')
        .transform((value) => value.slice(0, 2).toLowerCase())
        .optional(),
    ),
    authors: z.preprocess(
      (value) =>
        typeof value === 'string' && value.trim() ? value.split(/\s*;\s*/).filter(Boolean) : blankToUndefined(value),
      z.array(z.string().trim().min(1)).optional(),
    ),
    text: z.preprocess(blankToUndefined, z.string().optional()),
    path: optionalText,
  })
  .refine((entry) => (entry.text === undefined) !== (entry.path === undefined), {
    error: (issue) =>
      (issue.input as { text?: unknown }).text === undefined
        ? 'needs the article: a text or a path'
        : 'gives both text and path; give one',
  });

/** The first problem zod found, as "field: reason". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function entryOf(record: unknown, line: number, file: string, errors: string[]): ManifestEntry | null {
  const parsed = entrySchema.safeParse(record);
  if (!parsed.success) {
    errors.push(`${file}:${line}: ${firstIssue(parsed.error)}`);
    return null;
  }
  const entry: Record<string, unknown> = { line };
  for (const [key, value] of Object.entries(parsed.data)) if (value !== undefined) entry[key] = value;
  return entry as unknown as ManifestEntry;
}

/** Reads a JSON Lines manifest: one JSON object a line; blank lines are passed over. */
function parseJsonLines(content: string, file: string): ParsedManifest {
  const entries: ManifestEntry[] = [];
  const errors: string[] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    if (!text.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      errors.push(`${file}:${index + 1}: is not valid JSON (${(error as Error).message})`);
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      errors.push(`${file}:${index + 1}: is not a JSON object`);
      return;
    }
    const entry = entryOf(record, index + 1, file, errors);
    if (entry) entries.push(entry);
  });
  return { entries, errors };
}

/** Reads a CSV (or TSV) manifest: a header row naming the columns, then one article a row. */
function parseDelimited(content: string, file: string): ParsedManifest {
  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  const records = parseCsv(content, extname(file).toLowerCase() === '.tsv' ? '\t' : delimiterOf(firstLine));
  const [header, ...rows] = records;
  const columns = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  if (!columns.includes('text') && !columns.includes('path')) {
    return { entries: [], errors: [`${file}:1: is not a manifest: its header names neither a text nor a path column`] };
  }
  const entries: ManifestEntry[] = [];
  const errors: string[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      errors.push(
        `${file}:${row.line}: has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'} where the header has ${columns.length}`,
      );
      continue;
    }
    const record = Object.fromEntries(columns.map((column, i) => [column, row.fields[i]]));
    const entry = entryOf(record, row.line, file, errors);
    if (entry) entries.push(entry);
  }
  return { entries, errors };
}

/** Parses a manifest's content; `file` names it in messages, and its extension says the format. */
export function parseManifest(content: string, file: string): ParsedManifest {
  const text = content.replace(/^\uFEFF/, '');
  return /\.(?:jsonl|ndjson)$/i.test(file) ? parseJsonLines(text, file) : parseDelimited(text, file);
}
