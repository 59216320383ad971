// The zone table (src/generated/zones.ts, read by src/normalize/zone-table.ts)
// against `Intl`, which it stands in for: at every change it records, a
// second and a minute around it, at random instants and at the ends of its
// range; then zoneOffset, which reads it, against a brute-force oracle, and
// how often zoneOffset still calls `Intl`.
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZONE_TABLE } from '../../src/generated/zones.js';
import { parse } from '../../src/index.js';
import { PLACE_ZONES } from '../../src/normalize/places.js';
import { zoneOffset } from '../../src/normalize/time.js';
import { TABLE_END, TABLE_START, tableOffsetReader } from '../../src/normalize/zone-table.js';
import { oracleOffset } from '../support/zone-oracle.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  return f;
}

/** `Intl`'s offset (ms) at an instant: the wall clock it shows, read as UTC, minus the instant in whole seconds (the wall clock has none smaller). */
function intlOffset(zone: string, instant: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of format(zone).formatToParts(instant)) p[type] = Number(value);
  return Date.UTC(p['year'] ?? 0, (p['month'] ?? 1) - 1, p['day'], p['hour'], p['minute'], p['second']) - Math.floor(instant / 1000) * 1000;
}

const entries = new Map(ZONE_TABLE.map(([name, offsets, code], i) => [name, { offsets, code, index: i }]));
const zones = [...entries.keys()];

/** The tokens of the zone at `index` as ZONE_TABLE documents them: runs `(z,s,n)` replaced by what they copy. */
function tokensAt(index: number): string[] {
  const [, , code] = ZONE_TABLE[index] as (typeof ZONE_TABLE)[number];
  const tokens: string[] = [];
  let rest = code;
  while (rest !== '') {
    const run = /^\((\w+),(\w+),(\w+)\)/.exec(rest);
    const token = /^[0-9a-z]+[A-Z]/.exec(rest);
    if (run !== null) {
      const [z, s, n] = [run[1], run[2], run[3]].map((x) => parseInt(x as string, 36)) as [number, number, number];
      expect(z, `a run of zone ${index} copies from an earlier zone`).toBeLessThan(index);
      tokens.push(...tokensAt(z).slice(s, s + n));
      rest = rest.slice(run[0].length);
    } else {
      expect(token, `zone ${index}: ${rest.slice(0, 20)} reads`).not.toBeNull();
      tokens.push((token as RegExpExecArray)[0]);
      rest = rest.slice((token as RegExpExecArray)[0].length);
    }
  }
  return tokens;
}

/** The changes of a zone as the table's documented code spells them: [instant ms, offset ms from then on]. */
function changesOf(zone: string): Array<[number, number]> {
  const { offsets, index } = entries.get(zone) as { offsets: readonly number[]; index: number };
  const out: Array<[number, number]> = [];
  let at = TABLE_START;
  for (const token of tokensAt(index)) {
    const c = token.charCodeAt(token.length - 1);
    at += parseInt(token.slice(0, -1), 36) * (c < 78 ? 60 * MINUTE : MINUTE);
    out.push([at, (offsets[c < 78 ? c - 65 : c - 78] as number) * MINUTE]);
  }
  return out;
}

const reader = (zone: string) => {
  const r = tableOffsetReader(zone);
  if (r === undefined) throw new Error(`${zone} is not in the table`);
  return r;
};

describe('the zone table', () => {
  it('has every zone of the gazetteer, and only those', () => {
    expect([...zones].sort()).toEqual([...new Set(PLACE_ZONES.map((p) => p.zone))].sort());
  });

  it('has no reader for a zone it lacks, a name written otherwise, or a property of objects', () => {
    expect(tableOffsetReader('Africa/Bamako')).toBeUndefined();
    expect(tableOffsetReader('europe/paris')).toBeUndefined();
    expect(tableOffsetReader('constructor')).toBeUndefined();
    expect(tableOffsetReader('Europe/Paris')).toBeDefined();
  });

  it('records real changes: Intl agrees at each, a second and a minute before, and a minute after', () => {
    let checked = 0;
    for (const zone of zones) {
      const at = reader(zone);
      for (const [instant, offset] of changesOf(zone)) {
        for (const t of [instant - MINUTE, instant - 1000, instant, instant + MINUTE]) {
          expect(`${zone} ${new Date(t).toISOString()} ${at(t)}`).toBe(`${zone} ${new Date(t).toISOString()} ${intlOffset(zone, t)}`);
        }
        expect(at(instant)).toBe(offset);
        // A change the table records is one: the offset a second before differs.
        expect(intlOffset(zone, instant - 1000)).not.toBe(offset);
        checked++;
      }
    }
    // Russia, Europe and the Americas changed offsets twice a year for decades.
    expect(checked).toBeGreaterThan(2000);
  });

  it('agrees with Intl at both ends of its range', () => {
    for (const zone of zones) {
      for (const t of [TABLE_START, TABLE_START + MINUTE, TABLE_END - MINUTE, TABLE_END - 1000]) {
        expect(`${zone} ${t} ${reader(zone)(t)}`).toBe(`${zone} ${t} ${intlOffset(zone, t)}`);
      }
    }
  });

  test.prop([fc.constantFrom(...zones), fc.integer({ min: TABLE_START, max: TABLE_END - 1 })], { numRuns: 5000 })(
    'agrees with Intl at random instants of its range',
    (zone, instant) => {
      expect(reader(zone)(instant)).toBe(intlOffset(zone, instant));
    },
  );
});

