import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const counters = (text: string) => nodesOfType(parse(text).tree, 'photoCounter').map((c) => [c.index, c.total]);

describe('photo counter', () => {
  it('reads `1/8` and `1 sur 4`', () => {
    expect(counters('1/8\n\n2/8\n1 sur 4\n2 SUR 4')).toEqual([[1, 8], [2, 8], [1, 4], [2, 4]]);
  });

  it('reads `1 of 6`, the English Kremlin pages\' gallery counter', () => {
    expect(counters('1 of 6\nMeeting with Government members.\n2 OF 6\n3 of 6 Ahead of the meeting.')).toEqual([[1, 6], [2, 6], [3, 6]]);
    // `of` before words is English prose, no counter.
    expect(counters('2 of the ministers spoke.\n1 of them')).toEqual([]);
  });

  it('reads `Photo 1 sur 8`', () => {
    expect(counters('Photo 1 sur 8\nPhotos 2/8')).toEqual([[1, 8], [2, 8]]);
  });

  it('reads `Image 1 of 27`, a picture’s word of either kind before the counter', () => {
    expect(counters('Image 1 of 27\nImages 2 of 27\nImage 3 sur 5')).toEqual([[1, 27], [2, 27], [3, 5]]);
  });

  it('reads the place in capitals before a counter in capitals, as the Kremlin’s galleries print it', () => {
    const line = 'SOCHI 1 SUR 3 DU 28.05.2021 Rencontre avec le président de la Biélorussie Alexander Lukashenko - 28 mai 2021';
    const { tree } = parse(`Texte.\n${line}\nNIJNI NOVGOROD 2/3`);
    expect(counters(`Texte.\n${line}\nNIJNI NOVGOROD 2/3`)).toEqual([[1, 3], [2, 3]]);
    expect(nodesOfType(tree, 'photoCounter')[0]?.position).toMatchObject({ start: { column: 1 }, end: { column: 14 } });
    expect(nodesOfType(tree, 'caption')[0]?.text).toBe('DU 28.05.2021 Rencontre avec le président de la Biélorussie Alexander Lukashenko - 28 mai 2021');
    // A capital word before a count in small letters, or before a fraction and words, is text.
    expect(counters('SONDAGE 1 sur 4 Français pense que oui\nLA RUSSIE 1/3 des membres')).toEqual([]);
  });

  it('reads a gallery’s name of capitalized words before a counter in capitals, and a caption glued to the counter by a dash', () => {
    const line = 'Kremlin GVT 1 SUR 7- Rencontre avec les membres du gouvernement - 13 mai 2021 - 15h50';
    expect(counters(`Texte.\n${line}`)).toEqual([[1, 7]]);
    expect(nodesOfType(parse(`Texte.\n${line}`).tree, 'caption')[0]?.text).toBe('Rencontre avec les membres du gouvernement - 13 mai 2021 - 15h50');
    expect(counters('Texte.\n3 SUR 7- Rencontre avec les membres du gouvernement')).toEqual([[3, 7]]);
    // Words before a counter in small letters, or before a fraction, are text.
    expect(counters('Le Kremlin 1 sur 7 Rencontre\nSondage 1/4 Français')).toEqual([]);
  });

  it('reads a caption after the counter on the same line', () => {
    const { tree } = parse('5/10 .Cérémonie de dépôt de couronnes');
    expect(counters('5/10 .Cérémonie de dépôt de couronnes')).toEqual([[5, 10]]);
    expect(nodesOfType(tree, 'caption')).toMatchObject([{ text: 'Cérémonie de dépôt de couronnes', position: { start: { column: 6 } } }]);
    expect(nodesOfType(tree, 'caption')[0]?.number).toBeUndefined();
  });

  it('reads sansapriori’s `1 XX 6` and `PH 1 X 3`, a capital X between spaces, and a caption in small letters after a period', () => {
    const { tree } = parse(' 1 XX 6 . région de Kherson, Vladimir Saldo – 25 juin 2024 à 14h05 au Kremlin-Moscou');
    expect(nodesOfType(tree, 'photoCounter').map((c) => [c.index, c.total])).toEqual([[1, 6]]);
    expect(nodesOfType(tree, 'caption').map((c) => c.text)).toEqual(['région de Kherson, Vladimir Saldo – 25 juin 2024 à 14h05 au Kremlin-Moscou']);
    expect(counters('KREMLIN SOCHI PH 1 X 3 DU 28.09.2020 Avec le président de la République kirghize')).toEqual([[1, 3]]);
    // `Xavier` is no X; without a period, a caption opens with a capital.
    expect(counters('1 Xavier 3')).toEqual([]);
    expect(counters('1 XX 6 région de Kherson')).toEqual([]);
  });

  it('leaves a fraction in running text as text', () => {
    expect(counters('1/3 des membres étaient présents.')).toEqual([]);
  });

  it('keeps counters in the order written, anomalies included', () => {
    expect(counters('2 sur 5\n8 sur 9\n7 sur 9\n9 sur 9\n9 sur 9')).toEqual([[2, 5], [8, 9], [7, 9], [9, 9], [9, 9]]);
  });
});

describe('photo counter beside invisibles (issue 12)', () => {
  it('`5/10 \u200B.Cérémonie`: the counter and its caption, the ZERO WIDTH SPACE in the counter\'s leaf', () => {
    const text = '5/10 \u200B.Cérémonie de dépôt de couronnes\n';
    const tree = parse(text).tree;
    const [counter] = nodesOfType(tree, 'photoCounter');
    const [caption] = nodesOfType(tree, 'caption');
    expect([counter?.index, counter?.total]).toEqual([5, 10]);
    expect(counter?.position.end.offset).toBe(6);
    expect(caption).toMatchObject({ text: 'Cérémonie de dépôt de couronnes' });
    expect(caption?.position.start.offset).toBe(6);
  });

  it('`1/8\u200B Cérémonie`: the invisible glued to the count, the caption after the space', () => {
    const [caption] = nodesOfType(parse('1/8\u200B Cérémonie\n').tree, 'caption');
    expect(caption?.text).toBe('Cérémonie');
    // Glued to a caption without a space, as without the invisible: no caption.
    expect(nodesOfType(parse('1/8\u200BCérémonie\n').tree, 'caption')).toEqual(nodesOfType(parse('1/8Cérémonie\n').tree, 'caption'));
  });
});
