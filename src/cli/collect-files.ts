/**
 * Turns the paths given to `pressdoc validate` into the list of files to
 * check: files as given, folders walked, globs expanded; each real file
 * once, sorted by name so that output is stable whatever the concurrency.
 *
 * @internal
 * @module
 */

import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { IgnoreGroup } from './config.js';
import { notRegularMessage } from './read-input.js';
import { reason, showName } from './show.js';

/** A file to check. */
export interface CollectedFile {
  /** The name to show: as given, or the folder joined with the path inside it. */
  name: string;
  /**
   * `true` when the file was named on the command line: it is read whatever
   * it is (a named pipe, `/dev/stdin`). Files found in folders and by globs
   * are read only if they are regular files.
   */
  named: boolean;
}

/** What {@link collectFiles} found. */
export interface Collected {
  /** The files to check, each real file once (by its real path), sorted by name. */
  files: CollectedFile[];
  /** `true` when `-` (standard input) was given. */
  stdin: boolean;
  /**
   * Arguments or folders that gave nothing to read (a missing path, a glob
   * that matches no file, a folder that cannot be listed), with why. Exit status 2.
   */
  problems: Array<{ name: string; message: string }>;
  /** Things worth saying that do not fail the run: a folder with no file to check, a special file skipped. */
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
 * - An existing file is taken as is, whatever its extension and kind (a
 *   named pipe or a device is read too, up to `--max-file-size`).
 * - An existing folder is walked recursively for files whose extension is
 *   one of `extensions` (`['txt']` by default on the command line); hidden
 *   files and folders, `node_modules` and `.git` are skipped, symbolic links
 *   are followed (a folder reached again through a link is not walked twice).
 *   Only regular files are taken: a named pipe, a device or a socket is
 *   skipped with a note. A folder that cannot be listed is a problem, with
 *   the reason.
 * - Anything else that looks like a glob (`dossiers/2025-*.txt`,
 *   `corpus/**\/*.txt`) is expanded relative to the working directory (no
 *   extension filter: the pattern says what it wants); only regular files
 *   are taken, as from folders.
 * - A name that exists nowhere and is no glob, or a glob that matches
 *   nothing, is a problem.
 *
 * A real file reached twice (a folder and a glob over it, a symbolic link
 * to a folder or a file) is listed once, under the first of its names in
 * sorted order.
 *
 * A file that matches one of the `ignore` globs (each group relative to its
 * own folder) is left out; when it was named on the command line, a note says so.
 */
export async function collectFiles(args: readonly string[], extensions: readonly string[], ignore: readonly IgnoreGroup[] = []): Promise<Collected> {
  const found = new Map<string, CollectedFile>();
  const problems: Collected['problems'] = [];
  const notes: string[] = [];
  let stdin = false;
  const add = async (name: string, named: boolean): Promise<void> => {
    const key = await realpath(name).catch(() => resolve(name));
    const seen = found.get(key);
    if (seen === undefined || byName(name, seen.name) < 0) found.set(key, { name, named: named || seen?.named === true });
    else if (named) seen.named = true;
  };
  const wanted = (file: string): boolean => extensions.some((e) => file.endsWith(`.${e}`));
  // Loaded only for an argument that names no file or folder: a run over paths never loads it.
  let globber: typeof import('tinyglobby') | undefined;

  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    let s: Stats | undefined;
    let failure: unknown;
    try {
      s = await stat(arg);
    } catch (err) {
      failure = err;
    }
    if (s?.isDirectory()) {
      const before = found.size;
      const ok = await walk(arg, { add, wanted, problems, notes });
      if (ok && found.size === before) notes.push(`no .${extensions.join(', .')} file in folder '${showName(arg)}'`);
    } else if (s) {
      await add(arg, true);
    } else if ((globber ??= await import('tinyglobby')).isDynamicPattern(arg)) {
      const matches = await globber.glob(arg, { absolute: isAbsolute(arg), ignore: SKIPPED_FOLDERS, dot: false });
      let taken = 0;
      for (const m of matches) {
        const kind = await stat(m).catch(() => undefined);
        if (kind && !kind.isFile()) {
          notes.push(notRegularMessage(m, kind));
          continue;
        }
        await add(m, false);
        taken++;
      }
      if (taken === 0) problems.push({ name: arg, message: `no file matches the pattern '${showName(arg)}'` });
    } else {
      const code = (failure as NodeJS.ErrnoException | undefined)?.code;
      const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : reason(failure);
      problems.push({ name: arg, message: `cannot read '${showName(arg)}': ${why}.` });
    }
  }
  if (ignore.length > 0 && found.size > 0) {
    for (const key of await ignoredFiles(ignore)) {
      const f = found.get(key);
      if (f === undefined) continue;
      found.delete(key);
      if (f.named) notes.push(`ignored '${showName(f.name)}': it matches an ignore pattern.`);
    }
  }
  const files = [...found.values()].sort((a, b) => byName(a.name, b.name));
  return { files, stdin, problems, notes };
}

