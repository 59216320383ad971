/**
 * Reads the document named on the command line: a file path, or `-` for
 * standard input. Bytes are decoded as strict UTF-8, so a file in another
 * encoding is reported rather than silently garbled.
 *
 * @internal
 * @module
 */

import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { constants as bufferConstants } from 'node:buffer';
import { formatSize, reason, showName } from './show.js';

/** A problem the user can fix: printed on stderr, exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** What {@link readInput} returns. */
export interface Input {
  /** The decoded text, BOM kept (the parser reads and positions it). */
  text: string;
  /** How to name the input in messages: the path, or `<stdin>`. */
  name: string;
}

/** The name used for standard input in messages and diagnostics. */
export const STDIN_NAME = '<stdin>';

/** What {@link readInput} says on standard error before it waits for a person to type the document. */
export const STDIN_HINT = 'pressdoc: reading the document from standard input; paste it, then press Ctrl-D (Ctrl-Z Enter on Windows).\n';

/** The default of `--max-file-size`: far above any press document (the samples are under 60 KiB), far below what would exhaust memory. */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/** How {@link readBytes} and {@link readInput} read. */
export interface ReadOptions {
  /** Standard input, for `-`. */
  stdin?: AsyncIterable<Uint8Array> & { isTTY?: boolean };
  /** Receives {@link STDIN_HINT} when `-` is read from a terminal. */
  hint?: (text: string) => void;
  /** Bytes read at most; an input with more is refused with an {@link InputError} (`--max-file-size`). */
  maxBytes?: number;
  /**
   * Refuse anything but a regular file (a named pipe, a device, a socket),
   * without blocking on it: for files found in folders and by globs. A path
   * named on the command line may be anything readable (`<(curl …)`, `/dev/stdin`).
   */
  onlyRegular?: boolean;
}

/**
 * Reads `source` (`-` for standard input) and decodes it as UTF-8. When
 * standard input is a terminal, `hint` receives {@link STDIN_HINT} first, so a
 * person who typed `pressdoc parse -` knows why nothing happens.
 *
 * @throws {@link InputError} when the input cannot be read, is larger than
 *   `maxBytes` or is not UTF-8.
 */
export async function readInput(
  source: string,
  stdin: AsyncIterable<Uint8Array> & { isTTY?: boolean } = process.stdin,
  hint: (text: string) => void = () => {},
  options: Omit<ReadOptions, 'stdin' | 'hint'> = {},
): Promise<Input> {
  const name = source === '-' ? STDIN_NAME : source;
  const bytes = await readBytes(source, { ...options, stdin, hint });
  return { text: decodeUtf8(bytes, name), name };
}

/**
 * Reads the bytes of `source` (`-` for standard input), at most
 * `options.maxBytes` of them ({@link DEFAULT_MAX_FILE_SIZE} by default):
 * a larger regular file is refused before it is read, a stream (standard
 * input, a pipe, `/dev/zero`) as soon as it has given more.
 *
 * @throws {@link InputError} naming the input and the reason.
 */
export async function readBytes(source: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_SIZE;
  if (source !== '-') return readFileBytes(source, maxBytes, options.onlyRegular === true);
  const stdin = options.stdin ?? process.stdin;
  if (stdin.isTTY === true) options.hint?.(STDIN_HINT);
  return readAll(stdin, maxBytes);
}

/** `'name'` with its control characters escaped, or `standard input`. */
const quoted = (name: string): string => (name === STDIN_NAME ? `'${STDIN_NAME}'` : `'${showName(name)}'`);

function tooLarge(name: string, maxBytes: number, size?: number): InputError {
  const what = size === undefined ? `has more than ${formatSize(maxBytes)}` : `is ${formatSize(size)}, more than ${formatSize(maxBytes)}`;
  const raise = size === undefined ? '' : ` (such as --max-file-size ${Math.ceil(size / (1024 * 1024))}M)`;
  return new InputError(
    `${quoted(name)} ${what}, the --max-file-size limit: it was not ${size === undefined ? 'read further' : 'read'}. Raise the limit to check it${raise}.`,
  );
}

async function readAll(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += chunk.length;
      // Leaving the loop closes the stream: `pressdoc parse - < /dev/zero` stops here.
      if (total > maxBytes) throw tooLarge(STDIN_NAME, maxBytes);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read standard input: ${reason(err)}`);
  }
  return Buffer.concat(chunks);
}

/** What a file that is not a regular one is, for messages. */
function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The message for a file that a folder walk or a glob found but that is no regular file. */
export function notRegularMessage(name: string, s: Stats): string {
  return `skipped ${quoted(name)}: it is ${kindOf(s)}, not a regular file; only regular files are read from folders and patterns (name it on its own to read it).`;
}

function openError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`cannot read ${quoted(path)}: no such file. Check the path, or pass - to read standard input.`);
    case 'EISDIR':
      return new InputError(`cannot read ${quoted(path)}: it is a directory. Pass the path of a text file, or - to read standard input.`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`cannot read ${quoted(path)}: permission denied. Check the file's permissions.`);
    default:
      return new InputError(`cannot read ${quoted(path)}: ${reason(err)}`);
  }
}

