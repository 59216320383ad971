// Plugins: rule sets from outside pressdoc, named `plugin/rule`, run on the
// real fixtures next to the built-in rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { RULE_IDS, validate, type CustomRule, type Plugin } from '../../src/validate/index.js';
import type { Caption, Node } from '../../src/nodes.js';
import { validationDiagnosticSchema } from '../../src/schema.js';

const MINSK = readFileSync(new URL('../../fixtures/dossier-6125-minsk-2024.txt', import.meta.url), 'utf8');
const ARTICLE = readFileSync(new URL('../../fixtures/article-rt-france-union.txt', import.meta.url), 'utf8');

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) yield* walk(child);
}

/** Reports every caption of the tree, by its node's position. */
const everyCaption: CustomRule = {
  id: 'every-caption',
  defaultSeverity: 'info',
  description: 'Reports each photo caption.',
  check: ({ tree }) => [...walk(tree)].filter((n): n is Caption => n.type === 'caption').map((n) => ({ message: 'A caption.', position: n.position })),
};

/** Reports the word `Minsk` wherever the text writes it, by offsets. */
const minskWord: CustomRule = {
  id: 'minsk-word',
  defaultSeverity: 'warning',
  description: 'Reports each `Minsk` in the text.',
  check: (context) => {
    if (context.text === undefined) return [];
    return [...context.text.matchAll(/Minsk/g)].map((m) => ({ message: 'Minsk.', position: context.position(m.index, m.index + 5) }));
  },
};

const acme: Plugin = { name: 'acme', rules: [everyCaption, minskWord] };

