/**
 * The speaker turns of a tree as flat rows, for `pressdoc turns`: one row
 * per turn with its file, enclosing section, date, person and text.
 *
 * @internal
 * @module
 */

import type { Node, Root, SpeakerTurn, When } from '../nodes.js';
import { foldWord } from '../people/fold.js';
import { mainText } from '../text.js';

/** One speaker turn. Empty strings stand for what is not known. */
export interface TurnRow {
  file: string;
  /** The title of the innermost enclosing section or subsection (its number when the title is empty); `''` outside any. */
  section: string;
  /** {@link whenIso} of the innermost of subsection, section and document that has a date. */
  when: string;
  personId: string;
  canonicalName: string;
  /** The label as written, colon excluded. */
  label: string;
  /** The turn's main text without its label (paragraphs, lists, elisions; no captions or photo counters), paragraphs apart by a blank line. */
  text: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** The columns, in order. */
export const TURN_COLUMNS = ['file', 'section', 'when', 'personId', 'canonicalName', 'label', 'text', 'startLine', 'startColumn', 'endLine', 'endColumn'] as const;

/** The instant when known, else `YYYY-MM-DDTHH:MM` (no zone known), else `YYYY-MM-DD`; `undefined` without a date. */
export function whenIso(when: When | undefined): string | undefined {
  if (!when?.date) return undefined;
  return when.instant ?? (when.time ? `${when.date}T${when.time}` : when.date);
}

/** Every speaker turn of `tree` (parsed from `source`) in document order. */
export function turnRows(file: string, source: string, tree: Root): TurnRow[] {
  const rows: TurnRow[] = [];
  const visit = (node: Node, section: string, when: string | undefined): void => {
    if (node.type === 'speakerTurn') {
      rows.push(row(file, source, node, section, when));
      return;
    }
    if (!('children' in node)) return;
    let s = section;
    let w = when;
    if (node.type === 'section' || node.type === 'subsection') {
      s = node.title !== '' ? node.title : node.type === 'section' ? String(node.number) : node.letter;
      w = whenIso(node.when) ?? when;
    }
    for (const child of node.children as readonly Node[]) visit(child, s, w);
  };
  visit(tree, '', whenIso(tree.when));
  return rows;
}

function row(file: string, source: string, turn: SpeakerTurn, section: string, when: string | undefined): TurnRow {
  const text = turn.children
    .filter((c) => c.type !== 'speakerLabel')
    .map((c) => mainText(source, c))
    .filter((t) => t !== '')
    .join('\n\n');
  const { start, end } = turn.position;
  return {
    file,
    section,
    when: when ?? '',
    personId: turn.speaker.personId ?? '',
    canonicalName: turn.speaker.canonicalName ?? '',
    label: turn.label,
    text,
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

const fold = (s: string): string => s.split(/\s+/u).filter(Boolean).map(foldWord).join(' ');

/**
 * Whether a row is a turn of `person`: its person id exactly
 * (`vladimir-putin`), or its canonical name compared word by word folded
 * (case and accents aside: `vladimir poutine`).
 */
export function isTurnOf(row: TurnRow, person: string): boolean {
  if (row.personId !== '' && row.personId === person) return true;
  return row.canonicalName !== '' && fold(row.canonicalName) === fold(person);
}
