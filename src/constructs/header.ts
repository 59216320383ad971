/**
 * Dossier header: the optional first line of a dossier.
 *
 * ```text
 * 6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –
 * 4369 – Rencontre avec le président de la Biélorussie Alexander Lukashenko – 28 mai 2021 – 18h10 à Sochi
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
import { normalizeDate, normalizeWhen } from '../normalize/time.js';

/** Builds a {@link Header} from its raw line. */
export function buildHeader(raw: RawHeader, ctx: Context): Header {
  const date =
    raw.when !== null ? normalizeWhen(raw.when, ctx.text, ctx.report) : raw.date !== null ? normalizeDate(raw.date, ctx.text, ctx.report) : undefined;
  return {
    type: 'header',
    number: raw.number.value,
    ...(raw.country === null ? {} : { country: clean(raw.country.value) }),
    title: clean(raw.title.value),
    ...(date === undefined ? {} : { date }),
    position: ctx.pos(raw.start, raw.end),
  };
}
