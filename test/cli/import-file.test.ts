import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/cli/import-file.js';

const dir = mkdtempSync(join(tmpdir(), 'pressdoc-import-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Under vitest, import() goes through its module runner; the built command line's
// Node loader, and its errors for a bad configuration file, are what
// test/cli-parse-config.test.ts runs.
describe('importFile', () => {
  it('imports an ES module and a CommonJS file by path (a space in it too), as import() reads them', async () => {
    const esm = join(dir, 'a config.mjs');
    writeFileSync(esm, 'export default { rules: { truncated: "off" } };\nexport const extra = 1;\n');
    const cjs = join(dir, 'b.cjs');
    writeFileSync(cjs, 'module.exports = { rules: {} };\n');
    expect(await importFile(esm)).toMatchObject({ default: { rules: { truncated: 'off' } }, extra: 1 });
    expect((await importFile(cjs)).default).toEqual({ rules: {} });
  });
});
