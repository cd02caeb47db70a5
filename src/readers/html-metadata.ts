import type { DocumentHints, MetadataSource } from '../core/index.js';
import { readJsonLd, type JsonLdArticle } from './html-json-ld.js';
import { cutSiteName, cutTitleElement, sharesWords } from './html-title.js';

// Meta keys in order of trust, folded: lower case, with `.` and `-` turned into `:` so that
// "DC.date", "dc:date" and "parsely-pub-date" are looked up alike.
const TITLE_KEYS = ['dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'twitter:title', 'parsely:title', 'title'];
const AUTHOR_KEYS = [
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  'author',
  'parsely:author',
  'article:author',
  'byl',
  'sailthru:author',
];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely:pub:date',
  'dc:date:issued',
  'dcterms:issued',
  'dc:date',
  'dcterms:date',
  'date',
  'pubdate',
  'publishdate',
  'publish:date',
  'published_at',
  'sailthru:date',
  'citation_publication_date',
];
const SITE_KEYS = ['og:site_name', 'application:name', 'twitter:site'];

const squash = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
const fold = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const metaKey = (key: string) =>
  key
    .trim()
    .toLowerCase()
    .replace(/\s*[.-]\s*/g, ':');

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

function firstOf(
  values: ReadonlyMap<string, readonly string[]>,
  keys: readonly string[],
): { value: string; all: readonly string[]; key: string } | null {
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
    .flatMap((names) =>
      INVERTED_NAME.test(names.trim()) && !/\s(?:and|y|&)\s/i.test(names)
        ? [names.trim()]
        : // "&" joins two names, not a name and a letter: "Pixel & i" is one magazine's name.
          names.split(/\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y)\s+|(?<=\p{L}{2})\s+&\s+(?=\p{L}{2})/iu),
    )
    .map((name) => name.replace(/[\s,;:|·•—–-]+$/u, '').trim())
    .filter((name) => name.length > 1 && !/^https?:/i.test(name));
}

// What a site calls the element that holds its name or logo.
const LOGO_CLASS = /logo|brand|masthead|site-?(?:title|name)/i;
// A link to a site's front page: "/", "./", "index.html", "https://host/".
const FRONT_PAGE = /^(?:\.?\/|(?:\.\/)?index\.\w+|(?:https?:)?\/\/[^/]+\/?)$/i;

