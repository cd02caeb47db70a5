import type { PartyCode } from './agreement.js';

/**
 * What a user may do. An administrator manages users and agreements; an assessor writes its own
 * party's assessments; a reviewer decides on evidence proposals; an observer only reads.
 */
export const roles = ['admin', 'assessor', 'reviewer', 'observer'] as const;
export type Role = (typeof roles)[number];

/**
 * The role an actor acts with: a user's role, or `local` for the one person of a store without
 * users (the local single-user mode of the web app, and the command line, which holds the store
 * itself), who may do everything a role allows but still speaks for one party at a time.
 */
export type ActorRole = Role | 'local';

/** A user account: a unique name, the party it speaks for (an assessor always has one), its role. */
export interface User {
  readonly name: string;
  readonly party: PartyCode | null;
  readonly role: Role;
  readonly createdAt: string;
}

/** An API token as listed: never the token itself, which is shown once when it is made. */
export interface ApiTokenInfo {
  readonly id: string;
  readonly user: string;
  readonly label: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}
