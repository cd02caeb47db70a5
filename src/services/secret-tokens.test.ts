import { describe, expect, it } from 'vitest';
import { newTokenId } from './secret-tokens.js';

describe('newTokenId', () => {
  it('never begins with a character a command line reads as an option', () => {
    // Under the old base64url ids one in 64 began with "-": 2,000 ids held some almost surely.
    const ids = Array.from({ length: 2000 }, newTokenId);
    expect(ids.filter((id) => !/^[0-9a-f]{12}$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
