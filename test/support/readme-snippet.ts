// Runs a TypeScript example of the docs as a user would paste it:
// type-checked under `strict` against this checkout's source (`pressdoc`
// resolved through `paths`), then run with tsx with `pressdoc` replaced by
// the source's file URL.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The first ```ts block of the README's section `## heading`, or undefined. */
export function readmeExample(heading: string): string | undefined {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  return /^```ts\n([\s\S]*?)^```$/m.exec(section ?? '')?.[1];
}

/** What type-checking and running `code` gave: tsc's output, and the run's status, stdout and stderr. */
export interface ExampleRun {
  tscOutput: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Type-checks `code` under strict (`noUncheckedIndexedAccess` too) and, when
 * tsc says nothing, runs it from the project root.
 */
export function runExample(code: string, prefix: string): ExampleRun {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    writeFileSync(join(dir, 'example.ts'), code);
    writeFileSync(join(dir, 'run.mts'), code.replace("from 'pressdoc'", `from ${JSON.stringify(pathToFileURL(join(root, 'src', 'index.ts')).href)}`));
    const compilerOptions = {
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
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['example.ts'] }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8', timeout: 60_000 });
    const tscOutput = tsc.stdout + tsc.stderr;
    if (tscOutput !== '' || tsc.status !== 0) return { tscOutput: tscOutput || `tsc exited ${tsc.status}`, status: null, stdout: '', stderr: '' };
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'run.mts')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    return { tscOutput, status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
