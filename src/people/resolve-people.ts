/**
 * `resolvePeople(trees)`: merges the people indexes of many parsed
 * documents into one corpus index.
 *
 * ```ts
 * const trees = files.map((f) => parse(readFileSync(f, 'utf8')).tree);
 * const { people, ids } = resolvePeople(trees);
 * const luka = people.find((p) => p.name === 'Alexandre Loukachenko');
 * // every turn of his, in every tree:
 * // turn.speaker.personId !== undefined && ids[turn.speaker.personId] === luka.id
 * ```
 *
 * Persons with a full name merge by id, which is the same for every
 * spelling of one person ({@link personIdFor}); alias-table persons merge by
 * id and by every spelling of the table. A surname-only person of one
 * document (`Président Poutine` where no full name is written) joins the one
 * corpus person of that surname, and stays apart when there are several or
 * none. Counts add up; the canonical name is chosen again over the corpus
 * (the same rule as in one document). Linear in the number of persons.
 *
 * @module
 */
import type { Person, Root } from '../nodes.js';
import { countSpelling, toPerson, PeopleIndex, type Draft } from './index.js';
import { isInitialism, readName, type NameShape } from './match.js';
import { checkPeopleTable, type PersonAlias } from './options.js';

/** Options of {@link resolvePeople}. */
export interface ResolvePeopleOptions {
  /** The user alias table, as for `parse`: pins ids and canonical names over the corpus. */
  people?: PersonAlias[];
}

/** What {@link resolvePeople} returns. */
export interface CorpusPeople {
  /** The persons of the corpus, in order of first appearance (tree order, then each tree's order). */
  people: Person[];
  /**
   * Every person id found in the trees (`speaker.personId`, `caption.people`,
   * `root.people[].id`) → the id of its person in `people`. Most ids map to
   * themselves; a merged surname-only person maps to the full one.
   *
   * A null-prototype object: any id is an own key, `__proto__` and
   * `hasOwnProperty` included (pinned ids are the user's), and no key is
   * inherited; test with `id in ids` or `Object.hasOwn(ids, id)`.
   */
  ids: Record<string, string>;
}

const CALLER = 'pressdoc.resolvePeople';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Adds what a document says about a person to its corpus draft. */
function absorb(draft: Draft, person: Person, rank: number): void {
  draft.turns += person.turns;
  draft.mentions += person.mentions;
  draft.first = Math.min(draft.first, rank);
  person.spellings.forEach((s, i) => countSpelling(draft, s.value, rank + i / 1000, s.count));
  for (const label of person.labels) draft.labels.add(label);
  for (const role of person.roles) draft.roles.add(role);
  for (const affiliation of person.affiliations) draft.affiliations.add(affiliation);
}

/** The full-name spellings of a person (first name and surname written), with their shapes. */
function fullSpellings(person: Person): Array<[string, NameShape]> {
  const out: Array<[string, NameShape]> = [];
  for (const { value } of person.spellings) {
    const shape = readName(value);
    if (shape?.key) out.push([value, shape]);
  }
  return out;
}

/**
 * Merges the people of parsed trees into one index.
 *
 * @param trees - Roots returned by `parse(text).tree` (or read back from
 *   JSON); trees without `people` add nothing.
 * @param options - The alias table (`people`).
 * @returns The corpus persons and the id map.
 * @throws TypeError when `trees` is not an array of roots, or the alias
 *   table has the wrong shape.
 */
export function resolvePeople(trees: readonly Root[], options: ResolvePeopleOptions = {}): CorpusPeople {
  if (!Array.isArray(trees)) throw new TypeError(`${CALLER}: trees must be an array of roots (parse(text).tree), got ${describe(trees)}`);
  trees.forEach((tree: unknown, i) => {
    if (typeof tree !== 'object' || tree === null || (tree as { type?: unknown }).type !== 'root') {
      throw new TypeError(`${CALLER}: trees[${i}] must be a root (parse(text).tree), got ${describe(tree)}`);
    }
  });
  if (typeof options !== 'object' || options === null) throw new TypeError(`${CALLER}: options must be an object, got ${describe(options)}`);
  const table = checkPeopleTable(options.people, 'options.people', CALLER);
  const index = new PeopleIndex(table, 'options.people', CALLER);
  // Null prototype: an id such as `__proto__` would otherwise set the prototype instead of a key.
  const ids: Record<string, string> = Object.create(null) as Record<string, string>;
  const pinnedIds = new Set(table.map((e) => e.id));
  const all: Array<[Person, number]> = [];
  trees.forEach((tree: Root, t) => (tree.people ?? []).forEach((person: Person, p) => all.push([person, t * 1_000_000 + p])));
  const deferred: Array<[Person, number]> = [];
  const merge = (draft: Draft, person: Person, rank: number): void => {
    absorb(draft, person, rank);
    ids[person.id] = draft.id;
  };

  // Pinned persons first: their spellings then find them before any key.
  for (const [person, rank] of all) {
    if (!pinnedIds.has(person.id) && !person.pinned) continue;
    const draft = index.draft(person.id);
    if (draft.pinnedName === undefined) draft.pinnedName = person.name;
    for (const { value } of person.spellings) index.pin(draft, value);
    merge(draft, person, rank);
  }

  // Full names next, so that surnames find them all.
  for (const [person, rank] of all) {
    if (pinnedIds.has(person.id) || person.pinned) continue;
    const full = fullSpellings(person);
    if (full.length === 0) {
      deferred.push([person, rank]);
      continue;
    }
    const [spelling, shape] = full[0] as [string, NameShape];
    const draft = index.full(spelling, shape);
    for (const [other, otherShape] of full.slice(1)) if (!index.findFull(other, otherShape)) index.full(other, otherShape);
    merge(draft, person, rank);
  }

  // Surname-only persons: the one corpus person of that surname, if one.
  for (const [person, rank] of deferred) {
    const spelling = person.spellings.find((s) => !isInitialism(s.value))?.value ?? person.name;
    const shape = readName(spelling);
    let draft = shape ? index.pinned(spelling, shape) : undefined;
    if (!draft && shape) {
      const candidates = index.candidates(shape);
      draft = candidates.length === 1 ? candidates[0] : index.surnameOnly(shape);
    }
    merge(draft ?? index.draft(person.id), person, rank);
  }

  const people = index.drafts
    .filter((d) => d.turns + d.mentions > 0)
    .sort((a, b) => a.first - b.first)
    .map(toPerson);
  return { people, ids };
}
