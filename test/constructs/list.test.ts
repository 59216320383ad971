import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

describe('list', () => {
  it('groups consecutive `- ` lines into one list', () => {
    const { tree } = parse('Qui comprend\n- the 76th Division,\n- the 106th Division,\nqui agit.');
    expect(nodesOfType(tree, 'list')).toHaveLength(1);
    expect(nodesOfType(tree, 'listItem').map((i) => [i.marker, i.value])).toEqual([
      ['-', 'the 76th Division,'],
      ['-', 'the 106th Division,'],
    ]);
  });

  it('starts a new list after a blank line and accepts `•`', () => {
    expect(nodesOfType(parse('- un\n\n• deux').tree, 'list')).toHaveLength(2);
  });
});