describe('validate plugins', () => {
  it('runs plugin rules next to the built-in ones, named plugin/rule, with their default severity', () => {
    const builtIn = validate(MINSK);
    const withPlugin = validate(MINSK, { plugins: [acme] });
    const captions = [...walk(parse(MINSK).tree)].filter((n) => n.type === 'caption');
    expect(captions.length).toBeGreaterThan(0);
    const mine = withPlugin.filter((d) => d.rule === 'acme/every-caption');
    expect(mine.map((d) => d.position)).toEqual(captions.map((n) => n.position));
    expect(mine.every((d) => d.severity === 'info' && d.message === 'A caption.')).toBe(true);
    // The built-in findings are untouched.
    expect(withPlugin.filter((d) => !d.rule.startsWith('acme/'))).toEqual(builtIn);
    // Positions built from offsets point at the word, with line and column.
    const words = withPlugin.filter((d) => d.rule === 'acme/minsk-word');
    expect(words.length).toBe(MINSK.split('Minsk').length - 1);
    for (const d of words) {
      expect(MINSK.slice(d.position.start.offset, d.position.end.offset)).toBe('Minsk');
      const line = MINSK.split('\n')[d.position.start.line - 1]!;
      expect(line.slice(d.position.start.column - 1, d.position.start.column + 4)).toBe('Minsk');
      expect(d.severity).toBe('warning');
    }
    // Every diagnostic is valid against the published schema.
    for (const d of withPlugin) expect(validationDiagnosticSchema.safeParse(d).success).toBe(true);
  });

  it('lets rules settings turn plugin rules off or re-grade them', () => {
    const off = validate(MINSK, { plugins: [acme], rules: { 'acme/every-caption': 'off', 'acme/minsk-word': 'error' } });
    expect(off.some((d) => d.rule === 'acme/every-caption')).toBe(false);
    expect(off.filter((d) => d.rule === 'acme/minsk-word').every((d) => d.severity === 'error')).toBe(true);
  });

  it('runs plugin rules on a tree too, where the text is undefined', () => {
    const tree = parse(MINSK).tree;
    const found = validate(tree, { plugins: [acme] });
    expect(found.some((d) => d.rule === 'acme/every-caption')).toBe(true);
    expect(found.some((d) => d.rule === 'acme/minsk-word')).toBe(false);
  });

  it('turns a plugin rule that throws into one error for that rule, not a crash', () => {
    const broken: Plugin = {
      name: 'broken',
      rules: [
        { id: 'throws', defaultSeverity: 'warning', description: 'Throws.', check: () => { throw new Error('boom'); } },
        { id: 'not-an-array', defaultSeverity: 'warning', description: 'Returns a string.', check: () => 'nope' as never },
        { id: 'bad-finding', defaultSeverity: 'warning', description: 'Returns a finding without a position.', check: () => [{ message: 'x' }] as never },
      ],
    };
    const found = validate(ARTICLE, { plugins: [broken, acme] });
    const tree = parse(ARTICLE).tree;
    const failures = found.filter((d) => d.rule.startsWith('broken/'));
    expect(failures).toEqual([
      { rule: 'broken/throws', severity: 'error', message: "Rule 'broken/throws' failed: it threw Error: boom; it reports nothing else on this document.", position: tree.position },
      {
        rule: 'broken/not-an-array',
        severity: 'error',
        message: "Rule 'broken/not-an-array' failed: check returned string, not an array of findings { message, position }; it reports nothing else on this document.",
        position: tree.position,
      },
      {
        rule: 'broken/bad-finding',
        severity: 'error',
        message: "Rule 'broken/bad-finding' failed: finding 0 is not { message: string, position: { start, end } } with integer line, column and offset; it reports nothing else on this document.",
        position: tree.position,
      },
    ]);
    // The plugin after the broken one still runs.
    expect(found.some((d) => d.rule === 'acme/minsk-word')).toBe(true);
  });

  it('refuses an unknown rule id, naming the known ones (plugin rules included) and the closest', () => {
    expect(() => validate(MINSK, { plugins: [acme], rules: { 'acme/minsk-wrd': 'off' } })).toThrow(
      new TypeError(`pressdoc.validate: unknown rule 'acme/minsk-wrd'. Did you mean 'acme/minsk-word'? Known rules: ${[...RULE_IDS, 'acme/every-caption', 'acme/minsk-word'].join(', ')}.`),
    );
    // A plugin rule named without its plugin: the message says the plugin is missing.
    expect(() => validate(MINSK, { rules: { 'acme/minsk-word': 'off' } })).toThrow(/unknown rule 'acme\/minsk-word'\. No plugin named 'acme' was given \(options\.plugins\)\. Known rules: toc-matches-sections, /);
  });

  it('refuses duplicate plugins, duplicate rule ids and malformed plugins', () => {
    expect(() => validate(MINSK, { plugins: [acme, { name: 'acme', rules: [] }] })).toThrow(new TypeError("pressdoc.validate: two plugins are named 'acme'; plugin names must be unique."));
    expect(() => validate(MINSK, { plugins: [{ name: 'dup', rules: [everyCaption, everyCaption] }] })).toThrow(
      new TypeError("pressdoc.validate: plugin 'dup' has two rules with the id 'every-caption' ('dup/every-caption'); rule ids must be unique."),
    );
    expect(() => validate(MINSK, { plugins: [{ name: 'parse', rules: [] }] })).toThrow(/'parse' is reserved/);
    expect(() => validate(MINSK, { plugins: [{ name: 'Acme Corp', rules: [] }] })).toThrow(/options\.plugins\[0\]\.name to be lower-case letters/);
    expect(() => validate(MINSK, { plugins: [{ name: 'x', rules: [{ ...everyCaption, id: 'a/b' }] }] })).toThrow(/options\.plugins\[0\]\.rules\[0\] \(plugin 'x'\)\.id to be lower-case letters, digits, '-', '_' or '\.' without a slash/);
    expect(() => validate(MINSK, { plugins: [{ name: 'x', rules: [{ ...everyCaption, defaultSeverity: 'fatal' as never }] }] })).toThrow(/rule 'x\/every-caption' has defaultSeverity "fatal"/);
    expect(() => validate(MINSK, { plugins: [{ name: 'x', rules: [{ ...everyCaption, check: undefined as never }] }] })).toThrow(/rule 'x\/every-caption' has no check function/);
    expect(() => validate(MINSK, { plugins: { acme } as never })).toThrow(/options\.plugins to be an array of \{ name, rules \}, found object/);
  });
});
