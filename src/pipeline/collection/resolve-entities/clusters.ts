import type { EntityKind, KnownActor, Span } from '../../../core/index.js';
import { nameKey, nameWords } from './name-similarity.js';

/** A mention placed in its document. */
export interface PlacedMention extends Span {
  readonly document: string;
  readonly index: number;
}

/** One entity in the making: the names and roles its mentions give, and the known actor if any. */
export class Cluster {
  readonly names = new Map<string, number>();
  readonly fullNames = new Map<string, number>();
  readonly roles: string[] = [];
  readonly countries = new Map<string, number>();
  readonly documents = new Set<string>();
  readonly mentions: PlacedMention[] = [];
  /** The mentions of each document, in the order they were placed. */
  readonly mentionsIn = new Map<string, PlacedMention[]>();
  /** The keys of the resolution's lookup by name that lead to this cluster, so that absorbing it moves them. */
  readonly keysInIndex: string[] = [];
  /** Moved into another cluster: no longer one of the analysis's clusters. */
  removed = false;
  /** Changes whenever the keys may have changed, so that an index of them knows to look again. */
  keysVersion = 0;
  /** Names written differently from the canonical name that were merged as misspellings. */
  readonly variants: Array<{ name: string; mention: PlacedMention }> = [];

  constructor(
    readonly kind: EntityKind,
    readonly order: number,
    public known: KnownActor | null,
    /** Unique, in the order clusters were made (`order` counts the clusters there were, which absorbing lowers). */
    readonly sequence: number = order,
  ) {}

  private keys: { surnames: Set<string>; full: Set<string> } | null = null;

  add(mention: PlacedMention, name: string, role: string | null, country: string | null): void {
    this.take(mention);
    if (name) {
      this.names.set(name, (this.names.get(name) ?? 0) + 1);
      if (nameWords(name).length >= 2) {
        // The keys are made of full names only: a new lone surname leaves them as they are.
        if (!this.fullNames.has(name)) this.namesChanged();
        this.fullNames.set(name, (this.fullNames.get(name) ?? 0) + 1);
      }
    }
    if (role) this.roles.push(role);
    if (country) this.countries.set(country, (this.countries.get(country) ?? 0) + 1);
  }

  /** Holds a mention (a name, role and country, if any, are added by `add`). */
  take(mention: PlacedMention): void {
    this.mentions.push(mention);
    this.documents.add(mention.document);
    const here = this.mentionsIn.get(mention.document);
    if (here) here.push(mention);
    else this.mentionsIn.set(mention.document, [mention]);
  }

  /** The canonical name: the known actor's, else the most used full name, first written on ties; never a misspelling. */
  get name(): string {
    if (this.known) return this.known.name;
    const variants = new Set(this.variants.map((v) => v.name));
    const pick = (names: Map<string, number>) =>
      [...names].filter(([name]) => !variants.has(name)).sort((a, b) => b[1] - a[1])[0]?.[0];
    return pick(this.fullNames) ?? pick(this.names) ?? '';
  }

  /** Keys a lone surname may use to reach this person: "rubio"; "sheinbaum pardo", "sheinbaum", "pardo". */
  surnameKeys(): Set<string> {
    return this.cachedKeys().surnames;
  }

  /** Every key of a full name of this entity. */
  fullKeys(): Set<string> {
    return this.cachedKeys().full;
  }

  /** Forgets the cached keys, after names were moved in from another cluster. */
  namesChanged(): void {
    this.keys = null;
    this.keysVersion++;
  }

  private cachedKeys() {
    this.keys ??= { surnames: this.computeSurnameKeys(), full: this.computeFullKeys() };
    return this.keys;
  }

  private computeSurnameKeys(): Set<string> {
    const keys = new Set<string>();
    const names = [...this.fullNames.keys(), ...(this.known ? [this.known.name, ...this.known.aliases] : [])];
    for (const name of names) {
      const words = nameWords(name);
      if (words.length < 2) continue;
      for (let k = 1; k < words.length; k++) {
        keys.add(words[k]!);
        keys.add(words.slice(k).join(' '));
      }
    }
    return keys;
  }

  private computeFullKeys(): Set<string> {
    const names = [...this.fullNames.keys(), ...(this.known ? [this.known.name, ...this.known.aliases] : [])];
    return new Set(names.map(nameKey));
  }
}
