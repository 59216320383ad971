import type { RawLabel } from '../raw.js';
import type { Speaker } from '../nodes.js';
import { clean } from '../compose/context.js';
import { isSpaceCode } from '../util/space.js';

// Honorifics and bare titles written as the first word of a two-word name
// (`Président Poutine`, `Mr. Poutine`): they are a role, not a first name.
const TITLES = new Set(['président', 'présidente', 'mr.', 'mr', 'm.', 'monsieur', 'madame', 'mme', 'dr', 'dr.', 'ministre', 'gouverneur', 'général', 'maire', 'patriarche']);

/**
 * The two words of `name` when it has exactly two, split at one run of
 * spaces (what `name.split(/[\s\u00A0\u202F]+/u)` gives for a trimmed name),
 * scanned instead of split: most labels are two words, read once each.
 */
function twoWords(name: string): [string, string] | undefined {
  let i = 0;
  const n = name.length;
  while (i < n && !isSpaceCode(name.charCodeAt(i))) i++;
  if (i === 0 || i === n) return undefined;
  let j = i;
  while (j < n && isSpaceCode(name.charCodeAt(j))) j++;
  for (let k = j; k < n; k++) if (isSpaceCode(name.charCodeAt(k))) return undefined;
  return j < n ? [name.slice(0, i), name.slice(j)] : undefined;
}

/**
 * Splits a speaker label, as recognized by the grammar, into name, role and
 * affiliation. A title before a one-word surname (`Président Poutine`)
 * becomes the role.
 */
export function normalizeSpeaker(label: RawLabel): Speaker {
  let name = clean(label.name.value);
  let role = label.role ? clean(label.role.value) : undefined;
  if (role === undefined) {
    const two = twoWords(name);
    if (two !== undefined && TITLES.has(two[0].toLowerCase())) [role, name] = two;
  }
  const speaker: Speaker = { name };
  if (role) speaker.role = role;
  const affiliation = label.affiliation ? clean(label.affiliation.value) : '';
  if (affiliation) speaker.affiliation = affiliation;
  return speaker;
}
