/**
 * Rules `parse/…`: the diagnostics of {@link parse}, one rule per
 * {@link DiagnosticCode} (`UNRECOGNIZED_LINE` → `parse/unrecognized-line`),
 * so that a run can turn each off or re-grade it like any other rule.
 *
 * ```text
 * Note de la rédaction.                                  ← parse/unrecognized-line
 * 1°/Vladimir Poutine arrive à Minsk                     ← parse/heading-without-timestamp
 * ```
 *
 * Their default severity is the one the parser gives. They report nothing
 * when {@link validate} is given a tree: the parser's diagnostics are not
 * part of the tree.
 *
 * @module
 */
import type { DiagnosticCode, Severity } from '../../diagnostics.js';
import type { Rule, RuleId } from '../types.js';

interface ParserRuleSpec {
  id: RuleId;
  severity: Severity;
  description: string;
  details: string;
  example: string | undefined;
}

const HEAD = '1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk\n';
const LINK = 'http://en.kremlin.ru/events/president/news/74102\n';

// A Record, so that a new parser code fails to compile until it has its rule.
const SPECS: Record<DiagnosticCode, ParserRuleSpec> = {
  UNRECOGNIZED_LINE: {
    id: 'parse/unrecognized-line',
    severity: 'info',
    description: 'A line of a dossier that fits no construct where it stands (outside any section); the message quotes it.',
    details:
      'The grammar falls back on a paragraph for a line it cannot place: text between the header and the first section of a dossier, or a header line that is not the first line. Lines inside sections are running text and are not reported. The message quotes the line (its first 60 characters).',
    example: `Note de la rédaction : texte à relire.\n\n${HEAD}${HEAD}${LINK}`,
  },
  MALFORMED_HEADER: {
    id: 'parse/malformed-header',
    severity: 'warning',
    description: 'A first line that starts like a dossier header (`6125 – RUSSIE – …`) but does not read as one; the message quotes it.',
    details: 'The header reads `number – COUNTRY – title`, then an optional `– dd.mm.yy –` date (`6125 – RUSSIE – V.Poutine à Minsk … – 24.05.24 –`, `3763 – Kremlin – Du 28 au 30 Avril 2020, …`). A first line that starts with a number, a dash and a word in capitals but lacks a part is kept as a paragraph and reported.',
    example: `6125 – RUSSIE –\n\n${HEAD}${LINK}`,
  },
  HEADING_WITHOUT_TIMESTAMP: {
    id: 'parse/heading-without-timestamp',
    severity: 'warning',
    description: 'A `N°/` heading, table-of-contents entry or lettered subsection heading with no readable timestamp.',
    details: 'Every entry and heading of a dossier ends with `– date à time à place`; one without it leaves its section undated.',
    example: `1°/Vladimir Poutine arrive à Minsk\n${LINK}`,
  },
  INVALID_DATE: {
    id: 'parse/invalid-date',
    severity: 'warning',
    description: 'A date that does not exist (`31 février 2025`, `32.05.24`).',
    details: 'The date is kept as written; its normalized `date` is left out.',
    example: `1°/Pourparlers – 31 février 2025 à 17h15 à Minsk\n${LINK}`,
  },
  INVALID_TIME: {
    id: 'parse/invalid-time',
    severity: 'warning',
    description: 'A time out of range (`25h70`).',
    details: 'The time is kept as written; its normalized `time` and `instant` are left out.',
    example: `1°/Pourparlers – 24 mai 2024 à 25h70 à Minsk\n${LINK}`,
  },
  UNKNOWN_TIME_ZONE: {
    id: 'parse/unknown-time-zone',
    severity: 'info',
    description: 'A timestamp whose place has no known time zone, so it has no instant.',
    details: 'The place list lives in `src/normalize/places.ts`; a new place there removes the finding.',
    example: `1°/Visite – 24 mai 2024 à 17h15 à Tombouctou\n${LINK}`,
  },
  MALFORMED_URL: {
    id: 'parse/malformed-url',
    severity: 'warning',
    description: 'A source line that starts like a URL but does not parse as one.',
    details: 'The link keeps its text; its host is empty and its kind `other`. A URL that parses but is no Kremlin event page is `source-link-format`’s finding.',
    example: `${HEAD}http://[::1\n`,
  },
  AMBIGUOUS_PERSON: {
    id: 'parse/ambiguous-person',
    severity: 'warning',
    description: 'A speaker label with a bare surname (`Président Novak`) that fits several persons of the document; the turn gets no person.',
    details: 'People are resolved by folded first name and surname; a label that gives only a surname is linked when exactly one person of the document has it.',
    example: `${HEAD}Alexandre Novak : Oui.\nAnton Novak : Non.\nPrésident Novak : Peut-être.\n${LINK}`,
  },
  UNKNOWN_DOCUMENT_KIND: {
    id: 'parse/unknown-document-kind',
    severity: 'info',
    description: 'A document that is neither a dossier (header or `N°/` headings) nor a news article (site chrome); each line is kept as what it reads on its own.',
    details: 'Reported once, over the text from its first non-blank line. A scrape of another kind of page, or a dossier cut before its first heading, ends up here.',
    example: 'Un texte sans titre ni rubrique.\nUne seconde ligne.\n',
  },
  RESOURCE_EXHAUSTION: {
    id: 'parse/resource-exhaustion',
    severity: 'error',
    description: 'The input was too large or too deep for the grammar; every line was kept as a paragraph.',
    details: 'Only inputs far larger than any press document trigger it, so no example is shown; the message names the limit the grammar hit.',
    example: undefined,
  },
  INTERNAL_ERROR: {
    id: 'parse/internal-error',
    severity: 'error',
    description: 'The grammar failed on this input (a bug in pressdoc); every line was kept as a paragraph.',
    details: 'No known input triggers it, so no example is shown. Please report the input that does.',
    example: undefined,
  },
};

function parserRule(code: DiagnosticCode, spec: ParserRuleSpec): Rule {
  return {
    id: spec.id,
    defaultSeverity: spec.severity,
    description: spec.description,
    docs: spec.example === undefined ? { details: spec.details } : { details: spec.details, example: spec.example },
    check({ parseDiagnostics }) {
      return (parseDiagnostics ?? []).filter((d) => d.code === code).map((d) => ({ message: d.message, position: d.position }));
    },
  };
}

/** The `parse/…` rules, in the order of {@link DiagnosticCode}. */
export const parserRules: readonly Rule[] = (Object.entries(SPECS) as Array<[DiagnosticCode, ParserRuleSpec]>).map(([code, spec]) =>
  parserRule(code, spec),
);

/**
 * The rule id under which {@link validate} reports each parser diagnostic
 * code (`INVALID_DATE` → `parse/invalid-date`): one rule per code, the
 * one table that docs/rules.md and the README's diagnostics table show.
 */
export const PARSER_CODE_RULES: Readonly<Record<DiagnosticCode, RuleId>> = Object.freeze(
  Object.fromEntries((Object.entries(SPECS) as Array<[DiagnosticCode, ParserRuleSpec]>).map(([code, spec]) => [code, spec.id])) as Record<DiagnosticCode, RuleId>,
);

/** The rule id under which {@link validate} reports a parser diagnostic of `code`. */
export function parserRuleId(code: DiagnosticCode): RuleId {
  return PARSER_CODE_RULES[code];
}
