// The README's "Extending" example type-checks under strict and prints what its comments say.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the README’s “Extending” example', { timeout: 60_000 }, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Extending\n'));
  const code = /^```ts\n([\s\S]*?)^```$/m.exec(section ?? '')?.[1];

  it('type-checks under strict and runs, printing what its comments say', () => {
    expect(code, 'README.md has a "## Extending" section with a ts block').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'pressdoc-readme-extending-'));
    try {
      writeFileSync(join(dir, 'example.ts'), code!);
      writeFileSync(join(dir, 'run.mts'), code!.replace("from 'pressdoc'", `from ${JSON.stringify(pathToFileURL(join(root, 'src', 'index.ts')).href)}`));
      const tsconfig = {
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
          skipLibCheck: true,
          paths: { pressdoc: [join(root, 'src', 'index.ts')] },
        },
        files: ['example.ts'],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8', timeout: 60_000 });
      expect(tsc.stdout + tsc.stderr).toBe('');
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'run.mts')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // Each console.log prints what its comment says.
      const said = [...code!.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
      expect(r.stdout).toBe(said.map((s) => `${s}\n`).join(''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
