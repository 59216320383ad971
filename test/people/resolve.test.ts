import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Root, Speaker } from '../../src/nodes.js';
import { rootSchema } from '../../src/schema.js';
import { nodesOfType } from '../helpers.js';

/** The speakers of a document, in order. */
const speakers = (tree: Root): Speaker[] => nodesOfType(tree, 'speakerTurn').map((t) => t.speaker);
const ids = (tree: Root): Array<string | undefined> => speakers(tree).map((s) => s.personId);

describe('the people stage of parse', () => {
  it('resolves an initial of two letters and a title in capitals to the full name written elsewhere', () => {
    const text = ['Charlie Rose : Bonsoir, Monsieur le Président.', 'Vladimir Poutine : Bonsoir.', 'Ch. Rose : Commençons.', 'FOREIGN MINISTER LAVROV: Colleagues.', 'Sergey Lavrov: Thank you.', 'SECRETARY BLINKEN: Sergey, thank you.', 'Antony Blinken: Good to see you.'].join('\n');
    expect(ids(parse(text).tree)).toEqual(['charli-ros', 'vladimir-putin', 'charli-ros', 'sergei-lavrov', 'sergei-lavrov', 'antoni-blinken', 'antoni-blinken']);
  });

  it('matches a later short label to the earlier long one', () => {
    const { tree } = parse('Président de la Biélorussie Alexandre Loukachenko : Bienvenue.\nAlexandre Loukachenko : Merci.\n');
    expect(ids(tree)).toEqual(['aleksandr-lukachenko', 'aleksandr-lukachenko']);
    expect(tree.people).toEqual([
      {
        id: 'aleksandr-lukachenko',
        name: 'Alexandre Loukachenko',
        spellings: [{ value: 'Alexandre Loukachenko', count: 2 }],
        labels: ['Président de la Biélorussie Alexandre Loukachenko', 'Alexandre Loukachenko'],
        roles: ['Président de la Biélorussie'],
        affiliations: [],
        turns: 2,
        mentions: 0,
      },
    ]);
  });

  it('merges every spelling and role of one person; the most written full name is canonical', () => {
    const text = [
      'Président de la République du Bélarus Alexander Lukashenko : Bonjour.',
      'Alexandre Loukachenko : Oui.',
      'Alexandre Lukashenko : Non.',
      'Alexandre Loukachenko : Peut-être.',
    ].join('\n');
    const { tree } = parse(text);
    expect(new Set(ids(tree))).toEqual(new Set(['aleksandr-lukachenko']));
    expect(tree.people?.[0]).toMatchObject({
      name: 'Alexandre Loukachenko',
      spellings: [
        { value: 'Alexandre Loukachenko', count: 2 },
        { value: 'Alexander Lukashenko', count: 1 },
        { value: 'Alexandre Lukashenko', count: 1 },
      ],
      roles: ['Président de la République du Bélarus'],
      turns: 4,
    });
    expect(speakers(tree).map((s) => s.canonicalName)).toEqual(Array(4).fill('Alexandre Loukachenko'));
  });

  it('resolves titles, honorifics and initials before a surname to the one person of that surname, in any order', () => {
    const text = ['Président Poutine : Bonjour.', 'Mr. Poutine : Oui.', 'V. Poutine : Non.', 'Vladimir Poutine : Merci.'].join('\n');
    const { tree } = parse(text);
    expect(ids(tree)).toEqual(Array(4).fill('vladimir-putin'));
    expect(tree.people?.[0]).toMatchObject({ name: 'Vladimir Poutine', roles: ['Président'], turns: 4 });
    expect(tree.people?.[0]?.spellings.map((s) => s.value)).toEqual(['Poutine', 'V. Poutine', 'Vladimir Poutine']);
  });

  it('resolves a label of initials alone (`V.P. :`, `V. P. :`, `VP :`) to the one full name that has them', () => {
    const dialogue = (label: string) => `La Terre En Thiers : Bonjour.\nVladimir Poutine : Bonjour.\nLTET : Pourquoi ?\n${label} : Honnêtement.\nLTET : Et après ?\n${label} : Honnêtement, rien.\n`;
    for (const label of ['V.P.', 'V. P.', 'VP']) {
      expect(ids(parse(dialogue(label)).tree), label).toEqual(['en-thiers', 'vladimir-putin', 'ltet', 'vladimir-putin', 'ltet', 'vladimir-putin']);
    }
    // Initials that no full name has make a person of their own.
    expect(ids(parse(dialogue('A.B.')).tree)[3]).not.toBe('vladimir-putin');
  });

  it('makes a surname-only person when no full name is written', () => {
    const { tree } = parse('Président Poutine : Bonjour.\nM. Poutine : Merci.\n');
    expect(ids(tree)).toEqual(['putin', 'putin']);
    expect(tree.people?.map((p) => [p.id, p.name, p.turns])).toEqual([['putin', 'Poutine', 2]]);
  });

  it('keeps people who share a first name apart', () => {
    const { tree } = parse('Vladimir Poutine : a\nVladimir Matveyev : b\nVladimir Zelensky : c\nVladimir Matveïev : d\n');
    expect(ids(tree)).toEqual(['vladimir-putin', 'vladimir-matvev', 'vladimir-zelenski', 'vladimir-matvev']);
    expect(tree.people).toHaveLength(3);
  });

  it('warns on a bare surname shared by two people and leaves the turn without a person', () => {
    const text = 'Alexandre Novak : a\nAnton Novak : b\nMinistre Novak : c\n';
    const { tree, diagnostics } = parse(text);
    expect(ids(tree)).toEqual(['aleksandr-novak', 'anton-novak', undefined]);
    expect(speakers(tree)[2]).toEqual({ name: 'Novak', role: 'Ministre' });
    // The fragment is neither dossier nor article: UNKNOWN_DOCUMENT_KIND comes first.
    expect(diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_DOCUMENT_KIND', 'AMBIGUOUS_PERSON']);
    expect(diagnostics.slice(1)).toEqual([
      {
        code: 'AMBIGUOUS_PERSON',
        severity: 'warning',
        message: 'Speaker label "Ministre Novak" names "Novak": expected one person of that name, found 2 (Alexandre Novak, Anton Novak); the turn gets no personId',
        position: { start: { line: 3, column: 1, offset: 36 }, end: { line: 3, column: 17, offset: 52 } }, // the label leaf, colon included
      },
    ]);
  });

  it('gives function-only turns no person, and says so with a role and no name', () => {
    const { tree } = parse('Question : Monsieur le Président ?\nVladimir Poutine : Oui.\nJournaliste de la chaîne ONT : Merci.\n');
    expect(speakers(tree)).toEqual([
      { role: 'Question' },
      { name: 'Vladimir Poutine', personId: 'vladimir-putin', canonicalName: 'Vladimir Poutine' },
      { role: 'Journaliste de la chaîne ONT' },
    ]);
    expect(tree.people?.map((p) => p.id)).toEqual(['vladimir-putin']);
  });

  it('links captions and participants lines to the speakers they name', () => {
    const text = [
      'Vladimir Poutine : Bonjour.',
      'Alexandre Loukachenko : Bonjour.',
      '',
      '2 VP avec le président Loukachenko.',
      '',
      'Les pourparlers ont eu lieu en présence',
      'du président Vladimir Putin,',
      'du ministre Sergueï Lavrov.',
    ].join('\n');
    const { tree } = parse(text);
    expect(nodesOfType(tree, 'caption').map((c) => c.people)).toEqual([['vladimir-putin', 'aleksandr-lukachenko']]);
    expect(nodesOfType(tree, 'participant').map((p) => p.people)).toEqual([['vladimir-putin'], undefined]);
    expect(tree.people?.map((p) => [p.id, p.turns, p.mentions])).toEqual([
      ['vladimir-putin', 1, 2],
      ['aleksandr-lukachenko', 1, 1],
    ]);
    expect(tree.people?.[0]?.spellings).toEqual([
      { value: 'Vladimir Poutine', count: 1 },
      { value: 'VP', count: 1 },
      { value: 'Vladimir Putin', count: 1 },
    ]);
  });

  it('gives one person the same id in documents that spell them differently', () => {
    const a = parse('Alexander Lukashenko : Hello.\n').tree;
    const b = parse('Alexandre Loukachenko : Bonjour.\n').tree;
    expect(ids(a)).toEqual(ids(b));
  });

  it('adds no people index to a document without persons', () => {
    expect(parse('Un paragraphe.\nQuestion : Pourquoi ?\n').tree.people).toBeUndefined();
  });

  it('produces trees that pass the schema', () => {
    const { tree } = parse('Question : a\nPrésident Poutine : b\nVladimir Poutine : c\n\n2 VP et Poutine.\n');
    expect(rootSchema.safeParse(tree).success).toBe(true);
  });
});

describe('the user alias table', () => {
  const people = [
    { id: 'lukashenko', name: 'Alexander Lukashenko', aliases: ['Loukachenko'] },
    { id: 'putin', name: 'Vladimir Putin', aliases: ['VVP'] },
  ];

  it('pins ids and canonical names, matched after folding', () => {
    const { tree } = parse('Alexandre Loukachenko : Bonjour.\nPrésident Poutine : Merci.\nM. Lukashenko : Oui.\n', { people });
    expect(speakers(tree).map((s) => [s.personId, s.canonicalName])).toEqual([
      ['lukashenko', 'Alexander Lukashenko'],
      ['putin', 'Vladimir Putin'],
      ['lukashenko', 'Alexander Lukashenko'],
    ]);
    expect(tree.people?.map((p) => [p.id, p.name, p.pinned, p.turns])).toEqual([
      ['lukashenko', 'Alexander Lukashenko', true, 2],
      ['putin', 'Vladimir Putin', true, 1],
    ]);
  });

  it('links mentions by alias even when the person does not speak', () => {
    const { tree } = parse('Alexandre Loukachenko : Bonjour.\n\n3 VVP à Minsk.\n', { people });
    expect(nodesOfType(tree, 'caption')[0]?.people).toEqual(['putin']);
    expect(tree.people?.map((p) => [p.id, p.turns, p.mentions])).toEqual([
      ['lukashenko', 1, 0],
      ['putin', 0, 1],
    ]);
  });

  it('leaves persons of the table that the document does not name out of the index', () => {
    const { tree } = parse('Anna Pyzh : Bonsoir.\n', { people });
    expect(tree.people?.map((p) => p.id)).toEqual(['ana-pij']);
  });

  it('rejects a spelling claimed by two entries', () => {
    expect(() => parse('', { people: [{ id: 'a', name: 'Vladimir Poutine' }, { id: 'b', name: 'Vladimir Putin' }] })).toThrow(
      'pressdoc.parse: options.people[1] spelling "Vladimir Putin" also means options.people[0] ("a"); expected each spelling to name one person',
    );
  });
});
