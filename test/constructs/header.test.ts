import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

describe('header', () => {
  it('reads number, country, title and date, NO-BREAK SPACE before the last dash', () => {
    const { tree } = parse('6125 – RUSSIE – V.Poutine à Minsk – 24.05.24\u00A0–\n');
    expect(nodesOfType(tree, 'header')[0]).toMatchObject({
      number: '6125', country: 'RUSSIE', title: 'V.Poutine à Minsk', date: { date: '2024-05-24', precision: 'day' },
    });
    expect(tree.kind).toBe('dossier');
  });

  it('reads hyphens for en dashes and a four-digit year', () => {
    const [h] = nodesOfType(parse('7001 - BIELORUSSIE - Visite - 01.08.2025\n').tree, 'header');
    expect(h).toMatchObject({ country: 'BIELORUSSIE', title: 'Visite', date: { date: '2025-08-01' } });
  });

  it('reads a date in words or the ISO way, and a number after `N°`', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\n`).tree, 'header')[0];
    expect(header('6125 – RUSSIE – V.Poutine à Minsk – 24 mai 2024 –')).toMatchObject({ title: 'V.Poutine à Minsk', date: { raw: '24 mai 2024', date: '2024-05-24' } });
    expect(header('6125 – RUSSIE – V.Poutine à Minsk – 2024-05-24')).toMatchObject({ title: 'V.Poutine à Minsk', date: { date: '2024-05-24' } });
    expect(header('N°6125 – RUSSIE – V.Poutine à Minsk – 24.05.24 –')).toMatchObject({ number: '6125', country: 'RUSSIE', title: 'V.Poutine à Minsk' });
    expect(header('n° 6125 – RUSSIE – Visite – 24.05.24 –')).toMatchObject({ number: '6125', title: 'Visite' });
    // A date inside the title is the title's (sansapriori 3763: `Du 28 au 30 Avril 2020, avec …`).
    expect(header('3763 – Kremlin – Du 28 au 30 Avril 2020, avec le Premier ministre – Avec des membres')?.date).toBeUndefined();
  });

  it('reads the event’s whole timestamp closing a header after its country slot, as its date (a dossier of one event)', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\nTexte.`).tree, 'header')[0];
    expect(header('4325 – Kremlin – Rencontre avec les membres du gouvernement – 13 mai 2021 – 15h50')).toMatchObject({
      number: '4325', country: 'Kremlin', title: 'Rencontre avec les membres du gouvernement',
      date: { raw: '13 mai 2021 – 15h50', date: '2021-05-13', time: '15:50', precision: 'minute' },
    });
    expect(header('4325 – RUSSIE – Visite – 13 mai 2021 à 15h50 à Minsk –')).toMatchObject({ title: 'Visite', date: { date: '2021-05-13', time: '15:50' } });
    // A timestamp inside the title stays the title's.
    expect(header('4325 – Kremlin – Rencontre du 13 mai 2021 – 15h50 avec les membres du gouvernement')).toMatchObject({ title: 'Rencontre du 13 mai 2021 – 15h50 avec les membres du gouvernement' });
  });

  it('reads a place after the date, and a closing dash doubled where an emptied field stood (sansapriori 6839)', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\n`).tree, 'header')[0];
    expect(header('6839 – RUSSIE – V.Poutine entre le 22 et le 27 Avril 25… – 27.04.25 – Kremlin Moscou – –')).toMatchObject({
      title: 'V.Poutine entre le 22 et le 27 Avril 25…', date: { raw: '27.04.25 – Kremlin Moscou', date: '2025-04-27', place: 'Kremlin Moscou' },
    });
    expect(header('6125 – RUSSIE – V.Poutine à Minsk – 24.05.24 – –')).toMatchObject({ title: 'V.Poutine à Minsk', date: { raw: '24.05.24', date: '2024-05-24' } });
  });

  it('reads the country slot’s word before a title that opens with the period covered, or after two periods (sansapriori 2021–2023)', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\n`).tree, 'header')[0];
    expect(header('4184 – Kremlin du 25 au 27.01.2021 – Journée des Étudiants et Dialogues avec V.Poutine')).toMatchObject({ country: 'Kremlin', title: 'du 25 au 27.01.2021 – Journée des Étudiants et Dialogues avec V.Poutine' });
    expect(header('5815 – Russie.. V.Poutine écrit, téléphone, tient réunions')).toMatchObject({ country: 'Russie', title: 'V.Poutine écrit, téléphone, tient réunions' });
    // A title of capitalized words and no period covered has no country slot.
    expect(header('4302 – Grand entretien avec Sergueï Lavrov 28.04.2021 par Dmitry Kiselev')?.country).toBeUndefined();
  });

  it('reads a date after a comma as the header’s date, as the ministry’s pages date theirs', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\nTexte.`).tree, 'header')[0];
    expect(header('3792 – Allocution et réponses de Sergueï Lavrov en visioconférence, Moscou, 12 mai 2020')).toMatchObject({
      number: '3792', title: 'Allocution et réponses de Sergueï Lavrov en visioconférence, Moscou', date: { raw: '12 mai 2020', date: '2020-05-12' },
    });
    expect(header('6125 – RUSSIE – V.Poutine à Minsk, 24 mai 2024')).toMatchObject({ country: 'RUSSIE', title: 'V.Poutine à Minsk', date: { date: '2024-05-24' } });
    // A comma before words, or a date that does not end the line, leaves the title whole.
    expect(header('3792 – Allocution de Sergueï Lavrov, 12 mai 2020 à la presse')).toMatchObject({ title: 'Allocution de Sergueï Lavrov, 12 mai 2020 à la presse' });
    expect(header('3792 – Allocution de Sergueï Lavrov, 12 mai 2020 à la presse')?.date).toBeUndefined();
  });

  it('reads a header without a country slot when the event’s timestamp closes it (sansapriori 2021)', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\nTexte.`).tree, 'header')[0];
    const read = header('4369 – Rencontre avec le président de la Biélorussie Alexander Lukashenko – 28 mai 2021 – 18h10 à Sochi');
    expect(read).toMatchObject({
      number: '4369',
      title: 'Rencontre avec le président de la Biélorussie Alexander Lukashenko',
      date: { date: '2021-05-28', time: '18:10', place: 'Sochi', precision: 'minute' },
    });
    expect(read).not.toHaveProperty('country');
    expect(header('4369 - Rencontre avec M. Loukachenko - 28.05.21 -')).toMatchObject({ number: '4369', date: { date: '2021-05-28' } });
    // Two digits are no dossier number; a timestamp inside the title is the title's.
    expect(header('12 – Rencontre avec M. Loukachenko – 28 mai 2021 – 18h10')).toBeUndefined();
    expect(header('4369 – Rencontre du 28 mai 2021 avec M. Loukachenko')).toMatchObject({ title: 'Rencontre du 28 mai 2021 avec M. Loukachenko' });
    expect(header('4369 – Rencontre du 28 mai 2021 avec M. Loukachenko')).not.toHaveProperty('date');
  });

  it('reads a header of a number and a capitalized title alone, a date inside the title being the title’s', () => {
    const { tree, diagnostics } = parse('4302 – Grand entretien avec Sergueï Lavrov … 28.04.2021 par Dmitry Kiselev\n\nCeci est la transcription d’un entretien.\n\nDmitry Kiselev : Nos relations sont « infernales ».');
    expect(tree.kind).toBe('dossier');
    const [header] = nodesOfType(tree, 'header');
    expect(header).toMatchObject({ number: '4302', title: 'Grand entretien avec Sergueï Lavrov … 28.04.2021 par Dmitry Kiselev' });
    expect(header).not.toHaveProperty('date');
    // One event under its header: its text is the body, not stray text.
    expect(diagnostics).toEqual([]);
    // A title in small letters, or a number of two digits, makes no header.
    expect(nodesOfType(parse('4302 – ceci est du texte\nTexte.').tree, 'header')).toEqual([]);
    expect(nodesOfType(parse('12 – Grand entretien\nTexte.').tree, 'header')).toEqual([]);
  });

  it('reads a country slot naming two countries: `RUSSIE / CHINE`, `RUSSIE-BIÉLORUSSIE`', () => {
    const header = (line: string) => nodesOfType(parse(`${line}\n`).tree, 'header')[0];
    expect(header('6402 – RUSSIE / CHINE – V.Poutine reçoit Xi Jinping – 08.05.25 –')).toMatchObject({ country: 'RUSSIE / CHINE', title: 'V.Poutine reçoit Xi Jinping' });
    expect(header('6402 – RUSSIE/CHINE – Visite – 08.05.25 –')).toMatchObject({ country: 'RUSSIE/CHINE', title: 'Visite' });
    expect(header('6403 – RUSSIE-BIÉLORUSSIE – Visite – 08.05.25 –')).toMatchObject({ country: 'RUSSIE-BIÉLORUSSIE' });
  });

  it('reads a ZERO WIDTH SPACE glued to the country as part of it, one after a space as part of the space (issue 12)', () => {
    // The grammar's `Sp`: invisibles after a space belong to its run.
    const [h] = nodesOfType(parse('6125 – \u200BRUSSIE\u200B – Visite – 24.05.24 –\n').tree, 'header');
    expect(h).toMatchObject({ number: '6125', country: 'RUSSIE\u200B', title: 'Visite', date: { date: '2024-05-24' } });
    // Between a space and the dash (` \u200B– `): still the header's separator.
    const [g] = nodesOfType(parse('6125 \u200B– RUSSIE \u200B– Visite \u200B– 24.05.24 –\n').tree, 'header');
    expect(g).toMatchObject({ number: '6125', country: 'RUSSIE', title: 'Visite', date: { date: '2024-05-24' } });
  });

  it('is optional', () => {
    expect(nodesOfType(parse('\n1°/Titre – 24 mai 2024 à 17h15 à Minsk\nTexte.').tree, 'header')).toEqual([]);
  });
});

