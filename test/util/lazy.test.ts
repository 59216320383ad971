import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/util/lazy.js';

describe('lazy', () => {
  it('makes the value on the first call only, and returns the same value after', () => {
    let calls = 0;
    const get = lazy(() => {
      calls++;
      return /[\p{L}]/u;
    });
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
    expect(first.test('é')).toBe(true);
  });

  it('keeps a falsy value made once (undefined, 0) instead of making it again', () => {
    let calls = 0;
    const get = lazy(() => {
      calls++;
      return undefined;
    });
    get();
    get();
    expect(calls).toBe(1);
  });

  it('makes the value again on the next call when making it threw', () => {
    let calls = 0;
    const get = lazy(() => {
      calls++;
      if (calls === 1) throw new Error('first');
      return calls;
    });
    expect(() => get()).toThrow('first');
    expect(get()).toBe(2);
    expect(get()).toBe(2);
  });
});
