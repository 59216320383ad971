// The shortcut of `loadConfig`: `mayFindConfig` says false only where
// lilconfig's search (as the command line configures it) finds nothing, so
// that a run with no configuration file can skip loading lilconfig. Each
// case is a real folder tree; lilconfig itself is the reference.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lilconfig } from 'lilconfig';
import { afterAll, describe, expect, it } from 'vitest';
import { mayFindConfig, SEARCH_PLACES } from '../src/cli/config.js';

const base = mkdtempSync(join(tmpdir(), 'pressdoc-search-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

/** A folder `top` holding `files` (paths relative to it), searched from `top/a/b`, with the search stopped at `top`. */
function tree(files: Record<string, string>): { top: string; from: string } {
  const top = join(base, `t${n++}`);
  const from = join(top, 'a', 'b');
  mkdirSync(from, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(top, path), text);
  return { top, from };
}

/** What lilconfig finds: a file path, null, or the error it throws. */
async function reference(from: string, top: string): Promise<string | null | Error> {
  try {
    const found = await lilconfig('pressdoc', { searchPlaces: SEARCH_PLACES, cache: false, stopDir: top }).search(from);
    return found?.filepath ?? null;
  } catch (err) {
    return err as Error;
  }
}

describe('mayFindConfig', () => {
  it.each([
    ['no file', {}],
    ['a package.json without a pressdoc key, beside and above', { 'a/b/package.json': '{"name":"x"}', 'package.json': '\uFEFF{"name":"y","bin":{"pressdoc":"cli.js"}}' }],
  ])('false where lilconfig finds nothing: %s', async (_name, files) => {
    const { top, from } = tree(files);
    expect(await reference(from, top)).toBeNull();
    expect(mayFindConfig(from, top)).toBe(false);
  });

  it.each([
    ['a pressdoc key in package.json above', { 'a/package.json': '{"pressdoc":{"rules":{}}}' }],
    ['.pressdocrc.json at the stop folder', { '.pressdocrc.json': '{"rules":{}}' }],
    ['pressdoc.config.mjs beside', { 'a/b/pressdoc.config.mjs': 'export default {};' }],
    ['pressdoc.config.json below a plain package.json', { 'a/b/package.json': '{}', 'a/pressdoc.config.json': '{}' }],
  ])('true where lilconfig finds a file: %s', async (_name, files) => {
    const { top, from } = tree(files);
    expect(typeof (await reference(from, top))).toBe('string');
    expect(mayFindConfig(from, top)).toBe(true);
  });

  it.each([
    ['a package.json that is not JSON', { 'a/package.json': '{ name: x' }],
    ['a package.json that is null', { 'package.json': 'null' }],
    ['an empty pressdoc.config.json (lilconfig skips it)', { 'a/pressdoc.config.json': '  \n' }],
  ])('true, leaving lilconfig to decide: %s', async (_name, files) => {
    const { top, from } = tree(files);
    await reference(from, top);
    expect(mayFindConfig(from, top)).toBe(true);
  });

  it('stops where lilconfig stops: a configuration above the stop folder is not seen by either', async () => {
    const { top } = tree({ '.pressdocrc.json': '{}' });
    const stop = join(top, 'a');
    const from = join(top, 'a', 'b');
    expect(await reference(from, stop)).toBeNull();
    expect(mayFindConfig(from, stop)).toBe(false);
  });
});
