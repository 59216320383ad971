import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { repeatsTitle, titleKey } from '../../src/compose/article.js';
import { parse } from '../../src/index.js';

// Characters that the title key treats specially: spaces of every kind,
// apostrophes, letters NFC composes with the combining accents, and
// punctuation above U+2000.
const pieces = fc.constantFrom(
  'e', 'é', 'E', '\u0301', '\u0300', 'a', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u2000', '\ufeff',
  '’', "'", 'ʼ', '‘', '–', '…', '«', '»', 'x', 'Å', '\u212b', '\ud83d\ude00',
);
const line = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

describe('repeatsTitle', () => {
  test.prop([line, line], { numRuns: 2000 })('agrees with comparing title keys', (title, value) => {
    expect(repeatsTitle(value, titleKey(title))).toBe(titleKey(value) === titleKey(title));
  });

  test.prop([line])('finds a title in its own line, however it is spaced or normalized', (title) => {
    const key = titleKey(title);
    expect(repeatsTitle(title, key)).toBe(true);
    expect(repeatsTitle(title.normalize('NFD'), key)).toBe(true);
  });

  it('tells a longer or shorter line apart', () => {
    const key = titleKey('Titre de l’été');
    expect(repeatsTitle('Titre de l’été 2024', key)).toBe(false);
    expect(repeatsTitle('Titre de l', key)).toBe(false);
    expect(repeatsTitle("  Titre de l'e\u0301te\u0301 ", key)).toBe(true);
  });
});

describe('article lines through invisibles (issue 12)', () => {
  it('a title repeated with invisibles (or without the title\'s) is the repeat', () => {
    const key = titleKey('Poutine \u200Bsouligne l’importance');
    expect(key).toBe(titleKey('Poutine souligne l’importance'));
    expect(repeatsTitle('Poutine\tsou\u00ADligne l’importance', key)).toBe(true);
    expect(repeatsTitle('Poutine souligne l’importance', titleKey('Pou\u200Btine souligne l’importance'))).toBe(true);
    expect(repeatsTitle('Poutine souligne l’impor', key)).toBe(false);
  });

  it('the body\'s first date reads through invisibles, `raw` as written', () => {
    const text = 'Titre\n\nVladimir Poutine est arrivé à Minsk ce 19 décembre \u200B2024, a annoncé le Kremlin aux journalistes.\n';
    expect(parse(text).tree.when).toMatchObject({ raw: '19 décembre \u200B2024', day: 19, month: 12, year: 2024 });
  });

  it('a related headline\'s 160 characters are counted without invisibles', () => {
    const words = 'Les présidents ont également accordé une attention particulière aux questions de sécurité et ont échangé leurs points de vue sur la situation dans le';
    const shy = words.replace(/(\p{L}{2})(?=\p{L}{2})/gu, '$1\u00AD');
    expect(words.length).toBeLessThanOrEqual(160);
    expect(shy.length).toBeGreaterThan(160);
    const doc = (h: string): string => `Titre\nSuivez RT France surTelegram\n\nCorps du texte.\n\n${h}\n\nFin.\n`;
    const kinds = (text: string): string[] => parse(text).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type));
    expect(kinds(doc(shy))).toEqual(kinds(doc(words)));
    expect(kinds(doc(words))).toContain('relatedHeadline');
  });
});

describe('speaker turns in an article', () => {
  const text = [
    'Entrevue de Vladimir Poutine avec Oliver Stone',
    '',
    'Oliver Stone : Oh, vous ne pouvez pas la refuser ?',
    '',
    'Je pensais que c’était un grand honneur pour vous.',
    '- être le parrain ;',
    '- le rester.',
    '[…]',
    'Vladimir Poutine :',
    'C’est toujours un grand honneur.',
    '',
    'Source : https://example.org/entrevue',
    'Une ligne après le lien, qui est du texte.',
  ].join('\n');
  const { tree, diagnostics } = parse(text);

  it('go on over the lines without a label, up to the next label or a line of the page', () => {
    expect(tree.kind).toBe('article');
    expect(tree.children.map((node) => node.type)).toEqual(['title', 'speakerTurn', 'speakerTurn', 'sourceLink', 'paragraph']);
    const [first, second] = tree.children.filter((node) => node.type === 'speakerTurn');
    expect(first?.children.map((node) => node.type)).toEqual(['speakerLabel', 'paragraph', 'paragraph', 'list', 'elision']);
    expect(first?.position.start.line).toBe(3);
    expect(first?.position.end.line).toBe(8);
    // A label alone on its line: the speech follows on the next lines.
    expect(second?.children.map((node) => node.type)).toEqual(['speakerLabel', 'paragraph']);
    expect(second?.position.end.line).toBe(10);
    expect(diagnostics).toEqual([]);
  });
});

