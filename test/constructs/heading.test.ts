import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const TOC = '1°/Arrivée à Minsk – 23 mai 2024 à 23h30 à Minsk\n2°/Pourparlers – 24 mai 2024 à 17h15 à Minsk\n\n';

describe('heading, table of contents, section, subsection', () => {
  it('reads a TOC, then sections where its lines are repeated', () => {
    const { tree } = parse(`${TOC}1°/Arrivée à Minsk – 23 mai 2024 à 23h30 à Minsk\nTexte.\n2°/Pourparlers – 24 mai 2024 à 17h15 à Minsk\nTexte.`);
    expect(tree.children.map((c) => c.type)).toEqual(['toc', 'section', 'section']);
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.number, e.title, e.when?.time])).toEqual([
      [1, 'Arrivée à Minsk', '23:30'],
      [2, 'Pourparlers', '17:15'],
    ]);
  });

  it('reads a dossier without a TOC: a lone heading followed by text is a section', () => {
    const { tree } = parse('1°/Arrivée à Minsk – 23 mai 2024 à 23h30 à Minsk\nTexte.');
    expect(tree.children.map((c) => c.type)).toEqual(['section']);
  });

  it('reads a TOC of one entry when the next heading repeats it', () => {
    const { tree } = parse('1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\n\n1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\nTexte.');
    expect(tree.children.map((c) => c.type)).toEqual(['toc', 'section']);
  });

  it.each([
    ['1°/Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1º/Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1°Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1/Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1) Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1. Titre - 23 mai 2024 à 23h30 à Minsk'],
    ['1°/Titre — 23 mai 2024 à 23h30 à Minsk'],
    ['1°) Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1°- Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1°– Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1°.Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1- Titre - 23 mai 2024 à 23h30 à Minsk'],
    ['1 – Titre – 23 mai 2024 à 23h30 à Minsk'],
    ['1°/Titre – le 23 mai 2024 à 23h30 à Minsk'],
    ['1°/Titre – jeudi 23 mai 2024 à 23h30 à Minsk'],
  ])('accepts the numbering style of `%s`', (line) => {
    const [section] = nodesOfType(parse(`${line}\nTexte.`).tree, 'section');
    expect(section).toMatchObject({ number: 1, title: 'Titre', when: { instant: '2024-05-23T23:30:00+03:00' } });
  });

  it('reads a timestamp glued to the title’s last word, the separator left out (`… sur l’énergie6 juillet 2023 à 18H00`)', () => {
    const { tree } = parse(
      [
        '1°/Réunion de la Commission du Conseil d’État sur l’énergie6 juillet 2023 à 18H00',
        '2°/Rencontre avec le Premier ministre Mikhail Mishustin4 juillet 2023 à 23h55 – Kremlin-Moscou',
        '3°/Instruction au Premier ministre19:10',
        '4°/Sommet du G20 à New Delhi – 9 septembre 2023',
        '5°/Réunion du format Normandie2019',
      ].join('\n'),
    );
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.title, e.when?.date ?? null, e.when?.time ?? null, e.when?.place ?? null])).toEqual([
      ['Réunion de la Commission du Conseil d’État sur l’énergie', '2023-07-06', '18:00', null],
      ['Rencontre avec le Premier ministre Mikhail Mishustin', '2023-07-04', '23:55', 'Kremlin-Moscou'],
      ['Instruction au Premier ministre', null, '19:10', null],
      // A number inside the title stays the title's; digits that make no timestamp too.
      ['Sommet du G20 à New Delhi', '2023-09-09', null, null],
      ['Réunion du format Normandie2019', null, null, null],
    ]);
  });

  it('ends the title before a comma or a colon that opens the timestamp', () => {
    const section = (line: string) => nodesOfType(parse(`${line}\nTexte.`).tree, 'section')[0];
    expect(section('1°/Titre, 23 mai 2024, 23h30, Minsk')).toMatchObject({ title: 'Titre', when: { instant: '2024-05-23T23:30:00+03:00', place: 'Minsk' } });
    expect(section('1°/Titre: 23 mai 2024 à 23h30 à Minsk')).toMatchObject({ title: 'Titre', when: { time: '23:30' } });
    // Commas inside the title stay in it.
    expect(section('1°/Poutine, Loukachenko et Xi – 23 mai 2024 à 23h30 à Minsk')?.title).toBe('Poutine, Loukachenko et Xi');
  });

  it('takes a dash after a number for a heading mark only after one or two digits', () => {
    expect(nodesOfType(parse('123- Titre - 23 mai 2024 à 23h30 à Minsk\nTexte.').tree, 'section')).toEqual([]);
  });

  it('reads a bullet before the number (`- 1°/…`, `• 1°/…`), the number kept (sansapriori 2023)', () => {
    const { tree } = parse('- 1°/Arrivée à Minsk – 23 mai 2024 à 23h30 à Minsk\n  • 2°/Pourparlers – 24 mai 2024 à 17h15 à Minsk\n- 3°/Allocution vidéo – 28 mai 2023 minuit\n\n1°/Arrivée à Minsk – 23 mai 2024 à 23h30 à Minsk\nTexte.');
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.number, e.title])).toEqual([[1, 'Arrivée à Minsk'], [2, 'Pourparlers'], [3, 'Allocution vidéo – 28 mai 2023 minuit']]);
    expect(nodesOfType(tree, 'section').map((s) => s.number)).toEqual([1]);
  });

  it('reads a dash glued to the title’s capital as a mark (`1-Rencontre avec … 25 janvier 2021`), and `du` before the date in its timestamp', () => {
    const { tree } = parse('1-Rencontre avec des étudiants 25 janvier 2021\n2-Discours lors de la journée des enquêteurs du 26 janvier 2021\n\n1-Rencontre avec des étudiants 25 janvier 2021\nTexte.');
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.number, e.title, e.when?.date])).toEqual([[1, 'Rencontre avec des étudiants', '2021-01-25'], [2, 'Discours lors de la journée des enquêteurs', '2021-01-26']]);
    // Not after three digits or more, nor before a small letter.
    expect(nodesOfType(parse('123-Titre 23 mai 2024\nTexte.').tree, 'heading')).toEqual([]);
    expect(nodesOfType(parse('1-titre 23 mai 2024\nTexte.').tree, 'heading')).toEqual([]);
  });

  it('reads an entry whose timestamp wrapped onto the next line: the table of contents goes on (sansapriori 2023)', () => {
    const text = ['1°/Conversation téléphonique – 24 décembre 2023 à 11h50', '2°/Discours à la réunion élargie du Conseil économique suprême eurasien', '25 décembre 2023 à 20h40 à Saint-Pétersbourg', '3°/Réunion informelle – 26 décembre 2023 à 20h00 à Saint-Pétersbourg', '', '1°/Conversation téléphonique – 24 décembre 2023 à 11h50', 'Texte.'].join('\n');
    const { tree, diagnostics } = parse(text);
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.number, e.title, e.when?.time, e.position.end.line])).toEqual([
      [1, 'Conversation téléphonique', '11:50', 1],
      [2, 'Discours à la réunion élargie du Conseil économique suprême eurasien', '20:40', 3],
      [3, 'Réunion informelle', '20:00', 4],
    ]);
    expect(nodesOfType(tree, 'section').map((s) => s.number)).toEqual([1]);
    expect(diagnostics.map((d) => d.code)).not.toContain('HEADING_WITHOUT_TIMESTAMP');
  });

  it('does not take a numbered sentence for a heading when no timestamp ends it', () => {
    expect(nodesOfType(parse('1. Premièrement, nous avons parlé.').tree, 'section')).toEqual([]);
  });

  it('keeps `Russie-Biélorussie` whole: a dash separates fields only with a space beside it', () => {
    const [section] = nodesOfType(parse('4°/Pourparlers Russie-Biélorussie – 24 mai 2024 à 17h15 à Minsk\nTexte.').tree, 'section');
    expect(section?.title).toBe('Pourparlers Russie-Biélorussie');
  });

  it('reads subsections A, B inside the section', () => {
    const { tree } = parse('1°/Titre – 24 mai 2024 à 17h15 à Minsk\nA – Début – 24 mai 2024 à 14h50 à Minsk\nTexte.\nB – Suite – 24 mai 2024 à 16h40 à Minsk\n');
    const [section] = nodesOfType(tree, 'section');
    expect(section?.children.map((c) => c.type)).toEqual(['heading', 'subsection', 'subsection']);
    expect(nodesOfType(tree, 'subsection').map((s) => [s.letter, s.title, s.when?.time])).toEqual([
      ['A', 'Début', '14:50'],
      ['B', 'Suite', '16:40'],
    ]);
  });

  it('reads a subsection letter marked by a dash, a parenthesis or a slash (`A –`, `C)`, `B/`)', () => {
    const { tree } = parse('1°/Titre – 24 mai 2024 à 17h15 à Minsk\nA – Un – 24 mai 2024 à 14h50 à Minsk\nB/ Deux – 24 mai 2024 à 15h50 à Minsk\nC)Trois – 24 mai 2024 à 16h50 à Minsk\nD- Quatre – 24 mai 2024 à 17h50 à Minsk\n');
    expect(nodesOfType(tree, 'subsection').map((s) => [s.letter, s.title])).toEqual([['A', 'Un'], ['B', 'Deux'], ['C', 'Trois'], ['D', 'Quatre']]);
    // A letter and a period may be a name's initial: no subsection.
    expect(nodesOfType(parse('1°/Titre – 24 mai 2024 à 17h15 à Minsk\nV. Poutine arrive – 24 mai 2024 à 14h50 à Minsk\n').tree, 'subsection')).toEqual([]);
  });

  it('puts the heading line in a heading leaf, first child of its section', () => {
    const [section] = nodesOfType(parse('1°/Titre – 24 mai 2024 à 17h15 à Minsk\nTexte.').tree, 'section');
    expect(section?.children[0]).toMatchObject({ type: 'heading', value: '1°/Titre – 24 mai 2024 à 17h15 à Minsk' });
  });
});

