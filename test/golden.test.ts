// Golden JSON trees of the three samples. A change to any node, field or
// position shows up as a diff here; after checking that the diff is
// intended, update with `npx vitest run test/golden.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { SAMPLES, fixture } from './helpers.js';

describe('golden trees', () => {
  it.each(SAMPLES)('%s', async (name) => {
    const result = parse(fixture(name));
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(`golden/${name.replace(/\.txt$/, '.json')}`);
  });
});
