/**
 * Hostile inputs, generated in code at any size: the shapes that once made a reader or a stage cost
 * the square of their length (unclosed tags and comments, wide and deep HTML, entity floods, one
 * huge paragraph, dense numbers and dates), and the ones that once aborted a batch (BOMs, a
 * mislabelled charset, fragments, text saved as HTML). `npm run bench` times each at a size and four
 * times that size; `test/hostile-inputs.test.ts` runs them all through `analyze`, `ingest` and the API.
 */

/** One hostile input: a file name (its extension picks the reader) and its bytes. */
export interface HostileInput {
  readonly kind: string;
  readonly name: string;
  readonly bytes: Buffer;
}

/** A kind of hostile input, made at a size `n` (its length grows in proportion to `n`). */
export interface HostileKind {
  readonly kind: string;
  /** The extension of the file it is written to. */
  readonly extension: '.txt' | '.html' | '.md';
  /** The size used by tests: large enough to show the shape, small enough for a loaded machine. */
  readonly testSize: number;
  /** The size `npm run bench` times (and four times it). */
  readonly benchSize: number;
  make(n: number): Buffer;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const page = (body: string, head = '<title>Hostile Page</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const lead =
  'Border Talks Resume\n\nOfficials from both countries met in Monterrey on Monday to review the security plan, the ministry said.\n\n';
const htmlLead =
  '<h1>Border Talks Resume</h1><p>Officials from both countries met in Monterrey on Monday to review the security plan, the ministry said.</p>';
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A fixed sequence of pseudo-random numbers (a linear congruential generator), so inputs repeat byte for byte. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/** Every kind, in the order they are reported. */
export const hostileKinds: readonly HostileKind[] = [
  {
    kind: 'unclosed-style',
    extension: '.html',
    testSize: 10_000,
    benchSize: 20_000,
    make: (n) => utf8(page(htmlLead + '<style '.repeat(n))),
  },
  {
    kind: 'unclosed-script',
    extension: '.html',
    testSize: 10_000,
    benchSize: 20_000,
    make: (n) => utf8(page(htmlLead + '<script>x '.repeat(n))),
  },
  {
    kind: 'unclosed-comment',
    extension: '.html',
    testSize: 10_000,
    benchSize: 20_000,
    make: (n) => utf8(page(htmlLead + '<!-- x '.repeat(n))),
  },
  {
    kind: 'unclosed-tag',
    extension: '.html',
    testSize: 10_000,
    benchSize: 20_000,
    make: (n) => utf8(page(htmlLead + '<p title="x '.repeat(n))),
  },
  {
    kind: 'wide-html',
    extension: '.html',
    testSize: 5_000,
    benchSize: 12_500,
    make: (n) => utf8(page(htmlLead + Array.from({ length: n }, (_, i) => `<p>Item ${i} of the list.</p>`).join(''))),
  },
  {
    kind: 'deep-html',
    extension: '.html',
    testSize: 240,
    benchSize: 240,
    // Up to the reader's limit of 1,000 (four times 240 is 960): past it the page is refused.
    make: (n) =>
      utf8(
        page(
          htmlLead +
            '<div><span>'.repeat(n / 2) +
            '<p>Deep inside the page the text goes on, the report said.</p>' +
            '</span></div>'.repeat(n / 2),
        ),
      ),
  },
  {
    kind: 'entity-flood',
    extension: '.html',
    testSize: 20_000,
    benchSize: 50_000,
    make: (n) => utf8(page(htmlLead + `<p>${'&amp;&#x41;&eacute;&nbsp;'.repeat(n)}</p>`)),
  },
  {
    kind: 'entity-flood-text',
    extension: '.txt',
    testSize: 20_000,
    benchSize: 50_000,
    make: (n) => utf8(lead + '&amp;&#65;&eacute; '.repeat(n)),
  },
  {
    kind: 'one-line-paragraph',
    extension: '.txt',
    testSize: 2_000,
    benchSize: 5_000,
    // Words without a sentence end: one sentence of the whole paragraph (0.8 MB at 14,000).
    make: (n) => utf8(lead + 'the officials of the ministry and the governor of the state said that '.repeat(n)),
  },
  {
    kind: 'one-line-sentences',
    extension: '.txt',
    testSize: 2_000,
    benchSize: 5_000,
    make: (n) => utf8(lead + 'Mr. Díaz met Gen. Ruiz in St. Louis on Jan. 5, the U.S. embassy said. '.repeat(n)),
  },
  {
    kind: 'number-list',
    extension: '.txt',
    testSize: 5_000,
    benchSize: 10_000,
    make: (n) => {
      const next = numbers(7);
      return utf8(lead + Array.from({ length: n }, () => String(next() % 100_000)).join(', ') + '.\n');
    },
  },
  {
    kind: 'number-words',
    extension: '.txt',
    testSize: 3_000,
    benchSize: 6_000,
    make: (n) =>
      utf8(
        lead +
          Array.from({ length: n }, (_, i) => `${(i % 9) + 1} million dollars, ${i % 40}% more than 3,500 troops`).join(
            ' and ',
          ) +
          '.\n',
      ),
  },
  {
    kind: 'date-phrases',
    extension: '.txt',
    testSize: 3_000,
    benchSize: 6_000,
    make: (n) =>
      utf8(
        lead +
          Array.from({ length: n }, (_, i) => `on ${(i % 28) + 1} ${months[i % 12]} ${2020 + (i % 7)}`).join(', ') +
          '.\n',
      ),
  },
  {
    kind: 'date-sentences',
    extension: '.txt',
    testSize: 2_000,
    benchSize: 4_000,
    make: (n) =>
      utf8(
        lead +
          Array.from(
            { length: n },
            (_, i) => `The ministry said on ${months[i % 12]} ${(i % 28) + 1} that talks would resume next Tuesday.`,
          ).join(' ') +
          '\n',
      ),
  },
  {
    kind: 'long-lines',
    extension: '.txt',
    testSize: 200,
    benchSize: 500,
    make: (n) => utf8(lead + Array.from({ length: n }, (_, i) => `Line ${i}: ` + 'x'.repeat(2_000)).join('\n') + '\n'),
  },
  {
    kind: 'many-lines',
    extension: '.txt',
    testSize: 50_000,
    benchSize: 125_000,
    make: (n) => utf8(lead + 'a\n'.repeat(n)),
  },
  {
    kind: 'quote-marks',
    extension: '.txt',
    testSize: 3_000,
    benchSize: 6_000,
    make: (n) => utf8(lead + '“We will act,” said the minister, “and '.repeat(n) + 'soon.”\n'),
  },
  {
    kind: 'capitalised-names',
    extension: '.txt',
    testSize: 3_000,
    benchSize: 6_000,
    make: (n) =>
      utf8(
        lead + Array.from({ length: n }, (_, i) => `Minister Ana Ruiz${i % 10} Of The Interior`).join(' ') + ' said.\n',
      ),
  },
  {
    kind: 'markdown-nesting',
    extension: '.md',
    testSize: 2_000,
    benchSize: 5_000,
    make: (n) => utf8('# Talks\n\n' + '> '.repeat(n) + 'quoted\n\n' + '* '.repeat(n) + 'item\n'),
  },
  {
    kind: 'utf8-bom',
    extension: '.txt',
    testSize: 1,
    benchSize: 1,
    make: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(lead)]),
  },
  {
    kind: 'utf16-bom-text',
    extension: '.txt',
    testSize: 1,
    benchSize: 1,
    make: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lead, 'utf16le')]),
  },
  {
    kind: 'utf16-bom-html',
    extension: '.html',
    testSize: 1,
    benchSize: 1,
    make: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lead, 'utf16le')]),
  },
  {
    kind: 'utf16-declared-latin1',
    extension: '.html',
    testSize: 1,
    benchSize: 1,
    make: () =>
      Buffer.from(
        page(
          '<p>La reuni\xf3n de seguridad se celebr\xf3 el lunes en Monterrey, dijo el ministerio.</p>',
          '<meta charset="utf-16"><title>Reuni\xf3n</title>',
        ),
        'latin1',
      ),
  },
  {
    kind: 'fragment',
    extension: '.html',
    testSize: 1,
    benchSize: 1,
    make: () => utf8(`<div>${htmlLead}<p>The next round is set for March.</p></div>`),
  },
  { kind: 'text-as-html', extension: '.html', testSize: 1, benchSize: 1, make: () => utf8(lead) },
  {
    kind: 'comment-then-text',
    extension: '.html',
    testSize: 1,
    benchSize: 1,
    make: () => utf8('<!-- saved from a browser -->\n' + lead),
  },
  {
    kind: 'only-markup',
    extension: '.html',
    testSize: 1,
    benchSize: 1,
    make: () => utf8(page('<div><span></span></div>')),
  },
];

/** Every kind at its test size (or `size(kind)`), named `KIND.EXT`. */
export function hostileInputs(size: (kind: HostileKind) => number = (kind) => kind.testSize): HostileInput[] {
  return hostileKinds.map((kind) => ({
    kind: kind.kind,
    name: `${kind.kind}${kind.extension}`,
    bytes: kind.make(size(kind)),
  }));
}
