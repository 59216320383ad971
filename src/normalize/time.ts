/**
 * The time normalizer: turns the grammar's raw timestamps
 * (`23 mai 2024 à 23h30 à Minsk`, `24.05.24`) and dates found in running text
 * (`ce 19 décembre`) into {@link When} values, with the place's IANA zone and
 * an ISO 8601 instant when the text gives enough.
 *
 * @internal
 * @module
 */

import type { When, WhenPrecision } from '../nodes.js';
import type { RawWhen, RawDate, RawPart } from '../raw.js';
import type { Report } from '../diagnostics.js';
import { timeZoneForPlace } from './places.js';
import { tableOffsetReader, TABLE_END, TABLE_START, type OffsetAt } from './zone-table.js';
import { CLOCK_WORDS, dropInvisibles, INVISIBLES, MONTHS as LEXICON_MONTHS, MONTH_ABBREVIATIONS, regexClass, SPACES } from '../lexicon.js';
import { lazy } from '../util/lazy.js';
import { memoize } from '../util/memo.js';
import { isLineSpaceCode } from '../util/space.js';

// ---------------------------------------------------------------------------
// Months
// ---------------------------------------------------------------------------

/**
 * Month names and abbreviations of the lexicon (French and English), folded
 * (lower case, no accents, no dot), → 1–12.
 */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [...LEXICON_MONTHS, ...MONTH_ABBREVIATIONS].map(([word, month]) => [foldWord(word), month] as const),
);

/** Full month names (folded), which a following period never belongs to. */
const FULL_MONTHS: ReadonlySet<string> = new Set([...LEXICON_MONTHS.keys()].map(foldWord));

