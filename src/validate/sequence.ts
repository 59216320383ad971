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

/**
 * Numbers as inclusive runs, ascending and apart: `[[5, 5], [7, 9]]` is 5,
 * 7, 8 and 9. A gap of a million numbers is one run, so that checking and
 * describing it costs nothing like a million steps.
 */
export type Runs = ReadonlyArray<readonly [number, number]>;

/** How many numbers the runs hold. */
export function countRuns(runs: Runs): number {
  let n = 0;
  for (const [from, to] of runs) n += to - from + 1;
  return n;
}

/** A departure from 1, 2, 3 … */
export type SequenceProblem<T> =
  /** The run starts above 1; the numbers of `missing` never show up. */
  | { kind: 'start'; item: Numbered<T>; missing: Runs }
  /** The numbers of `missing`, between `previous` (the highest so far) and `item`, never show up. */
  | { kind: 'gap'; item: Numbered<T>; previous: Numbered<T>; missing: Runs }
  /** `item` repeats `first`. */
  | { kind: 'repeat'; item: Numbered<T>; first: Numbered<T> }
  /** `item` comes after the larger `after`. */
  | { kind: 'order'; item: Numbered<T>; after: Numbered<T> };

/**
 * The problems of a run of numbers (each 1 or more), in the order of the
 * items they point at. O(k log k) for k items, whatever the numbers.
 */
export function sequenceProblems<T>(items: ReadonlyArray<Numbered<T>>): Array<SequenceProblem<T>> {
  const out: Array<SequenceProblem<T>> = [];
  const seen = new Map<number, Numbered<T>>();
  // Every number that occurs, ascending. A number between the highest so far
  // and the current item has not been seen (all seen numbers are at most the
  // highest), so it occurs later: skipped numbers that are in this list are
  // not missing, only late.
  const values = [...new Set(items.map((i) => i.n))].sort((a, b) => a - b);
  // values[p] is the first value above the highest so far; it only moves up.
  let p = 0;
  let highest: Numbered<T> | undefined;
  for (const item of items) {
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
      while (p < values.length && (values[p] as number) <= top) p++;
      const missing: Array<readonly [number, number]> = [];
      let from = top + 1;
      for (let q = p; q < values.length && (values[q] as number) < item.n; q++) {
        const v = values[q] as number;
        if (v > from) missing.push([from, v - 1]);
        from = v + 1;
      }
      if (from < item.n) missing.push([from, item.n - 1]);
      if (missing.length > 0) {
        if (!highest) out.push({ kind: 'start', item, missing });
        else out.push({ kind: 'gap', item, previous: highest, missing });
      }
    }
    if (item.n > top) highest = item;
  }
  return out;
}

/** `5`, `5 and 6`, `5, 6 and 7`, `5 to 9`, `2 to 7 and 9`: a run of more than three numbers is written `a to b`. */
export function listNumbers(runs: Runs, format: (n: number) => string = String): string {
  const names: string[] = [];
  for (const [from, to] of runs) {
    if (to - from >= 3) names.push(`${format(from)} to ${format(to)}`);
    else for (let n = from; n <= to; n++) names.push(format(n));
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
