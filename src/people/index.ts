/**
 * The people index of one document (or corpus): persons under construction
 * and the maps they are found by. Every lookup is a `Map` get on a folded
 * key, so resolving n labels and mentions costs O(n).
 *
 * ```text
 * key      `vladimir putin` → Vladimir Poutine      (full names)
 * surname  `putin`          → {Vladimir Poutine}    (bare surnames, `V. Poutine`)
 * initials `VP`             → {Vladimir Poutine}    (caption abbreviations)
 * phrase   `vp`             → pinned entry          (user alias table)
 * ```
 *
 * @module
 */
import type { Person, PersonSpelling } from '../nodes.js';
import { dropInvisibles } from '../lexicon.js';
import { foldWord } from './fold.js';
import { idOfKey, initialsOfTokens, nameTokens, readName, type NameShape } from './match.js';
import type { PersonAlias } from './options.js';

/** A person being built: what the index has seen so far. @internal */
export interface Draft {
  id: string;
  /** The canonical name from the alias table, when pinned. */
  pinnedName?: string;
  /** The first full name registered, to name the person in messages. */
  display?: string;
  /** The folded full first names seen (`vladimir`), which an initial opens (`V.`, `Ch.` for Charlie). */
  firstNames: Set<string>;
  spellings: Map<string, { count: number; order: number }>;
  labels: Set<string>;
  roles: Set<string>;
  affiliations: Set<string>;
  turns: number;
  mentions: number;
  /** Where the person first appears (an offset, or a document-order rank); `Infinity` until seen. */
  first: number;
}

/** The folded form of a whole phrase: its words folded, particles kept out (`V.P.` → `v p`). */
export function phraseKey(phrase: string): string {
  return nameTokens(phrase)
    .map((t) => foldWord(t.replace(/\.$/, '')))
    .join(' ');
}

