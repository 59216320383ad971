/**
 * `--output-file <path>`: a report written to a file instead of standard
 * output. The file is opened (its folder made) before anything is checked,
 * so a path that cannot be written fails at once; a write that fails later
 * (a full disk) is remembered and told at the end. Either way the exit
 * status is 2, as for standard output that cannot be written.
 *
 * @internal
 * @module
 */

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './read-input.js';
import { reason, showName } from './show.js';

/** An open output file. */
export interface OutputFile {
  /** Writes text; never throws (a failure is kept for {@link OutputFile.close}). */
  write(text: string): void;
  /** Closes the file; returns the message of the first failure, or `undefined` when all was written. */
  close(): string | undefined;
}

/**
 * Opens (creates or truncates) `path`, making its folders.
 *
 * @throws {@link InputError} when it cannot be opened: bad usage, exit 2.
 */
export function openOutputFile(path: string): OutputFile {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'w');
  } catch (err) {
    throw new InputError(`cannot write the output file '${showName(path)}': ${reason(err)}.`);
  }
  let failure: string | undefined;
  return {
    write(text) {
      if (failure !== undefined) return;
      try {
        const bytes = Buffer.from(text, 'utf8');
        let done = 0;
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (err) {
        failure = `cannot write the output file '${showName(path)}': ${reason(err)}.`;
      }
    },
    close() {
      try {
        closeSync(fd);
      } catch (err) {
        failure ??= `cannot write the output file '${showName(path)}': ${reason(err)}.`;
      }
      return failure;
    },
  };
}
