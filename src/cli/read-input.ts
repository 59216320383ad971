/**
 * Reads the document named on the command line: a file path, or `-` for
 * standard input. Bytes are decoded as strict UTF-8, so a file in another
 * encoding is reported rather than silently garbled.
 *
 * @internal
 * @module
 */

import { readFile } from 'node:fs/promises';

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

/**
 * Reads `source` (`-` for standard input) and decodes it as UTF-8. When
 * standard input is a terminal, `hint` receives {@link STDIN_HINT} first, so a
 * person who typed `pressdoc parse -` knows why nothing happens.
 *
 * @throws {@link InputError} when the input cannot be read or is not UTF-8.
 */
export async function readInput(
  source: string,
  stdin: AsyncIterable<Uint8Array> & { isTTY?: boolean } = process.stdin,
  hint: (text: string) => void = () => {},
): Promise<Input> {
  const name = source === '-' ? STDIN_NAME : source;
  if (source === '-' && stdin.isTTY === true) hint(STDIN_HINT);
  const bytes = source === '-' ? await readAll(stdin) : await readFileBytes(source);
  return { text: decodeUtf8(bytes, name), name };
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
  } catch (err) {
    throw new InputError(`cannot read standard input: ${describe(err)}`);
  }
  return Buffer.concat(chunks);
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    switch (code) {
      case 'ENOENT':
        throw new InputError(`cannot read '${path}': no such file. Check the path, or pass - to read standard input.`);
      case 'EISDIR':
        throw new InputError(`cannot read '${path}': it is a directory. Pass the path of a text file, or - to read standard input.`);
      case 'EACCES':
      case 'EPERM':
        throw new InputError(`cannot read '${path}': permission denied. Check the file's permissions.`);
      default:
        throw new InputError(`cannot read '${path}': ${describe(err)}`);
    }
  }
}

/**
 * Decodes strict UTF-8. `ignoreBOM: true` keeps a leading BOM in the text
 * (the default would strip it), so positions match the file as saved.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const where = bad === -1 ? '' : ` (first invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0').toUpperCase()} at byte offset ${bad}, line ${lineAt(bytes, bad)})`;
    throw new InputError(
      `'${name}' is not valid UTF-8${where}. pressdoc reads UTF-8 only: convert the file first, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 '${name === STDIN_NAME ? 'file' : name}' > converted.txt\`.`,
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

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
