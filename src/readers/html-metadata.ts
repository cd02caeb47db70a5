import type { DocumentHints } from '../core/index.js';

const TITLE_SELECTORS = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'];
const AUTHOR_SELECTORS = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]'];
const DATE_SELECTORS = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
  'meta[name="sailthru.date"]', 'meta[property="og:published_time"]',
];

function firstContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Splits an author string ("Jane Doe and John Roe", "Ana Ruiz, Luis Paz") into names; drops URLs. */
function splitAuthors(value: string | null): string[] {
  if (!value || /^https?:/i.test(value)) return [];
  return value
    .replace(/^(?:by|por)\s+/i, '')
    .split(/\s*,\s*|\s+(?:and|y|&)\s+/)
    .map((name) => name.trim())
    .filter((name) => name.length > 1);
}

/** Title, authors, published date and language that a page states in its markup. */
export function readHtmlMetadata(document: Document): DocumentHints {
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = firstContent(document, TITLE_SELECTORS) ?? h1 ?? pageTitle;
  const authorsFromMeta = splitAuthors(firstContent(document, AUTHOR_SELECTORS));
  const authorElements = Array.from(document.querySelectorAll('[rel="author"], [itemprop="author"]'))
    .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  const time = document.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime') ?? null;
  const published = firstContent(document, DATE_SELECTORS) ?? time;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  const authors = authorsFromMeta.length ? authorsFromMeta : [...new Set(authorElements.flatMap((a) => splitAuthors(a)))];
  return { title, authors, published, language };
}
