/**
 * Checks a run of numbers that should count 1, 2, 3 … (gallery positions,
 * caption numbers) and names each departure once: a late start, a gap, a
 * repeat, or a number that comes after a larger one.
 *
 * A number that is skipped but shows up later is not a gap: the place where
 * it shows up is reported as out of order instead, so `6 8 7 9` gives one
 * finding (7 after 8), not two.
 *
 * @internal
 * @module
 */

/** One numbered item, with what the caller needs to point at it. */
export interface Numbered<T> {
  n: number;
  node: T;
}

/** A departure from 1, 2, 3 … */
export type SequenceProblem<T> =
  /** The run starts above 1; `missing` never shows up. */
  | { kind: 'start'; item: Numbered<T>; missing: number[] }
  /** `missing` numbers between `previous` (the highest so far) and `item` never show up. */
  | { kind: 'gap'; item: Numbered<T>; previous: Numbered<T>; missing: number[] }
  /** `item` repeats `first`. */
  | { kind: 'repeat'; item: Numbered<T>; first: Numbered<T> }
  /** `item` comes after the larger `after`. */
  | { kind: 'order'; item: Numbered<T>; after: Numbered<T> };

/** The problems of a run of numbers (each 1 or more), in the order of the items they point at. */
export function sequenceProblems<T>(items: ReadonlyArray<Numbered<T>>): Array<SequenceProblem<T>> {
  const out: Array<SequenceProblem<T>> = [];
  const seen = new Map<number, Numbered<T>>();
  // How many times each number occurs from index i on, kept up to date as i moves.
  const ahead = new Map<number, number>();
  for (const item of items) ahead.set(item.n, (ahead.get(item.n) ?? 0) + 1);
  let highest: Numbered<T> | undefined;
  for (const item of items) {
    ahead.set(item.n, (ahead.get(item.n) as number) - 1);
    const first = seen.get(item.n);
    if (first) {
      out.push({ kind: 'repeat', item, first });
      continue;
    }
    seen.set(item.n, item);
    const top = highest?.n ?? 0;
    if (highest && item.n < top) {
      out.push({ kind: 'order', item, after: highest });
    } else if (item.n > top + 1) {
      const missing: number[] = [];
      for (let k = top + 1; k < item.n; k++) if (!seen.has(k) && !(ahead.get(k) ?? 0)) missing.push(k);
      if (missing.length > 0) {
        if (!highest) out.push({ kind: 'start', item, missing });
        else out.push({ kind: 'gap', item, previous: highest, missing });
      }
    }
    if (item.n > top) highest = item;
  }
  return out;
}

/** `5`, `5 and 6`, `5, 6 and 7`, `5 to 9`. */
export function listNumbers(ns: readonly number[], format: (n: number) => string = String): string {
  if (ns.length === 0) return '';
  const contiguous = ns.every((n, i) => i === 0 || n === (ns[i - 1] as number) + 1);
  if (ns.length > 3 && contiguous) return `${format(ns[0] as number)} to ${format(ns[ns.length - 1] as number)}`;
  const names = ns.map(format);
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
