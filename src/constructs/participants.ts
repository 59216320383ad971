/**
 * Participants list: an intro line, then one participant a line up to the
 * line that ends with a period.
 *
 * ```text
 * Les pourparlers restreints … ont eu lieu au nom de la Biélorussie en présence
 * du premier vice-premier ministre Nikolaï Snopkov,
 * La Russie était représentée par
 * le ministre des Affaires étrangères Sergueï Lavrov,
 * ```
 *
 * Both lines are text to the grammar; compose opens the list when a text
 * line ends with an intro phrase. Schemas: `participantsSchema`,
 * `participantSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Participant, Participants } from '../nodes.js';
import { COLONS, regexClass } from '../lexicon.js';
import { spanOf } from '../position.js';
import { isSpaceCode } from '../util/space.js';
import { buildParagraph } from './paragraph.js';

// `… en présence`, `… en présence de :`, `La Russie était représentée par`,
// `… étaient représentés par :`, `… ont participé :`; `é` also in NFD
// (`e` and COMBINING ACUTE ACCENT), and the intro is kept as written.
const E = '(?:é|e\u0301)';
// Between its words, any run of up to four spaces of any kind (`était\u00A0représentée`).
const S = '\\s{1,4}';
const INTRO = new RegExp(
  `(en${S}pr${E}sence(?:${S}de)?|(?:${E}tait|${E}taient|est|sont|a${S}${E}t${E}|ont${S}${E}t${E})${S}repr${E}sent${E}e?s?${S}par|ont${S}particip${E}|participaient)\\s*${regexClass(COLONS)}?$`,
  'iu',
);

// The longest intro phrase, in UTF-16 units: `ont été représentées par` is 24
// in NFC and 28 in NFD (each `é` is `e` + COMBINING ACUTE ACCENT there), and
// up to 9 more when its three gaps hold four spaces each.
const INTRO_MAX = 37;
/**
 * The char codes an intro phrase can end with under INTRO's `iu` flags:
 * `e r t é`, either case, and COMBINING ACUTE ACCENT (`é` in NFD)
 * (test/constructs/participants-intro.test.ts checks this set against the
 * regex over every code unit). @internal
 */
export const INTRO_LAST: ReadonlySet<number> = new Set([...'eErRtTéÉ\u0301'].map((c) => c.charCodeAt(0)));

/** The intro phrase that ends `value`, or `undefined` when the line opens no list. */
export function participantsIntro(value: string): string | undefined {
  // A match ends the line, so it starts at most INTRO_MAX units before the
  // optional colon and the spaces: run the regex on that tail only, not from
  // every position of a long line.
  let e = value.length;
  if (COLONS.includes(value.charAt(e - 1))) e--;
  while (e > 0 && isSpaceCode(value.charCodeAt(e - 1))) e--;
  // Every phrase ends in `e`, `r`, `t` or `é` (either case): most lines,
  // ending in a period, stop here.
  if (!INTRO_LAST.has(value.charCodeAt(e - 1))) return undefined;
  const m = INTRO.exec(e > INTRO_MAX ? value.slice(e - INTRO_MAX) : value);
  return m ? (m[1] as string) : undefined;
}

/** Builds a {@link Participants} list: its intro line (kept as a paragraph), then `rest`, the participants under it; it spans them. */
export function buildParticipants(intro: string, start: number, end: number, ctx: Context, rest: readonly Participant[] = []): Participants {
  const children: Participants['children'] = [buildParagraph(start, end, ctx), ...rest];
  return { type: 'participants', intro, position: spanOf(children), children };
}

/** Builds one {@link Participant} line; its value drops the trailing comma or period. `text` is the line trimmed, when the caller has it. */
export function buildParticipant(start: number, end: number, ctx: Context, text = clean(ctx.slice(start, end))): Participant {
  // Checked by hand: `/\s*[,.;]$/` is quadratic on long runs of spaces.
  const value = /[,.;]/.test(text.slice(-1)) ? text.slice(0, -1).trimEnd() : text;
  return { type: 'participant', value, position: ctx.pos(start, end) };
}

/** Whether a participant line closes its list (it ends with a period). */
export function closesParticipants(value: string): boolean {
  return /\.$/.test(clean(value));
}
