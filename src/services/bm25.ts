/** Okapi BM25 over a fixed set of passages; k1 and b at their usual defaults. */
export class Bm25Index {
  private readonly frequencies: Array<Map<string, number>>;
  private readonly lengths: number[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    passages: readonly (readonly string[])[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.frequencies = passages.map((terms) => {
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const term of counts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      return counts;
    });
    this.lengths = passages.map((terms) => terms.length);
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(passages.length, 1);
  }

  /** How rare a term is among the passages (BM25's non-negative IDF). */
  idf(term: string): number {
    const n = this.frequencies.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The score of one passage for a query, with the query terms it contains. */
  score(query: readonly string[], passage: number): { score: number; matched: string[] } {
    const counts = this.frequencies[passage]!;
    const length = this.lengths[passage]!;
    let score = 0;
    const matched: string[] = [];
    for (const term of new Set(query)) {
      const tf = counts.get(term) ?? 0;
      if (!tf) continue;
      matched.push(term);
      score +=
        (this.idf(term) * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * length) / this.averageLength));
    }
    return { score, matched };
  }
}
