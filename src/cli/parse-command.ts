/**
 * `pressdoc parse <paths…>`: prints the outline of each document and its
 * diagnostics, or the trees as JSON (`--format json`, `--json`) or NDJSON,
 * or writes one JSON file per document (`--out-dir`). Paths are taken as
 * `validate` takes them (files, folders, globs, `-`).
 *
 * @internal
 * @module
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, parse as parsePath, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic, formatOutline } from '../outline.js';
import { parse, type ParseOptions } from '../parse.js';
import { collectFiles } from './collect-files.js';
import { addConfigOptions, checkForwarded, CONFIG_HELP, ignoreGroups, loadConfig, type ConfigFlags } from './config.js';
import type { CommandState, Io } from './output.js';
import { extensionList, maxFileSizeOption } from './options.js';
import { decodeUtf8, InputError, readBytes, STDIN_NAME } from './read-input.js';
import { reason, showName } from './show.js';
import { fileHeader } from './text-command.js';

/** The output formats of `parse --format`. */
export const PARSE_FORMATS = ['outline', 'json', 'ndjson'] as const;

interface ParseCommandOptions extends ConfigFlags {
  json?: boolean;
  format?: (typeof PARSE_FORMATS)[number];
  outDir?: string;
  maxFileSize: number;
  ext: string[];
}

/**
 * Where `--out-dir` writes the tree of `name`: its path relative to the
 * working directory, extension replaced by `.json`; a file outside the
 * working directory keeps its absolute path (root dropped), so that no
 * output escapes `dir`. Standard input is `stdin.json`.
 */
export function outputPath(dir: string, name: string, cwd: string = process.cwd()): string {
  if (name === STDIN_NAME) return join(dir, 'stdin.json');
  let rel = relative(cwd, resolve(cwd, name));
  if (rel.startsWith('..') || isAbsolute(rel)) {
    const abs = resolve(cwd, name);
    rel = abs.slice(parsePath(abs).root.length);
  }
  const ext = extname(rel);
  return join(dir, `${ext === '' ? rel : rel.slice(0, -ext.length)}.json`);
}