function newDraft(id: string): Draft {
  return {
    id,
    firstNames: new Set(),
    spellings: new Map(),
    labels: new Set(),
    roles: new Set(),
    affiliations: new Set(),
    turns: 0,
    mentions: 0,
    first: Number.POSITIVE_INFINITY,
  };
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Whether a folded initial (`v`, `ch`) opens one of the person's first names. */
function opensFirstName(draft: Draft, initial: string): boolean {
  for (const first of draft.firstNames) if (first.startsWith(initial)) return true;
  return false;
}

/** The one element of a set, or `undefined` when it is empty or has several. */
function only<T>(set: ReadonlySet<T> | undefined): T | undefined {
  if (!set || set.size !== 1) return undefined;
  return set.values().next().value;
}

/** The maps of a {@link PeopleIndex}. */
interface Lookups {
  readonly byId: Map<string, Draft>;
  /** Alias-table spellings (whole folded phrase, and `first last` key) → pinned person. */
  readonly byPhrase: Map<string, Draft>;
  /** Person key `first last` → person. */
  readonly byKey: Map<string, Draft>;
  /** Folded surname → persons with a full name of that surname. */
  readonly bySurname: Map<string, Set<Draft>>;
  /** Folded surname → the person created for that surname written alone. */
  readonly bySurnameOnly: Map<string, Draft>;
  /** Initials `VP` → persons whose full name has them. */
  readonly byInitials: Map<string, Set<Draft>>;
  /** Spelling → the person it was last registered for: registering is idempotent, so once is enough. */
  readonly registered: Map<string, Draft>;
  /**
   * `surname initial` → the answer of {@link PeopleIndex.candidates}, until a
   * full name is registered: a document may repeat one bare surname shared by
   * thousands of full names, and copying that set per label was quadratic.
   */
  readonly candidateCache: Map<string, readonly Draft[]>;
}

function newLookups(): Lookups {
  return {
    byId: new Map(),
    byPhrase: new Map(),
    byKey: new Map(),
    bySurname: new Map(),
    bySurnameOnly: new Map(),
    byInitials: new Map(),
    registered: new Map(),
    candidateCache: new Map(),
  };
}

/**
 * The people index. Build it with the alias table, add full names first
 * ({@link PeopleIndex.full}), then resolve partial names and mentions
 * against it.
 *
 * @internal
 */
export class PeopleIndex {
  /** Every person in creation order. */
  readonly drafts: Draft[] = [];
  /**
   * The maps persons are found by, made on first use: every parse builds an
   * index, and most pages have no speaker and no alias table, so their index
   * never needs one (building eight maps was 5% of a one-line document).
   */
  private lookups: Lookups | undefined;

  private get maps(): Lookups {
    return (this.lookups ??= newLookups());
  }

  /**
   * @param table - The user alias table, already checked.
   * @param where - How to name the table in errors (`options.people`).
   * @param caller - The function named in errors.
   * @throws TypeError when two entries claim the same spelling.
   */
  constructor(table: readonly PersonAlias[] = [], where = 'options.people', caller = 'pressdoc.parse') {
    table.forEach((entry, i) => {
      const draft = this.draft(entry.id);
      draft.pinnedName = entry.name;
      for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
        const other = this.pin(draft, spelling);
        if (other) {
          const j = table.findIndex((e) => e.id === other.id);
          throw new TypeError(
            `${caller}: ${where}[${i}] spelling "${spelling}" also means ${where}[${j}] ("${other.id}"); expected each spelling to name one person`,
          );
        }
      }
    });
  }

  /**
   * Pins a spelling to a person, as the alias table does: the whole folded
   * phrase and the person key then find this person first.
   *
   * @returns The other pinned person that already holds the spelling (and
   *   keeps it), or `undefined` when pinned.
   */
  pin(draft: Draft, spelling: string): Draft | undefined {
    const phrase = phraseKey(spelling);
    if (phrase === '') return undefined;
    const shape = readName(spelling);
    const keys = new Set([phrase, shape?.key ?? phrase]);
    for (const key of keys) {
      const holder = this.maps.byPhrase.get(key);
      if (holder && holder !== draft) return holder;
    }
    for (const key of keys) this.maps.byPhrase.set(key, draft);
    if (shape) this.register(draft, spelling, shape);
    return undefined;
  }

  /** The person with this id, created when new. */
  draft(id: string): Draft {
    let draft = this.maps.byId.get(id);
    if (!draft) {
      draft = newDraft(id);
      this.maps.byId.set(id, draft);
      this.drafts.push(draft);
    }
    return draft;
  }

  /** Makes a full-name spelling findable by surname and initials. */
  private register(draft: Draft, spelling: string, shape: NameShape): void {
    const maps = this.maps;
    if (!shape.first || maps.registered.get(spelling) === draft) return;
    maps.registered.set(spelling, draft);
    if (maps.candidateCache.size > 0) maps.candidateCache.clear();
    draft.display ??= spelling;
    if (!maps.byKey.has(shape.key as string)) maps.byKey.set(shape.key as string, draft);
    draft.firstNames.add(shape.first);
    addTo(maps.bySurname, shape.last, draft);
    // `shape` is the spelling's (readName), so its tokens are the spelling's words.
    for (const initials of initialsOfTokens(shape.tokens)) addTo(maps.byInitials, initials, draft);
  }

  /** The alias-table person a phrase names, by its whole folded form or its person key. */
  pinned(phrase: string, shape?: NameShape): Draft | undefined {
    // Without an alias table nothing is pinned; folding the phrase was a
    // tenth of the people stage (issue 6 profile).
    const byPhrase = this.lookups?.byPhrase;
    if (byPhrase === undefined || byPhrase.size === 0) return undefined;
    return byPhrase.get(phraseKey(phrase)) ?? (shape?.key ? byPhrase.get(shape.key) : undefined);
  }

  /**
   * The person a full name (first name and surname) is, created when new.
   * Call for every full name before resolving partial names.
   */
  full(spelling: string, shape: NameShape): Draft {
    const key = shape.key as string;
    const draft = this.pinned(spelling, shape) ?? this.maps.byKey.get(key) ?? this.draft(idOfKey(key));
    this.register(draft, spelling, shape);
    return draft;
  }

  /** The person a full name is, when already known; never creates one. */
  findFull(spelling: string, shape: NameShape): Draft | undefined {
    return this.pinned(spelling, shape) ?? (shape.key ? this.maps.byKey.get(shape.key) : undefined);
  }

  /**
   * The persons a bare surname, or an initial and a surname (`V. Poutine`),
   * may be: those with a full name of that surname (and initial). When none
   * has, the person created for the surname alone, if any.
   *
   * The answer is shared between calls with the same surname and initial
   * (until the index changes), so a repeated bare surname costs O(1) after
   * its first lookup: do not modify the array.
   */
  candidates(shape: NameShape): readonly Draft[] {
    const cacheKey = `${shape.last} ${shape.initial ?? ''}`;
    const cached = this.maps.candidateCache.get(cacheKey);
    if (cached) return cached;
    const persons = [...(this.maps.bySurname.get(shape.last) ?? [])].filter(
      (d) => shape.initial === undefined || opensFirstName(d, shape.initial),
    );
    if (persons.length > 0) {
      this.maps.candidateCache.set(cacheKey, persons);
      return persons;
    }
    // Not cached: `surnameOnly` may create this answer later.
    const alone = this.maps.bySurnameOnly.get(shape.last);
    return alone ? [alone] : [];
  }

  /**
   * The person created for a surname written alone (or with an initial),
   * created when new; its id is the folded surname.
   */
  surnameOnly(shape: NameShape): Draft {
    let draft = this.maps.bySurnameOnly.get(shape.last);
    if (!draft) {
      draft = this.draft(idOfKey(shape.last));
      this.maps.bySurnameOnly.set(shape.last, draft);
    }
    return draft;
  }

  /** The one person whose full name has these initials (`VP`), if exactly one. */
  byInitialism(letters: string): Draft | undefined {
    return only(this.maps.byInitials.get(letters));
  }
}