describe('malformed header', () => {
  it('reports a first line that starts like a header but is not one, and keeps its text', () => {
    const { tree, diagnostics } = parse('6125 – RUSSIE –\n1°/Titre – 24 mai 2024 à 17h15 à Minsk\nTexte.');
    expect(nodesOfType(tree, 'header')).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.position.start.line])).toEqual([
      ['MALFORMED_HEADER', 'warning', 1],
    ]);
    expect(nodesOfType(tree, 'paragraph')[0]?.value).toBe('6125 – RUSSIE –');
  });

  it('reads a header without a date, its country slot naming the institution (sansapriori 3763)', () => {
    const { tree, diagnostics } = parse('3763 – Kremlin – Du 28 au 30 Avril 2020, avec le Premier ministre – La Réunion sur les questions économiques\n1°/Titre – 24 mai 2024 à 17h15 à Minsk\nTexte.');
    const [header] = nodesOfType(tree, 'header');
    expect(header).toMatchObject({ number: '3763', country: 'Kremlin', title: 'Du 28 au 30 Avril 2020, avec le Premier ministre – La Réunion sur les questions économiques' });
    expect(header?.date).toBeUndefined();
    expect(tree.when).toBeUndefined();
    expect(diagnostics).toEqual([]);
  });

  it('reads a malformed header in NFD as in NFC (a capital with a combining accent)', () => {
    // `ÉR` then a CR: the first line is cut short, and its capitals carry a mark in NFD.
    const text = '6125 –ÉR\rUSSIE – V.Poutine – 24.05.24 –\n1°/Titre – 24 mai 2024 à 17h15 à Minsk\nTexte.';
    for (const form of ['NFC', 'NFD'] as const) {
      expect(parse(text.normalize(form)).diagnostics.map((d) => [d.code, d.severity, d.position.start.line]), form).toEqual([
        ['MALFORMED_HEADER', 'warning', 1],
        ['UNRECOGNIZED_LINE', 'info', 2], // `USSIE – …`, after the CR
      ]);
    }
  });
});

describe('header start through invisibles (issue 12)', () => {
  it('a first line that starts like a header reads alike with a ZERO WIDTH SPACE after the dash', () => {
    const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);
    expect(codes('6125 – RU\rSSIE – Visite –\nTexte.')).toContain('MALFORMED_HEADER');
    expect(codes('6125 – \u200BRU\rSSIE – Visite –\nTexte.')).toEqual(codes('6125 – RU\rSSIE – Visite –\nTexte.'));
  });
});
