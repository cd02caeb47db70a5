/** A clock that starts at `start` and moves one minute each time it is read, so order is visible. */
export function steppingClock(start = '2025-10-01T12:00:00.000Z'): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}
