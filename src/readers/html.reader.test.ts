import { describe, expect, it } from 'vitest';
import { analyzeRead } from '#test/helpers/documents.js';
import { defaultReadLimits } from './reader.js';
import { htmlReader } from './html.reader.js';

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tunnel Found Under Tijuana Warehouse | Border Desk</title>
<meta property="og:title" content="Tunnel Found Under Tijuana Warehouse">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-10-21T09:30:00-07:00">
<script>window.tracking = { on: true };</script><style>body { color: red }</style></head>
<body>
<header><a href="/">Border Desk</a><nav><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/data">Data</a></li></ul></nav></header>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div>
<main><article>
<h1>Tunnel Found Under Tijuana Warehouse</h1>
<p class="byline">By Ana Ruiz</p>
<p>Mexican soldiers found a tunnel running from a warehouse in Tijuana toward the fence on Monday, the defense ministry said in a statement. The tunnel had rails, lights and ventilation, and investigators believe it was used to move drugs north.</p>
<p>It was the third such discovery this year in Baja California, officials said, as both governments step up inspections along the border under the security program agreed in September.</p>
<p>Investigators were still mapping the passage on Tuesday and had not said how far it reached, according to a spokesperson for the attorney general's office in the state capital.</p>
</article></main>
<aside><h2>Related</h2><ul><li><a href="/a">Navy Takes Over Customs at Pacific Ports</a></li><li><a href="/b">Arms Seizures Rise in Sonora</a></li></ul></aside>
<footer><p>© 2025 Border Desk. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body></html>`;

describe('htmlReader', () => {
  const result = htmlReader.read(Buffer.from(page), 'tunnel.html', defaultReadLimits);

  it('keeps the visible text block by block, without script or style', () => {
    expect(result.text).toContain(
      'Tunnel Found Under Tijuana Warehouse\n\nBy Ana Ruiz\n\nMexican soldiers found a tunnel',
    );
    expect(result.text).not.toMatch(/tracking|color: red/);
  });

  it('reads title, author, date and language from the markup', () => {
    expect(result.hints).toMatchObject({
      title: 'Tunnel Found Under Tijuana Warehouse',
      authors: ['Ana Ruiz'],
      published: '2025-10-21T09:30:00-07:00',
      language: 'en',
    });
    expect(result.hints.sources).toEqual({
      title: 'meta og:title',
      authors: 'meta author',
      published: 'meta article:published_time',
      language: 'html lang',
    });
  });

  it('turns navigation, related lists and footers into chrome, and keeps the article', () => {
    const { clean } = analyzeRead(result, { path: 'tunnel.html' }).layers;
    const chrome = clean.chrome.map((c) => result.text.slice(c.start, c.end));
    expect(chrome).toEqual(
      expect.arrayContaining([
        'News',
        'Opinion',
        'Data',
        'Related',
        'Navy Takes Over Customs at Pacific Ports',
        '© 2025 Border Desk. All rights reserved.',
      ]),
    );
    expect(chrome.join(' ')).not.toMatch(/soldiers|Tunnel Found/);
    expect(clean.title?.value).toBe('Tunnel Found Under Tijuana Warehouse');
    expect(clean.published?.value).toBe('2025-10-21');
    expect(clean.authors.map((a) => a.value)).toEqual(['Ana Ruiz']);
    const body = clean.paragraphs.map((p) => result.text.slice(p.start, p.end));
    // Title and byline are metadata: the body opens with the article's first paragraph.
    expect(body[0]).toMatch(/^Mexican soldiers found a tunnel/);
    expect(body.join('\n')).not.toMatch(/Tunnel Found Under|By Ana Ruiz/);
    expect(body.at(-1)).toMatch(/^Investigators were still mapping/);
  });
});

describe('htmlReader: the author from a social card', () => {
  const pageWith = (creator: string, extra = '') =>
    Buffer.from(`<!doctype html><html lang="en"><head><title>Chapter Nine</title>
<meta name="twitter:creator" content="${creator}">${extra}</head>
<body><article><h1>Chapter Nine</h1><p>The rain had not stopped for three days when the ferry finally left the harbour with its lights on.</p></article></body></html>`);

  it('takes a named creator when nothing else names the author', () => {
    const { hints } = htmlReader.read(pageWith('Marta Quiroga'), 'chapter.html', defaultReadLimits);
    expect(hints.authors).toEqual(['Marta Quiroga']);
    expect(hints.sources?.authors).toBe('meta twitter:creator');
  });

  it('leaves an account handle out, and lets the page’s own author meta win', () => {
    expect(htmlReader.read(pageWith('@harbourpress'), 'chapter.html', defaultReadLimits).hints.authors ?? []).toEqual(
      [],
    );
    const { hints } = htmlReader.read(
      pageWith('Marta Quiroga', '<meta name="author" content="Luis Paz">'),
      'chapter.html',
      defaultReadLimits,
    );
    expect(hints.authors).toEqual(['Luis Paz']);
  });
});
