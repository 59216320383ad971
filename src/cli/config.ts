/**
 * The `pressdoc` configuration file, found with lilconfig: `pressdoc.config.{js,mjs,cjs,json}`,
 * `.pressdocrc.json` or a `pressdoc` key in `package.json`, searched from
 * the working directory upward; or the file given with `--config`.
 *
 * lilconfig is loaded with `import()` when a command reads its
 * configuration and a file it would read is there, so that `--no-config`,
 * `--help`, the library and a run with no configuration file never load it.
 *
 * @internal
 * @module
 */

import { Option, type Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { importFile } from './import-file.js';
import { InputError } from './read-input.js';
import { reason, showName } from './show.js';

/** What a configuration file may hold, checked for shape (the library checks the contents of `rules`, `parse` and `plugins`). */
export interface PressdocConfig {
  /** Rule settings, as `validate`'s `rules` option: `{ 'page-chrome': 'off' }`. */
  rules?: Record<string, unknown>;
  /** Globs of files to leave out, relative to the configuration file's folder. */
  ignorePatterns?: string[];
  /** Options forwarded as they are to `parse` (and to `validate` as its `parse` option). */
  parse?: Record<string, unknown>;
  /** Forwarded as it is to `validate`'s `plugins` option. */
  plugins?: unknown;
}

/** A configuration that was found and checked, with where it came from. */
export interface LoadedConfig extends PressdocConfig {
  /** The file it was read from (absolute); `package.json` for its `pressdoc` key. */
  file: string;
}

/** The keys a configuration file may have, in the order messages list them. */
export const CONFIG_KEYS = ['rules', 'ignorePatterns', 'parse', 'plugins'] as const;

/** The file names searched in each folder, first found wins (then `package.json`'s `pressdoc` key). */
export const SEARCH_PLACES = ['pressdoc.config.js', 'pressdoc.config.mjs', 'pressdoc.config.cjs', 'pressdoc.config.json', '.pressdocrc.json', 'package.json'];

/** A configuration file that cannot be used: exit status 2, as for bad usage. */
export class ConfigError extends InputError {}

/** The command-line options every command that reads the configuration shares. */
export interface ConfigFlags {
  /** A path (`--config`), `false` (`--no-config`), or unset: search. */
  config?: string | false;
  /** `--ignore-pattern`, on the commands that take folders and globs. */
  ignorePattern?: string[];
}

/** Adds `--config <path>` and `--no-config` to `command`, and `--ignore-pattern` when `ignore` is set. */
export function addConfigOptions(command: Command, { ignore }: { ignore: boolean }): Command {
  command
    .addOption(new Option('-c, --config <path>', 'read the configuration from this file instead of searching for one'))
    .addOption(new Option('--no-config', 'read no configuration file'));
  if (ignore) {
    command.option(
      '--ignore-pattern <glob>',
      "leave out the files that match this glob, relative to the working directory (repeatable; adds to the configuration's ignorePatterns)",
      (value: string, previous: string[] = []) => [...previous, value],
    );
  }
  return command;
}

/** Lines for a command's `--help`: where the configuration comes from and what it holds. */
export const CONFIG_HELP = [
  '',
  'Configuration: the first of pressdoc.config.js, .mjs, .cjs, .json, .pressdocrc.json',
  "or a \"pressdoc\" key in package.json, in the working directory or the nearest folder",
  'above it (up to your home folder), unless --config names one or --no-config is given.',
  'Keys: rules (as --rule), ignorePatterns (globs relative to the file\'s folder),',
  'parse (options passed to the parser), plugins (passed to validate).',
];

const what = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks the shape of a configuration read from `file`: an object with no
 * key but {@link CONFIG_KEYS}, each of the right type.
 *
 * @throws {@link ConfigError} naming the file and the key.
 */
export function checkConfig(value: unknown, file: string): LoadedConfig {
  const where = configName(file);
  if (!isObject(value)) throw new ConfigError(`${where}: expected an object with keys ${CONFIG_KEYS.join(', ')}, found ${what(value)}.`);
  for (const key of Object.keys(value)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(`${where}: unknown key "${key}"; expected ${CONFIG_KEYS.join(', ')}.`);
    }
  }
  const { rules, ignorePatterns, parse, plugins } = value;
  if (rules !== undefined && !isObject(rules)) {
    throw new ConfigError(`${where}: "rules" must be an object such as { "page-chrome": "off" }, found ${what(rules)}.`);
  }
  if (ignorePatterns !== undefined) {
    if (!Array.isArray(ignorePatterns)) throw new ConfigError(`${where}: "ignorePatterns" must be an array of globs, found ${what(ignorePatterns)}.`);
    const bad = ignorePatterns.findIndex((p) => typeof p !== 'string' || p === '');
    if (bad >= 0) throw new ConfigError(`${where}: "ignorePatterns[${bad}]" must be a non-empty string (a glob), found ${JSON.stringify(ignorePatterns[bad]) ?? what(ignorePatterns[bad])}.`);
  }
  if (parse !== undefined && !isObject(parse)) {
    throw new ConfigError(`${where}: "parse" must be an object of parse options, found ${what(parse)}.`);
  }
  return {
    file,
    ...(rules !== undefined ? { rules } : {}),
    ...(ignorePatterns !== undefined ? { ignorePatterns: ignorePatterns as string[] } : {}),
    ...(parse !== undefined ? { parse } : {}),
    ...(plugins !== undefined ? { plugins } : {}),
  };
}

