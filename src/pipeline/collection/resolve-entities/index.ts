/**
 * resolveEntities — decides which mentions, across all documents of one analysis, name one entity.
 *
 * People: full names join the known actor they name, or an entity with the same full name; a full
 * name with the surname, a similar given name ("Mark"/"Marco") and a compatible role of another is
 * a misspelling, merged and reported as a `name_variant` finding. A lone surname joins the person of
 * that surname named in the same document, else in the analysis, else a known actor. A role phrase
 * ("the Mexican president", "the Secretary") joins the one person of the document holding that role,
 * else the known actor who held that office on the publication date; unresolved ones are dropped.
 * Organisations, places and countries join by name and aliases; "Center for … (CIDE)" makes the
 * acronym an alias. Ids are `kind:slug-of-name`, stable across runs on the same input.
 */
import {
  officeOn,
  type DocumentSpan,
  type Entity,
  type Finding,
  type KnownActor,
  type Mention,
  type Span,
} from '../../../core/index.js';
import { countryName, knownActors } from '../../../lexicons/index.js';
import { listedAliases } from './aliases.js';
import { Cluster } from './clusters.js';
import { nameKey, nameWords, roleWords, similarGivenNames } from './name-similarity.js';
import { PersonIndex } from './person-index.js';
import { firstAtLeast } from '../../common/sorted-search.js';

/** What resolution needs of one document. */
export interface ResolvedDocument {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly mentions: readonly Mention[];
}

/** Entities, which entity each mention names, and the name variants found on the way. */
export interface Resolution {
  readonly entities: readonly Entity[];
  /** Entity id of each mention, by document id, aligned with the document's mentions (null: unresolved). */
  readonly mentionEntities: ReadonlyMap<string, readonly (string | null)[]>;
  readonly findings: readonly Finding[];
  /** The entity a span names: the mention at that span, or the one it contains or lies within. */
  entityAt(documentId: string, span: Span): string | null;
}

const countryWords = new Set([
  'u',
  's',
  'us',
  'u.s',
  'american',
  'mexican',
  'mexico',
  'mexicano',
  'mexicana',
  'estadounidense',
  'united',
  'states',
  // "embajador de Estados Unidos": the Spanish name's words qualify a role as the English ones do.
  'estados',
  'unidos',
  'eeuu',
  'canadian',
  'de',
  'mexicos',
  'americas',
]);