// ---------------------------------------------------------------------------
// zoneOffset, from the table and from Intl
// ---------------------------------------------------------------------------

// The oracle: test/support/zone-oracle.ts.
const oracle = oracleOffset;

/** zoneOffset and the oracle at the wall clock that `ms` (read as UTC) shows, as one comparable line each. */
function both(zone: string, ms: number): [string, string] {
  const d = new Date(ms);
  const args = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()] as const;
  const label = `${zone} ${d.toISOString().slice(0, 16)}`;
  return [`${label} ${zoneOffset(zone, ...args)}`, `${label} ${oracle(zone, ...args)}`];
}

const changes = zones.flatMap((zone) => changesOf(zone).map(([instant, offset]) => ({ zone, instant, offset })));

describe('zoneOffset over the table', () => {
  test.prop([fc.constantFrom(...changes), fc.integer({ min: -36 * 60, max: 36 * 60 })], { numRuns: 1500 })(
    'agrees with the oracle at wall times within a day and a half of a change (gaps and overlaps included)',
    ({ zone, instant, offset }, minutes) => {
      const [actual, expected] = both(zone, instant + offset + minutes * MINUTE);
      expect(actual).toBe(expected);
    },
  );

  test.prop([fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1970, 0, 3), max: Date.UTC(2037, 11, 29, 23, 59) })], { numRuns: 1000 })(
    'agrees with the oracle at random wall times of the range',
    (zone, wall) => {
      const [actual, expected] = both(zone, Math.floor(wall / MINUTE) * MINUTE);
      expect(actual).toBe(expected);
    },
  );

  it('agrees with the oracle on the days where the table ends and Intl takes over', () => {
    for (const zone of ['Europe/Paris', 'Europe/Moscow', 'America/New_York', 'Asia/Tehran', 'America/Sao_Paulo']) {
      for (const start of [Date.UTC(1969, 11, 30), Date.UTC(2037, 11, 26)]) {
        for (let t = start; t < start + 7 * DAY; t += 150 * MINUTE) {
          const [actual, expected] = both(zone, t);
          expect(actual).toBe(expected);
        }
      }
    }
  });
});

describe('zoneOffset and Intl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const spyIntl = () => {
    const proto = Intl.DateTimeFormat.prototype;
    // `format` is a getter (it returns a bound function): count its reads.
    // The DOM-less lib types declare it as a method, hence the cast.
    return [vi.spyOn(proto, 'formatToParts'), vi.spyOn(proto as unknown as { readonly format: unknown }, 'format', 'get')];
  };
  const calls = (spies: ReturnType<typeof spyIntl>) => spies.reduce((n, s) => n + s.mock.calls.length, 0);

  it('makes no Intl call for a zone of the table in its range, even on a change day', () => {
    const spies = spyIntl();
    // Times no other test asks, so that no memo answers in place of the table.
    expect(zoneOffset('Europe/Minsk', 2024, 5, 23, 23, 31)).toBe('+03:00');
    expect(zoneOffset('Europe/Paris', 2024, 10, 27, 2, 31)).toBe('+02:00');
    expect(zoneOffset('Europe/Paris', 2024, 3, 31, 2, 31)).toBe('+01:00');
    expect(zoneOffset('Asia/Kolkata', 2031, 6, 1, 12, 1)).toBe('+05:30');
    expect(calls(spies)).toBe(0);
  });

  it('asks Intl for a user zone, a zone written in another case, and days outside the range', () => {
    // Zones and days no other test asks: a memo of the Intl path would answer without a call.
    const cases: Array<[string, number, number, number, number, number]> = [
      ['Africa/Bamako', 2024, 5, 23, 23, 31],
      ['Australia/Sydney', 2024, 4, 7, 2, 31],
      ['europe/paris', 2024, 10, 27, 2, 31],
      ['Europe/Paris', 1965, 7, 1, 12, 1],
      ['Europe/Kyiv', 1970, 1, 2, 12, 1],
      ['America/New_York', 2040, 3, 11, 2, 31],
      ['Europe/Berlin', 2037, 12, 30, 12, 1],
    ];
    for (const c of cases) {
      const spies = spyIntl();
      const actual = zoneOffset(...c);
      const n = calls(spies);
      vi.restoreAllMocks();
      expect(`${c.join(' ')} ${actual}`).toBe(`${c.join(' ')} ${oracle(...c)}`);
      expect(n, c.join(' ')).toBeGreaterThan(0);
    }
  });

  it('parses a dossier without an Intl call', () => {
    const text = readFileSync(new URL('../../fixtures/dossier-6125-minsk-2024.txt', import.meta.url), 'utf8');
    const spies = spyIntl();
    const tree = parse(text);
    expect(calls(spies)).toBe(0);
    expect(JSON.stringify(tree)).toContain('+03:00"');
  });
});
