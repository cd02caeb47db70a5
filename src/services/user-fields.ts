import { z } from 'zod';
import { InputError, roles, type Role } from '../core/index.js';

// Bidirectional controls could make one name look like another; control characters break lines.
const unsafe = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

const nameSchema = z
  .string()
  .transform((value) => value.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'is empty')
      .max(100, 'is over 100 characters')
      .refine((value) => !unsafe.test(value), 'has control characters'),
  );

/** A user's name as stored: NFC, trimmed, 1–100 characters of any script. InputError otherwise. */
export function userNameOf(value: string): string {
  const parsed = nameSchema.safeParse(value);
  if (!parsed.success) throw new InputError('name', parsed.error.issues[0]?.message ?? 'is invalid');
  return parsed.data;
}

/** The name folded for lookup: two users never differ only in case or Unicode composition. */
export function userKeyOf(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/** A party code: ISO alpha-3 such as USA or MEX. */
export function partyOf(value: string): string {
  if (!/^[A-Z]{3}$/.test(value))
    throw new InputError('party', `"${value}" is not an ISO alpha-3 code such as USA or MEX`);
  return value;
}

export function roleOf(value: string): Role {
  if (!(roles as readonly string[]).includes(value))
    throw new InputError('role', `"${value}" is not a role: use ${roles.join(', ')}`);
  return value as Role;
}

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new InputError('password', `is shorter than ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 1024) throw new InputError('password', 'is over 1,024 characters');
}
