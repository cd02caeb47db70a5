// Renders a document's text with its layers highlighted. The text is untrusted: it is cut into
// text nodes at span boundaries and never parsed as HTML. Each highlighted run explains itself in
// a tooltip on hover and on keyboard focus.
import { formatDate, h } from './dom.js';
import { findingKindText, kindText, t, tf } from './i18n.js';
import type { DocumentAnalysis, Entity, Finding } from './types.js';

export type MarkKind =
  'chrome' | 'quote' | 'event' | 'commitment' | 'mention' | 'date' | 'figure' | 'finding' | 'hit' | 'evidence';

export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly lines: readonly (readonly [string, string])[];
}

export const markLabels: Record<MarkKind, string> = {
  chrome: 'Page furniture',
  quote: 'Quotes',
  event: 'Events',
  commitment: 'Commitments',
  mention: 'People & organisations',
  date: 'Dates',
  figure: 'Figures',
  finding: 'Findings',
  hit: 'Search hits',
  evidence: 'Evidence',
};

const nameOf = (entities: ReadonlyMap<string, Entity>, id: string | null | undefined) =>
  id ? (entities.get(id)?.name ?? id) : null;
const names = (entities: ReadonlyMap<string, Entity>, ids: readonly string[] | undefined) =>
  (ids ?? []).map((id) => nameOf(entities, id)).join(', ');
const line = (label: string, value: string | number | null | undefined): readonly [string, string] | null =>
  value === null || value === undefined || value === '' ? null : [label, String(value)];
const lines = (...items: (readonly [string, string] | null)[]) =>
  items.filter((x): x is readonly [string, string] => x !== null);

/** The marks of a document's extraction layers, explained for the tooltip. */
export function analysisMarks(doc: DocumentAnalysis, entities: ReadonlyMap<string, Entity>): Mark[] {
  const marks: Mark[] = [];
  for (const c of doc.chrome ?? [])
    marks.push({
      kind: 'chrome',
      start: c.start,
      end: c.end,
      title: t('Page furniture'),
      lines: lines(line(t('Why'), c.reason ?? t('not part of the article')), [
        t('Note'),
        t('Greyed out: not part of the article'),
      ]),
    });
  for (const m of doc.mentions ?? []) {
    const entity = entities.get(m.entity);
    marks.push({
      kind: 'mention',
      start: m.start,
      end: m.end,
      title: `${t('Mention')} · ${kindText(entity?.kind ?? m.kind ?? 'entity')}`,
      lines: lines(
        line(t('Entity'), entity?.name ?? m.entity),
        line(t('Role'), m.role ?? entity?.role),
        line(t('Country'), entity?.country),
      ),
    });
  }
  for (const q of doc.quotes ?? []) {
    marks.push({
      kind: 'quote',
      start: q.start,
      end: q.end,
      title: `${t('Quote')} · ${t(q.kind)}`,
      lines: lines(
        line(t('Speaker'), nameOf(entities, q.speaker) ?? q.speakerText ?? t('unnamed')),
        q.speaker && q.speakerText ? line(t('Named as'), q.speakerText) : null,
      ),
    });
  }
  for (const f of doc.figures ?? []) {
    const value = [
      f.qualifier,
      f.value === null ? null : f.value.toLocaleString('en-US'),
      f.unit,
      f.per ? `per ${f.per}` : null,
    ]
      .filter(Boolean)
      .join(' ');
    marks.push({
      kind: 'figure',
      start: f.start,
      end: f.end,
      title: t('Figure'),
      lines: lines(
        line(t('Value'), value || t('not resolved')),
        line(t('Measures'), f.measures),
        line(t('Period'), f.period),
      ),
    });
  }
  for (const d of doc.dates ?? []) {
    marks.push({
      kind: 'date',
      start: d.start,
      end: d.end,
      title: t('Date'),
      lines: lines(
        line(t('Resolved'), d.value ? `${formatDate(d.value)} (${d.value})` : t('could not be resolved')),
        line(t('Certainty'), d.certainty ? t(d.certainty) : null),
        line(t('Precision'), d.grain ? t(d.grain) : null),
      ),
    });
  }
  for (const e of doc.events ?? []) {
    marks.push({
      kind: 'event',
      start: e.start,
      end: e.end,
      title: `${t('Event')} · ${e.type}${e.mode ? ` (${e.mode})` : ''}`,
      lines: lines(
        line(t('Date'), e.date ? formatDate(e.date) : t('undated')),
        line(t('Actors'), names(entities, e.actors)),
        line(t('Recipients'), names(entities, e.recipients)),
        line(t('Place'), nameOf(entities, e.place)),
        line(t('Timing'), e.timing ? t(e.timing) : null),
        line(t('Context'), (e.context ?? []).join(', ')),
      ),
    });
  }
  for (const c of doc.commitments ?? []) {
    marks.push({
      kind: 'commitment',
      start: c.start,
      end: c.end,
      title: t('Commitment'),
      lines: lines(
        line(t('Parties'), names(entities, c.parties)),
        line(t('Action'), c.action),
        line(t('Deadline'), c.deadline ? formatDate(c.deadline) : null),
      ),
    });
  }
  return marks;
}

