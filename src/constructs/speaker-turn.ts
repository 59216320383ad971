/**
 * Speaker turn: `Label : text`, where the label names a person or a function.
 *
 * ```text
 * Président de la Biélorussie Alexandre Loukachenko : Monsieur Poutine, merci.
 * Natalya Golub, chaîne de télévision Belarus-1 : Bonjour, …
 * Question de la chaîne ONT : Bonsoir, …
 * ```
 *
 * The grammar (`SpeakerTurnLine`, `SpeakerLabel`) accepts a label only when
 * it ends in a name (two words, an honorific and a surname, or an initial and
 * a surname) or opens with a function noun (`Question`, `Journaliste`), so
 * `Imaginez: …` or `Je dis: « …` stay text. The structure grammar finds the
 * lines that continue the turn; the people stage (`src/people/`) adds the person.
 * Schemas: `speakerTurnSchema`, `speakerLabelSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { SpeakerLabel, SpeakerTurn, TurnContent } from '../nodes.js';
import { spanOf } from '../position.js';
import type { RawSpeakerTurn } from '../raw.js';
import { normalizeSpeaker } from '../normalize/speaker.js';
import { buildParagraphSpan } from './paragraph.js';

/**
 * Builds a {@link SpeakerTurn}: its label leaf (colon included in the span),
 * the text after the colon, then `rest`, the lines that continue the turn
 * (already built). Its position runs from the label to the last child.
 */
export function buildSpeakerTurn(raw: RawSpeakerTurn, ctx: Context, rest: readonly TurnContent[] = []): SpeakerTurn {
  const labelText = clean(ctx.slice(raw.label.start, raw.label.end));
  const label: SpeakerLabel = { type: 'speakerLabel', value: labelText, position: ctx.pos(raw.leafStart ?? raw.label.start, raw.colonEnd) };
  const children: SpeakerTurn['children'] = [label];
  const first = buildParagraphSpan(raw.text.start, raw.text.end, ctx);
  if (first) children.push(first);
  for (const child of rest) children.push(child);
  return {
    type: 'speakerTurn',
    label: labelText,
    speaker: normalizeSpeaker(raw.label, ctx.text),
    position: spanOf(children),
    children,
  };
}
