import type { DocumentHints, MetadataSource } from '../core/index.js';
import { readJsonLd, type JsonLdArticle } from './html-json-ld.js';
import { cutSiteName, cutTitleElement, sharesWords } from './html-title.js';

// Meta keys in order of trust, folded: lower case, with `.` and `-` turned into `:` so that
// "DC.date", "dc:date" and "parsely-pub-date" are looked up alike.
const TITLE_KEYS = ['dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'twitter:title', 'parsely:title', 'title'];
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely:author', 'article:author', 'byl', 'sailthru:author'];
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'parsely:pub:date', 'dc:date:issued', 'dcterms:issued',
  'dc:date', 'dcterms:date', 'date', 'pubdate', 'publishdate', 'publish:date', 'published_at', 'sailthru:date', 'citation_publication_date',
];
const SITE_KEYS = ['og:site_name', 'application:name', 'twitter:site'];

const squash = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
const metaKey = (key: string) => key.trim().toLowerCase().replace(/\s*[.-]\s*/g, ':');

/**
 * Every `<meta>` of the page by its folded key, each key with all its values in page order. Where a
 * key is stated both as a `property` (the attribute Open Graph and RDFa define) and as a `name`
 * (the copy plugins add beside it), the property's values count and the name's are dropped.
 */
function metaValues(document: Document): Map<string, string[]> {
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (into: Map<string, string[]>, key: string, content: string) => {
    if (!key) return;
    const folded = metaKey(key);
    const values = into.get(folded);
    if (!values) into.set(folded, [content]);
    else if (!values.includes(content)) values.push(content);
  };
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = squash(meta.getAttribute('content'));
    if (!content) continue;
    for (const key of (meta.getAttribute('property') ?? '').split(/\s+/)) add(byProperty, key, content);
    add(byName, meta.getAttribute('name') ?? '', content);
    add(byName, meta.getAttribute('itemprop') ?? '', content);
  }
  for (const [key, values] of byName) if (!byProperty.has(key)) byProperty.set(key, values);
  return byProperty;
}

function firstOf(values: ReadonlyMap<string, readonly string[]>, keys: readonly string[]): { value: string; all: readonly string[]; key: string } | null {
  for (const key of keys) {
    const all = values.get(key);
    if (all?.length) return { value: all[0]!, all, key };
  }
  return null;
}

// One word (a surname, hyphens and apostrophes allowed), a comma, then up to four given names
// ("Ana"), initials ("A.", "J.-P.") or particles ("de"), with no second comma: "Reuters, AP" is two names.
const INVERTED_NAME = /^\p{Lu}[\p{L}'’-]+,(?:\s+(?:\p{Lu}\p{Ll}[\p{L}'’-]*|(?:\p{Lu}\.-?)+|\p{Ll}{1,3}))+$/u;

/** Splits an author string ("Jane Doe and John Roe", "Ana Ruiz, Luis Paz") into names; drops URLs. */
export function splitAuthors(value: string | null | undefined): string[] {
  if (!value || /^(?:https?:|www\.|@)/i.test(value)) return [];
  // "Ruiz, Ana" or "Ruiz, A.": one name written surname first, as library catalogues and Dublin
  // Core write it, and such names are listed with semicolons.
  return value
    .replace(/^(?:by|por)\s+/i, '')
    .split(/\s*;\s*/)
    .flatMap((names) => (INVERTED_NAME.test(names.trim()) && !/\s(?:and|y|&)\s/i.test(names) ? [names.trim()] : names.split(/\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y|&)\s+/i)))
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && !/^https?:/i.test(name));
}

/** Title, authors, published date and language that a page states in its markup, each with where it came from. */
export function readHtmlMetadata(document: Document, rawHtml: string): DocumentHints {
  const meta = metaValues(document);
  const jsonLd: JsonLdArticle = readJsonLd(rawHtml);
  const site = firstOf(meta, SITE_KEYS);
  const siteName = site?.value ?? null;
  const h1 = squash(document.querySelector('article h1, main h1, h1')?.textContent) || null;
  const pageTitle = squash(document.querySelector('title')?.textContent) || null;

  let title: { value: string; source: MetadataSource } | null = null;
  const metaTitle = firstOf(meta, TITLE_KEYS);
  // JSON-LD's headline is the one the article shows; social titles are often reworded for sharing.
  // Some JSON-LD "headline" holds a description: it counts when it says what another title says.
  if (jsonLd.headline && sharesWords(jsonLd.headline, [metaTitle?.value ?? null, pageTitle, h1])) title = { value: jsonLd.headline, source: 'json-ld headline' };
  else if (metaTitle) title = { value: metaTitle.value, source: `meta ${metaTitle.key}` };
  else if (pageTitle) title = { value: cutTitleElement(pageTitle, h1), source: 'title element' };
  else if (h1) title = { value: h1, source: 'h1' };
  if (title) title = { ...title, value: cutSiteName(title.value, siteName, h1) };

  let authors: { value: string[]; source: MetadataSource } = { value: [], source: null };
  const metaAuthor = firstOf(meta, AUTHOR_KEYS);
  if (jsonLd.authors.length) authors = { value: jsonLd.authors.flatMap(splitAuthors), source: 'json-ld author' };
  // A page with several authors may give each its own meta element ("DC.creator" twice).
  if (!authors.value.length && metaAuthor) authors = { value: [...new Set(metaAuthor.all.flatMap(splitAuthors))], source: `meta ${metaAuthor.key}` };
  if (!authors.value.length) {
    const marked = Array.from(document.querySelectorAll('[rel="author"], [itemprop="author"]'))
      .map((element) => squash(element.textContent))
      .filter((value) => value && value.length < 80);
    authors = { value: [...new Set(marked.flatMap(splitAuthors))], source: 'rel=author' };
  }

  // JSON-LD states the first publication; a page's meta tags are often rewritten with each update.
  let published: { value: string; source: MetadataSource } | null = null;
  const metaDate = firstOf(meta, DATE_KEYS);
  if (jsonLd.datePublished) published = { value: jsonLd.datePublished, source: 'json-ld datePublished' };
  else if (metaDate) published = { value: metaDate.value, source: `meta ${metaDate.key}` };
  else {
    const time = document.querySelector('article time[datetime], time[pubdate], main time[datetime], time[datetime]')?.getAttribute('datetime');
    if (time) published = { value: time.trim(), source: 'time element' };
  }

  // A Twitter handle ("@border_desk") names an account, not the outlet.
  const outlet = siteName && !siteName.startsWith('@') ? { value: siteName, source: `meta ${site!.key}` } : jsonLd.publisher ? { value: jsonLd.publisher, source: 'json-ld publisher' } : null;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  return {
    title: title?.value ?? null,
    authors: authors.value,
    published: published?.value ?? null,
    language,
    site: outlet?.value ?? null,
    sources: {
      title: title?.source ?? null, authors: authors.value.length ? authors.source : null, published: published?.source ?? null, language: language ? 'html lang' : null,
      ...(outlet ? { site: outlet.source } : {}),
    },
  };
}
