// What `pressdoc` loads at start: the static import graph of the built
// command line (dist/cli.js and the chunks it imports without import()).
// Commands that need zod (schema), tinyglobby (globs) or worker threads
// (validate --jobs > 1) load them with import() when they run, so that
// `pressdoc parse one-file.txt` starts without them. Structural facts, not
// timings: `npm run bench` prints the times (scripts/bench-cli.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module reached from `entry` by static imports: relative files by path, packages and built-ins by name. */
function staticGraph(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    // `import … from "x"` and `import "x"`, not `import("x")`.
    for (const m of code.matchAll(/^\s*(?:import|export)\s+(?:[^'"();]*?\s+from\s+)?["']([^"']+)["'];?\s*$/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => f.slice(dist.length)), bare: [...bare].sort() };
}

describe.skipIf(!existsSync(join(dist, 'cli.js')))('the command line loads what a command needs', () => {
  const graph = staticGraph(join(dist, 'cli.js'));

  it('imports no package at start: commander and tinyglobby are bundled in, zod is loaded by `pressdoc schema` alone', () => {
    expect(graph.bare.filter((s) => !s.startsWith('node:') && !/^[a-z_]+(\/[a-z_]+)?$/.test(s))).toEqual([]);
    expect(graph.bare).not.toContain('zod');
    expect(graph.bare.some((s) => /commander|tinyglobby|piscina|fdir|picomatch/.test(s))).toBe(false);
  });

  it('starts no worker-thread module, glob library or JSON Schema code: each is a chunk behind import()', () => {
    const code = graph.files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/from ["'](node:)?worker_threads["']/);
    expect(code).not.toContain('toJSONSchema');
    expect(code).not.toContain('isDynamicPattern(pattern');
    const cli = readFileSync(join(dist, 'cli.js'), 'utf8');
    expect(cli.match(/await import\("\.\/[^"]+\.js"\)/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps one shebang line at the top of dist/cli.js', () => {
    const cli = readFileSync(join(dist, 'cli.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
