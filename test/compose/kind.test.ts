import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const kind = (text: string) => parse(text).tree.kind;
const PROSE = 'Le président russe a reçu son homologue ce matin au Kremlin, selon le service de presse. Les entretiens ont duré deux heures.';

describe('document kind, from structure', () => {
  it('a dossier: a header first, a table of contents, numbered sections', () => {
    expect(kind('3763 – Kremlin – Du 28 au 30 Avril 2020, avec le Premier ministre\nTexte.')).toBe('dossier');
    expect(kind('-\nSommet des BRICS – 9 septembre 2021 – 15h45\n-\nPourparlers – 9 septembre 2021 – 18h15\n')).toBe('dossier');
    expect(kind('- Sommet des BRICS – 9 septembre 2021 – 15h45\n- Pourparlers – 9 septembre 2021 – 18h15\n')).toBe('dossier');
    expect(kind('1/Instruction au Premier ministre – 19:10\nTexte.')).toBe('dossier');
  });

  it('one unnumbered entry alone is no table of contents: a list item of any page', () => {
    expect(kind(`${PROSE}\n- Sommet des BRICS – 9 septembre 2021 – 15h45\n`)).toBe('article');
    expect(kind('-\nSommet des BRICS – 9 septembre 2021 – 15h45\n')).toBe('unknown');
  });

  it('a dossier of one event: a dateline naming its place near the top, then the event’s text', () => {
    expect(kind(`Official website of the President of Russia\n\nVladimir Putin arrived in Minsk\n\nMay 23, 2024, Minsk\n\n${PROSE}`)).toBe('dossier');
    // Its time first, a dash, then its place (the Kremlin's line as dossiers copy it).
    expect(kind(`Rencontre avec des membres permanents du Conseil de sécurité – 20/03/2020\n\n14:40 – The Kremlin, Moscow\n\n${PROSE}`)).toBe('dossier');
    // A dateline alone is no event page.
    expect(kind('May 23, 2024, Minsk')).toBe('unknown');
  });

  it('a dossier of one event: a date written month first with its time alone under it, or a bare date printed again at the foot (the Kremlin’s page)', () => {
    const condolences = 'Condolences on passing of Vyacheslav Trubnikov\n\nVladimir Putin offered condolences to the family and friends of the late Vyacheslav Trubnikov.';
    expect(kind(`${condolences}\n\nApril 18, 2022\n18:00\n\n${PROSE}`)).toBe('dossier');
    // A French page's date, day first, with its time under it: the page's, no event's.
    expect(kind(`${condolences}\n\n18 avril 2022\n18:00\n\n${PROSE}`)).toBe('article');
    // A time alone is no dateline's: the date must stand right above it.
    expect(kind(`${condolences}\n\nApril 18, 2022\n\n18:00\n\n${PROSE}`)).toBe('article');
    const vacation = 'Vladimir Putin spent several days on vacation in the Siberian Federal District';
    expect(kind(`${vacation}\n\nSeptember 26, 2021\n\n${PROSE}\n\nSeptember 26, 2021`)).toBe('dossier');
    // Printed once, or another date at the foot: a page's date.
    expect(kind(`${vacation}\n\nSeptember 26, 2021\n\n${PROSE}`)).toBe('article');
    expect(kind(`${vacation}\n\nSeptember 26, 2021\n\n${PROSE}\n\nSeptember 27, 2021`)).toBe('article');
  });

  it('a dossier of one event: a date written month first, a blank line, its place alone (the Kremlin’s archive pages)', () => {
    const title = 'Press Statement and Answers to Questions following the 20th Russia-European Union Summit';
    expect(kind(`${title}\n\nOctober 26, 2007\n\nMafra, Portugal\n\n${PROSE}`)).toBe('dossier');
    expect(kind(`${title}\n\nJanuary 31, 2006\n\n\nCircular Hall, The Kremlin, Moscow\n\n${PROSE}`)).toBe('dossier');
    // A city alone under a news page's date.
    expect(kind(`${title}\n\nMarch 5, 2024\n\nMoscow\n\n${PROSE}`)).toBe('article');
    // A blog's title under its date names no place; a French page writes its date day first.
    expect(kind(`Blog Archive\n\nMarch 23, 2018\n\nAddress to Russia citizens\n\n${PROSE}`)).toBe('article');
    expect(kind(`${title}\n\n26 octobre 2007\n\nMafra, Portugal\n\n${PROSE}`)).toBe('article');
  });

  it('an article: a dateline that four lines of prose (sentences of eight words or more) stand above, since the top or the last dateline, is one the article quotes', () => {
    const title = 'Vladimir Putin held a meeting with heads of the world’s leading news agencies';
    const news = [title, PROSE, PROSE, PROSE, PROSE].join('\n\n');
    expect(kind(`${news}\n\nJune 19, 2025, St Petersburg\n\n${PROSE}`)).toBe('article');
    // Three: the Kremlin’s page may print a lead above its dateline.
    expect(kind(`${[title, PROSE, PROSE, PROSE].join('\n\n')}\n\nJune 19, 2025, St Petersburg\n\n${PROSE}`)).toBe('dossier');
    // A repost of several event pages under a forum’s prose: each event’s dateline under its own title.
    const event = `Condolences to President of Mexico Andres Manuel Lopez Obrador\n\nJanuary 21, 2019 - 13:05 - The Kremlin, Moscow\n\n${PROSE}\n\n${PROSE}`;
    expect(kind(`${news}\n\n${event}\n\n${event}`)).toBe('dossier');
  });

  it('an article: a dateline with its place first opens a ministry’s or an agency’s text, no event page', () => {
    expect(kind(`Press conference of the Minister\n\nMoscow, December 23, 2016\n\n${PROSE}`)).toBe('article');
    expect(kind(`Press conference of the Minister\n\nDecember 23, 2016, Moscow\n\n${PROSE}`)).toBe('dossier');
  });

  it('a dossier of event pages: a dateline of any shape above a Kremlin event’s source link (the reposts of event pages)', () => {
    const event = (id: number) => `Telephone conversation with the President of Mongolia\n\n${PROSE}\n\nJuly 8, 2017 - 17:40\n\n${PROSE}\n\nThe source of information - http://en.kremlin.ru/events/president/news/${id}`;
    expect(kind(event(55018))).toBe('dossier');
    expect(kind(`${event(55018)}\n\n${event(55031)}`)).toBe('dossier');
    // Another site's link, or a Kremlin link with no dateline above it, makes no event page.
    expect(kind(`July 8, 2017 - 17:40\n\n${PROSE}\n\nSource : https://francais.rt.com/international/55305-article`)).toBe('article');
    expect(kind(`${PROSE}\n\nSource : http://en.kremlin.ru/events/president/news/55018\n\nJuly 8, 2017 - 17:40`)).toBe('article');
  });

  it('a dossier of one event: a `* * *` break, then a speaker turn (a Kremlin transcript)', () => {
    expect(kind(`${PROSE}\n* * *\nPresident of Russia Vladimir Putin: Mr President, colleagues, friends.`)).toBe('dossier');
  });

  it('a dossier of one event: a dialogue from its first line on, a person speaking, another answering, the first speaking again (the Kremlin’s transcript page printed)', () => {
    expect(kind(`President of Russia Vladimir Putin: Mr Lukashenko,\n${PROSE}\nPresident of Belarus Alexander Lukashenko: Very many.\nVladimir Putin: Life is taking its course.`)).toBe('dossier');
    expect(kind(`Andrei Vandenko: ${PROSE}\nVladimir Putin: If you want me to. Do you?\nAndrei Vandenko: Me personally?`)).toBe('dossier');
    // Under a title, a news page's interview; a label on the first line
    // whose speaker never speaks again is a colon headline's, and a
    // function's names no one.
    expect(kind(`Entretien avec Vladimir Poutine\nAndrei Vandenko: ${PROSE}\nVladimir Putin: If you want me to.\nAndrei Vandenko: Me personally?`)).toBe('article');
    expect(kind(`RUSSIALINK NEWS: “Direct Line with Vladimir Putin” – KremlinRu\nYelena Vinnik: ${PROSE}\nVladimir Putin: Yes.\nYelena Vinnik: Thank you.`)).toBe('article');
    expect(kind(`Question: ${PROSE}\nVladimir Putin: If you want me to.\nQuestion: Me personally?`)).toBe('article');
    // One speaker alone, however often labelled, holds no dialogue.
    expect(kind(`Andrei Vandenko: ${PROSE}\nAndrei Vandenko: ${PROSE}`)).toBe('article');
  });

  it('an article: a line of prose, whatever the site; a dated line without place does not make an event page', () => {
    expect(kind(`Poutine veut entraîner la Biélorussie plus loin\n\n${PROSE}`)).toBe('article');
    expect(kind(`Read the full transcript of the news conference.\nTRANSCRIPT:\nMarch 13, 2025\n[VLADIMIR PUTIN:] ${PROSE}`)).toBe('article');
    // Cut mid-sentence, as page stores save them: one sentence end is enough.
    expect(kind(`${PROSE} Et le président a aj`)).toBe('article');
  });

  it('an article: a sentence that lost its stop, most of its words in small letters, under the title (a standfirst, a caption)', () => {
    const lead = 'Le président russe a répondu aux questions des citoyens lors de sa 16e ligne directe';
    expect(kind(`Poutine répond à 80 questions en quatre heures\n\n${lead}\n\nVladimir Poutine arrive dans le studio\n© Alexeï Droujinine/TASS`)).toBe('article');
    expect(kind('Putin fields nearly 80 questions\n\nThe Russian president answered people questions during his 16th televised session')).toBe('article');
    // Under the site's chrome, the title itself reads as one.
    expect(kind(`Russian Politics & Diplomacy\n${lead}`)).toBe('article');
  });

  it('unknown: a sentence without its stop as the first line of text, or that line printed again, is the title', () => {
    const title = 'Le président russe a répondu aux questions des citoyens lors de sa 16e ligne directe';
    expect(kind(title)).toBe('unknown');
    expect(kind(`${title}\n${title}`)).toBe('unknown');
    expect(kind(`\n  ${title}\n\n${title}  \n`)).toBe('unknown');
  });

  it('unknown: long lines without a stop whose words open with capitals (a menu, names, a title in capitals)', () => {
    for (const line of [
      'Accueil Monde Europe Politique Économie Culture Sport Vidéos Direct',
      'Vladimir Poutine, Sergueï Lavrov, Dmitri Peskov, Iouri Ouchakov, Sergueï Choïgou',
      'LES ÉTATS-UNIS PEUVENT FAIRE JOUER LE RÔLE DE L’URSS À L’IRAN',
      // Half of the words in small letters is not more than half.
      'Politique et société Économie et finance Culture Sport',
    ]) {
      const { tree, diagnostics } = parse(`Le site\n\n${line}`);
      expect(tree.kind, line).toBe('unknown');
      expect(diagnostics.map((d) => d.code)).toContain('UNKNOWN_DOCUMENT_KIND');
    }
  });

  it('an article: list items of a sentence’s length are its prose (a news page’s key points)', () => {
    const points = [
      '• La Russie surveille attentivement la politique éditoriale des médias étrangers.',
      '• Le Kremlin n’a pas vu la proposition de Taiwan aux autorités chinoises.',
    ].join('\n');
    expect(kind(`Autres déclarations de Peskov au Kremlin\n${points}`)).toBe('article');
    // Without their stops, as sentences.
    expect(kind(`Points clés :\n${points.replaceAll('.', '')}`)).toBe('article');
  });

  it('unknown: a list of short headings, or of names, is no prose', () => {
    for (const text of [
      'Rubriques\n• Politique\n• Économie\n• Monde\n• Culture et société',
      'Participants\n- Vladimir Poutine, président de la Russie\n- Sergueï Lavrov, ministre des Affaires étrangères\n- Dmitri Peskov',
      'Participants\n- Président de la Russie Vladimir Poutine, Premier ministre Mikhaïl Michoustine, Sergueï Lavrov',
    ]) {
      expect(kind(text), text).toBe('unknown');
    }
  });

  it('a dossier of one event: a title without its stop under the site’s chrome is no line of prose above the dateline', () => {
    const title = 'Vladimir Putin held a meeting with heads of the world’s leading news agencies';
    const page = (leads: number) => `Official website of the President of Russia\n\n${title}\n\n${Array(leads).fill(PROSE).join('\n\n')}\n\nJune 19, 2025, St Petersburg\n\n${PROSE}`;
    expect(kind(page(3))).toBe('dossier');
    expect(kind(page(4))).toBe('article');
  });

  it('unknown: text with no prose and no structure, and says which', () => {
    for (const text of ['Président '.repeat(50), '– '.repeat(40), '1/8\n2/8\n3/8', 'a\nb\nc']) {
      const { tree, diagnostics } = parse(text);
      expect(tree.kind, text).toBe('unknown');
      expect(diagnostics.map((d) => d.code)).toContain('UNKNOWN_DOCUMENT_KIND');
    }
  });

  it('a line of prose: eight words with a letter among its first 32 runs between spaces', () => {
    // Ten words after the dashes: with 24 dashes, eight of them are in the first 32 runs.
    const after = (dashes: number) => `${Array(dashes).fill('—').join(' ')} Le président a reçu son homologue ce matin au Kremlin.`;
    expect(kind(after(24))).toBe('article');
    expect(kind(after(25))).toBe('unknown');
    // Runs of the lexicon's spaces of any kind separate words.
    expect(kind('Le\u00a0président\u2009a  reçu\tson homologue\u202fce matin au Kremlin.')).toBe('article');
  });
});
