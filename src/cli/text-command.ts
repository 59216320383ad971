/**
 * `pressdoc text <files…>`: prints the main text of each document (see
 * `mainText`): title, headings, paragraphs and speaker turns, without page
 * chrome, paragraphs separated by a blank line.
 *
 * @internal
 * @module
 */

import type { Command } from 'commander';
import { parse, type ParseOptions } from '../parse.js';
import { mainText } from '../text.js';
import type { Io } from './output.js';
import type { CommandState } from './output.js';
import { addConfigOptions, checkForwarded, CONFIG_HELP, loadConfig, type ConfigFlags } from './config.js';
import { InputError, readInput, type Input } from './read-input.js';

interface TextCommandOptions extends ConfigFlags {
  keepBoilerplate?: boolean;
  keepCaptions?: boolean;
}

/** Exit status when a file could not be read or decoded, as for bad usage. */
const UNREADABLE = 2;

/**
 * The line that names a file before its text when there are several, as
 * `head` and `tail` write it, so that readers used to them know it at once.
 */
export function fileHeader(name: string): string {
  return `==> ${name} <==`;
}

/** Adds the `text` command to `program`; an unreadable file sets `state.exitCode` to 2. */
export function registerTextCommand(program: Command, io: Io, state: CommandState): void {
  const command = program
    .command('text')
    .description('print the main text of press documents, without page chrome')
    .argument('<files...>', 'the documents to read (UTF-8), or - for standard input')
    .option('--keep-boilerplate', 'keep page chrome (cookie banners, follow lines, slogans, repeated titles, related headlines)')
    .option('--keep-captions', 'keep photo captions');
  addConfigOptions(command, { ignore: false })
    .addHelpText(
      'after',
      [
        '',
        'The main text is the title or section headings, the paragraphs, lists, speaker',
        'turns and elision marks, as written in the file; paragraphs are separated by a',
        'blank line. Left out: a dossier\'s header and table of contents, datelines, tags,',
        'photo counters, source links, and (unless kept) boilerplate and captions.',
        '',
        `With several files, each text comes after a line ${fileHeader('file')} and a blank`,
        'line separates the files, as head does. A file that cannot be read is reported',
        'on standard error and skipped; the exit status is then 2.',
        ...CONFIG_HELP,
        '',
        'Examples:',
        '  $ pressdoc text fixtures/article-rt-france-union.txt',
        '  $ pressdoc text --keep-boilerplate article.txt > article-full.txt',
        '  $ pressdoc text scrapes/*.txt',
        '  $ cat article.txt | pressdoc text -',
      ].join('\n'),
    )
    .action(async (files: string[], options: TextCommandOptions) => {
      const config = await loadConfig(options.config);
      const parseOptions = (config?.parse ?? {}) as ParseOptions;
      if (config?.parse) checkForwarded(config, 'parse', () => parse('', parseOptions));
      const keep = { keepBoilerplate: options.keepBoilerplate === true, keepCaptions: options.keepCaptions === true };
      const headers = files.length > 1;
      let first = true;
      for (const file of files) {
        let input: Input;
        try {
          input = await readInput(file, process.stdin, io.err);
        } catch (err) {
          // The message readInput gives, as the entry point prints it for
          // `parse`; then the other files, as `validate` does.
          if (!(err instanceof InputError)) throw err;
          io.err(`pressdoc: ${err.message}\n`);
          state.exitCode = UNREADABLE;
          continue;
        }
        const text = mainText(input.text, parse(input.text, parseOptions).tree, keep);
        // A document with no main text prints nothing (not an empty line),
        // except its header among several.
        const body = text === '' ? '' : `${text}\n`;
        io.out(headers ? `${first ? '' : '\n'}${fileHeader(input.name)}\n${body}` : body);
        first = false;
      }
    });
}
