/**
 * The `pressdoc` command line (built to `dist/cli-main.cjs`, which the
 * executable, `dist/cli.cjs` from src/bin.ts, runs). Kept thin: the
 * commands live in `src/cli/`.
 *
 * Exit status: 0 on success, 2 on bad usage, unreadable input or output that
 * cannot be written, 1 on an unexpected error (a bug in pressdoc) or when
 * `validate` finds errors.
 *
 * @internal
 * @module
 */

import { CommanderError } from 'commander';
import { processIo, standardError, type Io } from './cli/output.js';
import { createProgram } from './cli/program.js';
import { InputError } from './cli/read-input.js';
import { reason } from './cli/show.js';

/** Exit status for bad usage and unreadable input. */
const USAGE = 2;

/** Runs the command line on `argv` (as `process.argv`) and returns the exit status. */
async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    const state = { exitCode: 0 };
    await createProgram(io, state).parseAsync([...argv]);
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed the message (or the help / version).
      return err.exitCode === 0 ? 0 : USAGE;
    }
    if (err instanceof InputError) {
      io.err(`pressdoc: ${err.message}\n`);
      return USAGE;
    }
    io.err(`pressdoc: internal error, please report it: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

// A closed pipe (`pressdoc parse doc.txt | head`) is not an error. Any other
// failure to write the output (`> /dev/full`, a disk that fills up) ends the
// run at once with one line on standard error and status 2, like unreadable
// input: what was written is incomplete.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  try {
    standardError().write(`pressdoc: cannot write to standard output: ${reason(err)}\n`);
  } finally {
    process.exit(USAGE);
  }
});

// exitCode, not exit(): let pending writes to a pipe finish first. No
// top-level await: the command line is built as CommonJS, for the code
// cache of src/cli/code-cache.ts.
void main(process.argv).then((status) => {
  process.exitCode = status;
});
