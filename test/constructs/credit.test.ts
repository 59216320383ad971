import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const captions = (text: string) => nodesOfType(parse(text).tree, 'caption');

describe('credit', () => {
  it('reads the credit: photographer and agency', () => {
    expect(captions('5 Le ministre. Photo : Pavel Bedniakov, RIA Novosti\n')[0]).toMatchObject({
      text: 'Le ministre.',
      credit: { photographer: 'Pavel Bedniakov', agency: 'RIA Novosti' },
    });
  });

  it('a credit\'s photographer ends before the run of spaces and invisibles before its comma (fuzz, zeroWidthSpace)', () => {
    const credit = (line: string) => captions(`${line}\n`)[0]?.credit;
    expect(credit('5 Le ministre. Photo : Pavel Bedniakov \u200B, RIA Novosti \u200B')).toEqual({ photographer: 'Pavel Bedniakov', agency: 'RIA Novosti' });
    // Glued to the name, with no space, the invisible stays in the value as written.
    expect(credit('5 Le ministre. Photo : Pavel Bedniakov\u200B, RIA Novosti')).toEqual({ photographer: 'Pavel Bedniakov\u200B', agency: 'RIA Novosti' });
  });

  it('reads `Photo de Name (« Agency »)` and `Photo d’Name (« Agency »)`, the agency in quotes (sansapriori 2023)', () => {
    expect(captions('1 Rencontre avec le Président. Photo d’Iliya Pitalev (« Rossiya Segodnya »)\n')[0]).toMatchObject({
      text: 'Rencontre avec le Président.', credit: { photographer: 'Iliya Pitalev', agency: 'Rossiya Segodnya' },
    });
    expect(captions('3 Visite. Photo de Kristina Kormilitsyna (« Rossiya Segodnya »)\n')[0]?.credit).toEqual({ photographer: 'Kristina Kormilitsyna', agency: 'Rossiya Segodnya' });
    // A family photo names no one: no quotes, no credit.
    expect(captions('2 Photo de famille des participants (Minsk)\n')[0]).toMatchObject({ text: 'Photo de famille des participants (Minsk)' });
    expect(captions('2 Photo de famille des participants (Minsk)\n')[0]?.credit).toBeUndefined();
  });

  it('reads a credit naming only an agency, or only a photographer', () => {
    expect(captions('5 Le ministre. Photo: TASS\n')[0]?.credit).toEqual({ agency: 'TASS' });
    expect(captions('5 Le ministre. Photo : Valéry Sharifulin\n')[0]?.credit).toEqual({ photographer: 'Valéry Sharifulin' });
  });

  it('reads a line that opens with `©` and runs on for twenty words as the lead with its picture’s credit glued before it, not a credit line', () => {
    const lead = 'Sommet russo-américain : Poutine n’exclut pas la conclusion d’accords sur les armes stratégiques\n© Service de presse du ministère russe de la DéfenseSaluant les «efforts énergiques et sincères pour mettre fin aux hostilités» de son homologue américain, le président russe a déclaré espérer la conclusion d’accords.';
    const { tree } = parse(lead);
    expect(tree.kind).toBe('article');
    expect(tree.children.map((c) => c.type)).toEqual(['title', 'paragraph']);
    // A credit of a few names under a caption is still one.
    const gallery = 'Titre de la page\n\nLe président russe Vladimir Poutine lors de la conférence de presse\n© Alexei Druzhinin/Russian Presidential Press and Information Office/TASS\n\nLe président a répondu aux questions des journalistes pendant quatre heures.';
    expect(nodesOfType(parse(gallery).tree, 'caption').map((c) => c.position.start.line)).toEqual([3]);
  });

  it('reads a credit that names its agency at a text line’s end (the lexicon’s photoAgencies): a news page’s caption', () => {
    const read = (line: string) => {
      const found = captions(`Poutine à Moscou\n\n${line}\n`);
      return found.map((c) => [c.text, c.credit]);
    };
    // After a dash, names joined by a slash.
    expect(read('Les secours s’activent après une frappe à Velyka Vilshanytsia, le 9 mars 2023 - Yuriy DYACHYSHYN / AFP')).toEqual([
      ['Les secours s’activent après une frappe à Velyka Vilshanytsia, le 9 mars 2023', { photographer: 'Yuriy DYACHYSHYN', agency: 'AFP' }],
    ]);
    // After a sentence's end: slashes, or the agency alone in capitals.
    expect(read('Antonio Guterres estime que «les perspectives de paix ne cessent de se réduire». AFP/Ed JONES.')[0]?.[1]).toEqual({ photographer: 'Ed JONES', agency: 'AFP' });
    expect(read('Le président a tenu sa conférence de presse annuelle, malgré la crise sanitaire. KEYSTONE')[0]?.[1]).toEqual({ agency: 'KEYSTONE' });
    // In parentheses or brackets; a photo's word and `File` name no one.
    expect(read('Russian President Vladimir Putin at his annual news conference in Moscow. (AP Photo/Pavel Golovkin, File)')[0]?.[1]).toEqual({ photographer: 'Pavel Golovkin', agency: 'AP' });
    expect(read('Vladimir Putin at a reception in the Grand Kremlin Palace. (Photo by Mikhail Svetlov/Getty Images)')[0]?.[1]).toEqual({ photographer: 'Mikhail Svetlov', agency: 'Getty Images' });
    expect(read('Le suivi de la guerre en Ukraine [Reuters]')[0]?.[1]).toEqual({ agency: 'Reuters' });
    // After the sign.
    expect(read('Le président Zelensky avec le secrétaire général de l’ONU à Kiev. © Présidence ukrainienne via AP')[0]?.[1]).toEqual({ photographer: 'Présidence ukrainienne', agency: 'AP' });
    // Where the text comes from, an agency inside a word or a sentence, a
    // year after the sign: no credit.
    expect(read('Le porte-parole a précisé que les deux présidents parleraient d’économie (selon l’AFP).')).toEqual([]);
    expect(read('Le ministre a rencontré son homologue de l’AP chinoise.')).toEqual([]);
    expect(read('Le Kremlin a confirmé la visite. AFP et Reuters ont publié la nouvelle ce matin.')).toEqual([]);
  });

  it('reads a credit word and its colon in parentheses alone on a line as a credit line (`(Crédits : Sputnik)`), and `©` with an emoji’s variation selector as `©`', () => {
    const tree = parse('Poutine et Xi\n\nLe président russe et son homologue chinois lors d’une réunion à Pékin\n(Crédits : Sputnik)\n').tree;
    expect(nodesOfType(tree, 'caption').map((c) => [c.text, c.credit])).toEqual([['Le président russe et son homologue chinois lors d’une réunion à Pékin', undefined]]);
    expect(captions('Poutine\n\nLe président kazakh est arrivé à Moscou ce mardi pour une visite officielle.\n\nHow Tokayev was welcomed in Moscow \u00A9\uFE0F Akorda.kz\n')[0]?.credit).toEqual({ photographer: 'Akorda.kz' });
  });

  it('a credit names its photographer in a few words: `FILE PHOTO: <a caption of many words>` is a caption, its credit at its end', () => {
    const found = captions('Poutine à Moscou\n\nFILE PHOTO: Russian President Vladimir Putin and Belarusian President Alexander Lukashenko talk during a meeting in Saint Petersburg, Russia July 13, 2021. Sputnik/Alexei Nikolskyi/Kremlin via REUTERS\n');
    expect(found.map((c) => c.credit)).toEqual([{ photographer: 'Alexei Nikolskyi', agency: 'Sputnik / REUTERS' }]);
    expect(found[0]?.text.startsWith('FILE PHOTO: Russian President')).toBe(true);
  });

  it('reads `Photos :` as `Photo :`', () => {
    expect(captions('5 Lors de la rencontre. Photos : Alexeï Nikolski, RIA Novosti\n')[0]).toMatchObject({
      text: 'Lors de la rencontre.',
      credit: { photographer: 'Alexeï Nikolski', agency: 'RIA Novosti' },
    });
  });

  it('reads the credit of a caption on its counter’s line, which the caption’s text then leaves out', () => {
    const { tree } = parse('4/8 .Lors de la rencontre. Photo : Alexeï Nikolski, RIA Novosti');
    expect(nodesOfType(tree, 'photoCounter').map((c) => [c.index, c.total])).toEqual([[4, 8]]);
    expect(nodesOfType(tree, 'caption')).toMatchObject([
      { text: 'Lors de la rencontre.', credit: { photographer: 'Alexeï Nikolski', agency: 'RIA Novosti' }, position: { start: { column: 5 }, end: { column: 64 } } },
    ]);
    // A credit alone after the counter: the caption's text is empty.
    expect(nodesOfType(parse('2/8 Photo: TASS').tree, 'caption')).toMatchObject([{ text: '', credit: { agency: 'TASS' } }]);
    expect(nodesOfType(parse('2/8 .Le président à Perm.').tree, 'caption')[0]?.credit).toBeUndefined();
  });
});

