import type { DocumentHints } from '../core/index.js';
import { splitAuthors } from './html-metadata.js';

/** What a PDF says of itself: its Info dictionary, and XMP fields where Info is silent. */
export interface PdfMetadataInput {
  readonly info: Readonly<Record<string, unknown>>;
  /** XMP values by name (`dc:title`, `dc:creator`, `xmp:createdate`), as pdf.js reads them. */
  readonly xmp: ReadonlyMap<string, unknown> | null;
}

// Titles that word processors and converters write in place of one.
const PLACEHOLDER_TITLE =
  /^(?:untitled|sin título|document\d*|microsoft (?:word|powerpoint) - .*)$|\.(?:docx?|odt|rtf|pdf|pptx?|indd)$/i;
// D:YYYYMMDDHHmmSSOHH'mm — only the date is kept, as written (the author's own day).
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null);

/** An ISO date (YYYY-MM-DD, or YYYY-MM) from a PDF date string or an XMP date; null when unreadable. */
export function pdfDate(value: unknown): string | null {
  const written = text(value);
  if (!written) return null;
  const match = ISO_DATE.exec(written) ?? PDF_DATE.exec(written);
  if (!match?.[2]) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : null];
  if (year < 1990 || month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return day === null ? `${match[1]}-${match[2]}` : `${match[1]}-${match[2]}-${match[3]}`;
}

/** Title, authors, creation date (as the publication date) and language, each with where it was read. */
export function readPdfMetadata({ info, xmp }: PdfMetadataInput): DocumentHints {
  const xmpText = (key: string) => {
    const value = xmp?.get(key);
    return Array.isArray(value) ? text(value.join('; ')) : text(value);
  };
  const pick = (candidates: ReadonlyArray<readonly [string | null, string]>) => {
    const found = candidates.find(([value]) => value !== null);
    return found ? { value: found[0]!, source: found[1] } : null;
  };
  const titleOf = (value: string | null) => (value !== null && PLACEHOLDER_TITLE.test(value) ? null : value);
  const title = pick([
    [titleOf(text(info.Title)), 'pdf Title'],
    [titleOf(xmpText('dc:title')), 'pdf xmp dc:title'],
  ]);
  const author = pick([
    [text(info.Author), 'pdf Author'],
    [xmpText('dc:creator'), 'pdf xmp dc:creator'],
  ]);
  const published = pick([
    [pdfDate(info.CreationDate), 'pdf CreationDate'],
    [pdfDate(xmp?.get('xmp:createdate')), 'pdf xmp CreateDate'],
  ]);
  const language = pick([[text(info.Language), 'pdf Lang']]);
  const authors = splitAuthors(author?.value);
  return {
    title: title?.value ?? null,
    authors,
    published: published?.value ?? null,
    publishedSource: 'metadata',
    language: language?.value ?? null,
    sources: {
      title: title?.source ?? null,
      authors: authors.length ? author!.source : null,
      published: published?.source ?? null,
      language: language?.source ?? null,
    },
  };
}
