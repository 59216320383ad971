/**
 * Stage 1c: quoted labels. The grammar reads a label whose text is one
 * quotation (`Vladimir Poutine : « Personne ne garantit la sécurité »`) as
 * a quoted label: news pages title their articles and their related links
 * so, quoting their speaker. It stays a speaker turn only where such lines
 * make a dialogue quoted line by line, and is text elsewhere.
 *
 * ```text
 * Narychkine : "Non, je..."                                    ← a turn: the quoted lines
 * Poutine : "Ou de reconnaître la souveraineté des républiques ?" ← take turns, two speakers
 * Narychkine : "Je soutiendrai..."                             ← or more, each twice or more
 * Poutine : "Allez droit au but."
 * ```
 *
 * A grammar reads each line once and cannot look at the lines further down,
 * hence this stage (see the header of grammar/pressdoc.peggy).
 *
 * @module
 * @internal
 */
import { foldWord } from './lexicon.js';
import type { RawLine, RawSpeakerTurn } from './raw.js';

/**
 * Turns every quoted label into a line of text, in place, unless the
 * document's quoted labels make a dialogue: two speakers or more, each
 * labelling two quoted lines or more, and no speaker labelling two quoted
 * lines in a row (an exchange takes turns; a page's headlines quote one
 * speaker after another in no order). Speakers compare by their label's
 * name (its role when it names a function), without invisibles, in NFC, in
 * any case.
 *
 * Work is one pass over the lines, then one over the quoted labels found.
 *
 * @internal
 */
export function confirmQuotedLabels(lines: Array<RawLine | null>): void {
  const quoted: number[] = [];
  const counts = new Map<string, number>();
  let takesTurns = true;
  let last: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.type !== 'speakerTurn' || line.quoted !== true) continue;
    const key = speakerKey(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (key === last) takesTurns = false;
    last = key;
    quoted.push(i);
  }
  if (quoted.length === 0) return;
  let speakers = 0;
  for (const count of counts.values()) if (count >= 2) speakers++;
  if (takesTurns && speakers >= 2 && speakers === counts.size) return;
  for (const i of quoted) {
    const line = lines[i] as RawSpeakerTurn;
    lines[i] = { type: 'text', start: line.start, end: line.end };
  }
}

/** Who a quoted label names, as compared ({@link foldWord}). */
function speakerKey(line: RawSpeakerTurn): string {
  return foldWord((line.label.name ?? line.label.role)?.value ?? '');
}
