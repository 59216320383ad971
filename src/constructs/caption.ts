/**
 * Photo caption: a numbered line standing alone, with an optional credit.
 *
 * ```text
 * 5 Le premier vice-Premier ministre Denis Mantourov … Photo : Pavel Bedniakov, RIA Novosti
 * ```
 *
 * A caption's own colon (`De gauche à droite :`) is text, not a speaker
 * turn: the grammar tries captions first. Grammar: `CaptionLine`; its credit
 * is `src/constructs/credit.ts`. Schema: `captionSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Caption } from '../nodes.js';
import type { RawCaption, RawText } from '../raw.js';
import { buildCredit } from './credit.js';

/** Builds a {@link Caption} from its raw line. */
export function buildCaption(raw: RawCaption, ctx: Context): Caption {
  const caption: Caption = {
    type: 'caption',
    number: Number(raw.number.value),
    text: clean(raw.text.value),
    position: ctx.pos(raw.start, raw.end),
  };
  if (raw.credit) caption.credit = buildCredit(raw.credit);
  return caption;
}

/**
 * Builds an unnumbered {@link Caption} from a line of text that stands where
 * a gallery's captions stand (`Wreath-laying ceremony at the Victory
 * Monument in Minsk.`, under an event page's date, time and place lines;
 * `Lors de la séance plénière. Photo : Sergueï Bobylev, RIA Novosti`, under
 * a counter), with the credit that ends it, when one does.
 */
export function buildTextCaption(raw: RawText, ctx: Context): Caption {
  const caption: Caption = {
    type: 'caption',
    text: clean(ctx.slice(raw.start, raw.credit?.start ?? raw.end)),
    position: ctx.pos(raw.start, raw.end),
  };
  if (raw.credit) caption.credit = buildCredit(raw.credit);
  return caption;
}
