import type { RawLabel } from '../raw.js';
import type { Speaker } from '../nodes.js';
import { clean } from '../compose/context.js';

// Honorifics and bare titles written as the first word of a two-word name
// (`Président Poutine`, `Mr. Poutine`): they are a role, not a first name.
const TITLES = new Set(['président', 'présidente', 'mr.', 'mr', 'm.', 'monsieur', 'madame', 'mme', 'dr', 'dr.', 'ministre', 'gouverneur', 'général', 'maire', 'patriarche']);

/**
 * Splits a speaker label, as recognized by the grammar, into name, role and
 * affiliation. A title before a one-word surname (`Président Poutine`)
 * becomes the role.
 */
export function normalizeSpeaker(label: RawLabel): Speaker {
  let name = clean(label.name.value);
  let role = label.role ? clean(label.role.value) : undefined;
  const words = name.split(/[\s\u00A0\u202F]+/u);
  const first = words[0] ?? '';
  // NFC, so that `Pre\u0301sident` (NFD) is a title like `Président`.
  if (role === undefined && words.length === 2 && TITLES.has(first.normalize('NFC').toLowerCase())) {
    role = first;
    name = words[1] as string;
  }
  const speaker: Speaker = { name };
  if (role) speaker.role = role;
  const affiliation = label.affiliation ? clean(label.affiliation.value) : '';
  if (affiliation) speaker.affiliation = affiliation;
  return speaker;
}
