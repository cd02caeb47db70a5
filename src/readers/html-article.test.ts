import { describe, expect, it } from 'vitest';
import { analyzeRead } from '#test/helpers/documents.js';
import { defaultReadLimits } from './reader.js';
import { htmlReader } from './html.reader.js';
import { bylineNames, splitAuthors } from './html-metadata.js';

/** Reads a page we wrote and runs the pipeline: the text, the hints and the clean layer. */
function analyzePage(html: string) {
  const read = htmlReader.read(Buffer.from(html), 'page.html', defaultReadLimits);
  const { clean } = analyzeRead(read, { name: 'page.html' }).layers;
  const body = clean.paragraphs.map((p) => read.text.slice(p.start, p.end));
  const chrome = clean.chrome.map((c) => ({ text: read.text.slice(c.start, c.end), reason: c.reason }));
  return { read, clean, body, chrome };
}

const paragraphs = [
  'Mexican and American officials met in Monterrey on Thursday to review the security program signed last year, the foreign ministry said in a statement.',
  'The delegations agreed to share more data on weapons seized at the border and to meet again before the end of the year, according to the statement.',
  'Officials from both countries described the talks as frank and said the working groups would report back to their ministers within sixty days.',
];
const article = paragraphs.map((p) => `<p>${p}</p>`).join('\n');

