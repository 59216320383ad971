import type { Node, Parent } from '../nodes.js';

/**
 * Sets every parent's position from its children: from the first child's
 * start to the last child's end. Parents are built child by child, so
 * their spans are derived once at the end instead of kept up to date.
 *
 * @internal
 */
export function deriveSpans(node: Node): void {
  if (!('children' in node) || node.type === 'root') {
    if (node.type === 'root') for (const child of node.children) deriveSpans(child);
    return;
  }
  const parent = node as Parent;
  const children = parent.children as Node[];
  for (const child of children) deriveSpans(child);
  const first = children[0];
  const last = children[children.length - 1];
  if (first && last) parent.position = { start: first.position.start, end: last.position.end };
}
