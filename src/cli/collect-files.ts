/**
 * Turns the paths given to `pressdoc validate` into the list of files to
 * check: files as given, folders walked, globs expanded; each file once,
 * sorted by name so that output is stable whatever the concurrency.
 *
 * @internal
 * @module
 */

import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What {@link collectFiles} found. */
export interface Collected {
  /** The files to check, by the name to show (as given, or the folder joined with the path inside it), sorted. */
  files: string[];
  /** `true` when `-` (standard input) was given. */
  stdin: boolean;
  /** Arguments that named nothing to read (a missing path, a glob that matches no file), with why. Exit status 2. */
  problems: Array<{ name: string; message: string }>;
  /** Things worth saying that do not fail the run: a folder with no file to check. */
  notes: string[];
}

/** Folders never walked into (a file inside one can still be named on its own). */
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/** Code-point order, the same in every locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands the command-line arguments.
 *
 * - `-` is standard input.
 * - An existing file is taken as is, whatever its extension.
 * - An existing folder is walked recursively for files whose extension is
 *   one of `extensions` (`['txt']` by default on the command line); hidden
 *   files and folders, `node_modules` and `.git` are skipped.
 * - Anything else that looks like a glob (`dossiers/2025-*.txt`,
 *   `corpus/**\/*.txt`) is expanded relative to the working directory (no
 *   extension filter: the pattern says what it wants).
 * - A name that exists nowhere and is no glob, or a glob that matches
 *   nothing, is a problem.
 *
 * Files reached twice (a folder and a glob over it) are listed once, under
 * the first name found in sorted order.
 */
export async function collectFiles(args: readonly string[], extensions: readonly string[]): Promise<Collected> {
  const found = new Map<string, string>();
  const problems: Collected['problems'] = [];
  const notes: string[] = [];
  let stdin = false;
  const add = (name: string): void => {
    const key = resolve(name);
    const seen = found.get(key);
    if (seen === undefined || byName(name, seen) < 0) found.set(key, name);
  };
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;

  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const kind = await stat(arg).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => 'missing' as const,
    );
    if (kind === 'file') {
      add(arg);
    } else if (kind === 'folder') {
      const inside = await glob(pattern, { cwd: arg, ignore: SKIPPED_FOLDERS, dot: false });
      if (inside.length === 0) notes.push(`no .${extensions.join(', .')} file in folder '${arg}'`);
      for (const rel of inside) add(join(arg, rel));
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { absolute: isAbsolute(arg), ignore: SKIPPED_FOLDERS, dot: false });
      if (matches.length === 0) problems.push({ name: arg, message: `no file matches the pattern '${arg}'` });
      for (const m of matches) add(m);
    } else {
      problems.push({ name: arg, message: `cannot read '${arg}': no such file or folder.` });
    }
  }
  return { files: [...found.values()].sort(byName), stdin, problems, notes };
}