describe('numbers too long to be counts', () => {
  it('reads a heading or a counter with more than six digits as text', () => {
    const { tree } = parse('23100010010100010°/\n12345678/9\n');
    expect(nodesOfType(tree, 'section')).toEqual([]);
    expect(nodesOfType(tree, 'photoCounter')).toEqual([]);
    expect(nodesOfType(tree, 'paragraph')).toHaveLength(2);
  });
});

describe('the family’s numbering and timestamp variants', () => {
  it('reads `  1.` entries (indented), with English dates and colon times, and `1/` sections (sansapriori 2020)', () => {
    const text = [
      '  1. Instruction au Premier ministre – April 28, 2020 – 19:10',
      '',
      '  2. Rencontre avec des membres du Conseil de sécurité April 29, 2020 – 17:50',
      '',
      '  3. Décret exécutif 30 avril 2020 19:50',
      '',
      '1/Instruction au Premier ministre – 19:10',
      'Texte.',
      '2/Rencontre avec des membres du Conseil de sécurité 17:50 ',
      'Texte.',
    ].join('\n');
    const { tree } = parse(text);
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.number, e.title, e.when?.date, e.when?.time])).toEqual([
      [1, 'Instruction au Premier ministre', '2020-04-28', '19:10'],
      [2, 'Rencontre avec des membres du Conseil de sécurité', '2020-04-29', '17:50'],
      [3, 'Décret exécutif', '2020-04-30', '19:50'],
    ]);
    // The sections give a time only: their date is in the table of contents.
    expect(nodesOfType(tree, 'section').map((s) => [s.number, s.title, s.when?.time, s.when?.date, s.when?.precision])).toEqual([
      [1, 'Instruction au Premier ministre', '19:10', undefined, 'time'],
      [2, 'Rencontre avec des membres du Conseil de sécurité', '17:50', undefined, 'time'],
    ]);
  });

  it('reads unnumbered entries after `-` bullet lines, times after a hyphen (sansapriori 2021)', () => {
    const text = [
      '-',
      'Condoléances pour la mort tragique d’Evgueni Zinichev 8 septembre 2021- 13h30',
      '-',
      'Réunion du comité d’organisation 9 septembre 2021 – 14H55',
      '1/Condoléances pour la mort tragique d’Evgueni Zinichev 8 septembre 2021- 13h30',
      'Texte.',
    ].join('\n');
    const { tree, diagnostics } = parse(text);
    expect(tree.kind).toBe('dossier');
    const entries = nodesOfType(tree, 'tocEntry');
    expect(entries.map((e) => [e.number, e.title, e.when?.date, e.when?.time, e.position.start.line])).toEqual([
      [undefined, 'Condoléances pour la mort tragique d’Evgueni Zinichev', '2021-09-08', '13:30', 1],
      [undefined, 'Réunion du comité d’organisation', '2021-09-09', '14:55', 3],
    ]);
    expect(nodesOfType(tree, 'section').map((s) => [s.number, s.when?.time, s.when?.place])).toEqual([[1, '13:30', undefined]]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps a numbered list line that ends in no timestamp as text (`  1. Le Premier ministre Mikhail Mishustin,`)', () => {
    const { tree } = parse('1°/Titre – 23 mai 2024 à 23h30 à Minsk\nTexte.\n  1. Le Premier ministre Mikhail Mishustin,\n  2. la présidente du Conseil,');
    expect(nodesOfType(tree, 'section')).toHaveLength(1);
    expect(nodesOfType(tree, 'tocEntry')).toEqual([]);
  });

  it('reads unnumbered entries whose bullet opens the line (`- Sommet des BRICS – 9 septembre 2021 – 15h45`)', () => {
    const text = [
      'Dossier BRICS',
      '',
      '- Sommet des BRICS – 9 septembre 2021 – 15h45',
      '• Entretien avec M. Modi – 10 septembre 2021 – 11:00',
      '',
      '1/ Sommet des BRICS – 9 septembre 2021 – 15h45',
      'Texte.',
    ].join('\n');
    const { tree } = parse(text);
    expect(tree.kind).toBe('dossier');
    expect(nodesOfType(tree, 'tocEntry').map((e) => [e.number, e.title, e.when?.date, e.when?.time, e.position.start.line, e.position.start.column])).toEqual([
      [undefined, 'Sommet des BRICS', '2021-09-09', '15:45', 3, 1],
      [undefined, 'Entretien avec M. Modi', '2021-09-10', '11:00', 4, 1],
    ]);
    expect(nodesOfType(tree, 'listItem')).toEqual([]);
  });

  it('keeps one list item that reads as an entry, outside a table of contents, a list item', () => {
    const { tree } = parse(`Le président a tenu ces réunions au cours de la semaine passée :\n- Sommet des BRICS – 9 septembre 2021 – 15h45\n`);
    expect(nodesOfType(tree, 'tocEntry')).toEqual([]);
    expect(nodesOfType(tree, 'listItem').map((i) => [i.marker, i.value])).toEqual([['-', 'Sommet des BRICS – 9 septembre 2021 – 15h45']]);
  });

  it('keeps an unnumbered timestamped line outside a table of contents as a paragraph', () => {
    const { tree } = parse('1°/Titre – 23 mai 2024 à 23h30 à Minsk\nSommet des BRICS – 9 septembre 2021 – 15h45\n');
    expect(nodesOfType(tree, 'paragraph').map((p) => p.value)).toEqual(['Sommet des BRICS – 9 septembre 2021 – 15h45']);
  });
});

