// parse's `places` and `referenceDate` options, on the real fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { validate } from '../../src/validate/index.js';
import { validateTree } from '../../src/schema.js';
import type { Dateline, Node, When } from '../../src/nodes.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const MINSK = fixture('dossier-6125-minsk-2024.txt');
const ARTICLE = fixture('article-rt-france-union.txt');
/** The Minsk dossier, its timestamps moved to Tombouctou (the header's `à Minsk` stays). */
const TOMBOUCTOU = MINSK.replace(/(\d{2}h\d{2}) à Minsk/g, '$1 à Tombouctou');

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) yield* walk(child);
}
/** The datelines at Tombouctou (the dossier has others, at Moscou). */
const datelines = (root: Node): When[] =>
  [...walk(root)].filter((n): n is Dateline => n.type === 'dateline').map((n) => n.when).filter((w) => w.place === 'Tombouctou');

describe('parse option places', () => {
  it('gives timestamps at a user place a zone and an instant', () => {
    expect(TOMBOUCTOU).not.toBe(MINSK);
    const without = parse(TOMBOUCTOU);
    expect(datelines(without.tree).length).toBeGreaterThan(0);
    for (const when of datelines(without.tree)) {
      expect(when.place).toBe('Tombouctou');
      expect(when.timeZone).toBeUndefined();
      expect(when.instant).toBeUndefined();
    }
    expect(without.diagnostics.some((d) => d.code === 'UNKNOWN_TIME_ZONE')).toBe(true);

    const withPlaces = parse(TOMBOUCTOU, { places: { Tombouctou: 'Africa/Bamako' } });
    const first = datelines(withPlaces.tree)[0]!;
    // `23 mai 2024 à 23h30` in Bamako (UTC all year).
    expect(first).toMatchObject({ place: 'Tombouctou', timeZone: 'Africa/Bamako', instant: '2024-05-23T23:30:00+00:00', precision: 'minute' });
    expect(datelines(withPlaces.tree).every((w) => w.timeZone === 'Africa/Bamako' && w.instant !== undefined)).toBe(true);
    expect(withPlaces.diagnostics.some((d) => d.code === 'UNKNOWN_TIME_ZONE')).toBe(false);
    expect(validateTree(JSON.parse(JSON.stringify(withPlaces.tree))).ok).toBe(true);
    // The table lasts for its call only.
    expect(parse(TOMBOUCTOU)).toEqual(without);
  });

  it('matches user places as built-in places are matched: folded, as whole words', () => {
    const text = (place: string) => `1°/Arrivée – 23 mai 2024 à 23h30 – ${place}\n`;
    const zoneOf = (place: string, places: Record<string, string>) => (parse(text(place), { places }).tree.children[0] as { when?: When }).when?.timeZone;
    const table = { 'Tombouctou': 'Africa/Bamako', 'Saint-Louis du Sénégal': 'Africa/Dakar' };
    expect(zoneOf('Région de TOMBOUCTOU', table)).toBe('Africa/Bamako');
    expect(zoneOf('saint louis du senegal', table)).toBe('Africa/Dakar');
    expect(zoneOf('Tombouctouville', table)).toBeUndefined();
    // A user place with a built-in one's words wins; other built-in places still resolve.
    expect(zoneOf('Minsk', { Minsk: 'Europe/Vilnius' })).toBe('Europe/Vilnius');
    expect(zoneOf('Moscou', table)).toBe('Europe/Moscow');
    // Zones are stored as Intl spells them.
    expect(zoneOf('Tombouctou', { Tombouctou: 'africa/bamako' })).toBe('Africa/Bamako');
  });

  it('refuses a zone Intl does not know, naming the place and the zone', () => {
    expect(() => parse(MINSK, { places: { Tombouctou: 'Africa/Tombouctou' } })).toThrow(
      new TypeError(`pressdoc.parse: options.places["Tombouctou"] is "Africa/Tombouctou", which is not an IANA time zone this runtime knows (such as 'Africa/Bamako').`),
    );
    expect(() => parse(MINSK, { places: { Tombouctou: 'Mali/Bamako' } })).toThrow(/Did you mean 'Africa\/Bamako'\?/);
    expect(() => parse(MINSK, { places: { Tombouctou: 3 as never } })).toThrow(/options\.places\["Tombouctou"\] is 3, which is not an IANA time zone/);
    expect(() => parse(MINSK, { places: { '–': 'Africa/Bamako' } })).toThrow(/has the place "–", which has no letter or digit/);
    expect(() => parse(MINSK, { places: ['Tombouctou'] as never })).toThrow(/expected options\.places to be an object of place → IANA time zone .* found an array/);
  });

  it('is forwarded by validate', () => {
    const codes = (ds: { rule: string }[]) => ds.map((d) => d.rule);
    expect(codes(validate(TOMBOUCTOU))).toContain('parse/unknown-time-zone');
    expect(codes(validate(TOMBOUCTOU, { parse: { places: { Tombouctou: 'Africa/Bamako' } } }))).not.toContain('parse/unknown-time-zone');
    expect(() => validate(TOMBOUCTOU, { parse: { places: { Tombouctou: 'Nowhere/Here' } } })).toThrow(TypeError);
  });
});

