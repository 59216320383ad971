/**
 * How the command line shows things to people. For now, the reason of a
 * failed system call.
 *
 * @internal
 * @module
 */

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
