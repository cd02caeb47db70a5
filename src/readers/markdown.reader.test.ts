import { describe, expect, it } from 'vitest';
import { analyzeRead } from '#test/helpers/documents.js';
import { markdownReader } from './markdown.reader.js';

const note = `# The border group will have to publish its figures

By The Example Desk

LAREDO, Oct. 2, 2025 — Officials from **both governments** met on Thursday to review the *first* month of the
program, according to a [statement](https://example.org/statement "the statement") from the \`State Department\`.

## What each side will bring

- Mexico agreed to share the tracing records of seized rifles.
- The United States will inspect more southbound trucks at Laredo.
  1. nested item

> The ministry said it would publish monthly figures.

<div class="note">raw html is not read</div>

![a photo](photo.jpg)

---
`;

const read = (source: string) => markdownReader.read(Buffer.from(source), 'note.md');

describe('markdownReader', () => {
  const result = read(note);

  it('keeps the words a reader sees and drops the markup', () => {
    expect(result.text).toBe(
      [
        'The border group will have to publish its figures',
        'By The Example Desk',
        'LAREDO, Oct. 2, 2025 — Officials from both governments met on Thursday to review the first month of the program, according to a statement from the State Department.',
        'What each side will bring',
        'Mexico agreed to share the tracing records of seized rifles.\nThe United States will inspect more southbound trucks at Laredo.\nnested item',
        'The ministry said it would publish monthly figures.',
      ].join('\n\n'),
    );
    expect(result.text).not.toMatch(/[#*`[\]>]|https?:|photo|raw html/);
  });

  it('takes the first # heading as the title, not the byline under it', () => {
    expect(result.hints.title).toBe('The border group will have to publish its figures');
    expect(result.hints.sources?.title).toBe('markdown heading');
  });

  it('reads title, date and author from YAML front matter', () => {
    const withFront = read(
      '---\ntitle: Tunnels closed in Sonora\ndate: 2025-11-04\nauthor: Rosa Vidal\n---\n\nSoldiers closed two tunnels near Nogales on Monday.\n',
    );
    expect(withFront.text).toBe('Soldiers closed two tunnels near Nogales on Monday.');
    expect(withFront.hints).toMatchObject({
      title: 'Tunnels closed in Sonora',
      published: '2025-11-04',
      authors: ['Rosa Vidal'],
    });
  });

  it('reads Spanish Markdown and its setext heading', () => {
    const spanish = read(
      'La Guardia Nacional cerrará dos túneles\n=======================================\n\nLa Guardia Nacional **cerrará** dos túneles en _Sonora_, informó la Secretaría de Seguridad.\n',
    );
    expect(spanish.hints.title).toBe('La Guardia Nacional cerrará dos túneles');
    expect(spanish.text).toBe(
      'La Guardia Nacional cerrará dos túneles\n\nLa Guardia Nacional cerrará dos túneles en Sonora, informó la Secretaría de Seguridad.',
    );
  });

  it('refuses a file with markup and no text', () => {
    expect(() => read('---\n\n<br>\n\n![](x.png)\n')).toThrow(/no text once its Markdown markup is removed/);
  });

  it('gives the pipeline spans that point at the words, with headings neither commitments nor events', () => {
    const analysis = analyzeRead(result, { path: 'note.md' });
    const { clean, commitments } = analysis.layers;
    expect(clean.title?.span && result.text.slice(clean.title.span.start, clean.title.span.end)).toBe(
      'The border group will have to publish its figures',
    );
    expect(clean.headings.map((h) => result.text.slice(h.start, h.end))).toEqual(['What each side will bring']);
    const promised = commitments.map((c) => result.text.slice(c.start, c.end));
    expect(promised.some((c) => c.startsWith('Mexico agreed to share the tracing records'))).toBe(true);
    expect(promised.some((c) => /^The border group|^What each side/.test(c))).toBe(false);
    const headings = [clean.title!.span!, ...clean.headings];
    expect(analysis.layers.events.filter((e) => headings.some((h) => e.start < h.end && h.start < e.end))).toEqual([]);
    const organizations = analysis.layers.mentions
      .filter((m) => m.kind === 'organization')
      .map((m) => result.text.slice(m.start, m.end));
    expect(organizations).toContain('State Department');
  });
});
