/**
 * Reading the per-run rule settings of {@link ValidateOptions}: defaults
 * filled in, unknown ids and settings refused with a message that names
 * them.
 *
 * @internal
 * @module
 */
import { rules } from './rules/index.js';
import type { RuleId, RuleSetting, ValidateOptions } from './types.js';

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** The keys of {@link ValidateOptions}. */
const OPTION_KEYS = new Set(['rules']);

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

/** The closest rule id to `id`, when it is close enough to be a typo. */
export function suggestRule(id: string): RuleId | undefined {
  let best: { id: RuleId; d: number } | undefined;
  for (const rule of rules) {
    const d = distance(id.toLowerCase(), rule.id);
    if (!best || d < best.d) best = { id: rule.id, d };
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

/**
 * The setting of every rule for one run: the rule's default severity unless
 * `options.rules` names it.
 *
 * @throws TypeError when `options` is not an object or has a key other than
 *   `rules`, naming the first unknown rule id (with the closest known id) or
 *   the first setting that is not `off`, `info`, `warning` or `error`.
 */
export function resolveRuleSettings(options: ValidateOptions | undefined): Map<RuleId, RuleSetting> {
  const settings = new Map<RuleId, RuleSetting>(rules.map((r) => [r.id, r.defaultSeverity]));
  if (options === undefined) return settings;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`pressdoc.validate: expected options to be an object, found ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}.`);
  }
  // As parse does: a misspelt key (`rule`, `limits` meant for parse) would otherwise be ignored.
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`pressdoc.validate: unknown option "${key}"; expected rules`);
  }
  const given = options.rules;
  if (given === undefined) return settings;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new TypeError(`pressdoc.validate: expected options.rules to be an object such as { 'gallery-sequence': 'off' }, found ${given === null ? 'null' : Array.isArray(given) ? 'an array' : typeof given}.`);
  }
  for (const [id, setting] of Object.entries(given as Record<string, unknown>)) {
    if (!settings.has(id as RuleId)) {
      const hint = suggestRule(id);
      throw new TypeError(
        `pressdoc.validate: unknown rule '${id}'.${hint ? ` Did you mean '${hint}'?` : ''} Known rules: ${rules.map((r) => r.id).join(', ')}.`,
      );
    }
    if (!SETTINGS.includes(setting as RuleSetting)) {
      throw new TypeError(`pressdoc.validate: rule '${id}' expects 'off', 'info', 'warning' or 'error', found ${JSON.stringify(setting) ?? String(setting)}.`);
    }
    settings.set(id as RuleId, setting as RuleSetting);
  }
  return settings;
}
