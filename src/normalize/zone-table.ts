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

/** Zone name → index in ZONE_TABLE, built on first use. */
let indexOfZone: Map<string, number> | undefined;

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
    indexOfZone ??= new Map(ZONE_TABLE.map(([name], i) => [name, i]));
    const index = indexOfZone.get(timeZone);
    reader = index === undefined ? null : decode((ZONE_TABLE[index] as (typeof ZONE_TABLE)[number])[1], tokensOf(index));
    readers.set(timeZone, reader);
  }
  return reader ?? undefined;
}

/** Expanded tokens per zone index, kept for the zones that later ones copy from. */
const expanded: Array<readonly string[] | undefined> = [];

/** A token: a time and a letter, or a run `(z,s,n)` copied from an earlier zone (see ZONE_TABLE). */
const TOKEN = /\(([0-9a-z]+),([0-9a-z]+),([0-9a-z]+)\)|[0-9a-z]+[A-Z]/g;

/** The tokens of the zone at `index` in ZONE_TABLE, each `(z,s,n)` run replaced by what it copies. */
function tokensOf(index: number): readonly string[] {
  let tokens = expanded[index];
  if (tokens === undefined) {
    const out: string[] = [];
    for (const m of (ZONE_TABLE[index] as (typeof ZONE_TABLE)[number])[2].matchAll(TOKEN)) {
      if (m[1] === undefined) out.push(m[0]);
      else {
        const start = parseInt(m[2] as string, 36);
        out.push(...tokensOf(parseInt(m[1], 36)).slice(start, start + parseInt(m[3] as string, 36)));
      }
    }
    expanded[index] = tokens = out;
  }
  return tokens;
}

/**
 * A reader over one zone: offsets in minutes (the first from the table's
 * start), and per change a token, a base-36 time since the previous change
 * followed by a letter, `A` + i for hours or `N` + i for minutes, i being
 * the index of the offset from then on.
 */
function decode(offsetMinutes: readonly number[], tokens: readonly string[]): OffsetAt {
  // changes[i] is the instant (ms) from which offsets[i + 1] holds; offsets[0] holds before changes[0].
  const changes: number[] = [];
  const offsets: number[] = [(offsetMinutes[0] ?? 0) * MINUTE];
  let at = TABLE_START;
  for (const token of tokens) {
    const c = token.charCodeAt(token.length - 1);
    const hours = c < 78;
    at += parseInt(token.slice(0, -1), 36) * (hours ? 60 * MINUTE : MINUTE);
    changes.push(at);
    offsets.push((offsetMinutes[c - (hours ? 65 : 78)] ?? 0) * MINUTE);
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
