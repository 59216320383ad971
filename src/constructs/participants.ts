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
import type { Context } from '../compose/context.js';
import { clean } from '../compose/context.js';
import type { Participant, Participants } from '../nodes.js';
import { buildParagraph } from './paragraph.js';

// `… en présence`, `… en présence de :`, `La Russie était représentée par`,
// `… étaient représentés par :`, `… ont participé :`; `é` also in NFD
// (`e` and COMBINING ACUTE ACCENT), and the intro is kept as written.
const E = '(?:é|e\u0301)';
const INTRO = new RegExp(
  `(en pr${E}sence(?: de)?|(?:${E}tait|${E}taient|est|sont|a ${E}t${E}|ont ${E}t${E}) repr${E}sent${E}e?s? par|ont particip${E}|participaient)\\s*:?$`,
  'iu',
);

/** The intro phrase that ends `value`, or `undefined` when the line opens no list. */
export function participantsIntro(value: string): string | undefined {
  const m = INTRO.exec(value);
  return m ? (m[1] as string) : undefined;
}

/** Opens a {@link Participants} list at its intro line. */
export function openParticipants(intro: string, start: number, end: number, ctx: Context): Participants {
  return { type: 'participants', intro, position: ctx.pos(start, end), children: [buildParagraph(start, end, ctx)] };
}

/** Builds one {@link Participant} line; its value drops the trailing comma or period. */
export function buildParticipant(start: number, end: number, ctx: Context): Participant {
  const line = clean(ctx.slice(start, end));
  // Checked by hand: `/\s*[,.;]$/` is quadratic on long runs of spaces.
  const value = /[,.;]/.test(line.slice(-1)) ? line.slice(0, -1).trimEnd() : line;
  return { type: 'participant', value, position: ctx.pos(start, end) };
}

/** Whether a participant line closes its list (it ends with a period). */
export function closesParticipants(value: string): boolean {
  return /\.$/.test(clean(value));
}
