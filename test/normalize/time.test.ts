import { describe, expect, it } from 'vitest';
import type { PendingDiagnostic } from '../../src/diagnostics.js';
import type { RawDate, RawPart, RawWhen } from '../../src/raw.js';
import {
  findDateInText,
  monthNumber,
  normalizeDate,
  normalizeWhen,
  zoneOffset,
} from '../../src/normalize/time.js';

// ---------------------------------------------------------------------------
// Helpers: build the grammar's raw objects from a string, by searching for
// substrings (the shapes are those of src/raw.ts; spans mimic the grammar:
// the time starts at the space before `à`, the place at the space before its
// separator).
// ---------------------------------------------------------------------------

function part(value: string, start: number): RawPart {
  return { value, start, end: start + value.length };
}

const WORD_DATE = /^(\d{1,2})(er)?( +)(\p{L}+\.?)( +)(\d{4})/u;
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})([./])(\d{2}(?:\d{2})?)(?!\d)/;

/** The raw date written at `at` in `text`. */
function rawDateAt(text: string, at: number): RawDate {
  const rest = text.slice(at);
  const w = WORD_DATE.exec(rest);
  if (w) {
    const [all, d = '', er = '', s1 = '', m = '', s2 = '', y = ''] = w;
    const monthAt = at + d.length + er.length + s1.length;
    return {
      style: 'words',
      start: at,
      end: at + all.length,
      day: part(d, at),
      month: part(m, monthAt),
      year: part(y, monthAt + m.length + s2.length),
    };
  }
  const n = NUMERIC_DATE.exec(rest);
  if (!n) throw new Error(`no date at ${at} in ${JSON.stringify(text)}`);
  const [all, d = '', s1 = '', m = '', s2 = '', y = ''] = n;
  return {
    style: 'numeric',
    start: at,
    end: at + all.length,
    day: part(d, at),
    month: part(m, at + d.length + s1.length),
    year: part(y, at + d.length + s1.length + m.length + s2.length),
  };
}

/** The raw date `dateText`, found in `text`. */
function rawDate(text: string, dateText: string): RawDate {
  const at = text.indexOf(dateText);
  if (at < 0) throw new Error(`${dateText} not in ${text}`);
  return rawDateAt(text, at);
}

/** The raw timestamp `whenText` (running to its end), found in `text`. */
function rawWhen(text: string, whenText: string): RawWhen {
  const at = text.indexOf(whenText);
  if (at < 0) throw new Error(`${whenText} not in ${text}`);
  const end = at + whenText.length;
  const date = rawDateAt(text, at);
  let pos = date.end;
  let time: RawWhen['time'] = null;
  const t = /^( +à +)(\d{1,2})( *[hH:] *)(\d{2})(?!\d)/.exec(text.slice(pos, end));
  if (t) {
    const [all, lead = '', h = '', sep = '', m = ''] = t;
    time = {
      start: pos,
      end: pos + all.length,
      hour: part(h, pos + lead.length),
      minute: part(m, pos + lead.length + h.length + sep.length),
    };
    pos += all.length;
  }
  let place: RawWhen['place'] = null;
  const p = /^(?: +(au|aux|à|en) +| *([–—-]) +)(.+)$/u.exec(text.slice(pos, end));
  if (p) {
    const [all, word, dash, name = ''] = p;
    place = {
      start: pos,
      end: pos + all.length,
      sep: word ?? dash ?? '',
      name: part(name, pos + all.length - name.length),
    };
    pos += all.length;
  }
  return { start: at, end: pos, date, time, place };
}

/** A report that collects what it is given. */
function collector(): { report: (d: PendingDiagnostic) => void; diagnostics: PendingDiagnostic[] } {
  const diagnostics: PendingDiagnostic[] = [];
  return { report: (d) => diagnostics.push(d), diagnostics };
}

/** Normalizes the timestamp `whenText` found in `text`. */
function when(text: string, whenText = text) {
  const { report, diagnostics } = collector();
  const value = normalizeWhen(rawWhen(text, whenText), text, report);
  return { value, diagnostics };
}

// ---------------------------------------------------------------------------
// monthNumber
// ---------------------------------------------------------------------------

