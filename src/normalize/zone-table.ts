/**
 * UTC offsets of the gazetteer's zones from a table of their changes
 * (src/generated/zones.ts, written by scripts/build-zones.mjs from `Intl`
 * at build time), so that a timestamp costs a binary search instead of
 * `Intl.DateTimeFormat` calls, and a process that parses one file does not
 * load ICU's zone data.
 *
 * @internal
 * @module
 */

import { ZONE_TABLE, ZONE_TABLE_END, ZONE_TABLE_START } from '../generated/zones.js';

/** First instant the table covers, in ms since the epoch (1970-01-01T00:00Z). */
export const TABLE_START: number = ZONE_TABLE_START;

/** First instant the table does not cover, in ms since the epoch (2038-01-01T00:00Z). */
export const TABLE_END: number = ZONE_TABLE_END;

/** A zone's offset from UTC, in ms, at an instant in ms since the epoch. */
export type OffsetAt = (instant: number) => number;

const MINUTE = 60_000;

/** Decoded zones, and `null` for a name the table does not have; filled on first use. */
const readers = new Map<string, OffsetAt | null>();

/**
 * The offset reader of a zone of the table, or `undefined` when the table
 * does not have the zone (a user place's zone; names are matched exactly,
 * as `Intl` spells them: `Europe/Paris`, not `europe/paris`).
 *
 * The reader answers for instants in [{@link TABLE_START}, {@link TABLE_END}),
 * the same offset in ms as the wall clock `Intl` shows minus the instant;
 * outside that range it gives the offset at the nearest end, which callers
 * must not take for the zone's.
 *
 * @param timeZone - An IANA zone name (`Europe/Moscow`).
 * @returns The reader, or `undefined`.
 */
export function tableOffsetReader(timeZone: string): OffsetAt | undefined {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    // hasOwn: a zone named `constructor` is no entry of the table.
    const entry = Object.hasOwn(ZONE_TABLE, timeZone) ? ZONE_TABLE[timeZone] : undefined;
    reader = entry === undefined ? null : decode(entry[0], entry[1]);
    readers.set(timeZone, reader);
  }
  return reader ?? undefined;
}

/**
 * A reader over one zone of ZONE_TABLE: offsets in minutes (the first from
 * the table's start), and per change a base-36 time since the previous one
 * followed by a letter, `A` + i for hours or `N` + i for minutes, i being
 * the index of the offset from then on.
 */
function decode(offsetMinutes: readonly number[], code: string): OffsetAt {
  // changes[i] is the instant (ms) from which offsets[i + 1] holds; offsets[0] holds before changes[0].
  const changes: number[] = [];
  const offsets: number[] = [(offsetMinutes[0] ?? 0) * MINUTE];
  let at = TABLE_START;
  let digits = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const hours = c < 78;
      at += parseInt(code.slice(digits, i), 36) * (hours ? 60 * MINUTE : MINUTE);
      changes.push(at);
      offsets.push((offsetMinutes[c - (hours ? 65 : 78)] ?? 0) * MINUTE);
      digits = i + 1;
    }
  }
  return (instant: number): number => {
    // The number of changes at or before the instant, by binary search.
    let lo = 0;
    let hi = changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((changes[mid] as number) <= instant) lo = mid + 1;
      else hi = mid;
    }
    return offsets[lo] as number;
  };
}
