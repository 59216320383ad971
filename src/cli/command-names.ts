/**
 * The names of pressdoc's commands, as `pressdoc <name>` takes them. The
 * executable (src/bin.ts) keeps one code cache per command, since each
 * calls other functions; test/cli/command-names.test.ts checks the list
 * against the commands the program registers.
 *
 * @internal
 * @module
 */

/** Every command of `pressdoc`, in the order of its help. */
export const COMMAND_NAMES = ['parse', 'validate', 'schema', 'text', 'turns'] as const;

/** One command of {@link COMMAND_NAMES}. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * The command a command line runs: the first argument that names one, as
 * commander reads it after any global option (`--no-color parse x`), or
 * `undefined` (`--help`, `--version`, a misspelt command).
 *
 * @param args - The arguments after the executable (`process.argv.slice(2)`).
 */
export function commandOf(args: readonly string[]): CommandName | undefined {
  for (const arg of args) {
    if ((COMMAND_NAMES as readonly string[]).includes(arg)) return arg as CommandName;
    if (!arg.startsWith('-')) return undefined;
  }
  return undefined;
}
