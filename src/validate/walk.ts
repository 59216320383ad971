/**
 * Tree helpers shared by the rules: containers (root, sections,
 * subsections), the nodes each owns, leaves, and short renderings of
 * values for messages.
 *
 * @internal
 * @module
 */
import type { Heading, Node, Position, Root, Section, Subsection } from '../nodes.js';

/** A node that owns flow content: its own gallery, captions and source link. */
export type Container = Root | Section | Subsection;

/** The root, then every section and subsection, in document order. */
export function containers(tree: Root): Container[] {
  const out: Container[] = [tree];
  for (const child of tree.children) {
    if (child.type === 'section') {
      out.push(child);
      for (const c of child.children) if (c.type === 'subsection') out.push(c);
    } else if (child.type === 'subsection') {
      out.push(child);
    }
  }
  return out;
}

/**
 * The nodes a container owns, in document order: its children and what
 * lies inside speaker turns, lists and participants lists, but not what
 * belongs to a nested section or subsection.
 */
export function ownNodes(container: Container): readonly Node[] {
  if (cached === null) return collectOwnNodes(container);
  cached.own ??= new Map();
  let nodes = cached.own.get(container);
  if (nodes === undefined) {
    nodes = collectOwnNodes(container);
    cached.own.set(container, nodes);
  }
  return nodes;
}

function collectOwnNodes(container: Container): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    out.push(node);
    if ('children' in node && node.type !== 'section' && node.type !== 'subsection') {
      for (const child of node.children as Node[]) visit(child);
    }
  };
  for (const child of container.children as Node[]) {
    if (child.type === 'section' || child.type === 'subsection') continue;
    visit(child);
  }
  return out;
}

/** The nodes of one type that a container owns, in document order. */
export function ownOfType<T extends Node['type']>(container: Container, type: T): Array<Extract<Node, { type: T }>> {
  return ownNodes(container).filter((n): n is Extract<Node, { type: T }> => n.type === type);
}

// Several rules ask for the leaves of one tree and the nodes of each
// container: within one run of the rules (`withWalkCache`) each list is
// collected once. A run is synchronous, and the
// cache is dropped when it ends, so a tree changed between two `validate`
// calls is walked again.
let cached: { tree: Root; leaves?: readonly Node[]; own?: Map<Container, readonly Node[]> } | null = null;

/** Runs `fn` with the leaves of `tree`, and the nodes each container owns, collected at most once. @internal */
export function withWalkCache<T>(tree: Root, fn: () => T): T {
  const outer = cached;
  cached = { tree };
  try {
    return fn();
  } finally {
    cached = outer;
  }
}

/** Every leaf (node without children) of the tree, in document order. Read-only: rules share it. */
export function leaves(tree: Root): readonly Node[] {
  if (cached?.tree === tree) return (cached.leaves ??= collectLeaves(tree));
  return collectLeaves(tree);
}

function collectLeaves(tree: Root): Node[] {
  const out: Node[] = [];
  const visit = (children: readonly Node[]): void => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as Node;
      if ('children' in node) visit(node.children as Node[]);
      else out.push(node);
    }
  };
  visit(tree.children);
  return out;
}

/** The heading leaf of a section or subsection (its first child), for positions. */
export function headingOf(container: Section | Subsection): Heading | undefined {
  const first = container.children[0];
  return first?.type === 'heading' ? first : undefined;
}

/** Where to point for a container: its heading line, or its whole span. */
export function headPosition(container: Section | Subsection): Position {
  return headingOf(container)?.position ?? container.position;
}

/** `section 3`, `subsection 4 C`, `the document`. */
export function nameOf(container: Container, parent?: Section): string {
  if (container.type === 'section') return `section ${container.number}`;
  if (container.type === 'subsection') return parent ? `subsection ${parent.number} ${container.letter}` : `subsection ${container.letter}`;
  return 'the document';
}

/** The section that holds a subsection, if any. */
export function parentSection(tree: Root, sub: Subsection): Section | undefined {
  for (const child of tree.children) if (child.type === 'section' && child.children.includes(sub)) return child;
  return undefined;
}

/** Line number of a node's start. */
export function lineOf(node: { position: Position }): number {
  return node.position.start.line;
}

/** A text for a message: whitespace runs made one space, cut to `max` code points with `…`, controls shown as `U+XXXX`. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
  const chars = [...flat];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
  return `\`${showControls(cut)}\``;
}

/** Replaces control characters with a visible `U+XXXX`. */
export function showControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Whole days from `a` to `b` (`YYYY-MM-DD` each); negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  const ms = (d: string): number => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

/**
 * The parts of a dossier that must each have a source link, in document
 * order, with a name for messages: sections without subsections, and
 * subsections (a section with subsections needs none of its own: each of
 * its parts has one).
 *
 * @internal
 */
export function linkedParts(children: ReadonlyArray<{ type: string }>): Array<{ node: Section | Subsection; name: string }> {
  const out: Array<{ node: Section | Subsection; name: string }> = [];
  for (const child of children as Array<Section | Subsection | { type: 'other' }>) {
    if (child.type === 'subsection') out.push({ node: child, name: `subsection ${child.letter}` });
    if (child.type !== 'section') continue;
    const subs = child.children.filter((c): c is Subsection => c.type === 'subsection');
    if (subs.length === 0) out.push({ node: child, name: `section ${child.number}` });
    for (const sub of subs) out.push({ node: sub, name: `subsection ${child.number} ${sub.letter}` });
  }
  return out;
}
