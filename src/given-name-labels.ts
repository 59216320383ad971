/**
 * Stage 1e: given names at a role's end. The grammar reads the name after a
 * role as its last two words, so a name of three words loses its first to
 * the role (`Président de la Turquie Recep Tayyip Erdogan :` → role
 * `Président de la Turquie Recep`, name `Tayyip Erdogan`). Where another
 * label of the document names the person by that word and the name
 * (`Recep Tayyip Erdogan :`), the word opens the name.
 *
 * ```text
 * Président de la Turquie Recep Tayyip Erdogan : Merci.  ← role `Président de la Turquie`, name `Recep Tayyip Erdogan`
 * Recep Tayyip Erdogan : Merci.                          ← confirms it
 * ```
 *
 * A role's last word alone says nothing: it is as often the end of a
 * country's name (`President of the United States Joe Biden`), hence the
 * document's other labels. A grammar reads each line once and cannot look
 * at labels written further down (see the header of
 * grammar/pressdoc.peggy).
 *
 * @module
 * @internal
 */
import { foldWord } from './lexicon.js';
import type { RawLabel, RawLine, RawSpeakerTurn } from './raw.js';
import { isLineSpaceCode, isSpaceRun, normalizeSpace } from './util/space.js';

/**
 * Moves a role's last word into the name, in place, on every label whose
 * role has two words or more and whose last role word and name together are
 * the whole label of another line (a name of three words or more without a
 * role: `Recep Tayyip Erdogan :`, `Luiz Inácio Lula da Silva:`). Words
 * compare without their invisibles, in NFC, in any case, whatever the spaces
 * between them.
 *
 * @internal
 */
export function joinGivenNames(lines: Array<RawLine | null>, text: string): void {
  // The labels that are a name alone (the grammar's role of one word before
  // a name of two is a three-word name: normalize/speaker.ts joins them), as
  // written: labels repeat, so each is folded once, and only when a label
  // with a longer role asks.
  const written = new Set<string>();
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.type !== 'speakerTurn' || line.label.name === null) continue;
    const { role, name } = line.label;
    if (role === null || !hasSpace(role.value)) written.add(text.slice(role?.start ?? name.start, name.end));
    else candidates.push(i);
  }
  if (candidates.length === 0 || written.size === 0) return;
  const names = new Set<string>();
  for (const label of written) names.add(key(label));
  // Each would-be name once, as written.
  const seen = new Map<string, boolean>();
  const named = (phrase: string): boolean => {
    let found = seen.get(phrase);
    if (found === undefined) seen.set(phrase, (found = names.has(key(phrase))));
    return found;
  };
  for (const i of candidates) {
    const line = lines[i] as RawSpeakerTurn;
    const label = joined(line.label, text, named);
    if (label !== undefined) lines[i] = { ...line, label };
  }
}

/** Whether a text holds one of the lexicon's spaces. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLineSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The label with its role's last word moved into its name, when `named` says another label is that word and the name; else undefined. */
function joined(label: RawLabel, text: string, named: (phrase: string) => boolean): RawLabel | undefined {
  const { role, name } = label;
  if (role === null || name === null || !isSpaceRun(text, role.end, name.start)) return undefined;
  // The role's last word, after its last run of spaces.
  let wordStart = role.end;
  while (wordStart > role.start && !isLineSpaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
  let roleEnd = wordStart;
  while (roleEnd > role.start && isLineSpaceCode(text.charCodeAt(roleEnd - 1))) roleEnd--;
  if (roleEnd === role.start || !named(text.slice(wordStart, name.end))) return undefined;
  return {
    ...label,
    role: { value: text.slice(role.start, roleEnd), start: role.start, end: roleEnd },
    name: { value: text.slice(wordStart, name.end), start: wordStart, end: name.end },
  };
}

/** How names compare: spaces made one ({@link normalizeSpace}), then folded ({@link foldWord}). */
function key(text: string): string {
  return foldWord(normalizeSpace(text));
}
