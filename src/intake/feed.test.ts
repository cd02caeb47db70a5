import { describe, expect, it } from 'vitest';
import { feedDate } from './feed-dates.js';
import { isFeed, isFullText, parseFeed } from './feed.js';

const bytes = (text: string) => Buffer.from(text);
const base = 'https://desk.example/feeds/main.xml';
/** A feed we wrote, read as if fetched from `base`. */
const feedOf = (source: string) => parseFeed(bytes(source), base, base);

describe('feedDate', () => {
  it("reads RFC 822 dates and keeps the publisher's offset, so the day is theirs", () => {
    expect(feedDate('Wed, 10 Dec 2025 21:40:00 -0600')).toBe('2025-12-10T21:40:00-06:00');
    expect(feedDate('Thu, 11 Dec 2025 03:40:00 GMT')).toBe('2025-12-11T03:40:00Z');
    expect(feedDate('Mon, 7 Jul 2025 09:05 CDT')).toBe('2025-07-07T09:05:00-05:00');
    expect(feedDate('7 Jul 25 09:05:00 +0000')).toBe('2025-07-07T09:05:00Z');
    expect(feedDate('mié, 10 dic 2025 12:00:00 -0600')).toBe('2025-12-10T12:00:00-06:00');
  });

  it('reads RFC 3339 and bare dates, and refuses impossible ones', () => {
    expect(feedDate('2025-12-10T21:40:00-06:00')).toBe('2025-12-10T21:40:00-06:00');
    expect(feedDate('2025-12-10T21:40:00.123+0530')).toBe('2025-12-10T21:40:00+05:30');
    expect(feedDate('2025-12-10')).toBe('2025-12-10');
    expect(feedDate('2025-02-30T10:00:00Z')).toBeNull();
    expect(feedDate('Mon, 31 Feb 2025 10:00:00 GMT')).toBeNull();
    expect(feedDate('soon')).toBeNull();
    expect(feedDate('')).toBeNull();
  });
});

const longText = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i} says that the delegations met again to review border inspections.`,
).join(' ');

describe('parseFeed', () => {
  it('reads RSS 2.0: links, guids, dates, authors, full content and descriptions', () => {
    const feed = feedOf(
      `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Border Desk &amp; Wire</title><link>https://desk.example/</link>