describe('a dateline written over lines in an article', () => {
  it('joins a date alone on its line and the time under it, as in a dossier', () => {
    const text = [
      'From the Kremlin',
      '',
      'Vladimir Putin offered condolences to the family and friends of the late statesman.',
      '',
      '18 avril 2022',
      '18:00',
      '',
      'The message reads, in part: he was a true friend of our country.',
    ].join('\n');
    const { tree } = parse(text);
    expect(tree.kind).toBe('article');
    const datelines = tree.children.filter((node) => node.type === 'dateline');
    expect(datelines.map((d) => [d.when.date, d.when.time, d.position.start.line, d.position.end.line])).toEqual([['2022-04-18', '18:00', 5, 6]]);
    // The time line is the dateline's, not a paragraph.
    expect(tree.children.filter((node) => node.type === 'paragraph').map((p) => p.position.start.line)).toEqual([3, 8]);
  });
});

describe('a date of publication above an article’s title', () => {
  it('is a dateline, leaves the title to the next line, and dates the article', () => {
    const { tree } = parse('jeudi 11 juin 2015\n\nInterview de Poutine à Moscou le 6 juin 2015\n\nLe président russe a reçu son homologue ce matin au Kremlin, selon le service de presse.');
    expect(tree.kind).toBe('article');
    expect(tree.children.map((node) => node.type)).toEqual(['dateline', 'title', 'paragraph']);
    expect(tree.when?.date).toBe('2015-06-11');
  });

  it('makes no event page, even with a place', () => {
    const { tree } = parse('Titre de la page\n\nPublié le 12 octobre 2016 à 10h15 à Paris\n\nLe président russe a reçu son homologue ce matin au Kremlin, selon le service de presse.');
    expect(tree.kind).toBe('article');
    expect(tree.children.map((node) => node.type)).toEqual(['title', 'dateline', 'paragraph']);
  });
});

describe('a line printed twice in a row', () => {
  it('is the same line whatever its apostrophes, so the second copy is chrome', () => {
    const text = ['Titre de la page', '', 'Le président russe s’est rendu à Sotchi pour un match de hockey avec ses amis.', "Le président russe s'est rendu à Sotchi pour un match de hockey avec ses amis.", '', 'Il a marqué trois buts pendant la rencontre de gala, selon les organisateurs.'].join('\n');
    const kinds = parse(text).tree.children.map((node) => (node.type === 'boilerplate' ? node.kind : node.type));
    expect(kinds).toEqual(['title', 'paragraph', 'repeatedLine', 'paragraph']);
  });
});

describe('a line that says it describes a photo', () => {
  it('is a caption through invisible format characters in its words', () => {
    const text = 'EN DIRECT : Poutine assiste aux exercices navals\nLe président russe Vladimir Poutine (pho\u00ADto d’illus\u200Btration).\nCe 10 septembre, le président russe assiste par vidéoconférence à la phase active de l’exercice.';
    expect(parse(text).tree.children.map((node) => node.type)).toEqual(['title', 'caption', 'paragraph']);
  });
});

