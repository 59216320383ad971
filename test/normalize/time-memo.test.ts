import { describe, expect, it } from 'vitest';
import type { PendingDiagnostic } from '../../src/diagnostics.js';
import type { RawWhen } from '../../src/raw.js';
import { normalizeWhen, zoneOffset } from '../../src/normalize/time.js';
import { oracleOffset } from '../support/zone-oracle.js';

describe('zoneOffset (remembered per zone and wall time)', () => {
  it('gives the same answer the second time, and across daylight-saving changes', () => {
    for (let i = 0; i < 2; i++) {
      expect(zoneOffset('Europe/Paris', 2024, 10, 27, 2, 30)).toBe('+02:00');
      expect(zoneOffset('Europe/Paris', 2024, 10, 27, 3, 0)).toBe('+01:00');
      expect(zoneOffset('Europe/Moscow', 2013, 1, 15, 12, 0)).toBe('+04:00');
    }
  });

  it('throws for an unknown zone every time (a throw is not remembered)', () => {
    expect(() => zoneOffset('Asia/Astana', 2024, 1, 1, 0, 0)).toThrow(RangeError);
    expect(() => zoneOffset('Asia/Astana', 2024, 1, 1, 0, 0)).toThrow(RangeError);
  });
});

describe('normalizeWhen (digits read without a regex)', () => {
  const part = (value: string, start: number) => ({ value, start, end: start + value.length });
  const raw = (day: string, year: string, hour: string, minute: string): RawWhen => ({
    start: 0,
    end: 20,
    date: { style: 'numeric', start: 0, end: 10, day: part(day, 0), month: part('05', 3), year: part(year, 6) },
    time: { start: 10, end: 20, hour: part(hour, 13), minute: part(minute, 16) },
    place: null,
  });

  it('reads the first run of digits of each part, as /\\d+/ did', () => {
    const diagnostics: PendingDiagnostic[] = [];
    const w = normalizeWhen(raw('x24y', 'a24', '9h', '05'), '24.05.24 à 9:05     ', (d) => diagnostics.push(d));
    expect(w).toMatchObject({ year: 2024, month: 5, day: 24, date: '2024-05-24', time: '09:05', precision: 'minute' });
    expect(diagnostics).toEqual([]);
  });

  it('reports a part without digits', () => {
    const diagnostics: PendingDiagnostic[] = [];
    const w = normalizeWhen(raw('jj', '2024', 'hh', '05'), '24.05.24 à 9:05     ', (d) => diagnostics.push(d));
    expect(w.day).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['INVALID_DATE', 'INVALID_TIME']);
    expect(diagnostics[0]?.message).toContain('the day "jj" is not a number');
  });
});

describe('zoneOffset (one answer per zone and day when the offset is steady)', () => {
  // The oracle: test/support/zone-oracle.ts.
  const oracle = oracleOffset;

  it('agrees with a brute-force oracle on every quarter hour of change days and on steady days', () => {
    // Days on which these zones changed offset (DST, and Moscow's 2011 and 2014 changes), and days around them.
    const days: Array<[string, number, number, number]> = [
      ['Europe/Paris', 2024, 3, 31], ['Europe/Paris', 2024, 10, 27], ['Europe/Paris', 2024, 10, 26], ['Europe/Paris', 2024, 10, 28],
      ['Europe/London', 2021, 3, 28], ['Europe/Moscow', 2011, 3, 27], ['Europe/Moscow', 2014, 10, 26], ['Europe/Moscow', 2014, 10, 25],
      ['Europe/Minsk', 2024, 5, 24], ['America/New_York', 2023, 11, 5], ['Asia/Kolkata', 2024, 6, 1], ['Australia/Sydney', 2024, 4, 7],
    ];
    for (const [zone, y, mo, d] of days) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const h = Math.floor(m / 60);
        expect(`${zone} ${y}-${mo}-${d} ${h}:${m % 60} ${zoneOffset(zone, y, mo, d, h, m % 60)}`).toBe(
          `${zone} ${y}-${mo}-${d} ${h}:${m % 60} ${oracle(zone, y, mo, d, h, m % 60)}`,
        );
      }
    }
  });
});
