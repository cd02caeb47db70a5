import { AuthenticationError, ForbiddenError, type Actor, type ActorRole, type Role } from '../core/index.js';

/** Something an actor may be allowed to do; every service write and every non-public read names one. */
export type Permission =
  | 'read'
  | 'analyze'
  | 'documents.add'
  | 'agreements.manage'
  | 'users.manage'
  | 'assessments.write'
  | 'proposals.decide';

/**
 * What each role may do. Reading and analysing a text without storing it are open to every user;
 * an administrator manages users and agreements but writes no party's assessment; an assessor
 * writes its own party's assessments only (the party check is the tracking service's).
 */
export const grants: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['read', 'analyze', 'documents.add', 'agreements.manage', 'users.manage'],
  assessor: ['read', 'analyze', 'documents.add', 'assessments.write'],
  reviewer: ['read', 'analyze', 'documents.add', 'proposals.decide'],
  observer: ['read', 'analyze'],
};

const doing: Readonly<Record<Permission, string>> = {
  read: 'read this',
  analyze: 'analyse texts',
  'documents.add': 'add documents',
  'agreements.manage': 'import or change agreements (an administrator does)',
  'users.manage': 'manage users (an administrator does)',
  'assessments.write': "write assessments (a party's assessor does)",
  'proposals.decide': 'decide on evidence proposals (a reviewer does)',
};

const article = (role: ActorRole) =>
  role === 'admin' || role === 'assessor' || role === 'observer' ? `an ${role}` : `a ${role}`;

/** Whether an actor's role allows a permission; the one user of a store without users may do everything. */
export function can(actor: Actor, permission: Permission): boolean {
  return actor.role === 'local' || grants[actor.role].includes(permission);
}

/** Throws AuthenticationError without an actor, ForbiddenError when its role does not allow `permission`. */
export function authorize(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AuthenticationError('Sign in first: this needs a user (a session or an API token)');
  if (!can(actor, permission))
    throw new ForbiddenError(`${actor.name} is ${article(actor.role)} and cannot ${doing[permission]}`);
}
