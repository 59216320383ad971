// src/generated/zones.ts is read from `Intl` for the zones of the gazetteer
// and committed; this test fails when the gazetteer's zones change, when
// Node's zone database changes (a new tz release), or when someone edits
// the table by hand, and says how to regenerate it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACE_ZONES } from '../src/normalize/places.js';
import { ZONE_TABLE_TZ } from '../src/generated/zones.js';
import { zonesSource } from '../scripts/build-zones.mjs';

describe('src/generated/zones.ts', () => {
  // Sampling 64 zones a day at a time over 68 years takes a few seconds.
  it('is a fresh read of the gazetteer zones from Intl', { timeout: 120_000 }, () => {
    const committed = readFileSync(new URL('../src/generated/zones.ts', import.meta.url), 'utf8');
    const fresh = zonesSource([...new Set(PLACE_ZONES.map((entry) => entry.zone))]);
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    const message =
      `src/generated/zones.ts is stale (read from tz ${ZONE_TABLE_TZ}, this Node has tz ${process.versions.tz}): run \`npm run zones\` and commit src/generated/zones.ts` +
      (committed === fresh ? '' : ` (first difference at line ${line + 1}: committed ${JSON.stringify(a[line]?.slice(0, 120))}, fresh ${JSON.stringify(b[line]?.slice(0, 120))})`);
    // Compare as a boolean with a message: a diff of 22 kB of codes helps no one.
    expect(committed === fresh, message).toBe(true);
  });
});
