/**
 * The settings of `pressdoc validate` that its `--help` shows: kept apart
 * from the code that checks files, so that registering the command (which
 * every run of `pressdoc` does) loads no validation rule.
 *
 * @internal
 * @module
 */

import type { RuleId, RuleSetting } from '../validate/types.js';
import type { ConfigFlags } from './config.js';

/**
 * The output formats of `--format`: `json` is ESLint's formatter shape,
 * `pressdoc-json` pressdoc's own (`{ file, diagnostics }` per file, the
 * diagnostics as `validate()` returns them), `sarif` a SARIF 2.1.0 log.
 */
export const FORMATS = ['stylish', 'json', 'pressdoc-json', 'ndjson', 'sarif'] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/**
 * Files per worker task. A file takes milliseconds to parse, so the cost of
 * a message to a worker is small either way; batches of 8 cut the messages
 * of a 2,000-file run to 250 while keeping every thread busy to the end.
 */
export const DEFAULT_BATCH = 8;

/**
 * Fewest files for which the default `--jobs` starts worker threads. A pool
 * costs 35–60 ms to start and load the parser (measured: 64 files took
 * 0.73 s with `--jobs 1`, 0.79 s with `--jobs 2` on a machine that gives no
 * second core); a sample-sized file takes about 2 ms. From 64 files, 3
 * cores save about 80 ms (64 × 1.9 ms × 2/3), more than the pool costs.
 * See `workerCount` (validate-runner.ts).
 */
export const POOL_MIN_FILES = 64;

/** The options of `pressdoc validate` as commander gives them to its action. */
export interface ValidateCommandOptions extends ConfigFlags {
  format: Format;
  quiet?: boolean;
  outputFile?: string;
  maxWarnings: number;
  jobs: number | undefined;
  maxFileSize: number;
  ext: string[];
  rule: Partial<Record<RuleId, RuleSetting>>;
  batch: number;
}
