// An indicator drawn over time against its target: one dot per figure of the evidence (accepted,
// and — unless the reader asks for accepted evidence only — cited by a party's assessment), each a
// link to its sentence, and the target as a dashed line. SVG built node by node (no markup
// strings), its size fixed by the viewBox so it scales to any width.
import { formatDate, h } from './dom.js';
import { t, tf } from './i18n.js';
import { documentHref } from './pages/document.js';
import type { IndicatorPoint, IndicatorSeries } from './types.js';

/** Which evidence feeds the indicators: accepted only, or accepted and cited (the default). */
export type EvidenceChoice = 'accepted' | 'all';
const choiceKey = 'puente.indicatorEvidence';

export const evidenceChoice = (): EvidenceChoice =>
  localStorage.getItem(choiceKey) === 'accepted' ? 'accepted' : 'all';

/**
 * The switch between "accepted only" and "accepted and cited": a sentence a party's assessment
 * cites is that party's reading, not a reviewed fact, and a reader may want the charts without it.
 * The choice is kept in this browser and the page drawn again.
 */
export function evidenceSwitch(): HTMLElement {
  const chosen = evidenceChoice();
  const option = (value: EvidenceChoice, label: string) => {
    const input = h('input', { type: 'radio', name: 'indicator-evidence', value, checked: value === chosen });
    input.addEventListener('change', () => {
      localStorage.setItem(choiceKey, value);
      window.dispatchEvent(new CustomEvent('puente:redraw'));
    });
    return h('label.segment', null, input, ` ${t(label)}`);
  };
  return h(
    'fieldset.evidence-switch',
    null,
    h('legend', null, t('Figures from')),
    option('accepted', 'accepted evidence only'),
    option('all', 'accepted and cited evidence'),
  );
}

const number = (n: number) => n.toLocaleString('en-US');

/** Which evidence a point comes from, in words. */
const kindText = (point: IndicatorPoint) =>
  point.kind === 'accepted' ? t('accepted evidence') : tf('cited by {party}', { party: point.citedBy ?? '' });

/** How a point is dated, in words: by the period its sentence states, or by its document and why. */
export function datingText(point: IndicatorPoint): string {
  const period = point.period;
  if (point.datedBy === 'period' && period) {
    return period.from === period.to
      ? tf('dated {date}, the day its sentence states (“{words}”)', { date: formatDate(period.to), words: period.text })
      : tf('dated {date}, the end of the period its sentence states (“{words}”)', {
          date: formatDate(period.to),
          words: period.text,
        });
  }
  if (!point.date) return t('undated: neither its sentence nor its document gives a date');
  return period
    ? tf('dated {date}, its document’s date: the period its sentence states (“{words}”) was still running', {
        date: formatDate(point.date),
        words: period.text,
      })
    : tf('dated {date}, its document’s date: its sentence states no period', { date: formatDate(point.date) });
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children) node.append(child);
  return node;
};

const W = 480;
const H = 180;
const PAD = { left: 44, right: 16, top: 16, bottom: 30 };