describe('HTML article and metadata', () => {
  it('ok: menus, ticker, headline, standfirst, byline and date line are out of the body; the metadata keeps them', () => {
    const { read, clean, body, chrome } = analyzePage(`<!doctype html><html lang="es"><head>
<title>Officials Review Security Program in Monterrey | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Valley Courier"},
{"@type":"NewsArticle","headline":"Officials Review Security Program in Monterrey","datePublished":"2026-05-14T08:00:00-06:00","author":[{"@type":"Person","name":"Lucía Ferrer"},{"@type":"Person","name":"Tom Keller"}]}]}</script>
</head><body>
<div class="top"><a href="/">Home</a>   <a href="/world">World</a>   <a href="/sports">Sports</a></div>
<div class="ticker">Breaking: storms close two highways</div>
<div class="story"><h1>Officials Review Security Program in Monterrey</h1>
<p class="dek">Both delegations promised to share more data on seized weapons</p>
<p class="byline">By Lucía Ferrer and Tom Keller</p>
<p class="date">May 14, 2026</p>
<div class="content">${article}</div></div>
</body></html>`);
    expect(body[0]).toBe(paragraphs[0]);
    expect(body.join('\n')).not.toMatch(/Breaking|Officials Review|By Lucía|May 14, 2026|Home/);
    expect(chrome.map((c) => c.text)).toEqual(expect.arrayContaining(['Breaking: storms close two highways']));
    expect(clean.title?.value).toBe('Officials Review Security Program in Monterrey');
    expect(clean.subtitle?.value).toBe('Both delegations promised to share more data on seized weapons');
    expect(clean.authors.map((a) => a.value)).toEqual(['Lucía Ferrer', 'Tom Keller']);
    expect(clean.published?.value).toBe('2026-05-14');
    expect(read.hints.sources).toMatchObject({
      title: 'json-ld headline',
      authors: 'json-ld author',
      published: 'json-ld datePublished',
      language: 'html lang',
    });
  });

  it('takes the stated headline, not a hidden menu or a tip box above it, and cuts the site name', () => {
    const { clean, body } =
      analyzePage(`<!doctype html><html><head><title>Navy Takes Over Customs at Pacific Ports - Harbor Daily</title>
<meta property="og:site_name" content="Harbor Daily"></head><body>
<div class="network">Our Network Sites</div>
<div class="tip">Got a tip? Write to us</div>
<article><h1>Navy Takes Over Customs at Pacific Ports</h1>${article}</article></body></html>`);
    expect(clean.title?.value).toBe('Navy Takes Over Customs at Pacific Ports');
    expect(body).toEqual(paragraphs);
  });

  it("not-ok: the site's own h1 (a logo, a link to the front page) is not taken for the headline when cutting the title", () => {
    for (const logo of [
      '<h1><a href="/">Harbor Daily</a></h1>',
      '<h1 class="site-logo">Harbor Daily</h1>',
      '<h1><a href="index.html">Harbor Daily</a></h1>',
    ]) {
      const { read, clean } =
        analyzePage(`<!doctype html><html><head><title>Navy Takes Over Customs at Pacific Ports · Harbor Daily</title></head><body>
<div class="top">${logo}</div><div class="story"><h1>Navy Takes Over Customs at Pacific Ports</h1>${article}</div></body></html>`);
      expect(read.hints.title).toBe('Navy Takes Over Customs at Pacific Ports');
      expect(clean.title?.value).toBe('Navy Takes Over Customs at Pacific Ports');
    }
  });

  it("authors marked in the body: the first byline's links and microdata names, not other stories' bylines nor a profile link", () => {
    const { read } =
      analyzePage(`<!doctype html><html><head><title>Officials Review Security Program</title></head><body>
<article><h1>Officials Review Security Program</h1>
<p class="byline">By <a rel="author" href="/p/lf">Lucía Ferrer</a> and <span itemprop="author" itemscope><span itemprop="name">Tom Keller</span> —</span></p>
${article}</article>
<div class="more"><div><div><div><ul><li><a href="/x">Arms Seizures Rise in Sonora</a> by <a rel="author" href="/p/rp">Rosa Paz</a></li></ul></div></div></div></div>
<div class="widget"><a rel="author" href="/p/lf">View my complete profile</a></div></body></html>`);
    expect(read.hints.authors).toEqual(['Lucía Ferrer', 'Tom Keller']);
    expect(read.hints.sources?.authors).toBe('rel=author');
  });

  it('microdata that marks an author among other properties ("author creator") is an author, before a related story\'s byline', () => {
    const { read } =
      analyzePage(`<!doctype html><html><head><title>Officials Review Security Program</title></head><body>
<article><h1>Officials Review Security Program</h1>
<div class="info"><span itemprop="author creator" itemscope><a href="/a/wire"><span itemprop="name">Border Wire</span></a></span> 14 May 2026</div>
<aside><h3>On the same subject</h3><a href="/x">Arms Seizures Rise in Sonora</a><p class="byline">By Rosa Paz</p></aside>
${article}</article></body></html>`);
    expect(read.hints.authors).toEqual(['Border Wire']);
    expect(read.hints.sources?.authors).toBe('rel=author');
  });

  it('keeps a table that is the article, cells set apart, rather than taking its rows for menus', () => {
    const { body, chrome } =
      analyzePage(`<!doctype html><html><head><title>Seizures by Port of Entry</title></head><body>
<nav><a href="/">Home</a> | <a href="/data">Data</a> | <a href="/maps">Maps</a></nav>
<article><h1>Seizures by Port of Entry</h1>${article}
<table><tr><th>Port</th><th>Seizures</th><th>Change</th></tr>
<tr><td>Nogales</td><td>412</td><td>up 8%</td></tr><tr><td>Laredo</td><td>388</td><td>down 3%</td></tr></table>
<p>Figures for the last quarter will be published in the spring, the agency said, once the count of seizures at every crossing is complete.</p></article></body></html>`);
    expect(body).toEqual(
      expect.arrayContaining(['Port | Seizures | Change', 'Nogales | 412 | up 8%', 'Laredo | 388 | down 3%']),
    );
    expect(chrome.map((c) => c.text)).not.toContain('Nogales | 412 | up 8%');
  });

  it('publication date from a time element in the article, with its source', () => {
    const { read, clean } =
      analyzePage(`<!doctype html><html><head><title>Officials Review Security Program</title></head><body>
<article><h1>Officials Review Security Program</h1><time datetime="2026-03-02T10:00:00Z">2 March</time>${article}</article></body></html>`);
    expect(clean.published?.value).toBe('2026-03-02');
    expect(read.hints.sources?.published).toBe('time element');
  });

  it('not-ok: a JSON-LD headline that is a description, not the title, is not taken', () => {
    const { clean } = analyzePage(`<!doctype html><html><head><title>Ciudad Juárez - Border Atlas</title>
<script type="application/ld+json">{"@type":"Article","headline":"city in the state of Chihuahua"}</script></head><body>
<h1>Ciudad Juárez</h1>${article}</body></html>`);
    expect(clean.title?.value).toBe('Ciudad Juárez');
  });

  it("a headline the page words differently from its og:title: the markup's wording is the title, the line stays out of the body", () => {
    const { read, clean, body } =
      analyzePage(`<!doctype html><html><head><title>Talks on seized weapons resume | The Valley Courier</title>
<meta property="og:title" content="Monterrey talks: delegations agree to share weapons data"></head><body>
<article><h1>Monterrey talks: the delegations agree to share more weapons data</h1>${article}</article></body></html>`);
    expect(clean.title?.value).toBe('Monterrey talks: delegations agree to share weapons data');
    expect(clean.title?.span && read.text.slice(clean.title.span.start, clean.title.span.end)).toBe(
      'Monterrey talks: the delegations agree to share more weapons data',
    );
    expect(body).toEqual(paragraphs);
  });

  it('a meta key stated as a property wins over the same key stated as a name', () => {
    const { read } = analyzePage(`<!doctype html><html><head><title>Officials Review Security Program</title>
<meta name="og:title" content="Copied title from a plugin"><meta property="og:title" content="Officials Review Security Program">
<meta name="dc.creator" content="Copied Author"><meta property="dc:creator" content="Lucía Ferrer"></head><body>
<article><h1>Officials Review Security Program</h1>${article}</article></body></html>`);
    expect(read.hints).toMatchObject({ title: 'Officials Review Security Program', authors: ['Lucía Ferrer'] });
    expect(read.hints.sources).toMatchObject({ title: 'meta og:title', authors: 'meta dc:creator' });
  });

  it('authors in several meta elements, each a name written surname first', () => {
    const { read } = analyzePage(`<!doctype html><html><head><title>Officials Review Security Program</title>
<meta name="DC.Creator" content="Ferrer, L."><meta name="DC.Creator" content="Keller, Tom van"></head><body>
<article><h1>Officials Review Security Program</h1>${article}</article></body></html>`);
    expect(read.hints.authors).toEqual(['Ferrer, L.', 'Keller, Tom van']);
  });

  it('not-ok: text hidden by an inline style is not read', () => {
    const { read } =
      analyzePage(`<!doctype html><html><head><title>Officials Review Security Program</title></head><body>
<div style="display: none">Menu of every section</div><article><h1>Officials Review Security Program</h1>${article}</article></body></html>`);
    expect(read.text).not.toContain('Menu of every section');
  });
});

