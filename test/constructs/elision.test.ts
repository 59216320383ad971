import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

describe('elision', () => {
  it.each([
    ['<… >', 'omission'],
    ['<…>', 'omission'],
    ['<...>', 'omission'],
    ['[…]', 'omission'],
    ['(…)', 'omission'],
    ['* * *', 'break'],
    ['***', 'break'],
    ['À suivre.', 'toBeContinued'],
    ['A suivre', 'toBeContinued'],
    ['À suivre...', 'toBeContinued'],
    ['(À suivre)', 'toBeContinued'],
    ['( à suivre… )', 'toBeContinued'],
    ['To be continued.', 'toBeContinued'],
    ['TO BE CONTINUED', 'toBeContinued'],
  ])('reads `%s` as %s', (line, kind) => {
    expect(nodesOfType(parse(line).tree, 'elision')).toMatchObject([{ kind, value: line }]);
  });

  it('reads `To be continued` and `À suivre` only as a whole line', () => {
    expect(nodesOfType(parse('To be continued by the next speaker.').tree, 'elision')).toEqual([]);
    expect(nodesOfType(parse('(À suivre demain)').tree, 'elision')).toEqual([]);
  });

  it('marks a trailing ellipsis on the paragraph', () => {
    const [p] = nodesOfType(parse('Il lui a souhaité tous les succès….').tree, 'paragraph');
    expect(p?.trailingEllipsis).toBe(true);
    expect(nodesOfType(parse('Une phrase finie.').tree, 'paragraph')[0]?.trailingEllipsis).toBeUndefined();
  });
});

describe('elision through invisibles (issue 12)', () => {
  it('`À sui\u00ADvre.` is still `toBeContinued`, its span the whole line', () => {
    const [e] = nodesOfType(parse('À sui\u00ADvre.').tree, 'elision');
    expect(e?.kind).toBe('toBeContinued');
    expect(e?.position.end.offset).toBe('À sui\u00ADvre.'.length);
    expect(nodesOfType(parse('À suivres.').tree, 'elision')).toEqual([]);
  });
});
