/**
 * `pressdoc turns <paths…>`: every speaker turn of the documents as NDJSON
 * (one object a line) or CSV (RFC 4180, header row, UTF-8), with `--person`
 * to keep one person's turns. Paths are taken as `validate` takes them
 * (files, folders, globs, `-`); a file that cannot be read is reported on
 * standard error and skipped, and the exit status is then 2.
 *
 * @internal
 * @module
 */

import { Option, type Command } from 'commander';
import { parse, type ParseOptions } from '../parse.js';
import { collectFiles } from './collect-files.js';
import { addConfigOptions, checkForwarded, CONFIG_HELP, ignoreGroups, loadConfig, type ConfigFlags } from './config.js';
import { csvRecord } from './csv.js';
import { maxFileSizeOption } from './options.js';
import { openOutputFile } from './output-file.js';
import type { CommandState, Io } from './output.js';
import { decodeUtf8, InputError, readBytes, STDIN_NAME } from './read-input.js';
import { isTurnOf, TURN_COLUMNS, turnRows } from './turn-rows.js';

/** The output formats of `turns --format`. */
export const TURN_FORMATS = ['ndjson', 'csv'] as const;

interface TurnsCommandOptions extends ConfigFlags {
  format: (typeof TURN_FORMATS)[number];
  person?: string;
  ext: string[];
  maxFileSize: number;
  outputFile?: string;
}

/** Adds the `turns` command to `program`; an unreadable input sets `state.exitCode` to 2. */
export function registerTurnsCommand(program: Command, io: Io, state: CommandState): void {
  const command = program
    .command('turns')
    .description('list every speaker turn of press documents as NDJSON or CSV')
    .argument('<paths...>', 'files, folders (walked for .txt files), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(TURN_FORMATS).default('ndjson'))
    .option('--person <id or name>', "only this person's turns: a person id (vladimir-putin) or a canonical name, case and accents aside")
    .option('-o, --output-file <path>', 'write to this file instead of standard output')
    .addOption(maxFileSizeOption());
  addConfigOptions(command, { ignore: true })
    .addHelpText(
      'after',
      [
        '',
        `Columns: ${TURN_COLUMNS.join(', ')}. section is the enclosing section's`,
        'or subsection\'s title; when the ISO instant (or date) of the innermost of',
        'subsection, section and document that has one; text the turn without its label;',
        'positions are 1-based, the end column exclusive. CSV is RFC 4180 (CRLF, quoted',
        'fields) with a header row, for spreadsheets, DuckDB and pandas.',
        ...CONFIG_HELP,
        '',
        'Examples:',
        '  $ pressdoc turns fixtures/dossier-6125-minsk-2024.txt',
        "  $ pressdoc turns 'scrapes/**/*.txt' --format csv --person 'Vladimir Poutine' > putin.csv",
      ].join('\n'),
    )
    .action(async (paths: string[], options: TurnsCommandOptions) => {
      const config = await loadConfig(options.config);
      const parseOptions = (config?.parse ?? {}) as ParseOptions;
      if (config?.parse) checkForwarded(config, 'parse', () => parse('', parseOptions));
      const file = options.outputFile === undefined ? undefined : openOutputFile(options.outputFile);
      const out = (text: string): void => (file ? file.write(text) : io.out(text));
      const fail = (message: string): void => {
        io.err(`pressdoc: ${message}\n`);
        state.exitCode = 2;
      };
      const collected = await collectFiles(paths, options.ext ?? ['txt'], ignoreGroups(config, options.ignorePattern));
      for (const note of collected.notes) io.err(`pressdoc: ${note}\n`);
      for (const problem of collected.problems) fail(problem.message);
      const inputs = [...(collected.stdin ? [{ name: '-', named: true }] : []), ...collected.files];
      if (options.format === 'csv') out(csvRecord(TURN_COLUMNS));
      for (const input of inputs) {
        const name = input.name === '-' ? STDIN_NAME : input.name;
        let text: string;
        try {
          text = decodeUtf8(await readBytes(input.name, { maxBytes: options.maxFileSize, onlyRegular: !input.named }), name);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          fail(err.message);
          continue;
        }
        for (const row of turnRows(name, text, parse(text, parseOptions).tree)) {
          if (options.person !== undefined && !isTurnOf(row, options.person)) continue;
          out(options.format === 'csv' ? csvRecord(TURN_COLUMNS.map((c) => row[c])) : `${JSON.stringify(row)}\n`);
        }
      }
      const unwritten = file?.close();
      if (unwritten !== undefined) fail(unwritten);
    });
}
