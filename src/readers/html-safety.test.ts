/**
 * stripInertMarkup in one scan gives what the pattern it replaced gave (each script, style,
 * noscript, template or svg element to its first end tag, each comment to its first "-->", any
 * left open kept), on pages where that pattern cost the square of the page's length.
 */
import { describe, expect, it } from 'vitest';
import { assertNestingWithin, stripInertMarkup } from './html-safety.js';

// The pattern stripInertMarkup once used: right, but it scans to the end of the page from every opening left unclosed.
const BACKTRACKING = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
function byPattern(html: string): { html: string; removed: number } {
  let removed = 0;
  const stripped = html.replace(BACKTRACKING, (match) => ((removed += match.length), ' '));
  return { html: stripped, removed };
}

describe('stripInertMarkup', () => {
  it.each([
    '<p>a</p><script>var x = "<p>";</script><p>b</p>',
    '<STYLE type="text/css">p{}</style ><p>kept</p><!-- gone --><p>too</p>',
    '<p>a</p><style <p>never closed</p>',
    '<p>a</p><!-- open <p>b</p><script>x</script><p>c</p>',
    '<svg><g></g></svg><svgx>kept</svgx><scripts>kept</scripts><template>t</template>',
    '<script>one</script><script>two',
    '<style>a</style><style>b</style><!--x--><!--y',
    '<noscript>n</noscript><script src=x></script><p>end',
    '<style ' + '<style '.repeat(50) + '</body>',
  ])('matches the pattern on %s', (html) => {
    expect(stripInertMarkup(html)).toEqual(byPattern(html));
  });

  it('strips a page of thousands of unclosed openings as the pattern did', () => {
    const html = `<p>Text.</p>${'<style <!-- <script>x '.repeat(2000)}<script>gone</script><p>End.</p>`;
    expect(stripInertMarkup(html)).toEqual(byPattern(html));
    expect(stripInertMarkup(html).html.endsWith(' <p>End.</p>')).toBe(true);
  });
});

describe('assertNestingWithin', () => {
  it('reads tags only up to the last ">", and refuses what nests too deep', () => {
    expect(() => assertNestingWithin('<div>'.repeat(5) + '<a '.repeat(10_000), 4, 'deep.html')).toThrow(
      'deep.html: HTML nests elements 5 deep (limit 4); refusing to parse it',
    );
    expect(() => assertNestingWithin('<div>'.repeat(4) + '<a '.repeat(10_000), 4, 'ok.html')).not.toThrow();
  });
});
