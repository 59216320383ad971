/**
 * The validation layer: named rules over the tree that say what is wrong
 * with a scraped document, where, and how sure we are.
 *
 * ```ts
 * import { validate } from 'pressdoc';
 * const problems = validate(text, { rules: { 'page-chrome': 'off' } });
 * ```
 *
 * @module
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Node, Position, Root } from '../nodes.js';
import { parse } from '../parse.js';
import { LineIndex } from '../position.js';
import { resolveOptions, type RunRule } from './config.js';
import type { Finding, RuleContext, ValidateOptions, ValidationDiagnostic } from './types.js';
import { withWalkCache } from './walk.js';

export { rules } from './rules/index.js';
export { RULE_IDS } from './types.js';
export type {
  AnyRuleId,
  CustomRule,
  Finding,
  Plugin,
  PluginRuleId,
  Rule,
  RuleContext,
  RuleId,
  RuleSetting,
  ValidateOptions,
  ValidationDiagnostic,
} from './types.js';

function isRoot(value: unknown): value is Root {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as Node).type === 'root' &&
    Array.isArray((value as Root).children) &&
    typeof (value as Root).position === 'object'
  );
}

/**
 * Checks a scraped document against every rule (see {@link rules} and
 * `docs/rules.md`) and returns what they find, in text order (by start
 * offset, then end offset, then rule order).
 *
 * - Given **text**, it parses it first: the parser's diagnostics come back
 *   as the `parse/…` rules (`UNRECOGNIZED_LINE` → `parse/unrecognized-line`),
 *   and `encoding-damage` scans the text itself, pointing at each occurrence.
 * - Given a **tree** (a {@link Root}, for instance one read back from JSON
 *   and checked with `validateTree`), the `parse/…` rules report nothing
 *   (the parser's diagnostics are not part of the tree) and
 *   `encoding-damage` scans the strings of each leaf, pointing at the leaf.
 *
 * Never throws on a string or a valid tree.
 *
 * @param input - The document's text, decoded, or its tree.
 * Plugin rules (`options.plugins`) run after the built-in rules; a plugin
 * rule that throws gives one `error` diagnostic for that rule over the whole
 * document instead of crashing the run.
 *
 * @param options - Per-rule settings, ESLint style (`{ rules: { 'gallery-sequence': 'off' } }`),
 *   plugins (`{ plugins: [{ name: 'acme', rules: [...] }] }`) and the options
 *   for parsing text (`{ parse: { places, referenceDate } }`); see {@link ValidateOptions}.
 * @returns The diagnostics; empty when the document passes every rule that is on.
 * @throws TypeError when `input` is neither a string nor a tree, or `options`
 *   is not an object, has an unknown key (only `rules`, `plugins` and `parse`
 *   are known, as `parse` refuses keys it does not know), names an unknown
 *   rule or setting (the message names it and the known rules), has a
 *   malformed or duplicate plugin or plugin rule, or `parse` options that
 *   `parse` refuses.
 */
export function validate(input: string | Root, options?: ValidateOptions): ValidationDiagnostic[] {
  const { rules, settings, parse: parseOptions } = resolveOptions(options);
  let context: RuleContext;
  if (typeof input === 'string') {
    const { tree, diagnostics } = parse(input, parseOptions);
    context = ruleContext(tree, input, diagnostics);
  } else if (isRoot(input)) {
    context = ruleContext(input, undefined, undefined);
  } else {
    throw new TypeError(`pressdoc.validate expects a string or a pressdoc tree (type 'root'), got ${input === null ? 'null' : typeof input}.`);
  }
  const out: Array<ValidationDiagnostic & { order: number }> = [];
  withWalkCache(context.tree, () =>
    rules.forEach((rule, order) => {
      const setting = settings.get(rule.id);
      if (setting === undefined || setting === 'off') return;
      const findings = rule.plugin ? runPluginRule(rule, context) : rule.check(context);
      if (typeof findings === 'string') {
        out.push({ rule: rule.id, severity: 'error', message: findings, position: context.tree.position, order });
        return;
      }
      for (const f of findings) out.push({ rule: rule.id, severity: setting, message: f.message, position: f.position, order });
    }),
  );
  out.sort(
    (a, b) =>
      a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset || a.order - b.order,
  );
  return out.map(({ rule, severity, message, position }) => ({ rule, severity, message, position }));
}

/** The context every rule of a run receives; the line index is built on first use. */
function ruleContext(tree: Root, text: string | undefined, parseDiagnostics: readonly Diagnostic[] | undefined): RuleContext {
  let index: LineIndex | undefined;
  return {
    tree,
    text,
    parseDiagnostics,
    position(start: number, end: number): Position {
      index ??= new LineIndex(text ?? '');
      return index.position(start, end);
    },
  };
}

function isPoint(value: unknown): boolean {
  const p = value as { line?: unknown; column?: unknown; offset?: unknown } | null;
  return p !== null && typeof p === 'object' && Number.isInteger(p.line) && Number.isInteger(p.column) && Number.isInteger(p.offset);
}

function isFinding(value: unknown): value is Finding {
  const f = value as { message?: unknown; position?: { start?: unknown; end?: unknown } } | null;
  return f !== null && typeof f === 'object' && typeof f.message === 'string' && typeof f.position === 'object' && f.position !== null && isPoint(f.position.start) && isPoint(f.position.end);
}

/**
 * Runs a plugin rule: its findings, or, when it throws or returns anything
 * but an array of findings, the message of the one diagnostic that says so.
 */
function runPluginRule(rule: RunRule, context: RuleContext): Finding[] | string {
  let findings: unknown;
  try {
    findings = rule.check(context);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `Rule '${rule.id}' failed: it threw ${what}; it reports nothing else on this document.`;
  }
  if (!Array.isArray(findings)) {
    return `Rule '${rule.id}' failed: check returned ${findings === null ? 'null' : typeof findings}, not an array of findings { message, position }; it reports nothing else on this document.`;
  }
  const bad = findings.findIndex((f) => !isFinding(f));
  if (bad !== -1) {
    return `Rule '${rule.id}' failed: finding ${bad} is not { message: string, position: { start, end } } with integer line, column and offset; it reports nothing else on this document.`;
  }
  return findings as Finding[];
}
