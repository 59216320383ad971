// parse's safety nets, forced: when the grammar throws (memory or stack
// running out: RangeError; or a bug) or a builder throws, parse keeps every
// line as a paragraph and says why, instead of throwing. The property tests
// check that these diagnostics never appear on real input.
import { afterEach, describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ grammar: undefined as Error | undefined, compose: undefined as Error | undefined }));

vi.mock('../src/generated/grammar.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/generated/grammar.js')>();
  return {
    ...original,
    parse: (...args: Parameters<typeof original.parse>) => {
      if (failures.grammar) throw failures.grammar;
      return original.parse(...args);
    },
  };
});

vi.mock('../src/compose/dossier.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/compose/dossier.js')>();
  return {
    ...original,
    composeDossier: (...args: Parameters<typeof original.composeDossier>) => {
      if (failures.compose) throw failures.compose;
      return original.composeDossier(...args);
    },
  };
});

const { parse } = await import('../src/index.js');
const { contractProblems } = await import('./support/properties.js');

const text = '1°/T – 1 mai 2024\n\nVladimir Poutine : Bonjour.\r\nFin';

afterEach(() => {
  failures.grammar = undefined;
  failures.compose = undefined;
});

describe('safety nets', () => {
  it('a RangeError in the grammar (stack or memory) gives RESOURCE_EXHAUSTION and paragraphs', () => {
    failures.grammar = new RangeError('Maximum call stack size exceeded');
    const { tree, diagnostics } = parse(text);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(diagnostics[0]).toMatchObject({ code: 'RESOURCE_EXHAUSTION', severity: 'error' });
    expect(diagnostics[0]?.message).toContain('Maximum call stack size exceeded');
  });

  it('another error in the grammar gives INTERNAL_ERROR and paragraphs', () => {
    failures.grammar = new Error('boom');
    const { tree, diagnostics } = parse(text);
    expect(tree.children).toHaveLength(3);
    expect(diagnostics[0]).toMatchObject({ code: 'INTERNAL_ERROR', severity: 'error' });
  });

  it('an error while composing gives INTERNAL_ERROR, drops what the failed pass reported, keeps every line', () => {
    failures.compose = new TypeError('x is undefined');
    const { tree, diagnostics } = parse(text);
    expect(tree.kind).toBe('dossier');
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(diagnostics.map((d) => d.code)).toEqual(['INTERNAL_ERROR']);
    expect(diagnostics[0]?.message).toContain('x is undefined');
    // contractProblems flags INTERNAL_ERROR: the property tests would catch such a bug.
    expect(contractProblems(text)).toEqual([expect.stringContaining('INTERNAL_ERROR')]);
  });
});
