/**
 * The types of the validation layer: rules, their findings, the
 * diagnostics {@link validate} returns and its options.
 *
 * @module
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { Position, Root } from '../nodes.js';

/**
 * The id of every rule, in the order of {@link rules}. Ids are stable: a
 * rule may be added, but an id is never renamed or reused.
 *
 * The `parse/…` rules surface the diagnostics of {@link parse} (one rule per
 * {@link DiagnosticCode}: `UNRECOGNIZED_LINE` → `parse/unrecognized-line`).
 */
export const RULE_IDS = [
  'toc-matches-sections',
  'dateline-matches-toc',
  'dates-near-header',
  'gallery-sequence',
  'caption-sequence',
  'source-link-missing',
  'source-link-format',
  'source-link-duplicate',
  'truncated',
  'encoding-damage',
  'page-chrome',
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
] as const;

/** The stable id of a validation rule (`gallery-sequence`, `parse/invalid-date`). */
export type RuleId = (typeof RULE_IDS)[number];

/** How a run treats a rule: `off` skips it; a severity reports its findings at that severity. */
export type RuleSetting = 'off' | Severity;

/**
 * A problem found by {@link validate}: the parser's {@link Diagnostic}
 * shape with the id of the rule that found it instead of a parser code.
 */
export interface ValidationDiagnostic {
  /** The stable id of the rule that reported it. */
  rule: RuleId;
  /** The rule's severity in this run (its default, or as configured). */
  severity: Severity;
  /** A sentence for people, naming what was expected and what was found. */
  message: string;
  /** The span of the offending node (or characters) in the text. */
  position: Position;
}

/** Options of {@link validate}. */
export interface ValidateOptions {
  /**
   * Per-rule settings, ESLint style: `{ 'gallery-sequence': 'off', truncated: 'warning' }`.
   * Rules not named keep their default severity. An unknown id or setting
   * makes {@link validate} throw a `TypeError` naming it.
   */
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

/** One finding of a rule, before the run gives it a severity. */
export interface Finding {
  /** A sentence for people, naming what was expected and what was found. */
  message: string;
  /** The span of the offending node or characters. */
  position: Position;
}

/** What a rule's `check` receives. */
export interface RuleContext {
  /** The tree to check. */
  tree: Root;
  /**
   * The source text, when {@link validate} was given text. `undefined` when
   * it was given a tree: text rules then work from node values.
   */
  text: string | undefined;
  /**
   * The parser's diagnostics, when {@link validate} parsed the text itself;
   * `undefined` for a tree given as is (the `parse/…` rules then report nothing).
   */
  parseDiagnostics: readonly Diagnostic[] | undefined;
}

/** A validation rule. */
export interface Rule {
  /** The stable id. */
  id: RuleId;
  /** The severity of its findings unless a run re-grades it. */
  defaultSeverity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
  /** The documentation entry (`docs/rules.md` is generated from it). */
  docs: {
    /** What the rule does and does not report, and why; Markdown. */
    details: string;
    /**
     * A small document the rule reports on; the docs show it with the
     * messages the rule gives. Absent only for the two `parse/…` rules no
     * small input can trigger (`parse/resource-exhaustion`, `parse/internal-error`).
     */
    example?: string;
  };
  /** Runs the rule. Pure: same context, same findings, never throws on a valid tree. */
  check(context: RuleContext): Finding[];
}
