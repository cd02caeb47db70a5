import type { Figure, Finding } from '../../../core/index.js';
import { termsOf } from '../../../text/terms.js';
import { ownCopy } from '../../../text/own-copy.js';
import { stopwords } from '../../../lexicons/index.js';
import { SharedStrings, type ComparedDocument } from './sources.js';
import { rootFinder } from '../../common/disjoint-sets.js';
import { firstPairApart } from './first-pair.js';

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
function allowedBy(figure: ComparedFigure, other: number): boolean {
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
const inBase = (figure: ComparedFigure): { unit: string; value: number } => {
  const base = BASE_UNITS[figure.unit!];
  return base ? { unit: base[0], value: figure.value! * base[1] } : { unit: figure.unit!, value: figure.value! };
};

/** Day-level periods are the day an event took place, which dates compare; years and months set the measure apart. */
const coarse = (period: string | null | undefined) => (period && !/^\d{4}-\d{2}-\d{2}$/.test(period) ? period : null);

/** Whether two figures measure the same thing: unit and rate agree, coarse periods agree, the measured words mostly coincide. */
function sameMeasure(a: MeasuredFigure, b: MeasuredFigure, anyDocuments = false): boolean {
  if ((!anyDocuments && a.document.id === b.document.id) || a.dimension !== b.dimension) return false;
  const [pa, pb] = [coarse(a.figure.period), coarse(b.figure.period)];
  if (pa && pb && pa !== pb) return false;
  // A plain counted noun ("32 prisoners", "32 presos") is measured by its unit alone.
  if (a.plainCount || b.plainCount) return true;
  // Else by the measured words, or by the words around the figure when the measured phrase is poor.
  return overlap(a.terms, b.terms) >= SAME_MEASURE || overlap(a.context(), b.context()) >= SAME_CONTEXT;
}

/** What comparing keeps of a figure: what the findings read of it. */
type ComparedFigure = Pick<Figure, 'start' | 'end' | 'value' | 'unit' | 'per' | 'measures' | 'period' | 'qualifier'>;

/** A figure with its document: what a group of figures of one measure holds. */
interface PlacedFigure {
  readonly document: ComparedDocument;
  readonly figure: ComparedFigure;
}

/** The first figure of a kind, with everything `sameMeasure` reads of it. */
interface MeasuredFigure extends PlacedFigure {
  readonly terms: ReadonlySet<string>;
  /** The words of the figure's sentence (at most 150 characters each side), computed when first needed. */
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
  const figures = new PlacedFigures();
  for (const document of documents) figures.add(document);
  return figures.conflicts();
}

/**
 * The figures of a collection, added one document at a time, and the conflicts among them. Figures
 * alike in everything `sameMeasure` reads (a wire figure repeated by many sites) are one kind, and
 * kinds are compared, not figures: the cost follows the kinds of figure, not their copies. Only the
 * first figure of a kind keeps its sentence; the others keep their numbers.
 */
export class PlacedFigures {
  private readonly placed: PlacedFigure[] = [];
  private readonly kindOf: number[] = [];
  private readonly kinds = new Map<string, FigureKind>();
  private readonly shared = new SharedStrings();

  /** Places the figures of one document that have a value, a unit and a measure. */
  add(document: ComparedDocument): void {
    for (const figure of document.figures) {
      if (figure.value === null || !figure.unit || !figure.measures) continue;
      const { start, end, value, unit, per, measures, period, qualifier } = figure;
      const slim: ComparedFigure = {
        start,
        end,
        value,
        unit,
        per,
        measures: this.shared.get(measures),
        period: period === null ? null : this.shared.get(period),
        qualifier,
      };
      const terms = termsOf(measures, stopwords);
      const sentence = sentenceAround(document.text, figure);
      const plainCount = terms.length <= 1 && !/^(?:USD|MXN|EUR|percent|km|mile|kg|tons|lb|g|l)$/.test(unit);
      const dimension = `${inBase(figure).unit} per ${per ?? '-'}`;
      const key = `${dimension}\u0000${coarse(period) ?? ''}\u0000${plainCount}\u0000${[...new Set(terms)].sort().join(' ')}\u0000${sentence}`;
      const i = this.placed.length;
      this.placed.push({ document, figure: slim });
      let kind = this.kinds.get(key);
      if (kind) {
        kind.members.push(i);
        kind.documents.add(document.id);
      } else {
        // A copy: a cut of the text would keep the whole text alive while the figures are compared.
        const own = ownCopy(sentence);
        const head: MeasuredFigure = {
          document,
          figure: slim,
          terms: new Set(terms),
          context: lazy(() => new Set(termsOf(own, stopwords))),
          plainCount,
          dimension,
        };
        this.kinds.set(
          ownCopy(key),
          (kind = { index: this.kinds.size, head, members: [i], documents: new Set([document.id]) }),
        );
      }
      this.kindOf.push(kind.index);
    }
  }

  /** The conflicts among the figures placed, one finding per measure. */
  conflicts(): Finding[] {
    const { placed, kindOf } = this;
    const linked = measuredAlike([...this.kinds.values()]);
    // The figures of a kind linked to another measure one thing with it (each measures what a figure of
    // the other, from another document, measures); a kind linked to none leaves its figures apart.
    const groups = new Map<string, PlacedFigure[]>();
    placed.forEach((p, i) => {
      const root = linked(kindOf[i]!);
      const key = root === null ? `figure ${i}` : `kind ${root}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    });
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      const documentsOf = [...new Set(group.map((p) => p.document.id))];
      if (documentsOf.length < 2) continue;
      const conflict = firstPairApart(
        group,
        profileOf,
        (p) => p.document.id,
        (a, b) => disagree(a.figure, b.figure),
      );
      if (!conflict) continue;
      const first = new Map<string, PlacedFigure>();
      for (const p of group) if (!first.has(p.document.id)) first.set(p.document.id, p);
      const shown = documentsOf.map((id) => first.get(id)!);
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
}

/** What of a figure `disagree` reads: its unit, value and qualifier. */
const profileOf = ({ figure }: PlacedFigure) => `${figure.unit}\u0000${figure.value}\u0000${figure.qualifier ?? ''}`;

function disagree(a: ComparedFigure, b: ComparedFigure): boolean {
  const [x, y] = [inBase(a).value, inBase(b).value];
  const scale = (f: ComparedFigure) => inBase(f).value / f.value!;
  return !(
    Math.abs(x - y) <= FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) ||
    allowedBy(a, y / scale(a)) ||
    allowedBy(b, x / scale(b))
  );
}

/** The sentence around a figure, at most 150 characters each side. */
function sentenceAround(text: string, figure: ComparedFigure): string {
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

/** Figures alike in everything `sameMeasure` reads, from one document or several. */
interface FigureKind {
  readonly index: number;
  readonly head: MeasuredFigure;
  readonly members: number[];
  readonly documents: Set<string>;
}

/**
 * Which kinds measure one thing: the kinds linked, directly or through others, by pairs that
 * `sameMeasure` accepts from different documents (and a kind in two documents, which measures one
 * thing by itself). Gives each kind's group (a kind's index standing for the group), or null for a
 * kind linked to none. Only the groups matter, never which pairs made them, so pairs are not all
 * tested: a plain count is alike with every kind of its dimension and period, which is joined
 * through `Reach` in time linear in the kinds, and other kinds share measured words or words around
 * them, which an index of the rarest of their words finds (see `pairsSharingHalf`).
 */
function measuredAlike(kinds: readonly FigureKind[]): (kind: number) => number | null {
  const parent = kinds.map((_, k) => k);
  const find = rootFinder(parent);
  const linked = kinds.map((kind) => kind.documents.size > 1 && sameMeasure(kind.head, kind.head, true));
  const link = (x: number, y: number) => {
    linked[x] = linked[y] = true;
    const [a, b] = [find(x), find(y)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // Two kinds of one and the same document hold no pair from two documents; a kind of several
  // documents pairs with every other.
  const documentOf = (k: number) => (kinds[k]!.documents.size === 1 ? kinds[k]!.head.document.id : `\u0001${k}`);
  const byDimension = new Map<string, number[]>();
  kinds.forEach((kind, k) => {
    const list = byDimension.get(kind.head.dimension);
    if (list) list.push(k);
    else byDimension.set(kind.head.dimension, [k]);
  });
  for (const members of byDimension.values()) {
    // Kinds by coarse period ('' for none): a kind with none meets every period, one with a period
    // meets its own and none.
    const byPeriod = new Map<string, number[]>();
    for (const k of members) {
      const period = coarse(kinds[k]!.head.figure.period) ?? '';
      const list = byPeriod.get(period);
      if (list) list.push(k);
      else byPeriod.set(period, [k]);
    }
    const reaches = new Map([...byPeriod].map(([period, list]) => [period, new Reach(list, documentOf)]));
    for (const k of members) {
      if (!kinds[k]!.head.plainCount) continue;
      const period = coarse(kinds[k]!.head.figure.period) ?? '';
      for (const [other, reach] of reaches)
        if (period === '' || other === '' || other === period) reach.connect(k, documentOf(k), link);
    }
    const measured = members.filter((k) => !kinds[k]!.head.plainCount);
    for (const words of [(k: number) => kinds[k]!.head.terms, (k: number) => kinds[k]!.head.context()]) {
      pairsSharingHalf(measured, words, (x, y) => {
        if (find(x) === find(y) || documentOf(x) === documentOf(y)) return;
        if (sameMeasure(kinds[x]!.head, kinds[y]!.head, true)) link(x, y);
      });
    }
  }
  return (kind) => (linked[kind] ? find(kind) : null);
}

/**
 * The kinds of one dimension and period that plain counts reach: a plain count is alike with each
 * of them but those of its own document. Linking each plain count to each kind would cost their
 * product; instead the kinds already joined are held as one group (`hub`, with the documents of its
 * kinds: one, or null for several) and the rest wait by document (`waiting`), so that each kind is
 * linked once and each plain count once more, and the groups come out as if every pair were linked.
 */
class Reach {
  private readonly waiting = new Map<string, number[]>();
  private hub: { kind: number; document: string | null } | null = null;

  constructor(kinds: readonly number[], documentOf: (kind: number) => string) {
    for (const k of kinds) {
      const list = this.waiting.get(documentOf(k));
      if (list) list.push(k);
      else this.waiting.set(documentOf(k), [k]);
    }
  }

  /** Links a plain count of the given document with every kind here of another document. */
  connect(plain: number, document: string, link: (x: number, y: number) => void): void {
    const reached = new Set<string>();
    for (const [other, list] of this.waiting) {
      if (other === document) continue;
      for (const k of list) link(plain, k);
      reached.add(other);
      this.waiting.delete(other);
    }
    // The hub holds a kind of another document: the count is alike with it, and so joins the hub.
    const hub = this.hub;
    const throughHub = hub !== null && hub.document !== document;
    if (throughHub) link(plain, hub.kind);
    if (!reached.size && !throughHub) return;
    // A hub of this document alone stays apart, and waits as one kind of its document.
    if (hub && !throughHub) this.waiting.set(document, [...(this.waiting.get(document) ?? []), hub.kind]);
    const several = throughHub && hub.document === null;
    if (throughHub && hub.document !== null) reached.add(hub.document);
    this.hub = { kind: plain, document: !several && reached.size === 1 ? [...reached][0]! : null };
  }
}

/**
 * Calls `visit` with every pair of kinds (once or more) whose words, as `words` gives them, share at
 * least half of the smaller set, the share `sameMeasure` asks for, and with some other pairs. A set of
 * n words that shares half of itself with another shares one of any n − ⌈n/2⌉ + 1 of its words, so
 * each kind is listed under that many of its rarest words, and looks for partners under all of its own.
 */
function pairsSharingHalf(
  kinds: readonly number[],
  words: (kind: number) => ReadonlySet<string>,
  visit: (x: number, y: number) => void,
): void {
  const frequency = new Map<string, number>();
  for (const k of kinds) for (const word of words(k)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const listed = new Map<string, number[]>();
  for (const k of kinds) {
    const own = [...words(k)].sort(rarestFirst);
    for (const word of own.slice(0, own.length - Math.ceil(own.length / 2) + 1)) {
      const list = listed.get(word);
      if (list) list.push(k);
      else listed.set(word, [k]);
    }
  }
  const seen = new Map<number, number>();
  for (const k of kinds) {
    for (const word of words(k)) {
      for (const other of listed.get(word) ?? []) {
        if (other === k || seen.get(other) === k) continue;
        seen.set(other, k);
        visit(k, other);
      }
    }
  }
}