describe('more timestamp and numbering forms', () => {
  const when = (line: string) => nodesOfType(parse(`${line}\nTexte.`).tree, 'section')[0]?.when;

  it.each([
    ['1°/Titre – 23 mai 2024 à 23h à Minsk', '2024-05-23', '23:00', 'Minsk'],
    ['1°/Titre – 1 er mai 2024 à 10h30 à Moscou', '2024-05-01', '10:30', 'Moscou'],
    ['1°/Titre – 1ᵉʳ mai 2024 à 10h30 à Moscou', '2024-05-01', '10:30', 'Moscou'],
    ['1°/Titre – 24 May 2024, 14:10, Minsk', '2024-05-24', '14:10', 'Minsk'],
    ['1 - Titre - 23 mai 2024 - 14h30 - Minsk', '2024-05-23', '14:30', 'Minsk'],
  ])('reads `%s`', (line, date, time, place) => {
    const read = when(line);
    expect([read?.date, read?.time, read?.place]).toEqual([date, time, place]);
  });

  it('reads a header whose country is in small letters only with a dossier number of three digits or more', () => {
    expect(parse('6125 – Russie – V.Poutine à Minsk – 24.05.24 –\nTexte.').tree.children[0]?.type).toBe('header');
    expect(parse('12 – Russie – texte\nTexte.').tree.children[0]?.type).toBe('paragraph');
  });
});

describe('bullet lines before unnumbered entries', () => {
  it.each([
    ['a hyphen', '-'],
    ['an en dash', '–'],
    ['a MINUS SIGN', '\u2212'],
    ['a bullet sign', '•'],
  ])('take %s, and stand first after a BOM', (_, bullet) => {
    const text = `\uFEFF${bullet}\nSommet des BRICS – 9 septembre 2021 – 15h45\n${bullet}\nPourparlers – 9 septembre 2021 – 18h15\n`;
    const { tree } = parse(text);
    expect(tree.kind).toBe('dossier');
    expect(nodesOfType(tree, 'tocEntry').map((e) => e.when?.time)).toEqual(['15:45', '18:15']);
  });
});
