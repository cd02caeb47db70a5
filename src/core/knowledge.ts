import type { EntityKind } from './annotations.js';

/** An office someone held, from when to when (ISO dates; `to` null while in office or unknown). */
export interface Office {
  readonly role: string;
  readonly country: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** What we know beforehand about one actor: its names and, for people, the offices held. */
export interface KnownActor {
  readonly kind: EntityKind;
  /** Canonical name, e.g. "Marco Rubio". */
  readonly name: string;
  /** Other names, short forms and translations ("AMLO", "Secretaría de Relaciones Exteriores"). */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-3. */
  readonly country: string | null;
  readonly offices: readonly Office[];
}

/** The actors a run knows about: the built-in file plus any the user adds. */
export interface Knowledge {
  readonly actors: readonly KnownActor[];
}

/** The office an actor held on a date (the latest one when the date is unknown). */
export function officeOn(actor: KnownActor, date: string | null): Office | null {
  const held = date
    ? actor.offices.filter((o) => (!o.from || o.from <= date) && (!o.to || date <= o.to))
    : actor.offices.filter((o) => !o.to);
  return held.at(-1) ?? (date ? null : (actor.offices.at(-1) ?? null));
}
