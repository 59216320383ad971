import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const datelines = (text: string) => nodesOfType(parse(text).tree, 'dateline').map((d) => d.when);

describe('dateline', () => {
  it('reads `23 mai 2024 à 23h30 à Minsk`', () => {
    expect(datelines('23 mai 2024 à 23h30 à Minsk')).toEqual([{
      raw: '23 mai 2024 à 23h30 à Minsk', year: 2024, month: 5, day: 23, date: '2024-05-23', time: '23:30',
      place: 'Minsk', timeZone: 'Europe/Minsk', instant: '2024-05-23T23:30:00+03:00', precision: 'minute',
    }]);
  });

  it('reads a time written with any colon of the lexicon: `19:10`, `19：10` (FULLWIDTH COLON), `19 : 10`', () => {
    for (const time of ['19:10', '19\uFF1A10', '19 : 10']) {
      expect(datelines(`24 mai 2024 à ${time} à Minsk`)[0]?.time, time).toBe('19:10');
    }
    // A time that the place's test cannot follow makes no dateline, whatever its colon (fuzz, fullwidthColon).
    expect(datelines('24 mai 2024 à 17 :15<…>à Minsk')).toEqual(datelines('24 mai 2024 à 17 \uFF1A15<…>à Minsk'));
  });

  it('reads a time of day in words after `à` or `at` (`à midi`, `à minuit`, `at noon`: the lexicon’s clockWords)', () => {
    expect(datelines('23 mai 2024 à midi, Minsk')).toEqual([{
      raw: '23 mai 2024 à midi, Minsk', year: 2024, month: 5, day: 23, date: '2024-05-23', time: '12:00',
      place: 'Minsk', timeZone: 'Europe/Minsk', instant: '2024-05-23T12:00:00+03:00', precision: 'minute',
    }]);
    expect(datelines('31 décembre 2023 à Minuit')[0]).toMatchObject({ date: '2023-12-31', time: '00:00', precision: 'minute' });
    expect(datelines('May 9, 2024, at noon')[0]).toMatchObject({ date: '2024-05-09', time: '12:00' });
    expect(datelines('May 9, 2024 at midnight, Moscow')[0]).toMatchObject({ time: '00:00', place: 'Moscow', instant: '2024-05-09T00:00:00+03:00' });
    // A whole word only: a place that opens with one is a place.
    expect(datelines('23 mai 2024 à Midi-Pyrénées')[0]).toMatchObject({ place: 'Midi-Pyrénées', precision: 'day' });
    expect(datelines('23 mai 2024 à Midi-Pyrénées')[0]?.time).toBeUndefined();
  });

  it('reads the time first, a dash and a place written `Venue, City` (`17:50 – Novo-Ogaryovo, Moscow Region`), as dossiers copy the Kremlin’s line', () => {
    expect(datelines('17:50 – Novo-Ogaryovo, Moscow Region')).toEqual([{
      raw: '17:50 – Novo-Ogaryovo, Moscow Region', time: '17:50', place: 'Novo-Ogaryovo, Moscow Region', timeZone: 'Europe/Moscow', precision: 'time',
    }]);
    expect(datelines('14h40 - The Kremlin, Moscow')[0]).toMatchObject({ time: '14:40', place: 'The Kremlin, Moscow' });
    // A programme's entry is no place: one field, or a comma before small letters.
    for (const line of ['10:30 – Arrivée des délégations', '10:30 – Arrivée des délégations, puis discours', '17:50 Novo-Ogaryovo, Moscow Region is far']) {
      expect(datelines(line), line).toEqual([]);
    }
  });

  it('reads an English ordinal day before the month (`12th June 2015`, `1st May 2015`, `22nd February 2022, Moscow`)', () => {
    expect(datelines('12th June 2015')).toEqual([{ raw: '12th June 2015', year: 2015, month: 6, day: 12, date: '2015-06-12', precision: 'day' }]);
    expect(datelines('1st May 2015')[0]).toMatchObject({ date: '2015-05-01' });
    expect(datelines('3rd March 2020 à 14h00')[0]).toMatchObject({ date: '2020-03-03', time: '14:00' });
    expect(datelines('22nd February 2022, Moscow')[0]).toMatchObject({ date: '2022-02-22', place: 'Moscow' });
    // The ordinal closes the day: a word after the number is no month.
    for (const line of ['12th Street 2015', '12thJune 2015']) expect(datelines(line), line).toEqual([]);
  });

  it('reads an ISO date (`2023-07-23`, `2022/11/01`), as news pages print their date, with a time and a place after it', () => {
    expect(datelines('2023-07-23')).toEqual([{ raw: '2023-07-23', year: 2023, month: 7, day: 23, date: '2023-07-23', precision: 'day' }]);
    expect(datelines('2023-07-23 – 14h05 – Moscou')[0]).toMatchObject({ date: '2023-07-23', time: '14:05', place: 'Moscou', instant: '2023-07-23T14:05:00+03:00' });
    // Slashes too, year first (`2022/11/01`, as Chinese sites print a date), the same separator twice.
    expect(datelines('2022/11/01')).toEqual([{ raw: '2022/11/01', year: 2022, month: 11, day: 1, date: '2022-11-01', precision: 'day' }]);
    // Two-digit month and day only; no digit after the day.
    for (const line of ['2023/07-23', '2023-07/23', '2023-7-23', '2023-07-234', '12023-07-23']) expect(datelines(line), line).toEqual([]);
  });

  it('reads a day, a month abbreviated without its period and a year (`4 Feb 2021`, `12 Mar 2024, Moscow`), as agencies stamp their dispatches', () => {
    expect(datelines('4 Feb 2021')).toEqual([{ raw: '4 Feb 2021', year: 2021, month: 2, day: 4, date: '2021-02-04', precision: 'day' }]);
    expect(datelines('12 Mar 2024, Moscow')[0]).toMatchObject({ date: '2024-03-12', place: 'Moscow' });
    expect(datelines('1 jun 2019')[0]).toMatchObject({ date: '2019-06-01' });
    // It was a photo caption numbered 4; a number before a word that is no month still is one.
    expect(nodesOfType(parse('Titre de la page\n\n4 Feb 2021\n\nLe texte de la page suit ici.').tree, 'caption')).toEqual([]);
    expect(datelines('12 sept ans plus tard, il est revenu.')).toEqual([]);
  });

  it('reads an English month abbreviated before the day, with or without its period (`Jul 23, 2023`, `Sept. 5, 2024`)', () => {
    expect(datelines('Jul 23, 2023 14:05')[0]).toMatchObject({ date: '2023-07-23', time: '14:05' });
    expect(datelines('Sept. 5, 2024 – 14:05 – Moscou')[0]).toMatchObject({ date: '2024-09-05', time: '14:05', place: 'Moscou' });
    // A word that is no month's abbreviation makes no date.
    expect(datelines('Mr. 23, 2023')).toEqual([]);
  });

  it('reads a page’s date of publication or update, its word in the raw text (`Publié le 12/10/2016`, `Mis à jour le …`, `Updated on …`)', () => {
    const read = datelines('Publié le 12/10/2016\nPubliée le 12 octobre 2016 à 10h15\nMis à jour le 13 octobre 2016\nUpdated on Thursday, May 23, 2024');
    expect(read.map((w) => [w.raw, w.date, w.time])).toEqual([
      ['Publié le 12/10/2016', '2016-10-12', undefined],
      ['Publiée le 12 octobre 2016 à 10h15', '2016-10-12', '10:15'],
      ['Mis à jour le 13 octobre 2016', '2016-10-13', undefined],
      ['Updated on Thursday, May 23, 2024', '2024-05-23', undefined],
    ]);
    // A sentence that opens with the word is no dateline.
    expect(datelines('Publié le 12 octobre 2016, le rapport a fait grand bruit.')).toEqual([]);
  });

  it('reads a stamp’s label and colon before the date (`Publication date: March 22, 2022, 14:05`, `Published: …`, `Date de publication : …`)', () => {
    const read = datelines('Publication date: March 22, 2022, 14:05\nPublished: May 24, 2024\nDate de publication : 12 mars 2024');
    expect(read.map((w) => [w.date, w.time])).toEqual([['2022-03-22', '14:05'], ['2024-05-24', undefined], ['2024-03-12', undefined]]);
  });

  it('reads a comma between a day-first date’s month and its year (`3 july, 2009 18:45`)', () => {
    expect(datelines('3 july, 2009 18:45')).toMatchObject([{ raw: '3 july, 2009 18:45', date: '2009-07-03', time: '18:45' }]);
    expect(datelines('3 juillet, 2009')).toMatchObject([{ date: '2009-07-03', precision: 'day' }]);
    // A number after the comma that is no year: a sentence, no dateline.
    expect(datelines('Le 3 juin, 2000 manifestants ont défilé dans les rues de la capitale.')).toEqual([]);
  });

  it('reads a place first, then a comma and the date (`Moscow, December 23, 2016`), as ministries and agencies open their texts', () => {
    expect(datelines('Moscow, December 23, 2016')).toMatchObject([{ raw: 'Moscow, December 23, 2016', date: '2016-12-23', place: 'Moscow' }]);
    expect(datelines('Moscou, 23 décembre 2016 à 15h30')).toMatchObject([{ date: '2016-12-23', time: '15:30', place: 'Moscou', timeZone: 'Europe/Moscow' }]);
    // A weekday is the date's, no place; words past three, or a verb, make no place.
    expect(datelines('Thursday, May 23, 2024')).toMatchObject([{ date: '2024-05-23' }]);
    expect(datelines('Thursday, May 23, 2024')[0]?.place).toBeUndefined();
    expect(datelines('La délégation est arrivée, 23 mai 2024')).toEqual([]);
  });

  it('reads a wire’s dateline: the place in capitals, maybe its country, a dash and the date (`HELSINKI, FINLAND — July 16, 2018`)', () => {
    expect(datelines('HELSINKI, FINLAND — July 16, 2018')).toEqual([{
      raw: 'HELSINKI, FINLAND — July 16, 2018', year: 2018, month: 7, day: 16, date: '2018-07-16',
      place: 'HELSINKI, FINLAND', timeZone: 'Europe/Helsinki', precision: 'day',
    }]);
    expect(datelines('BRÉGANÇON, France — 19 août 2019')[0]).toMatchObject({ date: '2019-08-19', place: 'BRÉGANÇON, France' });
    expect(datelines('MOSCOU – 12 mars 2025 à 14h30')[0]).toMatchObject({ place: 'MOSCOU', time: '14:30', instant: '2025-03-12T14:30:00+03:00' });
    // A title in small letters before a dash and a date is an entry or a heading, not a wire's place.
    expect(datelines('Sommet des BRICS – 9 septembre 2021')).toEqual([]);
  });

  it('reads no place after a dash in one word of small letters alone, an outlet’s name (`21 novembre 2024 - leparisien`)', () => {
    expect(datelines('12 mars 2025 à 21h40 – Région de Kursk')[0]).toMatchObject({ place: 'Région de Kursk' });
    expect(datelines('12 mars 2025 à 21h40 – région de Kursk')[0]).toMatchObject({ place: 'région de Kursk' });
    expect(datelines('21 novembre 2024 - leparisien')).toEqual([]);
    // A page's related videos, each a headline and `date - outlet`, leave it an article.
    const page = 'VIDEO. Poutine : ce que pensent les Russes de leur « homme fort »\nVladimir Poutine est candidat dimanche 18 mars à sa réélection à la tête de la Russie.\nAutres vidéos\nLe Kremlin salue la victoire écrasante de Poutine\n19 mars 2018 - franceinfo';
    expect(parse(page).tree.kind).toBe('article');
  });

  it('reads a date in parentheses alone on its line, after its source and a dash or alone (`(Kremlin.ru – April 25, 2013)`, `( – Sept. 18, 2019)`), as reposts write it', () => {
    expect(datelines('(Kremlin.ru – April 25, 2013)')).toEqual([{ raw: 'April 25, 2013', year: 2013, month: 4, day: 25, date: '2013-04-25', precision: 'day' }]);
    expect(datelines('( – Sept. 18, 2019)')[0]).toMatchObject({ date: '2019-09-18' });
    expect(datelines('(18 septembre 2019)')[0]).toMatchObject({ date: '2019-09-18' });
    // A dash where the scrape dropped the link and the closing parenthesis.
    expect(datelines('( – June 20, 2019 –')[0]).toMatchObject({ date: '2019-06-20' });
    const text = 'Titre du texte\n\n(Kremlin.ru – April 25, 2013)\n\nVladimir Putin met the governors at the Kremlin today.';
    const { tree } = parse(text);
    const [line] = nodesOfType(tree, 'dateline');
    expect(line ? text.slice(line.position.start.offset, line.position.end.offset) : undefined).toBe('(Kremlin.ru – April 25, 2013)');
    // A sentence in parentheses that holds a date, or a date and more, is no dateline.
    expect(datelines('(the meeting took place on April 25, 2013)')).toEqual([]);
    expect(datelines('(April 25, 2013, see below)')).toEqual([]);
  });

  it('reads `13H40`, `au` and an en-dash place', () => {
    expect(datelines('10 mars 2025 à 13H40 au Kremlin-Moscou')[0]).toMatchObject({ time: '13:40', place: 'Kremlin-Moscou', timeZone: 'Europe/Moscow' });
    expect(datelines('12 mars 2025 à 21h40 – Région de Kursk')[0]).toMatchObject({ place: 'Région de Kursk', instant: '2025-03-12T21:40:00+03:00' });
  });

  it('reads a place after `de` or `depuis` when a capital follows (`à 16h55 de Novo-Ogaryovo`, sansapriori 6923), not a span of hours', () => {
    expect(datelines('5 juin 2025 à 16h55 de Novo-Ogaryovo')[0]).toMatchObject({ time: '16:55', place: 'Novo-Ogaryovo', timeZone: 'Europe/Moscow' });
    expect(datelines('23 mai 2024 depuis Minsk')[0]).toMatchObject({ date: '2024-05-23', place: 'Minsk' });
    expect(datelines('5 juin 2025 de 10h à 12h')).toEqual([]);
    const [section] = nodesOfType(parse('2°/Réunion du Conseil – 5 juin 2025 à 16h55 de Novo-Ogaryovo\nTexte.').tree, 'section');
    expect(section).toMatchObject({ title: 'Réunion du Conseil', when: { time: '16:55', place: 'Novo-Ogaryovo' } });
  });

  it('reads a place in fields a dash joins (`à Novo-Ogaryovo – région de Moscou`, `– Place Rouge – Moscou`), each starting with a letter', () => {
    expect(datelines('19 octobre 2022 à 14H45 à Novo-Ogaryovo – région de Moscou')[0]).toMatchObject({ time: '14:45', place: 'Novo-Ogaryovo – région de Moscou', timeZone: 'Europe/Moscow' });
    expect(datelines('4 novembre 2025 à 16h30 – Place Rouge – Moscou')[0]).toMatchObject({ place: 'Place Rouge – Moscou' });
    expect(datelines('16 août 2025 à 02H05 à Anchorage – Alaska')[0]).toMatchObject({ place: 'Anchorage – Alaska', instant: '2025-08-16T02:05:00-08:00' });
    // A closing dash is no field (test/constructs/header.test.ts: `– 27.04.25 – Kremlin Moscou – –`),
    // and a later field is one capitalized word or opens with a place noun: a title's end is no place.
    expect(datelines('23 mai 2024 à 23h30 à Minsk – Suite et fin')).toEqual([]);
    expect(datelines('23 mai 2024 à 23h30 à Moscou – Première partie')).toEqual([]);
  });

  it('reads a year of two digits after a month in words (`26 juillet 23`), but not an hour nor a day before a comma and the year', () => {
    expect(datelines('26 juillet 23 à 17H00 à Saint-Pétersbourg')[0]).toMatchObject({ date: '2023-07-26', time: '17:00', place: 'Saint-Pétersbourg' });
    expect(datelines('23 mai 20h30')).toEqual([]);
    // `3` is a row's number: `July 16, 2018` is the date, and digits are no place.
    expect(datelines('3 July 16, 2018 18:35 Helsinki')).toEqual([]);
    expect(datelines('July 16, 2018 18:35 Helsinki')[0]).toMatchObject({ date: '2018-07-16', time: '18:35', place: 'Helsinki' });
  });

  it('reads `à` without its accent or glued to a numeric date’s period before a time (`08.05.25 A 20h50`, `08.05.25.à 20h30`)', () => {
    expect(datelines('08.05.25 A 20h50')[0]).toMatchObject({ date: '2025-05-08', time: '20:50' });
    expect(datelines('08.05.25.à 20h30 au Kremlin-Moscou')[0]).toMatchObject({ date: '2025-05-08', time: '20:30', place: 'Kremlin-Moscou' });
  });

  it('reads a place after a time and a space alone, `Venue, City` or one word in small letters after its capital (`21h25 Kremlin, Moscou`, `20:00 Sotchi`), not after a date alone', () => {
    expect(datelines('7 mai 2025 21h25 Kremlin, Moscou')[0]).toMatchObject({ time: '21:25', place: 'Kremlin, Moscou', timeZone: 'Europe/Moscow' });
    expect(datelines('7 mai 2025 Kremlin, Moscou')).toEqual([]);
    expect(datelines('7 novembre 2024 20:00 Sotchi')[0]).toMatchObject({ time: '20:00', place: 'Sotchi' });
    // An invisible inside that word is part of it (fuzz, invisibles).
    expect(datelines('7 novembre 2024 20:00 Sot\u00ADchi')[0]).toMatchObject({ time: '20:00', place: 'Sot\u00ADchi' });
    expect(datelines('7 novembre 2024 20:00 S\u200Botchi')[0]).toMatchObject({ time: '20:00', place: 'S\u200Botchi' });
    // Capitals alone, or words without a comma, are no place there: a zone, a meridiem, an agency, a byline.
    for (const line of ['23 mai 2024 14h30 GMT', '23 mai 2024 10:30 AM', '23 mai 2024 14:30 AFP', 'Publié le 23 mai 2024 à 14h30 Par Jean Dupont']) expect(datelines(line), line).toEqual([]);
  });

  it('reads a date opened by `le` or a weekday, which stay in its raw text', () => {
    expect(datelines('Le 23 mai 2024 à 23h30 à Minsk')[0]).toMatchObject({ raw: 'Le 23 mai 2024 à 23h30 à Minsk', date: '2024-05-23', time: '23:30', place: 'Minsk' });
    expect(datelines('jeudi 23 mai 2024 à 23h30, Minsk')[0]).toMatchObject({ date: '2024-05-23', place: 'Minsk' });
    expect(datelines('le jeudi 23 mai 2024')[0]).toMatchObject({ raw: 'le jeudi 23 mai 2024', date: '2024-05-23' });
    expect(datelines('Thursday, May 23, 2024')[0]).toMatchObject({ date: '2024-05-23' });
  });

  it('reads no sentence that opens with a date as a dateline with a place', () => {
    // A place is a few words with no verb: these are the rest of a sentence.
    expect(datelines('23 mai 2024, Vladimir Poutine a rencontré son homologue à Minsk.')).toEqual([]);
    expect(datelines('Le 23 mai 2024, Poutine arrive à Minsk.')).toEqual([]);
    expect(datelines('23 mai 2024 à Minsk, le président russe et son homologue se sont entretenus longuement.')).toEqual([]);
    expect(datelines('May 24, 2024, Novo-Ogaryovo, Moscow Region')[0]).toMatchObject({ place: 'Novo-Ogaryovo, Moscow Region' });
    expect(datelines('23 mai 2024 à Minsk.')[0]).toMatchObject({ place: 'Minsk.' });
  });

  it('reads a month through an invisible format character', () => {
    for (const mark of ['\u00AD', '\u200C', '\u200D', '\u2060']) {
      expect(datelines(`23 sep${mark}tembre 2024 à 14h00 à Minsk`)[0], JSON.stringify(mark)).toMatchObject({ instant: '2024-09-23T14:00:00+03:00' });
    }
  });

  it('reads a ZERO WIDTH SPACE glued to a date\'s word as part of the word, one after a space as part of the space (issue 12)', () => {
    // The grammar's `Sp`: invisibles after a space belong to its run, so the place is `Minsk`.
    expect(datelines('23 \u200Bmai\u200B 2024 à 23h30 à \u200BMinsk')[0]).toMatchObject({
      date: '2024-05-23', time: '23:30', place: 'Minsk', instant: '2024-05-23T23:30:00+03:00',
    });
    // Before a number, which no word takes (`mai \u200B2024`, `à \u200B23h30`).
    expect(datelines('23 mai \u200B2024 \u200Bà \u200B23h30 \u200Bà \u200BMinsk')[0]).toMatchObject({
      date: '2024-05-23', time: '23:30', place: 'Minsk', instant: '2024-05-23T23:30:00+03:00',
    });
    expect(datelines('23 sep\u200Btembre 2024')[0]).toMatchObject({ date: '2024-09-23' });
  });

  it('reads the date keywords in any case: `À 23h30 À Minsk`, `23 MAI 2024`, `JEUDI` (issue 12)', () => {
    // The time stays a time and the place is `Minsk`, not `23h30 À Minsk`.
    expect(datelines('23 mai 2024 À 23h30 À Minsk')[0]).toMatchObject({ time: '23:30', place: 'Minsk', instant: '2024-05-23T23:30:00+03:00' });
    expect(datelines('JEUDI 23 MAI 2024 À 23H30 À Minsk')[0]).toMatchObject({ raw: 'JEUDI 23 MAI 2024 À 23H30 À Minsk', date: '2024-05-23', time: '23:30', place: 'Minsk' });
    expect(datelines('23 Mai 2024')[0]).toMatchObject({ date: '2024-05-23' });
    expect(datelines('May 23, 2024')).toEqual(datelines('MAY 23, 2024').map((w) => ({ ...w, raw: 'May 23, 2024' })));
  });

  it('reads the issue 12 variants of a time and a day: `à 23h`, `1 er mai`, `1ᵉʳ mai`', () => {
    expect(datelines('23 mai 2024 à 23h à Minsk')[0]).toMatchObject({ time: '23:00', place: 'Minsk', instant: '2024-05-23T23:00:00+03:00' });
    expect(datelines('1 er mai 2024')[0]).toMatchObject({ date: '2024-05-01' });
    expect(datelines('1ᵉʳ mai 2024')[0]).toMatchObject({ date: '2024-05-01' });
  });

  it('reads a time glued to a four-digit year (the Foreign Ministry’s stamp `19 juin 202016:40`), only a clock with a colon', () => {
    expect(datelines('19 juin 202016:40').map((w) => [w.date, w.time])).toEqual([['2020-06-19', '16:40']]);
    expect(datelines('14 May 201713:21').map((w) => [w.date, w.time])).toEqual([['2017-05-14', '13:21']]);
    // No colon, or a number run on past the year: no date.
    expect(datelines('19 juin 202016h40')).toEqual([]);
    expect(datelines('19 juin 2020164:40')).toEqual([]);
  });

  it('reads the time first, then the date alone (a live blog’s entry stamp: `14:30 19.12.2019`)', () => {
    expect(datelines('14:30 19.12.2019').map((w) => [w.raw, w.date, w.time])).toEqual([['14:30 19.12.2019', '2019-12-19', '14:30']]);
    expect(datelines('13:00 23 décembre 2016').map((w) => [w.date, w.time])).toEqual([['2016-12-23', '13:00']]);
    // Words after the date: a programme's entry, no stamp.
    expect(datelines('10:30 24 mai 2024 Arrivée des délégations')).toEqual([]);
  });

  it('reads a place after a comma and `à`, and a colon ending the line outside the place (`…, 15h00, à Valaam en Russie:`)', () => {
    expect(datelines('Le 1er août 2025, 15h00, à Valaam en Russie:').map((w) => [w.raw, w.time, w.place])).toEqual([
      ['Le 1er août 2025, 15h00, à Valaam en Russie', '15:00', 'Valaam en Russie'],
    ]);
    expect(datelines('23 mai 2024, au Kremlin').map((w) => w.place)).toEqual(['Kremlin']);
    // A colon inside the line is no dateline's end.
    expect(datelines('23 mai 2024 à Minsk : la visite commence')).toEqual([]);
  });

  it('reads an ISO date with `T`, its clock and an offset from UTC (a page’s machine timestamp: `2023-04-06T11:47+0000`)', () => {
    expect(datelines('2023-04-06T11:47+0000').map((w) => [w.raw, w.date, w.time])).toEqual([['2023-04-06T11:47+0000', '2023-04-06', '11:47']]);
    expect(datelines('2023-11-23T13:15+01:00').map((w) => w.time)).toEqual(['13:15']);
    expect(datelines('2024-01-01T10:00Z').map((w) => w.time)).toEqual(['10:00']);
    // Digits run on past the offset: no timestamp.
    expect(datelines('2023-04-06T11:47+00001')).toEqual([]);
  });

  it('reads Russian months in the genitive and their abbreviations (`20 декабря 2018`, `Ноя 03, 2017`)', () => {
    expect(datelines('20 декабря 2018\nНоя 03, 2017\n1 мая 2024').map((w) => w.date)).toEqual(['2018-12-20', '2017-11-03', '2024-05-01']);
  });

  it('reads `1er août 2025` without a time', () => {
    expect(datelines('1er août 2025')[0]).toEqual({ raw: '1er août 2025', year: 2025, month: 8, day: 1, date: '2025-08-01', precision: 'day' });
  });

  it('reads a place in another zone: Pékin', () => {
    expect(datelines('16 mai 2024 à 10h00 à Pékin')[0]?.instant).toBe('2024-05-16T10:00:00+08:00');
  });

  it('reports an impossible date and gives no instant', () => {
    const { tree, diagnostics } = parse('31 février 2025 à 10h00 à Moscou');
    const [d] = nodesOfType(tree, 'dateline');
    expect(d?.when.date).toBeUndefined();
    expect(d?.when.instant).toBeUndefined();
    // A dateline alone is no dossier: UNKNOWN_DOCUMENT_KIND is reported too.
    expect(diagnostics.map((x) => x.code).sort()).toEqual(['INVALID_DATE', 'UNKNOWN_DOCUMENT_KIND']);
  });

  it('reports a place with no known zone', () => {
    const { tree, diagnostics } = parse('3 mai 2024 à 10h00 à Tombouctou');
    expect(nodesOfType(tree, 'dateline')[0]?.when).toMatchObject({ place: 'Tombouctou', date: '2024-05-03', time: '10:00' });
    expect(nodesOfType(tree, 'dateline')[0]?.when.instant).toBeUndefined();
    expect(diagnostics.map((x) => [x.code, x.severity]).sort()).toEqual([['UNKNOWN_DOCUMENT_KIND', 'info'], ['UNKNOWN_TIME_ZONE', 'info']]);
  });
});

