/**
 * What `pressdoc validate` does once its command line is read: loaded with
 * import() by its action (src/cli/validate-command.ts), so that the other
 * commands load no validation rule, report format or file runner.
 *
 * @internal
 * @module
 */

import type { Command } from 'commander';
import { resolveRuleSettings } from '../validate/config.js';
import { validate } from '../validate/index.js';
import { collectFiles } from './collect-files.js';
import { checkForwarded, ignoreGroups, loadConfig } from './config.js';
import type { CommandState, Io } from './output.js';
import { openOutputFile, type OutputFile } from './output-file.js';
import { InputError, readBytes, STDIN_NAME } from './read-input.js';
import { showName } from './show.js';
import type { FileResult } from './validate-file.js';
import { Reporter } from './validate-format.js';
import { checkFiles, WORKER_URL, workerCount, type Input } from './validate-runner.js';
import type { ValidateCommandOptions } from './validate-settings.js';

/**
 * Checks each `--rule` value against the rules, in the order given, as the
 * option's parser would have if it could load them: the first one that
 * names an unknown rule or a bad setting ends the run with commander's
 * message for an invalid option argument (exit status 2). A plugin's rule
 * (`acme/no-x`) is known only once the configuration's plugins are loaded:
 * the run checks it then.
 */
export function checkRuleFlags(command: Command, given: readonly string[]): void {
  const rules: Record<string, string> = {};
  for (const value of given) {
    const m = /^([^=]+)=(.*)$/.exec(value) as RegExpExecArray;
    const id = (m[1] as string).trim();
    rules[id] = (m[2] as string).trim();
    if (id.includes('/') && !id.startsWith('parse/')) continue;
    try {
      resolveRuleSettings({ rules } as Parameters<typeof resolveRuleSettings>[0]);
    } catch (err) {
      const flags = command.options.find((o) => o.long === '--rule')?.flags ?? '--rule <id=setting>';
      command.error(`error: option '${flags}' argument '${value}' is invalid. ${(err as Error).message.replace(/^pressdoc\.validate: /, '')}`, {
        code: 'commander.invalidArgument',
      });
    }
  }
}

/** Draws `validating 120/2000 files` on standard error, at most ten times a second; `clear` rubs it out. */
function progressLine(io: Io) {
  let shown = false;
  let last = 0;
  return {
    draw(done: number, total: number): void {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      io.err(`\r\u001b[2Kvalidating ${done}/${total} files`);
      shown = true;
    },
    clear(): void {
      if (shown) io.err('\r\u001b[2K');
      shown = false;
    },
  };
}

/**
 * Checks the files of a `pressdoc validate` run and reports them; sets
 * `state.exitCode` (0, 1 on errors or too many warnings, 2 when a file or
 * the output failed). `given` holds the `--rule` values as typed, checked
 * here against the rules before anything else.
 */
export async function runValidate(
  command: Command,
  paths: string[],
  options: ValidateCommandOptions,
  io: Io,
  state: CommandState,
  version: string,
  given: readonly string[],
): Promise<void> {
  checkRuleFlags(command, given);
  const config = await loadConfig(options.config);
  let rules = options.rule;
  const extra: Record<string, unknown> = {};
  if (config) {
    const configured = config.rules ?? {};
    // With the config's plugins: its rules may set their rules.
    if (config.rules) checkForwarded(config, 'rules', () => resolveRuleSettings({ rules: configured as ValidateCommandOptions['rule'], ...(config.plugins !== undefined ? { plugins: config.plugins } : {}) } as Parameters<typeof resolveRuleSettings>[0]));
    rules = { ...(configured as ValidateCommandOptions['rule']), ...options.rule };
    if (config.parse !== undefined) extra.parse = config.parse;
    if (config.plugins !== undefined) extra.plugins = config.plugins;
    // The library checks the keys it is given, once, on an empty document.
    if (Object.keys(extra).length > 0) checkForwarded(config, Object.keys(extra).join('" and "'), () => validate('', { ...extra, rules } as Parameters<typeof validate>[1]));
  }
  // A `--rule` for a plugin's rule could be checked only now, with the config's plugins.
  try {
    resolveRuleSettings({ rules, ...(extra.plugins !== undefined ? { plugins: extra.plugins } : {}) } as Parameters<typeof resolveRuleSettings>[0]);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    throw new InputError(`--rule: ${err.message.replace(/^pressdoc\.validate: /, '')}`);
  }
  let mainThreadOnly = false;
  try {
    structuredClone(extra);
  } catch {
    mainThreadOnly = true;
  }
  const progress = progressLine(io);
  const file: OutputFile | undefined = options.outputFile === undefined ? undefined : openOutputFile(options.outputFile);
  // Output rubs the progress line out first, so that they never share a terminal line.
  const out = (text: string): void => {
    if (file) return file.write(text);
    progress.clear();
    io.out(text);
  };
  const err = (text: string): void => {
    progress.clear();
    io.err(text);
  };
  // No colour codes in a file.
  const reporter = new Reporter(options.format, out, err, io.color && !file, version);
  // ESLint's --quiet: findings below error are dropped before they are counted.
  const deliver = (result: FileResult): void =>
    reporter.file(options.quiet && 'diagnostics' in result ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result);

  const collected = await collectFiles(paths, options.ext, ignoreGroups(config, options.ignorePattern));
  for (const note of collected.notes) err(`pressdoc: ${note}\n`);
  reporter.start();
  for (const problem of collected.problems) deliver({ file: problem.name, error: problem.message });
  const inputs: Input[] = [];
  if (collected.stdin) {
    try {
      inputs.push({ file: STDIN_NAME, named: true, bytes: await readBytes('-', { maxBytes: options.maxFileSize, hint: err }) });
    } catch (e) {
      deliver({ file: STDIN_NAME, error: e instanceof InputError ? e.message : String(e) });
    }
  }
  if (collected.files.length === 0 && !collected.stdin && collected.problems.length === 0) {
    deliver({ file: paths.join(' '), error: `no file to validate in ${paths.map((p) => `'${showName(p)}'`).join(', ')}` });
  }
  for (const f of collected.files) inputs.push({ file: f.name, named: f.named });
  await checkFiles(
    inputs,
    rules,
    {
      jobs: workerCount(options.jobs, inputs.length),
      worker: WORKER_URL,
      batch: options.batch,
      maxBytes: options.maxFileSize,
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      mainThreadOnly,
    },
    deliver,
    io.errTerminal && inputs.length > 1 ? (done, total) => progress.draw(done, total) : undefined,
  );
  progress.clear();
  reporter.end();
  const unwritten = file?.close();
  if (unwritten !== undefined) err(`pressdoc: ${unwritten}\n`);

  const t = reporter.totals;
  const tooManyWarnings = options.maxWarnings >= 0 && t.warnings > options.maxWarnings;
  if (tooManyWarnings) err(`pressdoc: ${t.warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
  state.exitCode = t.failed > 0 || unwritten !== undefined ? 2 : t.errors > 0 || tooManyWarnings ? 1 : 0;
}
