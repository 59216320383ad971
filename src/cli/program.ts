/**
 * The `pressdoc` command: the program and its shared settings. Each command
 * lives in its own file under `src/cli/` and is added here with its
 * `register…Command(program, io)` function.
 *
 * @internal
 * @module
 */

import { Command } from 'commander';
// Bundled into dist/cli.js by tsup, so no file is read at run time.
import pkg from '../../package.json' with { type: 'json' };
import type { CommandState, Io } from './output.js';
import { registerParseCommand } from './parse-command.js';
import { registerValidateCommand } from './validate-command.js';

import { registerSchemaCommand } from './schema-command.js';
import { registerTextCommand } from './text-command.js';
import { registerTurnsCommand } from './turns-command.js';

export type { CommandState } from './output.js';

/**
 * Builds the program. Commander never calls `process.exit` itself
 * (`exitOverride`): its usage errors, `--help` and `--version` are thrown as
 * `CommanderError`s for the entry point to turn into exit codes.
 */
export function createProgram(io: Io, state: CommandState = { exitCode: 0 }): Command {
  const program = new Command('pressdoc')
    .description(pkg.description)
    .version(pkg.version, '-V, --version', 'print the version of pressdoc')
    .helpOption('-h, --help', 'show help')
    // --color/--no-color win over NO_COLOR, FORCE_COLOR and the terminal test (see useColor).
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
    })
    .exitOverride()
    .showHelpAfterError('(run pressdoc --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ pressdoc parse fixtures/dossier-6125-minsk-2024.txt',
        '  $ pressdoc parse - --json < article.txt',
        '  $ pressdoc validate fixtures/ --format json',
        '  $ pressdoc schema > tree.schema.json',
        '  $ pressdoc help parse',
        '',
        'Colours only when standard output is a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on, --color and --no-color win over both.',
        'Exit status: 0 on success, 1 when validate finds errors, 2 on unreadable input, unwritable output or bad usage.',
      ].join('\n'),
    );

  program.hook('preAction', (command) => {
    const color = command.opts<{ color?: boolean }>().color;
    if (color !== undefined) io.color = color;
  });
  // Subcommands made with program.command() inherit the settings above.
  registerParseCommand(program, io, state);
  registerValidateCommand(program, io, state, pkg.version);
  registerSchemaCommand(program, io, pkg.version);
  registerTextCommand(program, io, state);
  registerTurnsCommand(program, io, state);
  // After a usage error, point at the help of the command that was misused.
  for (const command of program.commands) command.showHelpAfterError(`(run pressdoc ${command.name()} --help for usage)`);
  return program;
}
