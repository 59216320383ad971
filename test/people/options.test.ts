import { describe, expect, it } from 'vitest';
import { parse, resolvePeople } from '../../src/index.js';
import { checkPeopleTable } from '../../src/people/options.js';

const bad = (options: unknown): (() => unknown) => () => parse('Vladimir Poutine : a\n', options as never);

describe('parse options', () => {
  it('accepts nothing, {}, an empty table and a full one', () => {
    expect(() => parse('x')).not.toThrow();
    expect(() => parse('x', {})).not.toThrow();
    expect(() => parse('x', { people: [] })).not.toThrow();
    expect(() => parse('x', { people: [{ id: 'p', name: 'Vladimir Poutine', aliases: ['VP'] }] })).not.toThrow();
  });

  it('rejects options that are not an object, and unknown options', () => {
    expect(bad(null)).toThrow(new TypeError('pressdoc.parse: options must be an object, got null'));
    expect(bad('people')).toThrow(new TypeError('pressdoc.parse: options must be an object, got string'));
    expect(bad([])).toThrow(new TypeError('pressdoc.parse: options must be an object, got an array'));
    expect(bad({ peoples: [] })).toThrow(new TypeError('pressdoc.parse: unknown option "peoples"; expected limits, people, places or referenceDate'));
  });

  it('names the entry and field of a table with the wrong shape', () => {
    const cases: Array<[unknown, string]> = [
      [{}, 'options.people must be an array of { id, name, aliases? }, got object'],
      ['VP', 'options.people must be an array of { id, name, aliases? }, got string'],
      [[null], 'options.people[0] must be an object { id, name, aliases? }, got null'],
      [['Vladimir Poutine'], 'options.people[0] must be an object { id, name, aliases? }, got string'],
      [[{ name: 'Vladimir Poutine' }], 'options.people[0].id must be a non-empty string, got undefined'],
      [[{ id: '  ', name: 'Vladimir Poutine' }], 'options.people[0].id must be a non-empty string, got string'],
      [[{ id: 'p', name: 42 }], 'options.people[0].name must be a non-empty string, got number'],
      [[{ id: 'p', name: 'V P', aliases: 'VP' }], 'options.people[0].aliases must be an array of strings, got string'],
      [[{ id: 'p', name: 'V P', aliases: ['VP', 7] }], 'options.people[0].aliases[1] must be a non-empty string, got number'],
      [[{ id: 'p', name: 'V P', alias: ['VP'] }], 'options.people[0] has an unknown key "alias"; expected id, name, aliases'],
      [[{ id: 'p', name: 'A B' }, { id: 'p', name: 'C D' }], 'options.people[1].id "p" repeats options.people[0].id'],
    ];
    for (const [people, message] of cases) {
      expect(bad({ people }), message).toThrow(new TypeError(`pressdoc.parse: ${message}`));
    }
  });

  it('checkPeopleTable returns the table unchanged, or [] for undefined', () => {
    const table = [{ id: 'p', name: 'Vladimir Poutine' }];
    expect(checkPeopleTable(table, 'people', 'f')).toBe(table);
    expect(checkPeopleTable(undefined, 'people', 'f')).toEqual([]);
  });
});

describe('resolvePeople arguments', () => {
  it('rejects what is not an array of roots, and bad tables', () => {
    expect(() => resolvePeople('x' as never)).toThrow(new TypeError('pressdoc.resolvePeople: trees must be an array of roots (parse(text).tree), got string'));
    expect(() => resolvePeople([parse('x')] as never)).toThrow(new TypeError('pressdoc.resolvePeople: trees[0] must be a root (parse(text).tree), got object'));
    expect(() => resolvePeople([], { people: [{ id: 1 }] } as never)).toThrow(
      new TypeError('pressdoc.resolvePeople: options.people[0].id must be a non-empty string, got number'),
    );
  });
});
