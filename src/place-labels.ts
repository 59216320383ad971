/**
 * Stage 1b: place labels. A label of two words or more that names a known
 * place as a whole (`Hong Kong : au moins 55 morts …`, `New York: …`) is a
 * headline's dateline or topic, no one's turn: the grammar reads its words
 * as a person's name, and only the gazetteer (`src/normalize/places.ts`,
 * with the user places of the parse) knows them for a place's.
 *
 * ```text
 * Hong Kong : au moins 55 morts dans l'incendie d'un immeuble  ← text, no speaker
 * ```
 *
 * It runs first among the label stages: a place's words confirm no
 * surname label (`Kong:`). One-word labels (`Minsk :`) are surname labels,
 * which stage 1c confirms or not.
 *
 * @module
 * @internal
 */
import { isPlaceName } from './normalize/places.js';
import type { RawLine } from './raw.js';

/**
 * Turns every speaker label whose name, with no role before it, is a known
 * place into a line of text, in place.
 *
 * @internal
 */
export function dropPlaceLabels(lines: Array<RawLine | null>): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.type !== 'speakerTurn') continue;
    const { name, role, surnameOnly } = line.label;
    if (name === null || role !== null || surnameOnly === true || !isPlaceName(name.value)) continue;
    lines[i] = { type: 'text', start: line.start, end: line.end };
  }
}