/** Marks for findings' evidence in one document. */
export function findingMarks(documentId: string, findings: readonly Finding[]): Mark[] {
  return findings.flatMap((f) =>
    (f.evidence ?? [])
      .filter((e) => e.document === documentId)
      .map((e): Mark => ({
        kind: 'finding',
        start: e.start,
        end: e.end,
        title: `${t('Finding')} · ${findingKindText(f.kind)}`,
        lines: [[t('Detail'), f.detail]],
      })),
  );
}

// Wider kinds first, so narrower ones paint over them.
const order: readonly MarkKind[] = [
  'chrome',
  'quote',
  'event',
  'commitment',
  'finding',
  'mention',
  'date',
  'figure',
  'hit',
  'evidence',
];

export interface TextView {
  readonly node: HTMLElement;
  /** Scrolls the run at `start` into view and flashes it. */
  scrollTo(start: number, end?: number, flash?: boolean): HTMLElement | null;
}

/** Renders text cut at every mark boundary; each run carries the classes of the marks that cover it. */
export function renderText(text: string, marks: readonly Mark[], options: { className?: string } = {}): TextView {
  const length = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(length, m.start)), end: Math.max(0, Math.min(length, m.end)) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || order.indexOf(a.kind) - order.indexOf(b.kind));
  const cuts = new Set<number>([0, length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const container = h('div.doc-text', { class: options.className ?? null });
  const runs: { start: number; end: number; node: HTMLElement }[] = [];
  const active: (typeof valid)[number][] = [];
  let next = 0;
  let focusable = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < valid.length && valid[next]!.start <= from) active.push(valid[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= from) active.splice(j, 1);
    const piece = text.slice(from, to);
    if (!active.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const covering = [...active].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    const kinds = [...new Set(covering.map((m) => m.kind))];
    const run = h('span.run', { class: kinds.map((k) => `m-${k}`).join(' ') }, piece);
    (run as HTMLElement & { marks?: readonly Mark[] }).marks = covering;
    // One tab stop for the whole text (the first highlight); the arrow keys move between highlights.
    if (kinds.some((k) => k !== 'chrome' && k !== 'hit')) run.tabIndex = focusable++ === 0 ? 0 : -1;
    if (covering.some((m) => m.kind === 'evidence' && m.start === from)) run.classList.add('m-evidence-start');
    container.append(run);
    runs.push({ start: from, end: to, node: run });
  }
  attachTooltip(container);
  attachArrowKeys(container);
  return {
    node: container,
    scrollTo(start, end = start + 1, flash = true) {
      const hit = runs.filter((r) => r.end > start && r.start < end);
      const first = hit[0]?.node ?? null;
      if (first) {
        first.scrollIntoView({ block: 'center', behavior: 'auto' });
        if (flash)
          for (const r of hit) {
            r.node.classList.remove('flash');
            void r.node.offsetWidth;
            r.node.classList.add('flash');
          }
      }
      return first;
    },
  };
}

/**
 * Keyboard moves through the highlights as through a toolbar: Tab enters the text at the highlight
 * last visited and leaves it at once, so a document with a hundred highlights is one tab stop before
 * the side panel; arrow keys, Home and End go from highlight to highlight.
 */
function attachArrowKeys(container: HTMLElement): void {
  const stops = () => Array.from(container.querySelectorAll<HTMLElement>('.run[tabindex]'));
  const moveTo = (target: HTMLElement | undefined, from: HTMLElement) => {
    if (!target || target === from) return;
    from.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  };
  container.addEventListener('keydown', (event) => {
    const current = event.target instanceof HTMLElement && event.target.matches('.run[tabindex]') ? event.target : null;
    if (!current) return;
    const list = stops();
    const at = list.indexOf(current);
    const to =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? list[at + 1]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? list[at - 1]
          : event.key === 'Home'
            ? list[0]
            : event.key === 'End'
              ? list.at(-1)
              : undefined;
    if (!to) return;
    event.preventDefault();
    moveTo(to, current);
  });
  // A click or a jump from the side panel makes that highlight the one Tab comes back to.
  container.addEventListener('focusin', (event) => {
    const run = event.target instanceof HTMLElement && event.target.matches('.run[tabindex]') ? event.target : null;
    if (!run || run.tabIndex === 0) return;
    for (const other of container.querySelectorAll<HTMLElement>('.run[tabindex="0"]')) other.tabIndex = -1;
    run.tabIndex = 0;
  });
}

let tooltip: HTMLElement | null = null;

function tooltipNode(): HTMLElement {
  if (!tooltip || !tooltip.isConnected) {
    tooltip = h('div.tooltip', { role: 'tooltip', id: 'mark-tooltip', hidden: true });
    document.body.append(tooltip);
  }
  return tooltip;
}

function show(run: HTMLElement & { marks?: readonly Mark[] }): void {
  const marks = run.marks ?? [];
  if (!marks.length) return;
  const tip = tooltipNode();
  tip.replaceChildren(
    ...[...marks]
      .reverse()
      .map((m) =>
        h(
          'div.tip-item',
          { class: `tip-${m.kind}` },
          h('div.tip-title', null, h('span.swatch', { class: `sw-${m.kind}` }), m.title),
          m.lines.length ? h('dl', null, ...m.lines.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)])) : null,
        ),
      ),
  );
  tip.hidden = false;
  run.setAttribute('aria-describedby', 'mark-tooltip');
  const box = run.getBoundingClientRect();
  const width = Math.min(340, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  const left = Math.max(8, Math.min(window.innerWidth - width - 8, box.left));
  tip.style.left = `${left}px`;
  const below = box.bottom + 8;
  tip.style.top = `${below}px`;
  const height = tip.offsetHeight;
  if (below + height > window.innerHeight - 8 && box.top - height - 8 > 0) tip.style.top = `${box.top - height - 8}px`;
}

