/**
 * Boilerplate: page chrome of a news site, kept apart from the text.
 *
 * ```text
 * Suivez RT France surTelegram
 * Raconter l'actualité
 * En cliquant sur "Tout Accepter" vous consentez …
 * ```
 *
 * Grammar: `ChromeLine` (follow lines, slogans, cookie banners); compose
 * adds the repeated title, related headlines and the rest of a cookie
 * banner. Schema: `boilerplateSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Boilerplate, BoilerplateKind } from '../nodes.js';

/** Builds a {@link Boilerplate} line of the given kind. */
export function buildBoilerplate(kind: BoilerplateKind, start: number, end: number, ctx: Context): Boilerplate {
  return { type: 'boilerplate', kind, value: clean(ctx.slice(start, end)), position: ctx.pos(start, end) };
}