/** Whether an `h1` holds the site's name rather than a headline: the site's name, a logo, or one link to the front page. */
function isSiteHeading(heading: Element, text: string, siteName: string | null): boolean {
  if (siteName && fold(text) === fold(siteName)) return true;
  const marked = [heading, ...Array.from(heading.children)].some((element) =>
    LOGO_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`),
  );
  if (marked) return true;
  const links = heading.querySelectorAll('a[href]');
  return (
    links.length === 1 &&
    squash(links[0]!.textContent) === text &&
    FRONT_PAGE.test(links[0]!.getAttribute('href')!.trim())
  );
}

/** The page's headline among its `h1` elements: the first inside the article or main content, else the first; never the site's own heading. */
function pageHeadline(document: Document, siteName: string | null): string | null {
  let first: string | null = null;
  for (const heading of Array.from(document.querySelectorAll('h1'))) {
    const text = squash(heading.textContent);
    if (!text || isSiteHeading(heading, text, siteName)) continue;
    if (heading.closest('article, main, [role="main"]')) return text;
    first ??= text;
  }
  return first;
}

/** How far above the first author link another may sit and still be of the same byline ("By <a>A</a> and <a>B</a>"). */
const BYLINE_LEVELS = 2;
// A word of a name as a byline shows it: capitalised ("(R.J.)" too) or in a script without case
// ("個人"), or a lower-case particle of up to three letters ("de", "van").
const NAME_WORD = /^(?:[("“]?[\p{Lu}\p{Lo}][\p{L}'’.)"”-]*|\p{Ll}{1,3})$/u;
const NAME_START = /^[("“]?[\p{Lu}\p{Lo}]/u;

/**
 * A piece of a byline as a name: its words while they are shaped as a name's, up to six. A piece
 * that goes on in other words keeps its name when two words or more lead it ("Ana Ruiz (with …)"),
 * and names nobody otherwise ("Last Updated: …").
 */
function nameOf(piece: string, fewest: number): string | null {
  const words = piece.split(' ');
  let n = 0;
  while (n < words.length && n < 7 && NAME_WORD.test(words[n]!)) n++;
  if (!n || n > 6 || !NAME_START.test(words[0]!)) return null;
  const whole = n === words.length;
  // A particle ends no name: "Ana Ruiz de" cut before the rest is "Ana Ruiz".
  while (n > 1 && /^\p{Ll}/u.test(words[n - 1]!)) n--;
  return n >= (whole ? fewest : 2) ? words.slice(0, n).join(' ') : null;
}

/**
 * The names a byline's text shows: "Written by Ana Ruiz and Tom Keller", or "Ana Ruiz\n March 11,
 * 2015" where a date sits in the same element. A name has no digits, so the byline ends where they
 * begin, and the word just before them, apart from them, is the date's ("Ana Ruiz May 14, 2026");
 * what is left of a byline cut so must be a name of two words or more ("Published May 14" names
 * nobody). A piece not shaped as a name ("Last Updated: …") names nobody either.
 */
export function bylineNames(value: string): string[] {
  let names = value.split(/\n|\s{3,}/)[0]!;
  const digits = names.search(/\d/);
  if (digits >= 0) names = names.slice(0, digits).replace(/\s+\S+\s+$|\s+$/u, '');
  // A label ends with a colon: "Last Updated:" before a date names nobody, "By: Ana Ruiz" names her.
  if (/:\s*$/.test(names)) return [];
  names = names
    .replace(/^[^:]{1,20}:\s*/u, '')
    .replace(/^\s*\p{L}+\s+(?=(?:by|por)\s)/iu, '')
    .replace(/\s+/g, ' ');
  // A byline that calls someone by the role ("Follow this author", "About the author") is a control or
  // a heading of the page, not a name.
  if (/(?:^|\s)(?:authors?|autor(?:a|es|as)?)(?=\s|$)/iu.test(names)) return [];
  return splitAuthors(names).flatMap((piece) => nameOf(piece, digits >= 0 ? 2 : 1) ?? []);
}

/**
 * Authors the page marks in its body: `rel=author` links and microdata `itemprop=author` (its
 * `itemprop=name` when it has one). Only those of the first byline count, not the bylines of
 * other stories listed further down; and only text shaped as a name ("View my profile" is not).
 */
function markedAuthors(document: Document): string[] {
  // Both attributes hold lists of words: `itemprop="author creator"` marks an author too.
  const marked = Array.from(document.querySelectorAll('[rel~="author"], [itemprop~="author"]'));
  const first = marked[0];
  if (!first) return [];
  let byline: Element = first;
  for (let k = 0; k < BYLINE_LEVELS && byline.parentElement; k++) byline = byline.parentElement;
  const names: string[] = [];
  for (const element of marked) {
    // An author element inside another is the same name again (a microdata person's link).
    if (
      element === byline ||
      !byline.contains(element) ||
      marked.some((other) => other !== element && other.contains(element))
    )
      continue;
    const value = squash((element.querySelector('[itemprop~="name"]') ?? element).textContent);
    if (!value || value.length >= 80) continue;
    for (const name of bylineNames(value)) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Title, authors, published date and language that a page states in its markup, each with where it came from. */
export function readHtmlMetadata(document: Document, rawHtml: string): DocumentHints {
  const meta = metaValues(document);
  const jsonLd: JsonLdArticle = readJsonLd(rawHtml);
  const site = firstOf(meta, SITE_KEYS);
  const siteName = site?.value ?? null;
  const h1 = pageHeadline(document, siteName);
  const pageTitle = squash(document.querySelector('title')?.textContent) || null;

  let title: { value: string; source: MetadataSource } | null = null;
  const metaTitle = firstOf(meta, TITLE_KEYS);
  // JSON-LD's headline is the one the article shows; social titles are often reworded for sharing.
  // Some JSON-LD "headline" holds a description: it counts when it says what another title says.
  if (jsonLd.headline && sharesWords(jsonLd.headline, [metaTitle?.value ?? null, pageTitle, h1]))
    title = { value: jsonLd.headline, source: 'json-ld headline' };
  else if (metaTitle) title = { value: metaTitle.value, source: `meta ${metaTitle.key}` };
  else if (pageTitle) title = { value: cutTitleElement(pageTitle, h1), source: 'title element' };
  else if (h1) title = { value: h1, source: 'h1' };
  if (title) title = { ...title, value: cutSiteName(title.value, siteName, h1) };

  let authors: { value: string[]; source: MetadataSource } = { value: [], source: null };
  const metaAuthor = firstOf(meta, AUTHOR_KEYS);
  if (jsonLd.authors.length) authors = { value: jsonLd.authors.flatMap(splitAuthors), source: 'json-ld author' };
  // A page with several authors may give each its own meta element ("DC.creator" twice).
  if (!authors.value.length && metaAuthor)
    authors = { value: [...new Set(metaAuthor.all.flatMap(splitAuthors))], source: `meta ${metaAuthor.key}` };
  if (!authors.value.length) authors = { value: markedAuthors(document), source: 'rel=author' };
  // Last: the creator a page names for social cards, when it is a name rather than an account ("@site").
  const creator = firstOf(meta, ['twitter:creator']);
  if (!authors.value.length && creator && !/^@|\/\//.test(creator.value))
    authors = { value: splitAuthors(creator.value), source: 'meta twitter:creator' };

  // JSON-LD states the first publication; a page's meta tags are often rewritten with each update.
  let published: { value: string; source: MetadataSource } | null = null;
  const metaDate = firstOf(meta, DATE_KEYS);
  if (jsonLd.datePublished) published = { value: jsonLd.datePublished, source: 'json-ld datePublished' };
  else if (metaDate) published = { value: metaDate.value, source: `meta ${metaDate.key}` };
  else {
    // One selector at a time: a selector list finds the first element in the page that matches any.
    const time = ['article time[datetime]', 'time[pubdate]', 'main time[datetime]', 'time[datetime]']
      .map((selector) => document.querySelector(selector)?.getAttribute('datetime'))
      .find((value) => value?.trim());
    if (time) published = { value: time.trim(), source: 'time element' };
  }

  // A Twitter handle ("@border_desk") names an account, not the outlet.
  const outlet =
    siteName && !siteName.startsWith('@')
      ? { value: siteName, source: `meta ${site!.key}` }
      : jsonLd.publisher
        ? { value: jsonLd.publisher, source: 'json-ld publisher' }
        : null;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  return {
    title: title?.value ?? null,
    authors: authors.value,
    published: published?.value ?? null,
    language,
    site: outlet?.value ?? null,
    sources: {
      title: title?.source ?? null,
      authors: authors.value.length ? authors.source : null,
      published: published?.source ?? null,
      language: language ? 'html lang' : null,
      ...(outlet ? { site: outlet.source } : {}),
    },
  };
}
