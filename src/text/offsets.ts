/** A 1-based line and column, as editors show them. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** Converts offsets to line/column and back; builds the line index once (vfile-location's idea). */
export class OffsetIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1 };
  }

  toOffset(point: Point): number {
    const start = this.lineStarts[point.line - 1];
    if (start === undefined) return this.text.length;
    return Math.min(start + point.column - 1, this.text.length);
  }
}
