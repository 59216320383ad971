import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commandOf } from '../../src/cli/command-names.js';
import { processIo } from '../../src/cli/output.js';
import { createProgram } from '../../src/cli/program.js';

describe('command-names', () => {
  it('lists exactly the commands the program registers, in their order', () => {
    expect(createProgram(processIo()).commands.map((c) => c.name())).toEqual([...COMMAND_NAMES]);
  });

  it('finds the command after global options, and none for options alone or a word that is no command', () => {
    expect(commandOf(['parse', 'a.txt'])).toBe('parse');
    expect(commandOf(['--no-color', 'validate', 'x/'])).toBe('validate');
    expect(commandOf(['--version'])).toBeUndefined();
    expect(commandOf([])).toBeUndefined();
    expect(commandOf(['prase', 'parse'])).toBeUndefined();
    expect(commandOf(['help', 'parse'])).toBeUndefined();
  });
});
