/**
 * Dossier header: the optional first line of a dossier.
 *
 * ```text
 * 6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –
 * ```
 *
 * Grammar: `HeaderLine`. Schema: `headerSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Header } from '../nodes.js';
import type { RawHeader } from '../raw.js';
import { normalizeDate } from '../normalize/time.js';

/** Builds a {@link Header} from its raw line. */
export function buildHeader(raw: RawHeader, ctx: Context): Header {
  const header: Header = {
    type: 'header',
    number: raw.number.value,
    country: clean(raw.country.value),
    title: clean(raw.title.value),
    ...(raw.date === null ? {} : { date: normalizeDate(raw.date, ctx.text, ctx.report) }),
    position: ctx.pos(raw.start, raw.end),
  };
  return header;
}
