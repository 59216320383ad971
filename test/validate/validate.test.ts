import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { validationDiagnosticSchema } from '../../src/schema.js';
import { RULE_IDS, rules, validate } from '../../src/validate/index.js';
import { SAMPLES, fixture } from '../helpers.js';
import { cleanDossier, heading, lines, link, treeOf } from './helpers.js';

// A gallery problem on line 2, then three encoding problems on line 4.
const TWO_PROBLEMS = lines(heading(1), '2/3', '3/3', 'Il a Ã©tÃ© reÃ§u.', link(1));

describe('validate', () => {
  it('is exported from the package entry with the rule list', () => {
    expect(api.validate).toBe(validate);
    expect(api.rules).toBe(rules);
    expect(api.RULE_IDS).toBe(RULE_IDS);
  });

  it('returns nothing on a clean dossier', () => {
    expect(validate(cleanDossier(4))).toEqual([]);
  });

  it('walks a tree changed between two calls again (the walks are shared within one call only)', () => {
    const tree = treeOf(cleanDossier(2));
    expect(validate(tree)).toEqual([]);
    // A damaged paragraph in section 1 and a counter that starts at 2:
    // a leaf for encoding-damage, a node of the section for gallery-sequence.
    const section = tree.children.find((c) => c.type === 'section');
    if (section?.type !== 'section') throw new Error('expected a section');
    const at = section.children[1]?.position ?? section.position;
    section.children.splice(1, 0, { type: 'paragraph', value: 'Il a Ã©tÃ© reÃ§u.', position: at }, { type: 'photoCounter', index: 2, total: 3, position: at });
    expect(validate(tree).map((d) => d.rule).sort()).toEqual(['encoding-damage', 'encoding-damage', 'encoding-damage', 'gallery-sequence', 'gallery-sequence']); // 1/3 and 3/3 missing
  });

  it('returns diagnostics in text order, each with its rule id, severity, message and position', () => {
    const found = validate(TWO_PROBLEMS);
    expect(found.map((d) => [d.position.start.line, d.position.start.column, d.rule, d.severity])).toEqual([
      [2, 1, 'gallery-sequence', 'warning'],
      [4, 6, 'encoding-damage', 'error'],
      [4, 9, 'encoding-damage', 'error'],
      [4, 14, 'encoding-damage', 'error'],
    ]);
    for (const d of found) expect(validationDiagnosticSchema.parse(d)).toEqual(d);
  });

  it('orders findings at the same position by the order of the rule list', () => {
    const text = lines('6125 – RUSSIE – Visite – 24.05.24 –', '', heading(1, 'Visite', '21 mai 2024 à 11h00 à Minsk'), '', heading(1, 'Visite', '21 mai 2042 à 11h00 à Minsk'), link(1));
    expect(validate(text).map((d) => `${d.position.start.line} ${d.rule}`)).toEqual(['5 toc-matches-sections', '5 dates-near-header']);
  });

  it('turns rules off and re-grades them (ESLint-style settings)', () => {
    const found = validate(TWO_PROBLEMS, { rules: { 'gallery-sequence': 'off', 'encoding-damage': 'info' } });
    expect(found.map((d) => [d.rule, d.severity])).toEqual([
      ['encoding-damage', 'info'],
      ['encoding-damage', 'info'],
      ['encoding-damage', 'info'],
    ]);
    expect(validate(TWO_PROBLEMS, { rules: {} })).toEqual(validate(TWO_PROBLEMS));
    expect(validate(TWO_PROBLEMS, {})).toEqual(validate(TWO_PROBLEMS));
  });

  it('refuses an unknown rule id, suggesting the closest one', () => {
    expect(() => validate('x', { rules: { 'galery-sequence': 'off' } as never })).toThrow(
      new TypeError(`pressdoc.validate: unknown rule 'galery-sequence'. Did you mean 'gallery-sequence'? Known rules: ${RULE_IDS.join(', ')}.`),
    );
    expect(() => validate('x', { rules: { 'no-such-thing-at-all': 'off' } as never })).toThrow(/unknown rule 'no-such-thing-at-all'\. Known rules: toc-matches-sections, /);
  });

  it('refuses a setting other than off, info, warning or error, naming it', () => {
    expect(() => validate('x', { rules: { truncated: 'warn' } as never })).toThrow(
      new TypeError(`pressdoc.validate: rule 'truncated' expects 'off', 'info', 'warning' or 'error', found "warn".`),
    );
    expect(() => validate('x', { rules: { truncated: 2 } as never })).toThrow(/found 2\./);
    expect(() => validate('x', { rules: ['truncated'] } as never)).toThrow(/options\.rules to be an object .* found an array/);
    expect(() => validate('x', 'strict' as never)).toThrow(/expected options to be an object, found string/);
  });

  it('accepts a tree, and refuses what is neither text nor a tree', () => {
    const tree = treeOf(TWO_PROBLEMS);
    expect(validate(tree).map((d) => d.rule)).toEqual(['gallery-sequence', 'encoding-damage', 'encoding-damage', 'encoding-damage']);
    expect(validate(JSON.parse(JSON.stringify(tree)))).toEqual(validate(tree));
    expect(() => validate(null as never)).toThrow(new TypeError("pressdoc.validate expects a string or a pressdoc tree (type 'root'), got null."));
    expect(() => validate({ type: 'paragraph' } as never)).toThrow(TypeError);
  });

  it('does not change the tree it is given', () => {
    const tree = treeOf(TWO_PROBLEMS);
    const before = JSON.stringify(tree);
    validate(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it.each(SAMPLES)('never throws on %s cut after every line, and gives schema-valid diagnostics', { timeout: 60_000 }, (name) => {
    const text = fixture(name);
    for (let cut = text.indexOf('\n'); cut !== -1; cut = text.indexOf('\n', cut + 1)) {
      for (const d of validate(text.slice(0, cut))) validationDiagnosticSchema.parse(d);
    }
  });
});

describe('rules', () => {
  it('lists every rule once, in the order of RULE_IDS, each with a description and docs', () => {
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const r of rules) {
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.docs.details.length).toBeGreaterThan(20);
    }
    expect(Object.isFrozen(rules)).toBe(true);
  });

  it('each rule’s docs example triggers that rule', () => {
    const without = rules.filter((r) => r.docs.example === undefined).map((r) => r.id);
    expect(without).toEqual(['parse/resource-exhaustion', 'parse/internal-error']);
    for (const r of rules) {
      if (r.docs.example === undefined) continue;
      expect(validate(r.docs.example).filter((d) => d.rule === r.id), r.id).not.toEqual([]);
    }
  });
});
