// validate checks its options as parse does: an unknown key is a TypeError
// naming it, not a setting silently ignored.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { validate } from '../../src/validate/index.js';

const CUT = '1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\nVladimir Poutine: Premièrement, nous avons plan';

describe('validate options', () => {
  it('refuses an unknown key, naming it, as parse does', () => {
    // `rule` for `rules`: the setting would have been dropped without a word.
    expect(() => validate(CUT, { rule: { truncated: 'off' } } as never)).toThrow(new TypeError('pressdoc.validate: unknown option "rule"; expected rules, plugins or parse'));
    expect(() => validate(CUT, { rules: {}, limits: { maxLength: 10 } } as never)).toThrow(/unknown option "limits"/);
    expect(() => validate(parse(CUT).tree, { strict: true } as never)).toThrow(/unknown option "strict"/);
    expect(() => parse(CUT, { rule: {} } as never)).toThrow(/pressdoc\.parse: unknown option "rule"/);
  });

  it('refuses an array for options, like any other non-object', () => {
    expect(() => validate(CUT, [] as never)).toThrow(new TypeError('pressdoc.validate: expected options to be an object, found an array.'));
  });

  it('still takes no options, empty options, and rules', () => {
    expect(validate(CUT).map((d) => d.rule)).toContain('truncated');
    expect(validate(CUT, {})).toEqual(validate(CUT));
    expect(validate(CUT, { rules: { truncated: 'off' } }).map((d) => d.rule)).not.toContain('truncated');
    expect(validate(CUT, { rules: undefined })).toEqual(validate(CUT));
  });
});
