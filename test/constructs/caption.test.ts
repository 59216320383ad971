import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const captions = (text: string) => nodesOfType(parse(text).tree, 'caption');

describe('caption', () => {
  it('reads a numbered caption standing alone', () => {
    expect(captions('4 Lors des négociations.\n\nTexte.')).toMatchObject([{ number: 4, text: 'Lors des négociations.' }]);
  });

  it('reads numbered captions on consecutive lines when each ends in its credit (`2 … Photo : Stanislav Krasilnikov, TASS` / `3 …`)', () => {
    const text = ['1°/Visite de l’exposition – 4 novembre 2023 à 15h00 à Moscou', '2 Visite de l’exposition. Photo : Stanislav Krasilnikov, TASS', '3 Visite du forum. Photo : Mikhaïl Voskresenski, RIA Novosti', 'Près de l’arche d’entrée principale, Vladimir Poutine a examiné l’installation.'].join('\n');
    expect(captions(text).map((c) => [c.number, c.credit?.agency])).toEqual([[2, 'TASS'], [3, 'RIA Novosti']]);
    // Without a credit, a numbered line followed by text stays text.
    expect(captions('2 Visite de l’exposition.\n3 Visite du forum.\nTexte.')).toEqual([]);
  });

  it('reads a caption with no blank line after it when the gallery goes on: its next counter or the source link', () => {
    const gallery = '1/2\n1 À l’aéroport.\n2/2\n2 Avec le président.\nhttp://en.kremlin.ru/events/president/news/75660\n';
    expect(captions(gallery).map((c) => [c.number, c.text])).toEqual([[1, 'À l’aéroport.'], [2, 'Avec le président.']]);
    // A numbered line that prose follows does not close a gallery line: it stays text.
    expect(captions('1/2\n1 Les négociations ont commencé.\nElles ont duré trois heures.\n')).toEqual([]);
  });

  it('reads a number and a month name as no caption, in any case (`3 MARS`, `3 Mars`)', () => {
    // Month names are read in any case: `3 Mars` is the same date-like text as `3 mars`, never a caption `Mars`.
    for (const month of ['mars', 'Mars', 'MARS']) expect(captions(`Texte.\n\n3 ${month}\n`), month).toEqual([]);
    expect(captions('Texte.\n\n3 Marsupiaux du zoo.\n')).toMatchObject([{ number: 3, text: 'Marsupiaux du zoo.' }]);
  });

  it('reads a caption at the end of the text', () => {
    expect(captions('Texte.\n\n12 VP Avec le président.')).toMatchObject([{ number: 12, text: 'VP Avec le président.' }]);
  });

  it('accepts a leading NO-BREAK SPACE and a NO-BREAK SPACE after the number', () => {
    expect(captions('\u00A01 Les négociations.\n')).toMatchObject([{ number: 1, text: 'Les négociations.' }]);
    expect(captions('8\u00A0 VP Avec le président\n')).toMatchObject([{ number: 8, text: 'VP Avec le président' }]);
  });

  it('keeps a colon inside a caption as text', () => {
    const { tree } = parse('4 De gauche à droite : le vice-Premier ministre Alexandre Novak.\n');
    expect(nodesOfType(tree, 'speakerTurn')).toEqual([]);
    expect(nodesOfType(tree, 'caption')[0]?.text).toBe('De gauche à droite : le vice-Premier ministre Alexandre Novak.');
  });

  it('reads a numbered caption that the gallery’s next caption follows on the next line (`7 …` / `8 …`)', () => {
    const gallery = '7 Cérémonie officielle de bienvenue. La présentation de la délégation chinoise.\n8 Avec Xi Jinping.\n\nTexte.';
    expect(captions(gallery).map((c) => c.number)).toEqual([7, 8]);
    // The next line's number is one more, and that caption closes its line: a
    // run of numbered lines that prose ends stays text, and so does a gap.
    expect(captions('1 Les négociations.\n2 Le déjeuner.\n3 La conférence.\nTexte qui suit.')).toEqual([]);
    expect(captions('7 Cérémonie de bienvenue.\n9 Avec Xi Jinping.\n\nTexte.').map((c) => c.number)).toEqual([9]);
  });

  it('reads no caption in a line that points to the gallery (`33 PHOTOS SUR http://…/photos`)', () => {
    const text = 'Texte.\n\n33 PHOTOS SUR http://en.kremlin.ru/events/president/news/74045/photos\n\n1/33 Vladimir Poutine est arrivé à Pékin.\n';
    expect(captions(text).map((c) => c.text)).toEqual(['Vladimir Poutine est arrivé à Pékin.']);
  });

  it('leaves a numbered line inside running text as text', () => {
    expect(captions('Texte.\n2 Millions de personnes ont voté.\nSuite du texte.')).toEqual([]);
  });
});

