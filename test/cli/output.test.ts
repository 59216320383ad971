import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/output.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('useColor', () => {
  it('colours a terminal, not a pipe or a file', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
  });

  it('NO_COLOR with a value turns colour off, even when forced; empty NO_COLOR is ignored (no-color.org)', () => {
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: 'anything' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true);
  });

  it('FORCE_COLOR colours a pipe; FORCE_COLOR=0 or false turns colour off', () => {
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: 'true' })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '' })).toBe(false);
  });

  it('TERM=dumb gets no colour', () => {
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
    expect(useColor(tty, { TERM: 'xterm-256color' })).toBe(true);
  });
});
