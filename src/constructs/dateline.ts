/**
 * Dateline: a timestamp alone on its line, inside a section.
 *
 * ```text
 * 12 mars 2025 à 21h40 – Région de Kursk
 * ```
 *
 * Grammar: `DatelineLine`, `When`. Schema: `datelineSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { Dateline } from '../nodes.js';
import type { RawDateline, RawLine, RawTime, RawWhen } from '../raw.js';
import { normalizeWhen } from '../normalize/time.js';

/** Builds a {@link Dateline} from its raw line. */
export function buildDateline(raw: RawDateline, ctx: Context): Dateline {
  return {
    type: 'dateline',
    when: normalizeWhen(raw.when, ctx.text, ctx.report),
    position: ctx.pos(raw.start, raw.end),
  };
}

/**
 * Whether a line is a date alone, with no time and no place: the first line
 * of a dateline written over lines, when its time stands under it.
 */
export function isBareDateline(line: RawLine | null | undefined): line is RawDateline {
  return line?.type === 'dateline' && line.when.time === null && line.when.place === null;
}

/**
 * Whether a dateline's date is written month first (`May 24, 2024`), the
 * style of the Kremlin's English pages; a French page writes the day first.
 */
export function writesMonthFirst(line: RawDateline): boolean {
  const date = line.when.date;
  return date !== null && date.style === 'words' && date.month.start < date.day.start;
}

/**
 * Builds a {@link Dateline} written over lines, as the Kremlin's event page
 * writes it: the date's line, the time's under it, and the place's under
 * that when there is one (`May 24, 2024` / `14:10` / `Minsk`), or the
 * place's alone after a blank line, as its archive pages do (`October 26,
 * 2007` / `` / `Mafra, Portugal`). The timestamp and the node span them;
 * the place is its line's text.
 */
export function buildDatelineOverLines(dateline: RawDateline, time: RawTime | null, placeLine: RawLine | null, ctx: Context): Dateline {
  const place: RawWhen['place'] = placeLine
    ? { start: placeLine.start, end: placeLine.end, sep: '\n', name: { value: ctx.slice(placeLine.start, placeLine.end), start: placeLine.start, end: placeLine.end } }
    : null;
  const end = (placeLine ?? time ?? dateline).end;
  const when: RawWhen = { start: dateline.when.start, end, date: dateline.when.date, time: time === null ? null : time.time, place };
  return buildDateline({ type: 'dateline', start: dateline.start, end, when }, ctx);
}
