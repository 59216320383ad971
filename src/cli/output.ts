/**
 * Where and how the commands write: the streams and whether to colour.
 * Passed to every command so tests and future commands share one setup.
 *
 * @internal
 * @module
 */

/** The output side of the command line. */
export interface Io {
  /** Writes to standard output. */
  out: (text: string) => void;
  /** Writes to standard error. */
  err: (text: string) => void;
  /** Whether standard output gets ANSI colours. */
  color: boolean;
  /** The terminal's width when standard output is one, for the outline. */
  width: number | undefined;
  /** Whether standard error is a terminal (not `dumb`): progress lines are drawn only then. */
  errTerminal: boolean;
}

/**
 * Whether to colour: never when `NO_COLOR` is set to a non-empty value
 * (https://no-color.org); always when `FORCE_COLOR` is set to anything but
 * empty, `0` or `false` (for CI logs that show colours); otherwise only when
 * standard output is a terminal and `TERM` is not `dumb`.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The process's own streams. */
export function processIo(): Io {
  const stdout = process.stdout;
  return {
    out: (text) => void stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: useColor(stdout),
    width: stdout.isTTY && stdout.columns > 0 ? stdout.columns : undefined,
    errTerminal: process.stderr.isTTY === true && process.env.TERM !== 'dumb',
  };
}

/** What a command hands back to the entry point besides its output. */
export interface CommandState {
  /** The exit status: 0 unless the command sets it (`validate` does). */
  exitCode: number;
}
