import type { Node, Parent } from '../nodes.js';

/**
 * Sets every parent's position from its children: from the first child's
 * start to the last child's end. Parents are built child by child, so
 * their spans are derived once at the end instead of kept up to date.
 *
 * @internal
 */
export function deriveSpans(node: Node): void {
  if (!('children' in node)) return;
  const children = (node as Parent).children as Node[];
  // Index loops, recursing into parents only: this visits every node of the
  // tree, most of them leaves, and an iterator or a call per leaf was a
  // measurable share of a parse.
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Node;
    if ('children' in child) deriveSpans(child);
  }
  if (node.type === 'root') return;
  const first = children[0];
  const last = children[children.length - 1];
  if (first && last) (node as Parent).position = { start: first.position.start, end: last.position.end };
}
