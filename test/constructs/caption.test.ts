import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const captions = (text: string) => nodesOfType(parse(text).tree, 'caption');

describe('caption', () => {
  it('reads a numbered caption standing alone', () => {
    expect(captions('4 Lors des négociations.\n\nTexte.')).toMatchObject([{ number: 4, text: 'Lors des négociations.' }]);
  });

  it('reads a caption at the end of the text', () => {
    expect(captions('Texte.\n\n12 VP Avec le président.')).toMatchObject([{ number: 12, text: 'VP Avec le président.' }]);
  });

  it('reads the credit: photographer and agency', () => {
    expect(captions('5 Le ministre. Photo : Pavel Bedniakov, RIA Novosti\n')[0]).toMatchObject({
      text: 'Le ministre.',
      credit: { photographer: 'Pavel Bedniakov', agency: 'RIA Novosti' },
    });
  });

  it('reads a credit naming only an agency, or only a photographer', () => {
    expect(captions('5 Le ministre. Photo: TASS\n')[0]?.credit).toEqual({ agency: 'TASS' });
    expect(captions('5 Le ministre. Photo : Valéry Sharifulin\n')[0]?.credit).toEqual({ photographer: 'Valéry Sharifulin' });
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

  it('leaves a numbered line inside running text as text', () => {
    expect(captions('Texte.\n2 Millions de personnes ont voté.\nSuite du texte.')).toEqual([]);
  });
});
