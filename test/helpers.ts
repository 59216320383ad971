import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/diagnostics.js';
import type { Node, Point, Root } from '../src/nodes.js';

/** The text of a fixture, exactly as stored. (`import.meta.url`, so scripts run by tsx can use it too.) */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** The three sample documents from ../shared/seeds, copied byte for byte. */
export const SAMPLES = ['dossier-6125-minsk-2024.txt', 'dossier-kremlin-2025-03.txt', 'article-rt-france-union.txt'] as const;

/** Every node of a tree in document order, the root first. */
export function allNodes(tree: Node): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    out.push(node);
    if ('children' in node) for (const child of node.children as Node[]) visit(child);
  };
  visit(tree);
  return out;
}

/** The nodes of one type, in document order. */
export function nodesOfType<T extends Node['type']>(tree: Node, type: T): Array<Extract<Node, { type: T }>> {
  return allNodes(tree).filter((n): n is Extract<Node, { type: T }> => n.type === type);
}

/**
 * Checks the tree invariants and returns the problems found (empty when
 * all hold): points agree with offsets, start <= end, children in order and
 * inside their parent, and every non-blank character inside some leaf.
 */
export function invariantProblems(text: string, tree: Root): string[] {
  const problems: string[] = [];
  const checkPoint = pointChecker(text, problems);
  const covered = new Uint8Array(text.length);
  const visit = (node: Node, path: string): void => {
    const { start, end } = node.position;
    checkPoint(start, `${path}.start`);
    checkPoint(end, `${path}.end`);
    if (start.offset > end.offset) problems.push(`${path}: starts after it ends`);
    if ('children' in node) {
      let previousEnd = start.offset;
      (node.children as Node[]).forEach((child, i) => {
        const where = `${path}.children[${i}](${child.type})`;
        if (child.position.start.offset < previousEnd) problems.push(`${where}: starts before its previous sibling ends or before its parent`);
        if (child.position.end.offset > end.offset) problems.push(`${where}: ends after its parent`);
        previousEnd = child.position.end.offset;
        visit(child, where);
      });
    } else {
      covered.fill(1, start.offset, end.offset);
    }
  };
  visit(tree, 'root');
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/u.test(text[i] as string)) {
      problems.push(`character ${JSON.stringify(text[i])} at offset ${i} lies in no leaf`);
      break;
    }
  }
  return problems;
}

/**
 * A checker of points against `text`, recomputing line starts independently
 * of LineIndex: it pushes a problem when the offset lies outside the text or
 * when line/column do not agree with the offset.
 */
function pointChecker(text: string, problems: string[]): (p: Point, where: string) => void {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (c === '\n') starts.push(i + 1);
  }
  return (p, where) => {
    if (p.offset < 0 || p.offset > text.length) problems.push(`${where}: offset ${p.offset} outside the text`);
    const lineStart = starts[p.line - 1];
    if (lineStart === undefined || lineStart + p.column - 1 !== p.offset) {
      problems.push(`${where}: line ${p.line} column ${p.column} does not match offset ${p.offset}`);
    }
  };
}

/**
 * Checks the diagnostics of a parse of `text`: points agree with offsets and
 * lie within the text, start <= end, sorted by start offset, and no
 * `INTERNAL_ERROR` (a bug caught by parse's safety net).
 */
export function diagnosticProblems(text: string, diagnostics: Diagnostic[]): string[] {
  const problems: string[] = [];
  const checkPoint = pointChecker(text, problems);
  let previous = 0;
  diagnostics.forEach((d, i) => {
    const where = `diagnostics[${i}](${d.code})`;
    checkPoint(d.position.start, `${where}.start`);
    checkPoint(d.position.end, `${where}.end`);
    if (d.position.start.offset > d.position.end.offset) problems.push(`${where}: starts after it ends`);
    if (d.position.start.offset < previous) problems.push(`${where}: out of text order`);
    previous = d.position.start.offset;
    if (d.code === 'INTERNAL_ERROR') problems.push(`${where}: ${d.message}`);
  });
  return problems;
}
