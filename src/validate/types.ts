/**
 * The types of the validation layer: rules, their findings, the
 * diagnostics {@link validate} returns and its options.
 *
 * @module
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { Position, Root } from '../nodes.js';
import type { ParseOptions } from '../parse.js';

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

/**
 * The id of a plugin rule: the plugin's {@link Plugin.name}, a slash, and the
 * rule's own {@link CustomRule.id} (`acme/no-empty-caption`), as ESLint and
 * markdownlint name plugin rules. The `parse/` namespace is the parser's own.
 */
export type PluginRuleId = `${string}/${string}`;

/** The id of any rule of a run: a built-in {@link RuleId} or a {@link PluginRuleId}. */
export type AnyRuleId = RuleId | PluginRuleId;

/** How a run treats a rule: `off` skips it; a severity reports its findings at that severity. */
export type RuleSetting = 'off' | Severity;

/**
 * A problem found by {@link validate}: the parser's {@link Diagnostic}
 * shape with the id of the rule that found it instead of a parser code.
 */
export interface ValidationDiagnostic {
  /** The id of the rule that reported it: a built-in {@link RuleId} or a plugin's `name/rule-id`. */
  rule: AnyRuleId;
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
   * Rules not named keep their default severity. Plugin rules are named
   * `plugin-name/rule-id` (`{ 'acme/no-empty-caption': 'error' }`). An
   * unknown id (the message names the known ones, and the closest one) or
   * setting makes {@link validate} throw a `TypeError` naming it.
   */
  rules?: Partial<Record<AnyRuleId, RuleSetting>>;
  /**
   * Rule sets from outside pressdoc, run after the built-in rules, in the
   * order given. Each plugin's rules are named `plugin.name/rule.id`. Two
   * plugins with the same name, or two rules with the same id in one plugin,
   * are a `TypeError`. A plugin rule that throws, or returns something other
   * than an array of findings, does not stop the run: it gives one
   * diagnostic for that rule, severity `error`, over the whole document,
   * whose message starts `Rule 'name/id' failed:` and names the error.
   */
  plugins?: readonly Plugin[];
  /**
   * Options for {@link parse} when `validate` is given text (`places`,
   * `referenceDate`, `people`, `limits`); ignored for a tree, which is
   * already parsed. Checked as `parse` checks them.
   */
  parse?: ParseOptions;
}

/**
 * A set of rules from outside pressdoc (ESLint/markdownlint style):
 * `validate(text, { plugins: [{ name: 'acme', rules: [noEmptyCaption] }] })`.
 */
export interface Plugin {
  /**
   * The namespace of its rules: lower-case ASCII letters, digits, `-`, `_`
   * or `.`, starting with a letter or digit (`acme`, `my-house-style`).
   * `parse` is reserved for the parser's rules.
   */
  name: string;
  /** Its rules; their ids are unique within the plugin. */
  rules: readonly CustomRule[];
}

/** One finding of a rule, before the run gives it a severity. */
export interface Finding {
  /** A sentence for people, naming what was expected and what was found. */
  message: string;
  /**
   * The span of the offending node or characters, as a node's `position`:
   * points `{ line, column, offset }` with 1-based line and column, 0-based
   * offset, end exclusive, all in UTF-16 code units of the text as given
   * (see {@link Point}). Copy a node's `position`, or build one from offsets
   * with {@link RuleContext.position}.
   */
  position: Position;
}

/**
 * What a rule's `check` receives, the same for built-in and plugin rules.
 * Treat it as read-only: every rule of the run sees the same objects.
 */
export interface RuleContext {
  /** The tree to check, as {@link parse} built it or as given to {@link validate}. */
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
  /**
   * The {@link Position} of a span of {@link RuleContext.text}, from UTF-16
   * offsets (`start` inclusive, `end` exclusive, clamped to the text). For a
   * tree given without text there is nothing to measure: every point is
   * `{ line: 1, column: 1, offset: 0 }`, so use a node's `position` instead.
   */
  position(start: number, end: number): Position;
}

/**
 * A built-in validation rule (one of {@link rules}).
 *
 * The contract, for built-in and plugin rules alike ({@link CustomRule}):
 * `check` receives a {@link RuleContext} (the tree; the text and the
 * parser's diagnostics when `validate` was given text) and returns its
 * {@link Finding}s, each with a message and a position in UTF-16 code units
 * of the text (1-based line and column, 0-based offset, end exclusive). It
 * does not give a severity: the run does, from the rule's
 * `defaultSeverity` or the `rules` setting. It is pure (same context, same
 * findings) and does not modify the context.
 */
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

/**
 * A rule of a {@link Plugin}: the {@link Rule} contract, with its own id and
 * optional docs. Its id in settings and diagnostics is `plugin.name/id`.
 */
export interface CustomRule {
  /** Its id within the plugin: lower-case ASCII letters, digits, `-`, `_` or `.`, no slash (`no-empty-caption`). */
  id: string;
  /** The severity of its findings unless a run re-grades it. */
  defaultSeverity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
  /** Optional documentation, as for built-in rules. */
  docs?: { details: string; example?: string };
  /**
   * Runs the rule on one document and returns its findings (an empty array
   * when it finds nothing). Should it throw, or return anything but an
   * array of findings, the run reports one `error` for this rule instead.
   */
  check(context: RuleContext): Finding[];
}
