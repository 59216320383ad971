/**
 * Memoizes a pure function of one string key, keeping at most `limit`
 * results: when full, the cache is emptied and starts again (cheaper than an
 * LRU, and the normalizers' keys — places, months, timestamps — repeat in
 * runs: a TOC entry, its section heading and its dateline share one).
 *
 * Only for functions whose result depends on the key alone and that never
 * throw for a key they once returned for; a throw is not cached.
 *
 * @param fn - The pure function.
 * @param limit - The most results kept (default 4096).
 * @returns A function with the same results as `fn`.
 * @internal
 */
export function memoize<R>(fn: (key: string) => R, limit = 4096): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string): R => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
