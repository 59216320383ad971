import { describe, expect, it } from 'vitest';
import { parse, resolvePeople } from '../../src/index.js';
import type { Root } from '../../src/nodes.js';
import { personSchema } from '../../src/schema.js';
import { fixture, nodesOfType } from '../helpers.js';

const tree = (text: string, options = {}): Root => parse(text, options).tree;

describe('resolvePeople on the two dossiers', () => {
  const minsk = tree(fixture('dossier-6125-minsk-2024.txt'));
  const kremlin = tree(fixture('dossier-kremlin-2025-03.txt'));
  const { people, ids } = resolvePeople([minsk, kremlin]);

  it('yields exactly one Poutine and one Loukachenko', () => {
    const poutines = people.filter((p) => p.spellings.some((s) => /Poutine|Putin/.test(s.value)));
    const loukachenkos = people.filter((p) => p.spellings.some((s) => /Loukachenko|Lukashenko/.test(s.value)));
    expect(poutines.map((p) => p.id)).toEqual(['vladimir-putin']);
    expect(loukachenkos.map((p) => p.id)).toEqual(['aleksandr-lukachenko']);
  });

  it('adds up turns and mentions, and re-chooses the canonical name over the corpus', () => {
    const luka = people.find((p) => p.id === 'aleksandr-lukachenko');
    expect(luka).toEqual({
      id: 'aleksandr-lukachenko',
      name: 'Alexandre Loukachenko',
      spellings: [
        { value: 'Alexandre Loukachenko', count: 21 },
        { value: 'Alexander Lukashenko', count: 5 },
        { value: 'Alexandre Lukashenko', count: 1 },
      ],
      labels: [
        'Président de la Biélorussie Alexandre Loukachenko',
        'Alexandre Loukachenko',
        'Président de la République de Biélorussie Alexandre Loukachenko',
        'Président de la République du Bélarus Alexander Lukashenko',
        'Alexandre Lukashenko',
        'Alexander Lukashenko',
      ],
      roles: ['Président de la Biélorussie', 'Président de la République de Biélorussie', 'Président de la République du Bélarus'],
      affiliations: [],
      turns: 21,
      mentions: 6,
    });
    const putin = people.find((p) => p.id === 'vladimir-putin');
    expect(putin).toMatchObject({ name: 'Vladimir Poutine', turns: 31, mentions: 5 });
  });

  it('keeps everyone else apart: 6 + 7 people, 2 shared', () => {
    expect(people.map((p) => p.name)).toEqual([
      'Alexandre Loukachenko', 'Vladimir Poutine', 'Natalya Golub', 'Kirill Vorobyov', 'Vladimir Matveyev', 'Sargon Hadaya',
      'Valery Gerasimov', 'Natalya Breus', 'Olga Knyazeva', 'Anna Pyzh', 'Ilya Yezhov',
    ]);
    for (const person of people) expect(personSchema.safeParse(person).success).toBe(true);
  });

  it('maps every document id to its corpus id', () => {
    const used = [minsk, kremlin].flatMap((t) => nodesOfType(t, 'speakerTurn').map((s) => s.speaker.personId as string));
    for (const id of used) expect(ids[id]).toBe(id);
    const turnsOf = (id: string): number =>
      [minsk, kremlin].flatMap((t) => nodesOfType(t, 'speakerTurn')).filter((s) => ids[s.speaker.personId as string] === id).length;
    expect(turnsOf('aleksandr-lukachenko')).toBe(21);
  });

  it('reads trees back from JSON', () => {
    const again = resolvePeople([JSON.parse(JSON.stringify(minsk)), JSON.parse(JSON.stringify(kremlin))]);
    expect(again.people).toEqual(people);
  });
});

describe('resolvePeople merging rules', () => {
  it('joins a surname-only person of one document to the one full person of that surname', () => {
    const a = tree('Président Poutine : Bonjour.\n');
    const b = tree('Vladimir Putin : Hello.\n');
    const { people, ids } = resolvePeople([a, b]);
    expect(people.map((p) => [p.id, p.name, p.turns])).toEqual([['vladimir-putin', 'Vladimir Putin', 2]]);
    expect(ids).toEqual({ putin: 'vladimir-putin', 'vladimir-putin': 'vladimir-putin' });
  });

  it('keeps a surname-only person apart when two full persons have that surname', () => {
    const a = tree('Ministre Novak : a\n');
    const b = tree('Alexandre Novak : b\nAnton Novak : c\n');
    const { people, ids } = resolvePeople([a, b]);
    expect(people.map((p) => p.id)).toEqual(['novak', 'aleksandr-novak', 'anton-novak']);
    expect(ids.novak).toBe('novak');
  });

  it('keeps people who share a first name apart across documents', () => {
    const { people } = resolvePeople([tree('Vladimir Poutine : a\n'), tree('Vladimir Zelensky : b\n'), tree('Vladimir Matveïev : c\n')]);
    expect(people).toHaveLength(3);
  });

  it('applies its own alias table over the corpus', () => {
    const { people, ids } = resolvePeople([tree('Alexander Lukashenko : a\n'), tree('Alexandre Loukachenko : b\n')], {
      people: [{ id: 'luka', name: 'Loukachenko', aliases: ['Alexander Lukashenko'] }],
    });
    expect(people.map((p) => [p.id, p.name, p.pinned, p.turns])).toEqual([['luka', 'Loukachenko', true, 2]]);
    expect(ids['aleksandr-lukachenko']).toBe('luka');
  });

  it('keeps the pinned names of trees parsed with a table', () => {
    const people = [{ id: 'luka', name: 'A. Loukachenko', aliases: ['Alexander Lukashenko'] }];
    const pinned = tree('Alexander Lukashenko : a\n', { people });
    const plain = tree('Alexandre Loukachenko : b\nPrésident Loukachenko : c\n');
    const merged = resolvePeople([plain, pinned]);
    expect(merged.people.map((p) => [p.id, p.name, p.turns])).toEqual([['luka', 'A. Loukachenko', 3]]);
    expect(merged.ids).toEqual({ luka: 'luka', 'aleksandr-lukachenko': 'luka' });
  });

  it('returns nothing for no trees or trees without people', () => {
    expect(resolvePeople([])).toEqual({ people: [], ids: {} });
    expect(resolvePeople([tree('Un paragraphe.\n')])).toEqual({ people: [], ids: {} });
  });
});

describe('resolvePeople ids', () => {
  it('keeps every id as an own key, __proto__ and hasOwnProperty included', () => {
    // Before: ids was `{}`, so `ids.__proto__ = 'x'` set nothing and `hasOwnProperty` was inherited.
    const text = 'Vladimir Poutine : Bonjour.\nAlexandre Loukachenko : Merci.\nSergueï Lavrov : Oui.\n';
    const people = [
      { id: '__proto__', name: 'Vladimir Poutine' },
      { id: 'hasOwnProperty', name: 'Alexandre Loukachenko' },
    ];
    const { ids } = resolvePeople([parse(text, { people }).tree], { people });
    expect(Object.getPrototypeOf(ids)).toBe(null);
    expect(Object.keys(ids).sort()).toEqual(['__proto__', 'hasOwnProperty', 'sergei-lavrov'].sort());
    expect(Object.hasOwn(ids, '__proto__') && ids['__proto__']).toBe('__proto__');
    expect(Object.hasOwn(ids, 'hasOwnProperty') && ids['hasOwnProperty']).toBe('hasOwnProperty');
    expect('toString' in ids).toBe(false);
  });
});