export function resolveEntities(
  documents: readonly ResolvedDocument[],
  userActors: readonly KnownActor[] = [],
): Resolution {
  const { actors, knownByKey, knownBySurname } = knowledgeIndex(userActors);
  // Every cluster made, in order; those absorbed into another are marked `removed` and left out.
  const clusters: Cluster[] = [];
  const live = { count: 0 };
  const people = new PersonIndex();
  const byKnown = new Map<KnownActor, Cluster>();
  const byKey = new Map<string, Cluster>();
  const assigned = new Map<string, (Cluster | null)[]>(documents.map((d) => [d.id, d.mentions.map(() => null)]));
  const made = (kind: Mention['kind'], known: KnownActor | null) => {
    const cluster = new Cluster(kind, live.count++, known, clusters.length);
    clusters.push(cluster);
    people.track(cluster);
    return cluster;
  };
  const clusterFor = (kind: Mention['kind'], known: KnownActor | null, key: string): Cluster => {
    if (known) {
      let cluster = byKnown.get(known);
      if (!cluster) byKnown.set(known, (cluster = made(kind, known)));
      return cluster;
    }
    let cluster = byKey.get(`${kind}|${key}`);
    if (!cluster) {
      cluster = made(kind, null);
      byKey.set(`${kind}|${key}`, cluster);
      cluster.keysInIndex.push(`${kind}|${key}`);
    }
    return cluster;
  };
  const place = (document: ResolvedDocument, index: number, cluster: Cluster, name: string) => {
    const mention = document.mentions[index]!;
    const newDocument = !cluster.documents.has(document.id);
    cluster.add(
      { document: document.id, index, start: mention.start, end: mention.end },
      name,
      mention.anaphoric ? null : mention.role,
      mention.country,
    );
    people.track(cluster, newDocument ? [document.id] : []);
    assigned.get(document.id)![index] = cluster;
  };
  // The first person cluster (in the order made) of a document that passes a test.
  const personIn = (document: string, test: (c: Cluster) => boolean) => people.inDocument(document).find(test);
  // The mentions that pass a test, in order, one at a time: a list of them would hold an object for
  // nearly every mention of the collection while it is resolved.
  const each = function* (test: (m: Mention) => boolean) {
    for (const document of documents) {
      const { mentions } = document;
      for (let index = 0; index < mentions.length; index++) {
        const mention = mentions[index]!;
        if (test(mention)) yield { document, index, mention };
      }
    }
  };

  // Short forms that name, within one document, a body named there in full ("the Navy" after "the
  // Mexican Navy"; "Vector" and "Vector Casa de Bolsa"), and people whose surname the authorities
  // withheld ("Manuel Roberto «N»") whom the document also names in full: placed after the full names.
  const deferred = new Map<string, Map<number, number[] | 'withheld'>>(
    documents.map((d) => [d.id, shortForms(d.mentions, knownByKey)]),
  );

  // 1. Full names of people, organisations, places and countries.
  for (const { document, index, mention } of each(
    (m) => !m.anaphoric && (m.kind !== 'person' || nameWords(m.name).length >= 2),
  )) {
    if (deferred.get(document.id)!.has(index)) continue;
    if (mention.kind === 'country') {
      place(document, index, clusterFor('country', null, mention.name), countryName(mention.name));
      continue;
    }
    const key = nameKey(mention.name);
    // "U.S. State Department" is the known "State Department", and so is "Departamento de Estado de
    // Estados Unidos": retry without a leading or trailing country.
    const bare = key
      .replace(/^(?:u s|us|united states|american|mexican|mexico|mexicos|estadounidense|mexicana?)\s+/, '')
      .replace(/\s+(?:de|del|of|of the)\s+(?:los\s+)?(?:estados unidos|united states|eeuu|ee uu|mexico)$/, '');
    const known = knownByKey.get(`${mention.kind}|${key}`) ?? knownByKey.get(`${mention.kind}|${bare}`) ?? null;
    if (known || mention.kind !== 'person') {
      place(document, index, clusterFor(mention.kind, known, key), mention.name);
      continue;
    }
    // "Anaya Lugo" after "Rigoberto Anaya Lugo": two surnames of a person the document names in full.
    const existing =
      byKey.get(`person|${key}`) ??
      people.withFullKey(key)[0] ??
      people.withSurnameKey(key).find((c) => c.documents.has(document.id));
    if (existing) {
      place(document, index, existing, mention.name);
      continue;
    }
    const variantOf = findVariantOf(mention, people, actors, knownBySurname);
    if (variantOf) {
      const cluster = variantOf instanceof Cluster ? variantOf : clusterFor('person', variantOf, key);
      place(document, index, cluster, mention.name);
      cluster.variants.push({ name: mention.name, mention: cluster.mentions.at(-1)! });
      byKey.set(`person|${key}`, cluster);
      cluster.keysInIndex.push(`person|${key}`);
      continue;
    }
    place(document, index, clusterFor('person', null, key), mention.name);
  }

  for (const document of documents) {
    for (const [index, target] of deferred.get(document.id)!) {
      const mention = document.mentions[index]!;
      if (target === 'withheld') {
        const given = nameKey(mention.name).replace(/ n$/, '');
        const full = personIn(document.id, (c) =>
          [...c.fullKeys()].some((k) => k.startsWith(`${given} `) && !k.endsWith(' n')),
        );
        place(document, index, full ?? clusterFor('person', null, nameKey(mention.name)), mention.name);
      } else {
        const targets = new Set(
          target.map((k) => assigned.get(document.id)![k]).filter((c): c is Cluster => c !== null && c !== undefined),
        );
        place(
          document,
          index,
          targets.size === 1 ? [...targets][0]! : clusterFor(mention.kind, null, nameKey(mention.name)),
          mention.name,
        );
      }
    }
  }

  // 2. Acronyms in parentheses right after an organisation's name are its aliases.
  for (const document of documents) {
    const mentions = document.mentions;
    for (let k = 1; k < mentions.length; k++) {
      const [before, acronym] = [mentions[k - 1]!, mentions[k]!];
      if (before.kind !== 'organization' || acronym.kind !== 'organization') continue;
      // "(CBP)", and "(CBP, por sus siglas en inglés)".
      if (
        !/^\s*\(\s*$/.test(document.text.slice(before.end, acronym.start)) ||
        (document.text[acronym.end] !== ')' && document.text[acronym.end] !== ',')
      )
        continue;
      const longCluster = assigned.get(document.id)![k - 1]!;
      const shortCluster = assigned.get(document.id)![k]!;
      if (longCluster && shortCluster && longCluster !== shortCluster)
        absorb(longCluster, shortCluster, live, assigned, byKey, people);
    }
  }

  // 3. Lone surnames: the person of the document first, then of the analysis, then a known actor.
  for (const { document, index, mention } of each(
    (m) => !m.anaphoric && m.kind === 'person' && nameWords(m.name).length < 2,
  )) {
    // "de la Fuente" reaches "Juan Ramón de la Fuente" by "fuente": surname keys leave the particles out.
    const key = nameWords(mention.name).join(' ') || nameKey(mention.name);
    const named = people.withSurnameKey(key);
    const local = named.filter((c) => c.documents.has(document.id) && c.fullNames.size + (c.known ? 1 : 0) > 0);
    const knownByName = knownBySurname.get(key) ?? [];
    const cluster =
      local.length === 1
        ? local[0]!
        : local.length > 1
          ? mostMentioned(local)
          : named.length === 1
            ? named[0]!
            : knownByName.length === 1
              ? clusterFor('person', knownByName[0]!, key)
              : clusterFor('person', null, key);
    place(document, index, cluster, mention.name);
  }

  // 4. Role phrases that stand for a person.
  // Placing a role phrase adds no role and no known actor to a cluster, so the words of the offices
  // it holds on a day are worked out once.
  const officeWords = new Map<Cluster, Map<string | null, ReadonlySet<string>>>();
  const officeWordsOn = (c: Cluster, published: string | null) => {
    let byDay = officeWords.get(c);
    if (!byDay) officeWords.set(c, (byDay = new Map()));
    let words = byDay.get(published);
    if (!words) {
      const office = c.known ? officeOn(c.known, published) : null;
      const roles = [...c.roles, ...(office ? [office.role] : [])];
      byDay.set(published, (words = new Set(roles.flatMap((r) => roleWords(r, countryWords)))));
    }
    return words;
  };
  for (const { document, index, mention } of each((m) => m.anaphoric)) {
    const wanted = roleWords(mention.role, countryWords);
    if (!wanted.length) continue;
    const holds = (c: Cluster) => {
      const words = officeWordsOn(c, document.published);
      const country = c.known?.country ?? c.countries.keys().next().value ?? null;
      return wanted.every((w) => words.has(w)) && (!mention.country || !country || country === mention.country);
    };
    const local = people.inDocument(document.id).filter(holds);
    const before = local.filter((c) => c.mentionsIn.get(document.id)!.some((m) => m.start < mention.start));
    let cluster: Cluster | null =
      local.length === 1 ? local[0]! : before.length ? lastMentionedBefore(before, document.id, mention.start) : null;
    if (!cluster && document.published) {
      const holders = actors.filter(
        (a) =>
          a.kind === 'person' &&
          (() => {
            const office = officeOn(a, document.published);
            if (!office) return false;
            const words = new Set(roleWords(office.role, countryWords));
            return wanted.every((w) => words.has(w)) && (!mention.country || office.country === mention.country);
          })(),
      );
      if (holders.length === 1) cluster = clusterFor('person', holders[0]!, nameKey(holders[0]!.name));
    }
    if (cluster) place(document, index, cluster, '');
  }

  return finish(
    documents,
    clusters.filter((c) => !c.removed),
    assigned,
  );
}

/**
 * The mentions of one document to place after its full names: a one-word body's name that is the
 * first or last word of longer bodies' names there (the indexes of those mentions; it joins them when
 * they are one entity), and
 * people named with a withheld surname ("N").
 */
function shortForms(
  mentions: readonly Mention[],
  knownByKey: ReadonlyMap<string, KnownActor>,
): Map<number, number[] | 'withheld'> {
  const result = new Map<number, number[] | 'withheld'>();
  mentions.forEach((mention, index) => {
    if (mention.kind === 'person' && !mention.anaphoric && / N$/.test(mention.name)) result.set(index, 'withheld');
    if (
      mention.kind !== 'organization' ||
      nameWords(mention.name).length !== 1 ||
      knownByKey.has(`organization|${nameKey(mention.name)}`)
    )
      return;
    const word = nameWords(mention.name)[0]!;
    const longer: number[] = [];
    mentions.forEach((other, k) => {
      if (other.kind !== 'organization') return;
      const words = nameWords(other.name);
      if (words.length >= 2 && (words[0] === word || words.at(-1) === word)) longer.push(k);
    });
    if (longer.length) result.set(index, longer);
  });
  return result;
}

const indexes = new Map<
  readonly KnownActor[],
  { actors: readonly KnownActor[]; knownByKey: Map<string, KnownActor>; knownBySurname: Map<string, KnownActor[]> }
>();

/** Known actors by kind and folded name, and people by each word of their names after the first; built once per actor list. */
function knowledgeIndex(userActors: readonly KnownActor[]) {
  let index = indexes.get(userActors);
  if (index) return index;
  const actors = [...userActors, ...knownActors];
  const knownByKey = new Map<string, KnownActor>();
  const knownBySurname = new Map<string, KnownActor[]>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = `${actor.kind}|${nameKey(name)}`;
      if (!knownByKey.has(key)) knownByKey.set(key, actor);
      if (actor.kind !== 'person') continue;
      for (const word of nameWords(name).slice(1)) {
        const owners = knownBySurname.get(word) ?? [];
        if (!owners.includes(actor)) knownBySurname.set(word, [...owners, actor]);
      }
    }
  }
  indexes.set(userActors, (index = { actors, knownByKey, knownBySurname }));
  return index;
}

