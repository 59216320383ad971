/**
 * Photo credit: who took a caption's picture, at the caption's end.
 *
 * ```text
 * … Photo : Pavel Bedniakov, RIA Novosti
 * … Photos : AFP
 * ```
 *
 * Grammar: `Credit` (read by `CaptionLine` and `CounterCaption`). Schema:
 * `creditSchema`.
 *
 * @module
 */
import { clean } from '../context.js';
import type { Credit } from '../nodes.js';
import type { RawCredit } from '../raw.js';
import { dropInvisibles } from '../lexicon.js';
import { normalizeSpace, trimSpaceRun } from '../util/space.js';

// Agencies named alone after `Photo :` (no photographer), read through the
// lexicon's invisibles (`TA\u00ADSS`) and spaces of any kind (`RIA\u200ANovosti`).
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
  } else if (AGENCIES.test(normalizeSpace(dropInvisibles(who)))) {
    credit.agency = who;
  } else if (who) {
    credit.photographer = who;
  }
  return credit;
}