<item><title>Talks resume in Monterrey</title><link>/2025/12/10/talks.html</link><guid isPermaLink="false">desk-101</guid>
<pubDate>Wed, 10 Dec 2025 21:40:00 -0600</pubDate><dc:creator>Ana Ruiz</dc:creator><description>&lt;p&gt;Short teaser.&lt;/p&gt;</description></item>
<item><title><![CDATA[Port inspections <em>expand</em>]]></title><guid>https://desk.example/2025/12/11/ports.html</guid>
<author>desk@desk.example (Tom Keller)</author><content:encoded><![CDATA[<p>${longText}</p>]]></content:encoded></item>
</channel></rss>`,
    );
    expect(feed).toMatchObject({ kind: 'rss', title: 'Border Desk & Wire', link: 'https://desk.example/' });
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      id: 'desk-101',
      url: 'https://desk.example/2025/12/10/talks.html',
      title: 'Talks resume in Monterrey',
      published: '2025-12-10T21:40:00-06:00',
      publishedField: 'pubDate',
      authors: ['Ana Ruiz'],
      content: null,
      summary: { format: 'html', value: '<p>Short teaser.</p>' },
    });
    expect(isFullText(first!.summary)).toBe(false);
    // A guid that is a permalink is the item's link; the author's e-mail is not a name.
    expect(second).toMatchObject({
      url: 'https://desk.example/2025/12/11/ports.html',
      title: 'Port inspections expand',
      authors: ['Tom Keller'],
      published: null,
    });
    expect(isFullText(second!.content)).toBe(true);
  });

  it('reads Atom: the alternate link, text constructs of each type, published before updated', () => {
    const feed = feedOf(
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Ministry Releases</title><link rel="self" href="https://min.example/atom.xml"/><link href="https://min.example/"/>
<entry><title type="html">Joint statement on &lt;b&gt;arms&lt;/b&gt; trafficking</title><id>tag:min.example,2025:77</id>
<link rel="edit" href="/edit/77"/><link rel="alternate" type="text/html" href="https://min.example/releases/77"/>
<updated>2026-01-25T08:00:00Z</updated><published>2026-01-24T18:00:00-06:00</published><author><name>Press Office</name></author>
<summary type="text">Both governments agreed to trace seized weapons &amp; share data.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${longText}</p></div></content></entry>
<entry><title>Second</title><id>urn:2</id><updated>2026-01-26T08:00:00Z</updated><content type="html">&lt;p&gt;Escaped &amp;amp; kept&lt;/p&gt;</content></entry>
</feed>`,
    );
    expect(feed).toMatchObject({ kind: 'atom', title: 'Ministry Releases', link: 'https://min.example/' });
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      id: 'tag:min.example,2025:77',
      url: 'https://min.example/releases/77',
      title: 'Joint statement on arms trafficking',
      published: '2026-01-24T18:00:00-06:00',
      publishedField: 'published',
      authors: ['Press Office'],
      summary: { format: 'text', value: 'Both governments agreed to trace seized weapons & share data.' },
    });
    expect(first!.content?.format).toBe('html');
    expect(first!.content?.value).toContain('<p>Sentence 0 says');
    expect(second).toMatchObject({
      url: null,
      published: '2026-01-26T08:00:00Z',
      publishedField: 'updated',
      content: { format: 'html', value: '<p>Escaped &amp; kept</p>' },
    });
  });

  it('reads JSON Feed and RSS 1.0', () => {
    const json = feedOf(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Data Desk',
        home_page_url: 'https://data.example/',
        items: [
          {
            id: 9,
            url: 'https://data.example/2025/7/9/seizures',
            title: 'Seizures up',
            date_published: '2025-07-09T10:00:00-07:00',
            authors: [{ name: 'Lucía Ferrer' }],
            content_text: 'Plain text body.',
          },
        ],
      }),
    );
    expect(json).toMatchObject({ kind: 'json', title: 'Data Desk' });
    expect(json.items[0]).toMatchObject({
      id: '9',
      url: 'https://data.example/2025/7/9/seizures',
      authors: ['Lucía Ferrer'],
      published: '2025-07-09T10:00:00-07:00',
      content: { format: 'text', value: 'Plain text body.' },
    });
    const rdf = feedOf(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old Wire</title><link>https://old.example/</link></channel>
<item><title>Brief</title><link>https://old.example/a</link><dc:date>2025-09-03</dc:date></item></rdf:RDF>`,
    );
    expect(rdf.items[0]).toMatchObject({
      url: 'https://old.example/a',
      published: '2025-09-03',
      publishedField: 'dc:date',
    });
  });

  it('honours the charset of the XML declaration', () => {
    // Windows-1252 bytes, written by hand: í is 0xED, and the curly quotes are 0x93 and 0x94.
    const title = Buffer.from([...Buffer.from('Secretar'), 0xed, 0x61, 0x20, 0x93, ...Buffer.from('Defensa'), 0x94]);
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>'),
      title,
      Buffer.from('</title></channel></rss>'),
    ]);
    const feed = parseFeed(xml, base, base);
    expect(feed.title).toBe('Secretaría \u201cDefensa\u201d');
  });

  it('not-ok: XML that is not a feed, broken XML, and JSON that is not a JSON Feed, each with its reason', () => {
    expect(() =>
      parseFeed(bytes('<?xml version="1.0"?><html><body/></html>'), 'https://x.example/a.xml', base),
    ).toThrow('https://x.example/a.xml: is XML, but not an RSS, RDF or Atom feed');
    expect(() => parseFeed(bytes('<rss><channel><title>x</title></chan'), 'https://x.example/b.xml', base)).toThrow(
      /^https:\/\/x\.example\/b\.xml: is not well-formed XML/,
    );
    expect(() => parseFeed(bytes('{"items": []}'), 'https://x.example/c.json', base)).toThrow(
      'https://x.example/c.json: is JSON, but not a JSON Feed (no "version" of jsonfeed.org)',
    );
  });

  it('tells feeds from pages by media type or root element', () => {
    expect(isFeed(bytes('<rss version="2.0"></rss>'), 'text/xml')).toBe(true);
    expect(
      isFeed(
        bytes('<?xml version="1.0"?>\n<!-- a comment -->\n<feed xmlns="http://www.w3.org/2005/Atom"/>'),
        'text/html',
      ),
    ).toBe(true);
    expect(isFeed(bytes('{"version": "https://jsonfeed.org/version/1", "items": []}'), 'application/json')).toBe(true);
    expect(isFeed(bytes('<!doctype html><html></html>'), 'text/html')).toBe(false);
    expect(isFeed(bytes('{"a": 1}'), 'application/json')).toBe(false);
  });
});
