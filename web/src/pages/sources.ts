// Pages and feeds: read a web page or a feed once by its URL, and the feeds watched on a schedule,
// each with when it was last read, its next try and its last error.
import { api } from '../api.js';
import { t, tf } from '../i18n.js';
import { empty, errorBox, fill, formatTime, h, pageHeader, toast } from '../dom.js';
import type { IngestCounts, InputProblem, PollResult, UrlIngestResult, Watch } from '../types.js';
import { documentHref } from './document.js';

const counts = (s: IngestCounts) =>
  tf('read {read}: {new} new, {unchanged} unchanged, {versions} new versions, {failed} failed', {
    read: s.read,
    new: s.new,
    unchanged: s.unchanged,
    versions: s.versions,
    failed: s.failed,
  });

function problemList(problems: readonly InputProblem[]): HTMLElement | null {
  if (!problems.length) return null;
  return h(
    'ul.problem-list',
    null,
    ...problems.map((p) =>
      h('li', { class: p.fatal ? 'problem-fatal' : 'problem-warning', 'data-content': true }, p.message),
    ),
  );
}

function ingestResult(result: UrlIngestResult): HTMLElement {
  return h(
    'div.intake-result',
    { role: 'status' },
    h(
      'p.notice',
      null,
      result.feed
        ? h(
            'span',
            null,
            `${t('Feed')} `,
            result.feed.title ? h('span', { 'data-content': true }, `“${result.feed.title}” `) : '',
            `${tf('with {n} items', { n: result.feed.items })}: `,
          )
        : '',
      counts(result.summary),
      '.',
    ),
    result.outcomes.length
      ? h(
          'ul.side-list',
          null,
          ...result.outcomes.map((o) =>
            h(
              'li',
              null,
              h('a', { href: documentHref(o.id), 'data-content': true }, o.path),
              h('span.muted.small', null, ` ${t(o.outcome)}`),
            ),
          ),
        )
      : null,
    problemList(result.problems),
  );
}

function pollSummary(poll: PollResult): string {
  if (poll.status === 'not-modified') return t('Not modified since the last read.');
  if (poll.status === 'failed') return `${t('Failed: ')}${poll.error ?? t('unknown error')}`;
  return `${tf('{n} items in the feed', { n: poll.items })}; ${counts(poll.summary)}.`;
}

