// validateTree accepts what unist allows: a `data` object on any node;
// `position` stays required (see NodeBase.position).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from '../src/parse.js';
import { validate } from '../src/validate/index.js';
import { validateTree } from '../src/schema.js';
import type { Node, Root } from '../src/nodes.js';

const MINSK = readFileSync(new URL('../fixtures/dossier-6125-minsk-2024.txt', import.meta.url), 'utf8');
const treeSchema = JSON.parse(readFileSync(new URL('../schema/tree.schema.json', import.meta.url), 'utf8'));

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) yield* walk(child);
}

/** The fixture's tree with `data` on every node. */
function withData(): Root {
  const tree = JSON.parse(JSON.stringify(parse(MINSK).tree)) as Root;
  let i = 0;
  for (const node of walk(tree)) node.data = { visit: i++, hast: { tagName: 'p' }, note: null };
  return tree;
}

describe('data on nodes', () => {
  it('parse writes none', () => {
    expect([...walk(parse(MINSK).tree)].some((n) => 'data' in n)).toBe(false);
  });

  it('validateTree and the JSON schema accept a data object on every node', () => {
    const tree = withData();
    const checked = validateTree(tree);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.tree.data).toEqual({ visit: 0, hast: { tagName: 'p' }, note: null });
    // ajv in strict mode, as test/json-schema.test.ts runs it.
    const check = new Ajv2020({ strict: true, allErrors: true }).compile(treeSchema as object);
    const ok = check(tree);
    expect(check.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validate ignores data', () => {
    expect(validate(withData())).toEqual(validate(parse(MINSK).tree));
  });

  it('refuses a data that is not an object, and a node without a position', () => {
    const tree = withData();
    (tree.children[1] as Node).data = ['x'] as never;
    const checked = validateTree(tree);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.pointer)).toEqual(['/children/1/data']);
    const noPosition = withData() as unknown as { children: Array<{ position?: unknown }> };
    delete noPosition.children[0]!.position;
    const missing = validateTree(noPosition);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues.map((i) => i.pointer)).toContain('/children/0/position');
  });
});