/** A known actor or an entity of the same surname, a similar given name and a compatible role. */
function findVariantOf(
  mention: Mention,
  people: PersonIndex,
  actors: readonly KnownActor[],
  knownBySurname: ReadonlyMap<string, readonly KnownActor[]>,
): Cluster | KnownActor | null {
  const words = nameWords(mention.name);
  const [given, surname] = [words[0]!, words.at(-1)!];
  const mentionRoles = new Set(roleWords(mention.role, countryWords));
  // 'same' when both name an office and share a word of it; 'unknown' when either names none.
  const roleAgreement = (roles: readonly string[]) => {
    const theirs = new Set(roles.flatMap((r) => roleWords(r, countryWords)));
    if (mentionRoles.size === 0 || theirs.size === 0) return 'unknown';
    return [...mentionRoles].some((w) => theirs.has(w)) ? 'same' : 'different';
  };
  const matches = (names: readonly string[], roles: readonly string[]) => {
    // Names first: most candidates share no surname, and roles cost more to compare.
    // "Rojelio Villaseñor" and "Rogelio Villaseñor Ríos": a surname word in common is enough.
    const surnames = new Set(words.slice(1));
    const sameSurname = names.filter((name) => {
      const other = nameWords(name);
      return (
        other.length >= 2 &&
        other[0] !== given &&
        (other.at(-1) === surname || other.slice(1).some((w) => surnames.has(w)))
      );
    });
    if (!sameSurname.length) return false;
    const agreement = roleAgreement(roles);
    if (agreement === 'different') return false;
    return sameSurname.some((name) => similarGivenNames(given, nameWords(name)[0]!, agreement === 'same'));
  };
  // Only a person with a surname word in common can be a variant: a set lookup rules most out.
  const surnameWords = words.slice(1);
  // A full name has a surname word, so its candidates are the people listed under one of them.
  for (const cluster of people.withAnySurnameKey(surnameWords)) {
    const names = [...cluster.fullNames.keys(), ...(cluster.known ? [cluster.known.name] : [])];
    if (matches(names, [...cluster.roles, ...(cluster.known?.offices.map((o) => o.role) ?? [])])) return cluster;
  }
  const candidates = surnameWords.length ? new Set(surnameWords.flatMap((w) => knownBySurname.get(w) ?? [])) : actors;
  const known = [...candidates].filter(
    (a) =>
      a.kind === 'person' &&
      matches(
        [a.name, ...a.aliases],
        a.offices.map((o) => o.role),
      ),
  );
  return known.length === 1 ? known[0]! : null;
}

