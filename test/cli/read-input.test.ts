import { describe, expect, it } from 'vitest';
import { InputError, readInput, STDIN_HINT } from '../../src/cli/read-input.js';

/** A standard input made of these chunks, on a terminal or not. */
function stdin(chunks: string[], isTTY: boolean): AsyncIterable<Uint8Array> & { isTTY: boolean } {
  return {
    isTTY,
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) yield new TextEncoder().encode(c);
    },
  };
}

describe('readInput', () => {
  it('reads - from standard input, chunk after chunk', async () => {
    const input = await readInput('-', stdin(['1°/Titre – 12 ', 'mars 2025\n'], false));
    expect(input).toEqual({ text: '1°/Titre – 12 mars 2025\n', name: '<stdin>' });
  });

  it('tells a person at a terminal how to end the input, and says nothing to a pipe', async () => {
    const said: string[] = [];
    await readInput('-', stdin(['x'], true), (s) => said.push(s));
    expect(said).toEqual([STDIN_HINT]);
    expect(STDIN_HINT).toContain('Ctrl-D');
    said.length = 0;
    await readInput('-', stdin(['x'], false), (s) => said.push(s));
    expect(said).toEqual([]);
  });

  it('says what to do about a missing file', async () => {
    await expect(readInput('no/such/file.txt')).rejects.toThrow(InputError);
    await expect(readInput('no/such/file.txt')).rejects.toThrow(/no such file\. Check the path, or pass - to read standard input\./);
  });
});
