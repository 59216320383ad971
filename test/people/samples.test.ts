// Every speaker label spelling of the samples, with the person it must
// resolve to; the people index of each sample, person by person, so that no
// two different people are merged and no person is split.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { fixture, nodesOfType } from '../helpers.js';

const PUTIN = 'vladimir-putin';
const LUKA = 'aleksandr-lukachenko';

/** Label as written (the grep of `Label :` lines in the fixture) → expected person id. */
const MINSK_LABELS: Record<string, string> = {
  'Président de la Biélorussie Alexandre Loukachenko': LUKA,
  'Président de la République de Biélorussie Alexandre Loukachenko': LUKA,
  'Alexandre Loukachenko': LUKA,
  'Président russe Vladimir Poutine': PUTIN,
  'Président de la Russie Vladimir Poutine': PUTIN,
  'Vladimir Poutine': PUTIN,
  'Natalya Golub, chaîne de télévision Belarus-1': 'natalia-golub',
  'Kirill Vorobyov': 'kiril-vorobev',
  'Vladimir Matveyev': 'vladimir-matvev',
  'Vladimir Matveïev': 'vladimir-matvev',
  'Sargon Hadaya': 'sargon-hadaia',
};

const KREMLIN_LABELS: Record<string, string> = {
  'Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense Valery Gerasimov': 'valeri-gerasimov',
  'Président de la Russie Vladimir Poutine': PUTIN,
  'Vladimir Poutine': PUTIN,
  'Président de la République du Bélarus Alexander Lukashenko': LUKA,
  'Alexander Lukashenko': LUKA,
  'Alexandre Lukashenko': LUKA,
  'Natalya Breus': 'natalia-breus',
  'Olga Knyazeva': 'olga-kniazeva',
  'Anna Pyzh': 'ana-pij',
  'Ilya Yezhov': 'ilia-iejov',
};

describe.each([
  ['dossier-6125-minsk-2024.txt', MINSK_LABELS],
  ['dossier-kremlin-2025-03.txt', KREMLIN_LABELS],
])('%s', (name, labels) => {
  const { tree, diagnostics } = parse(fixture(name));
  const turns = nodesOfType(tree, 'speakerTurn');

  it('lists every label spelling of the sample', () => {
    expect(new Set(turns.map((t) => t.label))).toEqual(new Set(Object.keys(labels)));
  });

  it('resolves every speaker turn to the expected person', () => {
    for (const turn of turns) {
      expect(turn.speaker.personId, turn.label).toBe(labels[turn.label]);
      const person = tree.people?.find((p) => p.id === turn.speaker.personId);
      expect(turn.speaker.canonicalName).toBe(person?.name);
      expect(person?.labels).toContain(turn.label);
      expect(person?.spellings.map((s) => s.value)).toContain(turn.speaker.name);
    }
  });

  it('counts each person’s turns', () => {
    for (const person of tree.people ?? []) {
      expect(person.turns).toBe(turns.filter((t) => t.speaker.personId === person.id).length);
    }
  });

  it('reports no ambiguity', () => {
    expect(diagnostics.filter((d) => d.code === 'AMBIGUOUS_PERSON')).toEqual([]);
  });
});

