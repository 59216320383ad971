/**
 * The reference date (`ParseOptions.referenceDate`): the year of a date
 * written without one (`ce 19 décembre`).
 *
 * @internal
 * @module
 */
import type { When } from '../nodes.js';

/** A checked reference date: its calendar parts and day number (days since 1970-01-01). */
export interface ReferenceDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

/**
 * Checks the `referenceDate` option: a string `YYYY-MM-DD` naming a date
 * that exists, or a valid `Date`, read as its UTC calendar date
 * (`new Date('2022-12-20T23:30:00-05:00')` is 2022-12-21).
 *
 * @returns The date's parts, or `undefined` when the option is `undefined`.
 * @throws TypeError naming the value when it is neither.
 */
export function checkReferenceDate(value: unknown, field: string, caller: string): ReferenceDate | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`${caller}: ${field} is an invalid Date.`);
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year)) return { year, month, day };
  }
  throw new TypeError(
    `${caller}: expected ${field} to be a date 'YYYY-MM-DD' that exists (such as '2022-12-20') or a valid Date, found ${typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value}.`,
  );
}

/**
 * Gives a yearless {@link When} (precision `month-day`: `ce 19 décembre`)
 * the year that puts it nearest to the reference date: of the years in which
 * that day exists (29 February only in leap years), the one whose date is
 * fewest days from the reference, before or after; at equal distance, the
 * earlier one (the press reports what has happened). For any day but
 * 29 February that is the one date within six months of the reference.
 *
 * The When keeps its `raw`, gains `year` and `date`, precision `day`, and
 * `yearInferred: true` to say that the year is not written. Any other When
 * comes back as it was.
 */
export function inferYear(when: When, reference: ReferenceDate): When {
  if (when.precision !== 'month-day' || when.year !== undefined || when.month === undefined || when.day === undefined) return when;
  const { month, day } = when;
  const target = dayNumber(reference.year, reference.month, reference.day);
  let best: { year: number; distance: number } | undefined;
  for (let year = reference.year - 4; year <= reference.year + 4; year++) {
    if (day > daysInMonth(month, year)) continue;
    const distance = Math.abs(dayNumber(year, month, day) - target);
    if (best === undefined || distance < best.distance) best = { year, distance };
  }
  if (best === undefined) return when;
  const { raw, time, place, timeZone } = when;
  const date = `${String(best.year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Keys in the order of the interface, as the time normalizer writes them.
  const out: Record<string, unknown> = { raw, year: best.year, month, day, date, yearInferred: true };
  if (time !== undefined) out['time'] = time;
  if (place !== undefined) out['place'] = place;
  if (timeZone !== undefined) out['timeZone'] = timeZone;
  out['precision'] = 'day';
  return out as unknown as When;
}