/** Bytes asked of one read call at most (Linux returns at most about 2 GiB per call anyway). */
const MAX_READ = 256 * 1024 * 1024;
/** Bytes asked per read call from a stream of unknown length. */
const STREAM_CHUNK = 64 * 1024;

async function readFileBytes(path: string, maxBytes: number, onlyRegular: boolean): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a named pipe found in a folder must not wait for a writer.
    handle = await open(path, onlyRegular && constants.O_NONBLOCK !== undefined ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (err) {
    throw openError(path, err);
  }
  try {
    const s = await handle.stat();
    if (s.isDirectory()) throw openError(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
    if (onlyRegular && !s.isFile()) throw new InputError(notRegularMessage(path, s));
    if (s.isFile() && s.size > maxBytes) throw tooLarge(path, maxBytes, s.size);
    return await readCapped(handle, s.isFile() ? s.size : undefined, maxBytes, path);
  } catch (err) {
    throw err instanceof InputError ? err : openError(path, err);
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * Reads `handle` to its end, refusing more than `maxBytes`. A regular file
 * is read into one buffer of its size (plus one byte, to see that it did
 * not grow); a stream in chunks.
 */
async function readCapped(handle: FileHandle, size: number | undefined, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  let buffer = Buffer.allocUnsafe(size === undefined ? Math.min(STREAM_CHUNK, maxBytes + 1) : size + 1);
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, Math.min(buffer.length - filled, MAX_READ), null);
    if (bytesRead === 0) break;
    filled += bytesRead;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(name, maxBytes);
    if (filled === buffer.length) {
      chunks.push(buffer);
      buffer = Buffer.allocUnsafe(Math.min(STREAM_CHUNK, maxBytes + 1 - total));
      filled = 0;
    }
  }
  if (filled > 0) chunks.push(buffer.subarray(0, filled));
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** Byte-order marks of the encodings a file is most often saved in by mistake, longest first. */
const BOMS: ReadonlyArray<{ bytes: readonly number[]; name: string; iconv: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 LE', iconv: 'UTF-32' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 BE', iconv: 'UTF-32' },
  { bytes: [0xff, 0xfe], name: 'UTF-16 LE', iconv: 'UTF-16' },
  { bytes: [0xfe, 0xff], name: 'UTF-16 BE', iconv: 'UTF-16' },
];

const hex = (bytes: readonly number[]): string => bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');

/**
 * Decodes strict UTF-8. `ignoreBOM: true` keeps a leading BOM in the text
 * (the default would strip it), so positions match the file as saved.
 *
 * @throws {@link InputError} saying what the bytes are instead: UTF-16 or
 *   UTF-32 (told by their byte-order mark), another encoding (the first
 *   invalid byte, with an `iconv` command), or valid UTF-8 too long for a
 *   JavaScript string.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  const file = name === STDIN_NAME ? 'file' : showName(name);
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) {
    throw new InputError(
      `${quoted(name)} is ${bom.name} (it starts with the byte-order mark ${hex(bom.bytes)}), not UTF-8. pressdoc reads UTF-8 only: convert the file first, e.g. \`iconv -f ${bom.iconv} -t UTF-8 '${file}' > converted.txt\`.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (bad === -1) {
      // Well-formed: the decoder refused for another reason, the length of the string it would make.
      throw new InputError(
        `${quoted(name)} is valid UTF-8 but too large to check: its ${formatSize(bytes.length)} make a text longer than the longest string JavaScript can hold (${bufferConstants.MAX_STRING_LENGTH.toLocaleString('en-US')} UTF-16 code units). Split it into smaller files.`,
      );
    }
    const where = ` (first invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0').toUpperCase()} at byte offset ${bad}, line ${lineAt(bytes, bad)})`;
    throw new InputError(
      `${quoted(name)} is not valid UTF-8${where}. pressdoc reads UTF-8 only: convert the file first, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 '${file}' > converted.txt\`.`,
    );
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of the second byte (RFC 3629 table).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) n = 2;
    else if (x >= 0xe0 && x <= 0xef) {
      n = 3;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      n = 4;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < n; k++) {
      const y = b[i + k];
      if (y === undefined) return i;
      if (k === 1 ? y < lo || y > hi : y < 0x80 || y > 0xbf) return i;
    }
    i += n;
  }
  return -1;
}

function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  // CRLF, CR and LF each end a line, as in the parser's positions.
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a || (b[i] === 0x0d && b[i + 1] !== 0x0a)) line++;
  }
  return line;
}