describe('dossier-6125-minsk-2024.txt people', () => {
  const { tree } = parse(fixture('dossier-6125-minsk-2024.txt'));

  it('has six people, none merged with another', () => {
    expect(tree.people).toEqual([
      {
        id: LUKA,
        name: 'Alexandre Loukachenko',
        spellings: [{ value: 'Alexandre Loukachenko', count: 21 }],
        labels: [
          'Président de la Biélorussie Alexandre Loukachenko',
          'Alexandre Loukachenko',
          'Président de la République de Biélorussie Alexandre Loukachenko',
        ],
        roles: ['Président de la Biélorussie', 'Président de la République de Biélorussie'],
        affiliations: [],
        turns: 15,
        mentions: 6,
      },
      {
        id: PUTIN,
        name: 'Vladimir Poutine',
        spellings: [{ value: 'Vladimir Poutine', count: 19 }, { value: 'VP', count: 5 }],
        labels: ['Président russe Vladimir Poutine', 'Vladimir Poutine', 'Président de la Russie Vladimir Poutine'],
        roles: ['Président russe', 'Président de la Russie'],
        affiliations: [],
        turns: 19,
        mentions: 5,
      },
      {
        id: 'natalia-golub',
        name: 'Natalya Golub',
        spellings: [{ value: 'Natalya Golub', count: 1 }],
        labels: ['Natalya Golub, chaîne de télévision Belarus-1'],
        roles: [],
        affiliations: ['chaîne de télévision Belarus-1'],
        turns: 1,
        mentions: 0,
      },
      {
        id: 'kiril-vorobev',
        name: 'Kirill Vorobyov',
        spellings: [{ value: 'Kirill Vorobyov', count: 2 }],
        labels: ['Kirill Vorobyov'],
        roles: [],
        affiliations: [],
        turns: 2,
        mentions: 0,
      },
      {
        id: 'vladimir-matvev',
        name: 'Vladimir Matveyev',
        spellings: [{ value: 'Vladimir Matveyev', count: 1 }, { value: 'Vladimir Matveïev', count: 1 }],
        labels: ['Vladimir Matveyev', 'Vladimir Matveïev'],
        roles: [],
        affiliations: [],
        turns: 2,
        mentions: 0,
      },
      {
        id: 'sargon-hadaia',
        name: 'Sargon Hadaya',
        spellings: [{ value: 'Sargon Hadaya', count: 1 }],
        labels: ['Sargon Hadaya'],
        roles: [],
        affiliations: [],
        turns: 1,
        mentions: 0,
      },
    ]);
  });

  it('resolves `VP` in captions to Vladimir Poutine, and Loukachenko where named (lines 159–341)', () => {
    const byLine = new Map(nodesOfType(tree, 'caption').map((c) => [c.position.start.line, c]));
    expect(byLine.get(180)?.text).toMatch(/ VP$/);
    expect(byLine.get(180)?.people).toEqual([PUTIN]);
    for (const line of [202, 243, 256, 341]) {
      expect(byLine.get(line)?.text.startsWith('VP Avec le président biélorusse Alexandre Loukachenko')).toBe(true);
      expect(byLine.get(line)?.people).toEqual([PUTIN, LUKA]);
    }
    for (const line of [159, 241]) expect(byLine.get(line)?.people).toEqual([LUKA]);
  });

  it('links only speakers: captions and participants naming others link nobody', () => {
    const linked = nodesOfType(tree, 'caption').filter((c) => c.people).map((c) => c.position.start.line);
    expect(linked).toHaveLength(7);
    for (const caption of nodesOfType(tree, 'caption')) {
      if (!/VP|Loukachenko|Poutine/.test(caption.text)) expect(caption.people, caption.text).toBeUndefined();
    }
    expect(nodesOfType(tree, 'participant').filter((p) => p.people)).toEqual([]);
  });
});

describe('dossier-kremlin-2025-03.txt people', () => {
  const { tree } = parse(fixture('dossier-kremlin-2025-03.txt'));

  it('has seven people, in order of first appearance', () => {
    expect(tree.people?.map((p) => [p.id, p.name, p.turns])).toEqual([
      ['valeri-gerasimov', 'Valery Gerasimov', 1],
      [PUTIN, 'Vladimir Poutine', 12],
      [LUKA, 'Alexander Lukashenko', 6],
      ['natalia-breus', 'Natalya Breus', 1],
      ['olga-kniazeva', 'Olga Knyazeva', 1],
      ['ana-pij', 'Anna Pyzh', 2],
      ['ilia-iejov', 'Ilya Yezhov', 1],
    ]);
  });

  it('merges the three spellings of Lukashenko; the most written full name is canonical', () => {
    const luka = tree.people?.find((p) => p.id === LUKA);
    expect(luka?.spellings).toEqual([
      { value: 'Alexander Lukashenko', count: 5 },
      { value: 'Alexandre Lukashenko', count: 1 },
    ]);
    expect(luka?.roles).toEqual(['Président de la République du Bélarus']);
  });

  it('keeps the role chain with en dashes as Gerasimov’s role', () => {
    expect(tree.people?.[0]?.roles).toEqual(['Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense']);
  });
});

describe('article-rt-france-union.txt people', () => {
  it('has no speaker turns, so no people index', () => {
    const { tree } = parse(fixture('article-rt-france-union.txt'));
    expect(tree.people).toBeUndefined();
  });
});
