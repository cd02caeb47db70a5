import { describe, expect, it } from 'vitest';
import { collectBlocks } from './html-blocks.js';
import { flattenBelow } from './html-flatten.js';
import { parsePage } from './html-safety.js';

const deepPage = (depth: number) =>
  `<html><body><h1>Talks</h1>${'<div><span>'.repeat(depth)}<p>One<br>two <b>three</b></p><table><tr><td>a</td><td>b</td></tr></table><span hidden>no</span>tail${'</span></div>'.repeat(depth)}</body></html>`;

describe('flattenBelow', () => {
  it('keeps the text of each block a deep page is read as, and leaves it no deeper than the limit', () => {
    const page = parsePage(deepPage(200));
    const before = collectBlocks(page.body).map((block) => block.text);
    flattenBelow(page.documentElement as unknown as Element, 64);
    expect(collectBlocks(page.body).map((block) => block.text)).toEqual(before);
    let deepest = 0;
    const walk = (element: Element, level: number) => {
      deepest = Math.max(deepest, level);
      for (const child of Array.from(element.children)) walk(child, level + 1);
    };
    walk(page.documentElement as unknown as Element, 1);
    expect(deepest).toBe(65);
  });

  it('leaves a page within the limit as it is', () => {
    const page = parsePage(deepPage(20));
    const html = page.documentElement.outerHTML;
    flattenBelow(page.documentElement as unknown as Element, 64);
    expect(page.documentElement.outerHTML).toBe(html);
  });
});
