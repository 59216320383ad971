/**
 * `pressdoc validate <files|folders|globs|->`: runs the validation rules
 * over many documents and reports ESLint-style, with a summary and an exit
 * status for scripts and CI.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { resolveRuleSettings } from '../validate/config.js';
import type { RuleId, RuleSetting } from '../validate/types.js';
import { validate } from '../validate/index.js';
import { collectFiles } from './collect-files.js';
import { addConfigOptions, checkForwarded, CONFIG_HELP, ignoreGroups, loadConfig, type ConfigFlags } from './config.js';
import type { Io } from './output.js';
import type { CommandState } from './output.js';
import { extensionList, maxFileSizeOption } from './options.js';
import { openOutputFile, type OutputFile } from './output-file.js';
import { InputError, readBytes, STDIN_NAME } from './read-input.js';
import { showName } from './show.js';
import type { FileResult } from './validate-file.js';
import { FORMATS, Reporter, type Format } from './validate-format.js';
import { checkFiles, DEFAULT_BATCH, POOL_MIN_FILES, WORKER_URL, workerCount, type Input } from './validate-runner.js';

interface ValidateCommandOptions extends ConfigFlags {
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

function integer(min: number, what: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected ${what}, found '${value}'.`);
    return Number(value);
  };
}


function ruleSetting(value: string, previous: ValidateCommandOptions['rule']): ValidateCommandOptions['rule'] {
  const m = /^([^=]+)=(.*)$/.exec(value);
  if (!m) throw new InvalidArgumentError(`expected <rule-id>=<off|info|warning|error>, such as 'page-chrome=off', found '${value}'.`);
  const id = (m[1] as string).trim();
  const rules = { ...previous, [id]: (m[2] as string).trim() } as ValidateCommandOptions['rule'];
  try {
    // A plugin's rule (`acme/no-x`) is known only once the config file has
    // given its plugins: the action checks it then. Its setting is checked now.
    if (id.includes('/') && !id.startsWith('parse/')) {
      const setting = rules[id as keyof typeof rules] as string;
      if (!['off', 'info', 'warning', 'error'].includes(setting)) {
        throw new TypeError(`the setting of rule "${id}" must be off, info, warning or error, found "${setting}".`);
      }
    } else resolveRuleSettings({ rules });
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^pressdoc\.validate: /, ''));
  }
  return rules;
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

/** Adds the `validate` command to `program`. */
export function registerValidateCommand(program: Command, io: Io, state: CommandState, version = '0.0.0'): void {
  const command = program
    .command('validate')
    .description('check press documents against the validation rules (see docs/rules.md)')
    .argument('<paths...>', 'files, folders (walked for --ext files), glob patterns, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format: json is ESLint\'s formatter shape, pressdoc-json pressdoc\'s own, sarif SARIF 2.1.0').choices(FORMATS).default('stylish'),
    )
    .option('-q, --quiet', 'report errors only (warnings and info are neither shown nor counted)')
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .option('--max-warnings <n>', 'exit with status 1 when there are more than n warnings', integer(0, 'a whole number, 0 or more'), -1)
    .option(
      '-j, --jobs <n>',
      `worker threads to use, at most one per file and per core; 1 checks in the main thread (default: 1, or one per core from ${POOL_MIN_FILES} files on more than 2 cores)`,
      integer(1, 'a whole number, 1 or more'),
    )
    .addOption(maxFileSizeOption())
    .option('--ext <list>', 'extensions of the files to take from folders, comma-separated', extensionList, ['txt'])
    .option('--rule <id=setting>', "turn a rule off or re-grade it: 'off', 'info', 'warning' or 'error' (repeatable)", ruleSetting, {})
    .addOption(new Option('--batch <n>', 'files per worker task').argParser(integer(1, 'a whole number, 1 or more')).default(DEFAULT_BATCH).hideHelp());
  addConfigOptions(command, { ignore: true })
    .addHelpText(
      'after',
      [
        '',
        'Output: one line per finding, `file:line:col  severity  message  rule-id`, files in',
        'sorted order, then a summary. Standard error shows a progress line on a terminal.',
        '',
        'Folders and patterns give regular files only: a named pipe, a device or a socket',
        'found there is skipped with a note. Each real file is checked once.',
        '',
        'Exit status: 0 when no errors (warnings and info allowed), 1 on errors or more',
        'warnings than --max-warnings, 2 on bad usage, a file that cannot be read, decoded',
        'or checked, a folder that cannot be listed (the other files are still checked),',
        'or output that cannot be written.',
        ...CONFIG_HELP,
        '--rule wins over the configuration\'s rules. With plugins, files are checked in',
        'the main thread (their functions cannot cross to worker threads).',
        '',
        'Examples:',
        '  $ pressdoc validate fixtures/',
        "  $ pressdoc validate 'scrapes/2025-*/**/*.txt' --format ndjson > findings.ndjson",
        '  $ pressdoc validate scrapes/ --format sarif --output-file pressdoc.sarif',
        '  $ pressdoc validate scrapes/ --quiet --format json -o eslint.json',
        '  $ pressdoc validate incoming/ --rule page-chrome=off --max-warnings 0 --jobs 4',
        '  $ cat dossier.txt | pressdoc validate -',
      ].join('\n'),
    )
    .action(async (paths: string[], options: ValidateCommandOptions) => {
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
    });
}
