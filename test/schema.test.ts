import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { jsonPointer, rootSchema, validateTree } from '../src/schema.js';
import { fixture } from './helpers.js';

describe('validateTree', () => {
  const { tree } = parse(fixture('dossier-6125-minsk-2024.txt'));
  const stored = (): any => JSON.parse(JSON.stringify(tree));

  it('accepts a stored tree and returns it typed', () => {
    const result = validateTree(stored());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.tree).toEqual(tree);
  });

  it('names the path of a wrong value', () => {
    const json = stored();
    json.children[2].when.date = '24 mai';
    const result = validateTree(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.pointer).toBe('/children/2/when/date');
      expect(result.issues[0]?.path).toEqual(['children', 2, 'when', 'date']);
    }
  });

  it('rejects unknown node types and unknown fields', () => {
    const json = stored();
    json.children[0].type = 'banner';
    json.children[1].extra = true;
    const result = validateTree(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.pointer)).toEqual(['/children/0/type', '/children/1']);
  });

  it('rejects a position whose start is after its end', () => {
    const json = stored();
    json.children[0].position.start.offset = 500;
    expect(rootSchema.safeParse(json).success).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, 'root', [], {}, { type: 'root' }]) {
      expect(validateTree(value).ok).toBe(false);
    }
  });
});

describe('jsonPointer (RFC 6901)', () => {
  // RFC 6901, section 4: split on `/`, then `~1` → `/` and `~0` → `~`, in that order.
  const resolve = (doc: unknown, pointer: string): unknown =>
    pointer === ''
      ? doc
      : pointer
          .slice(1)
          .split('/')
          .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
          .reduce<unknown>((v, t) => (v as Record<string, unknown>)[t], doc);

  it('writes the root as the empty pointer and escapes ~ and / in keys', () => {
    expect(jsonPointer([])).toBe('');
    expect(jsonPointer(['children', 3, 'when', 'date'])).toBe('/children/3/when/date');
    expect(jsonPointer(['a/b', '~1', 'm~n'])).toBe('/a~1b/~01/m~0n');
  });

  it('addresses the value its path names, also through keys holding ~ and /', () => {
    const doc = { 'a/b': [{ '~1': { 'm~n': 'here' } }] };
    expect(resolve(doc, jsonPointer(['a/b', 0, '~1', 'm~n']))).toBe('here');
    const json = JSON.parse(JSON.stringify(parse(fixture('dossier-6125-minsk-2024.txt')).tree)) as Record<string, unknown>;
    expect(resolve(json, jsonPointer(['children', 2, 'type']))).toBe((json.children as Array<{ type: string }>)[2]!.type);
  });
});
