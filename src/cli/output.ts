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

let stderrReady = false;

/**
 * The process's standard error, with a listener that ignores its own write
 * errors (standard error is where failures are told; when it fails too,
 * nothing is left to tell). Made on first use: Node makes the stream when
 * `process.stderr` is first read, and a pipe's or a terminal's loads
 * `node:net`, about a tenth of a bare `node` start, which a run that tells
 * nothing (`pressdoc parse doc.txt > doc.outline`) need not pay.
 */
export function standardError(): NodeJS.WriteStream {
  const stderr = process.stderr;
  if (!stderrReady) {
    stderr.on('error', () => {});
    stderrReady = true;
  }
  return stderr;
}

/** The process's own streams; standard error is made when first needed (see standardError). */
export function processIo(): Io {
  const stdout = process.stdout;
  return {
    out: (text) => void stdout.write(text),
    err: (text) => void standardError().write(text),
    color: useColor(stdout),
    width: stdout.isTTY && stdout.columns > 0 ? stdout.columns : undefined,
    get errTerminal() {
      return standardError().isTTY === true && process.env.TERM !== 'dumb';
    },
  };
}

/** What a command hands back to the entry point besides its output. */
export interface CommandState {
  /** The exit status: 0 unless the command sets it (`validate` does). */
  exitCode: number;
}