function mostMentioned(clusters: readonly Cluster[]): Cluster {
  return [...clusters].sort((a, b) => b.mentions.length - a.mentions.length || a.order - b.order)[0]!;
}

function lastMentionedBefore(clusters: readonly Cluster[], document: string, offset: number): Cluster {
  const last = (c: Cluster) =>
    Math.max(
      ...c.mentionsIn
        .get(document)!
        .filter((m) => m.start < offset)
        .map((m) => m.start),
    );
  return [...clusters].sort((a, b) => last(b) - last(a))[0]!;
}

/** Moves everything of `from` into `into`. */
function absorb(
  into: Cluster,
  from: Cluster,
  live: { count: number },
  assigned: Map<string, (Cluster | null)[]>,
  byKey: Map<string, Cluster>,
  people: PersonIndex,
): void {
  for (const [name, count] of from.names) into.names.set(name, (into.names.get(name) ?? 0) + count);
  const newDocuments = [...from.documents].filter((d) => !into.documents.has(d));
  for (const mention of from.mentions) {
    into.take(mention);
    assigned.get(mention.document)![mention.index] = into;
  }
  into.roles.push(...from.roles);
  into.known ??= from.known;
  into.namesChanged();
  from.removed = true;
  live.count--;
  people.track(into, newDocuments);
  for (const key of from.keysInIndex) {
    byKey.set(key, into);
    into.keysInIndex.push(key);
  }
}