describe('parse option referenceDate', () => {
  it('never infers a year without it', () => {
    expect(parse(ARTICLE).tree.when).toStrictEqual({ raw: '19 décembre', month: 12, day: 19, precision: 'month-day' });
  });

  it('gives `ce 19 décembre` the year nearest to the reference, marked as inferred', () => {
    const expected = (year: number): When => ({ raw: '19 décembre', year, month: 12, day: 19, date: `${year}-12-19`, yearInferred: true, precision: 'day' });
    // The article is of 19–20 December 2022.
    expect(parse(ARTICLE, { referenceDate: '2022-12-20' }).tree.when).toStrictEqual(expected(2022));
    // Read in early January, the nearest 19 December is last year's.
    expect(parse(ARTICLE, { referenceDate: '2023-01-05' }).tree.when).toStrictEqual(expected(2022));
    // Six months and more away, the other side: 2023-06-19 is 183 days from 2022-12-19 and 183 from 2023-12-19: the earlier.
    expect(parse(ARTICLE, { referenceDate: '2023-06-20' }).tree.when).toStrictEqual(expected(2023));
    expect(parse(ARTICLE, { referenceDate: '2023-06-19' }).tree.when).toStrictEqual(expected(2022));
    expect(parse(ARTICLE, { referenceDate: new Date('2022-12-20T10:00:00Z') }).tree.when).toStrictEqual(expected(2022));
    const tree = parse(ARTICLE, { referenceDate: '2022-12-20' }).tree;
    expect(validateTree(JSON.parse(JSON.stringify(tree))).ok).toBe(true);
    // Forwarded by validate; the rest of the tree is as without the option.
    expect(validate(ARTICLE, { parse: { referenceDate: '2022-12-20' } })).toEqual(validate(ARTICLE));
    const { when: _a, ...rest } = tree;
    const { when: _b, ...plain } = parse(ARTICLE).tree;
    expect(rest).toEqual(plain);
  });

  it('puts 29 February in the nearest leap year', () => {
    const text = 'Vladimir Poutine a reçu le président du Belarus le 29 février au Kremlin, pour une longue réunion de travail.\n';
    expect(parse(text).tree.when).toMatchObject({ month: 2, day: 29, precision: 'month-day' });
    expect(parse(text, { referenceDate: '2025-03-01' }).tree.when).toMatchObject({ year: 2024, date: '2024-02-29', yearInferred: true });
    expect(parse(text, { referenceDate: '2027-06-01' }).tree.when).toMatchObject({ year: 2028, date: '2028-02-29', yearInferred: true });
  });

  it('leaves a written year alone', () => {
    const text = 'Vladimir Poutine a reçu le président du Belarus le 6 décembre 2024 au Kremlin, pour une longue réunion.\n';
    expect(parse(text, { referenceDate: '2020-01-01' }).tree.when).toStrictEqual(parse(text).tree.when);
    expect(parse(text).tree.when?.yearInferred).toBeUndefined();
  });

  it('refuses a reference that is no date', () => {
    for (const bad of ['2022-02-30', '20-12-2022', '2022-12-20T10:00', 20221220]) {
      expect(() => parse(ARTICLE, { referenceDate: bad as never })).toThrow(/pressdoc\.parse: expected options\.referenceDate to be a date 'YYYY-MM-DD' that exists/);
    }
    expect(() => parse(ARTICLE, { referenceDate: new Date('nope') })).toThrow(new TypeError('pressdoc.parse: options.referenceDate is an invalid Date.'));
  });
});
