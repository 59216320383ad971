import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const H = '1°/Titre – 10 mars 2025 à 13H40 au Kremlin-Moscou\n';

describe('tag', () => {
  it('reads a short line after the dateline', () => {
    const { tree } = parse(`${H}10 mars 2025 à 13H40 au Kremlin-Moscou\n\nTerritoire de Perm\nTexte.`);
    expect(nodesOfType(tree, 'tag').map((t) => t.value)).toEqual(['Territoire de Perm']);
  });

  it('reads a short line just before the source link', () => {
    const { tree } = parse(`${H}Texte.\nGéographie\n\nhttp://en.kremlin.ru/events/president/news/1`);
    expect(nodesOfType(tree, 'tag').map((t) => t.value)).toEqual(['Géographie']);
  });

  it('leaves a short line in the middle of the text as a paragraph', () => {
    const { tree } = parse(`${H}Texte.\nQui comprend\n- the 76th Division,`);
    expect(nodesOfType(tree, 'tag')).toEqual([]);
  });

  it('does not take a sentence for a tag', () => {
    expect(nodesOfType(parse(`${H}10 mars 2025 à 13H40 au Kremlin-Moscou\nLe président est arrivé.`).tree, 'tag')).toEqual([]);
  });
});

describe('tag length through invisibles (issue 12)', () => {
  it('counts no invisible: 60 letters with SOFT HYPHENs inside are still a tag', () => {
    const tag = 'Fédération Économique Éloignée Sibérienne Présidentielle';
    const shy = tag.replace(/(\p{L}{3})(?=\p{L})/gu, '$1\u00AD');
    expect(shy.length).toBeGreaterThan(60);
    const doc = (t: string): string => `${H}1 mai 2024 à 10h00 à Minsk\n${t}\n`;
    expect(nodesOfType(parse(doc(tag)).tree, 'tag')).toHaveLength(1);
    expect(nodesOfType(parse(doc(shy)).tree, 'tag').map((t) => t.value)).toEqual([shy]);
  });
});
