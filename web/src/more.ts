// The "More" button under a paged list: lists come from the server a page at a time.
import { h, toast } from './dom.js';
import { t, tf } from './i18n.js';
import type { Page } from './types.js';

/**
 * A "More" button that reads the page after `first` and hands its items to `show`, and so on, and
 * goes away at the end of the list; with it, how many of the list are shown. Nothing when the
 * first page holds the whole list.
 */
export function moreButton<T>(
  first: Page<T>,
  read: (cursor: string) => Promise<Page<T>>,
  show: (items: T[]) => void,
): HTMLElement | null {
  if (!first.nextCursor) return null;
  let cursor: string | null = first.nextCursor;
  let shown = first.items.length;
  const count = h(
    'span.muted.small',
    { 'aria-live': 'polite' },
    tf('{n} of {total} shown', { n: shown, total: first.total }),
  );
  const button = h('button.btn.more', { type: 'button' }, t('More'));
  const row = h('div.more-row', null, button, ' ', count);
  button.addEventListener('click', async () => {
    if (!cursor) return;
    button.disabled = true;
    try {
      const page = await read(cursor);
      show(page.items);
      shown += page.items.length;
      cursor = page.nextCursor;
      count.textContent = tf('{n} of {total} shown', { n: shown, total: page.total });
      if (!cursor) button.remove();
    } catch (error) {
      toast(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return row;
}
