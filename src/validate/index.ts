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
import type { Node, Root } from '../nodes.js';
import { parse } from '../parse.js';
import { resolveRuleSettings } from './config.js';
import { rules } from './rules/index.js';
import type { RuleContext, ValidateOptions, ValidationDiagnostic } from './types.js';
import { withWalkCache } from './walk.js';

export { rules } from './rules/index.js';
export { RULE_IDS } from './types.js';
export type { Finding, Rule, RuleContext, RuleId, RuleSetting, ValidateOptions, ValidationDiagnostic } from './types.js';

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
 * @param options - Per-rule settings, ESLint style: `{ rules: { 'gallery-sequence': 'off' } }`.
 * @returns The diagnostics; empty when the document passes every rule that is on.
 * @throws TypeError when `input` is neither a string nor a tree, or `options`
 *   is not an object, has an unknown key (only `rules` is known, as `parse`
 *   refuses keys it does not know) or names an unknown rule or setting (the
 *   message names it).
 */
export function validate(input: string | Root, options?: ValidateOptions): ValidationDiagnostic[] {
  const settings = resolveRuleSettings(options);
  let context: RuleContext;
  if (typeof input === 'string') {
    const { tree, diagnostics } = parse(input);
    context = { tree, text: input, parseDiagnostics: diagnostics };
  } else if (isRoot(input)) {
    context = { tree: input, text: undefined, parseDiagnostics: undefined };
  } else {
    throw new TypeError(`pressdoc.validate expects a string or a pressdoc tree (type 'root'), got ${input === null ? 'null' : typeof input}.`);
  }
  const out: Array<ValidationDiagnostic & { order: number }> = [];
  withWalkCache(context.tree, () =>
    rules.forEach((rule, order) => {
      const setting = settings.get(rule.id);
      if (setting === undefined || setting === 'off') return;
      for (const f of rule.check(context)) out.push({ rule: rule.id, severity: setting, message: f.message, position: f.position, order });
    }),
  );
  out.sort(
    (a, b) =>
      a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset || a.order - b.order,
  );
  return out.map(({ rule, severity, message, position }) => ({ rule, severity, message, position }));
}
