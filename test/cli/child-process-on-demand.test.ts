import { describe, expect, it } from 'vitest';
import { spawn } from '../../src/cli/child-process-on-demand.js';

describe('child-process-on-demand', () => {
  it('spawns as node:child_process does, loading it on the first call', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(3);
  });
});
