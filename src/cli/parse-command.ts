/**
 * `pressdoc parse <file|->`: prints the outline of a document and its
 * diagnostics, or both as JSON with `--json`.
 *
 * @internal
 * @module
 */

import type { Command } from 'commander';
import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic, formatOutline } from '../outline.js';
import { parse } from '../parse.js';
import type { Io } from './output.js';
import { maxFileSizeOption } from './options.js';
import { readInput } from './read-input.js';
import { showName } from './show.js';

interface ParseCommandOptions {
  json?: boolean;
  maxFileSize: number;
}

/** Adds the `parse` command to `program`. */
export function registerParseCommand(program: Command, io: Io): void {
  program
    .command('parse')
    .description('parse a press document and print its outline and diagnostics')
    .argument('<file>', 'the document to read (UTF-8), or - for standard input')
    .option('--json', 'print { tree, diagnostics } as JSON instead of the outline')
    .addOption(maxFileSizeOption())
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ pressdoc parse fixtures/dossier-6125-minsk-2024.txt',
        '  $ cat article.txt | pressdoc parse - --json > article.json',
      ].join('\n'),
    )
    .action(async (file: string, options: ParseCommandOptions) => {
      const input = await readInput(file, process.stdin, io.err, { maxBytes: options.maxFileSize });
      const { tree, diagnostics } = parse(input.text);
      if (options.json) {
        io.out(`${JSON.stringify({ tree, diagnostics }, null, 2)}\n`);
        return;
      }
      const lines = [formatOutline(tree, { color: io.color, width: io.width }), ''];
      // The name as shown: a control character in it must not reach the terminal.
      for (const d of diagnostics) lines.push(formatDiagnostic(d, showName(input.name), { color: io.color }));
      lines.push(summary(diagnostics));
      io.out(`${lines.join('\n')}\n`);
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
