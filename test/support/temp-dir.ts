import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * For a test file that runs the built CLI: before its tests, checks that
 * `cli` exists (a clear message instead of a spawn error when the build is
 * missing) and makes a fresh temporary folder named from `prefix`, handed
 * to `use`; after them, removes the folder.
 */
export function useTempDir(cli: string, prefix: string, use: (dir: string) => void): void {
  let dir: string | undefined;
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (\`npm test\` does).`);
    dir = mkdtempSync(join(tmpdir(), prefix));
    use(dir);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
}