/** `config file 'path'`, or `"pressdoc" key of 'package.json'`: how messages name where a setting came from. */
export function configName(file: string): string {
  return /(^|[\\/])package\.json$/.test(file) ? `"pressdoc" key of '${showName(file)}'` : `config file '${showName(file)}'`;
}

/**
 * The configuration for a command: none with `--no-config`, the file named
 * by `--config`, or the first found from `cwd` upward (none when there is none).
 *
 * @throws {@link ConfigError} when the file cannot be read, does not parse
 *   or has the wrong shape; the message names the file (and the key).
 */
export async function loadConfig(flag: string | false | undefined, cwd: string = process.cwd()): Promise<LoadedConfig | undefined> {
  if (flag === false) return undefined;
  if (flag === undefined && !mayFindConfig(cwd)) return undefined;
  // lilconfig is CommonJS: bundled, its exports may sit on `default` only.
  const mod: typeof import('lilconfig') & { default?: typeof import('lilconfig') } = await import('lilconfig');
  const lilconfig = mod.lilconfig ?? mod.default?.lilconfig;
  if (lilconfig === undefined) throw new Error('lilconfig has no lilconfig export');
  // A script configuration is imported through importFile, what lilconfig's own loader does with import().
  const load = async (path: string): Promise<unknown> => (await importFile(path)).default;
  const explorer = lilconfig('pressdoc', { searchPlaces: SEARCH_PLACES, cache: false, loaders: { '.js': load, '.mjs': load, '.cjs': load } });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const file = flag === undefined ? undefined : resolve(cwd, flag);
  try {
    found = file === undefined ? await explorer.search(cwd) : await explorer.load(file);
  } catch (err) {
    // lilconfig gives no file name with a syntax error: find which file it was reading.
    const where = file ?? whichFile(cwd);
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (file !== undefined && code === 'ENOENT') throw new ConfigError(`cannot read config file '${showName(flag as string)}': no such file.`);
    throw new ConfigError(`${where === undefined ? 'the config file' : configName(where)} cannot be loaded: ${reason(err)}`);
  }
  if (found === null) return undefined;
  // An empty file, or `pressdoc: null` in package.json given with --config: nothing set.
  if (found.isEmpty || found.config === undefined || found.config === null) {
    if (file !== undefined && found.config == null && !found.isEmpty) throw new ConfigError(`${configName(found.filepath)}: no "pressdoc" key.`);
    return { file: found.filepath };
  }
  return checkConfig(found.config, found.filepath);
}

/**
 * False when lilconfig's search from `cwd` would find nothing: it looks in
 * each folder from `cwd` up to the home folder (or the root when `cwd` is
 * not under it) for {@link SEARCH_PLACES}, and takes `package.json` only
 * with a `pressdoc` key. True as soon as a search place other than
 * `package.json` exists, or a `package.json` that is not a JSON object
 * without a `pressdoc` key: lilconfig then decides (and tells its errors).
 * Most runs have a `package.json` and no configuration: this spares them
 * loading lilconfig.
 */
export function mayFindConfig(cwd: string, stopDir: string = homedir()): boolean {
  const stop = resolve(stopDir);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const place of SEARCH_PLACES) {
      const path = join(dir, place);
      if (!existsSync(path)) continue;
      if (place !== 'package.json') return true;
      try {
        const pkg: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
        if (!isObject(pkg) || 'pressdoc' in pkg) return true;
      } catch {
        return true;
      }
    }
    // lilconfig's own end of the search: the stop folder or the root.
    if (dir === stop || dirname(dir) === dir) return false;
  }
}

/** The first search place that exists from `cwd` upward: the file lilconfig failed on. */
function whichFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const place of SEARCH_PLACES) {
      const path = resolve(dir, place);
      if (existsSync(path)) return path;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A group of ignore globs and the folder they are relative to. */
export interface IgnoreGroup {
  patterns: string[];
  /** Absolute folder the patterns are relative to. */
  base: string;
}

/** The ignore globs of a run: the configuration's (relative to its folder), then `--ignore-pattern`'s (relative to the working directory). */
export function ignoreGroups(config: LoadedConfig | undefined, flags: readonly string[] | undefined, cwd: string = process.cwd()): IgnoreGroup[] {
  const groups: IgnoreGroup[] = [];
  if (config?.ignorePatterns?.length) groups.push({ patterns: config.ignorePatterns, base: dirname(config.file) });
  if (flags?.length) groups.push({ patterns: [...flags], base: resolve(cwd) });
  return groups;
}

/**
 * Runs `check` (a library call with the configured options, on an empty
 * document) and turns the library's `TypeError` into a {@link ConfigError}
 * naming the file and the key: the library knows its options, the command
 * line only forwards them.
 */
export function checkForwarded(config: LoadedConfig, key: string, check: () => unknown): void {
  try {
    check();
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    throw new ConfigError(`${configName(config.file)}: "${key}": ${err.message}`);
  }
}
