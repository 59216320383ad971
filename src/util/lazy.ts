/**
 * A value made on its first use and kept, for a module-level constant that
 * only some documents need: a regex of Unicode classes (`\p{L}`) costs a
 * fraction of a millisecond to make, which every `import` and every
 * one-file `pressdoc parse` would otherwise pay when the module loads.
 *
 * @param make - Makes the value; called at most once (again only if it throws).
 * @returns A function returning the value.
 * @internal
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return (): T => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
