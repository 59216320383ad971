/**
 * Photo caption: a numbered line standing alone, with an optional credit.
 *
 * ```text
 * 5 Le premier vice-Premier ministre Denis Mantourov … Photo : Pavel Bedniakov, RIA Novosti
 * ```
 *
 * A caption's own colon (`De gauche à droite :`) is text, not a speaker
 * turn: the grammar tries captions first. Grammar: `CaptionLine`, `Credit`.
 * Schema: `captionSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Caption, Credit } from '../nodes.js';
import type { RawCaption, RawCredit } from '../raw.js';
import { dropInvisibles } from '../lexicon.js';
import { trimSpaceRun } from '../util/space.js';

// Agencies named alone after `Photo :` (no photographer), read through the
// lexicon's invisibles (`TA\u00ADSS`).
const AGENCIES = /^(tass|ria novosti|ria|afp|reuters|ap|sputnik|belta|kremlin\.ru|pool|epa|xinhua)$/i;

/** Splits `Photo : Pavel Bedniakov, RIA Novosti` into photographer and agency. */
export function buildCredit(raw: RawCredit): Credit {
  // Before the comma, a space's run takes the invisibles after it
  // (`Titre \u200B, TASS`), as everywhere in a line (the grammar's `Sp`).
  const who = trimSpaceRun(clean(raw.who.value));
  const agency = raw.agency ? trimSpaceRun(clean(raw.agency.value)) : '';
  const credit: Credit = {};
  if (agency) {
    if (who) credit.photographer = who;
    credit.agency = agency;
  } else if (AGENCIES.test(dropInvisibles(who))) {
    credit.agency = who;
  } else if (who) {
    credit.photographer = who;
  }
  return credit;
}

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
