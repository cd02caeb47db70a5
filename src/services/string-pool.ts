/** Strings up to this long are pooled: kinds, names, roles and dates; texts and passages are not. */
const POOLED_UP_TO = 64;

/**
 * One copy of each short string: structured data read back from bytes (a worker's message, a
 * serialized analysis) gets a new string for every occurrence of "person" or of a name, and
 * thousands of documents held at once repeat them millions of times.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The value, its short strings (in arrays and plain objects, at any depth) replaced in place by the pool's copies. */
  intern<T>(value: T): T {
    return this.visit(value) as T;
  }

  private visit(value: unknown): unknown {
    if (typeof value === 'string') {
      if (value.length > POOLED_UP_TO) return value;
      const known = this.strings.get(value);
      if (known !== undefined) return known;
      this.strings.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.visit(value[i]);
      return value;
    }
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.visit(record[key]);
    }
    return value;
  }
}
