/**
 * Reading the per-run options of {@link ValidateOptions}: the plugins'
 * rules checked and named, defaults filled in, unknown ids and settings
 * refused with a message that names them.
 *
 * @internal
 * @module
 */
import { rules } from './rules/index.js';
import type { AnyRuleId, CustomRule, Finding, RuleContext, RuleSetting, ValidateOptions } from './types.js';
import type { Severity } from '../diagnostics.js';

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/** The keys of {@link ValidateOptions}. */
const OPTION_KEYS = new Set(['rules', 'plugins', 'parse']);

/** A plugin name or a plugin rule's own id: lower-case ASCII letters, digits, `-`, `_`, `.`; no slash. */
const NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** One rule of a run, built-in or from a plugin, with its full id. */
export interface RunRule {
  /** The id in settings and diagnostics (`gallery-sequence`, `acme/no-empty-caption`). */
  id: AnyRuleId;
  defaultSeverity: Severity;
  check(context: RuleContext): Finding[];
  /** True for a plugin rule: its failures become diagnostics. */
  plugin: boolean;
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] as number;
}

/** The closest rule id to `id` among `known` (the built-in rules by default), when it is close enough to be a typo. */
export function suggestRule(id: string, known: readonly string[] = rules.map((r) => r.id)): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(id.toLowerCase(), candidate);
    if (!best || d < best.d) best = { id: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The rules of a run: the built-in rules, then each plugin's, in order.
 *
 * @throws TypeError when `plugins` is not an array of `{ name, rules }`, a
 *   name or rule id is malformed, `parse` is used as a plugin name, two
 *   plugins share a name, or two rules of one plugin share an id (the
 *   message names the field and the plugin).
 */
export function resolveRunRules(plugins: unknown): RunRule[] {
  const run: RunRule[] = rules.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, check: r.check, plugin: false }));
  if (plugins === undefined) return run;
  if (!Array.isArray(plugins)) throw new TypeError(`pressdoc.validate: expected options.plugins to be an array of { name, rules }, found ${kindOf(plugins)}.`);
  const names = new Set<string>();
  plugins.forEach((plugin: unknown, i) => {
    const at = `options.plugins[${i}]`;
    if (!isObject(plugin)) throw new TypeError(`pressdoc.validate: expected ${at} to be an object { name, rules }, found ${kindOf(plugin)}.`);
    const { name } = plugin;
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new TypeError(`pressdoc.validate: expected ${at}.name to be lower-case letters, digits, '-', '_' or '.' (such as 'acme'), found ${JSON.stringify(name) ?? String(name)}.`);
    }
    if (name === 'parse') throw new TypeError(`pressdoc.validate: ${at}.name 'parse' is reserved for the parser's rules (parse/…).`);
    if (names.has(name)) throw new TypeError(`pressdoc.validate: two plugins are named '${name}'; plugin names must be unique.`);
    names.add(name);
    if (!Array.isArray(plugin['rules'])) throw new TypeError(`pressdoc.validate: expected ${at}.rules (plugin '${name}') to be an array of rules, found ${kindOf(plugin['rules'])}.`);
    const ids = new Set<string>();
    (plugin['rules'] as unknown[]).forEach((rule, j) => {
      const where = `${at}.rules[${j}] (plugin '${name}')`;
      if (!isObject(rule)) throw new TypeError(`pressdoc.validate: expected ${where} to be a rule { id, defaultSeverity, description, check }, found ${kindOf(rule)}.`);
      const r = rule as unknown as CustomRule;
      if (typeof r.id !== 'string' || !NAME.test(r.id)) {
        throw new TypeError(`pressdoc.validate: expected ${where}.id to be lower-case letters, digits, '-', '_' or '.' without a slash (such as 'no-empty-caption'), found ${JSON.stringify(r.id) ?? String(r.id)}.`);
      }
      const id = `${name}/${r.id}` as const;
      if (ids.has(r.id)) throw new TypeError(`pressdoc.validate: plugin '${name}' has two rules with the id '${r.id}' ('${id}'); rule ids must be unique.`);
      ids.add(r.id);
      if (!SEVERITIES.includes(r.defaultSeverity)) {
        throw new TypeError(`pressdoc.validate: rule '${id}' has defaultSeverity ${JSON.stringify(r.defaultSeverity) ?? String(r.defaultSeverity)}; expected 'info', 'warning' or 'error'.`);
      }
      if (typeof r.description !== 'string') throw new TypeError(`pressdoc.validate: rule '${id}' has no description (a string).`);
      if (typeof r.check !== 'function') throw new TypeError(`pressdoc.validate: rule '${id}' has no check function.`);
      run.push({ id, defaultSeverity: r.defaultSeverity, check: r.check.bind(r), plugin: true });
    });
  });
  return run;
}

