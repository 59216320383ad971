import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticCode } from '../../../src/diagnostics.js';
import { parse } from '../../../src/index.js';
import { PARSER_CODE_RULES, parserRuleId, parserRules } from '../../../src/validate/rules/parser.js';
import { validate } from '../../../src/validate/index.js';
import type { RuleId } from '../../../src/validate/types.js';
import { cleanDossier, findingsOf, heading, lines, link, treeOf } from '../helpers.js';

const LINK = link(74102);

// One input per parser code that the parser reports on, and the rule that carries it.
const CASES: Array<[DiagnosticCode, RuleId, string]> = [
  ['UNRECOGNIZED_LINE', 'parse/unrecognized-line', lines('Note de la rédaction.', '', heading(1), '', heading(1), LINK)],
  ['MALFORMED_HEADER', 'parse/malformed-header', lines('6125 – RUSSIE –', '', heading(1), LINK)],
  ['HEADING_WITHOUT_TIMESTAMP', 'parse/heading-without-timestamp', lines('1°/Vladimir Poutine arrive à Minsk', LINK)],
  ['INVALID_DATE', 'parse/invalid-date', lines('1°/Pourparlers – 31 février 2025 à 17h15 à Minsk', LINK)],
  ['INVALID_TIME', 'parse/invalid-time', lines('1°/Pourparlers – 24 mai 2024 à 25h70 à Minsk', LINK)],
  ['UNKNOWN_TIME_ZONE', 'parse/unknown-time-zone', lines('1°/Visite – 24 mai 2024 à 17h15 à Tombouctou', LINK)],
  ['MALFORMED_URL', 'parse/malformed-url', lines(heading(1), 'http://[::1')],
  ['UNKNOWN_DOCUMENT_KIND', 'parse/unknown-document-kind', lines('Un texte sans titre ni rubrique.', 'Une seconde ligne.')],
  ['AMBIGUOUS_PERSON', 'parse/ambiguous-person', lines(heading(1), 'Alexandre Novak : Oui.', 'Anton Novak : Non.', 'Président Novak : Peut-être.', LINK)],
];

describe('parse/… rules', () => {
  it.each(CASES)('%s comes back as %s, with the parser’s message, severity and position', (code, rule, text) => {
    const fromParser = parse(text).diagnostics.filter((d) => d.code === code);
    expect(fromParser).toHaveLength(1);
    const found = findingsOf(rule, text);
    expect(found).toEqual(fromParser.map((d) => ({ rule, severity: d.severity, message: d.message, position: d.position })));
    expect(parserRuleId(code)).toBe(rule);
  });

  it('PARSER_CODE_RULES maps each parser code to the rule named after it, one to one', () => {
    const entries = Object.entries(PARSER_CODE_RULES);
    expect(entries.map(([, id]) => id)).toEqual(parserRules.map((r) => r.id));
    for (const [code, id] of entries) expect(id).toBe(`parse/${code.toLowerCase().replaceAll('_', '-')}`);
  });

  it('the unrecognized line is quoted in the message', () => {
    expect(findingsOf('parse/unrecognized-line', CASES[0]![2])[0]?.message).toContain('`Note de la rédaction.`');
  });

  it('cover every parser code, each rule’s default severity being the parser’s', () => {
    expect(parserRules.map((r) => r.id)).toEqual([
      'parse/unrecognized-line',
      'parse/malformed-header',
      'parse/heading-without-timestamp',
      'parse/invalid-date',
      'parse/invalid-time',
      'parse/unknown-time-zone',
      'parse/malformed-url',
      'parse/ambiguous-person',
      'parse/unknown-document-kind',
      'parse/resource-exhaustion',
      'parse/internal-error',
    ]);
    for (const [code, rule, text] of CASES) {
      expect(parserRules.find((r) => r.id === rule)?.defaultSeverity).toBe(parse(text).diagnostics.find((d) => d.code === code)?.severity);
    }
  });

  it('the two codes no small input triggers are carried too (checked with a given diagnostic)', () => {
    const tree = treeOf('Texte.\n');
    const position = tree.position;
    for (const [code, id] of [
      ['RESOURCE_EXHAUSTION', 'parse/resource-exhaustion'],
      ['INTERNAL_ERROR', 'parse/internal-error'],
    ] as const) {
      const given: Diagnostic = { code, severity: 'error', message: `${code} happened.`, position };
      const rule = parserRules.find((r) => r.id === id)!;
      expect(rule.check({ tree, text: 'Texte.\n', parseDiagnostics: [given], position: () => position })).toEqual([{ message: `${code} happened.`, position }]);
      expect(rule.check({ tree, text: 'Texte.\n', parseDiagnostics: [], position: () => position })).toEqual([]);
    }
  });

  it('report nothing on a clean document, or on a tree (the parser’s diagnostics are not in it)', () => {
    expect(validate(cleanDossier(3)).filter((d) => d.rule.startsWith('parse/'))).toEqual([]);
    for (const [, rule, text] of CASES) expect(findingsOf(rule, treeOf(text))).toEqual([]);
  });
});
