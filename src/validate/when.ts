/**
 * Comparing two timestamps part by part, for the rules that check that a
 * table-of-contents entry, a heading and a dateline agree.
 *
 * @internal
 * @module
 */
import type { When } from '../nodes.js';
import { foldPlace } from '../normalize/places.js';

/** A part of a timestamp that can disagree. */
export type WhenPart = 'date' | 'time' | 'place';

/** The date as far as it is known: `2025-03-11`, or `?-03-11` without a year. */
function dateKey(w: When): string | undefined {
  if (w.date) return w.date;
  if (w.month === undefined && w.day === undefined && w.year === undefined) return undefined;
  return `${w.year ?? '?'}-${w.month ?? '?'}-${w.day ?? '?'}`;
}

/**
 * The parts on which `a` and `b` disagree. Times are compared as
 * normalized (`13H40` = `13h40`), places with case and diacritics folded
 * (`Kremlin-Moscou` = `kremlin moscou`).
 *
 * @param onlyShared - When `true`, a part written in one timestamp and not
 *   in the other is not a disagreement (a dateline may leave out the place).
 */
export function whenDifferences(a: When, b: When, onlyShared: boolean): WhenPart[] {
  const out: WhenPart[] = [];
  const pairs: Array<[WhenPart, string | undefined, string | undefined]> = [
    ['date', dateKey(a), dateKey(b)],
    ['time', a.time, b.time],
    ['place', a.place === undefined ? undefined : foldPlace(a.place), b.place === undefined ? undefined : foldPlace(b.place)],
  ];
  for (const [part, x, y] of pairs) {
    if (x === y) continue;
    if (onlyShared && (x === undefined || y === undefined)) continue;
    out.push(part);
  }
  return out;
}

/** `the date differs`, `the time and the place differ`. */
export function describeParts(parts: readonly WhenPart[]): string {
  const names = parts.map((p) => `the ${p}`);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} ${parts.length === 1 ? 'differs' : 'differ'}`;
}