/** Counts `count` uses of a spelling; `order` ranks its first use (the smallest is kept). */
export function countSpelling(draft: Draft, written: string, order: number, count = 1): void {
  // `Pou\u00ADtine` is the spelling `Poutine`: invisible characters make no other one.
  const value = dropInvisibles(written);
  const seen = draft.spellings.get(value);
  if (seen) {
    seen.count += count;
    if (order < seen.order) seen.order = order;
  } else {
    draft.spellings.set(value, { count, order });
  }
}

/** How many candidates {@link describeCandidates} names before it counts the rest. */
const NAMED_CANDIDATES = 5;

/**
 * Names the persons a label may be, for a message: the first five by
 * {@link displayName}, then how many more (`A, B, C, D, E and 9995 others`).
 * Bounded, so that n ambiguous labels among n persons make messages of
 * total size O(n), not O(n²).
 */
export function describeCandidates(candidates: readonly Draft[]): string {
  const named = candidates.slice(0, NAMED_CANDIDATES).map(displayName).join(', ');
  const rest = candidates.length - NAMED_CANDIDATES;
  return rest > 0 ? `${named} and ${rest} other${rest === 1 ? '' : 's'}` : named;
}

/** How to name a person in a message: the pinned name, else the first full name seen, else the id. */
export function displayName(draft: Draft): string {
  return draft.pinnedName ?? draft.display ?? draft.id;
}

/**
 * The canonical name of a person: the alias table's, else the full name
 * (first name and surname) written most often — ties to the longest, then to
 * the first written — else the spelling written most often.
 */
export function canonicalName(draft: Draft): string {
  if (draft.pinnedName !== undefined) return draft.pinnedName;
  // One spelling (most persons of a document) is the name: no ranks to compare.
  if (draft.spellings.size === 1) return draft.spellings.keys().next().value as string;
  let best: string | undefined;
  let bestRank: [number, number, number, number] | undefined;
  for (const [value, { count, order }] of draft.spellings) {
    const full = readName(value)?.key !== undefined ? 1 : 0;
    // Lengths in NFC, so that the same text in NFD picks the same spelling.
    const rank: [number, number, number, number] = [full, count, value.normalize('NFC').length, -order];
    if (!bestRank || compareRank(rank, bestRank) > 0) {
      best = value;
      bestRank = rank;
    }
  }
  return best ?? draft.id;
}

function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** The spellings of a person, most frequent first, then in order of first use. */
export function sortedSpellings(draft: Draft): PersonSpelling[] {
  return [...draft.spellings]
    .sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order)
    .map(([value, { count }]) => ({ value, count }));
}

/** The finished {@link Person} of a draft. */
export function toPerson(draft: Draft): Person {
  const person: Person = {
    id: draft.id,
    name: canonicalName(draft),
    spellings: sortedSpellings(draft),
    labels: [...draft.labels],
    roles: [...draft.roles],
    affiliations: [...draft.affiliations],
    turns: draft.turns,
    mentions: draft.mentions,
  };
  if (draft.pinnedName !== undefined) person.pinned = true;
  return person;
}
