/**
 * Photo counter: a gallery position, alone or followed by a caption.
 *
 * ```text
 * 1/8
 * 2 sur 5
 * 1 of 6
 * 5/10 .Cérémonie de dépôt de couronnes au Monument de la Victoire – 24 mai 2024 à 14h10 à Minsk
 * 4/8 .Lors de la rencontre. Photo : Alexeï Nikolski, RIA Novosti
 * ```
 *
 * Grammar: `PhotoCounterLine`. Schema: `photoCounterSchema`.
 *
 * @module
 */
import { COLONS, DASHES, INVISIBLES, regexClass } from '../lexicon.js';
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Caption, PhotoCounter } from '../nodes.js';
import type { RawPhotoCounter } from '../raw.js';
import { buildCredit } from './credit.js';

// The stray punctuation a caption may start with on the counter's line: a
// period, a colon or a dash of the lexicon, with the invisibles before it
// (`5/10 \u200B.Cérémonie`: they belong to the space before, see the
// grammar's `Sp`).
const STRAY = new RegExp(`^${regexClass(INVISIBLES)}*(?:\\.|${regexClass(COLONS)}|${regexClass(DASHES)})\\s*`, 'u');

/** Builds the {@link PhotoCounter} and, when the line carries one, its {@link Caption}. */
export function buildPhotoCounter(raw: RawPhotoCounter, ctx: Context): [PhotoCounter] | [PhotoCounter, Caption] {
  const counter: PhotoCounter = {
    type: 'photoCounter',
    index: Number(raw.index.value),
    total: Number(raw.total.value),
    position: ctx.pos(raw.start, raw.counterEnd),
  };
  const rawCaption = raw.caption;
  if (!rawCaption) return [counter];
  // The scrape sometimes leaves the gallery's separator (`.`) before the text.
  const text = clean(ctx.slice(rawCaption.start, rawCaption.credit ? rawCaption.credit.start : rawCaption.end)).replace(STRAY, '');
  const caption: Caption = { type: 'caption', text, position: ctx.pos(rawCaption.start, rawCaption.end) };
  if (rawCaption.credit) caption.credit = buildCredit(rawCaption.credit);
  return [counter, caption];
}