const slug = (name: string) =>
  nameKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'unnamed';

function finish(
  documents: readonly ResolvedDocument[],
  clusters: readonly Cluster[],
  assigned: Map<string, (Cluster | null)[]>,
): Resolution {
  const used = clusters.filter((c) => c.mentions.length > 0).sort((a, b) => a.order - b.order);
  const ids = new Map<Cluster, string>();
  const taken = new Set<string>();
  const latestDate =
    documents
      .map((d) => d.published)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const entities: Entity[] = used.map((cluster) => {
    const name = cluster.kind === 'country' ? [...cluster.names.keys()][0]! : cluster.name;
    const base =
      cluster.kind === 'country' ? `country:${slug(countryCodeOf(cluster))}` : `${cluster.kind}:${slug(name)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(cluster, id);
    const office = cluster.known ? officeOn(cluster.known, latestDate) : null;
    const formerOffice = cluster.known && !office ? cluster.known.offices.at(-1) : undefined;
    const role =
      office?.role ??
      (formerOffice ? `former ${formerOffice.role}` : null) ??
      [...cluster.roles].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ??
      null;
    const country =
      cluster.known?.country ??
      (cluster.kind === 'country'
        ? countryCodeOf(cluster)
        : ([...cluster.countries].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null));
    const aliases = listedAliases(name, cluster.names.keys());
    return { id, kind: cluster.kind, name, aliases, role, country };
  });
  const mentionEntities = new Map(
    [...assigned].map(([document, list]) => [document, list.map((c) => (c ? (ids.get(c) ?? null) : null))]),
  );
  const entityAt = entityLookup(documents, mentionEntities);
  const titles = new Map(documents.map((d) => [d.id, d.title ?? d.id]));
  const findings: Finding[] = used.flatMap((cluster) =>
    cluster.variants.map(({ name, mention }) => {
      const canonical =
        cluster.mentions.find((m) => m.document !== mention.document) ?? cluster.mentions.find((m) => m !== mention)!;
      const evidence: DocumentSpan[] = [
        { document: mention.document, start: mention.start, end: mention.end },
        ...(canonical ? [{ document: canonical.document, start: canonical.start, end: canonical.end }] : []),
      ];
      return {
        kind: 'name_variant',
        documents: [...new Set(evidence.map((e) => e.document))],
        entity: ids.get(cluster)!,
        detail: `“${name}” in ${titles.get(mention.document)} is taken to be ${cluster.name}: same surname and role, a different spelling of the given name.`,
        evidence,
      };
    }),
  );
  return { entities, mentionEntities, findings, entityAt };
}

function countryCodeOf(cluster: Cluster): string {
  return [...cluster.countries.keys()][0] ?? 'unknown';
}

/**
 * The entity a span names, from each document's mentions and their entities. Built apart from the
 * clusters, which it would otherwise keep alive: a collection of thousands of documents keeps only
 * each mention's offsets (two numbers) beside its entity id.
 */
function entityLookup(
  documents: readonly ResolvedDocument[],
  mentionEntities: ReadonlyMap<string, readonly (string | null)[]>,
): Resolution['entityAt'] {
  const byDocument = new Map<
    string,
    { starts: Int32Array; ends: Int32Array; ids: readonly (string | null)[]; sorted: boolean }
  >();
  for (const d of documents) {
    const entities = mentionEntities.get(d.id)!;
    const starts = Int32Array.from(d.mentions, (m) => m.start);
    byDocument.set(d.id, {
      starts,
      ends: Int32Array.from(d.mentions, (m) => m.end),
      ids: d.mentions.map((_, k) => entities[k] ?? null),
      sorted: starts.every((start, k) => k === 0 || starts[k - 1]! <= start),
    });
  }
  return (documentId, span) => {
    const mentions = byDocument.get(documentId);
    if (!mentions) return null;
    const { starts, ends, ids, sorted } = mentions;
    // Nearly every span asked about is a mention's own: found by where it starts, the first such
    // mention in order that names an entity.
    for (let k = sorted ? firstAtLeast(starts, span.start) : 0; k < starts.length; k++) {
      if (sorted && starts[k] !== span.start) break;
      if (starts[k] === span.start && ends[k] === span.end && ids[k]) return ids[k]!;
    }
    for (let k = 0; k < starts.length; k++)
      if (ids[k] && starts[k]! <= span.start && span.end <= ends[k]!) return ids[k]!;
    for (let k = 0; k < starts.length; k++)
      if (ids[k] && span.start <= starts[k]! && ends[k]! <= span.end) return ids[k]!;
    return null;
  };
}