describe('captions of news pages', () => {
  it('reads the lines between the title and a credit line as the picture’s captions', () => {
    const text = ['Poutine veut entraîner la Biélorussie plus loin', '', 'Vladimir Poutine et Alexandre Loukachenko à Minsk', '', 'Le président russe s’est rendu dans la capitale du pays voisin.', '', '(Photo : AP)', '', 'Berlin Pour la première fois depuis l’invasion, le président russe a rendu visite à son allié.'].join('\n');
    const { tree } = parse(text);
    expect(tree.kind).toBe('article');
    expect(nodesOfType(tree, 'caption').map((c) => c.position.start.line)).toEqual([3, 5]);
    expect(nodesOfType(tree, 'paragraph').map((p) => p.position.start.line)).toEqual([7, 9]);
  });

  it('reads a line that says it describes a photo as a caption', () => {
    const text = "EN DIRECT : Poutine assiste aux exercices navals\nLe président russe Vladimir Poutine (photo d'illustration).\nCe 10 septembre, le président russe assiste par vidéoconférence à la phase active de l'exercice.";
    expect(nodesOfType(parse(text).tree, 'caption').map((c) => c.text)).toEqual(["Le président russe Vladimir Poutine (photo d'illustration)."]);
  });

  it('reads such a line first on the page as a caption, not the title (the lead photo above the text)', () => {
    const { tree } = parse('Dmitri Peskov et Poutine (Photo : S.Ilnitsky / AFP)\n\nDepuis plus d’une décennie, Dmitri Peskov est l’une des voix les plus influentes du Kremlin.');
    expect(tree.children.map((c) => c.type)).toEqual(['caption', 'paragraph']);
  });

  it('reads no question as a caption: a headline between the caption and the credit asks, a caption does not', () => {
    const text = ['Écoutez la radio', '    Vladimir Poutine lors du forum 2018', '', '    Poutine dort-il lors du forum ? Le Kremlin répond', '', '    © Agence . Photographe', '    Russie', '', 'Le président russe n’a pas eu le temps de bien dormir lors de son séjour, selon le Kremlin.'].join('\n');
    const { tree } = parse(text);
    expect(tree.kind).toBe('article');
    expect(nodesOfType(tree, 'caption').map((c) => c.position.start.line)).toEqual([2]);
    // The credit line (a paragraph, as every credit line of a news page)
    // closes the picture block: the line under it is no caption.
    expect(nodesOfType(tree, 'paragraph').map((p) => p.position.start.line)).toEqual([4, 6, 7, 9]);
  });

  it.each(['Photo : AP', 'Photo: Kremlin.ru', 'Crédit photo : Sputnik', 'Crédits : AFP'])('takes `%s` alone on its line for a credit line', (credit) => {
    const text = ['Poutine en visite à Minsk', '', 'Vladimir Poutine et Alexandre Loukachenko à Minsk', credit, '', 'Le président russe s’est rendu dans la capitale du pays voisin pour la première fois.'].join('\n');
    expect(nodesOfType(parse(text).tree, 'caption').map((c) => c.position.start.line)).toEqual([3]);
  });

  it('reads a line that ends in its photo’s credit after one sentence, or a caption’s few words, as the caption, not the title', () => {
    const lead = 'Le président français a eu un long entretien par visioconférence avec son homologue russe, a précisé l’Élysée.';
    const page = (first: string) => [first, '', 'Macron et Poutine se sont parlé au téléphone', '', lead].join('\n');
    const { tree } = parse(page('Le président français Emmanuel Macron (droite), vendredi 28 janvier à l’Élysée, durant son entretien par visioconférence avec son homologue russe. Photo: POOL New/REUTERS'));
    expect(nodesOfType(tree, 'caption')).toMatchObject([{ text: 'Le président français Emmanuel Macron (droite), vendredi 28 janvier à l’Élysée, durant son entretien par visioconférence avec son homologue russe.', credit: { photographer: 'POOL New/REUTERS' } }]);
    expect(nodesOfType(tree, 'title').map((t) => t.value)).toEqual(['Macron et Poutine se sont parlé au téléphone']);
    // Sentences that run on past a caption's length, the credit glued after them, are the lead.
    const long = `${lead} Le Kremlin a confirmé l’appel et ses sujets, dont la sécurité européenne et l’Ukraine. Photo: AFP`;
    expect(nodesOfType(parse(page(long)).tree, 'caption')).toEqual([]);
  });

  it('reads no captions without a credit line under the title', () => {
    const text = 'Titre de la page\n\nUne ligne.\n\nLe président russe a reçu son homologue ce matin au Kremlin, selon le service de presse.';
    expect(nodesOfType(parse(text).tree, 'caption')).toEqual([]);
  });
});

describe('credit lines through invisibles (issue 12)', () => {
  it('a credit line alone: `(Pho\u00ADto : AP)`, `Cré\u200Bdit photo : Sputnik`', () => {
    const types = (text: string) => parse(text).tree.children.map((c) => c.type);
    expect(types('Titre\n\n(Pho\u00ADto : AP)\n')).toEqual(types('Titre\n\n(Photo : AP)\n'));
    expect(types('Titre\n\nCré\u200Bdit photo : Sputnik\n')).toEqual(types('Titre\n\nCrédit photo : Sputnik\n'));
  });
});
