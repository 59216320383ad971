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
import type { RawCaption } from '../raw.js';
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
 * Monument in Minsk.`, under an event page's date, time and place lines).
 */
export function buildTextCaption(start: number, end: number, ctx: Context): Caption {
  return { type: 'caption', text: clean(ctx.slice(start, end)), position: ctx.pos(start, end) };
}