/** The parts of {@link ValidateOptions} a run needs, checked. */
export interface ResolvedOptions {
  /** Every rule of the run, built-in then plugins. */
  rules: RunRule[];
  /** The setting of every rule of {@link ResolvedOptions.rules}, by id. */
  settings: Map<AnyRuleId, RuleSetting>;
  /** Forwarded to `parse` (checked there). */
  parse: ValidateOptions['parse'];
}

/**
 * Checks `options` and gives every rule of the run its setting: the rule's
 * default severity unless `options.rules` names it.
 *
 * @throws TypeError when `options` is not an object or has a key other than
 *   `rules`, `plugins` and `parse`; when a plugin is malformed (see
 *   {@link resolveRunRules}); naming the first unknown rule id (with the
 *   closest known id, and every known id) or the first setting that is not
 *   `off`, `info`, `warning` or `error`.
 */
export function resolveOptions(options: ValidateOptions | undefined): ResolvedOptions {
  if (options === undefined) {
    const run = resolveRunRules(undefined);
    return { rules: run, settings: new Map(run.map((r) => [r.id, r.defaultSeverity])), parse: undefined };
  }
  if (!isObject(options)) {
    throw new TypeError(`pressdoc.validate: expected options to be an object, found ${kindOf(options)}.`);
  }
  // As parse does: a misspelt key (`rule`, `limits` meant for parse) would otherwise be ignored.
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`pressdoc.validate: unknown option "${key}"; expected rules, plugins or parse`);
  }
  const given = options as ValidateOptions;
  if (given.parse !== undefined && !isObject(given.parse)) {
    throw new TypeError(`pressdoc.validate: expected options.parse to be an object of parse options such as { places: { … } }, found ${kindOf(given.parse)}.`);
  }
  const run = resolveRunRules(given.plugins);
  const settings = new Map<AnyRuleId, RuleSetting>(run.map((r) => [r.id, r.defaultSeverity]));
  const table = given.rules;
  if (table !== undefined) {
    if (!isObject(table)) {
      throw new TypeError(`pressdoc.validate: expected options.rules to be an object such as { 'gallery-sequence': 'off' }, found ${kindOf(table)}.`);
    }
    for (const [id, setting] of Object.entries(table)) {
      if (!settings.has(id as AnyRuleId)) {
        const known = run.map((r) => r.id);
        const hint = suggestRule(id, known);
        const plugin = id.includes('/') && !id.startsWith('parse/') ? id.slice(0, id.indexOf('/')) : undefined;
        const missing = plugin !== undefined && !run.some((r) => r.id.startsWith(`${plugin}/`)) ? ` No plugin named '${plugin}' was given (options.plugins).` : '';
        throw new TypeError(
          `pressdoc.validate: unknown rule '${id}'.${hint ? ` Did you mean '${hint}'?` : ''}${missing} Known rules: ${known.join(', ')}.`,
        );
      }
      if (!SETTINGS.includes(setting as RuleSetting)) {
        throw new TypeError(`pressdoc.validate: rule '${id}' expects 'off', 'info', 'warning' or 'error', found ${JSON.stringify(setting) ?? String(setting)}.`);
      }
      settings.set(id as AnyRuleId, setting as RuleSetting);
    }
  }
  return { rules: run, settings, parse: given.parse };
}

/**
 * The setting of every built-in rule for one run (kept for callers that
 * know no plugins); see {@link resolveOptions}.
 */
export function resolveRuleSettings(options: ValidateOptions | undefined): Map<AnyRuleId, RuleSetting> {
  return resolveOptions(options).settings;
}
