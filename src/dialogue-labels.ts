/**
 * Stage 1d: dialogue labels. Two label shapes are turns only where such
 * lines make a dialogue; alone they are something else:
 *
 * - a label whose text is one quotation (`Vladimir Poutine : « Personne ne
 *   garantit la sécurité »`): news pages title their articles and their
 *   related links so, quoting their speaker;
 * - a label before a period and a dash (`LE FIGARO. - Monsieur le
 *   Président, …`, `Vladimir POUTINE. - Il est jeune.`), the print style of
 *   French weeklies' interviews: a dispatch opens the same way with its
 *   place.
 *
 * ```text
 * Narychkine : "Non, je..."                                    ← turns: the quoted lines
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
import type { RawDialogueForm, RawLine, RawSpeakerTurn } from './raw.js';

/**
 * Turns every dialogue label (raw `dialogue`) into a line of text, in place,
 * unless the document's labels of its form make a dialogue: two speakers or
 * more, each labelling two lines of that form or more, and no speaker
 * labelling two of them in a row (an exchange takes turns; a page's
 * headlines quote one speaker after another in no order). The forms are
 * judged apart: a page's quoted headlines make no interview of its dashed
 * labels. Speakers compare by their label's name (its role when it names a
 * function), without invisibles, in NFC, in any case.
 *
 * Work is one pass over the lines, then one over the labels found.
 *
 * @internal
 */
export function confirmDialogueLabels(lines: Array<RawLine | null>): void {
  const forms = new Map<RawDialogueForm, Dialogue>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.type !== 'speakerTurn' || line.dialogue === undefined) continue;
    let dialogue = forms.get(line.dialogue);
    if (!dialogue) forms.set(line.dialogue, (dialogue = { lines: [], counts: new Map(), takesTurns: true, last: undefined }));
    const key = speakerKey(line);
    dialogue.counts.set(key, (dialogue.counts.get(key) ?? 0) + 1);
    if (key === dialogue.last) dialogue.takesTurns = false;
    dialogue.last = key;
    dialogue.lines.push(i);
  }
  for (const dialogue of forms.values()) {
    let speakers = 0;
    for (const count of dialogue.counts.values()) if (count >= 2) speakers++;
    if (dialogue.takesTurns && speakers >= 2 && speakers === dialogue.counts.size) continue;
    for (const i of dialogue.lines) {
      const line = lines[i] as RawSpeakerTurn;
      lines[i] = { type: 'text', start: line.start, end: line.end };
    }
  }
}

/** The labels of one form found in a document. */
interface Dialogue {
  lines: number[];
  counts: Map<string, number>;
  takesTurns: boolean;
  last: string | undefined;
}

/** Who a dialogue label names, as compared ({@link foldWord}). */
function speakerKey(line: RawSpeakerTurn): string {
  return foldWord((line.label.name ?? line.label.role)?.value ?? '');
}
