import { isBlockTag, isUnread } from './html-blocks.js';

/**
 * The depth below which Readability is given a page flattened. Readability scores each element by
 * walking its subtree, so its cost grows with the square of a page's depth; real pages stay under
 * forty levels, so a page deeper than this is made that way, and nesting beyond it carries no
 * article structure worth that cost.
 */
export const READABILITY_DEPTH = 64;

/**
 * Flattens every element at `depth` levels below `root`: its text is kept, in order, as one
 * paragraph a block, cut where the blocks inside it begin and end and at line breaks, as
 * `collectBlocks` cuts it; the elements that wrapped it go. Only the blocks' text is kept, not their
 * kind (row, item, heading): Readability's content is matched to the page's blocks by text.
 */
export function flattenBelow(root: Element, depth = READABILITY_DEPTH): void {
  const visit = (element: Element, level: number) => {
    if (level >= depth) {
      if (element.firstElementChild) flatten(element);
      return;
    }
    for (const child of Array.from(element.children)) visit(child, level + 1);
  };
  visit(root, 1);
}

/** One marker for the end of a block on the walk's stack. */
const BLOCK_END = null;

function flatten(element: Element): void {
  const document = element.ownerDocument;
  const runs: Node[][] = [[]];
  const stack: Array<Node | typeof BLOCK_END> = Array.from(element.childNodes).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      runs.push([]);
      continue;
    }
    if (node.nodeType === 3) {
      runs.at(-1)!.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (isUnread(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (tag === 'br' || isBlockTag(tag)) runs.push([]);
    if (tag === 'br') continue;
    if (isBlockTag(tag)) stack.push(BLOCK_END);
    else if (tag === 'td' || tag === 'th') stack.push(document.createTextNode(' | '));
    const children = Array.from(child.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const paragraphs = runs
    .filter((run) => run.some((node) => node.textContent?.trim()))
    .map((run) => {
      const paragraph = document.createElement('p');
      for (const node of run) paragraph.appendChild(node);
      return paragraph;
    });
  while (element.firstChild) element.removeChild(element.firstChild);
  for (const paragraph of paragraphs) element.appendChild(paragraph);
}
