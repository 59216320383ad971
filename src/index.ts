/**
 * pressdoc: parse scraped French press documents into typed, positioned
 * trees with diagnostics.
 *
 * ```ts
 * import { parse, validate } from 'pressdoc';
 * const { tree, diagnostics } = parse(text);
 * const problems = validate(text); // rules: see `rules` and docs/rules.md
 * ```
 *
 * `toText(text, node)` gives a node's exact source text back and
 * `mainText(text, tree)` the document's own text without page chrome.
 * `resolvePeople(trees)` merges the people of many documents into one
 * index. Zod schemas and `validateTree` live in the `pressdoc/schema` entry.
 *
 * @module
 */
export { parse } from './parse.js';
export type { ParseOptions, ParseResult } from './parse.js';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
export { LineIndex } from './position.js';
export { mainText, toText } from './text.js';
export type { MainTextOptions, Spanned } from './text.js';
export { resolvePeople } from './people/resolve-people.js';
export type { CorpusPeople, ResolvePeopleOptions } from './people/resolve-people.js';
export type { PersonAlias } from './people/options.js';
export { personIdFor } from './people/match.js';
export { foldWord, FOLD_RULES } from './people/fold.js';
export type { FoldRule } from './people/fold.js';
export type * from './nodes.js';
export { validate, rules, RULE_IDS } from './validate/index.js';
export { PARSER_CODE_RULES } from './validate/rules/parser.js';
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
} from './validate/index.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { ParseLimits } from './limits.js';