describe('credits of captions under their counter', () => {
  it('reads `Photo par :` as `Photo :` (the 2024 BRICS dossiers)', () => {
    expect(captions('1 sur 23 Avant la séance plénière. Photo par : Stanislav Krasilnikov, brics-russia2024.ru Agence photo hôte')).toMatchObject([
      { text: 'Avant la séance plénière.', credit: { photographer: 'Stanislav Krasilnikov', agency: 'brics-russia2024.ru Agence photo hôte' } },
    ]);
    // `par` is the credit's only where the colon follows it.
    expect(captions('5 Le ministre. Photo par la présidence\n')).toMatchObject([{ text: 'Le ministre. Photo par la présidence' }]);
  });

  it('reads the caption on the line under a counter with the credit that ends it, the credit no sentence of its own', () => {
    const page = (under: string) => `Visite à Kazan\n\n18 octobre 2024 à 12h15 à Kazan\n\n2 sur 14\n${under}\n\nLes présidents ont assisté à la séance plénière du forum.`;
    const read = (under: string) => captions(page(under)).map((c) => [c.text, c.credit, c.position.start.line]);
    expect(read('Lors de la séance plénière du BRICS Business Forum. Photo : Sergueï Bobylev, RIA Novosti')).toEqual([
      ['Lors de la séance plénière du BRICS Business Forum.', { photographer: 'Sergueï Bobylev', agency: 'RIA Novosti' }, 6],
    ]);
    expect(read('Photo de groupe des chefs de délégation. Photo par : Alexey Danichev, brics-russia2024.ru')).toEqual([
      ['Photo de groupe des chefs de délégation.', { photographer: 'Alexey Danichev', agency: 'brics-russia2024.ru' }, 6],
    ]);
    // In parentheses, the parentheses are the credit's.
    expect(read('Avec Xi Jinping (Photo : Sergueï Bobylev, RIA Novosti)')).toEqual([['Avec Xi Jinping', { photographer: 'Sergueï Bobylev', agency: 'RIA Novosti' }, 6]]);
    expect(read('Avant la réunion informelle. Photo de Kristina Kormilitsyna (« Rossiya Segodnya »)')).toEqual([
      ['Avant la réunion informelle.', { photographer: 'Kristina Kormilitsyna', agency: 'Rossiya Segodnya' }, 6],
    ]);
    // A credit opens a word: `Téléphoto :` is a word of the caption.
    expect(read('La téléphoto : un objectif, Canon')).toEqual([['La téléphoto : un objectif, Canon', undefined, 6]]);
    // Two sentences before the credit are still the event's text.
    expect(read('Lors de la séance plénière. Les présidents sont arrivés. Photo : Sergueï Bobylev, RIA Novosti')).toEqual([]);
  });
});