/** Adds the `parse` command to `program`; an input that cannot be read or written sets `state.exitCode` to 2. */
export function registerParseCommand(program: Command, io: Io, state: CommandState = { exitCode: 0 }): void {
  const command = program
    .command('parse')
    .description('parse press documents and print their outline and diagnostics, or their trees as JSON')
    .argument('<paths...>', 'files, folders (walked for --ext files), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'outline (default), json or ndjson (one { file, tree, diagnostics } a line)').choices(PARSE_FORMATS))
    .option('--json', 'the same as --format json')
    .option('--out-dir <dir>', 'write each tree to <dir>/<path>.json instead of standard output')
    .addOption(maxFileSizeOption())
    .option('--ext <list>', 'extensions of the files to take from folders, comma-separated', extensionList, ['txt']);
  addConfigOptions(command, { ignore: true })
    .addHelpText(
      'after',
      [
        '',
        'json: one file named on the command line (or -) prints { tree, diagnostics };',
        'several paths, a folder or a glob print an array of { file, tree, diagnostics }',
        '(an array even when it holds one file, so the shape depends on the command only).',
        '',
        '--out-dir writes { file, tree, diagnostics } to one file per input: its path',
        'relative to the working directory with .json for its extension (a file outside',
        'it keeps its absolute path, standard input is stdin.json). A file written',
        'earlier is replaced; two inputs that map to one output (a.txt and a.md) are a',
        'clash: the second is not written and is reported, as is an input that would be',
        'overwritten by its own output.',
        '',
        'A file that cannot be read or decoded is reported on standard error and the',
        'other files are still parsed. Exit status: 0, or 2 when some path or file',
        'could not be read or written (or on bad usage).',
        ...CONFIG_HELP,
        '',
        'Examples:',
        '  $ pressdoc parse fixtures/dossier-6125-minsk-2024.txt',
        '  $ cat article.txt | pressdoc parse - --json > article.json',
        "  $ pressdoc parse 'scrapes/**/*.txt' --format ndjson > trees.ndjson",
        '  $ pressdoc parse scrapes/ --out-dir trees/',
      ].join('\n'),
    )
    .action(async (paths: string[], options: ParseCommandOptions) => {
      if (options.json && options.format !== undefined && options.format !== 'json') {
        // A usage error, told as commander tells its own (with the pointer to --help).
        command.error(`error: --json and --format ${options.format} ask for two formats: give one.`);
      }
      const format = options.json ? 'json' : (options.format ?? (options.outDir !== undefined ? 'json' : 'outline'));
      if (options.outDir !== undefined && format !== 'json') command.error(`error: --out-dir writes JSON files: --format ${format} cannot be used with it.`);
      const config = await loadConfig(options.config);
      const parseOptions = (config?.parse ?? {}) as ParseOptions;
      // The library checks its own options once, so that a mistake is one message naming the file, not one per document.
      if (config?.parse) checkForwarded(config, 'parse', () => parse('', parseOptions));

      const fail = (message: string): void => {
        io.err(`pressdoc: ${message}\n`);
        state.exitCode = 2;
      };
      const collected = await collectFiles(paths, options.ext, ignoreGroups(config, options.ignorePattern));
      for (const note of collected.notes) io.err(`pressdoc: ${note}\n`);
      for (const problem of collected.problems) fail(problem.message);
      const inputs = [...(collected.stdin ? [{ name: '-', named: true }] : []), ...collected.files];
      if (inputs.length === 0 && collected.problems.length === 0) fail(`no file to parse in ${paths.map((p) => `'${showName(p)}'`).join(', ')}`);
      // One document named as such keeps the output of earlier versions: the object, or the outline without a header.
      const single = paths.length === 1 && inputs.length === 1 && inputs[0]?.named === true && collected.problems.length === 0;

      const written = new Map<string, string>();
      let count = 0;
      if (format === 'json' && !single && options.outDir === undefined) io.out('[');
      for (const input of inputs) {
        const name = input.name === '-' ? STDIN_NAME : input.name;
        let text: string;
        try {
          text = decodeUtf8(await readBytes(input.name, { maxBytes: options.maxFileSize, onlyRegular: !input.named, hint: io.err }), name);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          fail(err.message);
          continue;
        }
        let result: ReturnType<typeof parse>;
        try {
          result = parse(text, parseOptions);
        } catch (err) {
          // A bug in pressdoc stays with its file, as in validate.
          fail(`internal error while parsing '${showName(name)}', please report it: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          continue;
        }
        const { tree, diagnostics } = result;
        if (options.outDir !== undefined) {
          const out = outputPath(options.outDir, name);
          const clash = written.get(resolve(out));
          if (clash !== undefined) {
            fail(`not written: '${showName(name)}' and '${showName(clash)}' both map to '${showName(out)}'.`);
            continue;
          }
          if (name !== STDIN_NAME && resolve(out) === resolve(name)) {
            fail(`not written: '${showName(out)}' would overwrite its own input.`);
            continue;
          }
          written.set(resolve(out), name);
          try {
            await mkdir(dirname(out), { recursive: true });
            await writeFile(out, `${JSON.stringify({ file: name, tree, diagnostics }, null, 2)}\n`);
          } catch (err) {
            fail(`cannot write '${showName(out)}': ${reason(err)}.`);
          }
          continue;
        }
        if (format === 'ndjson') {
          io.out(`${JSON.stringify({ file: name, tree, diagnostics })}\n`);
        } else if (format === 'json') {
          io.out(single ? `${JSON.stringify({ tree, diagnostics }, null, 2)}\n` : `${count === 0 ? '\n' : ',\n'}${JSON.stringify({ file: name, tree, diagnostics }, null, 2)}`);
        } else {
          const lines = single ? [] : [`${count === 0 ? '' : '\n'}${fileHeader(showName(name))}`];
          lines.push(formatOutline(tree, { color: io.color, width: io.width }), '');
          // The name as shown: a control character in it must not reach the terminal.
          for (const d of diagnostics) lines.push(formatDiagnostic(d, showName(name), { color: io.color }));
          lines.push(summary(diagnostics));
          io.out(`${lines.join('\n')}\n`);
        }
        count++;
      }
      if (format === 'json' && !single && options.outDir === undefined) io.out(count === 0 ? ']\n' : '\n]\n');
    });
}


/** `no diagnostics`, or `3 diagnostics (1 error, 2 warnings)`. */
export function summary(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no diagnostics';
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((s) => [s, diagnostics.filter((d) => d.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'info' ? 'info' : n === 1 ? s : `${s}s`}`);
  const n = diagnostics.length;
  return `${n} diagnostic${n === 1 ? '' : 's'} (${bySeverity.join(', ')})`;
}
