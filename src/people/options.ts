/**
 * The user alias table: known persons passed as `parse(text, { people })`
 * or `resolvePeople(trees, { people })`, to pin canonical names and ids
 * across a corpus.
 *
 * ```ts
 * parse(text, { people: [{ id: 'putin', name: 'Vladimir Poutine', aliases: ['VP', 'Vladimir Putin'] }] });
 * ```
 *
 * @module
 */

/** A known person: the id and canonical name to use, and the spellings that mean them. */
export interface PersonAlias {
  /** The id this person gets in every tree (any non-empty string). */
  id: string;
  /** The canonical name; also matched like an alias. */
  name: string;
  /**
   * Other spellings that mean this person: full names (`Vladimir Putin`),
   * surnames (`Poutine`), initialisms (`VP`). Each is matched after folding
   * (case, diacritics, transliteration), like names in the text.
   */
  aliases?: string[];
}

const KEYS = new Set(['id', 'name', 'aliases']);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks a user alias table and returns it typed.
 *
 * @param value - What the caller passed as `people`.
 * @param where - How to name the option in messages (`options.people`).
 * @param caller - The function named in messages (`pressdoc.parse`).
 * @returns The table, unchanged (an empty array when `value` is `undefined`).
 * @throws TypeError naming the entry and the field that has the wrong shape,
 *   what was expected and what was found.
 */
export function checkPeopleTable(value: unknown, where: string, caller: string): PersonAlias[] {
  if (value === undefined) return [];
  const fail = (message: string): never => {
    throw new TypeError(`${caller}: ${message}`);
  };
  if (!Array.isArray(value)) fail(`${where} must be an array of { id, name, aliases? }, got ${describe(value)}`);
  const table = value as unknown[];
  const ids = new Map<string, number>();
  table.forEach((entry, i) => {
    const at = `${where}[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      fail(`${at} must be an object { id, name, aliases? }, got ${describe(entry)}`);
    }
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!KEYS.has(key)) fail(`${at} has an unknown key "${key}"; expected id, name, aliases`);
    }
    if (!isNonEmptyString(record.id)) fail(`${at}.id must be a non-empty string, got ${describe(record.id)}`);
    if (!isNonEmptyString(record.name)) fail(`${at}.name must be a non-empty string, got ${describe(record.name)}`);
    const id = record.id as string;
    const previous = ids.get(id);
    if (previous !== undefined) fail(`${at}.id "${id}" repeats ${where}[${previous}].id`);
    ids.set(id, i);
    if (record.aliases !== undefined) {
      if (!Array.isArray(record.aliases)) fail(`${at}.aliases must be an array of strings, got ${describe(record.aliases)}`);
      (record.aliases as unknown[]).forEach((alias, j) => {
        if (!isNonEmptyString(alias)) fail(`${at}.aliases[${j}] must be a non-empty string, got ${describe(alias)}`);
      });
    }
  });
  return table as PersonAlias[];
}
