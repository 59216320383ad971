/**
 * Photo credit: who took a caption's picture, at the caption's end.
 *
 * ```text
 * … Photo : Pavel Bedniakov, RIA Novosti
 * … Photos : AFP
 * … (AP Photo/Pavel Golovkin, File)
 * … le 9 mars 2023 - Yuriy DYACHYSHYN / AFP
 * ```
 *
 * Grammar: `Credit`, `TextCredit` and `AgencyCredit` (read by
 * `CaptionLine`, `CounterCaption` and `TextLine`). Schema: `creditSchema`.
 *
 * @module
 */
import { clean } from '../context.js';
import type { Credit } from '../nodes.js';
import type { RawCredit } from '../raw.js';
import { dropInvisibles, PHOTO_AGENCIES } from '../lexicon.js';
import { normalizeSpace, trimSpaceRun } from '../util/space.js';

/**
 * Whether words are a photo agency's name alone (the lexicon's
 * photoAgencies), read through the lexicon's invisibles (`TA\u00ADSS`) and
 * spaces of any kind (`RIA\u200ANovosti`), in any case.
 */
function isAgency(words: string): boolean {
  return PHOTO_AGENCIES.has(normalizeSpace(dropInvisibles(words)).toLowerCase());
}

// The parts of a credit that names its agency: between slashes, commas,
// Sputnik's spaced period and `via` (`Sputnik/Alexei Druzhinin/Kremlin via
// REUTERS`, `© Sputnik . Sergueï Guinéev`).
const PART_BREAK = /\s*(?:\/|,|\s\.\s|\svia\s)\s*/u;
// What a credit says before its names (`Photo by`, `Ph.`, `©`), and the
// words of a part that name no one (`AP Photo`'s `Photo`, `File`).
const CREDIT_LEAD = /^(?:©\s*|photo\s+by\s+|photos?\s+|ph\.\s*)/iu;
const PHOTO_WORD = /\s+photos?$/iu;
const NO_ONE = /^(?:file|handout|photo|photos)$/iu;

/**
 * Splits a credit that names its agency among its words: the parts that are
 * agencies make the agency (joined by ` / ` in their order), the first other
 * part names the photographer (`AP Photo/Pavel Golovkin, File` → Pavel
 * Golovkin, AP; `Yuriy DYACHYSHYN / AFP` → Yuriy DYACHYSHYN, AFP; `Photo by
 * Mikhail Svetlov/Getty Images` → Mikhail Svetlov, Getty Images).
 */
function splitNamed(value: string): Credit {
  const agencies: string[] = [];
  let photographer: string | undefined;
  for (const written of value.replace(CREDIT_LEAD, '').replace(/\.$/u, '').split(PART_BREAK)) {
    const part = written.trim().replace(PHOTO_WORD, '');
    if (part === '' || NO_ONE.test(part)) continue;
    if (isAgency(part)) agencies.push(part);
    else photographer ??= part;
  }
  const credit: Credit = {};
  if (photographer !== undefined) credit.photographer = photographer;
  if (agencies.length > 0) credit.agency = agencies.join(' / ');
  return credit;
}

/** Splits `Photo : Pavel Bedniakov, RIA Novosti` into photographer and agency. */
export function buildCredit(raw: RawCredit): Credit {
  if (raw.named === true) return splitNamed(clean(raw.who.value));
  // Before the comma, a space's run takes the invisibles after it
  // (`Titre \u200B, TASS`), as everywhere in a line (the grammar's `Sp`).
  const who = trimSpaceRun(clean(raw.who.value));
  const agency = raw.agency ? trimSpaceRun(clean(raw.agency.value)) : '';
  const credit: Credit = {};
  if (agency) {
    if (who) credit.photographer = who;
    credit.agency = agency;
  } else if (isAgency(who)) {
    credit.agency = who;
  } else if (who) {
    credit.photographer = who;
  }
  return credit;
}