/**
 * The real paths of the files the ignore globs match. The globs are
 * expanded (by tinyglobby, as the paths given are) rather than matched
 * against each file: tinyglobby brings no matcher of its own, and the
 * command line bundles no other glob library.
 */
async function ignoredFiles(ignore: readonly IgnoreGroup[]): Promise<Set<string>> {
  const { glob } = await import('tinyglobby');
  const out = new Set<string>();
  for (const group of ignore) {
    const matches = await glob(group.patterns, { cwd: group.base, absolute: true, dot: true, ignore: SKIPPED_FOLDERS });
    for (const m of matches) out.add(await realpath(m).catch(() => resolve(m)));
  }
  return out;
}

interface Walk {
  add: (name: string, named: boolean) => Promise<void>;
  wanted: (file: string) => boolean;
  problems: Collected['problems'];
  notes: string[];
}

/**
 * Walks `root` depth first, adding the regular files with a wanted
 * extension. Returns `false` when some folder could not be listed (reported
 * as a problem).
 */
async function walk(root: string, w: Walk): Promise<boolean> {
  const walked = new Set<string>();
  let ok = true;
  const visit = async (dir: string): Promise<void> => {
    // By real path: a link back up (`d/loop -> ..`) or a second link to one folder is walked once.
    const real = await realpath(dir).catch(() => resolve(dir));
    if (walked.has(real)) return;
    walked.add(real);
    let entries: Array<Dirent<Buffer>>;
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      ok = false;
      w.problems.push({ name: dir, message: `cannot list folder '${showName(dir)}': ${reason(err)}.` });
      return;
    }
    const named = entries
      .map((e) => ({ e, name: e.name.toString('utf8') }))
      .sort((a, b) => byName(a.name, b.name));
    for (const { e, name } of named) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (!Buffer.from(name, 'utf8').equals(e.name)) {
        // The name cannot be spelt as a string: opening `path` would open nothing, or another file.
        if (e.isDirectory() || w.wanted(name)) w.notes.push(`skipped '${showName(path)}': its name is not valid UTF-8.`);
        continue;
      }
      let kind: Dirent<Buffer> | Stats = e;
      if (!e.isDirectory() && !e.isFile()) {
        // A link, a special file, or an entry of unknown type (some file systems): decide on what it points at.
        try {
          kind = await stat(path);
        } catch (err) {
          if (w.wanted(name)) w.problems.push({ name: path, message: `cannot read '${showName(path)}': ${reason(err)}.` });
          continue;
        }
      }
      if (kind.isDirectory()) {
        if (name !== 'node_modules') await visit(path);
      } else if (w.wanted(name)) {
        if (kind.isFile()) await w.add(path, false);
        else w.notes.push(notRegularMessage(path, kind as Stats));
      }
    }
  };
  await visit(root);
  return ok;
}