describe('monthNumber', () => {
  it.each([
    ['janvier', 1], ['février', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6],
    ['juillet', 7], ['août', 8], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11],
    ['décembre', 12], ['decembre', 12],
  ])('reads the name %s as %i', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });

  it.each([
    ['janv.', 1], ['janv', 1], ['jan.', 1], ['févr.', 2], ['fevr.', 2], ['fév.', 2], ['avr.', 4],
    ['juil.', 7], ['sept.', 9], ['sep.', 9], ['oct.', 10], ['nov.', 11], ['déc.', 12], ['dec.', 12], ['dec', 12],
  ])('reads the abbreviation %s as %i', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });

  it('ignores case and accents', () => {
    expect(monthNumber('AOÛT')).toBe(8);
    expect(monthNumber('Décembre')).toBe(12);
    expect(monthNumber('FÉVR.')).toBe(2);
    expect(monthNumber('JuIlLeT')).toBe(7);
  });

  it('reads English months, as the Kremlin pages and the dossiers that copy them write them', () => {
    expect(['April', 'May', 'october', 'DECEMBER', 'Feb.', 'Sept.'].map(monthNumber)).toEqual([4, 5, 10, 12, 2, 9]);
  });

  it('rejects other words', () => {
    expect(monthNumber('mais')).toBeUndefined();
    expect(monthNumber('maybe')).toBeUndefined();
    expect(monthNumber('')).toBeUndefined();
    expect(monthNumber('janv..')).toBeUndefined();
    expect(monthNumber('12')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// zoneOffset
// ---------------------------------------------------------------------------

describe('zoneOffset', () => {
  it('gives fixed offsets', () => {
    expect(zoneOffset('Europe/Moscow', 2024, 5, 23, 23, 30)).toBe('+03:00');
    expect(zoneOffset('Europe/Minsk', 2024, 5, 23, 23, 30)).toBe('+03:00');
    expect(zoneOffset('Asia/Shanghai', 2024, 1, 1, 0, 0)).toBe('+08:00');
    expect(zoneOffset('Asia/Yekaterinburg', 2025, 3, 10, 12, 0)).toBe('+05:00');
    expect(zoneOffset('Asia/Kolkata', 2024, 6, 1, 12, 0)).toBe('+05:30');
    expect(zoneOffset('UTC', 2024, 6, 1, 12, 0)).toBe('+00:00');
  });

  it('follows daylight saving time', () => {
    expect(zoneOffset('Europe/Paris', 2024, 7, 14, 10, 0)).toBe('+02:00');
    expect(zoneOffset('Europe/Paris', 2024, 12, 25, 10, 0)).toBe('+01:00');
    expect(zoneOffset('America/New_York', 2024, 7, 4, 12, 0)).toBe('-04:00');
    expect(zoneOffset('America/New_York', 2024, 1, 20, 12, 0)).toBe('-05:00');
    expect(zoneOffset('America/Anchorage', 2024, 1, 20, 12, 0)).toBe('-09:00');
  });

  it('follows historical changes', () => {
    // Moscow kept summer time (+04:00) all year from 2011 to 2014.
    expect(zoneOffset('Europe/Moscow', 2013, 1, 15, 12, 0)).toBe('+04:00');
    // Volgograd was +04:00 from October 2018 to December 2020.
    expect(zoneOffset('Europe/Volgograd', 2019, 6, 1, 12, 0)).toBe('+04:00');
    expect(zoneOffset('Europe/Volgograd', 2024, 6, 1, 12, 0)).toBe('+03:00');
  });

  it('takes the first occurrence of a repeated wall time', () => {
    // 27 October 2024, Paris: 03:00 CEST → 02:00 CET, so 02:30 happens twice.
    expect(zoneOffset('Europe/Paris', 2024, 10, 27, 2, 30)).toBe('+02:00');
    expect(zoneOffset('Europe/Paris', 2024, 10, 27, 3, 0)).toBe('+01:00');
    expect(zoneOffset('Europe/Paris', 2024, 10, 27, 1, 59)).toBe('+02:00');
  });

  it('takes the offset before the change for a skipped wall time', () => {
    // 31 March 2024, Paris: 02:00 CET → 03:00 CEST, so 02:30 does not exist.
    expect(zoneOffset('Europe/Paris', 2024, 3, 31, 2, 30)).toBe('+01:00');
    expect(zoneOffset('Europe/Paris', 2024, 3, 31, 3, 0)).toBe('+02:00');
    expect(zoneOffset('Europe/Paris', 2024, 3, 31, 1, 59)).toBe('+01:00');
  });

  it('throws RangeError for a zone Intl does not know', () => {
    expect(() => zoneOffset('Asia/Astana', 2024, 1, 1, 0, 0)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------
// normalizeWhen
// ---------------------------------------------------------------------------

describe('normalizeWhen', () => {
  it('reads a Minsk dateline', () => {
    const { value, diagnostics } = when('23 mai 2024 à 23h30 à Minsk');
    expect(value).toStrictEqual({
      raw: '23 mai 2024 à 23h30 à Minsk',
      year: 2024,
      month: 5,
      day: 23,
      date: '2024-05-23',
      time: '23:30',
      place: 'Minsk',
      timeZone: 'Europe/Minsk',
      instant: '2024-05-23T23:30:00+03:00',
      precision: 'minute',
    });
    expect(diagnostics).toEqual([]);
  });

  it('reads a timestamp at the end of a heading, slicing raw from the text', () => {
    const text = '1°/Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin – 10 mars 2025 à 13H40 au Kremlin-Moscou';
    const { value, diagnostics } = when(text, '10 mars 2025 à 13H40 au Kremlin-Moscou');
    expect(value).toStrictEqual({
      raw: '10 mars 2025 à 13H40 au Kremlin-Moscou',
      year: 2025,
      month: 3,
      day: 10,
      date: '2025-03-10',
      time: '13:40',
      place: 'Kremlin-Moscou',
      timeZone: 'Europe/Moscow',
      instant: '2025-03-10T13:40:00+03:00',
      precision: 'minute',
    });
    expect(diagnostics).toEqual([]);
  });

  it('reads a place after a dash', () => {
    const { value } = when('12 mars 2025 à 21h40 – Région de Kursk');
    expect(value.place).toBe('Région de Kursk');
    expect(value.timeZone).toBe('Europe/Moscow');
    expect(value.instant).toBe('2025-03-12T21:40:00+03:00');
    expect(value.precision).toBe('minute');
  });

  it('reads `1er` as day 1', () => {
    const { value, diagnostics } = when('1er août 2025');
    expect(value).toStrictEqual({
      raw: '1er août 2025',
      year: 2025,
      month: 8,
      day: 1,
      date: '2025-08-01',
      precision: 'day',
    });
    expect(diagnostics).toEqual([]);
  });

  it('pads single-digit hours', () => {
    const { value } = when('1er août 2025 à 9h05 à Moscou');
    expect(value.time).toBe('09:05');
    expect(value.instant).toBe('2025-08-01T09:05:00+03:00');
  });

  it('gives Beijing +08:00', () => {
    const { value } = when('16 mai 2024 à 11h20 à Pékin');
    expect(value.timeZone).toBe('Asia/Shanghai');
    expect(value.instant).toBe('2024-05-16T11:20:00+08:00');
  });

  it('gives Perm +05:00', () => {
    const { value } = when('5 juin 2024 à 15h00 à Perm');
    expect(value.timeZone).toBe('Asia/Yekaterinburg');
    expect(value.instant).toBe('2024-06-05T15:00:00+05:00');
  });

  it('gives Paris its summer and winter offsets', () => {
    expect(when('14 juillet 2024 à 10h00 à Paris').value.instant).toBe('2024-07-14T10:00:00+02:00');
    expect(when('10 février 2025 à 10h00 à Paris').value.instant).toBe('2025-02-10T10:00:00+01:00');
  });

  it('reads a date and time without a place: no zone, no instant, no diagnostic', () => {
    const { value, diagnostics } = when('24 mai 2024 à 09h00');
    expect(value).toStrictEqual({
      raw: '24 mai 2024 à 09h00',
      year: 2024,
      month: 5,
      day: 24,
      date: '2024-05-24',
      time: '09:00',
      precision: 'minute',
    });
    expect(diagnostics).toEqual([]);
  });

  it('reports an unknown place as info and gives no instant', () => {
    const text = 'Visite – 3 avril 2024 à 10h15 à Atlantis';
    const { value, diagnostics } = when(text, '3 avril 2024 à 10h15 à Atlantis');
    expect(value).toStrictEqual({
      raw: '3 avril 2024 à 10h15 à Atlantis',
      year: 2024,
      month: 4,
      day: 3,
      date: '2024-04-03',
      time: '10:15',
      place: 'Atlantis',
      precision: 'minute',
    });
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.code).toBe('UNKNOWN_TIME_ZONE');
    expect(d.severity).toBe('info');
    expect(text.slice(d.start, d.end)).toBe('Atlantis');
    expect(d.start).toBe(text.indexOf('Atlantis'));
  });

  it('reports 31 février as an invalid date', () => {
    const text = 'X – 31 février 2025 à 10h00 à Moscou';
    const { value, diagnostics } = when(text, '31 février 2025 à 10h00 à Moscou');
    expect(value).toStrictEqual({
      raw: '31 février 2025 à 10h00 à Moscou',
      year: 2025,
      month: 2,
      day: 31,
      time: '10:00',
      place: 'Moscou',
      timeZone: 'Europe/Moscow',
      precision: 'none',
    });
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.code).toBe('INVALID_DATE');
    expect(d.severity).toBe('warning');
    expect(d.start).toBe(4);
    expect(d.end).toBe(4 + '31 février 2025'.length);
    expect(d.message).toContain('31 février 2025');
  });

  it('accepts 29 février in a leap year only', () => {
    expect(when('29 février 2024').value.date).toBe('2024-02-29');
    const { value, diagnostics } = when('29 février 2025');
    expect(value.date).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['INVALID_DATE']);
  });

  it('reports an out-of-range time and keeps the date', () => {
    const text = 'Y – 24 mai 2024 à 25h70 à Minsk';
    const { value, diagnostics } = when(text, '24 mai 2024 à 25h70 à Minsk');
    expect(value).toStrictEqual({
      raw: '24 mai 2024 à 25h70 à Minsk',
      year: 2024,
      month: 5,
      day: 24,
      date: '2024-05-24',
      place: 'Minsk',
      timeZone: 'Europe/Minsk',
      precision: 'day',
    });
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.code).toBe('INVALID_TIME');
    expect(d.severity).toBe('warning');
    expect(text.slice(d.start, d.end)).toBe('25h70');
    expect(d.start).toBe(text.indexOf('25h70'));
    expect(d.message).toContain('25h70');
  });

  it('reports minute 60 and hour 24', () => {
    expect(when('24 mai 2024 à 12h60').diagnostics.map((d) => d.code)).toEqual(['INVALID_TIME']);
    expect(when('24 mai 2024 à 24h00').diagnostics.map((d) => d.code)).toEqual(['INVALID_TIME']);
    expect(when('24 mai 2024 à 00h00 à Minsk').value.instant).toBe('2024-05-24T00:00:00+03:00');
  });

  it('reports both an invalid date and an invalid time', () => {
    const { value, diagnostics } = when('32.05.24 à 25h00 à Minsk');
    expect(diagnostics.map((d) => d.code)).toEqual(['INVALID_DATE', 'INVALID_TIME']);
    expect(value.precision).toBe('none');
    expect(value.instant).toBeUndefined();
    expect(value.time).toBeUndefined();
  });

  it('leaves absent fields out of the object', () => {
    const { value } = when('24 mai 2024');
    expect(Object.keys(value)).toEqual(['raw', 'year', 'month', 'day', 'date', 'precision']);
    expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
  });
});

// ---------------------------------------------------------------------------
// normalizeDate
// ---------------------------------------------------------------------------

describe('normalizeDate', () => {
  it('reads the header date 24.05.24', () => {
    const text = '6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24\u00A0–';
    const { report, diagnostics } = collector();
    const value = normalizeDate(rawDate(text, '24.05.24'), text, report);
    expect(value).toStrictEqual({
      raw: '24.05.24',
      year: 2024,
      month: 5,
      day: 24,
      date: '2024-05-24',
      precision: 'day',
    });
    expect(diagnostics).toEqual([]);
  });

  it('reads a four-digit year and slashes', () => {
    const { report } = collector();
    const value = normalizeDate(rawDate('le 03/01/2025', '03/01/2025'), 'le 03/01/2025', report);
    expect(value.date).toBe('2025-01-03');
    expect(value.raw).toBe('03/01/2025');
  });

  it('reports 32.05.24 with its offsets', () => {
    const text = '6125 – RUSSIE – Titre – 32.05.24 –';
    const { report, diagnostics } = collector();
    const value = normalizeDate(rawDate(text, '32.05.24'), text, report);
    expect(value).toStrictEqual({ raw: '32.05.24', year: 2024, month: 5, precision: 'none' });
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({ code: 'INVALID_DATE', severity: 'warning' });
    expect(d.start).toBe(text.indexOf('32.05.24'));
    expect(d.end).toBe(text.indexOf('32.05.24') + 8);
    expect(d.message).toContain('32.05.24');
  });

  it('reports month 13', () => {
    const text = '10.13.24';
    const { report, diagnostics } = collector();
    const value = normalizeDate(rawDate(text, text), text, report);
    expect(value).toStrictEqual({ raw: '10.13.24', year: 2024, day: 10, precision: 'none' });
    expect(diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([['INVALID_DATE', 0, 8]]);
  });

  it('reports day 0', () => {
    const { report, diagnostics } = collector();
    const value = normalizeDate(rawDate('00.05.24', '00.05.24'), '00.05.24', report);
    expect(value).toStrictEqual({ raw: '00.05.24', year: 2024, month: 5, precision: 'none' });
    expect(diagnostics.map((d) => d.code)).toEqual(['INVALID_DATE']);
  });
});

// ---------------------------------------------------------------------------
// findDateInText
// ---------------------------------------------------------------------------

describe('findDateInText', () => {
  it('finds `ce 19 décembre` in a sentence, without a year', () => {
    const text = 'Vladimir Poutine et Alexandre Loukachenko se sont retrouvés ce 19 décembre à Minsk pour évoquer la coopération.';
    const found = findDateInText(text);
    expect(found).toStrictEqual({
      when: { raw: '19 décembre', month: 12, day: 19, precision: 'month-day' },
      start: text.indexOf('19 décembre'),
      end: text.indexOf('19 décembre') + '19 décembre'.length,
    });
    expect(found?.when.year).toBeUndefined();
    expect(found?.when.date).toBeUndefined();
  });

  it('finds `le 1er août`', () => {
    const text = 'Rendez-vous le 1er août, à Moscou.';
    const found = findDateInText(text);
    expect(found?.when).toStrictEqual({ raw: '1er août', month: 8, day: 1, precision: 'month-day' });
    expect(text.slice(found!.start, found!.end)).toBe('1er août');
  });

  it('reads a four-digit year after the month', () => {
    const text = 'signé à Minsk le 6 décembre 2024, faisant ainsi';
    const found = findDateInText(text);
    expect(found?.when).toStrictEqual({
      raw: '6 décembre 2024',
      year: 2024,
      month: 12,
      day: 6,
      date: '2024-12-06',
      precision: 'day',
    });
  });

  it('finds abbreviations and keeps their period', () => {
    const found = findDateInText('Publié le 3 sept. 2024 à 10h');
    expect(found?.when).toMatchObject({ raw: '3 sept. 2024', date: '2024-09-03', precision: 'day' });
  });

  it('leaves a sentence period out of the date', () => {
    const text = 'Le public en a été informé le 9 mai. 2000 personnes étaient là.';
    const found = findDateInText(text);
    expect(found?.when).toStrictEqual({ raw: '9 mai', month: 5, day: 9, precision: 'month-day' });
  });

  it('takes the first date and skips numbers that are not dates', () => {
    const text = 'Près de 2 000 km, 3 mais aussi 12 avions, puis les 27 et 28 juin, et le 3 juillet.';
    const found = findDateInText(text);
    expect(found?.when).toStrictEqual({ raw: '28 juin', month: 6, day: 28, precision: 'month-day' });
    expect(found?.start).toBe(text.indexOf('28 juin'));
  });

  it('skips days the month cannot have', () => {
    expect(findDateInText('le 31 avril')).toBeUndefined();
    expect(findDateInText('le 32 mai puis le 2 mai')?.when.day).toBe(2);
    expect(findDateInText('le 29 février')?.when).toMatchObject({ month: 2, day: 29 });
  });

  it('adds base to the offsets', () => {
    const found = findDateInText('ce 19 décembre', 100);
    expect(found).toMatchObject({ start: 103, end: 114 });
  });

  it('returns undefined for text without a date', () => {
    expect(findDateInText('Aucune date ici, seulement 2 000 km et 12 avions.')).toBeUndefined();
    expect(findDateInText('')).toBeUndefined();
    expect(findDateInText('Raconter l’actualité')).toBeUndefined();
  });

  it('accepts a no-break space between day and month', () => {
    expect(findDateInText('le 19\u00A0décembre')?.when.raw).toBe('19\u00A0décembre');
  });
});

describe('findDateInText through invisible format characters', () => {
  it('reads a month through a SOFT HYPHEN inside it, the raw text kept as written', () => {
    const found = findDateInText('Minsk, ce 19 d\u00E9\u00ADcembre 2022, les deux pr\u00E9sidents', 0);
    expect(found?.when).toMatchObject({ raw: '19 d\u00E9\u00ADcembre 2022', month: 12, day: 19, date: '2022-12-19' });
  });
});