describe('splitAuthors', () => {
  it('ok: one name written surname first, and such names listed with semicolons', () => {
    expect(splitAuthors('Ferrer, Lucía')).toEqual(['Ferrer, Lucía']);
    expect(splitAuthors('Keller, T. J.; Ferrer, Lucía de')).toEqual(['Keller, T. J.', 'Ferrer, Lucía de']);
  });

  it('not-ok: a list of names or of agencies is not one inverted name', () => {
    expect(splitAuthors('Lucía Ferrer, Tom Keller')).toEqual(['Lucía Ferrer', 'Tom Keller']);
    expect(splitAuthors('Staff, AP')).toEqual(['Staff', 'AP']);
    expect(splitAuthors('By Ferrer, Keller and Ruiz')).toEqual(['Ferrer', 'Keller', 'Ruiz']);
    expect(splitAuthors('Lucía Ferrer & Tom Keller')).toEqual(['Lucía Ferrer', 'Tom Keller']);
  });

  it('ok: an ampersand before a single letter is part of one name, not a list', () => {
    expect(splitAuthors('Pixel & i')).toEqual(['Pixel & i']);
  });
});

describe('bylineNames', () => {
  it('ok: the names of a byline, without its cue, the date in its element or what follows the names', () => {
    expect(bylineNames('Written by Lucía Ferrer and Tom Keller')).toEqual(['Lucía Ferrer', 'Tom Keller']);
    expect(bylineNames('ROSA PAZ\n      May 14, 2026 9:10 AM')).toEqual(['ROSA PAZ']);
    expect(bylineNames('Tom Keller14 May 2026')).toEqual(['Tom Keller']);
    expect(bylineNames('Lucía Ferrer (con la redacción de Monterrey)')).toEqual(['Lucía Ferrer']);
    expect(bylineNames('編集部')).toEqual(['編集部']);
  });

  it('not-ok: a date line or a link label names nobody', () => {
    expect(bylineNames('Last Updated: May 14, 2026')).toEqual([]);
    expect(bylineNames('Published May 14, 2026 at 9:10 am')).toEqual([]);
    expect(bylineNames('View my complete profile')).toEqual([]);
    expect(bylineNames('Follow this author')).toEqual([]);
    expect(bylineNames('About the Author')).toEqual([]);
    expect(bylineNames('Author: Lucía Ferrer')).toEqual(['Lucía Ferrer']);
  });
});
