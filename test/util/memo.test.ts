import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/util/memo.js';

describe('memoize', () => {
  it('calls the function once per key and returns its results, undefined included', () => {
    const calls: string[] = [];
    const f = memoize((k: string) => {
      calls.push(k);
      return k === 'none' ? undefined : k.length;
    });
    expect([f('ab'), f('ab'), f('none'), f('none'), f('abc')]).toEqual([2, 2, undefined, undefined, 3]);
    expect(calls).toEqual(['ab', 'none', 'abc']);
  });

  it('keeps at most `limit` results, then starts again', () => {
    const calls: string[] = [];
    const f = memoize((k: string) => (calls.push(k), k), 2);
    f('a');
    f('b');
    f('c'); // full: cleared, then c kept
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not remember a throw', () => {
    let n = 0;
    const f = memoize((k: string) => {
      n++;
      throw new RangeError(k);
    });
    expect(() => f('x')).toThrow(RangeError);
    expect(() => f('x')).toThrow(RangeError);
    expect(n).toBe(2);
  });
});