/** English month names, for messages. */
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Lower case, diacritics stripped (`NFD` then combining marks removed), one trailing period removed, trimmed. */
function foldWord(word: string): string {
  return dropInvisibles(word)
    .trim()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

/**
 * The number of a French or English month written as a name or an
 * abbreviation (the lexicon's `months` and `monthAbbreviations`).
 *
 * Any case, accents optional, one trailing period allowed: `août`, `AOUT`,
 * `févr.`, `fevr`, `déc.`, `sept.`, `April`, `Feb.` all read.
 *
 * @param word - The month as written, without surrounding text.
 * @returns The month number 1–12, or `undefined` when the word is no month.
 */
export function monthNumber(word: string): number | undefined {
  return monthOfWord(word);
}

// Folding (`normalize('NFD')` and a regex) costs more than the lookup; the
// same dozen words come back on every line.
const monthOfWord = memoize((word: string) => MONTHS.get(foldWord(word)), 1024);

// ---------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar; with no year, February has 29. */
function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------
// Offsets
// ---------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter giving the wall-clock parts of an instant in a zone. Throws RangeError for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds since the epoch of a wall-clock time read as UTC; years 0–99 are not shifted to 1900. */
function utcMillis(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
  // `Date.UTC` alone reads years 0–99 as 1900–1999 and carries an hour past
  // 23 into the next day, which the time of day set below does not: it
  // serves, without a Date, for the usual year and time of day, where both
  // give the same instant.
  if (year >= 100 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
    return Date.UTC(year, month - 1, day, hour, minute, second);
  }
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** The zone's offset from UTC, in milliseconds, at an instant, from `Intl`. Throws RangeError for an unknown zone. */
function intlOffsetAt(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const y = get('year');
  const year = era.startsWith('B') ? 1 - y : y;
  const wall = utcMillis(year, get('month'), get('day'), get('hour'), get('minute'), get('second'));
  // The formatted wall clock has no milliseconds: compare whole seconds.
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC offset of an IANA time zone at a wall-clock time.
 *
 * For a wall-clock time that occurs twice (clocks set back), the offset of the
 * first occurrence; for one that does not occur (clocks set forward), the
 * offset in force just before the change. Offsets with seconds (local mean
 * time before 1900) are rounded to the minute.
 *
 * The zones of the built-in gazetteer are read from a table of their changes
 * (see zone-table.ts) for days from 1970-01-03 to 2037-12-29; other zones and
 * days ask `Intl`. Both give the offsets of the zone database this Node's
 * `Intl` has (the table's is the one of the Node that built the package).
 *
 * @param timeZone - An IANA zone name (`Europe/Moscow`).
 * @param year - Calendar year (`2024`).
 * @param month - Month 1–12.
 * @param day - Day of month 1–31.
 * @param hour - Hour 0–23.
 * @param minute - Minute 0–59.
 * @returns The offset as `+HH:MM` or `-HH:MM` (`+03:00`; `+00:00` for UTC).
 * @throws RangeError when `Intl` does not know the zone.
 */
export function zoneOffset(timeZone: string, year: number, month: number, day: number, hour: number, minute: number): string {
  const table = tableOffsetReader(timeZone);
  if (table !== undefined) {
    const dayStart = utcMillis(year, month, day, 0, 0);
    const wall = utcMillis(year, month, day, hour, minute);
    // The computation looks from a day before the day (or the wall time,
    // for an hour past 23) to two days after, less the offset (under a
    // day): all of it must be in the table.
    if (Math.min(dayStart, wall) - 2 * DAY >= TABLE_START && Math.max(dayStart, wall) + 3 * DAY <= TABLE_END) {
      return formatOffset(steadyOffset(table, dayStart) ?? changingOffset(table, wall));
    }
  }
  return offsetOfWallTime(`${year} ${month} ${day} ${hour} ${minute} ${timeZone}`);
}

// Each `Intl` call costs microseconds and a timestamp needs three or four;
// a dossier writes each timestamp two or three times (TOC entry, heading,
// dateline). The answer depends on the key alone; an unknown zone throws
// and is not remembered.
const offsetOfWallTime = memoize((key: string): string => {
  // Five numbers (each prints and reads back exactly), then the zone as given.
  const parts = key.split(' ');
  const [year, month, day, hour, minute] = parts.slice(0, 5).map(Number) as [number, number, number, number, number];
  const timeZone = parts.slice(5).join(' ');
  const steady = steadyOffsetOfDay(`${year} ${month} ${day} ${timeZone}`);
  const at: OffsetAt = (instant) => intlOffsetAt(timeZone, instant);
  return formatOffset(steady ?? changingOffset(at, utcMillis(year, month, day, hour, minute)));
});

const DAY = 86_400_000;

// Most days have no change of offset, and a dossier's timestamps share days
// (a TOC entry, its heading and its dateline; sections of one visit): one
// answer per zone and calendar day, two `Intl` calls, serves every time of
// that day.
const steadyOffsetOfDay = memoize((key: string): number | null => {
  const parts = key.split(' ');
  const [year, month, day] = parts.slice(0, 3).map(Number) as [number, number, number];
  const timeZone = parts.slice(3).join(' ');
  return steadyOffset((instant) => intlOffsetAt(timeZone, instant), utcMillis(year, month, day, 0, 0));
});

/**
 * The offset, in ms, in force through a whole day, or `null` when it may
 * change that day. The offsets a day before the day starts and a day after
 * it ends bracket every instant {@link changingOffset} looks at for a time
 * of that day; when they are equal the offset is taken as constant across
 * those three days, as changingOffset takes it across two (two changes of
 * offset within days do not occur in the zone database).
 *
 * @param at - The zone's offset (ms) at an instant (ms).
 * @param dayStart - The day's 00:00 wall clock read as UTC, in ms since the epoch.
 */
function steadyOffset(at: OffsetAt, dayStart: number): number | null {
  const before = at(dayStart - DAY);
  return before === at(dayStart + 2 * DAY) ? before : null;
}

/** The offset, in ms, at a wall time (ms, read as UTC) of a day on which the zone's offset changes (see {@link zoneOffset}). */
function changingOffset(at: OffsetAt, wall: number): number {
  // The offsets in force a day around the wall time bracket every candidate.
  const before = at(wall - DAY);
  const after = at(wall + DAY);
  const candidates = before === after ? [before] : [before, after];
  // A candidate is right when the instant it gives shows the same wall clock.
  const valid = candidates.filter((o) => at(wall - o) === o);
  // Twice-occurring time: the earlier instant, i.e. the larger offset.
  // Skipped time: the offset in force before the change.
  return valid.length > 0 ? Math.max(...valid) : before;
}

/** Milliseconds of offset as `+HH:MM`, rounded to the minute. */
function formatOffset(offset: number): string {
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------
// Raw timestamps
// ---------------------------------------------------------------------------

/** What was read of a date, with the date string when it exists. */
interface DateReading {
  year?: number;
  month?: number;
  day?: number;
  /** `YYYY-MM-DD`, when the date exists. */
  date?: string;
}

/** The first run of ASCII digits in `value` (what `/\d+/` finds), without a regex. */
function firstDigits(value: string): string | undefined {
  let i = 0;
  const n = value.length;
  while (i < n && !isDigitCode(value.charCodeAt(i))) i++;
  if (i === n) return undefined;
  let j = i + 1;
  while (j < n && isDigitCode(value.charCodeAt(j))) j++;
  return value.slice(i, j);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function parseDigits(part: RawPart): number | undefined {
  const digits = firstDigits(part.value);
  return digits === undefined ? undefined : Number(digits);
}

/** Reads a raw date, reporting INVALID_DATE when it does not exist. */
function readDate(raw: RawDate, text: string, report: Report): DateReading {
  const out: DateReading = {};
  const problems: string[] = [];

  const yearDigits = firstDigits(raw.year.value);
  let year: number | undefined;
  if (yearDigits !== undefined) {
    year = Number(yearDigits);
    if (yearDigits.length <= 2) year += 2000;
    out.year = year;
  } else {
    problems.push(`the year "${raw.year.value}" is not a number`);
  }

  const month = raw.style === 'numeric' ? parseDigits(raw.month) : monthNumber(raw.month.value);
  if (month !== undefined && month >= 1 && month <= 12) {
    out.month = month;
  } else if (month === undefined) {
    problems.push(`"${raw.month.value}" is not a month`);
  } else {
    problems.push(`month ${month} is not between 1 and 12`);
  }

  const day = parseDigits(raw.day);
  if (day !== undefined && day >= 1 && day <= 31) {
    out.day = day;
    if (out.month !== undefined) {
      const max = daysInMonth(out.month, year);
      if (day > max) {
        const monthName = MONTH_NAMES[out.month - 1] ?? String(out.month);
        problems.push(`${monthName}${year === undefined ? '' : ` ${year}`} has ${max} days, not ${day}`);
      }
    }
  } else {
    problems.push(
      day === undefined ? `the day "${raw.day.value}" is not a number` : `day ${day} is not between 1 and 31`,
    );
  }

  if (problems.length > 0) {
    report({
      code: 'INVALID_DATE',
      severity: 'warning',
      message: `The date "${text.slice(raw.start, raw.end)}" does not exist: ${problems.join('; ')}.`,
      start: raw.start,
      end: raw.end,
    });
  } else if (out.year !== undefined && out.month !== undefined && out.day !== undefined) {
    out.date = `${pad(out.year, 4)}-${pad(out.month)}-${pad(out.day)}`;
  }
  return out;
}

/** Copies the parts read into a When, leaving absent parts out. */
function dateFields(raw: string, reading: DateReading): When {
  const when: When = { raw, precision: 'none' };
  if (reading.year !== undefined) when.year = reading.year;
  if (reading.month !== undefined) when.month = reading.month;
  if (reading.day !== undefined) when.day = reading.day;
  if (reading.date !== undefined) when.date = reading.date;
  return when;
}

/**
 * Builds a {@link When} from the grammar's raw timestamp
 * (`23 mai 2024 à 23h30 à Minsk`, `10 mars 2025 à 13H40 au Kremlin-Moscou`,
 * `12 mars 2025 à 21h40 – Région de Kursk`).
 *
 * - `raw` is `text.slice(raw.start, raw.end)`; two-digit years are read as 2000 + yy.
 * - A date that does not exist (`31 février 2025`, `32.05.24`, month 13) keeps
 *   the parts that are in range on their own (year; month 1–12; day 1–31), has no
 *   `date` nor `instant`, and is reported as `INVALID_DATE` (warning) over the date's span.
 * - A time out of range (hour > 23, minute > 59) gives no `time` nor `instant`
 *   and is reported as `INVALID_TIME` (warning) over the time as written (`25h70`).
 * - `place` is the place name as written, trimmed; `timeZone` comes from
 *   {@link timeZoneForPlace}. A place with no known zone is reported as
 *   `UNKNOWN_TIME_ZONE` (info) over the place name and gives no instant.
 * - `instant` is `YYYY-MM-DDTHH:MM:00±HH:MM` with the zone's real offset at
 *   that wall-clock time (see {@link zoneOffset}), when date, time and zone are known.
 * - `precision` is `minute` for a valid date and time, `day` for a valid date
 *   without a valid time, `none` when the date does not exist.
 *
 * @param raw - The timestamp as captured by the grammar; offsets are UTF-16 offsets into `text`.
 * @param text - The whole source text the offsets refer to.
 * @param report - Receives the diagnostics, by offsets into `text`.
 * @returns A When without `undefined`-valued fields (clean JSON).
 */
export function normalizeWhen(raw: RawWhen, text: string, report: Report): When {
  const reading: DateReading = raw.date === null ? {} : readDate(raw.date, text, report);
  // A timestamp written over lines (an event page's date, time and place)
  // reads with LF between them, whatever the file's line breaks.
  const written = text.slice(raw.start, raw.end);
  const when = dateFields(written.includes('\r') ? written.replace(/\r\n?/g, '\n') : written, reading);

  let hour: number | undefined;
  let minute: number | undefined;
  if (raw.time !== null) {
    // `midi`, `minuit`: the word is the hour.
    const h = parseDigits(raw.time.hour) ?? CLOCK_WORDS.get(foldWord(raw.time.hour.value));
    const m = raw.time.minute === null ? 0 : parseDigits(raw.time.minute);
    const start = raw.time.hour.start;
    const end = raw.time.end;
    const problems: string[] = [];
    if (h === undefined || h > 23) problems.push(`hour ${raw.time.hour.value} is not between 0 and 23`);
    if (m === undefined || m > 59) problems.push(`minute ${raw.time.minute?.value} is not between 0 and 59`);
    if (problems.length > 0 || h === undefined || m === undefined) {
      report({
        code: 'INVALID_TIME',
        severity: 'warning',
        message: `The time "${text.slice(start, end)}" does not exist: ${problems.join('; ')}.`,
        start,
        end,
      });
    } else {
      hour = h;
      minute = m;
      when.time = `${pad(h)}:${pad(m)}`;
    }
  }

  if (raw.place !== null) {
    const name = raw.place.name;
    const place = name.value.trim();
    if (place !== '') {
      when.place = place;
      const zone = timeZoneForPlace(place);
      if (zone !== undefined) {
        when.timeZone = zone;
      } else {
        const lead = name.value.length - name.value.trimStart().length;
        const start = name.start + lead;
        report({
          code: 'UNKNOWN_TIME_ZONE',
          severity: 'info',
          message: `No time zone is known for the place "${place}", so the timestamp has no instant.`,
          start,
          end: start + place.length,
        });
      }
    }
  }

  let precision: WhenPrecision = raw.date === null && hour !== undefined ? 'time' : 'none';
  if (when.date !== undefined) {
    precision = hour !== undefined ? 'minute' : 'day';
    if (
      hour !== undefined &&
      minute !== undefined &&
      when.timeZone !== undefined &&
      reading.year !== undefined &&
      reading.month !== undefined &&
      reading.day !== undefined
    ) {
      const offset = zoneOffset(when.timeZone, reading.year, reading.month, reading.day, hour, minute);
      when.instant = `${when.date}T${when.time}:00${offset}`;
    }
  }
  when.precision = precision;
  return reorder(when);
}

/**
 * Builds a {@link When} from a bare raw date: the dossier header's `24.05.24`.
 *
 * `raw` is `text.slice(raw.start, raw.end)`; two-digit years are read as
 * 2000 + yy. Precision is `day` when the date exists. A date that does not
 * exist keeps the parts in range on their own, has no `date`, precision
 * `none`, and is reported as `INVALID_DATE` (warning) over its span.
 *
 * @param raw - The date as captured by the grammar; offsets are UTF-16 offsets into `text`.
 * @param text - The whole source text the offsets refer to.
 * @param report - Receives the diagnostics, by offsets into `text`.
 * @returns A When without `undefined`-valued fields (clean JSON).
 */
export function normalizeDate(raw: RawDate, text: string, report: Report): When {
  const reading = readDate(raw, text, report);
  const when = dateFields(text.slice(raw.start, raw.end), reading);
  when.precision = when.date !== undefined ? 'day' : 'none';
  return reorder(when);
}

/**
 * The When's fields in the order of the interface, absent ones left out, for
 * clean and stable JSON. Each field is read by its name, one statement each:
 * a loop over the names would read them by a computed key, a slower lookup
 * on objects of several shapes.
 */
function reorder(when: When): When {
  const out: When = { raw: when.raw } as When;
  if (when.year !== undefined) out.year = when.year;
  if (when.month !== undefined) out.month = when.month;
  if (when.day !== undefined) out.day = when.day;
  if (when.date !== undefined) out.date = when.date;
  if (when.time !== undefined) out.time = when.time;
  if (when.place !== undefined) out.place = when.place;
  if (when.timeZone !== undefined) out.timeZone = when.timeZone;
  if (when.instant !== undefined) out.instant = when.instant;
  out.precision = when.precision;
  return out;
}

// ---------------------------------------------------------------------------
// Dates in running text
// ---------------------------------------------------------------------------

/** The lexicon's spaces, as a regex class. */
const SPACE_CLASS = regexClass(SPACES);

/**
 * A day (1–2 digits, optionally `1er`/`1ᵉʳ`) not glued to a letter or digit,
 * spaces (including no-break spaces), then a word that may be a month, then an
 * optional period, then optionally spaces and a 4-digit year. Words include
 * combining marks (`\p{M}`), so NFD text (`de\u0301cembre`) reads like NFC.
 */
// A month word may hold an invisible format character (`d\u00ADécembre`), read through by the month lookup.
const INVISIBLE_CLASS = regexClass(INVISIBLES);
// Sticky: it is tried only where a day can start (see DIGIT_RUN), not run
// over the whole text, most of which has no digit. Made on first use: only
// articles look for a date in running text.
const dayMonth = lazy(
  () =>
    new RegExp(
      `(?<![\\p{L}\\p{M}\\p{N}])(\\d{1,2})(?:${SPACE_CLASS}?(?:er|ᵉʳ))?${SPACE_CLASS}+((?:[\\p{L}\\p{M}]|${INVISIBLE_CLASS})+)(\\.?)(?:(${SPACE_CLASS}+)(\\d{4})(?!\\d))?(?![\\p{L}\\p{M}\\p{N}])`,
      'uy',
    ),
);

// Where the day–month regex can match: the first digit of a run of them (`\d` is
// ASCII, even with `u`; after a digit, `\p{N}` before it fails the match).
// A plain class without the `u` flag: the scan for it is fast.
const DIGIT_RUN = /[0-9]+/g;

/**
 * Finds the first French day–month date in running text: `ce 19 décembre`,
 * `le 1er août`, `19 décembre`, `3 sept. 2024`.
 *
 * The match covers the date itself, from the day to the month (or the year),
 * not the `ce`/`le` before it. Without a year the When has `day`, `month` and
 * precision `month-day` (no `year`, no `date`: a year is never guessed); when a
 * 4-digit year follows the month it has `year`, `date` and precision `day`.
 * A day that cannot fall in the month (`31 avril`, `30 février`, `29 février 2025`)
 * is not a date and the search goes on.
 *
 * @param text - The text to search (a line or a paragraph).
 * @param base - The offset of `text` in the whole source text, added to the
 *   returned `start` and `end` (default 0: offsets relative to `text`).
 * @returns The date and its span as UTF-16 offsets (`end` exclusive) into `text`
 *   plus `base`, or `undefined` when there is none.
 */
export function findDateInText(
  text: string,
  base = 0,
): { when: When; start: number; end: number } | undefined {
  // A date starts with a day's digits: the Unicode regex is tried, sticky,
  // at each place where a day can start, in text order, which finds what a
  // search from the start would (it cannot match anywhere else), and a text
  // without digits is spared it. One regex for every call (a call runs to
  // its end before the next): compiling one per paragraph cost more than
  // the search.
  const re = dayMonth();
  const runs = DIGIT_RUN;
  runs.lastIndex = 0;
  for (let d = runs.exec(text); d !== null; d = runs.exec(text)) {
    // A day is one or two digits, then a space or the `e` of `er` / `ᵉʳ`:
    // any other run (a year, `3,5`, `12h`) is passed without trying the regex.
    const after = text.charCodeAt(d.index + d[0].length);
    if (d[0].length > 2 || !(isLineSpaceCode(after) || after === 0x65 || after === 0x1d49)) continue;
    re.lastIndex = d.index;
    const m = re.exec(text);
    // No date here: the next start is the next run's.
    if (m === null) continue;
    const [, dayText = '', word = '', dot = '', space = '', yearText] = m;
    const month = monthNumber(word);
    // The word after the number was no month; try from the next start.
    if (month === undefined) continue;
    const start = m.index;
    let end = start + m[0].length;
    let year = yearText === undefined ? undefined : Number(yearText);
    if (dot !== '' && FULL_MONTHS.has(foldWord(word))) {
      // A period after a full month name ends the sentence: it belongs to
      // neither the date nor a year written after it (`19 décembre. 2024 …`).
      end = start + m[0].length - (yearText === undefined ? 0 : space.length + yearText.length) - 1;
      year = undefined;
    }
    const day = Number(dayText);
    if (day < 1 || day > daysInMonth(month, year)) continue;
    const when: When = { raw: text.slice(start, end), month, day, precision: 'month-day' };
    if (year !== undefined) {
      when.year = year;
      when.date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      when.precision = 'day';
    }
    return { when: reorder(when), start: base + start, end: base + end };
  }
  return undefined;
}
