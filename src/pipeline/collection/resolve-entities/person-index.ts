import type { Cluster } from './clusters.js';

/**
 * The person clusters of one resolution, found by a key of a full name, by a surname key and by
 * document, instead of by scanning every cluster for each mention (which costs the square of the
 * collection). Keys only grow (a cluster gains names, never loses them), so a cluster is added
 * under each new key as it gains it. Answers hold the clusters still in use, in the order they were
 * made: the order a scan of the clusters would meet them in.
 */
export class PersonIndex {
  private readonly byFullKey = new Map<string, Cluster[]>();
  private readonly bySurnameKey = new Map<string, Cluster[]>();
  private readonly byDocument = new Map<string, Cluster[]>();
  /** Per cluster: the keys version last indexed, and the keys it is listed under. */
  private readonly indexed = new Map<Cluster, { version: number; full: Set<string>; surnames: Set<string> }>();

  /** Lists a person cluster under the keys and documents it has gained since it was last listed. */
  track(cluster: Cluster, newDocuments: Iterable<string> = []): void {
    if (cluster.kind !== 'person') return;
    for (const document of newDocuments) listUnder(this.byDocument, document, cluster);
    let seen = this.indexed.get(cluster);
    if (seen?.version === cluster.keysVersion) return;
    if (!seen) this.indexed.set(cluster, (seen = { version: -1, full: new Set(), surnames: new Set() }));
    seen.version = cluster.keysVersion;
    for (const key of cluster.fullKeys()) {
      if (seen.full.has(key)) continue;
      seen.full.add(key);
      listUnder(this.byFullKey, key, cluster);
    }
    for (const key of cluster.surnameKeys()) {
      if (seen.surnames.has(key)) continue;
      seen.surnames.add(key);
      listUnder(this.bySurnameKey, key, cluster);
    }
  }

  /** Person clusters with a full name of this key. */
  withFullKey(key: string): Cluster[] {
    return live(this.byFullKey.get(key));
  }

  /** Person clusters a lone surname of this key may name (see `Cluster.surnameKeys`). */
  withSurnameKey(key: string): Cluster[] {
    return live(this.bySurnameKey.get(key));
  }

  /** Person clusters with a surname key among these. */
  withAnySurnameKey(keys: readonly string[]): Cluster[] {
    if (keys.length === 1) return this.withSurnameKey(keys[0]!);
    return live([...new Set(keys.flatMap((key) => this.bySurnameKey.get(key) ?? []))]);
  }

  /** Person clusters with a mention in the document. */
  inDocument(document: string): Cluster[] {
    return live(this.byDocument.get(document));
  }
}

function listUnder(index: Map<string, Cluster[]>, key: string, cluster: Cluster): void {
  const list = index.get(key);
  if (list) list.push(cluster);
  else index.set(key, [cluster]);
}

/** The clusters still in use, in the order they were made. */
function live(clusters: readonly Cluster[] | undefined): Cluster[] {
  if (!clusters) return [];
  return clusters.filter((c) => !c.removed).sort((a, b) => a.sequence - b.sequence);
}
