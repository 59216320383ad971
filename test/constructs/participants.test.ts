import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

describe('participants', () => {
  it('reads an `en présence` list up to the line ending with a period', () => {
    const { tree } = parse('Les pourparlers ont eu lieu en présence\ndu ministre Sergueï Lavrov,\nde l’ambassadeur Dmitri Krutoi.\nTexte suivant.');
    const [list] = nodesOfType(tree, 'participants');
    expect(list?.intro).toBe('en présence');
    expect(nodesOfType(list as never, 'participant').map((p) => p.value)).toEqual(['du ministre Sergueï Lavrov', 'de l’ambassadeur Dmitri Krutoi']);
    expect(nodesOfType(tree, 'paragraph').map((p) => p.value)).toEqual(['Les pourparlers ont eu lieu en présence', 'Texte suivant.']);
  });

  it('reads `était représentée par` with a colon', () => {
    const [list] = nodesOfType(parse('La Russie était représentée par :\nle ministre Sergueï Lavrov.').tree, 'participants');
    expect(list?.intro).toBe('était représentée par');
    expect(list?.children).toHaveLength(2);
  });

  it('ends the list at a blank line', () => {
    const [list] = nodesOfType(parse('en présence\nde A,\n\nTexte.').tree, 'participants');
    expect(list?.children).toHaveLength(2);
  });
});

describe('participants through invisibles (issue 12)', () => {
  it('reads an intro with invisibles inside its words, and returns it as written', () => {
    const [list] = nodesOfType(parse('La Russie était repré\u00ADsentée \u200Bpar\nle ministre Sergueï Lavrov.').tree, 'participants');
    expect(list?.intro).toBe('était repré\u00ADsentée \u200Bpar');
    expect(nodesOfType(list as never, 'participant').map((p) => p.value)).toEqual(['le ministre Sergueï Lavrov']);
    const [p] = nodesOfType(parse('Les pourparlers ont eu lieu en pré\u200Bsence :\nde A.').tree, 'participants');
    expect(p?.intro).toBe('en pré\u200Bsence');
  });

  it('trims a run of spaces and invisibles before the final comma, not an invisible glued to the word', () => {
    const values = (line: string) => nodesOfType(parse(`en présence\n${line}\nde B.`).tree, 'participant').map((p) => p.value);
    expect(values('de A \u200B,')).toEqual(['de A', 'de B']);
    expect(values('de A\u200B,')).toEqual(['de A\u200B', 'de B']);
  });
});