function hide(): void {
  if (tooltip) tooltip.hidden = true;
}

function attachTooltip(container: HTMLElement): void {
  const find = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest('.run') as HTMLElement | null) : null;
  container.addEventListener('mouseover', (e) => {
    const run = find(e.target);
    if (run) show(run);
  });
  container.addEventListener('mouseout', (e) => {
    if (!find(e.relatedTarget)) hide();
  });
  container.addEventListener('focusin', (e) => {
    const run = find(e.target);
    if (run) show(run);
  });
  container.addEventListener('focusout', hide);
}

window.addEventListener('scroll', hide, { passive: true });
window.addEventListener('hashchange', hide);

/** A row of toggles, one per layer present, with counts; hides a layer's highlight when off. */
export function legend(target: HTMLElement, marks: readonly Mark[], kinds: readonly MarkKind[]): HTMLElement {
  const counts = new Map<MarkKind, number>();
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return h(
    'div.legend',
    { role: 'group', 'aria-label': t('Highlighted layers') },
    ...kinds.map((kind) => {
      const n = counts.get(kind) ?? 0;
      const button = h(
        'button.legend-item',
        {
          type: 'button',
          'aria-pressed': 'true',
          disabled: n === 0,
          title: n
            ? tf('Show or hide: {layer}', { layer: t(markLabels[kind]) })
            : tf('None extracted: {layer}', { layer: t(markLabels[kind]) }),
        },
        h('span.swatch', { class: `sw-${kind}` }),
        t(markLabels[kind]),
        h('span.count', null, String(n)),
      );
      button.addEventListener('click', () => {
        const on = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', String(on));
        target.classList.toggle(`hide-${kind}`, !on);
      });
      return button;
    }),
  );
}