/** The chart and a list of its points (what a screen reader reads, and a fallback for the dots). */
export function indicatorChart(all: IndicatorSeries, choice: EvidenceChoice = 'all'): HTMLElement {
  const series = {
    ...all,
    points: choice === 'accepted' ? all.points.filter((p) => p.kind === 'accepted') : all.points,
  };
  const dated = series.points.filter((p) => p.date !== null);
  const head = h(
    'div.indicator-head',
    null,
    h('h3', { 'data-content': true }, series.name),
    h(
      'span.muted.small',
      null,
      series.target !== null
        ? series.by
          ? tf('target {n} by {date}', { n: number(series.target), date: formatDate(series.by) })
          : tf('target {n}', { n: number(series.target) })
        : t('no target set'),
    ),
  );
  if (!series.points.length) {
    return h(
      'figure.indicator',
      { 'data-indicator': series.id },
      head,
      h(
        'p.muted.small',
        null,
        t(
          choice === 'accepted' && all.points.length
            ? 'No figure in the accepted evidence counts for it yet; the evidence the parties cite does.'
            : 'No figure in the evidence counts for it yet.',
        ),
      ),
    );
  }
  const values = series.points.map((p) => p.value);
  const top = Math.max(...values, series.target ?? 0) * 1.1 || 1;
  const days = dated.map((p) => Date.parse(p.date!));
  const first = Math.min(...days, series.by ? Date.parse(series.by) : Infinity);
  const last = Math.max(...days, series.by ? Date.parse(series.by) : -Infinity);
  const span = last - first || 1;
  const x = (date: string | null, i: number) =>
    date === null || !Number.isFinite(first)
      ? PAD.left + ((i + 0.5) / series.points.length) * (W - PAD.left - PAD.right)
      : PAD.left + (last > first ? (Date.parse(date) - first) / span : 0.5) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / top) * (H - PAD.top - PAD.bottom);
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'indicator-svg',
      role: 'img',
      'aria-label': `${series.name}: ${[
        `${series.points.length} ${t(series.points.length === 1 ? 'figure' : 'figures')}`,
        series.target !== null ? tf('target {n}', { n: number(series.target) }) : null,
      ]
        .filter(Boolean)
        .join(', ')}`,
      'data-content': '',
    },
    svg('line', { x1: PAD.left, y1: y(0), x2: W - PAD.right, y2: y(0), class: 'axis' }),
    svg('text', { x: PAD.left - 6, y: y(0) + 4, 'text-anchor': 'end', class: 'tick' }, '0'),
    svg(
      'text',
      { x: PAD.left - 6, y: y(top / 1.1) + 4, 'text-anchor': 'end', class: 'tick' },
      Math.round(top / 1.1).toLocaleString('en-US'),
    ),
  );
  if (series.target !== null) {
    chart.append(
      svg('line', { x1: PAD.left, y1: y(series.target), x2: W - PAD.right, y2: y(series.target), class: 'target' }),
      svg(
        'text',
        { x: W - PAD.right, y: y(series.target) - 4, 'text-anchor': 'end', class: 'target-label' },
        tf('target {n}', { n: number(series.target) }),
      ),
    );
  }
  if (new Set(days).size > 1) {
    chart.append(
      svg('polyline', {
        class: 'trend',
        points: series.points
          .filter((p) => p.date !== null)
          .map((p, i) => `${x(p.date, i)},${y(p.value)}`)
          .join(' '),
      }),
    );
  }
  const labelled = new Set<string>();
  series.points.forEach((point, i) => {
    const cx = x(point.date, i);
    const link = svg(
      'a',
      { href: documentHref(point.documentId, point.sentence), class: `point point-${point.kind}` },
      svg(
        'title',
        {},
        `${number(point.value)} — “${point.text}”, ${point.documentTitle ?? t('untitled')}; ${datingText(point)}; ${kindText(point)}`,
      ),
      svg('circle', { cx, cy: y(point.value), r: 6 }),
    );
    chart.append(link);
    const label = formatDate(point.date);
    if (!labelled.has(label)) {
      labelled.add(label);
      // A date at either end of the axis is anchored inside the chart, so that it is not cut off.
      const anchor = cx > W - PAD.right - 40 ? 'end' : cx < PAD.left + 40 ? 'start' : 'middle';
      const at = anchor === 'end' ? W - 2 : anchor === 'start' ? Math.max(2, cx - 20) : cx;
      chart.append(svg('text', { x: at, y: H - 10, 'text-anchor': anchor, class: 'tick' }, label));
    }
  });
  return h(
    'figure.indicator',
    { 'data-indicator': series.id },
    head,
    chart,
    h(
      'figcaption',
      null,
      h(
        'ol.indicator-points',
        null,
        ...series.points.map((point) =>
          h(
            'li',
            null,
            h(
              'a',
              { href: documentHref(point.documentId, point.sentence), 'data-content': true },
              `${number(point.value)} (“${point.text}”)`,
            ),
            ' ',
            h('span.point-kind', { class: `kind-${point.kind}`, 'data-kind': point.kind }, kindText(point)),
            h(
              'span.muted.small',
              null,
              ' · ',
              h('span', { 'data-content': true }, point.documentTitle ?? t('untitled')),
              ' · ',
              h('span.point-dating', { 'data-dated-by': point.datedBy }, datingText(point)),
            ),
          ),
        ),
      ),
    ),
  );
}
