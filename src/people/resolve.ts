/**
 * The people stage of {@link parse}: resolves every speaker turn, caption and
 * participants line of one tree to the persons of its people index.
 *
 * ```text
 * Président de la Biélorussie Alexandre Loukachenko : …   ┐
 * Alexandre Loukachenko : …                                ├→ aleksandr-lukachenko
 * 8  VP Avec le président biélorusse Alexandre Loukachenko ┘   (and vladimir-putin for `VP`)
 * ```
 *
 * Three passes over the turns, each linear:
 * 1. labels with a full name (first name and surname) make or find their
 *    person by key;
 * 2. labels with a bare surname or an initial (`Président Poutine`,
 *    `V. Poutine`) take the one person of that surname; several make an
 *    `AMBIGUOUS_PERSON` warning, none make a surname-only person;
 * 3. captions and participants lines link the persons they name.
 * Then the tree gets `people`, and each speaker its `personId` and
 * `canonicalName`.
 *
 * @module
 */
import type { Report } from '../diagnostics.js';
import type { Caption, Node, Parent, Participant, Root, SpeakerTurn } from '../nodes.js';
import { countSpelling, describeCandidates, toPerson, type Draft, type PeopleIndex } from './index.js';
import { isHonorific } from './lexicon.js';
import { findMentions } from './mentions.js';
import { initialismOf, readName } from './match.js';

/** What the stage reads: turns, and the nodes that may name persons, in text order. */
interface Collected {
  turns: SpeakerTurn[];
  named: Array<Caption | Participant>;
}

// For every container of nodes.ts, whether it can hold what this stage
// resolves (speaker turns, captions, participant lines): a container added
// there does not type-check here until it is placed.
const HOLDS_PEOPLE: Record<Exclude<Parent['type'], 'root'>, boolean> = {
  section: true,
  subsection: true,
  speakerTurn: true,
  participants: true,
  toc: false,
  list: false,
};
// The containers walked into besides turns (collected, then walked into).
const WALKED: ReadonlySet<string> = new Set(
  Object.entries(HOLDS_PEOPLE)
    .filter(([type, holds]) => holds && type !== 'speakerTurn')
    .map(([type]) => type),
);

function collect(root: Root): Collected {
  const out: Collected = { turns: [], named: [] };
  // A loop over each parent's children, recursing only into the parents that
  // can hold turns, captions or participants (HOLDS_PEOPLE): most nodes are
  // leaves, a call per leaf was a fifth of this stage, and testing the type
  // already read is cheaper than asking each node of its many shapes for
  // `children`.
  const visit = (children: readonly Node[]): void => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as Node;
      const type = node.type;
      if (type === 'speakerTurn') {
        out.turns.push(node);
        visit(node.children);
      } else if (type === 'caption' || type === 'participant') {
        out.named.push(node);
      } else if (WALKED.has(type)) {
        visit((node as Parent).children);
      }
    }
  };
  visit(root.children);
  return out;
}

/** The label leaf's span of a turn, for diagnostics. */
function labelSpan(turn: SpeakerTurn): { start: number; end: number } {
  const label = turn.children[0] ?? turn;
  return { start: label.position.start.offset, end: label.position.end.offset };
}

/**
 * Resolves the people of one tree, in place: sets `tree.people` (when any),
 * each speaker's `personId` and `canonicalName`, and the `people` ids of
 * captions and participant lines.
 *
 * @param tree - A composed tree, positions set.
 * @param index - A fresh index holding the user alias table.
 * @param report - Where to report `AMBIGUOUS_PERSON`.
 */
export function resolveTreePeople(tree: Root, index: PeopleIndex, report: Report): void {
  const { turns, named } = collect(tree);
  const owners: Array<Draft | undefined> = new Array(turns.length);
  // Each label's name read once, for both passes.
  const shapes = turns.map((turn) => (turn.speaker.name === undefined ? undefined : readName(turn.speaker.name)));

  // Pass 1: full names.
  turns.forEach((turn, i) => {
    const name = turn.speaker.name;
    const shape = shapes[i];
    if (name !== undefined && shape?.key) owners[i] = index.full(name, shape);
  });

  // Pass 2: bare surnames and initials, against every full name of the document.
  turns.forEach((turn, i) => {
    const name = turn.speaker.name;
    const shape = shapes[i];
    if (name === undefined || !shape || shape.key) return;
    const pinned = index.pinned(name, shape);
    if (pinned) {
      owners[i] = pinned;
      return;
    }
    // Initials alone (`V.P. :`) stand for the one full name that has them.
    const initials = initialismOf(name);
    const named = initials === undefined ? undefined : index.byInitialism(initials);
    if (named) {
      owners[i] = named;
      return;
    }
    const candidates = index.candidates(shape);
    if (candidates.length === 1) {
      owners[i] = candidates[0];
    } else if (candidates.length === 0) {
      owners[i] = index.surnameOnly(shape);
    } else {
      const { start, end } = labelSpan(turn);
      report({
        code: 'AMBIGUOUS_PERSON',
        severity: 'warning',
        message: `Speaker label "${turn.label}" names "${name}": expected one person of that name, found ${candidates.length} (${describeCandidates(candidates)}); the turn gets no personId`,
        start,
        end,
      });
    }
  });

  // What each person's turns say about them, in text order.
  turns.forEach((turn, i) => {
    const draft = owners[i];
    if (!draft) return;
    const { speaker } = turn;
    const offset = turn.position.start.offset;
    draft.turns++;
    draft.first = Math.min(draft.first, offset);
    countSpelling(draft, speaker.name as string, offset);
    draft.labels.add(turn.label);
    if (speaker.role && !isHonorific(speaker.role)) draft.roles.add(speaker.role);
    if (speaker.affiliation) draft.affiliations.add(speaker.affiliation);
  });

  // Pass 3: captions and participants lines. Mentions only link persons of
  // the index: with none (no speaker, no alias table), no text is scanned.
  for (const node of index.drafts.length === 0 ? [] : named) {
    const text = node.type === 'caption' ? node.text : node.value;
    const mentions = findMentions(text, index);
    if (mentions.length === 0) continue;
    const offset = node.position.start.offset;
    const ids: string[] = [];
    for (const { draft, spelling, start } of mentions) {
      draft.mentions++;
      draft.first = Math.min(draft.first, offset + start);
      countSpelling(draft, spelling, offset + start);
      if (!ids.includes(draft.id)) ids.push(draft.id);
    }
    node.people = ids;
  }

  const people = index.drafts.filter((d) => d.turns + d.mentions > 0).sort((a, b) => a.first - b.first);
  if (people.length === 0) return;
  const persons = people.map(toPerson);
  const names = new Map(persons.map((p) => [p.id, p.name]));
  turns.forEach((turn, i) => {
    const draft = owners[i];
    if (!draft) return;
    turn.speaker.personId = draft.id;
    turn.speaker.canonicalName = names.get(draft.id) as string;
  });
  tree.people = persons;
}