describe('dateline variants of the family', () => {
  const when = (text: string) => nodesOfType(parse(`1°/Titre – 1 mai 2024\n${text}\nTexte.`).tree, 'dateline')[0]?.when;

  it.each([
    ['8 septembre 2021 – 13h30', '2021-09-08', '13:30', undefined],
    ['8 septembre 2021- 13h30', '2021-09-08', '13:30', undefined],
    ['30 avril 2020 19:50', '2020-04-30', '19:50', undefined],
    ['May 23, 2024, Minsk', '2024-05-23', undefined, 'Minsk'],
    ['October 19, 2023, Perm', '2023-10-19', undefined, 'Perm'],
    ['April 28, 2020 – 19:10', '2020-04-28', '19:10', undefined],
    ['12 mars 2025 À 21h40 au Kremlin', '2025-03-12', '21:40', 'Kremlin'],
  ])('reads `%s`', (line, date, time, place) => {
    const read = when(line);
    expect([read?.date, read?.time, read?.place]).toEqual([date, time, place]);
  });

  it('joins date, time and place written on three lines (the Kremlin’s event page) into one dateline, then its gallery captions', () => {
    const text = ['Wreath-laying ceremony', '', 'Vladimir Putin laid a wreath at the Victory Monument in Minsk.', '', 'May 24, 2024', '14:10', 'Minsk', 'Ahead of the ceremony.', 'Victory Monument in Minsk.', '', 'Built by architects, the monument stands on Victory Square.'].join('\n');
    const { tree } = parse(text);
    expect(tree.kind).toBe('dossier');
    const [dateline] = nodesOfType(tree, 'dateline');
    expect(dateline?.when).toMatchObject({ date: '2024-05-24', time: '14:10', place: 'Minsk', instant: '2024-05-24T14:10:00+03:00' });
    expect([dateline?.position.start.line, dateline?.position.end.line]).toEqual([5, 7]);
    expect(nodesOfType(tree, 'caption').map((c) => [c.position.start.line, c.text])).toEqual([
      [8, 'Ahead of the ceremony.'],
      [9, 'Victory Monument in Minsk.'],
    ]);
    expect(nodesOfType(tree, 'paragraph').map((p) => p.position.start.line)).toEqual([1, 3, 11]);
  });

  it('joins a date written month first and its place alone after a blank line (the Kremlin’s archive pages) into one dateline', () => {
    const text = 'Press Conference following Russian-U.S. Talks\n\nApril 6, 2008\n\nBocharov Ruchei Residence, Sochi\n\nPresident Putin: Good afternoon, ladies and gentlemen.';
    const { tree } = parse(text);
    expect(tree.kind).toBe('dossier');
    const [dateline] = nodesOfType(tree, 'dateline');
    expect(dateline?.when).toMatchObject({ raw: 'April 6, 2008\n\nBocharov Ruchei Residence, Sochi', date: '2008-04-06', place: 'Bocharov Ruchei Residence, Sochi', timeZone: 'Europe/Moscow' });
    expect(dateline?.position).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 5 } });
  });

  it('reads the lines under a three-line dateline as its gallery’s captions only when none opens in small letters (a blog’s hard-wrapped lead is no gallery)', () => {
    const page = (below: string) => parse(`Valdai Discussion Club meeting\n\nOctober 18, 2018\n17:50\nSochi\n${below}\n\nVladimir Putin: Thank you. Thank you very much for coming here today.`).tree;
    expect(nodesOfType(page('Ahead of the meeting.\nThe plenary session.'), 'caption').map((c) => c.text)).toEqual(['Ahead of the meeting.', 'The plenary session.']);
    expect(nodesOfType(page('The plenary session moderator is Fyodor Lukyanov, Research Director\nof the Foundation for Development and Support'), 'caption')).toEqual([]);
  });

  it('keeps a time alone on its line, under no date, as text', () => {
    expect(nodesOfType(parse('Vladimir Putin arrived in Minsk on a visit, the airport said.\n14:10\n').tree, 'paragraph').map((p) => p.value)).toEqual([
      'Vladimir Putin arrived in Minsk on a visit, the airport said.',
      '14:10',
    ]);
  });
});

describe('a dateline over three lines', () => {
  it('reads its raw text with LF between the lines, whatever the line breaks', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['Wreath-laying ceremony', '', 'Vladimir Putin laid a wreath at the Victory Monument in Minsk.', '', 'May 24, 2024', '14:10', 'Minsk', '', 'Built by architects, the monument stands on Victory Square.'].join(eol);
      expect(nodesOfType(parse(text).tree, 'dateline')[0]?.when.raw, JSON.stringify(eol)).toBe('May 24, 2024\n14:10\nMinsk');
    }
  });
});
