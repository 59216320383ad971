/**
 * The place of a Kremlin archive page's dateline, alone on its line after a
 * blank line or two under the date:
 *
 * ```text
 * October 26, 2007
 *
 * Mafra, Portugal
 * ```
 *
 * Read by the kind (an event page, src/compose/kind.ts) and by the
 * structure grammar's `Dateline`, which joins the lines into one dateline.
 *
 * @module
 * @internal
 */
import type { RawLine } from '../raw.js';
import { clean } from '../context.js';
import { isBareDateline, writesMonthFirst } from '../constructs/dateline.js';
import { isTagShaped } from '../constructs/tag.js';

/**
 * The index of the place's line under dateline `i`, or -1: the dateline is
 * a bare date written month first (the Kremlin's English style), one or two
 * blank lines follow, then a short capitalized line written `Venue, City`
 * (`Bocharov Ruchei Residence, Sochi`, `Mafra, Portugal`, `Circular Hall,
 * The Kremlin, Moscow`). A title under a blog's date
 * (`Address to Russia citizens`) is no place, and a city alone under a
 * news page's date (`Moscow`) no archive page's.
 *
 * @internal
 */
export function placeBelow(lines: ReadonlyArray<RawLine | null>, i: number, text: string): number {
  const line = lines[i];
  if (!isBareDateline(line) || !writesMonthFirst(line) || i + 1 >= lines.length || lines[i + 1] !== null) return -1;
  const j = i + 2 < lines.length && lines[i + 2] === null ? i + 3 : i + 2;
  const place = j < lines.length ? lines[j] : null;
  if (place?.type !== 'text') return -1;
  const value = clean(text.slice(place.start, place.end));
  return value.indexOf(',') > 0 && isTagShaped(value) ? j : -1;
}