describe('a picture in the body: its caption right above its credit line', () => {
  const kinds = (text: string) => parse(text).tree.children.map((node) => (node.type === 'boilerplate' ? node.kind : node.type));
  const body = 'Les deux présidents se sont rencontrés à Sotchi pour des négociations qui dureront plusieurs jours.';
  // Four lines of text above the picture: past the reach of the picture under the title.
  const lead = ['', 'Le premier jour, ils ont parlé de l’économie.', 'Le deuxième, de la défense commune des deux pays.', 'Le troisième, des prix du gaz pour l’hiver.', 'Le quatrième, de la saison de ski.', ''];
  it('is a caption, and the same line again under the credit is chrome', () => {
    const text = ['Poutine et Loukachenko au ski', ...lead, 'Vladimir Poutine sur les pistes de ski', '© Sputnik . Mikhaïl Klimentiev', 'Vladimir Poutine sur les pistes de ski', '', body].join('\n');
    expect(kinds(text)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'caption', 'paragraph', 'repeatedLine', 'paragraph']);
    // Under the title, as the picture above the text prints it.
    expect(kinds(['Poutine et Loukachenko au ski', 'Vladimir Poutine sur les pistes de ski', '© Sputnik . Mikhaïl Klimentiev', 'Vladimir Poutine sur les pistes de ski', '', body].join('\n'))).toEqual(['title', 'caption', 'paragraph', 'repeatedLine', 'paragraph']);
  });
  it('is a caption when it is one short sentence alone between a blank line and the credit, not a paragraph of the body', () => {
    expect(kinds(['Poutine et Loukachenko au ski', ...lead, 'Réunion des chefs des agences de presse internationales.', 'Photo: Kremlin.ru', '', body].join('\n'))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'caption', 'paragraph', 'paragraph']);
    // Twenty words or more say more than what a picture shows.
    const long = 'Les deux présidents se sont rencontrés hier à Sotchi pour des négociations qui dureront plusieurs jours selon le service de presse du Kremlin.';
    expect(kinds(['Poutine et Loukachenko au ski', ...lead, long, 'Photo: Kremlin.ru', '', body].join('\n'))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
  it('is no caption when a blank line stands between, or when the line ends a sentence', () => {
    expect(kinds(['Poutine et Loukachenko au ski', ...lead, 'Vladimir Poutine sur les pistes de ski', '', '© Sputnik . Mikhaïl Klimentiev', '', body].join('\n'))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'relatedHeadline', 'paragraph', 'paragraph']);
    expect(kinds(['Poutine et Loukachenko au ski', ...lead, `${body} Et encore.`, '© Sputnik . Mikhaïl Klimentiev', '', body].join('\n'))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
  it('reads a photo credit alone between blank lines as no related article’s headline', () => {
    expect(kinds(['Poutine et Loukachenko au ski', ...lead, 'Photo : Pavel Bedniakov, RIA Novosti', '', body].join('\n'))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(kinds(['Poutine et Loukachenko au ski', ...lead, 'Image Source : Press Service of the President', '', body].join('\n'))).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('a gallery in an article', () => {
  const kinds = (text: string) => parse(text).tree.children.map((node) => (node.type === 'boilerplate' ? node.kind : node.type));
  const body = 'Les deux présidents se sont rencontrés à Sotchi pour des négociations qui dureront plusieurs jours.';
  it('has the text under each counter, past its credit line, for the photo’s caption (the Sputnik gallery)', () => {
    const text = ['Conférence de presse annuelle de Vladimir Poutine', '', body, '1/12', '© Sputnik . Michael Klimentyev', 'La première heure de la conférence de presse annuelle.', '2/12', 'La conférence de presse a commencé par une question sur l’économie.', body].join('\n');
    expect(kinds(text)).toEqual(['title', 'paragraph', 'photoCounter', 'paragraph', 'caption', 'photoCounter', 'caption', 'paragraph']);
    // Not after a blank line, nor under a counter that has its caption on its line.
    expect(kinds(['Conférence de presse annuelle de Vladimir Poutine', '', body, '', '1/12', '', 'La première heure de la conférence.', '', body].join('\n'))).toEqual(['title', 'paragraph', 'photoCounter', 'paragraph', 'paragraph']);
    expect(kinds(['Conférence de presse annuelle de Vladimir Poutine', '', body, '1/12 La première heure de la conférence', 'La salle est pleine.', body].join('\n'))).toEqual(['title', 'paragraph', 'photoCounter', 'caption', 'paragraph', 'paragraph']);
  });
});

describe('a speaker’s line first on the page', () => {
  const kinds = (text: string) => parse(text).tree.children.map((node) => node.type);
  const more = '\nJe souhaite une fois de plus vous féliciter tous à l’occasion de la grande fête de la Victoire.';
  it('is a turn when the speech goes on past its first sentence (an excerpt that opens a transcript)', () => {
    expect(kinds(`V. Poutine : Bonsoir, ou plutôt, bonne nuit déjà. Je tiens à saluer tout le monde. …${more}`)).toEqual(['speakerTurn']);
  });
  it('is the title when it is one sentence, a headline quoting its speaker', () => {
    expect(kinds(`Lavrov : les Occidentaux ont perdu le sens des réalités${more}`)).toEqual(['title', 'paragraph']);
    expect(kinds(`Lavrov : les Occidentaux ont perdu le sens des réalités…${more}`)).toEqual(['title', 'paragraph']);
  });
});

describe('the picture under the title', () => {
  const kinds = (text: string) => parse(text).tree.children.map((node) => (node.type === 'boilerplate' ? node.kind : node.type));
  const title = 'Présidentielle russe : Alexeï Navalny seul contre tous';
  const lead = 'Restreignant de plus en plus les accès à l’information, le président russe se prépare à sa réélection.';
  it('has the lines above its credit for captions', () => {
    expect(kinds([title, '', 'Alexeï Navalny à Moscou, le 2 novembre.', '© photo : EVGENY FELDMAN / AFP', '', lead].join('\n'))).toEqual(['title', 'caption', 'paragraph', 'paragraph']);
  });
  it('has the title for its caption when a line above its credit repeats it: the lines above are the lead and the byline', () => {
    expect(kinds([title, '', lead, '', 'Claude-Marie Vadrot • 2 novembre 2017', title, '© photo : EVGENY FELDMAN / AFP', '', lead].join('\n'))).toEqual([
      'title', 'paragraph', 'paragraph', 'repeatedTitle', 'paragraph', 'paragraph',
    ]);
  });
});
