/**
 * Options shared by several commands.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_FILE_SIZE } from './read-input.js';
import { formatSize, parseSize } from './show.js';

/** `--max-file-size <size>`: bytes read at most from a file or standard input. */
export function maxFileSizeOption(): Option {
  return new Option('--max-file-size <size>', `read at most this much of a file or of standard input (bytes, or with K, M or G: 64M); a larger input is refused with a message`)
    .argParser((value: string): number => {
      const n = parseSize(value);
      if (n === undefined) throw new InvalidArgumentError(`expected a size such as 64M, 1G or 500000 (bytes), found '${value}'.`);
      return n;
    })
    .default(DEFAULT_MAX_FILE_SIZE, formatSize(DEFAULT_MAX_FILE_SIZE));
}

/**
 * Reads `--ext txt,md`: file extensions without their dot, as the commands
 * that take folders use them (`parse`, `validate`).
 *
 * @throws InvalidArgumentError when the list is empty or an extension holds
 *   other than letters, digits, `_`, `.` and `-`.
 */
export function extensionList(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim().replace(/^\./, ''))
    .filter((e) => e !== '');
  if (list.length === 0 || list.some((e) => !/^[\w.-]+$/u.test(e))) {
    throw new InvalidArgumentError(`expected extensions such as 'txt' or 'txt,md', found '${value}'.`);
  }
  return list;
}
