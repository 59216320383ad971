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
  // Index loops: this runs once per node of the tree, and an iterator per
  // call was a measurable share of what a parse allocates.
  for (let i = 0; i < children.length; i++) deriveSpans(children[i] as Node);
  if (node.type === 'root') return;
  const first = children[0];
  const last = children[children.length - 1];
  if (first && last) (node as Parent).position = { start: first.position.start, end: last.position.end };
}
