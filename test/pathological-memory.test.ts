// Memory and time growth of parse on the pathological inputs
// (scripts/pathological-inputs.mjs), each measured in a fresh child process
// (test/support/memory-child.mjs), since resident memory is per process.
//
// The bound stated in the README (Robustness) and in ParseLimits.maxLines:
// the peak resident set of one parse grows by at most
//   48 MiB + 30 × input bytes (UTF-8) + 4 KiB × lines read (≤ limits.maxLines)
// Lines past limits.maxLines make one paragraph, so past the limit memory
// grows with the bytes only. The 4 KiB a line is what a line that names a
// new person costs (the people index); a paragraph line costs about 0.4 KiB.
// No absolute time is checked: for the families added for issue 12, the
// parse time from n/2 to n must stay below 2.5× (linear is 2×, quadratic 4×).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from '../scripts/pathological-inputs.mjs';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./support/memory-child.mjs', import.meta.url));

/** Bytes the stated bound allows for one parse. */
export function memoryBound(bytes: number, linesRead: number): number {
  return 48 * 2 ** 20 + 30 * bytes + 4096 * linesRead;
}

async function measure<T>(...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--expose-gc', child, ...args], { maxBuffer: 1 << 20, timeout: 120_000 });
  return JSON.parse(stdout) as T;
}

interface Memory {
  bytes: number;
  lines: number;
  linesRead: number;
  growth: number;
  children: number;
}

describe('memory of parse, per pathological input (child process)', () => {
  it.each(PATHOLOGICAL.map((c) => [c.name, c.n] as const))('%s (n = %i) stays within 48 MiB + 30 × bytes + 4 KiB × lines read', async (name) => {
    const m = await measure<Memory>(name);
    expect(m.growth, JSON.stringify(m)).toBeLessThanOrEqual(memoryBound(m.bytes, m.linesRead));
  }, 180_000);

  it('17 million tiny lines past limits.maxLines: one paragraph for the rest, memory as for the lines read', async () => {
    // Ran out of memory (V8 abort) before maxLines: a record and a paragraph per line.
    const m = await measure<Memory>('past-max-lines', '17000000');
    expect(m.children).toBe(1_000_001);
    expect(m.growth, JSON.stringify(m)).toBeLessThanOrEqual(memoryBound(m.bytes, m.linesRead));
  }, 180_000);
});

describe('time of parse from n/2 to n (child process, CPU time, best of 5)', () => {
  it.each(['tiny-lines', 'many-sections', 'distinct-speakers'])('%s grows less than 2.5×', async (name) => {
    const t = await measure<{ half: number; full: number }>(name, '--ratio');
    expect(t.full / t.half, JSON.stringify(t)).toBeLessThan(2.5);
  }, 300_000);
});
