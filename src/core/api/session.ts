import { z } from 'zod';

/** A signed-in user, as the server describes it. */
export const sessionUser = z.object({
  name: z.string(),
  party: z.string().nullable(),
  role: z.enum(['admin', 'assessor', 'reviewer', 'observer']),
});
/** Whether the server asks for sign-in (`users`) or runs in the local single-user mode, who is signed in, and the CSRF token for writes. */
export const session = z.object({
  mode: z.enum(['local', 'users']),
  user: sessionUser.nullable(),
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** Whether the store has any users yet (a shared server without them lets nobody in). */
  hasUsers: z.boolean(),
});
export const signInRequest = z.strictObject({
  name: z.string().min(1, 'is empty').max(200),
  password: z.string().min(1, 'is empty').max(1024),
});
