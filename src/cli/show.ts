/**
 * How the command line shows things to people: file names with their
 * control characters escaped, byte sizes, and the reason of a failed system
 * call. Machine output (JSON, NDJSON) keeps names exact and does not use
 * these.
 *
 * @internal
 * @module
 */

/**
 * Characters that must not reach a terminal raw: C0 controls (line feed,
 * carriage return, escape …), DEL, C1 controls (U+009B is a one-character
 * CSI on some terminals), the line and paragraph separators, and the
 * bidirectional formatting characters, which reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * A file name as shown on a terminal: every control or bidirectional
 * formatting character written as a JSON-style escape (`\n`, `\u001b`,
 * `\u202e`), so that a name can neither move the cursor, colour the text nor
 * fake a line of output. Other characters, backslashes included, are kept.
 */
export function showName(name: string): string {
  return name.replace(UNSAFE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** `64 MiB`, `1.5 GiB`, `512 KiB`, `100 bytes`. */
export function formatSize(bytes: number): string {
  const unit = (n: number, name: string): string => `${Number.isInteger(n) ? n : n.toFixed(1)} ${name}`;
  if (bytes >= GiB) return unit(bytes / GiB, 'GiB');
  if (bytes >= MiB) return unit(bytes / MiB, 'MiB');
  if (bytes >= KiB) return unit(bytes / KiB, 'KiB');
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * Reads a size given on the command line: a whole number of bytes, or one
 * followed by `K`, `M` or `G` (binary: `64M` is 64 MiB; `KiB`, `MB` … are
 * read the same). `undefined` when it is not one.
 */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * ({ k: KiB, m: MiB, g: GiB }[(m[2] ?? '').toLowerCase()] ?? 1);
  return Number.isSafeInteger(n) ? n : undefined;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENXIO: 'no such device or address (a socket?)',
  ENOSPC: 'no space left on device',
  EISDIR: 'it is a folder',
  EBADF: 'bad file descriptor',
  EAGAIN: 'resource temporarily unavailable',
};

/** Why a system call failed, for people: `permission denied (EACCES)`. */
export function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code in REASONS) return `${REASONS[code]} (${code})`;
  if (err instanceof Error) return typeof code === 'string' ? `${err.message} (${code})` : err.message;
  return String(err);
}
