// An indicator drawn over time against its target: one dot per figure of the accepted evidence,
// each a link to its sentence, and the target as a dashed line. SVG built node by node (no markup
// strings), its size fixed by the viewBox so it scales to any width.
import { formatDate, h } from './dom.js';
import { documentHref } from './pages/document.js';
import type { IndicatorSeries } from './types.js';

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
export function indicatorChart(series: IndicatorSeries): HTMLElement {
  const dated = series.points.filter((p) => p.date !== null);
  const head = h(
    'div.indicator-head',
    null,
    h('h3', null, series.name),
    h(
      'span.muted.small',
      null,
      series.target !== null
        ? `target ${series.target.toLocaleString('en-US')}${series.by ? ` by ${formatDate(series.by)}` : ''}`
        : 'no target set',
    ),
  );
  if (!series.points.length) {
    return h(
      'figure.indicator',
      { 'data-indicator': series.id },
      head,
      h('p.muted.small', null, 'No figure in the accepted evidence counts for it yet.'),
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
      'aria-label': `${series.name}: ${series.points.length} figures${series.target !== null ? `, target ${series.target}` : ''}`,
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
        `target ${series.target.toLocaleString('en-US')}`,
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
      { href: documentHref(point.documentId, point.sentence), class: 'point' },
      svg(
        'title',
        {},
        `${point.value.toLocaleString('en-US')} — “${point.text}”, ${point.documentTitle ?? 'untitled'}, ${formatDate(point.date)}`,
      ),
      svg('circle', { cx, cy: y(point.value), r: 6 }),
    );
    chart.append(link);
    const label = formatDate(point.date);
    if (!labelled.has(label)) {
      labelled.add(label);
      chart.append(svg('text', { x: cx, y: H - 10, 'text-anchor': 'middle', class: 'tick' }, label));
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
              { href: documentHref(point.documentId, point.sentence) },
              `${point.value.toLocaleString('en-US')} (“${point.text}”)`,
            ),
            h(
              'span.muted.small',
              null,
              ` ${point.documentTitle ?? 'untitled'} · ${formatDate(point.date)} · ${point.citedBy ? `cited by ${point.citedBy}` : 'accepted evidence'}`,
            ),
          ),
        ),
      ),
    ),
  );
}
