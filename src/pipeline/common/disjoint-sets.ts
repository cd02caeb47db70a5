/**
 * The root finder of a union-find forest over items numbered 0…n-1, `parent[i]` being each item's
 * parent (itself for a root). It halves paths as it goes, so that later finds are short.
 */
export function rootFinder(parent: number[]): (item: number) => number {
  return (item) => {
    let root = item;
    while (parent[root] !== root) root = parent[root]!;
    let i = item;
    while (parent[i] !== root) [i, parent[i]] = [parent[i]!, root];
    return root;
  };
}
