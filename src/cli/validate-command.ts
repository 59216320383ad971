/**
 * `pressdoc validate <files|folders|globs|->`: runs the validation rules
 * over many documents and reports ESLint-style, with a summary and an exit
 * status for scripts and CI.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { addConfigOptions, CONFIG_HELP } from './config.js';
import type { CommandState, Io } from './output.js';
import { extensionList, maxFileSizeOption } from './options.js';
import { DEFAULT_BATCH, FORMATS, POOL_MIN_FILES, type ValidateCommandOptions } from './validate-settings.js';

function integer(min: number, what: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected ${what}, found '${value}'.`);
    return Number(value);
  };
}

const SETTINGS = ['off', 'info', 'warning', 'error'];

/**
 * The parser of `--rule`: checks the `id=setting` shape (and a plugin
 * rule's setting) and records the value in `given`. Whether the rule exists
 * and takes that setting is checked by the action (`checkRuleFlags`), which
 * loads the rules: registering the command, as every run of `pressdoc`
 * does, must not.
 */
function ruleSetting(given: string[]) {
  return (value: string, previous: ValidateCommandOptions['rule']): ValidateCommandOptions['rule'] => {
    const m = /^([^=]+)=(.*)$/.exec(value);
    if (!m) throw new InvalidArgumentError(`expected <rule-id>=<off|info|warning|error>, such as 'page-chrome=off', found '${value}'.`);
    const id = (m[1] as string).trim();
    const setting = (m[2] as string).trim();
    if (id.includes('/') && !id.startsWith('parse/') && !SETTINGS.includes(setting)) {
      throw new InvalidArgumentError(`the setting of rule "${id}" must be off, info, warning or error, found "${setting}".`);
    }
    given.push(value);
    return { ...previous, [id]: setting } as ValidateCommandOptions['rule'];
  };
}

/** Adds the `validate` command to `program`. */
export function registerValidateCommand(program: Command, io: Io, state: CommandState, version = '0.0.0'): void {
  // The --rule values of this run, as typed, for the action to check.
  const given: string[] = [];
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
    .option('--rule <id=setting>', "turn a rule off or re-grade it: 'off', 'info', 'warning' or 'error' (repeatable)", ruleSetting(given), {})
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
      const { runValidate } = await import('./validate-action.js');
      await runValidate(command, paths, options, io, state, version, given);
    });
}
