/** What a page's JSON-LD says of its article. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly authors: readonly string[];
  readonly datePublished: string | null;
  /** The article's publisher, or the site's name. */
  readonly publisher: string | null;
}

// Read from the raw page, before scripts are stripped: JSON-LD lives in a script element.
const JSON_LD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage|CreativeWork|Posting/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: Json | undefined) =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The nodes of a JSON-LD value: arrays and `@graph` flattened, in document order. */
function nodesOf(value: Json, into: Array<{ [key: string]: Json }>): void {
  if (Array.isArray(value)) for (const item of value) nodesOf(item, into);
  else if (isObject(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) nodesOf(value['@graph'], into);
  }
}

function authorNames(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap(authorNames);
  if (typeof value === 'string') return text(value) ? [text(value)!] : [];
  if (isObject(value)) {
    const name = text(value.name);
    return name ? [name] : [];
  }
  return [];
}

/** Headline, authors and publication date of the first article-like node of the page's JSON-LD. */
export function readJsonLd(html: string): JsonLdArticle {
  const nodes: Array<{ [key: string]: Json }> = [];
  for (const match of html.matchAll(JSON_LD)) {
    try {
      nodesOf(JSON.parse(match[1]!.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json, nodes);
    } catch {
      // A page's broken JSON-LD is the page's problem: its other metadata still counts.
    }
  }
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  // A news article's node before a web page's: the page node often names the site, not the story.
  const ranked = [
    ...articles.filter((node) => typesOf(node).some((t) => /Article|BlogPosting|Report|Posting/.test(t))),
    ...articles,
  ];
  const pick = <T>(read: (node: { [key: string]: Json }) => T | null): T | null => {
    for (const node of ranked) {
      const value = read(node);
      if (value !== null) return value;
    }
    return null;
  };
  return {
    headline: pick((node) => text(node.headline) ?? null),
    authors:
      pick((node) => {
        const names = authorNames(node.author);
        return names.length ? names : null;
      }) ?? [],
    datePublished: pick((node) => text(node.datePublished)),
    publisher:
      pick((node) => authorNames(node.publisher)[0] ?? null) ??
      text(nodes.find((node) => typesOf(node).includes('WebSite'))?.name),
  };
}
