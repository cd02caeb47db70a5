import type { Figure, Finding } from '../../../core/index.js';
import { termsOf } from '../../../text/terms.js';
import { stopwords } from '../../../lexicons/index.js';
import type { ComparedDocument } from './sources.js';
import { rootFinder } from '../../common/disjoint-sets.js';

/** Values further apart than this share of the larger one disagree; closer ones are rounding. */
export const FIGURE_TOLERANCE = 0.05;
/** Share of the measured words two figures must have in common to measure the same thing. */
const SAME_MEASURE = 0.5;
/** Share of the words of the sentences around two figures they must share instead. */
const SAME_CONTEXT = 0.5;

function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of left) if (right.has(t)) shared++;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

/** Whether a qualifier already allows the other value ("over 430,000" and 450,000 agree). */
function allowedBy(figure: Figure, other: number): boolean {
  const value = figure.value!;
  if (figure.qualifier === 'over' || figure.qualifier === 'at least') return other >= value;
  if (
    figure.qualifier === 'nearly' ||
    figure.qualifier === 'almost' ||
    figure.qualifier === 'under' ||
    figure.qualifier === 'up to'
  )
    return other <= value;
  return false;
}

/** Units of one dimension and their size in its base unit, so "1.8 tons" and "1,600 kilograms" compare. */
const BASE_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  kg: ['kg', 1],
  tons: ['kg', 1000],
  g: ['kg', 0.001],
  lb: ['kg', 0.45359237],
  km: ['km', 1],
  mile: ['km', 1.609344],
  m: ['km', 0.001],
};
const inBase = (figure: Figure): { unit: string; value: number } => {
  const base = BASE_UNITS[figure.unit!];
  return base ? { unit: base[0], value: figure.value! * base[1] } : { unit: figure.unit!, value: figure.value! };
};

/** Day-level periods are the day an event took place, which dates compare; years and months set the measure apart. */
const coarse = (period: string | null | undefined) => (period && !/^\d{4}-\d{2}-\d{2}$/.test(period) ? period : null);

/** Whether two figures measure the same thing: unit and rate agree, coarse periods agree, the measured words mostly coincide. */
function sameMeasure(a: PlacedFigure, b: PlacedFigure, anyDocuments = false): boolean {
  if ((!anyDocuments && a.document.id === b.document.id) || a.dimension !== b.dimension) return false;
  const [pa, pb] = [coarse(a.figure.period), coarse(b.figure.period)];
  if (pa && pb && pa !== pb) return false;
  // A plain counted noun ("32 prisoners", "32 presos") is measured by its unit alone.
  if (a.plainCount || b.plainCount) return true;
  // Else by the measured words, or by the words around the figure when the measured phrase is poor.
  return overlap(a.terms, b.terms) >= SAME_MEASURE || overlap(a.context(), b.context()) >= SAME_CONTEXT;
}

interface PlacedFigure {
  readonly document: ComparedDocument;
  readonly figure: Figure;
  readonly terms: ReadonlySet<string>;
  /** The figure's sentence, at most 150 characters each side. */
  readonly sentence: string;
  /** The words of the figure's sentence, computed when first needed. */
  readonly context: () => ReadonlySet<string>;
  readonly plainCount: boolean;
  /** Base unit and rate: figures of different dimensions never measure the same thing. */
  readonly dimension: string;
}

/**
 * One measure, different values: figures of the same measure across documents (see `sameMeasure`)
 * whose values differ by more than 5 % of the larger without a qualifier that allows it. All
 * documents giving that measure are named in one finding. "About 75,000" and "nearly 75,000" agree.
 */