describe('credits through invisibles (issue 12)', () => {
  it('`Ph\u200Boto :` still opens the credit, and `TA\u00ADSS` is still an agency', () => {
    const [c] = captions('5 Le président à Minsk. Ph\u200Boto : TA\u00ADSS\n');
    expect(c).toMatchObject({ number: 5, text: 'Le président à Minsk.', credit: { agency: 'TA\u00ADSS' } });
    expect(captions('5 Le président à Minsk. Photo : TASS\n')[0]?.credit).toEqual({ agency: 'TASS' });
  });
});

describe('a credit line alone', () => {
  const rawTypes = (line: string) => {
    const text = `Titre de la page\n\nLe président a parlé hier soir devant la presse réunie au Kremlin à Moscou.\n\nDeuxième paragraphe du texte, qui suit la photo.\n\nTroisième paragraphe.\n\nQuatrième paragraphe.\n\n${line}\n`;
    return parse(text).tree.children.map((node) => node.type);
  };
  it('reads `Image :` and `Image Source :` as a picture’s credit, not a speaker’s label', () => {
    for (const line of ['Image Source : Press Service of the President of the Republic of Belarus', 'Images : Reuters', 'Crédit image : AFP']) {
      expect(rawTypes(line), line).not.toContain('speakerTurn');
    }
    // The picture’s caption right above the credit line (src/compose/article.ts).
    const text = `Titre\n\n${[1, 2, 3, 4].map((n) => `Le paragraphe ${n} du texte, avant la photo du président.\n\n`).join('')}Le président de la Biélorussie Alexandre Loukachenko\nImage Source : Press Service of the President\n`;
    expect(captions(text).map((c) => c.text)).toEqual(['Le président de la Biélorussie Alexandre Loukachenko']);
  });
});