const every = (seconds: number) => {
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`);
      seconds %= size;
    }
  }
  return parts.join(' ') || `${seconds}s`;
};

export async function sourcesPage(outlet: HTMLElement): Promise<void> {
  const watches = await api.watches();

  const urlInput = h('input', {
    type: 'url',
    name: 'url',
    required: true,
    placeholder: t('https://… a news page or a feed'),
    'aria-label': t('URL of a page or feed'),
  });
  const fetchButton = h('button.btn.btn-primary', { type: 'submit' }, t('Fetch and store'));
  const fetchResult = h('div', { 'aria-live': 'polite' });
  const fetchForm = h(
    'form.card.intake-form',
    { 'aria-labelledby': 'fetch-title' },
    h('h2.section-title', { id: 'fetch-title' }, t('Read a page or feed once')),
    h(
      'p.muted.small',
      null,
      t(
        'A page becomes one document, kept under its URL; a feed (RSS, Atom, JSON Feed) has each item read: its page fetched, or its own text when the feed carries it whole. A date in the URL (/2025/12/11/) dates a page that states none.',
      ),
    ),
    h('div.url-row', null, urlInput, fetchButton),
    fetchResult,
  );
  fetchForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    fetchButton.disabled = true;
    fill(fetchResult, h('p.muted', null, t('Fetching…')));
    try {
      const result = await api.ingestUrl(urlInput.value.trim());
      api.resetCaches();
      fill(fetchResult, ingestResult(result));
    } catch (error) {
      fill(fetchResult, errorBox(error));
    } finally {
      fetchButton.disabled = false;
    }
  });

  const watchUrl = h('input', {
    type: 'url',
    name: 'feed',
    required: true,
    placeholder: t('https://… a feed'),
    'aria-label': t('Feed URL to watch'),
  });
  const watchEvery = h('input.every', {
    type: 'text',
    name: 'every',
    value: '30m',
    required: true,
    pattern: '\\s*(\\d+\\s*[smhdSMHD]\\s*)+',
    'aria-label': t('Read every (30m, 2h, 1d)'),
    title: t('How often: 30m, 2h, 1h30m, 1d'),
  });
  const watchButton = h('button.btn.btn-primary', { type: 'submit' }, t('Watch'));
  const watchResult = h('div', { 'aria-live': 'polite' });
  const watchForm = h(
    'form.card.intake-form',
    { 'aria-labelledby': 'watch-title' },
    h('h2.section-title', { id: 'watch-title' }, t('Watch a feed')),
    h(
      'p.muted.small',
      null,
      t('The feed is read now, then on its schedule while the server runs; only new items are fetched.'),
    ),
    h('div.url-row', null, watchUrl, h('label.every-label', null, `${t('every')} `, watchEvery), watchButton),
    watchResult,
  );
  watchForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    watchButton.disabled = true;
    fill(watchResult, h('p.muted', null, t('Reading the feed…')));
    try {
      const { watch, poll, added } = await api.addWatch(watchUrl.value.trim(), watchEvery.value.trim());
      api.resetCaches();
      toast(
        added
          ? tf('Watching {feed}', { feed: watch.title ?? watch.url })
          : tf('Already watched; now read every {every}', { every: every(watch.everySeconds) }),
      );
      await sourcesPage(outlet);
      const fresh = outlet.querySelector<HTMLElement>('[data-watch-result]');
      if (fresh && poll)
        fill(
          fresh,
          h(
            'div.intake-result',
            { role: 'status' },
            h('p.notice', null, pollSummary(poll)),
            problemList(poll.problems),
          ),
        );
    } catch (error) {
      fill(watchResult, errorBox(error));
      watchButton.disabled = false;
    }
  });
  watchResult.dataset.watchResult = '';

  const rows = watches.map((w: Watch) => {
    const readNow = h('button.btn.btn-sm', { type: 'button' }, t('Read now'));
    const stop = h('button.btn.btn-sm', { type: 'button' }, t('Stop watching'));
    readNow.addEventListener('click', async () => {
      readNow.disabled = true;
      try {
        const poll = await api.pollWatch(w.url);
        api.resetCaches();
        toast(pollSummary(poll), poll.status === 'failed' ? 'error' : 'ok');
        await sourcesPage(outlet);
      } catch (error) {
        toast(error instanceof Error ? error.message : String(error), 'error');
        readNow.disabled = false;
      }
    });
    stop.addEventListener('click', async () => {
      if (!confirm(tf('Stop watching {feed}? Its documents stay in the store.', { feed: w.title ?? w.url }))) return;
      try {
        await api.removeWatch(w.url);
        toast(tf('Stopped watching {feed}', { feed: w.title ?? w.url }));
        await sourcesPage(outlet);
      } catch (error) {
        toast(error instanceof Error ? error.message : String(error), 'error');
      }
    });
    return h(
      'tr',
      { 'data-watch': w.url },
      h(
        'td',
        null,
        w.title ? h('div', { 'data-content': true }, w.title) : h('div', null, t('(not read yet)')),
        h('div.muted.small.url', { 'data-content': true }, w.url),
      ),
      h('td.nowrap', { 'data-label': t('Every') }, every(w.everySeconds)),
      h('td.nowrap', { 'data-label': t('Last read') }, formatTime(w.lastCheckedAt)),
      h('td.nowrap', { 'data-label': t('Next try') }, formatTime(w.nextTryAt)),
      h(
        'td',
        { 'data-label': t('Last error') },
        w.lastError
          ? h(
              'span.watch-error',
              { role: 'note' },
              w.failures ? `${tf('failed {n}× in a row', { n: w.failures })}: ` : '',
              h('span', { 'data-content': true }, w.lastError),
            )
          : h('span.muted', null, t('none')),
      ),
      h('td.nowrap', null, h('div.actions', null, readNow, stop)),
    );
  });

  fill(
    outlet,
    pageHeader('Pages & feeds', 'Bring in reporting from the web: a page by its URL, or a feed read on a schedule.'),
    h('div.two-col', null, fetchForm, watchForm),
    h('h2.section-title', null, `${t('Watched feeds')} (${watches.length})`),
    watches.length
      ? h(
          'div.card.table-wrap',
          null,
          h(
            'table.data.watches',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', null, t('Feed')),
                h('th', null, t('Every')),
                h('th', null, t('Last read')),
                h('th', null, t('Next try')),
                h('th', null, t('Last error')),
                h('th', null, h('span.visually-hidden', null, t('Actions'))),
              ),
            ),
            h('tbody', null, ...rows),
          ),
        )
      : empty('No feeds are watched yet.', 'Add one above, or with puente watch add URL --every 30m.'),
  );
}