export function findFigureConflicts(documents: readonly ComparedDocument[]): Finding[] {
  const placed: PlacedFigure[] = documents.flatMap((document) =>
    document.figures
      .filter((f) => f.value !== null && f.unit && f.measures)
      .map((figure) => {
        const terms = termsOf(figure.measures!, stopwords);
        const sentence = sentenceAround(document.text, figure);
        return {
          document,
          figure,
          terms: new Set(terms),
          sentence,
          context: lazy(() => new Set(termsOf(sentence, stopwords))),
          plainCount: terms.length <= 1 && !/^(?:USD|MXN|EUR|percent|km|mile|kg|tons|lb|g|l)$/.test(figure.unit!),
          dimension: `${inBase(figure).unit} per ${figure.per ?? '-'}`,
        };
      }),
  );
  const parent = placed.map((_, i) => i);
  const find = rootFinder(parent);
  const join = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Figures alike in everything `sameMeasure` reads (a wire figure repeated by many sites) are one
  // kind, and kinds are compared, not figures: the cost follows the kinds of figure, not their copies.
  const kinds = new Map<string, { head: number; members: number[]; documents: Set<string> }>();
  placed.forEach((p, i) => {
    const key = `${p.dimension}\u0000${coarse(p.figure.period) ?? ''}\u0000${p.plainCount}\u0000${[...p.terms].sort().join(' ')}\u0000${p.sentence}`;
    const kind = kinds.get(key);
    if (kind) {
      kind.members.push(i);
      kind.documents.add(p.document.id);
    } else kinds.set(key, { head: i, members: [i], documents: new Set([p.document.id]) });
  });
  const byDimension = new Map<string, Array<{ head: number; members: number[]; documents: Set<string> }>>();
  for (const kind of kinds.values()) {
    // Figures of one kind in two documents measure one thing.
    if (kind.documents.size > 1 && sameMeasure(placed[kind.head]!, placed[kind.head]!, true))
      for (const i of kind.members) join(kind.head, i);
    const dimension = placed[kind.head]!.dimension;
    const members = byDimension.get(dimension);
    if (members) members.push(kind);
    else byDimension.set(dimension, [kind]);
  }
  // Only figures of one dimension can be paired, so kinds are paired within each dimension.
  for (const members of byDimension.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [members[x]!, members[y]!];
        // Kinds already in one group need no test, nor two kinds of one and the same document.
        if (find(a.head) === find(b.head)) continue;
        if (
          a.documents.size === 1 &&
          b.documents.size === 1 &&
          placed[a.head]!.document.id === placed[b.head]!.document.id
        )
          continue;
        if (!sameMeasure(placed[a.head]!, placed[b.head]!, true)) continue;
        // Every figure of either kind measures what a figure of the other, from another document, measures.
        for (const i of a.members) join(i, b.head);
        for (const j of b.members) join(j, a.head);
      }
    }
  }
  const groups = new Map<number, PlacedFigure[]>();
  placed.forEach((p, i) => {
    const group = groups.get(find(i));
    if (group) group.push(p);
    else groups.set(find(i), [p]);
  });
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const documentsOf = [...new Set(group.map((p) => p.document.id))];
    if (documentsOf.length < 2) continue;
    const conflict = firstConflict(group);
    if (!conflict) continue;
    const shown = documentsOf.map((id) => group.find((p) => p.document.id === id)!);
    const quote = (p: PlacedFigure) =>
      `${p.document.title ?? p.document.id} gives “${p.document.text.slice(p.figure.start, p.figure.end)}”`;
    const [x, y] = [inBase(conflict[0].figure).value, inBase(conflict[1].figure).value];
    findings.push({
      kind: 'figure_conflict',
      documents: documentsOf,
      entity: null,
      detail: `Sources disagree on ${conflict[0].figure.measures}: ${shown.map(quote).join('; ')} (${Math.round((100 * Math.abs(x - y)) / Math.max(Math.abs(x), Math.abs(y)))}% apart).`,
      evidence: shown.map((p) => ({ document: p.document.id, start: p.figure.start, end: p.figure.end })),
    });
  }
  return findings;
}

/** The first two figures of the group, in order, from different documents that disagree. */
function firstConflict(group: readonly PlacedFigure[]): readonly [PlacedFigure, PlacedFigure] | undefined {
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i]!, group[j]!];
      if (a.document.id !== b.document.id && disagree(a.figure, b.figure)) return [a, b];
    }
  }
  return undefined;
}

function disagree(a: Figure, b: Figure): boolean {
  const [x, y] = [inBase(a).value, inBase(b).value];
  const scale = (f: Figure) => inBase(f).value / f.value!;
  return !(
    Math.abs(x - y) <= FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) ||
    allowedBy(a, y / scale(a)) ||
    allowedBy(b, x / scale(b))
  );
}

/** The sentence around a figure, at most 150 characters each side. */
function sentenceAround(text: string, figure: Figure): string {
  const before = text.slice(Math.max(0, figure.start - 150), figure.start);
  const after = text.slice(figure.end, figure.end + 150);
  // The last stop before the figure, found from the end: a pattern anchored at the end would try every start.
  const start =
    Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const end = after.search(/[.!?\n]/u);
  return `${before.slice(start)}${text.slice(figure.start, figure.end)}${end < 0 ? after : after.slice(0, end)}`;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}
